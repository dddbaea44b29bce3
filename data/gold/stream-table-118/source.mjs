// Source of Stream Table #118 (SYNTHETIC held-out episode, heldout16): a one-host one-guest INTERVIEW about
// stream processing, written in the style of Software Engineering Daily transcripts (a host monologue that
// introduces the guest in the third person, sponsor messages in their own sections, then the interview).
// Invented: the show; the host Dominic Ashworth; the guest Anouk Verbeek, who leads the streaming platform team
// at Parcelon, a parcel carrier in the Benelux and Germany; the sponsors "Tallyhook" (data freshness alerts) and
// "Quaystack" (a preview environment per pull request); the depot outage, the renamed field, the vans and every
// anecdote. Recorded Tuesday 17 June 2025; the technology is real but told from memory.
// Rendered by build.mjs into transcript.txt (SE Daily layout: section markers, `[h:mm:ss.d] XX: text` with the
// speaker's INITIALS) and episode.html (a Podcasting 2.0 HTML transcript: <cite>, <time>, <p>).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text) as in the shared renderer, plus
// mark(name): a section marker line of transcript.txt (`[INTRODUCTION]`, `[SPONSOR MESSAGE]`, `[INTERVIEW]`,
// `[INTERVIEW CONTINUED]`, `[END OF INTERVIEW]`, `[END]`); html has no markers. A marker right after a seg opens
// the segment at the marker line.
// Marks inside the text:
//   §          a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   ⟨...⟩      a spoken URL, kept as words in both files (the brackets are dropped).
// Conventions: every discussion topic is presented by the GUEST, who carries it, including the ones she raises
// herself; the host presents the intro, the sponsors (he reads them) and the outro; a question or hand-over
// line belongs to the NEW segment.
import { say, seg } from '../build-episode.mjs';

export const H = 'Dominic Ashworth';
export const G = 'Anouk Verbeek';
export const mark = (name) => ({ mark: name });

