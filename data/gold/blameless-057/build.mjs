// Builds Blameless #57 (SYNTHETIC held-out episode, written 2026-11-22): an interview show about
// incidents (host Bartek Nowicki, guest Kateryna Bondarenko, staff SRE at the invented parcel-locker
// company Parcelmint). The guest tells long stories, the host interjects briefly; a sponsor read
// right after the intro and another mid-show. Renders labeled.txt (full-name label on each
// person's first line, then first-name labels with typos, unlabeled continuation lines, one
// unlabeled speaker change), web.txt (page header and footer, every paragraph stamped `00:00`
// like the seed page, SURNAME labels on the first two paragraphs only, first word of unlabeled
// continuation paragraphs cut off, URLs dropped) and gold.json with offsets into both.
// Rerun with `node build.mjs` in this folder. Deterministic.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEpisode, say, seg } from '../build-episode.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'blameless-057';
const B = 'Bartek Nowicki';
const KB = 'Kateryna Bondarenko';
const LABELS = {
  first: { [B]: 'Bartek Nowicki', [KB]: 'Kateryna Bondarenko' },
  later: { [B]: 'Bartek', [KB]: 'Kateryna' },
};

// seg(kind, presenter, title, titleKeys, {mid}) and say(speaker, text, {lab, cut, amb}): see ../build-episode.mjs.

