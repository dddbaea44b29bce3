// Builds Data Chat #42 (synthetic, written by the podtopics developers on 2026-11-22): an
// interview show, one host and one guest, data engineering. Renders labeled.txt (`Name: text`
// lines with mixed label forms — full name, caps first name, first name, a few typos — and
// unlabeled continuation lines) and gold.json with its offsets. Everything comes from the one
// list of segments and paragraphs below, so offsets are exact.
// Rerun with `node data/gold/data-chat-042/build.mjs` and review the diff. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const M = 'Maria Gonzalez';
const D = 'Devon Okafor';
const LABEL = { [M]: 'Maria Gonzalez', [D]: 'DEVON' };

// seg(kind, presenter, title, titleKeys, {mid}) opens a segment at the next paragraph, or, with
// mid: true, at the `§` mark inside the paragraph before it.
// say(speaker, text, opts): lab = label as written (null: unlabeled continuation line),
// amb = speaker undecidable by reading.
const seg = (kind, presenter, title, titleKeys, opts = {}) => ({ seg: kind, presenter, title, titleKeys, ...opts });
const say = (speaker, text, opts = {}) => ({ speaker, text, ...opts });

const SOURCE = [
  seg('intro', M, 'Welcome and guest introduction', []),
  say(M, "Hi everyone, welcome to Data Chat, the podcast about the people and the plumbing behind modern data teams. I'm your host, Maria Gonzalez, and this is episode 42. We're recording on Friday, March 14th, 2025, which is Pi Day, so there will be at least one bad pie chart joke before we're done."),
  say(M, "My guest today is Devon Okafor. Devon is a staff data engineer at Harbor Freight Lines, which is a trucking and logistics company, so think a few thousand trucks, every one of them sending a GPS ping every thirty seconds. Before that Devon spent six years building risk reporting at a bank, and he's the person who wrote that blog post a lot of you sent me last fall, the one called We Turned Off the Cluster. Devon, welcome to the show.", { lab: null }),
  say(D, "Thanks, Maria. Happy Pi Day. I'm already nervous about the pie chart joke.", { lab: 'Devon Okafor' }),
  say(M, "You should be. So before we get into it, how did you end up in data engineering? Because I feel like nobody plans to."),
  say(D, "Nobody plans to, right. I was an economics major, I was doing Excel all day at the bank, and at some point the spreadsheet got too big to open. Literally, it would crash. So somebody said, you should learn SQL, and then I learned SQL, and then I was the SQL person, and then one day there was a job posting that said data engineer and I was like, I think that's me? That was, what, 2016. I never really left."),
  say(M, "The spreadsheet got too big to open. That's, honestly, half of the origin stories on this show."),

  seg('topic', D, 'Turning off the Spark cluster: moving nightly jobs to DuckDB', ['Spark', 'DuckDB', 'cluster']),
  say(M, "Okay, so let's talk about the post. The short version, for people who haven't read it, is that you had a bunch of Apache Spark jobs running every night, and you replaced most of them with DuckDB. Which a lot of people read as Spark is dead, and I don't think that's what you said."),
  say(D, "No, and I got a lot of angry emails from people who read the headline only. So, context. When I joined Harbor, there was a Spark cluster on EMR, on AWS, that ran every night from about one in the morning to six. It did maybe forty jobs. Most of them were aggregations. Take yesterday's GPS pings, join them to the trip table, compute miles driven, idle time, fuel stops, that kind of thing, and write the results out for the dashboards. And the cluster cost, I won't say the exact number, but it was more than my salary. Per year, obviously. Not per night."),
  say(M, "I was going to say."),
  say(D, "And one day I was debugging one of those jobs, and I pulled the input to my laptop to reproduce it. And I realized yesterday's pings, compressed, were about eleven gigabytes. That's it. It's a lot of rows, it's a few hundred million rows, but it's eleven gigabytes. That fits on a laptop. So I opened DuckDB, pointed it at the files, and ran the same aggregation in SQL. And it finished in, like, ninety seconds. On my laptop. While Slack was open.", { lab: 'DEVNO' }),
  say(M, "While Slack was open is the real benchmark."),
  say(D, "It's the only benchmark that matters. So that was the light bulb. And I want to be careful, because the Spark cluster wasn't wrong when they built it. Three years earlier the data was spread over a bunch of systems, they were doing a lot of joins across huge tables, and Spark made sense. What changed is, machines got bigger, the data got cleaner, and Duck DB showed up. A single node with a lot of memory can do what used to need a cluster."),
  say(D, "So what we did was, we took the forty jobs and sorted them. About thirty were these daily aggregations that read one day of data. Those moved to DuckDB, running in a container, one job per container, on a fairly big machine. The other ten, the ones that do things like the yearly backfills, or the machine learning feature pipeline that actually reads a year of history, those are still on Spark. We didn't kill Spark, we just stopped using it for things that don't need it.", { lab: null }),
  say(M, "How long did the migration take? Because I can imagine someone listening and thinking, great, that's a weekend project."),
  say(D, "It was not a weekend project. It was about four months, with two people. The SQL itself, honestly, was the easy part, because most of the jobs were Spark SQL already and DuckDB's dialect is pretty close. There's some function names that differ, date handling is always a little different. The hard part was everything around it. Retries, alerting, making sure the outputs were byte-for-byte, well, not byte-for-byte, but numerically the same as before. We ran both in parallel for a month and diffed the outputs every morning."),
  say(M, "Did they match?"),
  say(D, "Mostly. We found two bugs. In the old Spark jobs.", { lab: 'Devon' }),
  say(M, "Oh no. Oh, that's amazing."),
  say(D, "One of them had been double counting idle time for trucks that crossed midnight. For three years. So that was a fun meeting with the finance team."),

  seg('topic', D, 'Parquet on S3 and why the team is adopting Apache Iceberg', ['Parquet', 'Iceberg']),
  say(M, "I want to go a level down, because you keep saying pointed it at the files. What are the files? Where does the data actually live?"),
  say(D, "Right, so, everything lands as Parquet on S3. The trucks send pings to an ingestion service, that goes through Kafka, and there's a small consumer that batches the pings and writes Parquet files every five minutes, partitioned by date and by region. Parquet is, for anybody new, a columnar file format. Instead of storing row by row, it stores each column together, compressed. So if your query only needs the truck ID and the speed, it only reads those two columns and skips the rest. For our kind of data that's a huge difference."),
  say(M, "And DuckDB reads Parquet directly, right? You don't load it first?"),
  say(D, "Directly. You just say select star from read_parquet and give it an S3 path with a wildcard. It'll even push the filters down, so if you say where date equals yesterday, it only opens the files in that partition. That's the magic. The files are the database, kind of."),
  say(M, "Kind of. Let me push on that, because I feel like there's a but coming.", { lab: 'Maria' }),
  say(D, "There's a big but. The files are the database until two things write at the same time, or until somebody wants to delete something. We had a case last year, a customer asked us to delete their data, which, fair, that's their right. And with raw Parquet files on S3, deleting one customer's rows means rewriting every file that contains them. And if a job is reading while you're rewriting, it might see half of the old files and half of the new ones. There's no transactions. That's where table formats come in."),
  say(M, "Iceberg."),
  say(D, "Iceberg, yeah. Apache Iceberg. So we're in the middle of moving the main tables to Iceberg right now. The files are still Parquet underneath, that doesn't change. What Iceberg adds is a metadata layer on top, that says this table, at this moment, consists of exactly these files. So a writer can add new files, and then atomically swap the pointer, and readers either see the old version or the new version, never half. You get snapshots, you get time travel, you can say show me the table as it was last Tuesday. And deletes become manageable."),
  say(M, "Why Iceberg and not Delta Lake? Because I feel like a year ago everybody was choosing Delta."),
  say(D, "Honestly? A big part of it is that everything we touch can read it. Snowflake can read Iceberg tables, DuckDB has an Iceberg extension, Spark obviously, and there's a Python library, PyIceberg, that our data scientists like. Delta would've been fine too. Delta is great if you're all in on Databricks, and we're not. I don't want to start a format war on your podcast."),
  say(M, "Please don't. My inbox can't take it."),
  say(D, "The other thing I'll say, and this is more of a warning, the DuckDB Iceberg extension is still young. Reading works. Writing, last time I checked, you couldn't write Iceberg from DuckDB, so our writers still go through PyIceberg. That'll probably change by the time this airs, but check before you design around it.", { lab: 'DEVON' }),
  say(M, "Good. That's a good caveat. Okay, I want to talk about dbt and I want to talk about Snowflake, but first, a quick word from our sponsor."),

  seg('sponsor', M, 'Sponsor: Gridsight', ['Gridsight']),
  say(M, "This episode of Data Chat is brought to you by Gridsight. You know that feeling when the CEO messages you at eight a.m. saying the revenue dashboard looks weird, and you realize a pipeline silently loaded zero rows last night? Gridsight watches your warehouse and your pipelines, learns what normal looks like for freshness, row counts and distributions, and tells you before anybody else notices. It connects to Snowflake, BigQuery, Postgres, and Databricks in a few minutes, and it reads your dbt project so alerts point at the exact model that broke. Data Chat listeners get a free thirty day trial at gridsight dot io slash datachat. Thanks to Gridsight for supporting the show.", { lab: 'MARIA' }),

  seg('topic', M, 'Do you still need Snowflake? The "big data is dead" argument', ['Snowflake', 'big data is dead', 'big data']),
  say(M, "Okay, so I want to bring something to you, because I've been chewing on it for a couple of weeks. There's this argument going around, you've probably seen it, usually titled something like big data is dead. The claim is that, for the vast majority of companies, the data is small. The working set of the queries people actually run is a few gigabytes, not terabytes. And so all the distributed warehouses, Snowflake, BigQuery, Redshift, are solving a problem most companies don't have. You just need DuckDB and a bucket. And I'll be honest, after reading your post I half believed it. And then I looked at how my own team works and I wasn't so sure. So I want to hear you argue with it."),
  say(D, "Okay. I'll argue with it, even though people think I wrote it."),
  say(M, "You kind of wrote it.", { lab: 'Maria Gonzales' }),
  say(D, "I kind of wrote the, the technical half of it. So the part that's true: the data most queries touch is small. We measured this. We pulled Snowflake's query history for a month and looked at how much data each query actually scanned. Something like ninety percent of queries scanned under a gigabyte. Most of them were dashboards hitting the same few tables over and over."),
  say(D, "But here's what the argument leaves out. Snowflake isn't only an engine. It's also the permissions, the sharing, the place where analysts who don't know what Parquet is can just write SQL and it works. Our finance team lives in Snowflake. They don't want a bucket. They don't want to know what a bucket is. And the bill for their queries is actually pretty small, because their queries are small. The expensive part of our Snowflake bill was never the analysts. It was us, the data engineers, running big transformations in the warehouse because it was convenient.", { lab: null }),
  say(M, "That's interesting. So the cost was the pipelines, not the people."),
  say(D, "The cost was the pipelines. So what we ended up with, and I think this is where a lot of teams will land, is, heavy lifting happens outside, on DuckDB or Spark depending on the size, writing to Iceberg. And Snowflake reads the finished tables for the analysts. Our Snowflake bill went down by about forty percent, and nobody in finance noticed anything changed. Which is the goal. If they notice, I did something wrong."),
  say(M, "I'm going to, sorry, I'm going to push back a little. Isn't that now two systems to run instead of one? You've got the lake and the warehouse. Isn't that exactly the complexity the warehouse was supposed to remove?"),
  say(D, "Yes. That's the honest trade-off. It is more moving parts. If you're a team of two with a small Snowflake bill, don't do what we did. Seriously. Stay in the warehouse, it's fine, your time is worth more than the savings. This makes sense when the compute bill is big enough that it pays for the extra work. For us it paid for about one and a half engineers. For a startup it might pay for a nice lunch."),
  say(M, "A nice lunch is not nothing.", { lab: 'Maria' }),
  say(D, "A nice lunch is not nothing. But it's not a migration."),
  say(M, "Fair. Okay, last thing on this. Do you think the warehouses are worried? Like, Snowflake is adding Iceberg support, BigQuery is doing the same, is that them seeing the writing on the wall?", { lab: 'MARIA' }),
  say(D, "I think it's them being smart. The customers asked for open formats, so they support open formats, and they'll compete on being the nicest place to query. I don't think anybody's going out of business. Ask me again in five years."),

  seg('topic', D, 'Orchestrating dbt models with Airflow, and testing data pipelines', ['Airflow', 'dbt', 'testing']),
  say(M, "Okay, let's talk about the glue. How does all of this get scheduled? Who decides that the DuckDB job runs after the Kafka files land and before the dashboards refresh?"),
  say(D, "Airflow. Apache Airflow. We've been on Airflow since before I joined and, look, everybody loves to complain about Airflow, and some of it's deserved, but it's boring in a good way. It runs. We have one DAG per domain, so trips, fuel, maintenance, drivers. Each DAG waits for the data for that day to land, then runs the DuckDB jobs, then runs dbt, then kicks off the Snowflake refresh."),
  say(M, "And where does dbt fit, exactly? Because I think a lot of listeners use dbt but only inside the warehouse."),
  say(D, "So dbt is the transformation layer for everything that's modeled. The DuckDB jobs produce clean, boring tables. Daily miles per truck, stuff like that. Then dbt builds the models people actually use on top of those: the driver scorecards, the fuel efficiency reports. And the nice thing is, dbt has an adapter for DuckDB, dbt-duckdb, so some of our models run on DuckDB and some run on Snowflake, and it's the same project, same SQL style, same tests. Honestly that was one of the things that made the migration possible. The analysts didn't have to learn a new tool."),
  say(M, "You said tests. I want to dig into tests, because I think this is where data teams are way behind software teams."),
  say(D, "Oh, way behind. Way, way behind. When I came from the bank, I thought we were bad at testing, and then I saw other places.", { lab: 'DEVNO' }),
  say(M, "What does testing look like for you now? Concretely."),
  say(D, "Three layers. The first is dbt tests, the built-in ones. Not null, unique, accepted values, relationships. Every model has them, it's a rule, and the CI job fails if a new model doesn't. That catches, honestly, most of it. A join that fans out and creates duplicates, the unique test catches that. Second layer is what I'd call reconciliation. Every morning a job counts the pings that came in through Kafka and compares to the rows in the final trips table. If they differ by more than a small amount, somebody gets paged. That's the one that catches the silent failures, the job that ran fine and loaded nothing."),
  say(D, "And the third layer, which we're still building, is tests with fixed input data. So you take a tiny, hand-made Parquet file, fifty rows, with the weird cases, the truck that crosses midnight, the truck that crosses a time zone, the GPS ping that says the truck is in the ocean, and you assert exactly what the output should be. That's closest to unit tests in software. It's the most work, and it's the one that would've caught the midnight bug three years ago.", { lab: null }),
  say(M, "The truck in the ocean. Is that real?"),
  say(D, "That's real. There's a GPS unit somewhere that reports latitude zero, longitude zero, when it loses signal. So according to our data, once in a while a truck teleports to the Gulf of Guinea for thirty seconds and then comes back. We call it the vacation truck."),
  say(M, "The vacation truck. I love that. I'm sure we could do a whole episode on the vacation truck.", { lab: 'Maira' }),
  say(D, "We've talked about getting it a little plaque."),
  say(M, "Have you looked at anything besides Airflow? Dagster comes up on this show a lot."),
  say(D, "We looked at Dagster seriously. I like it a lot. The asset model, where you describe the tables you want and it figures out what to run, is a better fit for how data people think than tasks in a DAG. If I were starting from zero today I'd probably pick it. But we have two hundred DAGs in Airflow that work, and the migration would take a quarter, and nobody would notice the difference except us. So, not this year."),

  seg('outro', M, 'Wrap-up and where to find Devon', []),
  say(M, "That feels like the theme of the whole conversation, right? Use the boring thing until the boring thing costs too much."),
  say(D, "That's it. That's the whole talk. You can cancel the rest of my conference slots."),
  say(M, "Devon, where can people find you? Where should they go if they want to read the post or yell at you about Delta Lake?"),
  say(D, "The post is on my blog, devon okafor dot dev. I'm on LinkedIn, and I'm on Bluesky, mostly posting pictures of the vacation truck. And we're hiring, so if you like Parquet files and trucks, get in touch.", { lab: 'Devon Okafor' }),
  say(M, "Perfect. Thank you so much for coming on, this was great. And to everyone listening, thanks for spending the hour with us. If you liked this episode, share it with one person on your team who's paying too much for their warehouse. Data Chat is produced by me, Maria Gonzalez. See you in two weeks. Oh, and, the pie chart joke: I'd tell you one, but it's too easy to slice. Bye everyone!"),
  say(D, "Oh no. Bye!", { lab: 'DEVON' }),
];

