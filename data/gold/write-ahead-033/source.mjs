// Source of Write Ahead #33 (SYNTHETIC held-out episode, heldout17): a TWO-host plus ONE-guest INTERVIEW about
// SQLite's renaissance, in the style of the Changelog's published transcripts. Invented: the show; the hosts Theo
// Marchetti, who opens and closes it, and Adaeze Nwosu; the guest Ruth Calloway, co-founder and the only backend
// engineer of "Quayside" (booking and ticketing for small ferry operators, in Glasgow), which runs on SQLite in
// production; the sponsor "Mossbank" (feature flags); the company, its numbers, its outage and every anecdote.
// Recorded Thursday 10 July 2025; the technology is real but told from memory.
// Rendered by build.mjs into transcript.md (Changelog-style Markdown, `**Full Name:**` on every paragraph, some
// `[hh:mm:ss.cc]` stamps, `**Break:**` lines) and labeled.txt (`Full Name: text` on every paragraph, no breaks).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text) as in the shared renderer; brk(seconds)
// is an ad break: a `**Break:** [hh:mm:ss.cc]` line in transcript.md only (nothing in labeled.txt), and the
// clock jumps by `seconds` (the length of an ad that is not transcribed).
// Marks inside the text:
//   §          a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   ⟨...⟩      a spoken URL, kept as words in both files (the brackets are dropped).
// Conventions: every discussion topic is presented by the GUEST, who carries it, including the ones she raises
// herself; a host's question or hand-over belongs to the NEW segment, whichever host asks; the host who reads the
// sponsor presents it; the intro and the outro are presented by Theo, who opens and closes the show. A segment
// that opens right after a break starts at its `**Break:**` line.
import { say, seg } from '../build-episode.mjs';

export const T = 'Theo Marchetti';
export const A = 'Adaeze Nwosu';
export const G = 'Ruth Calloway';
export const brk = (seconds) => ({ brk: true, seconds });

