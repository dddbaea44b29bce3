// Builds Rows & Columns #88 (SYNTHETIC held-out episode, written 2026-11-22): a two-host
// databases / data-engineering show in a deep-dive format (Mehmet Yilmaz, Postgres DBA in Munich;
// Fiona Gallagher, data platform lead in Glasgow). Intro, only three long topics where the
// presenter introduces and then both hosts argue at length, two extras, outro, no sponsor.
// Renders labeled.txt (`First SURNAME:` then `SURNAME:`, label typos, unlabeled continuation lines,
// one unlabeled speaker change), web.txt (page header and footer, real `mm:ss` stamps, a SURNAME
// label on the first paragraph only, first word of unlabeled continuation paragraphs cut off,
// URLs dropped) and gold.json with offsets into both, all from the one list below.
// Rerun with `node build.mjs` in this folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'rows-and-columns-088';
const M = 'Mehmet Yilmaz';
const F = 'Fiona Gallagher';
const LABELS = {
  first: { [M]: 'Mehmet YILMAZ', [F]: 'Fiona GALLAGHER' },
  later: { [M]: 'YILMAZ', [F]: 'GALLAGHER' },
};

// seg(kind, presenter, title, titleKeys, {mid}) opens a segment at the next paragraph, or, with
// mid: true, at the `§` mark inside the paragraph before it.
// say(speaker, text, opts): lab = label as written in labeled.txt (null: no label), cut = number
// of words the web page lost at the paragraph start (default: 1 on unlabeled paragraphs, else 0),
// amb = speaker undecidable by reading (not scored).
// ⟨...⟩ marks a URL: kept in labeled.txt, dropped (with its trailing punctuation) from web.txt.
const seg = (kind, presenter, title, titleKeys, opts = {}) => ({ seg: kind, presenter, title, titleKeys, ...opts });
const say = (speaker, text, opts = {}) => ({ speaker, text, ...opts });