const SPEAKERS = [
  { name: M, aliases: ['Maria Gonzalez', 'Maria Gonzales', 'MARIA', 'Maria', 'Maira', 'Gonzalez'] },
  { name: D, aliases: ['Devon Okafor', 'DEVON', 'DEVNO', 'Devon', 'Okafor'] },
];

const ENTITIES = {
  required: {
    'Apache Spark': ['Apache Spark', 'Spark', 'Spark SQL'],
    DuckDB: ['DuckDB', 'Duck DB'],
    'Amazon EMR': ['EMR', 'Amazon EMR'],
    Parquet: ['Parquet'],
    'Amazon S3': ['S3', 'Amazon S3'],
    Kafka: ['Kafka'],
    'Apache Iceberg': ['Apache Iceberg', 'Iceberg'],
    'Delta Lake': ['Delta Lake', 'Delta'],
    Snowflake: ['Snowflake'],
    PyIceberg: ['PyIceberg'],
    Databricks: ['Databricks'],
    Gridsight: ['Gridsight'],
    BigQuery: ['BigQuery'],
    Postgres: ['Postgres', 'PostgreSQL'],
    Redshift: ['Redshift'],
    'Apache Airflow': ['Apache Airflow', 'Airflow'],
    dbt: ['dbt'],
    'dbt-duckdb': ['dbt-duckdb'],
    Dagster: ['Dagster'],
  },
  tolerated: [
    'Python', 'Slack', 'GPS', 'CI', 'DAG', 'DAGs', 'read_parquet', 'dbt tests', 'Spark cluster', 'LinkedIn', 'Bluesky',
    'Harbor Freight Lines', 'Harbor', 'Data Chat', 'We Turned Off the Cluster', 'Iceberg extension', 'time travel',
    'columnar', 'table formats', 'big data', 'big data is dead', 'data warehouse', 'warehouse', 'lakehouse', 'Pi Day',
    'Gulf of Guinea', 'vacation truck', 'machine learning', 'Amazon', 'Apache', 'Excel', 'AWS', 'SQL', 'Spark SQL',
  ],
};

