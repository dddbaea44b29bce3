// Builds Borrowed Time #87 (SYNTHETIC held-out episode, written 2026-11-22): an interview show,
// one host (Daniel Osei) and one guest (Anneke de Vries, maintainer of the invented Rust crate
// burrowdb). Renders labeled.txt (`Full Name: text` lines, a few short/typo labels, unlabeled
// continuation lines, one unlabeled speaker change) and web.txt (show page header and footer,
// `mm:ss` prefixes, full-name labels on the first two paragraphs only, first words of most
// continuation paragraphs cut off, URLs dropped) and gold.json with offsets into both.
// Everything comes from the one list of segments and paragraphs below, so offsets are exact.
// Rerun with `node build.mjs` in this folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../build-episode.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const D = 'Daniel Osei';
const A = 'Anneke de Vries';

// seg(kind, presenter, title, titleKeys, {mid}) opens a segment at the next paragraph, or, with
// mid: true, at the `§` mark inside the paragraph before it.
// say(speaker, text, opts): lab = label as written in labeled.txt (null: no label), cut = number
// of words the web page lost at the paragraph start (default: 1 on unlabeled paragraphs, else 0),
// amb = speaker undecidable by reading (not scored).
// ⟨...⟩ marks a URL: kept in labeled.txt, dropped (with its trailing punctuation) from web.txt.
const seg = (kind, presenter, title, titleKeys, opts = {}) => ({ seg: kind, presenter, title, titleKeys, ...opts });
const say = (speaker, text, opts = {}) => ({ speaker, text, ...opts });