const SOURCE = [
  seg('intro', M, 'Welcome', []),
  say(M, "Hello, and welcome to Rows and Columns, episode 88. This is the show where two people who have been woken up by a database talk about databases for an hour. I'm Mehmet Yilmaz."),
  say(F, "And I'm Fiona Gallagher. Hiya."),
  say(M, "Fiona, you sound very cheerful."),
  say(F, "I had a gig last night, so I'm running on adrenaline and, um, two hours of sleep. We played a wedding in Paisley. Four hours of ceilidh. My bowing arm is destroyed."),
  say(M, "Two hours of sleep. Welcome to my life. Deniz is, he's eleven weeks now, and he has decided that sleep is something that happens to other people."),
  say(F, "Oh, bless him. And bless you."),
  say(M, "He's lovely. He's lovely at two in the afternoon. At three in the morning he's, um, he's a production incident with no runbook."),
  say(F, "Ha! You can't page anybody either."),
  say(M, "I can page my wife. She doesn't acknowledge. She has, like, a very aggressive escalation policy. It escalates back to me."),
  say(F, "That's a terrible escalation policy. You need to file a ticket."),
  say(M, "I'll raise it at the retro. So if I, um, lose the thread at some point, that's why. Okay. For anyone new, we do this show a bit differently from the news shows. We pick three things, and we go deep. No rapid-fire. This week it's Postgres 17 and what the new incremental backup actually means for people running it, then Fiona's going to tell us about her, let's say, adventures with change data capture."),
  say(F, "Adventures. That's generous."),
  say(M, "And then we're going to fight about SQLite in production. Then extras. Let's go."),

  seg('topic', M, 'Postgres 17 incremental backups with pg_basebackup and pg_combinebackup', ['Postgres 17', 'PostgreSQL 17', 'incremental backup', 'pg_combinebackup']),
  say(M, "So, Postgres 17 came out at the end of September. There's a lot in it, but the thing I want to talk about is backups, because that's the thing that, um, that changes my actual week. For the first time, the built-in tool, pg_basebackup, can do incremental backups. So you take a full backup once, and then every day you take an incremental one that only contains the blocks that changed since the last backup. And then there's a new tool, pg_combinebackup, that takes the full one and the chain of incrementals and builds a normal data directory you can start."),
  say(F, "Right, but, hang on. pgBackRest has done incremental backups for, what, ten years? Barman too. What's actually new here?"),
  say(M, "Yes, and that's the right first question. So two things are new. One is that it's in core, which matters more than it sounds. A lot of shops, especially smaller ones, they use pg_basebackup because it's there, it's in the package, nobody has to approve a new tool. And two is how it finds the changed blocks. pgBackRest, in its default mode, looks at files. If a file changed, and in Postgres a table is stored as one gigabyte files, it copies the whole file. Or it checksums the file to see what's different, which means reading everything anyway."),
  say(F, "Right, it has block incremental now, though. Since last year, I think. 2.46 or something."),
  say(M, "It does, it does, you're right, I should be fair, it has block-level incremental now. But the core feature does it differently. There's a new background process, the WAL summarizer. You turn on summarize_wal, and it reads the write-ahead log as it's generated and writes small summary files that say, in this range of WAL, these blocks in these relations were modified. So when you take an incremental backup, Postgres doesn't have to scan anything. It just looks at the summaries and says, okay, since the last backup, these blocks. Done."),
  say(F, "Oh, that's clever. So the cost is paid continuously instead of at backup time."),
  say(M, "Yes. And you have to turn it on before the full backup, that caught me. The summarizer has to have been running since the start of the range you're asking about. If you turn summarize_wal on today and ask for an incremental relative to a full backup from last week, it says no, I don't know what happened before I was born."),
  say(F, "That's very honest of it."),
  say(M, "It's a very honest process. There's also a setting for how long it keeps the summaries, wal_summary_keep_time, default is ten days. So if your full backup is older than that, you're also out of luck. Think of it like, um, like the summaries are a diary, and the diary only goes back ten days."),
  say(F, "So for us, we do pgBackRest with a full on Sunday and a diff every night, so we'd be inside ten days. Okay. Good to know."),
  say(M, "Exactly. And it's small. On our main cluster at work, which is about two point three terabytes, the summary files are a few hundred megabytes a day. And the incremental backups are, on a normal day, something like sixty, seventy gigabytes instead of two point three terabytes. I tested it on a copy. I'm not running it in production yet, let me be very clear. I'm a bank-adjacent DBA. I don't run anything dot zero.", { lab: 'YILMAZ' }),
  say(F, "Very sensible. Nothing dot zero."),
  say(M, "Nothing dot zero. Seventeen point two, maybe. Point three, more likely."),
  say(F, "Okay, so let me poke at the restore side, because that's where these things always get, um, interesting. If I've got a full on Sunday and incrementals Monday through Saturday, and the disk dies on Saturday afternoon, what do I actually do? How long does that take?"),
  say(M, "So you run pg_combinebackup with the full one and all six incrementals, in order, and it writes out a new, complete data directory. It has to read the full backup, so for us that's two point three terabytes of reading and writing. It's not instant. On my test machine, which has, um, okay NVMe disks, it took a bit over an hour. And then you replay WAL from the archive on top, from the last incremental to the moment before the disk died, as usual."),
  say(F, "An hour plus WAL replay. That's not bad, but it's not nothing."),
  say(M, "It's not nothing. And here's the thing I want people to hear. The chain is fragile. If one incremental in the middle is missing or broken, everything after it is useless. pg_combinebackup checks that the chain is consistent, it won't let you combine Tuesday onto Sunday if Monday is missing, that's good. But it means you have to treat the incrementals with the same care as the full backup. And you have to test restores. Like, actually restore. Every week.", { lab: null }),
  say(F, "The number of places I've seen that don't test restores."),
  say(M, "Don't. Don't start me. At my previous job we had backups for three years that were all, it turned out, missing one tablespace. Three years. Nobody tested. We found out during a migration, thank god, not during a disaster."),
  say(F, "Oh my God."),
  say(M, "So, my, my actual advice. If you're on pgBackRest or Barman today and you're happy, don't switch. They do a lot more. Retention, encryption, parallel restore, S3 uploads, backup from a standby. The core feature is a building block, and I think the tools will start using the WAL summaries under the hood eventually. If you're on plain pg_basebackup and you're copying two terabytes every night because that's what you've always done, this is for you."),
  say(F, "Can I ask a slightly unrelated Postgres 17 question, since you're the one who read the release notes?"),
  say(M, "Of course."),
  say(F, "The vacuum memory thing. I saw someone on Mastodon say vacuum uses twenty times less memory now, and I didn't know if that was real or a, you know, a Mastodon number."),
  say(M, "It's real, it's a real number from the release notes, up to twenty times less. Vacuum keeps a list of dead tuples it has to clean from the indexes, and before 17 that was a flat array with a hard limit of one gigabyte. If you had more dead tuples than fit, vacuum had to scan all the indexes more than once. Now it's a different data structure, a radix tree, TidStore, and it's much more compact and the one gigabyte limit is gone. For us, with some very big, very update-heavy tables, that's probably the biggest actual improvement in 17. Vacuum on our ledger table used to do, like, four index passes. Now it should be one."),
  say(F, "That's the kind of change that doesn't get a blog post but saves somebody's weekend."),
  say(M, "Exactly. Oh, and JSON_TABLE finally landed, which you can use to turn JSON into rows in a query, it's the SQL standard one. I know you'll use that."),
  say(F, "I'll use it tomorrow. Okay, but, last point on backups, from me. I think the thing that's going to matter, honestly, is what it does to people's recovery time objectives. If the incremental is seventy gigabytes, you can take one every hour instead of once a night. And then your WAL replay on restore is, like, an hour of WAL instead of twenty hours. That's the real win. Not the disk space.", { cut: 0 }),
  say(M, "Yes! Yes. That's, that's exactly it. Shorter replay. I should've led with that. You should do this show."),
  say(F, "I do do this show."),
  say(M, "You do. Sorry. Sleep deprivation. One more practical thing, for people planning the upgrade. Going from 16 to 17 with pg_upgrade, your old logical replication slots didn't survive before. In 17, pg_upgrade can carry the logical slots over, if the old cluster is 17 or newer. So this upgrade still loses them, but the next one won't. Which, I know, sounds like a joke."),
  say(F, "It does sound like a joke. It's like, congratulations, this is the last time this hurts."),
  say(M, "It's the last time this hurts. That's the Postgres release motto. Every year, something is the last time it hurts. And, honestly, every year they're mostly right. §Okay. Fiona. The eggs."),

  seg('topic', F, 'Change data capture from Postgres to ClickHouse: Debezium, Kafka and replication slots', ['change data capture', 'CDC', 'Debezium', 'ClickHouse', 'replication slot'], { mid: true }),
  say(F, "Right. Adventures. So, some context. At work, I run the data platform at Basketful, the grocery delivery company, and for about a year we've been moving our analytics off the Postgres read replica and into ClickHouse. Because our analysts were running, like, forty minute queries on a replica, and the replica was falling behind, and then the app, which also reads from it, was showing people stale stock levels. You'd order eggs that we ran out of an hour ago."),
  say(M, "The eggs problem."),
  say(F, "The eggs problem. That's literally what the ticket was called. So we needed to get changes out of Postgres into ClickHouse continuously, not a nightly dump. Change data capture. And we went with what I'd call the classic stack. Debezium, running in Kafka Connect, reading from a Postgres logical replication slot, writing every insert, update and delete as an event into Kafka. And then ClickHouse reading from Kafka, with the Kafka table engine and a materialized view into a ReplacingMergeTree table."),
  say(M, "That's a lot of moving parts."),
  say(F, "It's so many moving parts, Mehmet. It's four distributed systems to copy a table. And I'll be honest, it works. It's been running for ten months. But I've learned things. Painful things."),
  say(M, "Tell me about the replication slot, because I think I know where this is going."),
  say(F, "You know exactly where this is going. So. A logical replication slot in Postgres is a promise. It says, I have a consumer, and Postgres must keep all the WAL that this consumer hasn't confirmed yet. And if the consumer stops, Debezium crashes, or Kafka Connect gets stuck in a rebalance, which it loves to do, Postgres just keeps the WAL. Forever. It doesn't care. And our primary database generates, on a busy day, I want to say eighty gigabytes of WAL. So in March, on a Saturday, Kafka Connect got stuck, nobody noticed because the alert went to a Slack channel nobody reads at the weekend, and on Sunday morning the primary's disk was at ninety-six percent."),
  say(M, "Ninety-six."),
  say(F, "Ninety-six. Our on-call person, bless her, she dropped the slot, which is the right emergency move, and the disk came back. But then Debezium had to do a full resync of every table. Which took, um, a day and a half. And the analysts had no fresh data all Monday."),
  say(M, "Why a day and a half? How big is it?"),
  say(F, "The whole database is about nine hundred gigabytes, so not huge. But Debezium's initial snapshot, at least the way we had it configured, reads each table in one go, one table at a time, and pushes every row through Kafka as an event. Every row is a JSON message with the schema attached. So nine hundred gigabytes of tables becomes, like, several terabytes of Kafka traffic. We've since switched to the incremental snapshot mode, where it reads tables in chunks and can run alongside the streaming, and we turned on Avro instead of JSON, with a schema registry. That cut it down a lot. But on that Monday, we had the naive setup."),
  say(M, "The naive setup is always the one you have when it breaks."),
  say(F, "That's the law. That's the law of incidents."),
  say(F, "So lesson one, and I'd put this on a t-shirt. Set max_slot_wal_keep_size. It's been there since Postgres 13. It caps how much WAL a slot can hold back, and if it goes over, Postgres invalidates the slot instead of filling your disk. You lose the slot, you have to resync, but your primary lives. Your primary matters more than your analytics. Always.", { lab: null }),
  say(M, "Completely agree. Completely. I would, I'd even say, the default should not be unlimited. That's, that's a footgun in core."),
  say(F, "It's a footgun. And lesson two, monitor the slot lag in bytes, from pg_replication_slots, and page on it. Not Slack. Page. I wrote a tiny exporter for that, actually, it's called slotwatch, it's on GitHub, it's about two hundred lines of Go. It's not fancy. It exposes the retained WAL per slot as a Prometheus metric."),
  say(M, "Okay, and, so, here's the question I wanted to ask you. Postgres 17 has failover slots now. Does that help you?"),
  say(F, "Oh, hugely. That was the other painful thing. Before 17, a logical slot only existed on the primary. If the primary failed over to a standby, the slot wasn't there, Debezium had nowhere to resume from, and, guess what, full resync."),
  say(M, "The full resync again."),
  say(F, "The full resync is my villain. It's the recurring villain of this whole story. Every plot twist ends with a full resync."),
  say(M, "Ha. Okay. And 17 fixes that?"),
  say(F, "So with 17 you can mark a slot as failover, and the standby keeps a synchronized copy of it. So after a failover, the consumer can just carry on from the new primary. That's exactly the thing we needed. Which, ha, means we now need to upgrade to 17. Which means I need you to tell me it's safe."),
  say(M, "Point three. I told you. Point three."),
  say(F, "Fine. Point three. Anyway, there's a whole other category of pain, which is the data itself. Two things bit us. First, TOAST. Postgres stores big values, long text, big JSON, out of line, in TOAST tables. And when a row is updated but the big column didn't change, the logical replication stream doesn't include that column. Debezium gives you a placeholder value, this weird string, like, unavailable value. And if you blindly write that into ClickHouse, you've just overwritten somebody's delivery instructions with the text unavailable value."),
  say(M, "Oh no. So you need replica identity full?"),
  say(F, "That's one fix, REPLICA IDENTITY FULL on the table, then the old row is logged in full. But it makes WAL bigger, and on our biggest table I didn't want that. So we did the other fix, which is handling it downstream, keeping the previous value when the new one is the placeholder. It's fiddly. It's a, an argMax in ClickHouse with a condition."),
  say(M, "And the second thing?"),
  say(F, "Second thing is deletes and duplicates on the ClickHouse side. ReplacingMergeTree dedupes rows with the same key, but only when parts merge in the background, which is whenever ClickHouse feels like it. So if you query it, you might see the old version and the new version of a row. You have to either query with FINAL, which forces the dedup at query time and is slower, or write your queries so they pick the latest version. And our analysts, understandably, don't want to think about any of this. They want a table."),
  say(M, "They want a table. That's, I mean, that's fair."),
  say(F, "It's completely fair! It's my job to give them a table. So we made views that do the FINAL for them. ClickHouse has been getting a lot faster at FINAL, so it's okay now. Two years ago it would've been terrible."),
  say(M, "What about schema changes? Because that's, in my world, that's the thing that breaks every replication setup. Somebody adds a column on a Friday."),
  say(F, "Somebody always adds a column on a Friday. So Debezium handles it on its side, the new column just shows up in the events. Postgres logical replication doesn't replicate DDL, though, so nothing on the ClickHouse side knows. And the Kafka engine table and the materialized view have a fixed list of columns. So the new column is in Kafka and silently dropped on the way into ClickHouse. Nobody gets an error. The analysts just, one day, ask, why is this column not there."),
  say(M, "Silently dropped. That's the worst kind."),
  say(F, "It's the worst kind! So now we have a check in CI for the app's migrations. If a migration touches a table that's in the CDC pipeline, the pull request gets a label and a comment that pings my team. It's low-tech. It works. People were annoyed for about two weeks and now they just, they add us as reviewers before the bot does."),
  say(M, "That's, actually, that's good culture. The bot trained the humans."),
  say(F, "The bot trained the humans. Pavlov would be proud."),
  say(M, "Okay, so now, devil's advocate. You have Debezium, Kafka Connect, Kafka, and ClickHouse. If you started today, would you do the same thing? Because I've seen, ClickHouse bought that company, PeerDB, over the summer. Isn't that exactly this, without Kafka?"),
  say(F, "Yes. So PeerDB is a tool specifically for Postgres to, well, to other things, and ClickHouse acquired them in July. It reads the slot directly and writes into ClickHouse, with no Kafka in the middle, and it's supposed to be much faster at the initial snapshot, because it parallelizes it. And, honestly, if I was starting today, with only one destination, I'd try that first. Fewer moving parts."),
  say(F, "But, for us, Kafka isn't only for ClickHouse anymore. Once the changes are in Kafka, other teams started consuming them. The search team feeds Elasticsearch from the same topics. The fraud people read the orders topic. So Kafka became this, um, this bus. And that's worth something. So I'm not ripping it out. I'd just be honest that if you only need Postgres to ClickHouse, Kafka is a lot of machinery to own.", { lab: null }),
  say(M, "Do you run Kafka yourselves?"),
  say(F, "We moved to Redpanda last year, actually, self-hosted. Kafka-compatible, no JVM, no ZooKeeper. Our Kafka brokers were the thing I got paged for most, and since Redpanda it's, I mean, I don't want to jinx it, it's been quiet. Don't tell anyone."),
  say(M, "I won't tell anyone. Only our, what, our listeners."),
  say(F, "Only our twelve thousand closest friends."),

  seg('topic', M, 'SQLite in production: Litestream, LiteFS, Turso and Rails 8', ['SQLite', 'Litestream', 'SQLite in production', 'Rails 8', 'Turso']),
  say(M, "Okay. So, the fight. I promised a fight."),
  say(F, "I'm ready. I've stretched."),
  say(M, "So, SQLite in production. It's everywhere right now. Rails 8 is coming out with SQLite as a serious production option, with Solid Queue and Solid Cache backed by the database, so you don't need Redis. There's Litestream, which streams the SQLite WAL to S3 for backups. LiteFS from Fly.io, which replicates it across machines. Turso, which forked SQLite into libSQL and runs it as a service. And every week on Hacker News there's a post, we moved from Postgres to SQLite and it's amazing. And I want to say, as the Postgres DBA on this show, I've been, let's say, skeptical."),
  say(F, "You've been a grump about it."),
  say(M, "I've been a grump! But. But. I tried it. I want to be honest. I tried it properly."),
  say(F, "What did you build?"),
  say(M, "Okay, don't laugh. I built a sleep tracker. For Deniz. Because my wife and I were writing feeding times and sleep times on a whiteboard in the kitchen, and then we'd argue about whether he'd slept at four or five. So I built a tiny web app, it's a Rails app, with SQLite, on one small VPS, and Litestream backing it up to an S3 bucket every second."),
  say(F, "That's adorable. That's the most adorable use of a database I've ever heard."),
  say(M, "It has two users and one of them is very tired. And, I have to say, the experience was, it was lovely. Deploy is copying one file. There's no connection pool, no database server, no password. Queries are, like, microseconds, because there's no network. And Litestream, honestly, I tested the restore, of course, I'm me, and it worked first time. It's a really nicely designed tool."),
  say(F, "Did you use the Rails 8 stuff? Solid Queue and all that?"),
  say(M, "I used the beta, yes. Solid Queue for background jobs, it's sending a reminder notification when it's been three hours since the last feed. Before, in Rails, you'd use Sidekiq, which needs Redis. Now the jobs are rows in a table in, in the same SQLite file, or a second file. One less server. And it's, I mean, for my two users, obviously it's fine. Whether it's fine for Basecamp-sized things, they say it is, they run it themselves. I believe them for the queue. I'm less sure about the cache."),
  say(F, "Why the cache?"),
  say(M, "Because Solid Cache is putting your cache on disk instead of in memory, and the argument is, disks are fast now, NVMe, so you can have a much bigger cache for the same money. Which is true! It's just a different trade-off, and, um, I want to see it on a slow cloud disk before I believe it everywhere."),
  say(F, "So you've converted. Good. We can end the episode."),
  say(M, "No! No, no. Here's where I get grumpy again. It's lovely for this. The question is, where does it stop being lovely? And I think people on Hacker News are not honest about where that line is."),
  say(F, "Okay, so where's the line, for you?"),
  say(M, "Writes. Concurrency of writes. SQLite has one writer at a time. Full stop. With WAL mode, readers don't block the writer and the writer doesn't block readers, which is great. But two writers wait for each other. And if you don't configure it, the second writer doesn't even wait, it gets SQLITE_BUSY immediately and your request fails. You need busy_timeout. And in Rails, before 7.1 or so, there was this classic issue where transactions start as deferred, and then upgrade to a write lock in the middle, and that upgrade can fail with busy immediately, ignoring the timeout. So you needed BEGIN IMMEDIATE. Rails fixed a lot of that, to be fair, that's part of why Rails 8 can say it's production ready."),
  say(F, "Okay, but that's configuration. That's not a fundamental problem."),
  say(M, "Writes are fundamental. One writer is fundamental."),
  say(F, "Is it, though? Like, how many writes per second does a normal business app actually do? Not your ledger. A normal app. A booking system for a dentist. An internal tool. Our, we have an internal tool for warehouse shift swaps, it does maybe, I don't know, five writes a minute. And SQLite can do, what, thousands of small writes a second on an SSD, if each one is its own transaction? Tens of thousands if you batch them?"),
  say(F, "And, full disclosure, that shift swap tool is on SQLite. Has been for two years. One of my engineers built it on a Friday afternoon, it runs on one VM, it's backed up with Litestream, and it's had zero incidents. Zero. It's the most reliable thing I own.", { lab: null }),
  say(M, "On a good disk, yes. Thousands."),
  say(F, "So for ninety percent of apps, one writer is fine! The problem isn't SQLite. The problem is that everybody thinks they're Google."),
  say(M, "Hmm. Okay. That's, yeah, that's a fair hit."),
  say(F, "Thank you. I'll take it."),
  say(M, "But let me push on the other thing, which is operations, because that's my actual job. When the database is a file inside your app server, your app server is now your database server. You can't just, you know, kill the instance and start a new one, the way you do with stateless apps. You need a persistent volume. Deploys need care, because the old version and the new version can't both write the file on two machines. And if you want high availability, a second machine that takes over, you're into LiteFS, or into, um, running Turso's stuff, and now you have a distributed system again. Just a less mature one than Postgres replication."),
  say(M, "And LiteFS, I should say, Fly.io said earlier this year that they're not putting much more work into it, their managed version, LiteFS Cloud, was shut down. So it's there, it works, but I wouldn't start something new on it. Litestream is the one that, um, that seems to be alive and boring, which is what you want.", { lab: null }),
  say(F, "Alive and boring. The highest compliment for infrastructure.", { lab: null, cut: 0 }),
  say(F, "And, yes, I agree with your operations point. I think the honest version is, SQLite is great if one machine is fine. And one machine is fine more often than people think. But if one machine isn't fine, don't pretend.", { lab: null }),
  say(M, "There's one pattern I actually find really interesting, though, and I'm curious what you think. The one database per customer thing. Where every tenant gets their own SQLite file. I think Turso pushes this a lot."),
  say(F, "Oh, I love that pattern, in theory. Because it makes so many things easy. Deleting a customer is deleting a file. GDPR, done. A noisy customer can't slow down anyone else's queries. Backups per customer. You can even move a big customer to their own machine."),
  say(M, "And in practice?"),
  say(F, "In practice, you now have ten thousand databases, and you have to run every migration ten thousand times, and one of them fails halfway because that one customer has some weird data, and now customer 4,817 is on a different schema than everybody else. And any question across customers, like, how many orders did we have yesterday, is now ten thousand queries. So you end up copying everything into a warehouse anyway."),
  say(M, "Into ClickHouse."),
  say(F, "Into ClickHouse! With CDC! And we're back to topic two. It's all connected, Mehmet. It's all one big, sad, connected graph."),
  say(M, "If one machine isn't fine, don't pretend. I like that. That's the tweet."),
  say(F, "Do people still say the tweet?"),
  say(M, "I'm old, I still say the tweet. Okay, one more thing I want to mention, because I found it really interesting. Turso's libSQL. They forked SQLite because SQLite doesn't accept outside contributions. It's famously, what, three developers, and they don't take pull requests. So libSQL adds things like a server mode, replication, and they're even writing a Rust rewrite now, called Limbo, which is, um, ambitious."),
  say(F, "Rewriting SQLite in Rust is the most Hacker News sentence possible."),
  say(M, "It really is. I'm not going to judge it. I'm going to watch from a distance. SQLite has, what, something like ninety million lines of tests? Six hundred times more test code than code? Good luck matching that."),
  say(F, "It's a lot of tests. It's, it's actually a bit humbling."),
  say(M, "It's very humbling. I maintain a few internal Postgres extensions at work, and I think we have, like, a test for every fifth function. I went home and thought about my life.", { lab: 'YILAMZ' }),
  say(F, "So, final answer. Would you put SQLite in production at your job?"),
  say(M, "At my job? Absolutely not. For a new internal tool with twenty users? Yes. I'd do it tomorrow. With Litestream and a tested restore."),
  say(F, "With a tested restore."),
  say(M, "Always with a tested restore. That's the theme of the episode, I think. That's what we learned today."),
  say(F, "Mm-hmm.", { lab: null, amb: true, cut: 0 }),

  seg('extra', F, "Fiona's extra: Harlequin, a SQL IDE for the terminal", ['Harlequin']),
  say(M, "Okay, extras. Fiona, do you have one?"),
  say(F, "I do. It's a small one. Harlequin. It's a SQL IDE that runs in the terminal. It's a Python app, built with Textual, so it looks surprisingly nice for a terminal, you get a data catalog on the left, a query editor with tabs, and a results table you can scroll. It started as a DuckDB thing, but now there are adapters for Postgres, SQLite, MySQL, a bunch of others. I've been using it on my laptop instead of DBeaver, and on jump boxes where I only have SSH, that's where it really shines.", { cut: 0 }),
  say(M, "Does it work on your, um, your Fedora thing?"),
  say(F, "It works on my Fedora thing, yes. My ThinkPad is very happy. You pip install it, or pipx, and off you go. And it has autocomplete for table names, which psql doesn't really do well, not without setting things up."),
  say(M, "psql is perfect and doesn't need autocomplete."),
  say(F, "Okay, grandad."),

  seg('extra', M, "Mehmet's extra: the book Database Internals", ['Database Internals']),
  say(M, "Mine is a book. Database Internals, by Alex Petrov. It's from 2019, so it's not new, but I'm rereading it on the, um, the night feeds. It's one arm holding the baby, one arm holding the Kindle. It covers how storage engines work, B-trees, LSM trees, and then the second half is distributed systems, consensus, Raft, Paxos. It's the book I wish I'd read before I spent ten years as a DBA learning it by breaking things."),
  say(F, "Is that a good book to read at four in the morning? It sounds heavy."),
  say(M, "It's perfect. If I fall asleep, the baby wakes me up. If the baby falls asleep, I keep reading. It's a, it's a system with no failure mode."),
  say(F, "Except you. You're the failure mode."),
  say(M, "I'm the single point of failure. Yes."),

  seg('outro', M, 'Goodbye', []),
  say(M, "Okay, that's the show. Thank you for listening. Links for everything, the Postgres 17 release notes, slotwatch, PeerDB, Litestream, Harlequin and the book, are in the show notes at ⟨rowsandcolumns.fm/88⟩."),
  say(F, "And if you've got a, a database war story, or you think Mehmet is wrong about SQLite, which he is, write to us."),
  say(M, "I'm not wrong. I'm nuanced. For Fiona Gallagher, I'm Mehmet Yilmaz. Go test your restores."),
  say(F, "Nuanced. Sure. Go test your restores, and go to bed early, all of you. Especially you, Mehmet."),
  say(M, "I'll try. I won't succeed, but I'll try. Bye, everyone."),
  say(F, "Cheerio!"),
];

