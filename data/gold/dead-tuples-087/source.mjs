// Source of Dead Tuples #87 (SYNTHETIC held-out episode, heldout9): a two-host weekly database news show.
// Hosts (invented): Ruth Kessler, a Postgres DBA at a ticketing company in Edinburgh, and Dan Achterberg,
// a backend developer turned "the data person" at a small analytics company in Minneapolis. The sponsor
// "Querytrail" is invented. Recorded Wednesday 1 October 2025, six days after PostgreSQL 18; the news is
// real but told from memory.
// Rendered by build.mjs into otter.txt (an Otter.ai-style export with generic "Speaker N" labels) and
// labeled.txt (its `Full Name:` twin).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {ot}) as in the shared renderer.
// Marks inside the text:
//   §      a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   ¦      otter.txt only: the speech-to-text service starts a new block here, with the SAME label and a
//          new timestamp (it splits long turns at pauses); labeled.txt keeps the paragraph whole;
//   ⟨...⟩  a spoken URL (kept as plain words in both files).
// ot: 'swap' = in otter.txt the service credits this (short) paragraph to the OTHER host's label. The gold
// speaker is always the true one. Speaker 1 is Ruth (she speaks first), Speaker 2 is Dan.
import { say, seg } from '../build-episode.mjs';

export const R = 'Ruth Kessler';
export const D = 'Dan Achterberg';