const SOURCE = [
  seg('intro', B, 'Welcome and guest introduction', []),
  say(B, "Hi, and welcome to Blameless, the podcast where we talk to the people who get paged, about the day everything broke and what they learned from it. I'm Bartek Nowicki. This is episode 57. And my guest today is a staff site reliability engineer at Parcelmint, which, if you live in the Netherlands or Belgium, you've probably used, they run those orange parcel lockers at train stations. She's also the author of rulecheck, a linter for Prometheus alerting rules that I have personally used and, I'll admit, been yelled at by. Kateryna Bondarenko, welcome to the show."),
  say(KB, "Thank you, Bartek. Hi. Sorry about the yelling. The linter is very opinionated. I'm less opinionated than the linter, I promise."),
  say(B, "I don't believe you for a second."),
  say(KB, "Okay, maybe a little. So, yes, I'm Kateryna, I'm in Amsterdam, I've been at Parcelmint for, it'll be five years in January, and before that I was at a bank in Kyiv, doing, well, we didn't call it SRE there, we called it operations, but it was the same thing with more fax machines."),
  say(B, "More fax machines!"),
  say(KB, "I'm not joking. There was a fax machine in the data center and nobody knew what it was connected to. We were afraid to unplug it. For all I know it's still there."),
  say(B, "That's a whole episode on its own. So, today, we're going to talk about one specific incident. The one that, in your words, when you emailed me, was, quote, the day the lockers went dark. Which is a hell of a title. But before we do that, a quick word from the folks who make this show possible."),

  seg('sponsor', B, 'Sponsor: Relaymark', ['Relaymark']),
  say(B, "This episode is supported by Relaymark. Relaymark does on-call scheduling and incident response, and the thing I like about it is that it doesn't try to be everything. It pages the right person, it opens the incident channel in Slack for you, it pulls in the dashboards you linked to the service, and when it's over it gives you a timeline you can drop straight into your postmortem doc, so you're not scrolling back through four hundred Slack messages at midnight trying to work out when somebody said, oh no. Relaymark integrates with Prometheus Alertmanager, Grafana, Datadog and basically anything that can send a webhook. Blameless listeners get the first three months free at ⟨relaymark.com/blameless⟩. Thanks to Relaymark for supporting the show."),

  seg('topic', KB, 'Background: how Kateryna got into SRE and how Parcelmint runs', ['background', 'Parcelmint', 'Kubernetes', 'how Kateryna got into SRE']),
  say(B, "Okay. Before the incident, give people the lay of the land. What does Parcelmint actually run? Like, what's behind a locker?"),
  say(KB, "Right. So, from the outside it's a metal box with doors. From the inside, every locker bank, that's what we call one group of doors, has a small Linux computer in it, an ARM board, and it talks to our backend over a mobile connection, LTE, sometimes quite a bad one. When a courier drops a parcel, the locker calls our API and says, door 14 has parcel such-and-such. When you come to pick up, you scan a code in the app, the app calls our API, the API tells the locker, open door 14. So every single door opening is a round trip through our backend. There's no offline mode for opening, for security reasons. That's important for later."),
  say(B, "Okay. Noted. No offline mode."),
  say(KB, "The backend is, I'd say, about forty services, almost all Go. We run on Kubernetes, on Google Kubernetes Engine, two regional clusters, and we have Postgres for the durable stuff and Redis for, you know, the stuff we pretend isn't durable. Observability is the standard open-source stack, Prometheus and Grafana, Loki for logs, and we had just started rolling out OpenTelemetry tracing, with Tempo as the backend. Just started. Like, maybe a third of services had tracing. Also important for later."),
  say(B, "I love that you're foreshadowing. It's like a novel."),
  say(KB, "It's a very boring novel. Everybody dies of timeouts.", { lab: 'Kateryna' }),
  say(B, "And how did you end up in SRE in the first place? You said a bank, fax machines. How do you get from there to, you know, Kubernetes and Go?"),
  say(KB, "Honestly, by accident. At the bank I was the person who wrote scripts. Bash, then Python, because I was lazy and I didn't want to do the same thing twice. And then in 2019 my husband got a job offer in Amsterdam, and I came with him, and I applied to Parcelmint as a, I think the title was platform engineer. And in the interview they asked me, what's the worst outage you've been part of, and I told them about the fax machine, and a night when the bank's core database ran out of disk on a Friday. And the person interviewing me, who is now my manager, said, okay, you're hired, you clearly don't panic."),
  say(KB, "Which is not true! I panic. I just panic quietly. I learned Go on the job. Our codebase was Go already and I, I'm still not a great Go programmer, but I can read a goroutine dump, which, as it turns out, is the main skill.", { lab: null }),
  say(B, "Reading a goroutine dump is a superpower. Most people see that wall of text and close the tab."),
  say(KB, "It's a very long wall. And the secret is you don't read it. Nobody reads it. You count. You sort by where the goroutines are stuck and you look at the biggest pile. There's a tool I like for that, panicparse, it groups identical stacks together so a hundred thousand lines become, like, twelve buckets. That's the whole trick. I should sell a course.", { lab: 'Kateryna' }),
  say(B, "You should. I'd buy it. How big is the team, by the way? The SRE team, I mean."),
  say(KB, "We're six. Six SREs for about a hundred and twenty engineers. And we're not the people who run everything, we're more the people who build the platform and then help teams run their own services. Every team is on call for their own stuff. We're on call for the clusters and the, um, shared things. DNS, ingress, the observability stack. Which, on that day, meant we were on call for the things that broke second."),
  say(B, "Broke second. Okay, I want to hear about this."),

  seg('topic', KB, 'The incident: a slow upstream, a goroutine leak and a retry storm', ['incident', 'goroutine leak', 'retry storm', 'OOM', 'lockers went dark', 'timeout']),
  say(B, "So. Take me to the day. When was it, and what was the first sign?"),
  say(KB, "It was the Tuesday of Black Friday week, last year, so November 2023. Which is already our busiest week, because everybody orders everything, and we had, I think, something like three times a normal Tuesday in parcel volume. And at about ten past five in the evening, which is when people come home from work and pick up their parcels at the station, the first alert was not from us. The first alert was from customer support. In Slack. Somebody wrote, hey, we're getting a lot of calls that lockers won't open, is that known?"),
  say(B, "Oh no. The support channel is never a good first alert."),
  say(KB, "It's the worst first alert. Because it means our monitoring didn't see it. And I looked at the main dashboard, the one with the big numbers, and everything was green. Request rate, up, normal for Black Friday. Error rate, low. Latency for the door-open endpoint, p99, a bit high, but not crazy. So my first thought, honestly, was, it's the mobile network. It happens. One operator has a bad evening, some lockers go offline, it's not us."),
  say(B, "Right."),
  say(KB, "And then about five minutes later, the pods for our locker gateway service started restarting. That's the service the lockers talk to directly. And they weren't crashing with a panic, they were getting OOMKilled. Kubernetes was killing them because they hit their memory limit. And when one gets killed, its connections move to the others, and those get more load, and they get killed, and, you know. Dominoes. By five thirty, something like a quarter of all lockers in the Netherlands couldn't open a door."),
  say(B, "A quarter. During Black Friday week. At rush hour."),
  say(KB, "At rush hour. There were people standing at stations with their phones, pressing the button again and again. Which, and this is the part I didn't understand yet, was making it so much worse."),
  say(B, "Wait, sorry, before that. Did the lockers at least fail safe? Like, nobody got somebody else's parcel?"),
  say(KB, "No, thank god. That part of the design worked. Every failure was a door that stayed shut. Never a door that opened for the wrong person. If you have to choose, that's the right way to be broken."),
  say(B, "Fail closed.", { lab: null, amb: true, cut: 0 }),
  say(KB, "Because the other way is a newspaper story. This way was only a very angry evening on social media. Which, there was. Somebody made a meme with the locker as the, um, the dog in the burning room. This is fine. It was quite funny, honestly. I didn't laugh until Thursday.", { lab: 'Kateryna' }),
  say(B, "Okay, sorry, go on. The button pressing. Because every press is a request."),
  say(KB, "Every press is a request, yes, but it's worse than that. Our app had a retry policy. If the open-door call failed or took too long, it retried. Three times, with a fixed one second delay. No jitter, no backoff. And the locker firmware also had its own retry, when it didn't get an acknowledgement from the gateway, it retried, five times. So one frustrated person pressing the button four times is, I calculated this afterwards, potentially dozens of requests hitting a service that is already dying. We were basically being, um, what's the word, DDoSed by our own customers. Our own customers and our own lockers."),
  say(KB, "And the HPA, the horizontal pod autoscaler, saw the CPU going up and started adding pods. Which sounds good. But new pods take about forty seconds to be ready, because they load a big cache of locker configs at startup, and during those forty seconds they're not serving, and the old pods keep dying. So we were scaling up into a wall.", { lab: null }),
  say(B, "Scaling up into a wall. Okay. So at this point, what do you actually know? Like, in the moment."),
  say(KB, "In the moment I know almost nothing! I know the gateway is running out of memory. I don't know why. Memory usage on those pods normally is flat, like, two hundred megabytes, and now it's going up in a straight line until it hits the limit, one gigabyte, and dies. A straight line is, for me, always a leak. Something is being created and never freed. And in Go, the thing that's created and never freed, nine times out of ten, is goroutines."),
  say(B, "Nine times out of ten."),
  say(KB, "And the tenth time it's a map that somebody uses as a cache and never evicts. But it was goroutines."),
  say(B, "So how did you find out? What did you look at first?"),
  say(KB, "So we expose pprof on all our Go services, on an internal port, not public, don't worry. And I did a kubectl port-forward to one of the gateway pods that hadn't died yet, and I pulled the goroutine profile, the debug equals two one, the full dump. And it was, I think, a hundred and eighty thousand goroutines. In a service that normally has maybe two thousand. And ninety-something percent of them were sitting in the same place, in net/http, waiting to read a response body. From one upstream."),
  say(B, "Which upstream?"),
  say(KB, "The parcel-status service, which belongs to another team. When the locker opens a door, the gateway, as a side thing, calls parcel-status to mark the parcel as picked up. And it did it in a goroutine, fire and forget, so the door could open fast. Which is a reasonable idea. But the HTTP client it used was the default client. http.DefaultClient. In Go the default client has no timeout. None. If the other side accepts the connection and then just never answers, you wait forever."),
  say(B, "Oh. Oh no. And parcel-status was slow that day?"),
  say(KB, "Parcel-status was slow that day, because its Postgres database was having a bad time. There was a migration that had been running in the background that afternoon, adding an index, and it made some queries much slower. Not failing. Slow. Thirty, forty seconds. And then, at some point, it had so many connections open that the connection pool was full, and new requests just queued. Forever. So every door opening started one goroutine that would wait forever on a request that would never finish. And each of those goroutines holds a little bit of memory. A buffer here, a request struct there. Multiply by a hundred and eighty thousand, and you hit one gigabyte."),
  say(B, "And the fire and forget is why the error rate looked fine."),
  say(KB, "Exactly! That's exactly it. The door-open request itself was fast, it returned, it was a success. The thing that was broken was invisible, it was in the background, nobody was measuring it. Until the pod died and took all the other, healthy, requests with it. So our dashboard was green right until the moment everything was red. It's my favorite kind of incident now. Because it's, it's so honest about what your monitoring actually sees.", { lab: 'Kateryna' }),
  say(B, "What did you do to stop the bleeding? Because I assume you didn't fix the code at six p.m. on Black Friday week."),
  say(KB, "No, no. We did three ugly things. First, we raised the memory limit on the gateway pods to four gigabytes. Which bought us time, from dying every five minutes to every twenty. Second, somebody on the parcel-status team killed the index migration, which was brave, and their database recovered in maybe ten minutes. And third, the one that actually fixed it, we turned off the side call completely, with a feature flag. We had a flag for it, luckily, from when the service was new. So the parcels weren't marked as picked up for about two hours, and we backfilled that afterwards from the locker logs. Customers don't care about that. They care about the door."),
  say(KB, "By about seven fifteen the gateway was stable, memory flat, lockers opening. Total impact, roughly two hours, and at the peak around twenty-eight percent of lockers affected. Support got, I think, four thousand contacts that evening. And then there was the morning after.", { lab: null }),
  say(B, "Let's hold the morning after for a second, because I want to get into how you actually debugged the rest of it. But first, one more break. §This part of Blameless is brought to you by Tidepool. Tidepool is log storage that doesn't make you choose between keeping your logs and paying your rent. It stores everything in object storage in your own cloud account, S3, GCS or Azure Blob, and you query it with plain SQL, or with LogQL if you're coming from Loki. And you pay for what you query, not for what you ingest, so that debug logging you turned on during an incident doesn't turn into a surprise invoice. Go to ⟨tidepool.dev/blameless⟩ for a free thirty-day trial with a terabyte of ingest. Thanks, Tidepool."),

  seg('sponsor', B, 'Sponsor: Tidepool', ['Tidepool'], { mid: true }),
  seg('topic', KB, 'Debugging: pprof, missing traces and a DNS surprise', ['pprof', 'debugging', 'DNS', 'CoreDNS', 'ndots', 'tracing', 'traces']),
  say(B, "So, you've stopped the bleeding. When you sat down the next day, what didn't make sense yet?"),
  say(KB, "Two things didn't make sense. The first was, why didn't the traces show it? Because the gateway was one of the services that had OpenTelemetry already. And I went into Tempo and looked for slow traces from the gateway, and they were all fast. Beautiful, fast traces. And it took me an embarrassingly long time to realize why. The background call to parcel-status was in a new goroutine, and whoever wrote it didn't pass the context along. They used context.Background, because, I think, they didn't want the background call to be cancelled when the door request finished. Which is correct. But it also meant the span was not connected to anything. It wasn't part of the trace."),
  say(B, "So the trace ends at the door opening and the slow part just floats off on its own."),
  say(KB, "It floats off, yes, as an orphan. And actually, it was worse, because the sampler only kept traces that were sampled at the root. And the orphan span had no root, so it made a new root, and that got sampled at one percent. So one in a hundred of the slow calls was in Tempo. As its own little trace, with one span, called HTTP GET. No service name in the span name, nothing. I found them later. They were there the whole time. Hundreds of little sad traces saying HTTP GET, thirty-nine seconds."),
  say(B, "That's tragic. That's actually tragic."),
  say(KB, "It's the most tragic thing I've seen in Grafana. And I've seen a lot of things in Grafana.", { lab: 'Kateryna' }),
  say(B, "What was the second thing?"),
  say(KB, "The second thing was DNS. Because when I looked at the graphs afterwards, there was another weird one. CoreDNS, the DNS server inside the cluster, its CPU went through the roof during the incident. And I thought, why does DNS care that the gateway is slow? And the answer is a thing that I think every Kubernetes person learns, at some point, in pain. The ndots setting."),
  say(B, "Oh, ndots. Ndots five."),
  say(KB, "Ndots five! So, for people who don't know. In a pod, the resolv.conf that Kubernetes gives you says options ndots five. Which means if the hostname you look up has fewer than five dots, the resolver first tries it with every search domain appended. So if you look up parcel-status dot some external domain, it first tries that plus the namespace domain, plus svc dot cluster dot local, plus cluster dot local, plus the, the cloud provider's internal domain, and only then the real name. Every lookup is four or five queries, and most of them are NXDOMAIN. And the gateway was calling parcel-status through its public ingress hostname, not the internal service name. For historical reasons."),
  say(KB, "And normally that's fine, because Go caches nothing by default, but the connections are reused, so you don't look up very often. But when the connection pool is exhausted and every goroutine opens a new connection, every new connection does a DNS lookup, and every DNS lookup is five queries. So we had a few hundred thousand DNS queries a second hitting CoreDNS, and CoreDNS started dropping them, and then other services, completely unrelated ones, started getting DNS timeouts. Payments had a few. That's how it spread sideways.", { lab: null }),
  say(B, "So the gateway was not only killing itself, it was also, sort of, poisoning the well for everybody else."),
  say(KB, "Poisoning the well. Yes. That's a good way to say it. That's going in the postmortem, if you don't mind."),
  say(B, "Go ahead. I'll invoice you."),
  say(KB, "Ha. So the fix for that was boring and good. We moved the gateway to the internal service name, which is one line. And we deployed NodeLocal DNSCache, which is a DNS cache that runs on every node as a DaemonSet, so most lookups never leave the node. We'd been meaning to do it for a year. It's always the thing you've been meaning to do for a year."),
  say(B, "How did you confirm all this? Was it from the goroutine dump, or did you have to reproduce it?"),
  say(KB, "We reproduced it. That was the fun part, actually. We have a staging cluster, and we wrote a tiny fake parcel-status, in Go, obviously, twenty lines, that accepts a connection and then sleeps forever. And then we ran a load test against the gateway with k6, at about the rate we had that evening. And it died in, I think, four minutes. Same straight line in memory. Same goroutines in pprof. And the same CoreDNS spike. That was a very satisfying afternoon. Everybody came to my desk to watch the line go up."),
  say(B, "There's nothing better than reproducing an incident on purpose."),
  say(KB, "It's better than solving it, almost. Because then you know you're not just telling yourself a story."),
  say(B, "Do you do that regularly now? Like, game days, chaos experiments?"),
  say(KB, "We do a game day once a quarter. Nothing fancy, we don't have a chaos monkey randomly killing things in production, I'm not that brave, and our legal team is definitely not that brave. We pick one scenario, like, what if parcel-status is slow again, and we do it in staging with the teams that own the services, and we watch what happens. And every single time something surprises us. Last time it was that a dashboard everybody relies on was querying the wrong cluster. For a year. Nobody noticed because both clusters look the same most of the time."),
  say(B, "The dashboards. It's always the dashboards."),
  say(KB, "The dashboards lie more than the code, I think. The code at least does what it says. A dashboard does what somebody thought it should say three years ago."),

  seg('topic', KB, 'Fixes and the postmortem: timeouts, GOMEMLIMIT, retry budgets and no blame', ['postmortem', 'timeouts', 'GOMEMLIMIT', 'retry budget', 'jitter', 'fixes', 'blame']),
  say(B, "Okay. So the morning after. You mentioned it. What happened?"),
  say(KB, "So the morning after, the CEO was in the incident channel. Which, you know, is fine, he has the right. And the first question was, whose change was it? And this is the moment where I think a lot of postmortems go wrong. Because there's an easy answer, right? The person who wrote the fire-and-forget call without a timeout. He was a junior engineer, his second month, and the code was reviewed by two seniors, and it had been in production for eight months without a problem."),
  say(B, "Eight months."),
  say(KB, "Eight months! So it's not, like, he broke it. The system was always broken, and it needed a slow database and Black Friday volume to show it. And I wrote back, quite carefully, that I didn't think it was useful to say whose change it was, and that we'd have the review on Thursday and everybody was welcome. And to his credit, he came, the CEO, and he listened, and at the end he said the thing that I think fixed the culture for a while, which was, okay, so this is a platform problem, not a person problem. Which it was."),
  say(KB, "And the junior engineer, by the way, wrote the fix. He asked if he could. I think that was important for him. He's now one of the best people on the team at this stuff. He gave a talk about it internally called, um, I have no timeout and I must scream.", { lab: null }),
  say(B, "That is a perfect talk title."),
  say(KB, "It's much better than anything I've ever named. So, the fixes. We did them in layers. The first layer is obvious. No more default HTTP clients. We have a small internal package that builds an http.Client with a timeout, and with transport settings, max connections per host, idle timeouts. And then we added a linter rule in golangci-lint that fails the build if you use http.DefaultClient or http.Get directly. It's not perfect, you can get around it, but it catches the lazy case, and the lazy case is the case."),
  say(B, "And the background call, what did you do with that?"),
  say(KB, "It's not a goroutine anymore. It's a message on a queue. The gateway writes, parcel picked up, to a Pub/Sub topic, and parcel-status consumes it whenever it can. If parcel-status is slow, the queue grows, and the queue is somebody else's problem, somebody with a lot of disk. Memory in the gateway doesn't care. This is, honestly, what it should've been from the start. Fire and forget should mean a queue, not a goroutine that waits."),
  say(B, "Makes sense. And the memory side? Because even with all that, the pods died really ungracefully."),
  say(KB, "Yes. So, second layer, we set GOMEMLIMIT. That's a setting in Go since 1.19 that tells the garbage collector about the memory limit, so it collects more aggressively as you get close, instead of happily growing until the kernel kills you. We set it to about ninety percent of the container limit. It doesn't fix a leak, nothing fixes a leak, but for normal spikes it's the difference between a slow pod and a dead pod. We also put a cap on the number of in-flight requests in the gateway, it's a simple semaphore, and above that it returns a 503 quickly. Load shedding. It's better to say no quickly than yes never."),
  say(B, "Better to say no quickly than yes never. Okay, you're just doing this on purpose now."),
  say(KB, "I practiced in the shower. No, I say that one a lot at work, people are sick of it.", { lab: 'Kateryna' }),
  say(B, "And the retries? The app and the locker firmware?"),
  say(KB, "That was the hardest, because it's two other teams and one of them is firmware, and firmware updates to lockers take, like, six weeks to roll out. In the app we changed it to exponential backoff with jitter, and a retry budget, which means the client keeps a count, and if more than ten percent of its recent requests were retries, it stops retrying. That idea is from the Google SRE book, the chapter on handling overload. And in the firmware, we did the same, but simpler, and we also made the gateway send a retry-after hint when it's shedding load. The firmware respects it now. Mostly. There's an older hardware generation that doesn't get updates, we still have about three hundred of those."),
  say(B, "There's always an older hardware generation."),
  say(KB, "Always. It's the fax machine of Parcelmint."),
  say(B, "What about the alerting? Because the thing that stung, I think, is that support told you first."),
  say(KB, "Yes, and that's, that's honestly the part I care most about, and it's the reason rulecheck exists, so maybe that's a good moment to talk about it."),

  seg('topic', KB, 'Alerting on symptoms: SLO burn-rate alerts and the rulecheck linter', ['rulecheck', 'alerting', 'SLO', 'burn rate', 'burn-rate', 'Alertmanager']),
  say(B, "Go for it. Because I've used it, and, as I said, been yelled at."),
  say(KB, "So, the lesson from the incident on alerting was, we had lots of alerts, something like six hundred alert rules across all services, but almost all of them were about causes. CPU high, memory high, pod restarted, disk at eighty percent. And nothing about the actual thing the customer experiences, which is, I press the button and the door opens. We didn't have an alert that said, the door didn't open. If we had had an alert on that, on the ratio of door-open commands that were not confirmed by the locker within ten seconds, it would have fired at, I checked afterwards, about four fifty-two. Fifteen minutes before support."),
  say(B, "Fifteen minutes. That's a lot of doors."),
  say(KB, "That's a lot of doors. So we rebuilt the alerts around SLOs. For the door opening, the SLO is 99.5 percent of door-open commands confirmed within ten seconds, over thirty days. And then we alert on the burn rate, the multi-window, multi-burn-rate approach from the SRE workbook. Which sounds complicated but is really two questions. Are we burning the error budget so fast that we'll run out in hours? Page someone. Are we burning it slowly, so we'll run out in days? Make a ticket. That's it. We generate the rules with Sloth, which is an open source tool that writes the Prometheus recording and alerting rules for you from a small YAML file."),
  say(KB, "And we deleted, I think, four hundred of the six hundred old alerts. That was a fun meeting. People are very attached to their alerts. There was one alert that had fired every night at three a.m. for two years, because of a backup job, and everybody just acked it. Two years!", { lab: null }),
  say(B, "That's not an alert, that's a pet."),
  say(KB, "It's a pet! It has a name! It was called, um, DiskIOHigh. We had a small ceremony when we deleted it."),
  say(B, "So where does rulecheck come in?"),
  say(KB, "So rulecheck came from the cleanup. When you have hundreds of alert rules written by fifty people over five years, you find the same mistakes again and again. An alert with no for clause, so it fires on one bad scrape. A rate over a window shorter than two scrape intervals, which is basically noise. An alert with no runbook link in the annotations. Labels that don't match any Alertmanager route, so the alert goes nowhere, to nobody, forever. And promtool, which comes with Prometheus, checks that your rules are valid, but it doesn't check that they make sense. So I wrote a linter, in Go, that runs in CI on our rules repo. It's maybe two thousand lines. It has about twenty checks. And then people at other companies started asking for it, so we open-sourced it. It's on GitHub, ⟨github.com/parcelmint/rulecheck⟩."),
  say(B, "And the one that yelled at me was the runbook one, I think."),
  say(KB, "Everybody gets yelled at by the runbook one. It's the most hated check. It's also the most important one, I think. If you get paged at three in the morning, the alert should tell you what to do first. Even if the runbook is two lines. Check this dashboard, if it's this, restart that. Two lines at three a.m. is worth more than a beautiful wiki page nobody can find."),
  say(B, "How many people maintain it? Is it just you?"),
  say(KB, "It's mostly me, and one person from a company in Finland who sends very good pull requests. Parcelmint gives me a few hours a week for it. Which I'm grateful for. And the rest is evenings, when the twins are asleep. They're seven, so that's, you know, nine p.m. on a good day. Ten on a bad day."),
  say(B, "Nine p.m. on a good day. I don't know how you do it."),
  say(KB, "Coffee. And I cycle to work, so I have forty minutes a day where nobody can talk to me. That's when I think. Most of rulecheck was designed on a bicycle next to a canal."),
  say(B, "That's the most Amsterdam sentence I've ever heard."),
  say(KB, "I'm very integrated now. I have a bicycle with a box for the kids in front. I'm basically Dutch. Except I still think the food is, um, I'll be diplomatic. I'll stop there.", { lab: 'Katerina' }),
  say(B, "If you could give one piece of advice to somebody who's about to have their first big incident, what would it be?"),
  say(KB, "Write things down while it's happening. Not after. In the channel, every time you do something, write what you did and what time it is. Restarted the gateway, 17:41. Raised the memory limit, 17:48. Because the next day your memory is useless. Everybody remembers the incident differently, and everybody remembers themselves as a bit calmer and a bit smarter than they were. The channel doesn't lie."),
  say(B, "The channel doesn't lie."),
  say(KB, "It doesn't. And the second piece of advice, if I get two. Sleep. After the incident, go home. The postmortem can wait a day. Nobody writes a good postmortem at two in the morning. They write a bad one and then a good one on Thursday."),

  seg('outro', B, 'Wrap-up and where to find Kateryna', []),
  say(B, "Kateryna, this was fantastic. Where can people find you, and rulecheck?"),
  say(KB, "Rulecheck is on GitHub under parcelmint. I'm on Mastodon, on hachyderm, I'm kbondarenko there. And I'm speaking at SREcon EMEA next year, if they accept my talk. If they don't, I'm still going."),
  say(B, "They'll accept it. If they don't, I'll be very upset. Thanks again to Relaymark and Tidepool for supporting the show. Show notes, with links to the Go http.Client documentation, the SRE workbook chapter on burn rates and everything else we talked about, are at ⟨blamelesspod.com/57⟩."),
  say(B, "And if you have an incident story you want to tell, and you're allowed to tell it, send me an email. Especially if it involves a fax machine. I'm Bartek Nowicki, thanks for listening, and may your pager stay quiet.", { lab: null }),
  say(KB, "Thank you, Bartek. Bye, everyone!"),
];