const SPEAKERS = [
  { name: M, aliases: ['Mehmet YILMAZ', 'YILMAZ', 'YILAMZ', 'Mehmet', 'Yilmaz'] },
  { name: F, aliases: ['Fiona GALLAGHER', 'GALLAGHER', 'Fiona', 'Gallagher'] },
];

const ENTITIES = {
  required: {
    PostgreSQL: ['Postgres', 'PostgreSQL'],
    'PostgreSQL 17': ['Postgres 17', 'PostgreSQL 17', '17'],
    pg_basebackup: ['pg_basebackup'],
    pg_combinebackup: ['pg_combinebackup'],
    'incremental backup': ['incremental backup', 'incremental backups', 'block incremental', 'incrementals'],
    'WAL summarizer': ['WAL summarizer', 'summarize_wal', 'WAL summaries'],
    WAL: ['WAL', 'write-ahead log'],
    pgBackRest: ['pgBackRest'],
    Barman: ['Barman'],
    VACUUM: ['vacuum', 'VACUUM', 'TidStore'],
    JSON_TABLE: ['JSON_TABLE'],
    ClickHouse: ['ClickHouse'],
    'change data capture': ['change data capture', 'CDC'],
    Debezium: ['Debezium'],
    'Kafka Connect': ['Kafka Connect'],
    Kafka: ['Kafka', 'Apache Kafka'],
    'logical replication': ['logical replication', 'logical replication slot', 'replication slot', 'replication slots', 'pg_replication_slots'],
    max_slot_wal_keep_size: ['max_slot_wal_keep_size'],
    'failover slots': ['failover slots', 'failover slot'],
    TOAST: ['TOAST'],
    'REPLICA IDENTITY FULL': ['REPLICA IDENTITY FULL', 'replica identity full', 'replica identity'],
    ReplacingMergeTree: ['ReplacingMergeTree', 'FINAL'],
    PeerDB: ['PeerDB'],
    Redpanda: ['Redpanda'],
    slotwatch: ['slotwatch'],
    SQLite: ['SQLite'],
    Litestream: ['Litestream'],
    LiteFS: ['LiteFS'],
    Turso: ['Turso'],
    libSQL: ['libSQL'],
    Limbo: ['Limbo'],
    'Rails 8': ['Rails 8', 'Rails'],
    'Solid Queue': ['Solid Queue'],
    'Solid Cache': ['Solid Cache'],
    busy_timeout: ['busy_timeout', 'SQLITE_BUSY', 'BEGIN IMMEDIATE'],
    Harlequin: ['Harlequin'],
    Textual: ['Textual'],
    'Database Internals': ['Database Internals'],
  },
  tolerated: [
    'SQL', 'JSON', 'S3', 'Amazon S3', 'NVMe', 'Mastodon', 'radix tree', 'dead tuples', 'tablespace', 'standby', 'read replica',
    'RTO', 'recovery time objective', 'Elasticsearch', 'JVM', 'ZooKeeper', 'Slack', 'Prometheus', 'Go', 'GitHub', 'exporter',
    'materialized view', 'Kafka table engine', 'argMax', 'Basketful', 'Redis', 'Fly.io', 'Hacker News', 'VPS', 'WAL mode',
    'Rust', 'Python', 'DuckDB', 'MySQL', 'DBeaver', 'SSH', 'pip', 'pipx', 'psql', 'Fedora', 'ThinkPad', 'Kindle', 'B-trees',
    'B-tree', 'LSM trees', 'LSM tree', 'Raft', 'Paxos', 'Alex Petrov', 'Postgres 13', 'PostgreSQL 13', 'Rails 7.1', 'SSD',
    'Ruby on Rails', 'Rows and Columns', 'Rows & Columns', 'rowsandcolumns.fm', 'pgBackRest 2.46', 'backup', 'restore',
    'Postgres extensions', 'logical slot', 'snapshot', 'data catalog', 'Litestream restore', 'consensus', 'pg_upgrade', 'Postgres 16', 'PostgreSQL 16', 'Avro', 'schema registry', 'incremental snapshot', 'GDPR', 'multi-tenant', 'warehouse', 'wal_summary_keep_time', 'DDL', 'CI', 'Sidekiq', 'Basecamp', 'LiteFS Cloud', 'NVMe', 'VM', 'migration', 'pull request',
  ],
};

