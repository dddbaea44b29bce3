// Builds Supervision Tree #134 (SYNTHETIC held-out episode, heldout5): a two-host weekly
// Elixir / BEAM news show (Marisol Quintero in Lisbon, backend lead at a freight-logistics
// company running Phoenix; Tobias Lindqvist in Gothenburg, independent consultant). Intro,
// five news items alternating hosts (Marisol: Elixir 1.18; Tobias: Phoenix LiveView 1.0;
// Marisol: Oban Web open-sourced; Tobias: Igniter; Marisol: clustering on Kubernetes with
// dns_cluster/libcluster), a sponsor read by Tobias in the middle (invented sponsor
// "Lanternfish"), two extras (Tobias: trying Gleam; Marisol: Advent of Code in Livebook), outro.
//
// Renders
//   labeled.txt  `Full Name:` on each host's first line, then first names, a `Tobais:` typo,
//                unlabeled continuation lines (split at sentence ends), one unlabeled speaker change;
//   web.txt      page header/footer, every paragraph `00:00`, SURNAME labels on the first two
//                paragraphs only, URLs dropped, and long turns split by the "transcription
//                service" into extra paragraphs MID-SENTENCE (`¦` in the source: continuation starts
//                lower-case; `¦~` also loses the continuation's first word, like the seed page);
//   gold.json    offsets into both files, all computed from the one SOURCE list below.
// Rerun with `node build.mjs` in this folder. Deterministic. Uses `render` from the shared
// renderer (data/gold/build-episode.mjs, unmodified) for both files.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { labeledPrefix, labeledText as plainLabeledText, render, say, seg, splitWebParagraphs } from '../build-episode.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'supervision-tree-134';
const M = 'Marisol Quintero';
const T = 'Tobias Lindqvist';
const LABELS = {
  first: { [M]: 'Marisol Quintero', [T]: 'Tobias Lindqvist' },
  later: { [M]: 'Marisol', [T]: 'Tobias' },
};