const EPISODE = { show: 'Data Chat', number: 42, recorded: '2025-03-14', title: 'We turned off the cluster, with Devon Okafor' };

// ---- rendering ----------------------------------------------------------------------------
function render({ header, footer, sep, prefix, words, trailer = '' }) {
  let out = header;
  const paragraphs = [];
  const segments = [];
  let pendingMid = null;
  let open = null;
  let i = 0;
  const firstStart = header.length;
  for (const item of SOURCE) {
    if (item.seg) {
      const start = item.mid ? pendingMid : (segments.length ? out.length + sep.length : firstStart);
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
    if (mark >= 0) pendingMid = start + pre.length + mark;
    const para = { start, end: out.length, speaker: item.speaker };
    if (item.amb) para.ambiguous = true;
    paragraphs.push(para);
    i++;
  }
  out += footer + trailer;
  open.end = out.length;
  return { text: out, transcriptStart: firstStart, paragraphs, segments };
}

const labeled = render({
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => (p.lab === null ? '' : `${p.lab ?? LABEL[p.speaker]}: `),
  words: (i, p) => p.text,
});

const gold = {
  _source: 'Synthetic episode written by the podtopics developers on 2026-11-22 (data/gold/data-chat-042/build.mjs); offsets computed by the script.',
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, r] of Object.entries({ labeled })) {
  writeFileSync(join(here, `${key}.txt`), r.text);
  gold.files[key] = { input: `${key}.txt`, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