const EPISODE = { show: 'Rows & Columns', number: 88, recorded: '2024-10-17', title: 'Incremental backups, the eggs problem, and SQLite in production' };

const WEB = {
  header: [
    'ROWS & COLUMNS', 'a podcast about databases and the people who look after them', '',
    'Episodes · Hosts · Newsletter', '', '← All episodes', '', 'Episode 88 transcript:',
    'Incremental backups, the eggs problem, and SQLite in production', '', 'Recorded on Thursday, Oct 17, 2024.', '', '',
  ].join('\n'),
  footer: '\n\n← All episodes\n\nRows & Columns is an independent podcast by Mehmet Yilmaz and Fiona Gallagher. Next episode: "Sharding is a people problem".',
  stamps: 'real',
  labels: 1,
  label: { [M]: 'YILMAZ', [F]: 'GALLAGHER' },
};

// ---- rendering ----------------------------------------------------------------------------
const curly = (s) => s.replace(/(\w)'(\w)/g, '$1’$2').replace(/(\s|^)'(\w)/g, '$1‘$2');
const labeledText = (t) => curly(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const webText = (t) => curly(t.replace(/\s?⟨[^⟩]*⟩[.,]?/g, ''));
const cutOf = (p) => p.cut ?? (p.lab === null ? 1 : 0);
const mmss = (sec) => `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;

/** Lays the paragraphs out; the first segment starts at 0 (header included), the last ends at the end of the file. */
function render({ header, footer, sep, prefix, words, trailer = '' }) {
  let out = header;
  const paragraphs = [];
  const segments = [];
  let pendingMid = null;
  let open = null;
  let i = 0;
  for (const item of SOURCE) {
    if (item.seg) {
      const start = item.mid ? pendingMid : (segments.length ? out.length + sep.length : 0);
      if (start == null) throw new Error(`mid segment ${item.title} without a § mark`);
      if (open) open.end = start;
      open = { kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start, end: null };
      segments.push(open);
      pendingMid = null;
      continue;
    }
    if (i > 0) out += sep;
    const start = out.length;
    const pre = prefix(i, item);
    let body = words(i, item);
    const mark = body.indexOf('§');
    body = body.replace('§', '');
    out += pre + body;
    if (mark >= 0) pendingMid = start + pre.length + mark + (body[mark] === ' ' ? 1 : 0);
    const para = { start, end: out.length, speaker: item.speaker };
    if (item.amb) para.ambiguous = true;
    paragraphs.push(para);
    i++;
  }
  out += footer + trailer;
  open.end = out.length;
  return { text: out, transcriptStart: header.length, paragraphs, segments };
}

// labeled.txt: LABELS.first / LABELS.later give a speaker's default label; `lab` overrides it, null drops it.
const seen = new Set();
const labeled = render({
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => {
    if (p.lab === null) return '';
    const lab = p.lab ?? (seen.has(p.speaker) ? LABELS.later[p.speaker] : LABELS.first[p.speaker]);
    seen.add(p.speaker);
    return `${lab}: `;
  },
  words: (i, p) => labeledText(p.text),
});

// web.txt: WEB.stamps 'zero' stamps every paragraph 00:00 like the seed page; 'real' derives mm:ss
// from ~155 spoken words a minute plus a pause per turn. Labels on the first WEB.labels paragraphs only.
const times = [];
{
  let t = 0;
  for (const p of SOURCE.filter((x) => !x.seg)) { times.push(t); t += labeledText(p.text).split(/\s+/).length / 2.6 + 0.7; }
}
const web = render({
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `${WEB.stamps === 'zero' ? '00:00' : mmss(times[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => {
    const t = webText(p.text);
    const cut = i < WEB.labels ? 0 : cutOf(p);
    const w = t.split(' ');
    if (cut >= w.length) throw new Error(`cut empties a paragraph: ${t}`);
    return cut ? w.slice(cut).join(' ') : t;
  },
});

const gold = {
  _source: `Synthetic held-out episode written on 2026-11-22 (heldout2/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, r] of Object.entries({ labeled, web })) {
  writeFileSync(join(here, `${key}.txt`), r.text);
  gold.files[key] = { input: `${key}.txt`, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => labeledText(p.text)).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
