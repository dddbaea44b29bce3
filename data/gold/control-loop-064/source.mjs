// Source of Control Loop #64 (SYNTHETIC held-out episode, heldout7): a one-host, one-guest interview
// about platform engineering on Kubernetes. Host Declan Forde; guest Naledi Mokoena, principal platform
// engineer at "Harbourline", a freight-logistics software company. The show, the people, the company and
// the sponsor "Gullwing" are invented; the technologies are real and told from memory (October 2025).
// Rendered by build.mjs into labeled.txt and episode.txt.
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {lab, amb}) as in the shared
// renderer. Marks inside the text:
//   §      a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   ¦      episode.txt only: the transcription service starts a new block here (same speaker, new
//          header line with a later timestamp); in labeled.txt it is just a space.
// Extra options: ts: 'Unknown Speaker' = the service could not name the speaker of this block (the
// header says so); amb applies to labeled.txt only (episode.txt names every block).
import { say, seg } from '../build-episode.mjs';

export const H = 'Declan Forde';
export const G = 'Naledi Mokoena';

export const SOURCE = [
  seg('intro', H, 'Welcome and guest introduction', []),
  say(H, "Hello, and welcome to Control Loop, the podcast about the people and the plumbing behind modern infrastructure. I'm Declan Forde. Today's episode is one I've wanted to do for a long time, ¦because every second conversation I have at a conference ends up being about platform engineering, and I still can't tell you exactly what it is. So I've brought in someone who can. Quick note before we start: we recorded this one in person, in a meeting room in London with, I'm told, the loudest air conditioning in the building, so if you hear a hum, that's not your headphones. My guest is a principal platform engineer at Harbourline, where she and her team run the internal platform for about four hundred developers. Naledi Mokoena, welcome to the show."),
  say(G, "Thank you, Declan. I'm not sure I can tell you exactly what it is either, but I can tell you what it is at our company, which is maybe more useful."),
  say(H, "That's honestly better. We'll cover, um, Backstage, GitOps, Crossplane, observability, probably some arguing about cost. §But first, for anyone who hasn't met you,"),

  seg('topic', G, "Naledi's path from university sysadmin to platform engineering", ['background', 'career', 'sysadmin', 'SRE'], { mid: true }),
  say(G, "Sure."),
  say(H, "how did you end up doing this? Where did it start?"),
  say(G, "It started in a basement, like all good infrastructure stories. I was a student at Wits, in Johannesburg, and I got a part-time job running the Linux lab for the engineering faculty. Forty machines, NFS home directories, and a printer that hated me personally."),
  say(H, "There's always a printer."),
  say(G, "There's always a printer. And I loved it. I loved the fact that if I did my job well, nobody noticed. So after university I went to a bank, as a sysadmin, and over about five years that job turned into, well, they renamed it SRE halfway through, ¦and mostly what changed was that we started writing a lot more Python and a lot more Terraform."),
  say(H, "The great renaming."),
  say(G, "The great renaming, yes. And then in 2020 I moved to London and joined Harbourline, which at the time was maybe a hundred engineers, ¦and they were in the middle of moving everything onto Kubernetes on AWS, EKS. And I was hired to help with that, and somewhere in the middle of the migration we realised that what we were actually building wasn't a cluster. It was a product. For our own developers."),
  say(H, "Is there anything from the bank days that you still carry around with you?"),
  say(G, "Change windows. Not the process, the process was awful, we could only deploy on alternate Sundays. But the habit of asking, before every change, what's the rollback, and who needs to know. ¦I still ask that in every design review and people still roll their eyes at me. Lovingly, I hope."),
  say(H, "When did you realise that? Was there a moment?"),
  say(G, "There was a moment, actually. We had written this beautiful set of Helm charts and a forty-page wiki on how to use them, and we did a survey, and the most common answer to, what do you think of the new platform, was, what new platform? ¦Nobody had read the wiki. Nobody was ever going to read the wiki. That's when I started thinking of them as customers, and not as, you know, users who should have read the wiki."),

  seg('topic', G, 'What platform engineering is: platform as a product, Team Topologies and cognitive load', ['platform engineering', 'platform as a product', 'Team Topologies', 'cognitive load', 'internal developer platform']),
  say(H, "Okay, so let's do the definition then, because I promised the listeners. If someone says platform engineering to you, and they say, isn't that just DevOps with a new logo, what do you tell them?"),
  say(G, "I tell them, partly, yes!"),
  say(H, "Ha. Great. Episode over."),
  say(G, "No, so, the DevOps idea was, you build it, you run it. And that's a good idea. But somewhere along the way, you build it, you run it turned into, every team also has to be an expert in Kubernetes, and in IAM policies, and in Prometheus, and in certificate rotation. ¦And for a team of six people who are supposed to be building a pricing engine, that's just too much. So platform engineering, for me, is a team whose job is to take that stuff off the product teams' plates. And to do it as a product, with users, and a roadmap, and, crucially, the option for people not to use it."),
  say(H, "The option not to use it? That's interesting. Most platform teams I've seen make it mandatory."),
  say(G, "And that's how you end up with a platform nobody likes. If it's mandatory, you never find out whether it's good. We say, the golden path is the easiest path, not the only path. If you want to go off and do your own thing, you can, but then you own all of it."),
  say(H, "And I assume you've read Team Topologies, because everyone in this space quotes it."),
  say(G, "Everyone quotes it, and, honestly, it deserves it. Matthew Skelton and Manuel Pais. The idea that helped us the most was cognitive load, that a team can only hold so much in its head, ¦and the platform team exists to reduce the load on the stream-aligned teams, the ones building features. And the other one was the thinnest viable platform. Which, at the start, for us, was literally a wiki page and a Slack channel."),
  say(H, "The wiki nobody read."),
  say(G, "The wiki nobody read! It's, it's a journey."),
  say(H, "How do you find out what to build, though? If developers are the customers, do you actually, like, interview them?"),
  say(G, "We do, and it felt very silly at first. Every quarter, two of us sit with a product team for a day, just watching how they work. Not asking, watching. ¦And you learn things no survey will ever tell you. The first time we did it, we found out that one team was waiting two days for every new environment variable, because it needed a ticket to us. Two days! For one line of config. Nobody had ever complained, they just assumed that's how it was."),
  say(H, "That's kind of heartbreaking."),
  say(G, "It was. We fixed it in a week, and that team still brings us cake. So, yes, go and watch people. It's the cheapest research you'll ever do."),
  say(H, "How big is the platform team now, at Harbourline?"),
  say(G, "Eleven people, for about four hundred developers. Which sounds like a lot, and then you look at what they support and it's really not."),

  seg('topic', G, 'Running Backstage as the developer portal: catalog, templates and the real maintenance cost', ['Backstage', 'developer portal', 'software catalog', 'catalog']),
  say(H, "Let's talk about the bit people can see, then. The portal. You run Backstage?"),
  say(G, "We do. We've run Backstage for about three years. And I have, um, feelings."),
  say(H, "Good feelings or bad feelings?"),
  say(G, "Both! So, for people who haven't used it, Backstage is the developer portal that Spotify open-sourced, it's a CNCF project now, and at its core it's three things. ¦There's the software catalog, which is every service, every library, every team, who owns what. There are software templates, which are, basically, a form that scaffolds a new service for you. And there's TechDocs, which is docs-as-code, markdown in the repo rendered in the portal."),
  say(H, "And which of those actually gets used?"),
  say(G, "The templates, by far. Someone wants a new service, they pick, you know, Kotlin service with a Postgres database, they fill in a name and a team, and ten minutes later they have a repo, a pipeline, a namespace, dashboards, the lot. ¦That one template, I think, has saved more time than everything else we've built put together."),
  say(H, "And the catalog?"),
  say(G, "The catalog is the one that is only as good as your data. Every repo has a catalog-info.yaml file that says, this is the component, this is the owner, this is the system it belongs to. And if teams don't keep those up to date, the catalog lies to you. ¦So for a while ours lied a lot. What fixed it was that we made the catalog the source of truth for things people actually care about. On-call routing reads the owner from the catalog. The cost reports read the owner from the catalog. So if it's wrong, you get paged for someone else's service, and, funnily enough, people fix it quite fast."),
  say(H, "That's devious. I like it."),
  say(G, "Ha, it's not devious, it's incentives. Incentives beat wikis. Every time.", { ts: 'Unknown Speaker' }),
  say(H, "Do people actually open the portal, day to day? Or is it something they visit once when they make a service?"),
  say(G, "Honestly, mostly the second, and we've made peace with that. We used to measure daily active users of Backstage, and it made us sad. ¦Now we measure whether people find what they need when they do come, which is, you know, a much happier number. The search is what they use most. Who owns this thing, where are its docs, where's its dashboard."),
  say(H, "So what's the bad feeling part?"),
  say(G, "The bad feeling is that Backstage is not a product you install, it's a framework you build a product with. It's a TypeScript and React app, and you are maintaining your own fork of a monorepo, and every month there's a release, ¦and if you fall behind, the upgrades get painful. They moved everything to the new backend system last year, and now there's a new frontend system coming, and each of those is a migration. We have, effectively, two engineers who spend most of their time on Backstage. And our platform team is mostly Go and Terraform people, so React was, let's say, a learning experience."),
  say(H, "Would you pick it again? If you were starting today?"),
  say(G, "Honestly? If I had a small team, I'd look very hard at a hosted option. There's Roadie, which is hosted Backstage, there's Spotify's own commercial version, Portal, and there are products like Port and Cortex that aren't Backstage at all. ¦We picked Backstage because we wanted to write our own plugins, and we've written about fifteen. If you don't need that, you're paying a big tax for flexibility you won't use."),

  seg('topic', G, 'GitOps with Argo CD: ApplicationSets, Kustomize overlays and promoting between environments', ['GitOps', 'Argo CD', 'ApplicationSet', 'promotion']),
  say(H, "So those templates generate a repo and a pipeline. What happens on deploy? Is it GitOps all the way?"),
  say(G, "GitOps all the way, with Argo CD. Every cluster has an Argo CD that watches a Git repo, and whatever's in the repo is what runs. If somebody changes something by hand with kubectl, ¦Argo shows the app as out of sync, and for most apps we have self-heal on, so it just puts it back."),
  say(H, "Which people love, I'm sure."),
  say(G, "People hate it for exactly one week, and then they love it, because the first time there's an incident and someone asks, what changed, the answer is in the Git log. There's no, oh, Dave ran a command on Friday."),
  say(H, "Has self-heal ever bitten you, though? Undoing something on purpose?"),
  say(G, "Once, properly. During an incident someone scaled a deployment up by hand, to handle the load, and Argo scaled it straight back down, twice, before anyone worked out what was happening. ¦Now the runbook says, if you need to change something by hand in an incident, you pause sync on that app first. It's in bold. It's in red. It's, it's very visible now."),
  say(H, "Poor Dave. I assume it was Dave."),
  say(G, "There's always a Dave. Sorry to all the Daves."),
  say(H, "How do you structure it, though? Because I've seen people end up with thousands of Application objects."),
  say(G, "We did, at first. We used the app-of-apps pattern and it got very unwieldy. Now it's almost all ApplicationSets. One ApplicationSet with a Git generator that looks at a directory structure, ¦so if a folder exists for service X in environment Y, an Argo Application exists for it. Adding a service to staging is creating a folder. And inside the folder it's Kustomize, a base and an overlay per environment. We use Helm for third-party things, and Kustomize for our own."),
  say(H, "And promotion? Getting a change from staging to production?"),
  say(G, "That's the part GitOps doesn't really answer by itself. Right now it's a pull request that bumps the image tag in the production overlay, opened automatically by CI when staging is healthy. ¦We've been looking at Kargo, from the Akuity folks, which is a tool specifically for promotion between stages, but we haven't moved yet."),
  say(H, "And secrets? Because that's always the first question with GitOps. You can't put your database password in Git."),
  say(G, "No, please don't. We use the External Secrets Operator. What goes in Git is a small object that says, this secret comes from this path in AWS Secrets Manager, ¦and the operator fetches it and creates the Kubernetes secret in the cluster. So Git knows where the secret lives, but never what it is. And rotation happens on the AWS side, and the operator picks it up."),
  say(H, "Did you do the Argo CD 3 upgrade? I've heard mixed things."),
  say(G, "We did it in the summer. It was fine, mostly. They changed some defaults, resource tracking uses annotations now instead of the label, and some RBAC behaviour got stricter, ¦so read the upgrade notes, really read them, and do a non-production cluster first. But no drama."),
  say(H, "No drama is the best review you can give infrastructure. Okay, let's take a quick break. §This episode of Control Loop is brought to you by Gullwing."),

  seg('sponsor', H, 'Sponsor: Gullwing', ['Gullwing'], { mid: true }),
  say(H, "Gullwing is on-call and incident management for teams who are tired of their pager being the worst part of the job. Schedules, escalations and overrides in one place, ¦and when something does go wrong, Gullwing opens the incident channel, pulls in the owner from your service catalog, and writes the timeline for you while you fix things, so the postmortem is half done before you've had your coffee. It plugs into Slack, Backstage, Prometheus Alertmanager and most things you already use. Control Loop listeners get their first three months free at gullwing dot io slash controlloop.", { lab: null }),
  say(G, "Do they really write the timeline?"),
  say(H, "They really do. I was sceptical. Okay, back to it."),

  seg('topic', G, 'Self-service infrastructure with Crossplane compositions (and why not Terraform)', ['Crossplane', 'compositions', 'self-service infrastructure', 'Terraform']),
  say(H, "So you've got services getting deployed. But services need databases and queues and buckets. How does a developer get a Postgres database at Harbourline?"),
  say(G, "They write about twelve lines of YAML. We use Crossplane. So, Crossplane lets you manage cloud resources as Kubernetes objects. There's a provider for AWS, and you can create an RDS instance by creating a resource in the cluster. ¦But developers don't want to see the sixty fields of an RDS instance. So we write compositions. We define our own type, we call it PostgresDatabase, with maybe four fields, size, version, team, and whether it's production. And behind it, the composition creates the RDS instance, the subnet group, the security group, the secret, the backups, the alarms."),
  say(H, "And that goes through Argo too?"),
  say(G, "Same repo, same flow. Which is the point. The developer's database sits right next to their deployment in Git."),
  say(H, "Why not Terraform, though? Everyone already knows Terraform. Or OpenTofu, now."),
  say(G, "We still use Terraform, actually, or OpenTofu, we switched after the licence change, for the foundations. The accounts, the networks, the clusters themselves. ¦But for the things that developers ask for every day, we wanted a control loop, something that keeps reconciling, like everything else in Kubernetes, rather than a plan and an apply that someone has to run. And we wanted it to look like the rest of their app."),
  say(H, "What does the developer see when it goes wrong, though? If the database doesn't come up?"),
  say(G, "That was our biggest complaint for the first year, honestly. The answer was, nothing useful, you had to go and ask us. So now the status of their database shows up in Backstage, on the component page, ¦with the actual error from AWS in plain words. Most of the time it's a quota, or a name that's already taken. Once people could see that themselves, our Slack channel got a lot quieter."),
  say(H, "Any regrets?"),
  say(G, "Some. Debugging a composition that doesn't work is not fun, you're reading events on five different objects trying to work out which one is sad. ¦And Crossplane 2 changed quite a lot, over the summer, composite resources are namespaced now, and claims are basically gone for new things. Which is better, honestly, but it's another migration. We're about halfway. §But, can I go on a tangent? Because the thing nobody tells you about self-service is what happens next."),

  seg('topic', G, 'The cost of self-service: Kubernetes cost visibility with OpenCost, right-sizing and Karpenter', ['cost', 'OpenCost', 'Karpenter', 'showback', 'right-sizing', 'FinOps'], { mid: true }),
  say(H, "Please."),
  say(G, "The moment you make it easy to create a database, people create a lot of databases! Our AWS bill went up about forty percent in the six months after we launched self-service. ¦And nobody had done anything wrong. Every single one of those databases was reasonable on its own. It's just that nobody could see the total."),
  say(H, "So what did you do?"),
  say(G, "First, showback. Not chargeback, we don't send teams an invoice, but every team gets a monthly report of what they cost. For the cluster side we run OpenCost, which is the CNCF project that came out of Kubecost, ¦and it splits the cost of each node across the pods running on it based on what they request. And for the AWS side we tag everything, and that's easy, because the composition does the tagging, the developer can't forget."),
  say(H, "Based on what they request. Not what they use?"),
  say(G, "Exactly. And that was the big lesson. Most of our waste wasn't idle databases, it was CPU requests. Teams had copied a deployment that asked for two CPUs, and used a tenth of one. ¦So the report shows both, what you asked for and what you actually used, and the gap between those two numbers in red. People really don't like red."),
  say(H, "Did teams push back? Nobody likes a report that says they're wasteful."),
  say(G, "Some did, at first. One team lead told me their service needed two CPUs because it had once needed two CPUs, during a sale, in 2022. ¦So we put in the Vertical Pod Autoscaler in recommendation mode, it doesn't change anything, it just tells you what it would set. And it's much easier to argue with a graph than with me."),
  say(H, "And the nodes themselves?"),
  say(G, "We moved from cluster autoscaler to Karpenter about two years ago, and that was maybe the single biggest saving. It picks instance types based on what's pending, ¦and it does consolidation, so if your pods could fit on fewer nodes, it moves them and removes the empty ones. And we run a lot of the stateless stuff on spot instances now, which Karpenter makes quite painless."),
  say(H, "Did the bill come back down?"),
  say(G, "Back to roughly where it was before self-service, with about twice the number of services. So I'll call that a win. Sorry, that was a very long tangent."),
  say(H, "No, that was great, that was going to be one of my questions anyway, you just got there first."),

  seg('topic', G, 'OpenTelemetry on the golden path: the Collector, auto-instrumentation and sampling', ['OpenTelemetry', 'observability', 'Collector', 'auto-instrumentation', 'tracing']),
  say(H, "Let's talk about observability, because you mentioned dashboards come with the template. What's in the box?"),
  say(G, "OpenTelemetry, all the way through. Every service that comes out of a template is instrumented with OpenTelemetry, and it sends everything over OTLP to a Collector running in the cluster. ¦And then the Collector decides where things go. Metrics to Prometheus, traces to Tempo, logs to Loki. The nice thing about that is that the services don't know about any of the backends. We changed our tracing backend once, and not a single application team had to change a line of code."),
  say(H, "And for older services? The ones that weren't born from a template?"),
  say(G, "For those we use the OpenTelemetry Operator. You add an annotation to the deployment, inject Java, or inject Python, and the operator injects the auto-instrumentation agent when the pod starts. ¦It's not as good as doing it properly, you don't get your business attributes, but you get HTTP and database spans for free, which for an old service is most of the value."),
  say(H, "I have to ask about cost here too, because tracing everything sounds expensive."),
  say(G, "It is, if you keep everything. We do tail sampling in the Collector. We keep every trace that has an error, every trace that's slower than some threshold, and then about five percent of the rest. ¦And the other cost, which bit us, was metric cardinality. Someone put a user ID in a metric label,"),
  say(H, "Oh no."),
  say(G, "and Prometheus had a very bad afternoon. So now there's a processor in the Collector that drops known high-cardinality attributes before they get anywhere near Prometheus."),
  say(H, "And logs? Do teams still pick their own logging library?"),
  say(G, "They can, but the templates come with structured JSON logging that includes the trace ID, so you can jump from a log line straight to the trace in Grafana. That's the thing that sells it, actually. ¦The first time a developer clicks from an error log to the exact trace and sees the slow database call, they never want to go back."),
  say(H, "Is there anything in OpenTelemetry you're excited about? Anything new?"),
  say(G, "The eBPF work. Grafana donated Beyla to the project this year, and it's becoming OpenTelemetry's eBPF instrumentation, ¦so you can get basic traces and metrics from the kernel, without touching the application at all. For the services that nobody owns anymore, and every company has those, that's going to be really useful."),

  seg('extra', G, 'Lightning round: Helm or Kustomize, Argo CD or Flux, and a book recommendation', ['lightning round', 'quick-fire', 'Helm or Kustomize', 'Argo CD or Flux']),
  say(H, "We're nearly out of time, so, lightning round. Short answers. Are you ready?"),
  say(G, "I'm never ready. Go."),
  say(H, "Helm or Kustomize?"),
  say(G, "Kustomize for your own stuff, Helm for everybody else's."),
  say(H, "Argo CD or Flux?"),
  say(G, "Argo, because of the UI. Developers like to look at the little green hearts. But Flux is great, don't email me.", { lab: 'Naldei' }),
  say(H, "Yeah.", { lab: null, amb: true }),
  say(H, "The one metric you'd show your CTO?"),
  say(G, "Time from, I have an idea for a service, to it running in production. When we started it was about three weeks. It's now under a day. ¦The DORA metrics are fine, but that one's the one executives understand."),
  say(H, "Most overrated thing in this space?"),
  say(G, "Service meshes. For us. We ran Istio for two years and I think we used about five percent of it. We took it out last year and nobody noticed, except the nodes, which got a lot of memory back."),
  say(H, "Brave. Favourite kubectl trick?"),
  say(G, "kubectl explain. Nobody uses it, and it answers half the questions people ask in our Slack channel."),
  say(H, "And a book, for someone starting a platform team tomorrow."),
  say(G, "Platform Engineering, by Camille Fournier and Ian Nowland. It came out last year, and it's the first book I've read that talks honestly about the people side. Read that, then Team Topologies."),

  seg('outro', H, 'Goodbye', []),
  say(H, "Naledi, this was brilliant. Where can people find you?"),
  say(G, "I'm on Bluesky, and I'll be at KubeCon in Atlanta next month, ¦I'm doing a talk about the cost stuff, actually, so come and say hello. And bring questions about Backstage upgrades. I have opinions."),
  say(H, "I'll put the talk in the show notes. Naledi Mokoena, thank you very much."),
  say(G, "Thank you, Declan. This was fun."),
  say(H, "And thank you all for listening to Control Loop. If you've got a platform story, good or bad, especially bad, get in touch, the links are in the show notes. I'm Declan Forde. Until next time."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Declan Forde', 'Declan', 'FORDE', 'Forde'] },
  { name: G, aliases: ['Naledi Mokoena', 'Naledi', 'Naldei', 'MOKOENA', 'Mokoena'] },
];
