// Source of Cardinality Club, session 14 (SYNTHETIC held-out episode, heldout10): a recorded online panel
// of an observability meetup, "OpenTelemetry, two years in". Moderator (invented): Renata Okafor, the
// meetup's organiser. Panellists (invented): Kofi Asante, a platform engineer at a freight logistics company
// in Rotterdam who runs its OpenTelemetry Collector fleet; Inês Albuquerque, who leads observability at a
// telecom in Porto (a Prometheus shop); Hannah Lindqvist, an engineer at an unnamed observability vendor in
// Stockholm who works upstream in OpenTelemetry (semantic conventions, profiling). The audience member
// "Priyanka" is invented. Recorded Thursday 16 October 2025; the technology is real but told from memory.
// Rendered by build.mjs into panel.vtt (a Zoom-style WebVTT recording transcript) and web.txt (a seed-like
// web page of the same recording).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {cut}) as in the shared renderer.
// Marks inside the text:
//   §      a segment starting mid-paragraph (the seg after the paragraph has {mid: true}); in panel.vtt it
//          falls inside a cue (Zoom does not start a cue there);
//   ¦      web.txt only: the transcription service starts a new paragraph here;
//   ¦~     the same, and the web continuation also loses its first word.
// cut: N = web.txt loses the first N words of this paragraph (as the seed page loses them on unlabeled
// paragraphs). panel.vtt loses nothing.
// Presenter convention for this panel: each discussion topic is presented by the PANELLIST THE MODERATOR'S
// QUESTION IS ADDRESSED TO by name (the first one named, when the question names two), even when another
// panellist talks a lot in it; the moderator's question belongs to the NEW segment. An audience question the
// moderator reads out and hands to a named panellist is presented by that panellist. The moderator presents
// only the intro (welcome, housekeeping and the panellists' self-introductions) and the outro.
import { say, seg } from '../build-episode.mjs';

export const R = 'Renata Okafor';
export const K = 'Kofi Asante';
export const I = 'Inês Albuquerque';
export const H = 'Hannah Lindqvist';
// Zoom puts each participant's DISPLAY NAME in front of the cue text.
export const DISPLAY = { [R]: 'Renata Okafor', [K]: 'Kofi Asante', [I]: 'Inês Albuquerque', [H]: 'Hannah Lindqvist (she/her)' };