export const SOURCE = [
  seg('intro', T, 'Introducing Ruth Calloway and Quayside', []),
  say(T, "Welcome back to Write Ahead, the show about the software underneath the software. I'm Theo Marchetti, and as always I'm joined by Adaeze Nwosu. How are you doing, Adaeze?"),
  say(A, "I'm good, Theo. I'm very excited about this one, because I have been told for fifteen years that SQLite is for phones and unit tests, and today we get to argue about that."),
  say(T, "We do. Our guest is Ruth Calloway. Ruth is co-founder of Quayside, which does booking and ticketing for small ferry operators, and she is, by her own description, the entire backend team. Quayside runs in production on SQLite, which is why she's here. Ruth, welcome to the show."),
  say(G, "Thanks for having me. And yes, entire backend team is accurate, although the team would like a raise."),

  seg('topic', G, 'Running a business on SQLite in production: why one file on one server is enough', ['SQLite', 'production', 'single server']),
  say(A, "Let's begin with the heresy, then. You run a paying business, with money moving through it, on a database that a lot of people think of as a file format. Why?"),
  say(G, "Because it is a file format, and that's the good news. SQLite is a library that lives inside your process. There's no server, no network hop, no connection pool. A query is a function call. Our whole app runs on one machine, with one database file, and the median query takes tens of microseconds, because it never leaves the process. When I started Quayside I'd come from a place with a big Postgres cluster and a whole team to look after it, and I couldn't afford that team. I could afford one decent server."),
  say(T, "I'll confess something here. At my last job we ran a Postgres cluster with a primary, two replicas, a connection pooler and a failover manager, for an internal tool that maybe forty people used. The database was the most complicated thing in the whole system, by a long way. Nobody ever asked whether we needed it. It was just what you did."),
  say(G, "That's the default I'm pushing against. Postgres is wonderful. I just don't want to run it alone at three in the morning."),
  say(T, "And the usual objection is, what happens when you outgrow one server?"),
  say(G, "Honestly, most businesses never do. We sell ferry tickets for a few dozen operators. Our busiest day is the Friday before a bank holiday, and even then we're doing a few hundred writes a second at the very peak. One modern machine with a fast disk handles that without noticing. And I think the mood has really shifted. Rails 8 shipped with SQLite as a genuine production default, with Solid Queue and Solid Cache on top of it, and people started saying out loud what a lot of us had been doing quietly. D. Richard Hipp has been telling everyone for twenty-five years that it's the most widely deployed database in the world. It just took the web people a while to listen."),
  say(A, "It's also on every phone I've ever owned."),
  say(G, "Every phone, every browser, most cars, probably your television. It's the most tested code I have ever depended on. The test suite is many times larger than the library. The trick is knowing the handful of settings that the defaults get wrong for a web server, because the defaults are chosen for backwards compatibility, not for you. §And the very first of those is the journal mode."),

  seg('topic', G, 'WAL mode, busy_timeout and BEGIN IMMEDIATE: tuning SQLite for a web server', ['WAL', 'busy_timeout', 'BEGIN IMMEDIATE'], { mid: true }),
  say(G, "Out of the box, SQLite uses a rollback journal. Before it changes a page, it copies the old page aside, and while somebody is writing, nobody can read. For a web app that's terrible. So you switch to WAL mode, the write-ahead log, which is one pragma. Now writes get appended to a separate log file, readers keep reading the old pages from the main file, and readers and the writer stop blocking each other. Every so often a checkpoint copies the log back into the database."),
  say(T, "Which is where the name of this show comes from, I should say."),
  say(A, "We did not plan that, I promise."),
  say(G, "I assumed you did. The second thing is that there's still exactly one writer at a time. That's not a bug, it's the design. So you set busy_timeout, so a connection that finds the database locked waits a few seconds instead of failing immediately with SQLITE_BUSY. And then the sneaky one: begin your write transactions with BEGIN IMMEDIATE. A normal BEGIN starts as a reader and tries to upgrade to a writer at the first insert, and if someone else got there first, you get a busy error that the timeout can't save you from. Immediate takes the write lock up front, so you wait in the queue politely."),
  say(A, "How did you find that one out?"),
  say(G, "The hard way. Friday before a bank holiday, a few hundred people trying to book the same sailing, and a little stream of database is locked errors in our logs. The last one is synchronous set to NORMAL. In WAL mode that's safe from corruption, and the only thing you risk on a power cut is losing the last few transactions that had committed but not yet synced. For us that trade is worth it. Oh, and keep your transactions short. Never hold a write transaction open while you call a payment provider."),
  say(T, "That sounds like a scar."),
  say(G, "That is a scar."),
  say(A, "One more on WAL before we move on. I've read horror stories about the log file growing forever. Is that real?"),
  say(G, "It's real, but it's avoidable. The log can only be checkpointed back up to the oldest read that's still in progress. If you have a reader that never stops, a long report or a connection somebody forgot to close, the log keeps growing because SQLite can't reset it. We had a WAL file of several gigabytes once because a background job held a transaction open for hours. Short transactions again. It's always short transactions."),

  seg('topic', G, 'Backups and disaster recovery with Litestream streaming the WAL to S3', ['Litestream', 'S3', 'backups']),
  say(A, "You said if the server dies, a few minutes ago, and I wrote it down, because that's the question everybody has. It's one file on one disk. What happens when the disk goes?"),
  say(G, "That's Litestream. Ben Johnson wrote it a few years ago, and it's the reason I was brave enough to do any of this. It runs as a separate process next to your app, and it watches the WAL. Every time new pages land in the log, it ships them off to object storage, S3 in our case, within about a second. Every so often it takes a full snapshot as well. So in S3 you have snapshots plus a continuous stream of changes, and you can restore the database to any point in time, down to roughly the second."),
  say(T, "Without the app knowing anything about it?"),
  say(G, "Without the app knowing anything. It's clever about it: it keeps a read transaction open so SQLite can't checkpoint the log away before Litestream has copied it, and it takes over the checkpointing itself. We've restored from it for real exactly once, when a migration I wrote dropped the wrong column. I restored to a scratch machine as of ten seconds before the migration, copied the column back, and nobody outside the company noticed. That was the day I stopped being nervous."),
  say(A, "And the project itself is healthy? I remember people worrying it had gone quiet."),
  say(G, "It did go quiet for a while, when Ben was busy on LiteFS, which we'll get to. But this year he announced a big overhaul, borrowing ideas and the file format from LiteFS, and it's moving again. For a small team it's the best insurance per pound I know of. A few dollars a month of storage, and your recovery plan is one restore command you've actually practised."),
  say(A, "Practised being the important word. §And speaking of important words, Theo, I think this is where we take our break."),

  seg('sponsor', A, 'Sponsor: Mossbank', ['Mossbank'], { mid: true }),
  brk(0.8),
  say(A, "This episode of Write Ahead is brought to you by Mossbank. Mossbank is feature flags that your whole team can use, not just the engineers. You wrap a new feature in a flag, ship it dark, and turn it on for one customer, then ten percent, then everyone, from a dashboard your support team can read. If something goes wrong, you switch it off without a deploy. The SDKs evaluate flags locally, so there's no network call on your hot path, and there's an audit log of who flipped what and when. Start free at ⟨mossbank dot io slash write ahead⟩, and thanks to Mossbank for supporting the show."),
  say(A, "I'll add one thing from me. I've used flags like that to switch off a feature in the middle of a live incident while everyone else was still reading the logs, and it is a very calm feeling."),

  seg('topic', G, 'Replicating SQLite: LiteFS on Fly.io and rqlite with Raft', ['LiteFS', 'rqlite', 'Raft']),
  say(T, "And we're back with Ruth Calloway. Ruth, Litestream covers the disk dying. But it's still one machine. What if somebody needs more than one, for failover, or for reads closer to their users?"),
  say(G, "Then you're into replication, and there are two very different approaches worth knowing. The first is LiteFS, which Ben built after he joined Fly.io. It's a FUSE file system. Your app thinks it's writing to a normal SQLite file, but LiteFS sits underneath, sees each transaction, and ships it to replicas on other machines. One node holds a lease and is the primary, the others are read-only copies. If your app tries to write on a replica, you forward that request to the primary. We tried it for a few months, to have a copy of the app near our operators in the islands."),
  say(A, "Tried. Past tense."),
  say(G, "Past tense. It worked, but it added moving parts I didn't need, and Fly has been pretty open that LiteFS isn't getting much investment these days. They shut down the hosted LiteFS Cloud last year. The other approach is rqlite, Philip O'Toole's project, which is very different. It's a distributed database written in Go that uses Raft for consensus and SQLite as the storage engine on each node. You talk to it over an HTTP API, not as a library. Every write goes through the Raft leader and gets replicated to a majority before it's acknowledged."),
  say(T, "So it's SQLite wearing a cluster costume."),
  say(G, "That's exactly it. You give up the in-process speed, because now there's a network hop again, but you get real fault tolerance. It has to be careful about things like the random function or the current time, because every node has to apply the same statement and end up with the same data, so it rewrites those before they're replicated. If I needed three nodes that survive one failing, that's where I'd look. I don't, so we went back to one server and Litestream."),
  say(A, "That's a very honest answer."),

  seg('topic', G, 'libSQL, Turso and embedded replicas, and the Rust rewrite of SQLite', ['libSQL', 'Turso', 'embedded replicas']),
  say(T, "Let me ask about the people who decided SQLite itself needed changing. Because SQLite famously doesn't take outside contributions."),
  say(G, "Right, SQLite is public domain, and it's open source but not open contribution. A very small team writes all of it. So in 2022 the company now called Turso forked it as libSQL, with the promise that anyone could contribute. They've added things like a server mode, native vector columns, and some ALTER TABLE abilities SQLite doesn't have. And their hosted service, also called Turso, runs libSQL databases for you, including the idea of embedded replicas."),
  say(A, "Which are what, exactly?"),
  say(G, "Your app keeps a local SQLite file that is a replica of a remote primary. Reads are local, so they're microseconds again. Writes go to the primary, and your local copy syncs. It's a nice middle ground between one file on one server and a full network database. And then, at the end of last year, they announced something bigger: a full rewrite of SQLite in Rust, which started as a project called Limbo and has since just taken the Turso name. The headline goals are asynchronous I/O and concurrent writes, which is the one thing SQLite's design really won't give you."),
  say(A, "And the licence on the fork? If SQLite is public domain, what's libSQL?"),
  say(G, "MIT, as far as I remember, and the Rust rewrite too. Which, to be fair, is a perfectly normal open source licence. It's just funny to fork something that's already public domain and make it slightly less free in the legal sense, in order to make it more open in the community sense."),
  say(T, "Rewriting the most tested code on earth. Bold."),
  say(G, "Very bold. They lean heavily on deterministic simulation testing to earn that trust, and they're compatible with the file format, so you can open the same database. I'd keep an eye on it, but I wouldn't put my ticket sales on it yet. §And they're not the only company selling SQLite somewhere out at the edge."),

  seg('topic', G, 'SQLite at the edge: Cloudflare D1, Durable Objects and a database per tenant', ['Cloudflare D1', 'Durable Objects', 'edge'], { mid: true }),
  say(G, "Cloudflare's D1 is SQLite as a managed service for Workers. You bind a database to your Worker and run SQL against it without thinking about a server at all. It went generally available last year, and under the hood it's built on Durable Objects, which are Cloudflare's little stateful actors that live in one place at a time. This spring they made SQLite storage inside Durable Objects generally available too, so every object can have its own private SQLite database sitting right next to its code."),
  say(A, "And there's a size cap, isn't there? I remember being surprised by it."),
  say(G, "Ten gigabytes per D1 database. Which sounds small until you realise the model they want you to use is lots of small databases. One per customer, one per tenant, one per document even. That's the part I find genuinely interesting. With Postgres, a database per tenant is a big operational decision. With SQLite it's just another file. D1 also added read replication in beta, with a Sessions API that hands you a bookmark, so a user who just wrote something is guaranteed to read their own write, even from a replica far away."),
  say(T, "Would you move Quayside onto it?"),
  say(G, "Not the core, because our users are all in one country and our server is in that country. The edge buys you very little if everybody is two hundred miles from the same data centre. But a colleague of mine runs a note-taking product with users everywhere, and a database per workspace on Durable Objects is a lovely fit for that. Same engine, completely different architecture."),

  seg('topic', G, 'SQLite or DuckDB: transactions versus analytics in an embedded database', ['DuckDB', 'OLAP', 'columnar']),
  say(A, "Can I ask the question I always get at meetups? Somebody hears embedded database and says, oh, you mean DuckDB."),
  say(G, "I get that one too, and they're cousins, not twins. Both are libraries in your process, both are a single file. But SQLite is built for transactions: lots of small reads and writes, one row at a time, stored row by row. DuckDB is built for analytics. It stores data in columns and runs queries over big chunks of a column at once, vectorised. So if you ask for the average ticket price per route over three years, DuckDB will be dramatically faster. If you ask it to insert one booking and update one seat count a few hundred times a second, SQLite wins easily."),
  say(T, "Do you use both?"),
  say(G, "We do, and that's my favourite trick. DuckDB can attach a SQLite file directly and query it. So our monthly reports are a little DuckDB script that opens a copy of the production SQLite database, reads the tables, and writes summaries out to Parquet for our accountant. The production database never feels it, because it's reading a copy Litestream already restored. OLTP in SQLite, OLAP in DuckDB, and a file in between. It's almost embarrassingly simple."),
  say(A, "Embarrassingly simple is the best kind of architecture."),
  say(T, "And DuckDB runs in the browser too, doesn't it? I've seen demos."),
  say(G, "It does, there's a WebAssembly build, and people do lovely dashboards with it. But hold that thought, because the browser is one of the things I wanted to talk about."),

  seg('topic', G, 'Vector search inside SQLite with sqlite-vec', ['sqlite-vec', 'vector search', 'embeddings']),
  brk(62),
  say(T, "Okay, we're back, and I have to ask about vectors, because apparently every database is a vector database now, including this one."),
  say(G, "Including this one. The extension is sqlite-vec, by Alex Garcia. He'd written an earlier one, sqlite-vss, on top of Faiss, and it was hard to build and hard to ship. sqlite-vec is pure C with no dependencies, so it runs anywhere SQLite runs, including phones and the browser. You create a virtual table with the vec0 module, you store your embeddings in it as floats, or as int8, or as bits if you want them small, and you query for the nearest neighbours with a MATCH and a k."),
  say(A, "And is it actually fast, or is it fast for a demo?"),
  say(G, "It's a brute-force search, so it compares against every vector, no fancy index yet. That sounds bad, but for a few hundred thousand vectors it's comfortably quick, and brute force means the results are exact. The newer releases added metadata columns and partition keys, so you can say only search this operator's documents, which is the thing you always need in a real app. We use it for our help centre: every support article gets an embedding, and when an operator types a question we show the five closest articles. It lives in the same file as everything else, which means Litestream backs it up for free."),
  say(T, "That's the pitch, really. One file, backed up, with your vectors in it."),
  say(A, "I tried that at my day job, by the way, for a tiny internal search over our runbooks. I'd assumed I needed a proper vector database, with a cluster and a bill. It ended up being a Python script, the sqlite-vec extension, and one file of about forty megabytes. It was embarrassingly fast for three thousand documents."),

  seg('topic', G, 'SQLite in the browser: the official WebAssembly build and OPFS', ['WebAssembly', 'OPFS', 'sqlite3.wasm']),
  say(A, "You said the browser a moment ago, and that's the one I find hardest to believe. A real database, in a tab, that survives a reload?"),
  say(G, "It does now. The SQLite team ships an official WebAssembly build, and the missing piece for years was storage, because the browser didn't give you a real file system. Now there's OPFS, the Origin Private File System: a private area of files per website, with synchronous access from a web worker. SQLite's WASM build has a VFS for OPFS, so your database is a real file that persists across reloads. There are two flavours: one needs your site to send the cross-origin isolation headers so it can use SharedArrayBuffer, and the other, called opfs-sahpool, doesn't need those headers and tends to be faster, with a few limits."),
  say(T, "What would you build with that?"),
  say(G, "The ticket checkers on our ferries. They walk up and down a car deck with a tablet, and there's no signal halfway across the water. So the checking app is a web page with its own SQLite database in OPFS. It downloads the sailing's manifest before departure, marks tickets as scanned offline, and syncs the changes back when the boat reaches the pier. Same SQL on the tablet as on the server, which is honestly the best part."),
  say(A, "That's the local-first crowd's dream, isn't it?"),
  say(G, "It is, and they've been pushing the browser vendors hard for exactly this."),
  say(A, "I love this."),

  seg('topic', G, 'The underrated features: STRICT tables and JSONB', ['STRICT tables', 'JSONB', 'JSON']),
  say(A, "Before we let you go, I want the boring features. What's the thing in SQLite you wish more people used?"),
  say(G, "STRICT tables, without any doubt. By default SQLite has type affinity, which means a column declared as an integer will happily store the string banana if you ask it to. People coming from Postgres find that horrifying, and fair enough. If you add the word STRICT at the end of CREATE TABLE, the column types are enforced: integer, real, text, blob, or any if you really mean it. Every table at Quayside is STRICT. It caught two bugs in the first week."),
  say(T, "Can you turn an existing table STRICT, or is it only for new ones?"),
  say(G, "Only at creation, so for an existing table you do the classic SQLite dance: create the new strict table, copy the rows across, drop the old one, rename the new one, all inside a transaction. It's the same dance you do for most schema changes in SQLite, because ALTER TABLE is quite limited. The copy is also where you find out what was really in there. We found a phone number stored as a float."),
  say(T, "And the other one?"),
  say(G, "JSONB. SQLite has had good JSON functions for years, and the arrow operators, so you can pull a field out of a JSON column in a query. Then, early last year, it got JSONB, which stores the JSON in a binary format SQLite can read without parsing the text again every time. You convert with the jsonb function on the way in, and every JSON function accepts either format. We keep operator settings as JSON, and switching that column to JSONB made our settings page noticeably snappier. Add a generated column and an index on the one field you filter by, and it feels like a real document store."),
  say(A, "Strict tables and binary JSON. That is the most Write Ahead sentence ever said on this show."),

  seg('outro', T, 'Where to find Ruth, and goodbye', []),
  say(T, "On that note. Ruth, this has been brilliant. Where can people find you and Quayside?"),
  say(G, "Quayside is at ⟨quayside dot travel⟩, and I write about running it on SQLite every so often on the company blog. I'm on Bluesky and Mastodon as Ruth Calloway, and if you run a ferry, please get in touch, I'll give you a very good price."),
  say(T, "Wonderful. Thank you for coming on."),
  say(A, "Thanks, Ruth. This was so much fun."),
  say(G, "Thanks, both of you."),
  say(T, "And thanks to everyone for listening. Links to everything we mentioned are in the show notes. We'll see you next week on Write Ahead."),
];

export const SPEAKERS = [
  { name: T, aliases: ['Theo Marchetti', 'Theo', 'Marchetti'] },
  { name: A, aliases: ['Adaeze Nwosu', 'Adaeze', 'Nwosu'] },
  { name: G, aliases: ['Ruth Calloway', 'Ruth', 'Calloway'] },
];
