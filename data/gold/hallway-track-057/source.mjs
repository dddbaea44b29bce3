// Source of Hallway Track #57 (SYNTHETIC held-out episode, heldout18): a two-host CONVERSATIONAL show with no fixed
// rundown: two friends talk about work, and the topics drift, raised by either host, often in the middle of a turn.
// Hosts (invented): Tamsin Okafor, a staff engineer at "Larkspur" (booking software for vet clinics, a Rails
// monolith on Postgres), in Bristol, who opens and closes the show; Bram de Vries, a backend engineer at "Tidewise"
// (a travel company, Go services, Kafka, Postgres on RDS), in Utrecht. The companies, their databases, the upgrade
// night, the lock incident, the manager offer, the pager stories and every anecdote are invented. Recorded Thursday
// 16 October 2025; the technology is real but told from memory.
// Rendered by build.mjs into labeled.txt (`Full Name: text` on every paragraph) and stt.txt (raw speech-to-text
// output WITHOUT speaker labels: one paragraph per speaker TURN, no stamps, with the recogniser's slips).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   {A|B}      A in labeled.txt (what was said, as a careful transcriber writes it), B in stt.txt (what the
//              recogniser wrote: a misheard technical name, a number in words, a filler it kept).
// opts:
//   swallow    a short back-channel said over the other host: its own line in labeled.txt, but the recogniser's
//              diarisation never gave it a turn, so in stt.txt it sits INSIDE the other host's paragraph, which
//              becomes a paragraph of mixed speakers (gold: the majority speaker, `ambiguous`).
// In stt.txt consecutive paragraphs of the same speaker are ONE turn, so they are one paragraph.
// Conventions: presenter = the host who carries the topic (brings the story, the opinion, the knowledge); a topic
// raised by one host and carried by the other is presented by the one who carries it, and the line that raises
// it belongs to the NEW segment; the opening and the goodbye are the intro and the outro, presented by Tamsin.
import { say, seg } from '../build-episode.mjs';

export const T = 'Tamsin Okafor';
export const B = 'Bram de Vries';