const SOURCE = [
  seg('intro', M, 'Welcome', []),
  say(M, "Hello and welcome to Supervision Tree, your weekly dose of Elixir and Erlang and everything else that runs on the BEAM. This is episode one hundred and thirty-four, I'm Marisol Quintero, coming to you from Lisbon, where the sun is out and I'm indoors, as usual."),
  say(T, "And I'm Tobias Lindqvist in Gothenburg, where the sun set at, I think, three fifteen this afternoon. So I'm jealous. Hi everyone."),
  say(M, "Three fifteen! How do you, how do you even function?"),
  say(T, "Coffee. A lot of coffee. And a very bright lamp that my partner calls the interrogation lamp."),
  say(M, "Okay, first episode of the year, we skipped the last two weeks because of the holidays, which means the news piled up. There were a lot of releases right before Christmas. It's like everybody wanted to ship before they went on holiday."),
  say(T, "Ship it and run. Classic."),
  say(M, "Ship it and run. So we've got five items, we've got a sponsor, and we've got extras, and I'm going to start with the big one, because it's been sitting in my notes since December nineteenth and it's burning a hole in them."),

  seg('topic', M, 'Elixir 1.18 released: type checking of function calls, a built-in JSON module', ['Elixir 1.18', '1.18', 'type checking', 'JSON']),
  say(M, "Elixir 1.18 is out. It came out on the nineteenth, so just before the break, and the headline, as with the last couple of releases, is the type system. So if you remember, 1.17 started doing type inference of patterns and it would warn you about, like, obviously wrong stuff inside a single function, ¦and 1.18 takes the next step, which is type checking of function calls. So now if you call a function in another module, and the compiler can infer what that function returns, it'll check how you use the result."),
  say(T, "Across modules."),
  say(M, "Across modules, yeah. Within the same project. And it's still all inferred, right, you don't write any type signatures, there's no new syntax yet. The compiler just looks at your patterns and your guards and figures out what it can, ¦~so what you get is, it's just warnings. New warnings. When I compiled our main app at work, which is, I don't know, a few hundred thousand lines, I got, I think, eleven new warnings."),
  say(T, "Were any of them real?"),
  say(M, "Two of them were real bugs! Honestly. One was a function that could return nil in one branch, and the caller was piping it straight into Map.get, and the other one was a tuple where somebody had swapped the order of the elements in one code path. And that one had been in production for, like, a year."),
  say(T, "Oh, that's a nice catch. That's exactly the kind of thing that you only find when a customer hits that one branch on a Sunday."),
  say(M, "Exactly. And the other nine were the compiler being a bit too clever, or us doing something weird that, honestly, we should clean up anyway. So it's not noisy, I'd say. It felt fair."),
  say(T, "And compile times? Because that's always my worry with this stuff."),
  say(M, "They say they kept it fast and, in my experience, I didn't notice anything. Maybe a second on a clean build? I didn't measure properly, ¦but the other things in the release, and there are a few nice ones, the one people are excited about is the JSON module. There's now a JSON module in the standard library."),
  say(T, "Finally. So we can drop Jason?"),
  say(M, "So, it's, it builds on the json module that landed in Erlang/OTP 27, as far as I understand, and the API looks very familiar if you've used Jason. JSON.encode!, JSON.decode. And there's a protocol, JSON.Encoder, for your own structs. Whether you drop Jason, I think for a new project, sure, for an old project, I wouldn't rush. Phoenix still pulls Jason in by default, at least right now."),
  say(T, "Right, right."),
  say(M, "Couple of other things. ExUnit has parameterized tests now, so you can run the same test module with different parameters, which is really nice if you have, like, two adapters or two configurations and you want the same suite against both. You pass parameterize to use ExUnit.Case and you get a list of maps. And mix format has a new flag, dash dash migrate, which rewrites deprecated stuff in your code for you."),
  say(T, "Like what kind of stuff?"),
  say(M, "Things like the old unless with else, I think, or some of the old charlist syntax. Small things. But it's the kind of thing you'd otherwise do by hand with search and replace and get wrong."),
  say(T, "And wasn't there also the language server thing? That was, what, summer?"),
  say(M, "That was August, yeah, the announcement that the team behind ElixirLS and the people behind Lexical and Next LS are going to work together on one official language server. That's not in 1.18, that's a separate project, and I haven't seen a release yet. So, don't go looking for it in your editor."),
  say(T, "Still, that's the one I'm most excited about. I've switched language servers, like, four times in two years."),
  say(M, "We all have. Anyway, 1.18, go upgrade, read the warnings, they might be bugs. Link is in the show notes, ⟨elixir-lang.org/blog⟩."),

  seg('topic', T, 'Phoenix LiveView 1.0 is out', ['LiveView 1.0', 'LiveView', 'Phoenix LiveView']),
  say(T, "Okay. Mine is also a December release, and it's, it's kind of an emotional one. Phoenix LiveView 1.0."),
  say(M, "One point oh!"),
  say(T, "One point oh. Six years after the first commit, I think? There was a blog post, and it sort of went through the history, how it started as this experiment, can you do rich interactive UIs ¦over a WebSocket with the state on the server, and now it's, well, it's what most new Phoenix apps are built with."),
  say(M, "It's funny, because I feel like everyone has been using it in production since, like, zero point ten."),
  say(T, "Everyone! We've had LiveView in production at, I think, every client I've had since twenty twenty. So in a way 1.0 is more of a, it's a promise than a feature. It says, okay, the API is stable now, we won't break you every minor version, ¦~which, to be fair, they mostly didn't anyway. The big breaking changes were all in the zero point twenty era and in the release candidates."),
  say(M, "What actually broke? Like, if I'm on zero point twenty, what do I have to do?"),
  say(T, "The main one people hit is that phx-feedback-for is gone. That was the attribute you used to hide form errors until a user had touched a field. And now instead there's a function, used_input?, in Phoenix.Component, and the core components that the generator gives you use that. So if you have an old app with old core components, you have to go and update them."),
  say(M, "Oh, we have a lot of old core components."),
  say(T, "Everybody has a lot of old core components. That's the tax of generators, right? You generate the code and then it's yours forever, ¦and then there's some smaller stuff, there were some changes to how JS commands and the client hooks work, and the, um, the live_file_input, uploads had some tweaks. There's an upgrade guide in the changelog, and honestly it took me about an hour on a medium-sized app."),
  say(M, "An hour is nothing."),
  say(T, "An hour is nothing. Mostly it was the form error thing."),
  say(M, "And streams and async assigns, those are all, those are stable now? Because those came pretty late."),
  say(T, "Yeah, those are all part of 1.0. Streams, assign_async, start_async, the whole thing. Which, the async stuff is honestly my favorite thing they've added in years. You just wrap the slow part of your mount, and you get loading and failed states for free, instead of this whole dance with send(self(), ...) and handle_info."),
  say(M, "Oh, I remember the dance."),
  say(T, "We all remember the dance. And they also said something about what's next, which is, they want to work on, um, making it easier to colocate the JavaScript hooks with the components, and some other things, but that's future. And Phoenix 1.8 is coming, but that's also future, so we'll talk about it when it's out."),
  say(M, "Yeah, let's not do the future."),
  say(T, "No futures. Only releases. Congrats to the team, though, seriously. Six years."),
  say(M, "Seriously. Big milestone. Okay. Before my next one, Tobias, I think we have someone to thank."),

  seg('sponsor', T, 'Sponsor: Lanternfish', ['Lanternfish']),
  say(T, "We do. This episode is brought to you by Lanternfish. Lanternfish is error tracking and performance monitoring that actually understands the BEAM. So, you add the package to your mix.exs, you add a few lines of config, and it instruments Phoenix, LiveView, Ecto and Oban out of the box. You get your slow queries, your N plus one queries, your job failures, all in one place."),
  say(T, "And the thing I personally like is that it shows you your processes. Like, message queue lengths, memory per process, reductions. So when something is slowly eating memory at three in the morning, you can actually see which GenServer it is, ¦and if you're already using OpenTelemetry, it'll take your spans too, you don't have to rip anything out. There's a free tier for hobby projects, and listeners of the show get two months of the team plan for free at ⟨lanternfish.dev/tree⟩. That's lanternfish dot dev slash tree. Thanks to Lanternfish for supporting the show.", { lab: null }),
  say(M, "Thank you, Lanternfish. And, funny enough, my next one is about background jobs, so that's a good segue."),

  seg('topic', M, 'Oban Web is now open source', ['Oban Web', 'Oban', 'open source']),
  say(M, "So, Oban. If you don't know Oban, it's the background job library for Elixir, it uses Postgres, your jobs are rows in a table, and it's, I think at this point it's just the default. Everybody uses it. And there's the open source Oban, and then there's Oban Pro, which is paid, and it has, like, workflows, batches, rate limiting across a cluster, that kind of thing, ¦and then there was Oban Web, which is the dashboard, and Oban Web used to be part of the paid license. You needed a Pro license to get the dashboard."),
  say(T, "Used to be."),
  say(M, "Used to be! As of this month, Oban Web is open source. Apache 2.0, it's on Hex like a normal package, no license key, no private repo. You add it to your deps, you mount it in your router, and you get the whole dashboard. Queues, jobs, retries, you can cancel things, retry things, look at the errors."),
  say(T, "That's, wow, that's a big deal for small teams. I've definitely had clients who didn't want to pay for Pro and were looking at jobs with, like, raw SQL in psql."),
  say(M, "That was us! For two years! We had a saved query. It was called jobs underscore panic dot sql."),
  say(T, "Jobs panic."),
  say(M, "Jobs panic. And people would, like, paste it in Slack, ¦~anyway, so, the reasoning they gave in the announcement is pretty much that, that the dashboard is so useful for everyone that keeping it behind the paywall was hurting adoption more than it helped, and the Pro features, the actual job features, are what people pay for anyway."),
  say(T, "Makes sense. Is it the same version? Like, the full thing?"),
  say(M, "As far as I can tell it's the full thing. There's a companion package that does the metrics, Oban Met, that also went open source, and that's what powers the charts. The one thing to be careful about is that, um, it's a dashboard that can cancel and delete jobs, so, put it behind auth. Please."),
  say(T, "Don't put it on the public internet."),
  say(M, "Don't put it on the public internet. I'm saying this because someone will."),
  say(T, "Someone already has, probably."),
  say(M, "Probably. Okay, Tobias, you're up."),

  seg('topic', T, 'Igniter: code generators that patch your project', ['Igniter', 'code generation', 'generators']),
  say(T, "Right, so mine is not brand new, but we never covered it, and I've been using it over the break and I'm, I'm a convert. It's called Igniter. It comes out of the Ash project, the Ash framework people, and the pitch is basically, code generation and project patching for Elixir, ¦and what that means in practice is, when you install a library, instead of reading a README that says, add this to your config, add this to your application.ex, add this line to your router, the library can ship an installer that does it for you."),
  say(M, "Oh, like, mix something dot install."),
  say(T, "Exactly, mix igniter.install, and then the package name. So you do mix igniter.install ash_authentication, say, and it adds the dependency, it fetches it, and then it runs that package's installer, which edits your actual files. And it's, this is the important part, it's not string templates. It works on the AST. It parses your code, finds the right place, and adds the child ¦to your supervision tree, or the plug to your endpoint, or whatever. And then it shows you a diff and asks if you're okay with it."),
  say(M, "Wait, it shows a diff before writing?"),
  say(T, "Before writing. Which is the bit that sold me. I'm very suspicious of tools that edit my code—"),
  say(M, "You're suspicious of everything."),
  say(T, "I'm suspicious of everything, that's my job. But a diff I can read. And if the library doesn't have an installer, it just does the normal thing, adds the dep, ¦and the other half of it is for library authors. It gives you this whole toolkit for writing those installers, and generators in general, so functions like, find this module, add this to the config, if it's not already there, which is the hard part. Making it idempotent. You can run it twice and it doesn't add the thing twice."),
  say(M, "And this is not Ash-only? You can use it without Ash?"),
  say(T, "You can use it without Ash. Ash uses it for all of its generators, but a bunch of other libraries have picked it up. I think Oban has an installer now, actually, speaking of Oban. And there's mix igniter.new for new projects, where you can say, new Phoenix app, plus these five packages, and it installs them all in one go."),
  say(M, "That's very cool. I always forget the step where you add the thing to the application children."),
  say(T, "Everyone forgets that step! That's the number one question on the forum. Why isn't my thing started. Because you didn't start it."),
  say(M, "Classic.", { lab: null, amb: true }),
  say(M, "Because you didn't start it. Okay, I'm going to try it on our next upgrade."),
  say(T, "Try it. Report back."),

  seg('topic', M, 'Clustering Elixir on Kubernetes with dns_cluster and libcluster', ['cluster', 'Kubernetes', 'dns_cluster', 'libcluster']),
  say(M, "Okay, my last one is a blog post, and it's one of those posts where I read it and thought, I wish I had this three years ago. It's by a developer called Ines Carvalho, no relation, she's in Porto, not Lisbon, and it's titled, Your Elixir nodes are lonely. It's about clustering Elixir apps on Kubernetes."),
  say(T, "Oh, the eternal topic."),
  say(M, "The eternal topic. So, quick background, on the BEAM, you can connect nodes together, distributed Erlang, and then processes on one node can send messages to processes on another node, and things like Phoenix.PubSub just work across all of them, ¦~which, for LiveView, it matters a lot, because if you broadcast an update and the user's LiveView process is on the other node, it needs to get there."),
  say(T, "Right. Otherwise half your users don't see the update."),
  say(M, "Half your users don't see the update, and you debug it for two days. But for the nodes to connect, they need to find each other, and in Kubernetes your pods come and go and get new IPs. So the post goes through the options. The simple one, which is what new Phoenix apps ship with now, is dns_cluster. It's a tiny library, you set an environment variable, DNS_CLUSTER_QUERY, ¦to a DNS name, and it looks up that name every few seconds and connects to every IP it gets back."),
  say(T, "And in Kubernetes that's a headless service."),
  say(M, "Exactly, you create a headless service, so the DNS returns one A record per pod, and you point the query at it. And then the bit that everyone gets wrong, which she explains really well, is the node names. Your node has to be named with something that the other nodes can actually reach, so you set RELEASE_DISTRIBUTION to name, and RELEASE_NODE to your app name at the pod IP, which you get from the downward API."),
  say(T, "And the cookie."),
  say(M, "And the cookie! The Erlang cookie has to be the same on all of them, so, put it in a secret, don't let each release generate its own. Which is the default if you don't set RELEASE_COOKIE, I think, it's generated at build time, so, if you build each image separately—"),
  say(T, "—they don't match."),
  say(M, "—they don't match, and the nodes just silently refuse to connect, ¦and then she compares that to libcluster, which is the older, bigger library with lots of strategies, and it has a Kubernetes strategy that talks to the Kubernetes API directly, or one that uses DNS. Her advice is basically start with dns_cluster, and only move to libcluster if you need something it doesn't do."),
  say(T, "I agree with that. I've seen libcluster setups where the service account needed permissions to list pods, and then someone tightened the RBAC and the cluster fell apart."),
  say(M, "Yes! She has that exact story in the post. And the last part is about EPMD, the port mapper, and the ports. Like, you need to open four three six nine and the distribution port range in your network policies, or fix the distribution port so you only open one. Which, if you have strict network policies, that's another afternoon."),
  say(T, "It's always another afternoon."),
  say(M, "Anyway, it's a great post, it has diagrams, it has the YAML, link in the show notes."),
  say(T, "Do you think people should even cluster, though? Like, I have clients where I said, you don't need distributed Erlang, just use Postgres and PubSub over Postgres and be done."),
  say(M, "I think, for most Phoenix apps, if you use LiveView with more than one node, you need PubSub to work across nodes. You can do that with the Postgres adapter or Redis instead, sure. But clustering is kind of the superpower. I don't know, it depends."),
  say(T, "It depends. The official answer."),
  say(M, "The official answer of this podcast."),

  seg('topic', T, 'Whisper speech-to-text inside a Phoenix app with Bumblebee and Nx.Serving', ['Whisper', 'Bumblebee', 'Nx', 'speech-to-text', 'transcri']),
  say(T, "Okay, and I have one more before the extras, and it's kind of connected to yours, because it only worked because of clustering. It's a client story. So I have this client, small company, they record city council meetings for a few municipalities and put them online, and they wanted transcripts. Searchable transcripts, ¦and the first idea on the table was, we send the audio to some cloud API, we pay per minute, done. And they have, like, thousands of hours of back catalog, so the per-minute thing got expensive fast."),
  say(M, "And you said, we'll do it in Elixir."),
  say(T, "I said, let's at least try it in Elixir. Because there's Bumblebee. So Bumblebee is from the Nx people, the numerical Elixir project, and it loads pretrained models from Hugging Face and runs them on Nx, and Whisper is one of the models it supports out of the box. So you load the model, you build a serving, and you've got speech-to-text in, I don't know, fifteen lines."),
  say(M, "Fifteen lines is suspicious."),
  say(T, "Fifteen lines for the demo. Three weeks for production, ¦but the nice part is Nx.Serving. A serving is a process that you put in your supervision tree, and it batches requests together, so if five people upload audio at the same time, it runs them as one batch on the hardware. And, this is where the clustering comes in, you can call it with batched_run from any node in the cluster, and it finds the serving wherever it's running. So we have the web nodes, which are small, and one node with a GPU, and only that node starts the Whisper serving."),
  say(M, "Oh, that's neat. And the web nodes just, they just call it like a local function."),
  say(T, "Like a local function. They don't know it's on another machine. That's the BEAM being the BEAM. We use EXLA as the backend, which compiles everything through XLA, and on the GPU node that goes to CUDA. On CPU it was, it was painful. Like, roughly real time on a big machine. On the GPU it's a lot faster than real time."),
  say(M, "What's the catch? There's always a catch."),
  say(T, "The catch is boot time and memory. When the node starts, it has to load the model and compile it, and that takes a while, so your readiness probe has to be patient, otherwise Kubernetes kills it in a loop. Which, yes, happened, ¦~and the other thing is, you're on your own for the long-audio stuff, the chunking, timestamps, that's all on you. Bumblebee has options for chunking, but a four-hour council meeting still needs some care."),
  say(M, "Did you look at FLAME? For the GPU thing?"),
  say(T, "We looked at FLAME, the idea of, like, spinning up a GPU machine only when there's work, and it's a great fit in theory, but they're on Kubernetes on their own hardware, and the FLAME backends for that are community ones, so we kept it simple. One GPU node, always on. It's boring, and boring is good."),
  say(M, "Boring is good. Is the quality okay? Like, compared to the cloud thing?"),
  say(T, "It's Whisper, so it's the same quality you'd get anywhere else running the same model size. Council members mumbling into a bad microphone are still council members mumbling into a bad microphone."),

  seg('extra', T, 'Extra: trying Gleam over the holidays', ['Gleam']),
  say(T, "Okay. Extras! Can I go first? I have a confession."),
  say(M, "Go."),
  say(T, "Over the holidays I wrote something in Gleam."),
  say(M, "Traitor!"),
  say(T, "It's on the BEAM! It counts! So for people who don't know, Gleam is a, it's a statically typed language that runs on the BEAM, it compiles to Erlang, or to JavaScript if you want, and it hit 1.0 last spring. And I wrote a tiny CLI tool, it reads my invoices folder and tells me who hasn't paid."),
  say(M, "Very Swedish of you."),
  say(T, "Very practical. And, honestly, it was lovely. The compiler errors are really good, like, really friendly, the tooling is all in one binary, gleam new, gleam run, gleam test, gleam format. And you can call Erlang and Elixir code from it, which I did, for one library, ¦~and the thing that took me a while was that there are no macros and no, um, no exceptions in the usual sense, you use Result everywhere, and the use keyword to flatten the callbacks. It's a different way of thinking. But I liked it."),
  say(M, "Are you going to rewrite a client project in it?"),
  say(T, "No. No, no. But I might write the next little tool in it."),
  say(M, "That's how it starts."),

  seg('extra', M, 'Extra: Advent of Code in Livebook', ['Advent of Code', 'Livebook']),
  say(M, "Okay, my extra. I did Advent of Code this year, and I did it all in Livebook."),
  say(T, "All of it?"),
  say(M, "Well, I did, um, I did seventeen days, and then Christmas happened. But all seventeen in Livebook. And, I had done it in plain Elixir scripts before, and Livebook is so much nicer for it, because you can have the input in one cell, and then you parse it, and you can look at the parsed thing, and then part one, part two. And with Kino you can draw the grid, so for the, um, the map puzzles, I could actually see the thing."),
  say(T, "Did you use the Advent of Code smart cell? There's one that fetches your input."),
  say(M, "I did! There's a community one where you put in your session cookie and it downloads the input for the day. Which felt like cheating. Anyway, notebooks are in my GitHub, they're not pretty, day twelve is a crime."),
  say(T, "I'll look at day twelve."),
  say(M, "Please don't look at day twelve. §Okay, that's the show. Thanks for listening to Supervision Tree. Show notes with every link are at ⟨supervisiontree.fm/134⟩, and if you have news for us, send it in, we read everything."),
  seg('outro', M, 'Goodbye', [], { mid: true }),
  say(T, "Even the ones about Gleam."),
  say(M, "Especially the ones about Gleam, apparently. See you next week, everyone."),
  say(T, "Bye!"),
];