export const SOURCE = [
  seg('intro', H, 'Introduction: Anouk Verbeek on stream processing at a parcel carrier', []),
  mark('INTRODUCTION'),
  say(H, "Most companies still find out what happened yesterday from a batch job that ran overnight. Stream processing promises to shrink that gap to seconds, and over the last year the ground underneath it has shifted. Apache Kafka 4.0 shipped without ZooKeeper, Flink reached 2.0, a new generation of Kafka-compatible systems writes straight to object storage, and nearly everybody now wants their streams to end up as Apache Iceberg tables. Anouk Verbeek leads the streaming platform team at Parcelon, a parcel carrier that handles several million scans a day across the Benelux and Germany. She has moved production clusters off ZooKeeper, run Flink jobs with terabytes of state, and argued with a great many people about exactly-once."),
  say(H, "In this episode we talk about how a parcel becomes an event, the KRaft migration, Redpanda and WarpStream, schema registries and the renamed field that stopped a depot, change data capture with Debezium, Flink SQL next to Kafka Streams, state backends and RocksDB, watermarks for delivery vans with no signal, and why so many streams now end in a table. I'm Dominic Ashworth, and this is Stream Table."),

  seg('sponsor', H, 'Sponsor: Tallyhook', ['Tallyhook']),
  mark('SPONSOR MESSAGE'),
  say(H, "Your dashboards are green, your jobs say succeeded, and the numbers are from Thursday. Tallyhook watches the freshness of every table and topic your pipelines produce, learns when each one normally updates, and tells you in Slack the moment something is late, before your finance team does. It reads lineage from dbt, Airflow and Kafka Connect, so the alert names the upstream job that actually stalled. Setup takes an afternoon and there's no agent to install. Try it free for thirty days at ⟨tallyhook dot io slash streamtable⟩."),

  seg('topic', G, 'From nightly batch jobs to parcel events: why a carrier moved to streaming', ['streaming', 'parcel events', 'batch']),
  mark('INTERVIEW'),
  say(H, "Anouk, welcome to the show."),
  say(G, "Thanks, Dominic. Glad to finally do this, we've been emailing about it since February."),
  say(H, "We have. Let's start with the parcels, because I think people underestimate them. What does a parcel look like, as data, at Parcelon?"),
  say(G, "It looks like a long list of small facts. A parcel gets scanned when the sender's pallet arrives at a hub, it gets scanned on the sorter, again when it's loaded on a trailer, when it arrives at the depot, when a driver picks it up in the morning, and then at the door or at the locker. On a normal weekday that's somewhere around nine million scan events, and in the week before Christmas it's closer to twenty-five million."),
  say(G, "And for a long time all of that went into a database, and at two in the morning a big batch job worked out which parcels were late, which depots were overloaded, and what we should tell customers. The problem is that nobody cares at two in the morning. The customer wants to know at eleven in the morning whether the driver is coming today. So about five years ago we put the scans on Kafka, and everything that used to be a nightly report slowly turned into something that updates while the van is still driving."),
  say(H, "Why Kafka, back then? Five years ago there were other options on the table."),
  say(G, "There were, and we had RabbitMQ already for some of the older integrations. The deciding thing was replay. With a queue, once a message is consumed it's gone. With a log, a new team can show up a year later and read the last seven days from the beginning, and that turned out to matter more than any benchmark. Half the products we built later were only possible because the history was still sitting there."),
  say(H, "How big is the team that runs all this?"),
  say(G, "Seven people on the platform itself. We run the clusters, the connectors, the Flink deployment and the schema tooling, and about fifteen product teams build on top of it. We're a shared service, which means we're everyone's favourite team to blame."),

  seg('topic', G, 'Kafka 4.0 drops ZooKeeper: migrating production clusters to KRaft', ['Kafka 4.0', 'KRaft', 'ZooKeeper']),
  say(H, "Kafka 4.0 came out in March, and the headline is that ZooKeeper is gone completely. For people who never had to operate it, what was ZooKeeper actually doing for Kafka?"),
  say(G, "It held the metadata. Which brokers exist, which topics and partitions there are, who leads each partition, the configs, the access control lists. One broker was elected as the controller, and it kept that state in ZooKeeper, which was a whole separate distributed system with its own ensemble, its own tuning, its own way of failing at night. So you were running two clusters to get one."),
  say(G, "KRaft replaces that with Kafka's own machinery. The metadata becomes a log, an internal topic, and a small quorum of controllers agree on it with a Raft-style protocol. The brokers just follow that log like any other consumer would. The proposal behind it, KIP-500, is years old, KRaft was declared production-ready back in the 3.x line, and 4.0 is simply the release where ZooKeeper mode is deleted."),
  say(H, "So you can't go straight from a ZooKeeper cluster to 4.0?"),
  say(G, "No, and that catches people. You migrate while you're still on 3.x, ideally 3.9, which is the bridge release. You bring up the new controllers, the cluster runs for a while in a dual-write mode where metadata goes to both places, you roll the brokers over, and only when ZooKeeper is completely out of the picture do you upgrade to 4.0. We did our three big clusters over about two months. The actual cutover was boring, which is the best thing I can say about any migration."),
  say(H, "How many controllers did you end up with, and do they share machines with the brokers?"),
  say(G, "Three per cluster, on their own small machines. You can run combined mode, where a node is both broker and controller, and for a development cluster that's fine. In production we wanted the metadata quorum to be boring and isolated, so a broker that's drowning in a rebalance can't take the controller down with it."),
  say(G, "What we noticed afterwards was mostly around recovery. A controller failover used to take long enough that you'd see a little cliff in the producer latency graphs, and now it's basically invisible. And 4.0 also brought the new consumer group protocol to general availability, where the broker coordinates rebalances instead of every consumer stopping the world, so the depots stopped getting those short freezes every time we deployed a consumer. §That migration, to be fair, is also what made us ask whether we should be running brokers ourselves at all."),

  seg('topic', G, 'Redpanda, WarpStream and diskless Kafka on object storage', ['Redpanda', 'WarpStream', 'object storage'], { mid: true }),
  say(H, "Did you look at the alternatives seriously, or was it a thought experiment?"),
  say(G, "Seriously. We ran two proofs of concept. The first was Redpanda, which speaks the Kafka protocol but is written in C++, no JVM, a thread-per-core design, and it never had ZooKeeper in the first place, every partition is its own Raft group. Our clients didn't notice the difference, which is the whole point. Latency was excellent. In the end the reason we didn't move the main clusters was mostly people, we have years of Kafka operational knowledge and a switch would have reset that."),
  say(G, "The second one was more interesting to me. WarpStream, which Confluent bought last year, doesn't keep data on broker disks at all. The agents are stateless and write straight into S3, so you don't pay for replication traffic between availability zones, and that cross-zone bill is honestly most of what Kafka costs in a cloud. The trade-off is latency, you're looking at hundreds of milliseconds instead of single digits. There's even a proposal upstream now, KIP-1150, to add diskless topics to Apache Kafka itself."),
  say(H, "Hundreds of milliseconds sounds like a lot, for a streaming system."),
  say(G, "It depends on who's waiting. A person waiting for a tracking update won't notice. A sorter that has to decide which chute a parcel goes down in the next half second would absolutely notice, and that's the kind of path where we'd never accept it."),
  say(G, "So we split it. The tracking path, where a driver's scan has to reach the customer's phone quickly, stays on our own Kafka clusters. The telemetry from the handheld scanners, battery levels, app logs, GPS pings, all that high-volume stuff where nobody minds a second of delay, goes to WarpStream. The storage bill for that firehose dropped by more than half. Which is nice, but to be honest, the worst outage we've ever had wasn't about brokers at all. It was a field."),

  seg('topic', G, 'Schema registry, Avro versus Protobuf, and the renamed field that stopped a depot', ['schema registry', 'Protobuf', 'Avro']),
  say(H, "Hold on. A field? One field?"),
  say(G, "One field. This was before we had a schema registry. Events were JSON, and a team that owned the sorter integration renamed depot ID to depot code, because the new name was more accurate. Completely reasonable change. The routing service downstream didn't fail, it just read a null, and a null depot fell through to a default. For about three hours one depot in Utrecht received parcels meant for half of Gelderland."),
  say(H, "That's a lot of parcels in the wrong van."),
  say(G, "It's a lot of very polite apologies. After that we made a schema registry mandatory. We run one that's compatible with the Confluent Schema Registry API, so every serializer knows how to talk to it. Every topic has a registered schema, and the producer's serializer puts a small schema ID at the front of each message, so a consumer always knows exactly which version it's reading. And each subject has a compatibility rule. Most of ours are backward compatible, which means a new schema must still be able to read data written with the previous one, and the registry simply rejects a change that would break that. So the rename would have failed in the producer team's CI instead of in a depot."),
  say(H, "And people can't just skip the registry and write raw bytes to a topic?"),
  say(G, "They could, technically. So the brokers only accept writes from service accounts, and the only way to get one is through a small internal tool that also creates the topic and registers its first schema. We made the right path the only convenient one."),
  say(G, "Then we had the Avro versus Protobuf argument, which took longer than the outage. Avro is lovely for data, the schema resolution with defaults is very well thought through, and the analytics people liked it. Protobuf won because our handheld scanners and our internal services already spoke gRPC, and the mobile team did not want two formats. With Protobuf the rule is basically that field numbers are forever. You can add fields, you can stop using them, but you never reuse a number. We have that written on a sticky note in three offices."),

  seg('sponsor', H, 'Sponsor: Quaystack', ['Quaystack']),
  mark('SPONSOR MESSAGE'),
  say(H, "Reviewing a pull request from a screenshot is guesswork. Quaystack gives every pull request its own full environment, your services, a seeded database and even a small Kafka cluster, spun up in under two minutes and torn down when the branch merges. Reviewers click a link and try the change for real, and your test suite runs against something that looks like production instead of a pile of mocks. It works with GitHub and GitLab, and you only pay for the minutes environments are actually running. Start at ⟨quaystack dot dev⟩."),

  seg('topic', G, 'Change data capture with Debezium and the outbox pattern', ['Debezium', 'change data capture', 'outbox']),
  mark('INTERVIEW CONTINUED'),
  say(H, "I want to go upstream for a bit. Not everything at Parcelon starts life as an event, right? A lot of it starts as a row in a database somewhere."),
  say(G, "Most of it, actually. The customer service system, the pricing system, the address book of every locker, those are ordinary applications on Postgres, and they were never going to be rewritten to publish events. So we use Debezium for change data capture. It reads the database's own write-ahead log, through a logical replication slot on Postgres, and turns every insert, update and delete into an event on a Kafka topic. It runs as a set of connectors on Kafka Connect, and the application doesn't even know it's there."),
  say(G, "There are two things I warn every team about. First, a replication slot holds on to the write-ahead log until the connector has read it. If the connector is down over a long weekend, the log just keeps growing on the primary, and we once came within a few gigabytes of filling a production disk that way. Now we alert on slot lag like we alert on disk space. Second, raw table changes leak your schema to the world. If you publish your internal tables, every consumer couples to your column names."),
  say(H, "Which is where the outbox comes in?"),
  say(G, "Exactly. For anything other teams depend on, the service writes a proper event into an outbox table, in the same transaction as its real change, and Debezium's outbox event router picks up only that table and routes each row to the right topic. So you get a clean, deliberate event, and you can't end up with the database saying one thing and Kafka another, because both were written in one commit."),
  say(H, "What about the data that was already in the table before you turned the connector on?"),
  say(G, "Debezium takes a snapshot first. It reads the existing rows, emits them as events, and then switches to streaming changes from the log. On a big table that used to lock things or take a whole night. The newer incremental snapshots read in chunks alongside the live stream, so we can re-snapshot one table on a Tuesday afternoon without anyone noticing."),

  seg('topic', G, 'Flink and Flink SQL, and where Kafka Streams still fits', ['Flink', 'Flink SQL', 'Kafka Streams']),
  say(H, "So now everything is flowing into Kafka. Who does the actual thinking?"),
  say(G, "Two engines, on purpose. For small things that belong to one team, a service that keeps a running count per depot or enriches scans with a lookup, we use Kafka Streams. It's just a library in a normal Java application. You deploy it like any service, it keeps its state in local stores with changelog topics behind them, and it scales with the number of partitions. There's no cluster to ask permission from, which teams love."),
  say(G, "For anything that joins several big streams, or keeps a lot of history, or that the analytics side writes, we use Apache Flink. We run it on Kubernetes with the Flink operator, one application cluster per job. And the biggest change over the last two years is that most new jobs aren't Java any more, they're Flink SQL. The delivery promise job, which joins every scan against the promised delivery window and flags the parcels that are drifting, is about a hundred and forty lines of SQL. The old Java version was a few thousand."),
  say(H, "Why keep both, though? Wouldn't one engine be simpler for a team of seven?"),
  say(G, "Simpler for us, worse for everybody else. If every small team had to put a job on a shared Flink cluster, they'd queue up behind us for every change. With Kafka Streams they own the whole thing, the deployment, the scaling, the pager. We only step in when the state or the joins get too big for one service."),
  say(H, "Did Flink 2.0 change anything for you?"),
  say(G, "Not much yet, honestly. It removed a lot of old APIs, the DataSet API and the Scala API are gone, so we had some housekeeping. The part I'm excited about is disaggregated state, where the working state can live in object storage instead of on the task manager's local disk. We haven't moved production jobs to it, but it goes right at our biggest operational pain."),

  seg('topic', G, 'State backends, RocksDB, checkpoints and what exactly-once really guarantees', ['RocksDB', 'checkpoints', 'exactly-once']),
  say(G, "Because the part of Flink that decides whether you sleep at night is state. Our delivery promise job remembers the last known position of every open parcel, which is a few hundred gigabytes. That doesn't fit on the heap, so it lives in the RocksDB state backend, which keeps it on local disk in an embedded key-value store. Every minute Flink takes a checkpoint, and with incremental checkpoints it only uploads the files that changed since the last one to S3. When a task manager dies, the job restarts from the last checkpoint and replays Kafka from the offsets stored in it."),
  say(H, "How long does that restart take, with a few hundred gigabytes of state?"),
  say(G, "From local disk, under a minute. When the machine is gone and the state has to come back from S3, ten or twelve minutes, which is why I'm so interested in the disaggregated state work. Ten minutes of stale tracking in December is ten minutes of phone calls."),
  say(H, "And that's where exactly-once comes from?"),
  say(G, "That's half of it. Inside Flink, the checkpoint barriers flow through the job with the data, so every operator's state and every source offset are captured at one consistent point. Inside the job, each event affects the state exactly once, even after a crash. But to be exactly-once end to end, the output also has to be rolled back, and that's where Kafka transactions come in. Flink's Kafka sink writes into a transaction, commits it only when the checkpoint completes, and consumers that read with read committed never see the uncommitted part."),
  say(G, "The fine print is the transaction timeout, which has to be longer than your worst checkpoint, or the broker aborts transactions under you and you lose data in a very confusing way. And the other fine print is that none of this covers the outside world. If your job sends a text message to a customer, Kafka can't un-send it. So our notification service uses an idempotency key per parcel and per status, and it just ignores a repeat. I tell people exactly-once is a property of a system, not a checkbox on a connector."),

  seg('topic', G, 'Event time and watermarks for delivery vans with no signal', ['watermarks', 'event time', 'late data']),
  say(H, "You said vans with no signal right at the start, and I've been waiting to ask. What happens when a scan shows up forty minutes late?"),
  say(G, "That is the single most Parcelon question there is. Drivers go into underground car parks and rural areas, and the scanner keeps working offline and uploads everything in a burst when it reconnects. So if you count by the time the event reaches Kafka, the processing time, a driver looks idle for forty minutes and then delivers thirty parcels in one second. Every window we compute uses event time instead, the time written on the scan itself."),
  say(G, "Watermarks are how Flink decides when a window is finished in event time. A watermark is the job saying, I believe I've now seen everything up to this timestamp. We generate them with bounded out-of-orderness, so the watermark trails the newest event by a few minutes. And in Flink SQL it's one line in the table definition, a watermark on the scan time column minus an interval."),
  say(H, "But forty minutes is a lot more than a few minutes."),
  say(G, "Right, and you can't hold every window open for forty minutes just in case, the dashboards would always be forty minutes stale. So windows close on the watermark, and anything later than that goes to a side output, and a small correction job adjusts the numbers and re-emits them. The other trap is idle partitions. A watermark can only advance as fast as the slowest partition, and at night some partitions get nothing at all, so the whole job would sit there waiting. Marking sources as idle after a timeout fixed that."),

  say(H, "So the stream is the source of truth, and then the numbers get corrected afterwards, and somebody, presumably, wants to query all of that with SQL on Monday morning. §Which I suppose brings us to the table half of this show's name."),
  seg('topic', G, 'Streams into tables: landing Kafka topics in Apache Iceberg', ['Apache Iceberg', 'Iceberg', 'lakehouse'], { mid: true }),
  say(G, "It does. Everything that matters eventually lands in Apache Iceberg. Iceberg is a table format, so your data is just Parquet files in object storage, but there's a metadata layer on top, snapshots and manifests, that gives you proper tables with atomic commits, schema evolution and hidden partitioning. The analysts query it from Trino and Spark, the data scientists from Python, and nobody has to know that a Flink job wrote it."),
  say(G, "Our Flink jobs write with the Iceberg sink, and it commits a new snapshot on every checkpoint, so the table is exactly as consistent as the job. The catch is small files. A commit every minute from forty parallel writers gives you a lot of tiny files, so we run compaction jobs every hour that rewrite them into bigger ones and expire old snapshots. That maintenance is where most teams underestimate the work."),
  say(H, "Why not just keep the data in Kafka forever and query the topics? Some people do argue for that."),
  say(G, "For replaying a week, sure. But a topic is ordered by arrival, not by depot or by day, so every question becomes a full scan. And retention on brokers is expensive storage. The table is where history should live. The topic is where things happen."),
  say(G, "And the vendors have noticed. Confluent has Tableflow, which materialises a topic as an Iceberg table for you, and Redpanda has Iceberg topics, where the broker writes the table itself. I think within a couple of years, most people won't write that sink job at all. The stream and the table become two views of the same data, which is a sentence I would have laughed at five years ago."),

  seg('outro', H, 'Thanks and goodbye', []),
  say(H, "Anouk, this was a great tour from the scanner to the table. Thank you for coming on the show."),
  say(G, "Thank you for having me. And if anyone wants the sticky note about field numbers, our engineering blog is at ⟨parcelon dot tech slash blog⟩."),
  mark('END OF INTERVIEW'),
  say(H, "That's it for this episode of Stream Table. Show notes, with links to everything Anouk mentioned, are on our website, and if you have a guest you'd like us to have on, we read every suggestion. Thanks for listening."),
  mark('END'),
];

export const SPEAKERS = [
  { name: H, aliases: ['Dominic Ashworth', 'Dominic', 'Ashworth', 'DA'] },
  { name: G, aliases: ['Anouk Verbeek', 'Anouk', 'Verbeek', 'AV'] },
];