export const SOURCE = [
  seg('intro', T, 'Welcome to Hallway Track 57', []),
  say(T, "{Hi|Hi,} everyone, this is Hallway Track, episode 57. It's the show where two people who should be working talk about work instead, the way you would in the queue for coffee at a conference. I'm {Tamsin|Tamzin} Okafor, and as usual there's no plan."),
  say(B, "There's never a plan. I'm {Bram|Brom} de Vries. Hello from Utrecht, where it has rained for nine days and my bike has opinions about it."),
  say(T, "Your bike always has opinions."),
  say(B, "It's Dutch. It's allowed. How's Bristol? Did the cat forgive you for the new sofa?"),
  say(T, "The cat has moved onto the new sofa and now acts like she chose it. Which is also how my team treats every decision I make, so I'm used to it."),

  seg('topic', B, 'Upgrading Postgres 12 on RDS with a blue/green deployment, and the sequences logical replication forgot', ['Postgres', 'RDS', 'blue/green', 'sequences']),
  say(T, "Okay, first things first, because you went quiet in the group chat for a whole week. Did the upgrade happen?"),
  say(B, "It happened. Tuesday, five in the morning, and I'm still a bit proud and a bit traumatised. So, background for people who weren't in the chat. Our main database was {Postgres 12|Postgres twelve} on {RDS|RDS}, and twelve went out of standard support at the end of February. Since March we'd been paying for {Extended Support|extended support}, which is Amazon's polite way of charging you rent for procrastinating."),
  say(T, "How much rent are we talking?"),
  say(B, "Enough that finance started sending me calendar invites with no agenda. So we finally did it, straight from twelve to seventeen, using {RDS|RDS} blue/green deployments. You click a button, well, you run a command, and it builds a copy of your database, the green one, on the new major version, and keeps it in sync with the old blue one using logical replication. {Then|Then,} when you're happy, you switch over, and it renames things so your application's endpoint points at green."),
  say(T, "And it really just works? Because whenever somebody says you click a button, I hear somebody crying."),
  say(B, "The button works. Everything around the button is where you cry. Logical replication copies the rows, but it doesn't copy everything. It doesn't replicate schema changes, so we froze migrations for two weeks. And it doesn't replicate sequences, which I knew, in theory, in the way you know the ocean is deep."),
  say(T, "Oh, no, no. The IDs."),
  say(B, "The IDs. The green side had every row, but its sequences were still sitting at whatever they were when the copy began. The first insert after the switch would have tried to reuse an ID from three weeks earlier."),
  say(T, "Oof.", { swallow: true }),
  say(B, "We caught it in the rehearsal, thank God, because we did a full rehearsal on a snapshot the week before. {So|So,} now there's a script in the runbook that walks every sequence and sets it past the maximum value in its table, right before the switch."),
  say(T, "Rehearsal on a snapshot is the whole trick, honestly."),
  say(B, "It's the only reason I slept. The other thing that bit us was tables without a primary key. Logical replication needs some way to identify a row for updates and deletes, so we had four ancient tables where we had to set {REPLICA IDENTITY FULL|replica identity full}, which is slow, or add a key first. We added keys. And after the switch, the planner had no statistics, so for about forty minutes everything was slow until {ANALYZE|analyze} finished on the big tables."),
  say(T, "Forty minutes of slow at five in the morning is honestly fine."),
  say(B, "Forty minutes of slow while the {PgBouncer|PG bouncer} graphs go red and your manager is awake for the first time in his life is less fine. But nobody outside noticed. The switchover itself was about a minute of errors."),
  say(T, "That's a good upgrade. That's a better upgrade than we've ever had. I think you're allowed the pride. And I'm glad you rehearsed it, because, honestly, five in the morning is exactly when things go wrong for us too. §Did I ever tell you what happened in August? With the index?"),

  seg('topic', T, 'A migration that took the whole app down: lock queues, lock_timeout and CREATE INDEX CONCURRENTLY', ['lock queue', 'lock_timeout', 'CREATE INDEX CONCURRENTLY', 'migrations'], { mid: true }),
  say(B, "You told me there was an index. You did not tell me what the index did."),
  say(T, "So this is embarrassing, which is why it's on a podcast. We had a migration that added a foreign key from appointments to clinics. Small change, reviewed, passed {CI|CI}. It ran during the day, because we deploy during the {day, and—|day, and}"),
  say(B, "On a Friday?"),
  say(T, "On a Wednesday, thank you, we're not animals. And for about six minutes, every request that touched appointments just hung. The booking page, the clinic calendar, the reminders, all of it."),
  say(B, "Was it the foreign key itself? Adding it has to check every row."),
  say(T, "That's what we thought at first. But the real villain was one analytics query. Someone had a report running against the primary, a big long {SELECT|select}, and it was holding a lock on appointments, just a weak read lock, nothing scary. Then our migration arrives and asks for a much stronger lock, and it has to wait behind the report."),
  say(B, "And everybody else waits behind the migration."),
  say(T, "That, precisely. That's the bit I didn't understand until that day. Postgres has a queue for locks. Once our migration is waiting for its strong lock, every new query that wants even a weak lock on that table lines up behind it, because it won't jump the queue. So a report and a migration, neither of which was doing anything wrong on its own, took the whole app down."),
  say(B, "Mm-hm.", { swallow: true }),
  say(T, "And the fix is almost stupidly small. We now set {lock_timeout|lock timeout} at the start of every migration, a couple of seconds. If the migration can't get its lock quickly, it gives up and fails, and we retry later, instead of sitting in the queue blocking everyone."),
  say(B, "A failed deploy is so much better than a frozen app."),
  say(T, "So much better. And for the foreign key, the other half of the fix is doing it in two steps. You add the constraint as {NOT VALID|not valid}, which is instant, and then you run {VALIDATE CONSTRAINT|validate constraint} separately, which takes a much weaker lock while it checks the old rows. Same with indexes: always {CREATE INDEX CONCURRENTLY|create index concurrently}, never the plain version on a big table."),
  say(B, "Do you enforce that, or do you just trust people?"),
  say(T, "We're a Rails shop, so we added the {strong_migrations|strong migrations} gem, which refuses to run the dangerous patterns and tells you the safe way instead. And in {CI|CI} we run {Squawk|squawk} over the generated {SQL|sequel}, which is a linter for migrations, so the same rules apply to the {SQL|sequel} files people write by hand. Between the two, I haven't seen a blocking migration since."),
  say(B, "See, this is an argument for actually knowing what your database is doing, which is the hill I die on roughly once a month at work."),

  seg('topic', B, 'ORMs or SQL: sqlc, Prisma, Active Record and reading EXPLAIN ANALYZE', ['ORM', 'sqlc', 'SQL', 'EXPLAIN ANALYZE']),
  say(T, "Are you still anti-ORM? Is that this month's hill?"),
  say(B, "Am I anti-ORM, or am I anti not knowing what your ORM sends to the database? Because those are different hills. I'm fine with ORMs. I'm not fine with people who've never looked at the {SQL|sequel} their ORM generates."),
  say(T, "That's a very careful answer."),
  say(B, "It's a careful hill. Here's what happened. A new service at work, written with one of the fancy {TypeScript|typescript} ORMs, {Prisma|Prisma}, and the list endpoint made four hundred queries per page. Classic {N+1|N plus one}. Load the bookings, then for each booking, load the traveller, one at a time."),
  say(T, "{Active Record|Active record} has done that to every Rails developer who has ever lived. {includes|Includes} is the first thing you learn after you learn that."),
  say(B, "Right, and {Prisma|Prisma} has an answer too, you just have to ask for it. That's my point. The tool isn't the problem. The problem is nobody had ever turned on query logging. So in our Go services we went the other way. We use {sqlc|SQL C}. You write the {SQL|sequel} by hand, in a file, and it generates type-safe Go functions from it. The query is right there in the code review."),
  say(T, "I've seen people hate that, though. Writing every query by hand."),
  say(B, "Some people hate it. I love it, because the {SQL|sequel} is the thing that runs, and now it's the thing we review. And when something is slow, I can paste it straight into {psql|P SQL} with {EXPLAIN ANALYZE|explain analyze} in front and see the actual plan, the real row counts, whether it used the index. You can't do that if the query only exists at run time inside a library."),
  say(T, "Okay, but {sqlc|SQL C} means you've given up on building queries dynamically, right? Our search page has eleven optional filters. I'm not writing two thousand and forty-eight queries by hand."),
  say(B, "No, and for that one page you'd use a query builder, or a bit of careful string building with parameters. Nothing wrong with that. It's one page. The mistake is letting the one weird page decide how you write the other three hundred queries, which are all boring and all look the same."),
  say(T, "So your position is that ORMs are fine as long as everyone is secretly a DBA."),
  say(B, "My position is that everyone should know how to read an {EXPLAIN|explain} plan, and that {pg_stat_statements|PG stat statements} should be turned on everywhere, so you can see your top ten queries by total time. That's maybe two hours of learning, and it pays you back forever. {Also|Also,} I'm aware I sound like somebody's uncle. §Anyway, the robots write most of our queries now, so maybe none of this matters. Has your team let the robots loose on migrations yet?"),

  seg('topic', T, 'Letting AI coding agents write migrations: Claude Code, Copilot and reviewing what they produce', ['AI', 'Claude Code', 'migrations', 'code review'], { mid: true }),
  say(T, "Funny you should say that, because we had a whole argument about it last week. Half my team uses {Claude Code|Cloud Code} now, and a few people use {Copilot|co-pilot} in the editor, and for most things it's honestly good. It writes tests, it writes the boring controller changes, fine."),
  say(B, "I sense a but."),
  say(T, "But someone asked it to add an index to a big table, and it wrote a perfectly normal Rails migration. Plain add index, no concurrently, no algorithm option. Which is exactly what most of the migrations it learned from look like. {Strong_migrations|Strong migrations} caught it, which made me very smug for about a minute."),
  say(B, "Only a minute?"),
  say(T, "Then I thought about who reviews these things. The pull request looked completely reasonable. The reviewer approved it in four minutes. If we hadn't had a machine checking the machine, it would've gone out. So now our rule is that a person has to be able to explain every line of a migration in the review, out loud if asked, no matter who or what wrote it."),
  say(B, "That's a good rule. It's also a rule that will quietly stop being followed by March."),
  say(T, "Very likely. But it gives me something to point at. And I'll admit, the agent is great at the other direction. I asked it to read our whole migrations folder and list every one that would lock a table for longer than a second on production sizes. It found two I'd missed."),
  say(B, "That's the use I actually like. Reading, not writing. It doesn't get bored on migration two hundred and eight."),
  say(T, "It really doesn't. And it's patient with the question nobody on the team wants to ask twice. One of our juniors has been using it to explain query plans to her, step by step, and then she checks what it said against the docs. That's honestly how I'd want anyone to learn. Trust it like a confident new colleague: helpful, fast, sometimes completely wrong, and never embarrassed about it."),

  seg('topic', T, 'Staff engineer or engineering manager: the offer, the pendulum and what you give up', ['engineering manager', 'staff engineer', 'career']),
  say(T, "Okay, I have to tell you something, and it's been burning a hole in my pocket all episode. My manager is leaving at the end of the year, and they've asked me whether I want the job."),
  say(B, "Hold on a second. The manager job. Your manager's job."),
  say(T, "My manager's job. Seven people, two of whom I hired, one of whom I trained, and one of whom still owes me a lunch."),
  say(B, "And? Do you want it?"),
  say(T, "Do I look like I know? That's why I'm telling you on a recording instead of deciding like an adult. I like the technical work. I like being the person who knows why the lock queue does that. But I've been staff for two years, and so much of what I do already is the stuff people call glue work. Writing the design docs, unblocking people, running the migration review. Some days I don't open my editor at all."),
  say(B, "So the question is whether you'd rather do that glue work with the title and the authority, or without them."),
  say(T, "That's one question. The other is whether I can come back. Everyone quotes that post by Charity Majors about the pendulum, going back and forth between engineer and manager every few years. And I love the idea. I just don't know anyone at my company who's actually swung back."),
  say(B, "I know one. My old team lead did two years as a manager and then went back to being an engineer, and he was a better engineer afterwards. Annoyingly better. He'd stop and ask who this change was actually for. He'd seen all the meetings from the other side."),
  say(T, "Right, sure.", { swallow: true }),
  say(B, "But he also said the first six months back were hard, because his technical skills had rusted more than he expected. He'd missed a whole migration to Kubernetes. If you do it, I'd keep one small technical thing that's yours, a tool or a service, something you still ship."),
  say(T, "That's good advice. I hate that it's good advice. My worry is the opposite, really. That I'll be a manager who keeps grabbing the interesting tickets because I can't let go, and the team never gets to grow into them."),
  say(B, "Then you make a rule for yourself, like your migration rule. No tickets on the critical path. You can own the little tool, but never the thing the sprint depends on. Listen to me, full of advice today. And coffee."),
  say(T, "Can I ask the annoying question back? Would you ever do it?"),
  say(B, "Me? I'd be a terrible manager. I'd spend every one-to-one talking about {EXPLAIN|explain} plans. No way. §I think I'm one of those people who is happiest being on call for something I understand completely, which I know sounds insane."),

  seg('topic', B, 'On-call that does not burn people out: paging on symptoms, SLOs and error budgets', ['on-call', 'SLO', 'error budget', 'alerting'], { mid: true }),
  say(T, "It does sound insane. Nobody likes being on call."),
  say(B, "I like a good on-call. I hate a bad one. And we had a bad one for years. Last spring, one of us was paged twenty-three times in a week, and maybe two of those needed a human. Disk at eighty percent, a replica lagging by four seconds, a health check that flapped when a deploy was running."),
  say(T, "The disk at eighty percent one. Everyone has the disk at eighty percent one."),
  say(B, "Everyone has it, and it's never once been urgent at three in the morning. So we did the thing everyone recommends and nobody does. We deleted most of our alerts. Not muted. Deleted. The only things that can page a person now are symptoms a customer would feel: searches failing, bookings failing, checkout getting slow. Everything else goes to a ticket queue that someone looks at during the day."),
  say(T, "And you page on what exactly? Error rates?"),
  say(B, "We wrote {SLOs|S L Os} for the five things customers care about, like ninety-nine point nine percent of booking requests succeed over thirty days. Then the alert is on how fast we're burning the error budget. If we're burning it so fast that we'll run out in a couple of days, page someone. If it's a slow leak, a ticket. It sounds bureaucratic, but it's the first time the pager has agreed with my gut."),
  say(T, "Didn't people panic when you deleted the alerts? Somebody always says, but what if the disk fills up."),
  say(B, "Somebody said exactly that, in those words. So we kept a disk alert, but it fires on how fast the disk is filling, not how full it is: page me if it'll be full within four hours. That one has fired once, and it was a runaway log file, and it was real."),
  say(T, "Hah, classic.", { swallow: true }),
  say(B, "Every other disk alert we had was just a number somebody picked in 2019."),
  say(T, "How many pages now?"),
  say(B, "Last month, four in total, across the whole rotation. And all four were real. I think that's why I can say I like it. When the pager goes, it means something, and I'm not already exhausted when it does."),
  say(T, "I'm stealing that for our team. Our pager goes off when {Sidekiq|side kick} sneezes."),

  seg('topic', T, 'Moving background jobs off Redis and Sidekiq onto Postgres with Solid Queue and SKIP LOCKED', ['Solid Queue', 'Sidekiq', 'SKIP LOCKED', 'Postgres as a queue']),
  say(B, "Is that still the situation? Are you still running {Sidekiq|side kick} on that one sad {Redis|Redis} box?"),
  say(T, "Would I sound this cheerful if I were? Not a chance. We moved off it in the summer. The jobs live in Postgres now, with {Solid Queue|solid Q}, the thing that became the default in Rails 8."),
  say(B, "Jobs in the database. Somebody in my team would faint."),
  say(T, "Somebody in mine did faint, a little. The objection is always that a database is not a queue. But modern Postgres makes a perfectly good queue at our size, because of {SKIP LOCKED|skip locked}. A worker selects the next job {FOR UPDATE SKIP LOCKED|for update skip locked}, so if another worker already has that row locked, it doesn't wait, it just takes the next one. No two workers fight over a job, and nobody blocks."),
  say(B, "What about the cost? Every job is a row, inserted, updated, deleted. That's a lot of churn, and {autovacuum|auto vacuum} has to clean up after all of it."),
  say(T, "It is churn, and you do have to watch vacuum on those tables. But we run maybe two hundred thousand jobs a day, which is nothing for Postgres. What we got in exchange is huge: a job is enqueued in the same transaction as the data it's about. If the booking rolls back, the confirmation email job rolls back with it. With {Redis|Redis} we had a whole class of bugs where the email went out for a booking that didn't exist."),
  say(B, "Okay, that part I'm jealous of. The transactional part."),
  say(T, "And it's one less thing to run, patch and be paged about. One less box. Other ecosystems have had this for ages. {Oban|Obon} in Elixir, {River|river} in Go, they do the same trick."),
  say(B, "We have {River|river} in one service, actually. But we'll never move the big stuff off {Kafka|Kafka}. We push a few thousand events a second through it, and there are twelve teams reading the same streams."),
  say(T, "And you shouldn't. That's my whole point. It's not Postgres for everything. It's Postgres until you can say exactly why not, and you can. {Twelve|12} teams reading one stream is a very good why not."),
  say(B, "That's annoyingly reasonable of you. What made you finally pull the trigger on moving, though? {Sidekiq|Side kick} was fine for years."),
  say(T, "The {Redis|Redis} box ran out of memory on a Sunday, during a backlog, and dropped a pile of jobs on the floor. Nobody lost money, but a few hundred reminder texts never went out, and a vet clinic rang us to ask why half their Monday didn't show up. After that, keeping the jobs next to the data felt less like fashion and more like common sense. Speaking of Postgres, though, and of your heroic upgrade. §Eighteen is out, by the way, did you notice? You did all that work to get to seventeen, and they moved the finish line."),

  seg('topic', B, 'Postgres 18: asynchronous I/O, uuidv7 and pg_upgrade keeping planner statistics', ['Postgres 18', 'asynchronous I/O', 'uuidv7', 'pg_upgrade'], { mid: true }),
  say(B, "Don't remind me. I saw. End of September. And the most painful bit is that one of its headline features would have saved us those forty minutes. {pg_upgrade|PG upgrade} in eighteen keeps the planner statistics, so you don't start on a cold planner. It wouldn't have helped with our blue/green switch, because that's logical replication, but still. Personal attack."),
  say(T, "What else is in it? I only read the headline."),
  say(B, "The big one is asynchronous I/O. Postgres can now issue a batch of reads at once instead of one at a time and waiting, so sequential scans and vacuum get faster, especially on cloud disks where each read has a lot of latency. There's a setting, {io_method|IO method}, and on Linux you can pick {io_uring|IO uring}."),
  say(T, "Is there anything a normal application developer will notice?"),
  say(B, "{uuidv7|UUID v7}. There's a built-in function now. It gives you {UUIDs|UU IDs} that start with a timestamp, so they sort by creation time. If you use random {UUIDs|UU IDs} as primary keys, every insert lands in a random spot in the index. With version seven, inserts go at the end, like a sequence would, and the index stays much happier."),
  say(T, "Isn't there a catch? Everything with a timestamp in it has a catch."),
  say(B, "The catch is that the ID now leaks when the row was created. For bookings I don't care. For anything where the creation time is private, you'd keep a random one. {It's|Its} a choice, not a default."),
  say(T, "And you don't have the sequence problem you had with the upgrade."),
  say(B, "Oh, I hadn't even thought of that. No sequences to forget. There's also {OAuth|O auth} login support, virtual generated columns as the default, and skip scans on multicolumn indexes, which will quietly speed up a lot of queries nobody's looked at. {We'll|Will} go to eighteen next year, probably. After a rehearsal."),
  say(T, "After a rehearsal. Paint that on your bike."),

  seg('outro', T, 'Goodbye', []),
  say(T, "I think that's us. I came in with a job offer and I'm leaving with homework. If you've swung back from management, or you've got a migration horror story, we'd love to hear it, and you know where we are."),
  say(B, "Write to us. Especially the migration stories. I collect them."),
  say(T, "He really does. Thanks, {Bram|Brom}."),
  say(B, "Thanks, {Tamsin|Tamzin}. Good luck with the decision."),
];

export const SPEAKERS = [
  { name: T, aliases: ['Tamsin Okafor', 'Tamsin', 'Okafor', 'Tamzin'] },
  { name: B, aliases: ['Bram de Vries', 'Bram', 'de Vries', 'Vries', 'Brom'] },
];