const SPEAKERS = [
  { name: B, aliases: ['Bartek Nowicki', 'Bartek', 'Nowicki', 'NOWICKI', 'BARTEK'] },
  { name: KB, aliases: ['Kateryna Bondarenko', 'Kateryna', 'Katerina', 'Bondarenko', 'BONDARENKO', 'KATERYNA'] },
];

const ENTITIES = {
  required: {
    Go: ['Go', 'Golang'],
    Kubernetes: ['Kubernetes', 'K8s'],
    GKE: ['Google Kubernetes Engine', 'GKE'],
    Prometheus: ['Prometheus'],
    Grafana: ['Grafana'],
    Loki: ['Loki', 'Grafana Loki', 'LogQL'],
    OpenTelemetry: ['OpenTelemetry', 'OTel'],
    Tempo: ['Tempo', 'Grafana Tempo'],
    Alertmanager: ['Alertmanager', 'Prometheus Alertmanager'],
    PostgreSQL: ['Postgres', 'PostgreSQL'],
    Redis: ['Redis'],
    pprof: ['pprof', 'goroutine profile', 'goroutine dump'],
    goroutines: ['goroutine', 'goroutines', 'goroutine leak'],
    'net/http': ['net/http', 'http.Client', 'http.DefaultClient', 'http.Get', 'default client', 'DefaultClient'],
    'HPA': ['HPA', 'horizontal pod autoscaler', 'Horizontal Pod Autoscaler'],
    OOMKilled: ['OOMKilled', 'OOM', 'OOM kill', 'out of memory'],
    CoreDNS: ['CoreDNS'],
    ndots: ['ndots', 'ndots five', 'ndots:5', 'resolv.conf'],
    'NodeLocal DNSCache': ['NodeLocal DNSCache', 'NodeLocal DNS Cache', 'node-local DNS cache'],
    k6: ['k6'],
    golangci_lint: ['golangci-lint'],
    'Pub/Sub': ['Pub/Sub', 'Google Pub/Sub', 'Cloud Pub/Sub'],
    GOMEMLIMIT: ['GOMEMLIMIT'],
    Sloth: ['Sloth'],
    promtool: ['promtool'],
    rulecheck: ['rulecheck'],
    Relaymark: ['Relaymark'],
    Tidepool: ['Tidepool'],
    Slack: ['Slack'],
    SLO: ['SLO', 'SLOs', 'burn rate', 'burn-rate', 'error budget', 'burn rate alerts'],
  },
  tolerated: [
    'Parcelmint', 'Datadog', 'webhook', 'Linux', 'ARM', 'LTE', 'Kyiv', 'Bash', 'Python', 'kubectl', 'kubectl port-forward',
    'context', 'context.Background', 'span', 'sampler', 'DNS', 'NXDOMAIN', 'ingress', 'DaemonSet', 'svc.cluster.local', 'cluster.local',
    'Black Friday', 'feature flag', 'p99', 'S3', 'GCS', 'Azure Blob', 'Azure Blob Storage', 'SQL', 'Go 1.19', 'garbage collector',
    '503', 'load shedding', 'semaphore', 'exponential backoff', 'jitter', 'retry budget', 'retry-after', 'Retry-After', 'firmware',
    'Google SRE book', 'SRE book', 'SRE workbook', 'The Site Reliability Workbook', 'Site Reliability Engineering', 'SRE',
    'YAML', 'recording rules', 'runbook', 'CI', 'GitHub', 'Mastodon', 'hachyderm', 'hachyderm.io', 'SREcon', 'SREcon EMEA',
    'Blameless', 'postmortem', 'on-call', 'Google', 'Google Cloud', 'connection pool', 'index migration', 'retry storm',
    'multi-window multi-burn-rate', 'DDoS', 'wiki', 'canal', 'staging', 'panicparse', 'game day', 'game days', 'chaos monkey', 'Chaos Monkey', 'chaos experiments', 'load test', 'NodeLocal', 'Finland',
  ],
};

const EPISODE = { show: 'Blameless', number: 57, recorded: null, title: 'The day the lockers went dark, with Kateryna Bondarenko' };

const WEB = {
  header: [
    'Blameless — stories from the people who get paged', '', 'Episodes   About   Tell us your incident', '',
    '« Return to episode page', '', 'Transcript for Episode #57:', 'The day the lockers went dark, with Kateryna Bondarenko', '', '',
  ].join('\n'),
  footer: '\n\n« Return to episode page\n\nBlameless is produced and hosted by Bartek Nowicki in Dublin. Theme music by Ciarán Doyle.',
  stamps: 'zero',
  labels: 2,
  label: { [B]: 'NOWICKI', [KB]: 'BONDARENKO' },
};

buildEpisode({ here, slug: SLUG, SOURCE, LABELS, WEB, EPISODE, SPEAKERS, ENTITIES });