// --- edits that make the two files differ from the plain renderer output -------------------
// labeled.txt: a stray `Tobais:` label typo and one speaker change with no label.
const LAB_OVERRIDE = {
  'Oh, that\'s a nice catch.': 'Tobais',
  'Don\'t put it on the public internet.': null, // Tobias echoes; the line has no label
};
// undecidable by reading: the unlabeled "Classic." after Tobias's forum joke is marked in SOURCE (amb).
const AMBIGUOUS = [];
for (const p of SOURCE) {
  if (p.seg) continue;
  for (const [head, lab] of Object.entries(LAB_OVERRIDE)) if (p.text.startsWith(head) && p.speaker === T) p.lab = lab;
  if (AMBIGUOUS.some((a) => p.text === a)) p.amb = true;
}

const SPEAKERS = [
  { name: M, aliases: ['Marisol Quintero', 'Marisol', 'QUINTERO', 'Quintero'] },
  { name: T, aliases: ['Tobias Lindqvist', 'Tobias', 'Tobais', 'LINDQVIST', 'Lindqvist'] },
];

const ENTITIES = {
  required: {
    Elixir: ['Elixir'],
    'Elixir 1.18': ['Elixir 1.18', '1.18', 'Elixir v1.18'],
    'Elixir 1.17': ['Elixir 1.17', '1.17'],
    BEAM: ['BEAM', 'the BEAM', 'BEAM VM'],
    Erlang: ['Erlang', 'Erlang/OTP', 'OTP'],
    'Erlang/OTP 27': ['Erlang/OTP 27', 'OTP 27'],
    'JSON module': ['JSON', 'JSON module', 'json module', 'JSON.Encoder'],
    Jason: ['Jason'],
    ExUnit: ['ExUnit', 'ExUnit.Case'],
    'mix format': ['mix format', 'mix', 'Mix', 'mix format --migrate'],
    'Elixir language server': ['Elixir language server', 'language server', 'ElixirLS', 'Lexical', 'Next LS', 'official language server'],
    Phoenix: ['Phoenix', 'Phoenix Framework'],
    'Phoenix LiveView': ['Phoenix LiveView', 'LiveView', 'LiveView 1.0', 'Phoenix LiveView 1.0'],
    'Phoenix.PubSub': ['Phoenix.PubSub', 'PubSub'],
    Ecto: ['Ecto'],
    Oban: ['Oban'],
    'Oban Pro': ['Oban Pro'],
    'Oban Web': ['Oban Web'],
    'Oban Met': ['Oban Met'],
    PostgreSQL: ['Postgres', 'PostgreSQL'],
    Hex: ['Hex', 'hex.pm'],
    OpenTelemetry: ['OpenTelemetry'],
    Igniter: ['Igniter', 'mix igniter.install', 'igniter.install', 'mix igniter.new'],
    Ash: ['Ash', 'Ash Framework', 'Ash framework', 'ash_authentication', 'AshAuthentication'],
    Kubernetes: ['Kubernetes', 'K8s'],
    dns_cluster: ['dns_cluster', 'DNSCluster'],
    libcluster: ['libcluster'],
    'distributed Erlang': ['distributed Erlang', 'Erlang distribution'],
    EPMD: ['EPMD', 'epmd'],
    Bumblebee: ['Bumblebee'],
    Nx: ['Nx', 'Numerical Elixir', 'numerical Elixir'],
    'Nx.Serving': ['Nx.Serving', 'serving', 'batched_run', 'Nx.Serving.batched_run'],
    Whisper: ['Whisper', 'OpenAI Whisper'],
    EXLA: ['EXLA'],
    'Hugging Face': ['Hugging Face'],
    FLAME: ['FLAME'],
    Gleam: ['Gleam'],
    Livebook: ['Livebook'],
    Kino: ['Kino'],
    'Advent of Code': ['Advent of Code'],
  },
  tolerated: [
    'Lanternfish', 'lanternfish.dev', 'Supervision Tree', 'supervisiontree.fm', 'elixir-lang.org', 'GenServer', 'Map.get', 'nil', 'tuple',
    'JSON.encode!', 'JSON.decode', 'parameterized tests', 'parameterize', 'unless', 'charlist', 'type system', 'type inference', 'type checking',
    'WebSocket', 'phx-feedback-for', 'used_input?', 'Phoenix.Component', 'core components', 'JS commands', 'hooks', 'live_file_input', 'uploads',
    'streams', 'assign_async', 'start_async', 'handle_info', 'send', 'Phoenix 1.8', 'mix.exs', 'N+1', 'N plus one', 'message queue', 'reductions',
    'spans', 'Apache 2.0', 'SQL', 'psql', 'Slack', 'AST', 'supervision tree', 'application.ex', 'router', 'endpoint', 'plug', 'Plug', 'diff',
    'YAML', 'headless service', 'DNS', 'A record', 'pod', 'pods', 'RELEASE_DISTRIBUTION', 'RELEASE_NODE', 'RELEASE_COOKIE', 'DNS_CLUSTER_QUERY',
    'downward API', 'Erlang cookie', 'cookie', 'secret', 'RBAC', 'service account', 'network policies', 'Redis', 'JavaScript', 'CLI', 'Result', 'use',
    'gleam new', 'gleam run', 'gleam test', 'gleam format', 'smart cell', 'GitHub', 'Porto', 'mix igniter.new', 'Elixir scripts', 'releases', 'mix release', 'XLA', 'CUDA', 'GPU', 'CPU', 'readiness probe', 'speech-to-text', 'cloud API', 'transcripts', 'chunking', 'timestamps',
  ],
};