const SOURCE = [
  seg('intro', D, 'Welcome and guest introduction', []),
  say(D, "Hello, and welcome to Borrowed Time, the show where I talk to the people who maintain the Rust libraries the rest of us quietly depend on. I'm Daniel Osei. This is episode 87, and we're recording on Tuesday, the 11th of March, 2025. My guest today is Anneke de Vries. Anneke is the creator and, for most of its life, the only maintainer of burrowdb, which is an embedded key-value storage engine written in pure Rust. If you've ever needed something like RocksDB in a Rust project and didn't want to drag a whole C++ toolchain along with it, that's the gap it fills. Anneke, welcome."),
  say(A, "Thank you. Thanks for having me. I have to say, I've listened to this show for, I think, three years now? So it's a bit strange to be on the other side of it."),
  say(D, "Strange in a good way, I hope."),
  say(A, "Mostly good. I recognize the intro music, so that's, yeah. It's like hearing your own voice on a recording, but the other way round."),
  say(D, "Well, we'll try to make it painless. Where are you right now? Because I can hear, I think, birds?"),
  say(A, "Yes, sorry, that's, I'm in Utrecht, in my little office at home, and there is a bird on the roof that has very strong opinions. And there might also be a cat at some point. Her name is Pixel and she likes to walk across the keyboard when I'm in a call, so if the recording suddenly says jjjjjjj, that's her.", { lab: 'Anneke' }),
  say(D, "That's fine, that's completely fine. I have a four-year-old, I'm used to interruptions. She did the nursery run with me this morning and asked who I was talking to today, and I said a lady who writes databases, and she said, what's a database? And I did not have a good answer ready."),
  say(A, "Oh no. What did you say?"),
  say(D, "I said it's a big box where computers keep their things. And she said, like a toy box. And I thought, honestly, yes. Close enough."),
  say(A, "That's better than most definitions I've heard at conferences, actually."),

  seg('topic', A, 'Origin story: from RocksDB on refrigerated trailers to a pure-Rust engine', ['origin', 'RocksDB', 'burrowdb', 'trailer']),
  say(D, "So let's start at the start. Where did burrowdb come from? Because I think people assume you woke up one day and decided to write a storage engine, which sounds like a slightly unhinged thing to do."),
  say(A, "It is slightly unhinged, I'll admit that. But no, it came from a very boring, very practical problem. So, my day job, I work at a company that does telematics for refrigerated trailers. So, trucks that carry food, medicine, things that need to stay cold."),
  say(A, "And every trailer has a little box on it, an ARM board running Linux, that measures the temperature, door open, door closed, GPS, and it sends that home over the mobile network. But the mobile network is not always there. You drive through the Alps, you're in a tunnel, you're on a ferry, whatever. So the box needs to store everything locally, reliably, and then sync when it has a connection again.", { lab: null }),
  say(D, "Right, so it's store and forward."),
  say(A, "Exactly, store and forward. And the first version of that software, before my time, was in C++ and it used SQLite, which is, you know, wonderful, I love SQLite. But the access pattern was almost only writes. Thousands of small writes, and very rarely a big read when you sync. And SQLite on these cheap SD cards, with that write pattern, we were wearing out the cards. We had boxes coming back from the field with dead storage after eighteen months."),
  say(D, "Oh, wow."),
  say(A, "Yeah. Which is expensive, because somebody has to drive to a depot in Poland and climb onto a trailer with a screwdriver. So around 2019 we were rewriting the software in Rust, which was a whole other adventure, and we switched the storage to RocksDB. Because RocksDB is an LSM tree, it turns random writes into sequential writes, and that's much kinder to flash. And it worked. The wear went way down. But now we had RocksDB, which is a huge C++ project, inside a Rust build that we cross-compile for ARM."),
  say(A, "And the build. Oh, the build. The rust-rocksdb crate uses bindgen, and it compiles all of RocksDB from source, which means you need clang, you need the right C++ standard library for the target, and our CI was spending something like twenty minutes just compiling RocksDB. Every time. And when it broke, it broke with a linker error four hundred lines long that none of us could read. And I wrote C++ for ten years before Rust, at a company that made routers, and I still couldn't read it.", { lab: null }),
  say(D, "I feel that in my bones. I came to Rust from Go, and the first time I saw a linker error from a sys crate I closed the laptop and went for a walk."),
  say(A, "That's the correct response. So I had this thought, which was very naive: how hard can it be? We only use maybe five percent of RocksDB. We need put, get, a range scan, and a way to delete everything older than some date. So I started writing a small LSM tree in Rust, on the weekends, just to see. And the first version was about two thousand lines and it was, honestly, it was wrong in many interesting ways. But it was fast enough. And it compiled in eight seconds."),
  say(D, "Eight seconds is a feature."),
  say(A, "Eight seconds was the feature. That was the whole pitch for a while. I put it on GitHub mostly because I wanted to link it from a blog post, I didn't think anybody would use it. And the name is, well, it's a burrow, things go underground into levels. And also all the good names on crates.io were taken. I think I checked thirty names.", { lab: 'Anneke de Vires' }),
  say(D, "What were some of the rejected ones?"),
  say(A, "Oh, there was mole, taken. Tunnel, taken. I wanted badger, and then I found out there's already a very well-known Badger in Go, from the Dgraph people, which is also an LSM key-value store, so that would have been confusing. So, burrow. And then burrow was taken too, so, burrowdb. With the db at the end, like everyone."),
  say(D, "Was it used at work from day one, or did it have to earn its way in?"),
  say(A, "It had to earn its way in, and that was actually good for it. My manager at the time, she was very, very sensible, she said, okay, you can try it on ten boxes. Ten trailers. Not the pharmacy ones. So we ran it on ten trailers for six months, with RocksDB next to it, and every night we compared the data. And we found, I think, three bugs in burrowdb that way, one of them quite nasty, and zero in RocksDB. Which, fair enough, RocksDB has had a few more years."),
  say(D, "Just a few."),
  say(A, "Just a few. Facebook, sorry, Meta, runs it on, what, a million servers? I had ten trailers. But after the six months it was solid, and then it went to all the boxes, and now it's on something like fourteen thousand trailers. Which still scares me a little bit when I think about it at night."),
  say(D, "Still? Even now?"),
  say(A, "Honestly, yes. But in a healthy way. It keeps you careful. I think if you write storage software and you're not a little bit scared, you should be more scared."),

  seg('topic', A, 'How burrowdb works: LSM trees, compaction, bloom filters and fsync', ['LSM', 'compaction', 'bloom filter', 'fsync', 'how burrowdb works']),
  say(D, "Okay, I want to get into the actual engine, because I think a lot of people listening have heard LSM tree and nodded along without really knowing what's inside one. I'm one of them, if I'm honest. Can you walk us through what happens when I call put?"),
  say(A, "Sure. So, the short version. When you call put with a key and a value, two things happen. First, the write gets appended to a log file on disk, the write-ahead log. That's just append, append, append, it's sequential, it's cheap, and that's what makes the write durable. If the power goes out, we replay the log. And second, the key and the value go into a structure in memory that we call the memtable, which is sorted. In burrowdb it's a skip list, I use the crossbeam-skiplist crate for that, because it lets readers and writers work at the same time without one big lock."),
  say(D, "And at some point memory fills up."),
  say(A, "Right. The memtable has a size limit, by default sixty-four megabytes, on the trailers we use four. When it's full, we freeze it, we start a new empty one for the new writes, and in the background we write the frozen one to disk as a sorted file. We call those SSTables, sorted string tables, it's the old name from Google's Bigtable paper. And once that file is safely on disk, we can throw away the part of the log that it covered."),
  say(A, "So after a while you have lots of these sorted files. And that's where the problem starts, because now a read has to look in the memtable, and then maybe in every one of those files, from newest to oldest, until it finds the key. If you have two hundred files, that's two hundred places to look. So in the background there's a process called compaction, which takes several files and merges them into fewer, bigger files, like a merge sort, and while it does that it drops the old versions of keys, and the deleted keys.", { lab: null, cut: 2 }),
  say(D, "And that's the part everybody argues about, right? Compaction."),
  say(A, "That's the part everybody argues about, because there's no free lunch. There's this idea, the RUM conjecture, read, update, memory, that you can optimize two of those and the third one suffers. If you compact very aggressively, reads are fast because there are few files, but you're rewriting the same data again and again, so you have high write amplification. If you compact lazily, writes are cheap, but reads have to check more files and you waste disk space on old versions."),
  say(D, "Wait, so which one did you pick?", { lab: null }),
  say(A, "Both, sort of. Sorry, that's a cheating answer. RocksDB by default does what's called leveled compaction. You have level zero, level one, level two, each level about ten times bigger than the one before, and inside a level the files don't overlap, except level zero. That's very good for reads."),
  say(A, "And then there's size-tiered compaction, which is what Cassandra made famous, where you wait until you have a few files of a similar size and merge those. That's much better for write-heavy work. burrowdb started with leveled, because I basically copied the design of LevelDB, and then for the trailers I added a tiered mode, because our workload is ninety-nine percent writes. You pick one when you open the database.", { lab: null }),
  say(D, "How much difference does it make in practice? On the actual trailers."),
  say(A, "On the trailers, the tiered mode roughly halved the bytes we write to the SD card, and that translates pretty directly into how long the card lives. We haven't had a card die from wear since, I want to say, 2022. I'm knocking on wood. My desk is wood.", { lab: 'Anneke De Vries' }),
  say(D, "Ha. Okay, so if reads have to check a bunch of files, how do you avoid, I don't know, opening every file on every get?"),
  say(A, "Bloom filters. That's the trick that makes LSM trees practical at all. Every SSTable has a small bloom filter, which is a probabilistic structure that can tell you, this key is definitely not in this file, or, this key might be in this file. So for a point lookup you check the filters, which live in memory, and you only open the files that say maybe. With ten bits per key you get about a one percent false positive rate. So in practice most gets touch one file. Sometimes two."),
  say(D, "That's such a nice trick. I remember learning about bloom filters at uni and thinking, who would ever want a data structure that's sometimes wrong?"),
  say(A, "Everybody! Everybody wants that. It's sometimes wrong in the right direction, that's the beauty of it."),
  say(D, "Now, range scans are a different story, I'd assume. The filter doesn't help you there."),
  say(A, "No, exactly, the bloom filter only answers, is this exact key here. For a range scan you merge iterators over the memtable and every file that overlaps the range, so it's a heap, a k-way merge. There are prefix bloom filters, where you filter on the first few bytes of the key, and I do support those, because on the trailers our keys are the trailer ID and then a timestamp, so a scan is almost always one trailer, one time window. But in general, yeah, scans are where B-trees are nicer. If you mostly read and scan, honestly, use redb, or LMDB, or just SQLite. I'm not religious about it."),
  say(D, "That's refreshingly honest for a maintainer."),
  say(A, "I have to be, people email me their benchmarks."),
  say(D, "And how do deletes work? Because if the files are immutable, you can't just go into a file and remove the key."),
  say(A, "Right, you can't. A delete is actually a write. You write a special marker, a tombstone, that says this key is gone as of now. And reads see the tombstone first, because it's newer, and stop there. And then compaction eventually merges the tombstone with the old value and both disappear. Which sounds simple, but there's a classic trap, where you can only drop the tombstone when you're sure there's no older version of the key in any deeper level. Drop it too early and the old value comes back from the dead."),
  say(D, "Zombie keys."),
  say(A, "Zombie keys, yes, we literally call the test zombie_keys. And for the trailers there's one more thing, the delete everything older than a date. Doing that with tombstones would be millions of tombstones. So instead there's a hook during compaction, a compaction filter, where you can say, while you're rewriting this file anyway, drop every entry whose timestamp is older than ninety days. RocksDB has the same idea, I stole it. It costs almost nothing because the data is being rewritten anyway.", { lab: null }),
  say(D, "And compression? Are the files compressed?"),
  say(A, "Blocks inside the files are compressed, yes. LZ4 by default, because it's fast and it's cheap on the CPU, and on the trailers the CPU is, let's say, modest. You can choose zstd, which compresses better but costs more. Some people use zstd for the deep levels, where the data is old and cold, and LZ4 on top. That's also a RocksDB idea. Most good ideas in this space are a RocksDB idea, or a LevelDB idea, if I'm honest."),
  say(D, "Let me ask about the disk side, because I think this is where it gets scary. You said the write-ahead log makes writes durable. Durable how? What does burrowdb actually promise me when put returns?"),
  say(A, "So this is where I have to talk about fsync, and I could talk about fsync for the rest of the episode, so stop me."),
  say(D, "I won't."),
  say(A, "You'll regret that. Okay. When you write to a file, the operating system doesn't actually put it on the disk, it puts it in the page cache, in memory, and writes it out later. If you want to know that it's really on the disk, you call fsync, and fsync is slow. On an SD card an fsync can take tens of milliseconds."),
  say(A, "So every storage engine has to choose. Either you fsync on every write, which is safe and slow, or you batch, which is fast, but if the power goes you can lose the last few milliseconds. burrowdb by default does group commit: writes that arrive at the same time share one fsync. And you can choose per write whether you want to wait for the sync or not.", { lab: null }),
  say(A, "And then there's the fun part, which is what happens when fsync fails. There was this whole thing in 2018, people call it fsyncgate, where the PostgreSQL developers found out that on Linux, if fsync returns an error and you call it again, the second call can succeed, even though the data from the first time is gone. The kernel already threw those dirty pages away. So retrying fsync is a lie. Postgres changed to basically crash and recover from the log. And I do the same. If fsync fails in burrowdb, the database goes read-only and tells you. I'd rather you be annoyed than silently lose data.", { lab: null }),
  say(D, "Yeah.", { lab: null, cut: 0, amb: true }),
  say(D, "So the safe thing is to give up."),
  say(A, "The safe thing is to give up loudly. Which is, I think, a good rule for a lot of software. Not only databases."),
  say(D, "You mentioned the page cache. Did you ever consider mmap? Because I feel like every database thread on Hacker News eventually has someone saying, just mmap the file."),
  say(A, "Oh, yes. Early on, the SSTable reader used memmap2, the crate, and mapped every file. It's so tempting, the code is so simple, you just get a byte slice."),
  say(A, "And then there's a very good paper, from 2022, Andy Pavlo and some colleagues, called, I think, Are You Sure You Want to Use MMAP in Your Database Management System? And the answer in the paper is, no. Because with mmap you don't control when pages are evicted, an I/O error turns into a SIGBUS instead of an error you can handle, and in Rust it's even worse, because the slice is only sound if nobody else changes the file under you, and you can't promise that. So I took it out. Now it's plain reads, with my own block cache.", { lab: null }),
  say(D, "Did you lose performance?"),
  say(A, "A bit, on some benchmarks, on a big machine with lots of memory. On the trailers it got faster, actually, because my block cache knows better what to keep than the kernel does. But, you know, benchmarks. Every benchmark is a lie in its own special way."),
  say(D, "I'm putting that on a t-shirt."),
  say(A, "Please do, I'll buy one."),
  say(D, "And io_uring? I have to ask, because people will email me if I don't."),
  say(A, "Yes. So io_uring, on Linux, is the newer interface where you put your I/O requests into a ring buffer that you share with the kernel, so you can have many reads in flight without a system call for each one. I have a branch with an io_uring backend, using the io-uring crate from the tokio-rs people. It helps for compaction on fast NVMe drives, because compaction is big sequential reads and writes. It doesn't help much on our little ARM boards. And it's Linux only, and some container setups turn it off for security reasons, so it's going to be an opt-in feature flag. It's not in a release yet."),
  say(D, "Okay. I'm going to stop you there, against my own wishes, because it's time for a quick break."),
  say(A, "See? I told you."),

  seg('sponsor', D, 'Sponsor: Lanternfish', ['Lanternfish']),
  say(D, "This episode of Borrowed Time is supported by Lanternfish. Lanternfish is continuous profiling for production services, with first-class support for Rust and Go. You add their agent, it samples your running services with almost no overhead, and you get flame graphs for any time window, so when somebody says the API got slow last Thursday at three, you can actually go and look at last Thursday at three instead of guessing. It understands async Rust, so Tokio tasks show up as tasks and not as a wall of poll functions, which, if you've ever profiled async code, you know is the whole game.", { lab: 'DANIEL' }),
  say(D, "I used it on a service at work that had a mystery CPU spike every hour, and it turned out to be a regex being compiled inside a loop. A regex. In a loop. On every request. Anyway. Lanternfish has a free tier for small teams, and listeners of the show get three months of the team plan at ⟨lanternfish.dev/borrowed⟩. Thanks to Lanternfish for supporting the show.", { lab: null, cut: 2 }),

  seg('topic', A, 'Testing a storage engine: crash simulation, Miri, loom and fuzzing', ['testing', 'simulation', 'Miri', 'loom', 'fuzzing', 'crash']),
  say(D, "And we're back. Before the break you said something that's been sitting with me, which is that if you're not scared, you should be more scared. So how do you test something like this? Because unit tests feel wildly insufficient for a storage engine."),
  say(A, "They are wildly insufficient. I have unit tests, of course, lots of them, but the bugs that matter in a storage engine are almost never inside one function. They're in the order of things. The power goes out after the log write but before the memtable flush, or in the middle of a compaction, or while the manifest is being updated."),
  say(D, "Sorry, the manifest is—"),
  say(A, "Yes, sorry, I should explain. The manifest is the file that says which SSTables exist and which level they're in. It's the table of contents. If the manifest is wrong, you lose data even though all the data is physically on the disk."),
  say(D, "Oh, that's nasty."),
  say(A, "It's the nastiest one. So the main thing I do now is simulation. All file system access in burrowdb goes through a trait, a small interface: open, read, write, fsync, rename, remove. In production that's the real file system."),
  say(A, "In tests, it's a fake file system in memory that I control, and the fake one can simulate a crash at any point. It keeps track of what was synced and what was only written, and when I say crash, it throws away everything that wasn't synced. And sometimes, randomly, it keeps half of it, because real disks do that too. Torn writes.", { lab: null }),
  say(A, "Then the test opens the database again and checks that everything it was promised is still there. Everything that was acknowledged as synced has to be there, and nothing that was never written may appear. And I run that with random workloads, from a seed, millions of times in CI every night. If it fails, it prints the seed, and I can replay exactly that run on my laptop, deterministically. I stole the idea shamelessly from FoundationDB, who did it first, and from TigerBeetle, who talk about it a lot. Deterministic simulation testing.", { lab: null }),
  say(D, "How long did that take to build? It sounds like a lot."),
  say(A, "It took almost longer than the engine. Maybe four months of weekends, in 2021. And the first night I ran it, it found a manifest bug. Within forty minutes."),
  say(D, "Of course it did."),
  say(A, "Of course. And that was a bug that a user had reported a year before, and I couldn't reproduce it. He had a Raspberry Pi at home, as a weather station, and once, after a power cut, burrowdb refused to open. And I said, sorry, maybe your SD card is broken. Which was a little bit arrogant of me. And then the simulation found exactly his bug. The rename of the new manifest could become visible before its contents were synced. So I wrote to him and apologized."),
  say(D, "That's lovely, actually. Was he gracious about it?"),
  say(A, "Very. He said his weather station had been fine since then, and that it mostly records rain anyway, because he lives in Wales."),
  say(D, "Well, I live in Manchester, so I'm in no position to judge anybody's weather. What about the more Rust-specific tools? Do you use Miri? Loom?"),
  say(A, "Both. Miri is, for people who don't know it, an interpreter for Rust's mid-level representation that checks unsafe code for undefined behavior. It's slow, very slow, but it catches things like reading uninitialized memory, or aliasing violations. I don't have much unsafe, maybe two hundred lines, mostly in the block cache and in the code that decodes blocks without copying. And Miri has found two real problems in that code over the years. Both of them the kind that works perfectly until a new compiler version decides to optimize differently."),
  say(D, "The scary kind."),
  say(A, "The very scary kind. And loom is for concurrency. Loom is from the Tokio project, and it runs your concurrent code under many possible interleavings of the threads, so if there's an ordering where two threads step on each other, it finds it. I use it on the memtable switch, the moment where we freeze the full memtable and swap in a new one while writers are still writing. That code is maybe eighty lines and it took me a week and loom to get right."),
  say(D, "A week for eighty lines."),
  say(A, "And I'm proud of every line. Then there's fuzzing, with cargo-fuzz, on the decoders for the file formats. If somebody gives burrowdb a corrupted file, it has to return an error, not panic and not read out of bounds. And proptest for the basic property, which is that the database must behave exactly like a BTreeMap from the standard library. Whatever sequence of puts and deletes and scans you do, the answers have to match a plain BTreeMap. That test is honestly my favorite. It's twenty lines and it has found more bugs than anything else.", { lab: 'Aneke de Vries' }),
  say(D, "Oh, I love that. The model-based thing."),
  say(A, "A model, yes. The BTreeMap is the model of what a key-value store should do, and burrowdb is the complicated, fast version that has to agree with it."),
  say(D, "Does the CI bill hurt? Millions of runs a night sounds expensive."),
  say(A, "It did. The first months I ran it on GitHub Actions and we hit the free minutes in about a week. Now it runs on two old machines in my employer's server room, which they let me use, and on a small cloud machine that the sponsors pay for. It's fine. It's cheaper than a dead SD card in Poland."),

  seg('topic', A, 'Community, burnout and funding an open-source storage engine', ['community', 'burnout', 'funding', 'maintainer', 'NLnet']),
  say(D, "Let's talk about the people side. Because at some point this stopped being your weekend project for trailers and started being a thing other people use. When did you notice?"),
  say(A, "There was a specific day, actually. In 2021 somebody posted it on Hacker News. Not me, I would never. And it was on the front page for a few hours, and I woke up to, I think, four hundred new stars and thirty issues. And half of the issues were, does it work on Windows? And I had never tried it on Windows."),
  say(D, "Did it work on Windows?"),
  say(A, "It did not work on Windows. Renaming a file that's still open is a very different experience on Windows. And a student in Brazil, Bruno, sent a pull request the same week that fixed most of it. He's still around, by the way, he's on the maintainer team now. He did his master's thesis on compaction strategies and used burrowdb for all the experiments."),
  say(D, "That's a great story. So there's a team now? When I first looked at the repo it was very much you."),
  say(A, "There's a team of three. Me, Bruno, and Joaquín, who lives in Chile and works on the embedded side, he made it work on no_std targets, partly, with an allocator. It's a small team, but it means I can go on holiday, which for the first three years I could not. I went to Portugal in 2022 and I was answering issues from the beach, and my partner took my phone and locked it in the hotel safe."),
  say(D, "Good for your partner."),
  say(A, "Very good for my partner. Because that was also the year I kind of burned out. I don't want to make it dramatic, but it was not good. There was one issue, somebody had run a benchmark against RocksDB with completely wrong settings, burrowdb with no fsync and RocksDB with fsync on every write, or the other way round, I honestly don't remember anymore, and they wrote a blog post saying one was ten times faster than the other. And the comments were, you know. The comments."),
  say(D, "I know exactly the kind of comments you mean."),
  say(A, "And I spent two weeks arguing on the internet instead of writing code, and then I just stopped. I didn't open the repository for two months. And what I learned is that nothing bad happened. The trailers kept working. Bruno answered a few issues. The world was fine."),
  say(A, "So now I have rules. I don't do GitHub at the weekend anymore, which is a bit ironic because it started as a weekend project. And we have a triage rotation, one week each, so only one of us has to look at new issues at any time. The other two can ignore the notifications completely, guilt-free.", { lab: null }),
  say(D, "I think a lot of maintainers need to hear that. The world was fine."),
  say(A, "The world was fine. The world is almost always fine."),
  say(D, "How do you fund it? Is it all volunteer time?"),
  say(A, "Mostly volunteer, but it's getting better. My employer lets me spend one day a week on burrowdb, because they depend on it, which is the healthiest arrangement, I think. There's GitHub Sponsors, which is a few hundred euros a month, that pays for the cloud machine and sometimes a nice dinner. And last year we got a grant from NLnet, the Dutch foundation, for the work on the stable file format, and that's paying Bruno part-time right now. So that's real money. For a small project it's a lot.", { lab: 'Anneke' }),
  say(D, "I've heard good things about NLnet from other guests. Was the application a nightmare?"),
  say(A, "No, it was surprisingly human. There's a form, you describe the work in milestones, they ask you good questions. The hardest part was estimating how long things take, which, as we know, nobody can do."),
  say(D, "Nobody can. I've been estimating software professionally for twelve years, and I'm still wrong by a factor of about pi."),
  say(A, "Pi is good. Pi would be optimistic for me."),
  say(D, "Where does the community actually hang out? GitHub issues? Is there a Discord?"),
  say(A, "We had a Discord, and we moved to Zulip last year. I know, I know. Discord is where the people are. But on Discord the same question got asked every week and the answers disappeared in the scroll. Zulip has topics, so the answers stay findable, and it's open source, which I liked. We lost some people, I think. But the conversations got better."),
  say(D, "And the Rust project itself is on Zulip, right? So there's some precedent."),
  say(A, "Exactly, the compiler people are there, so a lot of Rust people already have an account. That helped a lot."),
  say(D, "How do you handle saying no? Because I imagine you get a lot of feature requests that would turn it into RocksDB."),
  say(A, "Oh, every week. Column families, secondary indexes, SQL. Somebody asked for SQL. And the honest answer is, I say no a lot, but I try to say no with a reason, and with a pointer. Like, this is out of scope, but here's how you could build it on top, or here's a project that already does it. We have a page in the docs called Things burrowdb will never do. It's surprisingly popular. I think people like knowing where the edges are."),
  say(D, "Things it will never do. I love that as documentation."),

  seg('topic', A, "What's next: 1.0, a frozen on-disk format, async and Python bindings", ['1.0', 'on-disk format', 'file format', 'roadmap', "what's next", 'future', 'Python']),
  say(D, "Let's look ahead a bit. The current version is, what, 0.9-something?"),
  say(A, "0.9.4, since last week."),
  say(D, "And everyone's going to ask, so I'll ask: when 1.0?"),
  say(A, "Everyone asks. So for me, 1.0 means one specific promise, which is the on-disk format. Right now, if you upgrade from 0.8 to 0.9, you have to export and re-import your data, or run a migration tool I wrote, which is a bit ugly. That's fine for a 0.x project, but you can't ask people to put important data in something whose file format might change under them."),
  say(A, "So 1.0 is when the format is frozen, with a version number in every file, and every future version can read every old one. The API can change more easily, honestly, we run cargo-semver-checks in CI, so at least we know when we break it.", { lab: null }),
  say(D, "So that's the NLnet work."),
  say(A, "That's exactly the NLnet work. Bruno is writing the specification, an actual document, so that somebody could write a reader in another language from the document alone. That's the test I want. If somebody can write a reader in Go from the spec, without reading my code, then the spec is good."),
  say(D, "As a recovering Go developer, I'm volunteering for nothing, but I'm emotionally supportive."),
  say(A, "I'll take it. I'll put you in the acknowledgments as emotional support."),
  say(D, "What about async? Because I know there's an issue about it, and I know it's a long issue."),
  say(A, "It's a very long issue. It has about two hundred comments. People want an async API so they can await a get inside their Tokio service without blocking the executor. And I get it. But file I/O on Linux, apart from io_uring, is blocking anyway. So an async API would be, underneath, spawn_blocking on a thread pool. Which you can write yourself in three lines. I don't want to pretend to be async when I'm not."),
  say(A, "So the plan is, we document the three lines, and maybe we ship a small separate crate, burrowdb-tokio, that does it for you, and the core crate stays free of any runtime. That's, I think, the honest version.", { lab: null }),
  say(D, "That seems very reasonable."),
  say(A, "Tell that to the two hundred comments. The other big one is transactions, proper ones, with snapshot isolation. Right now you have atomic write batches, and snapshots for reading, but not read-write transactions with conflict detection. That's after 1.0."),
  say(A, "And then there's one I'm personally excited about, which came completely from the community. Somebody is writing Python bindings, with PyO3 and maturin, so you could pip install burrowdb and use it from Python. I did not expect that at all. I don't even write Python.", { lab: null }),
  say(D, "Who's doing that?"),
  say(A, "She's a data scientist in Toronto, she wanted a fast local cache for some pipeline, and she just started. Forty commits already. It's not released yet, but it's close. And there's one more experiment, which is running in the browser, compiled to WebAssembly, with the files stored in the Origin Private File System. That one is very experimental. Joaquín did it as a joke, and then it worked, which is the worst thing that can happen to a joke."),
  say(D, "The joke that works. Every cursed production system started as one of those."),
  say(A, "Every single one."),
  say(D, "Last question on this, then I'll let you go. If someone listening wants to start contributing, where's the way in?"),
  say(A, "Please do. We label issues good first issue, and we mean it, one of us checks that they're really small. The documentation always needs help, especially examples. And honestly, the most useful thing people can do is run the simulation tests on weird hardware. Big-endian machines, RISC-V boards, old Android phones. Weird hardware finds weird bugs."),
  say(D, "Old Android phones. I have a whole drawer of those."),
  say(A, "Everyone has a drawer of those. Put them to work!", { lab: 'Anneke de Vries' }),

  seg('outro', D, 'Wrap-up and where to find Anneke', []),
  say(D, "Anneke, this has been great. Where can people find you, and burrowdb?"),
  say(A, "The code is on GitHub, at ⟨github.com/burrowdb/burrowdb⟩, the docs are on docs.rs, like every crate. I'm on Mastodon, annekedv at hachyderm. And I blog very occasionally, mostly about storage and sometimes about cycling."),
  say(D, "Cycling in Utrecht, which I assume is the easiest cycling in the world."),
  say(A, "It's very flat. It's very windy. The wind is our hill, we say."),
  say(D, "The wind is our hill. I'm going to think about that every time I drag my daughter's bike trailer up the hill to nursery. Thank you so much for coming on."),
  say(A, "Thank you, Daniel, this was fun. And say hi to your daughter."),
  say(D, "I will. She'll be thrilled the database lady said hi. And thanks to all of you for listening. Borrowed Time is made by me, Daniel Osei, with help from my partner, who edits the audio and tells me when I've said um too many times. Show notes, links and this transcript are at ⟨borrowedtime.fm/87⟩. If you enjoyed this one, tell a friend who writes Rust. Or a friend who should. See you in two weeks.", { lab: 'Daniel Osie' }),
];