export const SOURCE = [
  seg('intro', R, 'Welcome, housekeeping and introductions', []),
  say(R, "Okay, I think we're live. The recording is on, I can see the little red dot. Hi everyone, welcome to Cardinality Club, this is session fourteen, and thank you for being here on a Thursday evening, or morning, or whatever it is where you are. I can see people from Lagos, São Paulo, Helsinki in the chat already. ¦ I'm Renata Okafor, I organise this thing, and I'll be your moderator tonight."),
  say(R, "Quick housekeeping. This is being recorded, and it'll go up on YouTube next week with the transcript. If you have questions, put them in the Q and A box, not the chat, because the chat moves too fast and I will lose them. ¦ And tonight's theme is OpenTelemetry, two years in. So not the hello-world version. The what-actually-happened-when-we-ran-it version. Let me get our panellists to introduce themselves. Kofi, you go first."),
  say(K, "Hi, yeah, I'm Kofi Asante, I'm a platform engineer at a freight logistics company in Rotterdam. I run our OpenTelemetry Collector fleet, which is about, I want to say, four hundred collectors now, and I'm the person who gets paged when they fall over."),
  say(R, "Which is never, I'm sure."),
  say(K, "Which is rarely. Which is less than it used to be. Sorry, if you hear a cat, that's Mango, she's on the panel too. She has opinions about sampling.", { cut: 1 }),
  say(R, "Mango is very welcome. Mango's probably more qualified than me."),
  say(R, "Inês?"),
  say(I, "Olá, hi, I'm Inês Albuquerque, I lead observability at a telecom in Porto. We are a very Prometheus shop, we've been a Prometheus shop since, like, Prometheus 1, and for the last two years we've been slowly adding OpenTelemetry without breaking the Prometheus people's hearts."),
  say(R, "And Hannah."),
  say(H, "Hi everyone! I'm Hannah Lindqvist, I'm in Stockholm, and I work at an observability vendor, which I'm not going to name because this isn't an ad. I spend a lot of my time upstream in OpenTelemetry, mostly in the semantic conventions meetings, and lately in the profiling SIG."),
  say(R, "And Hannah is contractually obliged to tell us that everything is fine.", { cut: 1 }),
  say(H, "Everything is fine. Mostly. We'll get to the renames."),

  seg('topic', K, 'Running the OpenTelemetry Collector in production: agents and gateways, tail sampling, your own distribution', ['Collector', 'OpenTelemetry Collector', 'tail sampling']),
  say(R, "We will absolutely get to the renames. Okay, Kofi, let's start with you, because I think the Collector is where most people's OpenTelemetry journey actually goes wrong. What did you get wrong first?"),
  say(K, "Oh, so many things. Um, the first thing we got wrong was running one big gateway. Just one deployment of collectors behind a load balancer, and every service sent everything there. And it worked great until the day it didn't, and then we lost everything at once. ¦ So now we run it in two tiers. There's an agent on every node, as a DaemonSet, and it does the cheap stuff. It adds the Kubernetes metadata with the k8s attributes processor, it batches, and it forwards. And then there's a gateway tier that does the expensive stuff."),
  say(R, "And what's the expensive stuff?"),
  say(K, "Tail sampling, mostly. So, with head sampling you decide at the start of the trace, like, keep ten percent, and it's cheap, but you throw away the one trace that had the error in it. With tail sampling, the collector waits until the trace is done, and then decides. Keep all the errors, keep everything slower than two seconds, and ten percent of the boring rest. ¦~ But the catch, and this got us, is that all the spans of one trace have to arrive at the same collector. If they're spread across ten gateways, each one sees a piece, and each one makes a different decision."),
  say(H, "The sad half-trace."),
  say(K, "The sad half-trace! So in front of the sampling tier you put the load-balancing exporter, which routes by trace ID, so every span of a trace lands on the same collector. It's a very boring fix, and nobody tells you about it until you've been debugging half-traces for a week."),
  say(I, "Can I add one thing? Because the other thing that bites everyone is memory. The memory limiter processor has to be the first processor in the pipeline, and people put it after batch, or they don't have it at all. And then the collector gets OOM-killed, Kubernetes restarts it, and you lose whatever was in the queue. And set GOMEMLIMIT on the container, a bit below the limit, so the Go garbage collector works harder before the kernel kills you."),
  say(K, "Yes, a hundred percent. Memory limiter first, always. And turn on the persistent queue, with the file storage extension, so a restart doesn't throw the queue away. ¦ The other thing, honestly, is to stop using the contrib image in production. It has, like, every component anyone ever wrote. We build our own distribution with the builder, OCB, with only the receivers and processors and exporters we actually use. The binary is a fraction of the size, and the security scanner has a lot less to shout about."),
  say(R, "And how do you even upgrade four hundred of them? Because the Collector releases, what, every two weeks?"),
  say(K, "Roughly every two weeks, yeah. We don't follow every release. We go once a month, to a release that's been out for a week or two, and we roll it out with the OpenTelemetry Operator, agents first on one cluster, then the gateways. And we read the changelog, every time, because the contrib components do have breaking changes, they're marked, but they happen. ¦ Component names get renamed, a config key moves, a processor gets deprecated and replaced by a connector. It's not bad, it's just a project that moves fast, and you have to budget for it. I'd say half a day a month, for us."),
  say(H, "Somebody reads the changelog! I'm going to remember this moment."),
  say(K, "Don't get used to it. Anyway. Change the data in flight, you were asking."),
  say(R, "Right, yes. When you need to change it in flight. Like, drop an attribute, or rename something?"),
  say(K, "Transform processor, with OTTL. It's a little language, the OpenTelemetry Transformation Language, and you write statements like, delete this key where that condition. It's really powerful, and it's also how we broke production once, with a condition that matched everything. So, test those. We have unit tests for our collector config now, which I never thought I'd say out loud."),

  seg('topic', I, 'Prometheus 3 and OpenTelemetry: the OTLP receiver, UTF-8 names, resource attributes and temporality', ['Prometheus 3', 'Prometheus', 'OTLP']),
  say(R, "Test your OTTL. That's going on a sticker. Inês, let me come to you, because there's a question I see constantly. Prometheus 3 can take OTLP directly now. So do I still need a collector at all?"),
  say(I, "So, yes, since Prometheus 3, which came out last November, there's an OTLP receiver built in. You turn it on with a flag, the enable OTLP receiver flag, and your apps can push metrics straight to Prometheus over OTLP. Which is a little funny, because Prometheus is the pull system, the scrape system, and now it accepts push. ¦ And 3.0 was a big release in general. The new UI, which, finally, is actually nice. UTF-8 metric and label names, so you can keep the dots from OpenTelemetry names, like http dot server dot request dot duration, instead of everything being turned into underscores. And Remote Write 2.0, which sends metadata and exemplars and native histograms properly."),
  say(K, "But the dots break every PromQL query people have written, right?"),
  say(I, "Not break, but you have to quote them. You write the name in quotes, inside the braces. It's ugly, I'm not going to pretend it's pretty. What we did is, we kept the translation to underscores for now, there's a setting for that, the translation strategy, because we have eight years of dashboards and I'm not going to rewrite them for a dot."),
  say(H, "And it goes the other way too, right? Kofi's agents scrape Prometheus exporters."),
  say(K, "Yeah, we run the Prometheus receiver in the agent, so it scrapes node exporter and the kube-state-metrics and all the existing exporters, exactly like Prometheus would, using the same scrape config. The apps don't know or care. So in our setup Prometheus is the storage and the query engine, and the collection is OpenTelemetry."),
  say(I, "Which took me about a year to make peace with, emotionally."),
  say(R, "So, the collector question. The emotional journey aside."),
  say(I, "Right, the actual question. For a small setup, honestly, push straight to Prometheus, it's fine. But there are two things. One is resource attributes. In OpenTelemetry, things like the service name and the Kubernetes namespace are resource attributes, and by default Prometheus puts them on a separate metric, target info, and you have to join against it in every query, and nobody likes joining. ¦ There's a config now to promote specific resource attributes to labels, so use it. Pick five or six, not all of them."),
  say(I, "The second thing is temporality. Some SDKs get configured for delta temporality, usually because a vendor prefers delta, and Prometheus wants cumulative. So you either set the SDK back to cumulative, or you put a collector in the middle with the delta-to-cumulative processor.", { cut: 1 }),
  say(K, "Which is another reason to just have the collector."),
  say(I, "Which is another reason, yes, Kofi, we all know you love the collector."),
  say(K, "I'm not saying you need four hundred of them."),
  say(I, "I'm sure you're not. And native histograms, since Kofi is going to ask. They're the thing I'm most excited about, one series per histogram instead of one per bucket, with much better resolution. But in most setups they're still behind a feature flag, and the dashboards and the alerting rules need to learn them, so we run them on two services, not on everything.", { cut: 1 }),
  say(R, "And the upgrade from 2 to 3 itself? Was it painful?"),
  say(I, "Mostly painless. A few flags were removed, and range selectors became left-open, so a sample exactly at the start of the range isn't included anymore. A couple of our queries at the edges changed by one sample. Nobody noticed except the person who wrote the unit tests for the recording rules. Which was me."),

  seg('topic', H, 'Semantic conventions: the HTTP renames, the stability opt-in, database and gen AI conventions', ['semantic conventions', 'semconv', 'renames']),
  say(R, "Okay. Hannah. The renames. You promised."),
  say(H, "I did promise. So, semantic conventions are the agreed names for things. Like, what do you call the HTTP method attribute, what's the unit of the request duration metric. And the HTTP conventions went stable at the end of 2023, which was great, except that to go stable we renamed a lot of things. ¦ http dot method became http dot request dot method. http dot status code became http dot response dot status code. http dot url became url dot full. And the duration metric changed its name and its unit, from milliseconds to seconds."),
  say(K, "And every dashboard we had broke on the same day."),
  say(H, "Not the same day! That's the thing. There's an environment variable, OTEL underscore SEMCONV underscore STABILITY underscore OPT underscore IN, and if you set it to http slash dup, the instrumentation emits both the old and the new names for a while. So you migrate your dashboards, and then you switch to only the new ones."),
  say(K, "We found out about the dup setting after we'd fixed the dashboards."),
  say(H, "I'm sorry. I genuinely am. It was in the release notes."),
  say(K, "Nobody reads the release notes, Hannah."),
  say(H, "I know, that's why I go on panels. And the same thing is happening now with the database conventions. They went stable this year, with their own renames. db dot statement is now db dot query dot text, that kind of thing. ¦ And the gen AI conventions are still in development, so if you're tracing LLM calls, expect those names to move under you. A lot. Right now we're still arguing about how to record prompts and completions without putting personal data into everybody's traces by default."),
  say(I, "For us it was even worse, because the names change twice. The attribute names change, and then the Prometheus names that come out of the translation change with them. So http underscore server underscore duration underscore milliseconds became http underscore server underscore request underscore duration underscore seconds, and every recording rule and every alert that mentioned the old one went quiet. ¦ Not red. Quiet. Which is the worst kind of broken."),
  say(H, "The alert that never fires because the metric doesn't exist anymore."),
  say(I, "We have a check for that now. An alert that fires when another alert's query returns nothing for a day."),
  say(R, "An alert for the alerts. I love this community. Is there a way to not get surprised at all?"),
  say(H, "Pin your instrumentation versions, and read the changelog when you bump them. And the telemetry carries a schema URL, and in theory, tools can translate between versions with it. In practice, very few do. I'm being honest."),
  say(I, "That is the most honest thing anyone from a vendor has ever said on a panel."),
  say(H, "Please don't tell my manager."),

  say(R, "Your secret's safe, it's only being recorded. §Inês, I want to talk about money, and Kofi, I want you to push back on her. Cardinality. Why is my metrics bill so big?"),

  seg('topic', I, 'Cardinality and the metrics bill: labels, histograms, exemplars, dropping labels', ['cardinality', 'metrics bill', 'high cardinality', 'cost'], { mid: true }),
  say(I, "Because somebody put a user ID on a label. It's always somebody putting a user ID on a label. Every unique combination of label values is a separate time series. So if you have a request counter with method, route and status code, that's maybe a few hundred series. Add user ID, and you have a few hundred times the number of users. ¦ And histograms multiply it again, because in a classic histogram every bucket is its own series. Twelve buckets is fourteen series per label combination, with the sum and the count."),
  say(K, "Okay, pushback. Sometimes you really do need to know which customer. When customer X calls and says it's slow, I can't tell them, sorry, we aggregated you away."),
  say(I, "Yes, and that's what traces are for. Put the customer ID on the span, where it's cheap, and keep the metric coarse. And then use exemplars. An exemplar is a trace ID attached to a sample, so on the latency graph you see a little dot, you click it, and you're in the slow trace for that customer."),
  say(K, "Fine. But the span metrics connector makes metrics out of spans, and if your spans have high-cardinality attributes—"),
  say(I, "Then you've put the user ID back on the label with extra steps, yes. You have to configure which dimensions it keeps. The defaults are sensible, and then people add things."),
  say(K, "People always add things. It's also why we tail-sample before the span metrics, not after, which, that's a whole other argument."),
  say(H, "And you can stop it even earlier, in the SDK. The metrics SDK has views, and a view can say, for this instrument, keep only these attributes. Then the high-cardinality attribute is never aggregated at all. It's the cheapest place to drop it, it just needs the app team to care."),
  say(I, "The app team never cares. That's why I do it in the collector."),
  say(R, "And when it's already happened? When the bill has already arrived?"),
  say(I, "Find the worst metrics first. In Prometheus, the TSDB status page shows you the metric names and the labels with the most series, it's in the new UI too. Then you drop the label, either with relabelling in Prometheus, a labeldrop, or earlier, in the collector, which is cheaper, because the data never travels. ¦ For the dashboards that only need aggregates, recording rules. And some vendors do the automatic version now, they look at which labels nobody ever queries and aggregate them away for you. Grafana calls it Adaptive Metrics."),
  say(K, "Okay. I retract maybe forty percent of my pushback."),
  say(I, "I'll take forty. Forty is a good number for a telecom.", { cut: 1 }),

  seg('topic', H, 'Profiling as the fourth signal, and eBPF instrumentation (OBI, formerly Beyla)', ['profiling', 'profiles', 'eBPF', 'OBI', 'Beyla']),
  say(R, "Hannah, back to you. Everyone says profiling is the fourth signal. Is it real yet, or is it still a slide?"),
  say(H, "It's real-ish. So, in OpenTelemetry there's now a profiles signal in OTLP. It's not stable, it's still experimental, but the data model is there, and it was designed so it can round-trip with pprof, so you don't lose anything coming from the Go tooling. And Elastic donated their eBPF-based profiling agent, which profiles the whole host from the kernel, so you don't add anything to your app. ¦ The part that excites me is correlation. The profile samples can carry the trace ID and the span ID, so you go from a slow span straight to the flame graph of what the CPU was doing during that span."),
  say(I, "Can I ask, as the Prometheus person, how is that different from what Pyroscope or Parca already do?"),
  say(H, "Honestly? For a lot of people, it isn't yet. Pyroscope and Parca do continuous profiling today, and they're good. The point of the OpenTelemetry signal is the wire format, so you're not locked into one agent and one backend. It's the same story tracing went through five years ago."),
  say(I, "I will say, we ran Pyroscope for a month on our billing mediation service, and we found a single regular expression that was using about a third of the CPU. One regex. Compiled on every call. Nobody would ever have found it from metrics."),
  say(H, "That is every profiling story. It's always one regex, or one JSON serializer, or one log line inside a loop."),
  say(K, "And the overhead? Because the first thing my boss asked was, what does it cost in CPU."),
  say(H, "With the eBPF agent, about one percent, is the number people quote, sampling at something like twenty times a second. Measure it on your own nodes, obviously. But it's low enough that people leave it on all the time, which is the whole point of continuous profiling."),
  say(K, "We've also been trying eBPF for the traces. The eBPF instrumentation, the thing that used to be Beyla."),
  say(H, "Yes, Grafana donated Beyla this year, and it's now OpenTelemetry eBPF Instrumentation, OBI. It watches the network calls from the kernel, and gives you RED metrics and spans for HTTP and gRPC, without touching the code. It can't see inside your process the way an SDK can, so no custom spans, no business attributes. But for the service nobody wants to touch—"),
  say(K, "The Perl service."),
  say(H, "I was going to say the legacy service, but sure, the Perl service."),
  say(K, "We genuinely have a Perl service. It calculates customs duties. It's the most reliable thing we run, and nobody's allowed to look at it."),
  say(H, "And that's exactly where OBI shines. It runs as a DaemonSet, like the profiler, so it's one thing to install per node, and the Perl service gets spans for free."),
  say(R, "So is the endgame that nobody ever adds an SDK again?"),
  say(H, "No, and I want to be really clear about that. eBPF gives you the outside of the process. Requests in, requests out, timings. The SDK gives you the inside. Which customer, which feature flag, a span around the one function that's slow. You want both. The eBPF stuff is a great floor, not a ceiling."),

  seg('topic', K, 'Audience question: a team of six with nothing yet, where to start', ['audience question', 'where to start', 'zero-code instrumentation', 'getting started']),
  say(R, "I love that. Okay, we're getting close to time, and there's one question in the Q and A with a lot of upvotes, so let me do that one. It's from Priyanka, and she says: we're a team of six, we have one Kubernetes cluster, and we have nothing. Should we start with OpenTelemetry, or just Prometheus client libraries? Kofi, I think that one's yours, you've got the most scars."),
  say(K, "Ha, yes. Priyanka, first, you're in a great position, because you have nothing to migrate. I'd start with the zero-code instrumentation for whatever language you use. The Java agent, or the Python one, opentelemetry-instrument, or the .NET auto-instrumentation. You get traces for your HTTP calls and your database calls on day one, without writing any code. ¦ Then, one collector. Not four hundred. With the OpenTelemetry Operator, if you're on Kubernetes, because it can inject those agents into your pods for you. Send the metrics to Prometheus, the traces to whatever you can afford, Jaeger or Tempo are fine. Don't do tail sampling yet. Don't build a custom distribution yet. Memory limiter first, like Inês said."),
  say(I, "And if you already know Prometheus, it's completely fine to keep the Prometheus client for your business metrics. Nobody will arrest you."),
  say(H, "And for logs, don't rip out your logging library. Use the OpenTelemetry log bridge for it, so your existing logs get the trace ID on them. That alone is worth it."),
  say(K, "Yes. The trace ID in the logs is the single best thing we ever did. Everything else is optimisation."),
  say(R, "Priyanka has a follow-up, actually, she's typing fast. She asks, does starting with OpenTelemetry mean we're stuck with one vendor later?"),
  say(K, "It's the opposite, that's the whole reason we did it. Everything leaves our clusters as OTLP, through our collectors. Two years ago we changed our tracing backend, and it was a change in the exporter config of the gateways. The applications never knew. ¦ The thing that locks you in is the dashboards and the alerts, not the data. So keep those in code, in git, as much as you can."),
  say(H, "Speaking as somebody who works at a vendor: yes, that's true, and it's fine. We'd rather you stay because it's good."),

  seg('outro', R, 'Thanks, where to find the panellists, next session', []),
  say(R, "That's a perfect place to stop. Thank you, Kofi, Inês, Hannah. Where can people find you? One line each, quickly."),
  say(K, "I'm Kofi Asante on LinkedIn, and I'm in the CNCF Slack, in the collector channel, mostly complaining."),
  say(I, "I'm on Bluesky as ines dot observes, and I'll be at KubeCon in Atlanta next month, if anyone wants to argue about histograms."),
  say(H, "And I'm in the semantic conventions meeting every week. Come! Bring your renames."),
  say(R, "And Mango?"),
  say(K, "Mango is not on social media. She's very private."),
  say(R, "Brilliant. The recording and the transcript go up next week. The next session is in November, and it's about alerting, so bring your pager stories. Thank you all, good night, good morning, bye!"),
];

export const SPEAKERS = [
  { name: R, aliases: ['Renata Okafor', 'Renata', 'Okafor', 'OKAFOR'] },
  { name: K, aliases: ['Kofi Asante', 'Kofi', 'Asante', 'ASANTE'] },
  { name: I, aliases: ['Inês Albuquerque', 'Ines Albuquerque', 'Inês', 'Ines', 'Albuquerque', 'ALBUQUERQUE'] },
  { name: H, aliases: ['Hannah Lindqvist', 'Hannah Lindqvist (she/her)', 'Hannah', 'Lindqvist', 'LINDQVIST'] },
];