const EPISODE = { show: 'Supervision Tree', number: 134, recorded: '2025-01-14', title: 'Types that catch bugs, LiveView turns one-point-oh, and a dashboard for everyone' };

// ---- rendering -------------------------------------------------------------------------------
const labeledText = (t) => plainLabeledText(t).replace(/ ?¦~?/g, ' ');

// labeled.txt
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: labeledPrefix(LABELS),
  words: (i, p) => labeledText(p.text),
});

// web.txt: split each paragraph at its `¦` marks into several paragraphs (the service's own
// paragraphing, mid-sentence); `¦~` drops the continuation's first word.
const WEB_SOURCE = splitWebParagraphs(SOURCE);
const WEB = {
  header: [
    'Supervision Tree — weekly news from the BEAM', '',
    '« Back to all episodes', '', 'Episode 134 transcript', 'Types that catch bugs, LiveView turns one-point-oh, and a dashboard for everyone', '',
    'Recorded January 14, 2025. This transcript was generated automatically and may contain errors.', '', '',
  ].join('\n'),
  footer: '\n\n« Back to all episodes\n\nSupervision Tree is hosted by Marisol Quintero and Tobias Lindqvist. Music by Blue Cement.',
  labels: 2,
  label: { [M]: 'QUINTERO', [T]: 'LINDQVIST' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `00:00 ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});

const gold = {
  _source: `Synthetic held-out episode written for heldout5 (data/gold/${SLUG}/build.mjs); offsets computed by the script.`,
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