const SPEAKERS = [
  { name: D, aliases: ['Daniel Osei', 'DANIEL', 'Daniel', 'Osei', 'Daniel Osie', 'OSEI'] },
  { name: A, aliases: ['Anneke de Vries', 'Anneke', 'Anneke de Vires', 'Anneke De Vries', 'Aneke de Vries', 'de Vries', 'Vries', 'DE VRIES'] },
];

const ENTITIES = {
  required: {
    burrowdb: ['burrowdb', 'burrowdb-tokio'],
    Rust: ['Rust'],
    RocksDB: ['RocksDB', 'rust-rocksdb'],
    SQLite: ['SQLite'],
    LevelDB: ['LevelDB'],
    'C++': ['C++'],
    'crossbeam-skiplist': ['crossbeam-skiplist', 'crossbeam'],
    PostgreSQL: ['PostgreSQL', 'Postgres'],
    io_uring: ['io_uring', 'io-uring'],
    Tokio: ['Tokio', 'tokio-rs'],
    Miri: ['Miri'],
    loom: ['loom', 'Loom'],
    'cargo-fuzz': ['cargo-fuzz', 'fuzzing'],
    proptest: ['proptest'],
    FoundationDB: ['FoundationDB'],
    TigerBeetle: ['TigerBeetle'],
    Lanternfish: ['Lanternfish'],
    NLnet: ['NLnet'],
    Zulip: ['Zulip'],
    'cargo-semver-checks': ['cargo-semver-checks'],
    PyO3: ['PyO3'],
    maturin: ['maturin'],
    WebAssembly: ['WebAssembly', 'Wasm', 'WASM'],
    LZ4: ['LZ4'],
    zstd: ['zstd', 'Zstandard'],
    redb: ['redb'],
    LMDB: ['LMDB'],
  },
  tolerated: [
    'bindgen',
    'Linux',
    'mmap', 'memmap2',
    'LSM tree', 'LSM trees', 'LSM', 'log-structured merge tree',
    'fsync', 'fsyncgate',
    'deterministic simulation testing', 'simulation testing',
    'compaction', 'leveled compaction', 'size-tiered compaction', 'compaction filter',
    'bloom filter', 'bloom filters', 'prefix bloom filters',
    'Go', 'Python', 'ARM', 'GPS', 'SD card', 'SD cards', 'clang', 'CI', 'GitHub', 'crates.io', 'Badger', 'Dgraph', 'Meta', 'Facebook',
    'Google', 'Bigtable', 'SSTable', 'SSTables', 'memtable', 'write-ahead log', 'WAL', 'skip list', 'Cassandra', 'RUM conjecture',
    'write amplification', 'B-tree', 'B-trees', 'tombstone', 'tombstones', 'page cache', 'Hacker News', 'SIGBUS', 'Andy Pavlo', 'NVMe',
    'block cache', 'async', 'flame graphs', 'regex', 'Raspberry Pi', 'BTreeMap', 'GitHub Actions', 'Windows', 'no_std', 'GitHub Sponsors',
    'Discord', 'Mastodon', 'hachyderm', 'docs.rs', 'spawn_blocking', 'snapshot isolation', 'pip', 'Origin Private File System', 'OPFS',
    'RISC-V', 'Android', 'Utrecht', 'Borrowed Time', 'borrowedtime.fm', 'lanternfish.dev', 'Alps', 'undefined behavior', 'SQL',
    'column families', 'secondary indexes', 'model-based testing', 'group commit', 'torn writes', 'Wales', 'Manchester', 'Toronto',
    'Chile', 'Brazil', 'Poland', 'Portugal', 'API', 'zombie keys', 'x86', 'big-endian', 'crate', 'cargo',
  ],
};