export const SOURCE = [
  seg('intro', R, 'Welcome and rundown', []),
  say(R, "Hello, hello, and welcome to Dead Tuples, the weekly database news show for people who have been paged by a database at least once. It's Wednesday, October the first, this is episode 87, and I'm Ruth Kessler, coming to you from Edinburgh, where it is already dark at, like, four in the afternoon. Not really. But it feels like it."),
  say(D, "And I'm Dan Achterberg, in Minneapolis, where it is sunny and seventy degrees, and I'm sorry, Ruth."),
  say(R, "You're not sorry. You're never sorry."),
  say(D, "I'm a little sorry."),
  say(R, "A little. I'll take a little."),
  say(D, "So how did the upgrade go? You've been very quiet about it in the chat."),
  say(R, "Hold that thought, because it's literally my first item, and I want to tell it properly."),
  say(R, "Okay. Big week. Well, big two weeks, because we skipped last week for, um, reasons, and the reasons were that I was doing a major version upgrade, and it went, let's say, mostly fine. ¦ So we have Postgres 18, which is obviously the headline, we have DuckDB going LTS, somebody rewriting SQLite in Rust, which I have feelings about, the great Postgres shopping spree, and Redis doing license things again. And Dan has opinions about UUIDs. §So. Postgres 18 came out last Thursday, the twenty-fifth, and I'm taking the boring half, which is the half I actually care about."),

  seg('topic', R, 'PostgreSQL 18 for operators: asynchronous I/O, statistics that survive pg_upgrade, checksums on by default', ['Postgres 18', 'PostgreSQL 18', 'asynchronous I/O', 'async I/O', 'AIO', 'pg_upgrade'], { mid: true }),
  say(D, "The boring half."),
  say(R, "The operational half, Dan. So the headline feature is asynchronous I/O. Until now, when Postgres needed a page that wasn't in shared buffers, the backend asked the kernel for it and then just sat there and waited. There was a bit of prefetching with posix_fadvise for bitmap heap scans, but mostly it was one read, wait, next read, wait. ¦ In 18 there's a proper AIO subsystem, and there's a new setting called io_method. The default is worker, which means a small pool of I/O worker processes, three by default, does the reads on behalf of the backends. On Linux you can set it to io_uring, if your build was compiled with liburing. And if it all goes wrong, there's sync, which is basically the old behaviour."),
  say(D, "Wait, doesn't io_uring get blocked in a lot of container setups? I thought Docker's default seccomp profile blocks it now."),
  say(R, "It does, yeah. Docker blocks the io_uring system calls by default, and so do some of the hardened Kubernetes setups, because io_uring had a pretty rough security history for a while. So if you set io_method to io_uring in a container and Postgres won't start, that's probably why. Which is one reason worker is the default. It works everywhere, it's just processes."),
  say(D, "And what actually uses it? Because I saw a three-times-faster number going around, and I'm suspicious of every three-times number."),
  say(R, "You should be. So in 18 it's reads only. Sequential scans, bitmap heap scans and vacuum. Writes are still synchronous, that's future work. And the three times is up to three times, in the release announcement, for reads from storage. Where you'll really see it is cloud disks, anything with network latency, like EBS, where every read is a round trip anyway. ¦ On a box with a local NVMe drive and everything already in cache, honestly, you might see nothing. Which is fine! Nothing is a perfectly good result for an upgrade."),
  say(D, "Did they change effective_io_concurrency? I remember that one being, like, one, forever."),
  say(R, "Yes! It's sixteen now by default. Which is one of those changes nobody will notice, and then somebody will write a blog post about it in two years."),
  say(D, "Ha. That'll be me."),
  say(R, "The other thing I want to mention, and this is the one that nearly bit me. pg_upgrade now keeps the planner statistics. So in the old days you upgrade, you start the new cluster, and the planner has no statistics at all until you run ANALYZE, and on a big database that's an hour of terrible plans. Now they come across. ¦ You still want to run vacuumdb with the new missing-stats-only option, for extended statistics and a couple of other bits, but it's way better than it was."),
  say(D, "Okay, that's genuinely nice. So what nearly bit you?"),
  say(R, "Checksums. initdb in 18 turns data checksums on by default. Which is great, it should have been the default years ago. But pg_upgrade needs the old and the new cluster to match. So if your old cluster was created without checksums, and most old clusters were, and you just run initdb for the new one with the defaults, pg_upgrade will refuse to run."),
  say(D, "Oh no.", { ot: 'swap' }),
  say(R, "Oh yes, Dan. At about eleven at night. So you either pass no-data-checksums to initdb, or you turn checksums on in the old cluster first with pg_checksums, which needs the cluster shut down. I did the first one, and I'll do the second one at some point when I'm braver."),
  say(D, "Put it on the list with the other things we'll do when we're braver."),
  say(R, "It's a long list. Oh, and a reminder, Postgres 13 goes end-of-life in November, so if you're on 13, this is your sign."),

  seg('topic', D, 'PostgreSQL 18 for developers: uuidv7(), virtual generated columns, RETURNING OLD and NEW, skip scan', ['uuidv7', 'UUIDv7', 'UUID', 'virtual generated columns', 'skip scan', 'RETURNING']),
  say(D, "Can I do the developer half, then? Because you got all the ops stuff, and I want the toys."),
  say(R, "The toys. Go."),
  say(D, "Okay, so toy number one, and this is the one I've been waiting for, there is a built-in uuidv7 function. Quick version for people who haven't been in this argument. Random UUIDs, version 4, which is what gen_random_uuid gives you, are completely random. So if you make them your primary key, every insert lands somewhere random in the B-tree. Your index pages split everywhere, your cache hit rate goes down, your WAL gets bigger, it's just a bad time at scale. ¦ Version 7 puts a millisecond timestamp in the first bits, so new values are roughly increasing and they all land at the right-hand edge of the index, like a bigserial would, but you still get ids that are globally unique and that you can generate anywhere."),
  say(R, "And you've been generating them in the application until now."),
  say(D, "In the application, with a library, and I have a pull request open to delete that library. There's also a uuidv4 function now, which is just a nicer name for gen_random_uuid. And you can get the timestamp back out with uuid_extract_timestamp, which, I will point out, means the id leaks when the row was created. ¦ So if that's sensitive, if the creation time of a user account is a secret for some reason, don't put v7 ids in public URLs."),
  say(R, "Which is exactly the argument I was going to make, so thank you for making it for me, Daniel."),
  say(D, "I'm a full-service podcast host. Toy number two, virtual generated columns. Postgres has had generated columns since 12, but only stored ones, so the value is computed on write and takes up space on disk. Now you can have virtual ones, computed when you read them, and virtual is the default if you don't say STORED. The catch is you can't index a virtual column. Yet."),
  say(R, "Right, but if you were going to index it, you wanted it stored anyway."),
  say(D, "Sure. Toy three, RETURNING can now give you OLD and NEW. So an UPDATE can return the value before and the value after, in one statement, which for audit tables is lovely. And toy four, which is secretly your half, is the B-tree skip scan."),
  say(R, "Hey, that one's mine, that's a planner thing!"),
  say(D, "It's a toy! It's a toy for people who made a multicolumn index in the wrong order. So you've got an index on, say, tenant_id and created_at, and you query on created_at only. Before 18, that index was basically useless for that query. Now, if the leading column doesn't have many distinct values, the planner can skip through it, one tenant at a time. ¦ It's not magic, if you've got a million tenants it won't help. But for, like, a status column with five values in front, it's great."),
  say(R, "That's fair. That's a toy, I'll allow it. Was there anything about auth? I feel like I saw OAuth go by."),
  say(D, "There's OAuth, yeah. You can authenticate with OAuth 2.0 tokens now, with a validator module that you plug in as an extension. MD5 passwords are officially deprecated, you get warnings, so move to SCRAM if you haven't. Temporal constraints, so a primary key WITHOUT OVERLAPS on a date range, for bookings and that kind of thing. And the wire protocol got a new minor version, 3.2, which I think is the first new one since, what, 2003?"),
  say(R, "Something like that. It's older than some of our listeners."),

  seg('topic', D, 'DuckDB 1.4 "Andium", the first LTS: encryption, MERGE INTO, Iceberg writes, and pg_duckdb', ['DuckDB', 'DuckDB 1.4', 'Andium', 'LTS', 'long-term support']),
  say(D, "Since I've still got the mic. DuckDB 1.4 came out two weeks ago. It's called Andium, they name every release after a duck, and it's their first long-term support release. So 1.4 gets a year of bug fixes, and you don't have to chase every release if you're embedding it in something. Which, if you remember, was my whole complaint in episode 70-something."),
  say(R, "The episode where you upgraded a minor version and your file format..."),
  say(D, "Don't. The file format has been stable since 1.0, that one was entirely my fault. Anyway. Big features. One, encryption. You attach a database file with an encryption key and it's encrypted at rest, with AES in GCM mode, the main file, the write-ahead log, the temp files. ¦ Two, MERGE INTO. So proper upserts with the SQL standard statement, the same one Postgres got in 15. And three, you can write to Iceberg tables now, not just read them, through the iceberg extension."),
  say(R, "Where does the key live, though? For the encryption."),
  say(D, "You pass it when you attach the database. So, it's in your code, or your environment, or your secrets manager, wherever you keep keys. Which means, please, don't put it in a notebook that you then commit to GitHub. I've seen it. I've, um, I've done it."),
  say(R, "Okay, I have a question, which is a Postgres person question. Why would I care?"),
  say(D, "You'd care because of pg_duckdb. That's the extension that puts DuckDB inside Postgres, so your analytical queries run on DuckDB's engine, and it can read Parquet and Iceberg out of S3 from inside a Postgres session. ¦ And actually, I think that's the bigger trend. The analytics engine moving into the database you already have, instead of shipping everything off to a warehouse every night."),
  say(R, "Mm-hmm. Which is kind of the opposite of what the warehouse companies want."),
  say(D, "Which we'll get to! That's your segment."),
  say(R, "It's my segment, and I'm not spoiling it."),
  say(D, "There's also DuckLake, which came out in May. That's their lakehouse format, where all the table metadata, the catalog, lives in a normal SQL database instead of piles of JSON and Avro files on object storage. And the catalog can be Postgres. So that's another place where the two worlds meet."),
  say(R, "Does anyone actually use it in production?"),
  say(D, "I mean, I have one pipeline on it, and I'm not saying that on the air as a recommendation. I'm saying it as a confession."),

  seg('sponsor', R, 'Sponsor: Querytrail', ['Querytrail']),
  say(R, "And while you confess, let me tell people about this week's sponsor. Dead Tuples is supported by Querytrail. Querytrail watches pg_stat_statements and your slow query log, for Postgres and MySQL, and it tells you which queries got slower after a deploy, a schema change, or, say, a major version upgrade. Hypothetically. It keeps every plan, so when a query regresses you can diff the old plan against the new one instead of guessing. ¦ It's one small agent, it never sees your data, only the statements and the plans, and it's free for one database, forever. Go to ⟨querytrail dot dev slash tuples⟩ and you'll get the team plan free for three months. Thanks to Querytrail for supporting the show."),

  seg('topic', R, 'Turso: SQLite rewritten in Rust, with async I/O and concurrent writes', ['Turso', 'SQLite', 'Rust', 'rewrite', 'Limbo']),
  say(R, "Right. So, you know how I feel about SQLite."),
  say(D, "You love it more than your cat."),
  say(R, "I love it about the same as my cat. SQLite is the most deployed database in the world, it's in every phone, every browser, probably your car. And this year Turso, the company, has been rewriting it in Rust. ¦ Bit of history first. Turso started by forking SQLite, the fork is called libSQL, because SQLite famously doesn't take outside contributions. Open source, but not open contribution, that's how they put it. It's public domain, and the core team is about three people."),
  say(D, "And they've promised to support it until 2050, right? Which I love."),
  say(R, "Until 2050, yes. So libSQL added things on top, and at the end of last year they announced a rewrite from scratch. It was called Limbo at first, and now it's just called Turso, the Turso database. It's compatible with the SQLite file format, which is the important bit. Same file, same SQL dialect, mostly."),
  say(D, "Why would you do that, though? Like, the whole point of SQLite is that it's done."),
  say(R, "That is exactly what the SQLite people would say! And honestly, that was my first reaction too. Their pitch is three things. First, async I/O, and on Linux that means io_uring, which, hello, is the same idea as Postgres 18, the database shouldn't block on every read. Second, concurrent writes. SQLite in WAL mode lets you have lots of readers but one writer at a time, and if two connections try to write, one of them gets SQLITE_BUSY, and you get to write retry loops. ¦ Turso has MVCC, so you say BEGIN CONCURRENT and several writers can go at once, as long as they don't touch the same rows. Which, fun fact, SQLite itself has a begin-concurrent branch, it just never made it into the main release."),
  say(D, "Wait, really?"),
  say(R, "Really. It's on a branch. Has been for years."),
  say(D, "Huh. Okay. And the third thing?"),
  say(R, "Testing. And this is the bit I didn't expect to be impressed by. SQLite's real superpower is its test suite. They have a hundred percent MC/DC branch coverage, and the biggest part of that, TH3, is proprietary, you can't get it. ¦ So if you rewrite SQLite, you can't just run their tests. Turso's answer is deterministic simulation testing, so the whole database runs inside a simulator where the disk and the clock and the failures are all controlled and replayable, they work with Antithesis on that, and they pay cash bounties to anyone who finds a bug that corrupts data."),
  say(D, "I have to say, rewrite it in Rust plus we'll pay you if you break it, that's a confident combination."),
  say(R, "Ha, yeah.", { ot: 'swap' }),
  say(D, "Can I use it from, like, Python? Or is it a Rust-only thing?"),
  say(R, "No, there are bindings for the usual languages, JavaScript, Python, Go, and it runs in the browser through WebAssembly, which SQLite can do too, to be fair. ¦ The API looks like the SQLite one you already know, which is the point. They want you to swap the import and carry on."),
  say(D, "Okay. Would you put it in production?"),
  say(R, "No. It's beta. I'd put it in a side project and watch it like a hawk. But I think it's the most interesting thing to happen to embedded databases in a while, and I say that as someone who will be using plain old SQLite until the heat death of the universe. §Which brings me to the money, because there is a lot of money in Postgres right now."),

  seg('topic', R, 'The Postgres shopping spree: Databricks buys Neon, Snowflake buys Crunchy Data, PlanetScale does Postgres', ['Neon', 'Databricks', 'Crunchy Data', 'Snowflake', 'PlanetScale', 'acquisition', 'acquisitions'], { mid: true }),
  say(R, "So, a recap, because this all happened over the summer and we never did it properly. In May, Databricks bought Neon, for about a billion dollars. Neon is serverless Postgres, storage separated from compute, branching your database like a git branch, scale to zero. And then in June, Snowflake bought Crunchy Data, for something like 250 million, and announced Snowflake Postgres."),
  say(D, "So the two big warehouse companies, who spent ten years telling everyone to move their data out of Postgres and into the warehouse..."),
  say(R, "Both bought a Postgres company within a month. Yes. Databricks turned Neon into something they call Lakebase. And the reason they gave, which I thought was the most telling line of the whole year, is that, according to them, more than eighty percent of the databases created on Neon were created by AI agents. Not by people."),
  say(D, "Which kind of makes sense, right? If you're an agent building an app, you want a database you can make in one API call and throw away, and branching is perfect for that."),
  say(R, "It makes sense. It also makes me, a person who looks after eleven very much not disposable databases, feel extremely old."),
  say(D, "You're not old. You're seasoned."),
  say(R, "Thank you. And then there's PlanetScale. PlanetScale was the Vitess company, so MySQL, sharding, all of that, and in July they announced PlanetScale for Postgres, running on what they call Metal, which is local NVMe drives instead of network storage. ¦ Which, by the way, is the opposite bet to Neon. Neon says separate the storage, put it on the network, scale it on its own. PlanetScale says put the data on the fastest local disk you can find and replicate it. And if you remember twenty minutes ago, async I/O helps most on exactly the kind of network storage Neon has. So Postgres 18 is quietly good news for the Neon model."),
  say(D, "Huh. I hadn't connected those. Okay, so what's your take? Is all this good for Postgres?"),
  say(R, "I think it's good for Postgres the project, mostly. A lot of these companies employ core contributors, Crunchy certainly did, and those people keep working on Postgres. Where I'd be careful is the extensions and the hosted features. If your app depends on Neon branching, that's a Neon thing, not a Postgres thing, and now it's a Databricks thing."),
  say(D, "Lock-in with extra steps.", { ot: 'swap' }),
  say(R, "Lock-in with a nice dashboard."),

  seg('topic', D, 'Redis 8 adds the AGPL, and Valkey keeps going', ['Redis', 'Redis 8', 'AGPL', 'Valkey', 'license', 'relicensing']),
  say(D, "Okay, last news item, it's mine, and it's kind of the same story from the other end, because it's about what happens when one company owns the database. Redis. So, recap. March last year, Redis changed its license from BSD to a dual license, RSAL and the SSPL, which are source-available, not open source. And within a few weeks the Linux Foundation forked it as Valkey, with AWS and Google and Oracle and a bunch of the long-time Redis contributors behind it."),
  say(R, "And Valkey is a drop-in replacement, right? I remember we said that at the time."),
  say(D, "For anything up to 7.2, yes. Same protocol, same commands, your client library doesn't care. That's why it caught on so fast. And then all the distros switched."),
  say(R, "All of them?"),
  say(D, "Fedora, Debian, a lot of them ship Valkey now. And the clouds moved. AWS has Valkey on ElastiCache, and it's cheaper than their Redis option, which is a pretty strong hint. ¦ So this year, with Redis 8, in May, Redis added the AGPL, version 3, as a third license option. So Redis is open source again, technically, in the OSI sense. The stuff that used to be Redis Stack, JSON, search, time series, is all in the main distribution now. And antirez, Salvatore, who wrote Redis in the first place, came back to the company at the end of last year, and Redis 8 has his new data type, vector sets."),
  say(R, "So is that a happy ending?"),
  say(D, "It's an ending. For a lot of people the AGPL is fine for a database you run as a separate server, you're not linking it into your own code. But a lot of legal departments have a blanket no-AGPL rule, so for them, nothing changed. ¦ And meanwhile Valkey has kept moving. Valkey 8.1 had a rewritten hash table that saves a good chunk of memory per key, and 9 is in release candidates. So now there are two projects, they're slowly drifting apart, and if you use the new features on either side, you're picking one."),
  say(R, "I think that's the lesson of both our segments, actually. Look at who owns the thing."),
  say(D, "Look at who owns the thing. Put it on a mug."),

  seg('extra', D, 'Dan’s pick: Designing Data-Intensive Applications, second edition', ['Designing Data-Intensive Applications', 'DDIA', 'second edition']),
  say(R, "Okay! Picks. Dan, you go first, because mine is tiny."),
  say(D, "Mine is a book, or most of a book. The second edition of Designing Data-Intensive Applications, by Martin Kleppmann and Chris Riccomini, is in early release on O'Reilly. I read the first edition, like, three times. ¦ The new chapters I've read so far cover the cloud stuff the first edition didn't really have, like separating storage from compute, which is basically the Neon conversation we just had. So it's weirdly timely."),
  say(R, "I will say the first edition is the only tech book I've bought twice, because somebody borrowed it."),
  say(D, "It's the most borrowed book in the industry. Nobody has ever returned a copy."),

  seg('extra', R, 'Ruth’s pick: explain.dalibo.com, a visualiser for Postgres query plans', ['explain.dalibo.com', 'dalibo', 'PEV2', 'query plan']),
  say(R, "Mine's a website. If you paste a Postgres query plan into ⟨explain dot dalibo dot com⟩, it draws it as a tree, with the slow nodes highlighted, and it shows you where the row estimates were way off. It's built on an open source visualiser called PEV2, so you can host it yourself if you don't want to paste production plans into somebody else's website, which, you shouldn't. ¦ And it goes nicely with Postgres 18, because EXPLAIN ANALYZE now shows buffers by default, so you get the I/O numbers in the plan without having to remember to ask for them."),
  say(D, "Dalibo's the French Postgres consultancy, right? They do a lot of the tooling."),
  say(R, "That's them. They do a lot of quiet, useful stuff. But did you catch the buffers thing?"),
  say(D, "I did not! That might be the best change in the whole release, honestly."),
  say(R, "It's a one-line change and it's my favourite."),

  seg('outro', R, 'Goodbye', []),
  say(R, "And that's the show. Thanks for listening to Dead Tuples. Links to everything are in the show notes at ⟨deadtuples dot fm slash 87⟩. If you did a Postgres 18 upgrade and it went badly, please write in, I'd love to not be alone."),
  say(D, "And if it went well, keep it to yourself."),
  say(R, "Keep it to yourself. See you next week, Dan."),
  say(D, "Bye, everybody."),
];

export const SPEAKERS = [
  { name: R, aliases: ['Ruth Kessler', 'Ruth', 'KESSLER', 'Kessler'] },
  { name: D, aliases: ['Dan Achterberg', 'Dan', 'Daniel', 'Daniel Achterberg', 'ACHTERBERG', 'Achterberg'] },
];