const EPISODE = { show: 'Borrowed Time', number: 87, recorded: '2025-03-11', title: 'Anneke de Vries on burrowdb, a storage engine in pure Rust' };

// ---- rendering ----------------------------------------------------------------------------
const curly = (s) => s.replace(/(\w)'(\w)/g, '$1’$2').replace(/(\s)'(\w)/g, '$1‘$2');
const labeledText = (t) => curly(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const webText = (t) => curly(t.replace(/\s?⟨[^⟩]*⟩[.,]?/g, ''));
const mmss = (sec) => `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;
const cutOf = (p) => p.cut ?? (p.lab === null ? 1 : 0);


// labeled.txt: `Full Name: ` unless the paragraph says otherwise.
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => (p.lab === null ? '' : `${p.lab ?? p.speaker}: `),
  words: (i, p) => labeledText(p.text),
});

// web.txt: real timestamps from ~155 words a minute plus a pause between paragraphs.
const times = [];
{
  let t = 0;
  for (const p of SOURCE.filter((x) => !x.seg)) { times.push(t); t += labeledText(p.text).split(/\s+/).length / 2.6 + 0.8; }
}
const webHeader = [
  'Borrowed Time', 'Home   Episodes   Guests   About   Support the show', '',
  'Episode 87: Anneke de Vries on burrowdb, a storage engine in pure Rust', '',
  'March 19, 2025 · 40 min · Guest: Anneke de Vries · Host: Daniel Osei', '',
  'Listen: Apple Podcasts · Spotify · Overcast · RSS', '',
  'Transcript', '', '',
].join('\n');
const webFooter = [
  '', '', 'This transcript was generated automatically and lightly edited. Spotted a mistake? Send a correction.', '',
  '← Episode 86   All episodes   Episode 88 →', '',
  '© 2025 Borrowed Time. Theme music by Kofi Mensah-Hart.',
].join('\n');
const web = render(SOURCE, {
  header: webHeader, footer: webFooter, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `${mmss(times[i])} ${i < 2 ? p.speaker + ': ' : ''}`,
  words: (i, p) => {
    const t = webText(p.text);
    const cut = cutOf(p);
    return cut ? t.split(' ').slice(cut).join(' ') : t;
  },
});

const gold = {
  _source: 'Synthetic held-out episode written on 2026-11-22 (heldout/borrowed-time-087/build.mjs); offsets computed by the script.',
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
