// Source of Blast Radius #96 (SYNTHETIC held-out episode, heldout18): a two-host weekly CLOUD and DEVOPS NEWS show in
// the style of the seed. Hosts (invented): Gideon Achterberg, a platform engineer at a logistics company near
// Rotterdam, who opens and closes the show; Noor Haddad, a site reliability engineer at a payments company in
// Montreal. The sponsor "Cairnline" (status pages and incident updates) is invented, as are the hosts' jobs, the
// shed, the ferry, the thirty-one chart hits, the eleven broken workflows, the IAM listing and every anecdote.
// Recorded Tuesday 9 September 2025, after the summer break; the news is real but told from memory.
// Rendered by build.mjs into web.txt (a seed-like page, FIRST NAMES in capitals on the first two paragraphs only) and
// labeled.txt (`Full Name: text` on every paragraph).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {cut}) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   ⟨...⟩      a spoken URL: written out in labeled.txt, dropped from web.txt (with a following comma or period);
//   ¦~         web.txt only: the page's transcription service starts a new paragraph here and the continuation
//              loses its first word (the seed page's habit: 24 of its 25 continuations lost one);
//   ¦          the same, keeping the first word.
// cut: N = web.txt loses the first N words of this paragraph.
// Conventions: presenter = the host who brings the item, and a hand-over line belongs to the NEW segment, also when
// the other host speaks it; the sponsor's presenter is its reader; extras are one segment per host, kind `extra`,
// presented by that host; the closing joke and goodbye are the outro.
import { say, seg } from '../build-episode.mjs';

export const G = 'Gideon Achterberg';
export const N = 'Noor Haddad';

export const SOURCE = [
  seg('intro', G, 'Welcome to Blast Radius 96, back from the summer break', []),
  say(G, "Hello and welcome to Blast Radius, episode 96, the weekly show about keeping production up and about what went wrong when it didn't. It's Tuesday the ninth of September, I'm Gideon Achterberg, and I'm recording from a garden shed outside Rotterdam that currently has better uptime than my house."),
  say(N, "And I'm Noor Haddad, in Montreal, where the evenings have finally cooled down enough for me to think in complete sentences. Hello, everybody."),
  say(G, "Welcome back from the break, by the way. Did you actually switch off in August, or did you check the pager from the beach?"),
  say(N, "I checked it twice, and both times it was somebody else's problem, which is my favourite kind of holiday."),
  say(G, "That's the dream. I got as far as the ferry terminal before somebody asked me why a cron job in staging had been failing since June. It had been failing since June because nobody had looked at it since June."),
  say(N, "So, a normal summer, then."),
  say(G, "Very normal. Anyway, we have a backlog. Two months of news and one episode to get through it, so I've been ruthless with the list. There's a supply chain scare that's barely a day old, a policy switch for your CI, a big catalogue of container images going behind a paywall, a Kubernetes release, a Terraform fork that grew a feature I've wanted for years, certificates getting much shorter, and a DNS postmortem I've been saving since July. ¦~ After that, extras, and I'm told somebody has brought a sticker. §But the scare goes first, because it broke yesterday afternoon, and you were glued to it all evening."),

  seg('topic', N, 'Phished npm maintainer: chalk, debug and 16 more packages published with a crypto-stealing payload', ['npm', 'chalk', 'debug', 'phishing'], { mid: true }),
  say(N, "It is, and it's a big one in terms of reach, even if the damage looks small so far. Yesterday a maintainer called Josh Junon, who goes by qix online, lost control of his npm account, and whoever took it published poisoned versions of eighteen packages. We're talking chalk, debug, ansi-styles, strip-ansi, supports-color, the tiny ones that sit underneath everything. ¦~ Together they get something like two billion downloads a week. If you've ever printed a coloured line in a terminal from Node, one of them is somewhere in your tree."),
  say(G, "How did they get in? Please tell me it wasn't a reused password.", { cut: 1 }),
  say(N, "A phishing email. It came from a look-alike domain, ⟨npmjs.help⟩, which reads as perfectly official on a phone, and it said his two-factor settings were out of date and the account would be locked. He typed his username, his password and a one-time code into the fake page, and the attacker relayed all three to the real site within seconds. ¦~ That's the uncomfortable bit. He did have two-factor switched on. A six-digit code doesn't protect you when you hand it over yourself, live, to the wrong website."),
  say(G, "And what did the bad versions actually do?", { cut: 1 }),
  say(N, "This is the strange part. The payload only woke up inside a browser. It hooked fetch and the wallet APIs that crypto extensions put on the page, and whenever it saw a transaction it swapped the destination address for one of the attacker's. ¦~ On a build server it did nothing at all. The risk was for anyone who bundled one of those versions into a front end and shipped it during the couple of hours before npm pulled them. People spotted it quickly, partly because one of the bad versions broke somebody's build with an error nobody had seen before."),
  say(G, "A couple of hours is quick. Lucky, too. Did any of ours pick them up? I saw a channel at work light up last night and then go very quiet."),
  say(N, "Ours didn't, and the reason is dull. Our front ends install from lock files that were written weeks ago, so the bad versions never got a look in. The one place that could have caught it was a little internal tool that someone builds with a fresh install every time, no lock file at all. ¦~ It happened not to run yesterday. I'd love to tell you that was a policy, but it was a bank holiday in somebody's head."),
  say(G, "Luck is a perfectly good control until the day it isn't."),
  say(N, "Agreed, and the lesson for the rest of us isn't exotic. Commit the lock file, install with npm ci in your pipeline so nothing floats, and don't let a bot merge a dependency update in the same hour it was published. Renovate has a minimum release age setting for exactly that: wait three days and let the crowd step on the mine first. ¦~ And if you maintain anything popular, move your account to a security key or a passkey. Those check which site they're talking to, so a look-alike domain gets nothing it can replay."),

  seg('topic', G, 'GitHub Actions policies can now block actions and require pinning to a full commit SHA', ['GitHub Actions', 'SHA pinning', 'commit SHA']),
  say(G, "Passkeys, noted. Mine is the same disease in a different organ, which is your CI. GitHub has added two switches to the allowed actions policy that admins set for an organisation or an enterprise. You can now block one specific action outright, with an exclamation mark in front of its name in the list, and you can require that every action is pinned to a full commit SHA. ¦~ With that switched on, a workflow that says uses checkout at v4 simply refuses to run. It has to name the forty-character commit."),
  say(N, "This is the tj-actions fallout, isn't it? From March."),
  say(G, "That's what made people care. In March somebody got into the tj-actions changed-files repository and moved its version tags onto a malicious commit. Tens of thousands of repositories used that action, nearly all of them by tag, so the next run pulled the new code without anybody changing a line. ¦~ The payload dumped the runner's memory into the build log, secrets included, and on a public repository the log is public too. The way in turned out to be a different compromised action, one of reviewdog's, further up the chain."),
  say(N, "Mutable tags are the whole problem. Everybody reads v4 as a version number, and it's really a sticky note that anyone with write access can peel off and put somewhere else."),
  say(G, "Right, and a SHA can't be peeled off. The price is readability, because nobody knows what commit a1b2c3 is. So the convention is a comment after the SHA with the version it corresponds to, and both Dependabot and Renovate understand that comment and bump the SHA and the comment together. ¦~ If you want to see how exposed you are before you flip the policy, zizmor is a good linter for workflow files. It flags unpinned actions, and also the sneakier mistakes, like a pull request title pasted straight into a shell step."),
  say(N, "What about actions you wrote yourselves, inside the same organisation? Pinning those by SHA sounds like a lot of churn for code you control."),
  say(G, "The policy lets you exempt your own organisation, so internal actions can keep using branches or tags while everything from outside has to be pinned. That seemed like the right split for us. ¦~ The third-party ones are where somebody else's bad afternoon becomes yours."),
  say(N, "Have you turned it on at work?"),
  say(G, "On our sandbox organisation, yes. It broke eleven workflows in the first hour, which I'm choosing to read as proof that it works."),

  seg('topic', G, 'Broadcom cuts back the free Bitnami images on Docker Hub: versioned tags move to bitnamilegacy', ['Bitnami', 'bitnamilegacy', 'Bitnami Secure Images']),
  say(G, "And while we're on software we pull from the internet without reading it, there are the Bitnami container images. Broadcom, which owns Bitnami these days by way of VMware, announced over the summer that the free catalogue on Docker Hub is being cut right back. From the end of August, only a small set of hardened images stays free, latest tag only, meant for development. ¦~ Everything else, including all the versioned tags people actually deploy, moves to a separate repository called bitnamilegacy, where it gets no more updates. The commercial product is called Bitnami Secure Images, and it's a paid subscription."),
  say(N, "How many charts does that hit? Half the Helm charts I've ever installed pull a Bitnami image for Postgres or Redis somewhere inside them."),
  say(G, "That's the trap exactly. The charts are open source, but their default values point at images from that catalogue. So a cluster that was happily pulling a versioned Postgres tag will either fail to pull after the switch, or keep running a frozen image that never sees another security fix. ¦~ They've been running brownouts, where the old images vanish for a few hours on announced days, so people find out in staging and not at three in the morning. The final switch happens at the end of September."),
  say(N, "This is the VMware story all over again, isn't it? Buy the thing everybody depends on, then change the terms."),
  say(G, "It rhymes, certainly. To be fair to them, keeping thousands of images patched costs real money, and the free catalogue was always a gift. The trouble is how many companies treated a gift as infrastructure without ever noticing."),
  say(N, "What are people moving to?", { cut: 1 }),
  say(G, "A mix. Some teams are mirroring the legacy images into their own registry to buy time, which is fine as long as somebody writes down that you now own the patching. Others are moving to the official Docker images, or to Chainguard's, or to Docker's own hardened images. ¦~ My advice is boring. Grep every values file for bitnami before the end of the month, and make one decision per image, instead of discovering them one outage at a time."),
  say(N, "I did that grep on Friday. Thirty-one hits, and one of them is in a chart I didn't know we were running. §Speaking of finding out before your customers do, this episode is supported by Cairnline."),

  seg('sponsor', N, 'Sponsor: Cairnline', ['Cairnline'], { mid: true }),
  say(N, "Cairnline runs your status page and your incident updates from one place. When something breaks you open the incident from Slack, and Cairnline keeps the public status page, the email subscribers and the internal channel in step, so nobody is pasting the same sentence into four tools while the database is on fire. ¦~ It takes alerts from PagerDuty, Opsgenie and Grafana, and afterwards it hands you a timeline for the postmortem that you didn't have to rebuild from memory. Blast Radius listeners get three months free on the team plan at ⟨cairnline.io/blast⟩. Thanks to Cairnline for supporting the show."),
  say(G, "I'll take anything that means I stop typing we are investigating by hand."),

  seg('topic', N, 'Kubernetes 1.34: dynamic resource allocation goes GA, KYAML output and pod-level resources', ['Kubernetes 1.34', 'dynamic resource allocation', 'KYAML']),
  say(G, "Kubernetes 1.34 landed while I was on a ferry with no signal, and I hear somebody on this call read the whole release post."),
  say(N, "On the plane home, which is the only place I can concentrate. It came out at the end of August, codename Of Wind and Will, and it's a calm release, which I mean as a compliment. No big removals. The headline for me is dynamic resource allocation going GA. ¦~ That's the new way of asking for devices like GPUs. Instead of a counter saying this node has four of some vendor's resource, you get resource claims and device classes, so a pod can ask for a GPU with at least forty gigabytes of memory from a particular model, and the scheduler understands the request."),
  say(G, "So the device plugin model goes away?", { cut: 1 }),
  say(N, "Not any time soon. Device plugins keep working, and most vendors will ship both for a good while. But the scheduler can finally reason about what kind of device you need, and even share one between containers, instead of just counting. ¦~ If you run GPU nodes, that's the change to read up on. If you don't, the thing you'll notice is smaller: there's a new output format for kubectl called KYAML. It's alpha, behind an environment variable."),
  say(G, "Another flavour of YAML. Exactly what the world was missing."),
  say(N, "I laughed too, but it's sensible. It's a strict subset of YAML that always quotes its strings and uses the flow style, braces and brackets, so indentation can't change the meaning, and the word no never turns into false. Norway is finally safe. ¦~ Any YAML parser can still read it. It's meant for output you generate and diff, not a new language for humans."),
  say(G, "And when do the rest of us get it? Most people listening aren't building their own control planes."),
  say(N, "The managed offerings follow on their own schedules. Google's rapid channel usually picks a new version up within a few weeks, and the others tend to take a month or two longer. ¦~ And that's fine by me. Nobody should be first on a point-zero in production anyway, and DRA isn't going anywhere."),
  say(G, "Anything else that justifies the upgrade?"),
  say(N, "Pod-level resources went to beta, so you can give the whole pod a CPU and memory budget and let its containers share it, which is lovely for sidecars. And traffic distribution on a service gained a PreferSameNode option, so requests stay on the node when there's a local endpoint. ¦~ Nothing dramatic. Given some of the releases we've covered on this show, that's exactly how I like them."),

  seg('topic', G, 'OpenTofu 1.10: S3 state locking without DynamoDB, OCI registries for providers and modules', ['OpenTofu', 'OpenTofu 1.10', 'S3 state locking', 'OCI']),
  say(G, "Mine is duller still, but at least I've run it in anger. OpenTofu 1.10 came out in June and we finally moved over last month. Two features made it worth the trouble. ¦~ The first is state locking on S3 without DynamoDB. For years, if your state lived in an S3 bucket, you also needed a DynamoDB table just to hold the lock. Now you set use_lockfile to true in the backend block, and it writes a small lock object next to the state using S3's conditional writes. That's one less table to forget about in every new account."),
  say(N, "Terraform did the same, didn't it?", { cut: 1 }),
  say(G, "It did, in 1.10 as an experiment and then properly in 1.11, and they've marked the DynamoDB way as deprecated. So whichever side of the fork you're on, the table can go. ¦~ The second feature is OCI registries. You can pull providers and modules from any OCI registry now, the same kind you push container images to. For us that means our private modules live in Harbor next to the images, with the same access control and the same scanning, instead of in a Git repository full of tags."),
  say(N, "How did the lock switch go? Moving the locking of live state sounds like a good way to ruin a Friday."),
  say(G, "We did it in two steps. For a week both locks were on, the DynamoDB table and the lock file, so nothing could slip between them. Then we removed the table from the backend blocks and deleted it. No drama at all, which was almost disappointing."),
  say(N, "Tags again, though, with the Git repository."),
  say(G, "Tags everywhere, I know. There are small nice things too. Variables and outputs can be marked deprecated with a message, so a module can warn the people using it before something disappears. And there's experimental OpenTelemetry tracing for a plan, which is how I learned that ninety seconds of ours is one provider listing every IAM policy in the account."),
  say(N, "Deprecation messages in a module are the feature I'd have voted for. Our shared modules have inputs nobody has dared to remove since 2021. Nothing in this industry ever expires on purpose. §Except certificates, and there's a story from the top of the show that comes with an actual deadline."),

  seg('topic', N, "Let's Encrypt switches off OCSP, and public certificates shrink to 47 days by 2029", ["Let's Encrypt", 'Let’s Encrypt', 'OCSP', '47 days', 'certificate lifetimes'], { mid: true }),
  say(N, "Quick refresher first. OCSP is the protocol a browser or any client could use to ask the certificate authority whether a certificate had been revoked. Let's Encrypt stopped putting OCSP addresses into new certificates in May, and it shut the responders down at the start of August. Revocation information now comes only from certificate revocation lists. ¦~ Their argument is privacy as much as cost, because every OCSP request tells the authority which site you're visiting. And most browsers had stopped asking years ago anyway."),
  say(G, "Does that break anything? I have a dim memory of a setting called must-staple."),
  say(N, "It broke must-staple, which is why they stopped issuing those certificates earlier in the year. If you had nginx or a mail server with OCSP stapling turned on, it now logs a warning and carries on. ¦~ The bigger story is lifetimes. In the spring the CA/Browser Forum voted to shrink the maximum life of a public certificate in steps: two hundred days from next March, one hundred days in 2027, and forty-seven days in 2029."),
  say(G, "Forty-seven. That's a number somebody argued about."),
  say(N, "It's the longest month, plus half a month, plus a day of slack, more or less. The point is that anything you renew by hand becomes a weekly chore, so doing it by hand stops being an option. Let's Encrypt is already past that, with six-day certificates you can opt into through a new ACME profile, and certificates for bare IP addresses coming the same way. ¦~ They also stopped sending expiry reminder emails in June. So if your renewal quietly broke, nobody is going to warn you any more. Monitor your own expiry dates."),
  say(G, "Does any of this reach the certificates we mint for ourselves? Half our traffic inside the cluster is mutual TLS from an internal authority."),
  say(N, "No, the Forum's rules are for publicly trusted certificates, the ones browsers check against their root stores. Your internal authority can keep issuing whatever lifetime you like. ¦~ But if your renewal tooling is already good enough for six days, you might as well use it everywhere. Short lifetimes are the real revocation, really: a stolen key simply stops being useful sooner."),
  say(G, "Six days. I've owned milk that lasted longer."),

  seg('topic', G, "Cloudflare's 1.1.1.1 outage postmortem: a dormant misconfiguration withdrew the resolver's prefixes worldwide", ['Cloudflare', '1.1.1.1', 'outage', 'postmortem']),
  say(N, "And you have the resolver postmortem. You've had it bookmarked since July, I could hear it in your voice."),
  say(G, "I have, and it's a beautiful document. On the fourteenth of July, Cloudflare's public resolver, 1.1.1.1, vanished from the internet for about an hour, worldwide. Not slow. Gone. ¦~ The cause was a configuration mistake made five weeks earlier. Back in June, while setting up a service for their data localisation product, somebody linked the resolver's IP prefixes to that new service by accident. It sat there doing nothing, because the service wasn't live yet."),
  say(N, "A landmine with a five-week fuse."),
  say(G, "Pretty much. Then on the fourteenth, an unrelated change to that service's topology, adding an offline test location, set off a global refresh of the configuration. The system did exactly what the config said, and the resolver's addresses were withdrawn from every production data centre. ¦~ The BGP announcements went, so the traffic had nowhere to go. And as if somebody had scripted it, another network started announcing one of the 1.1.1.1 prefixes at the same moment, which sent a lot of armchair experts off shouting about a hijack."),
  say(N, "Was it a hijack?", { cut: 1 }),
  say(G, "Unrelated, according to the write-up. It only became visible because Cloudflare's own announcement had disappeared. DNS over HTTPS mostly kept working, because it's reached through different addresses, which is a nice accidental lesson in itself. ¦~ The fixes they list are the ones we all write: the legacy system and the new one disagreed about where things should run, and the change didn't roll out progressively. My takeaway is simpler. If your laptops or your servers have exactly one DNS resolver configured, add a second one from a different company. Quad9, Google, your provider's, anyone."),
  say(N, "How long did it take them to notice?"),
  say(G, "Their own monitoring fired within a few minutes, and the fix was to revert the configuration, but some servers needed their routes pushed again by hand, so it took a while for everything to come back. ¦~ I like that the write-up gives a timeline to the minute and doesn't hide any of it. That's how you earn the benefit of the doubt next time."),
  say(N, "So it was DNS after all."),
  say(G, "It was BGP pretending to be DNS, which is worse."),

  seg('extra', N, "Noor's extras: k9s's benchmark view and a Renovate sticker", ['k9s', 'Renovate']),
  say(N, "I'll go first on extras, since one of mine is literally a sticker. The first is k9s, which I've used for years and keep recommending to people who think kubectl is the only way in. It's a terminal UI for your cluster: you type colon pods and get a live list, you press l for logs and s for a shell. ¦~ It's on the list this week because I finally found its benchmarking view, which fires a small load test at a service from inside the terminal. Three years of using it daily, and I'd never noticed."),
  say(G, "And the sticker?", { cut: 1 }),
  say(N, "The sticker came from the Renovate folks, and it says merge with care. It lives on my laptop just above the trackpad, where I see it right before I click the green button. ¦ That's genuinely all. §What did you bring? There's going to be a plug on the end of it, isn't there."),

  seg('extra', G, "Gideon's extras: Caddy 2.10 with encrypted client hello, and a label printer", ['Caddy', 'encrypted client hello', 'ECH'], { mid: true }),
  say(G, "One of them has a plug, yes. The other is Caddy, the web server, because version 2.10 added encrypted client hello, ECH, and it's close to automatic once you give it a DNS provider to publish the keys through. That hides the name of the site you're connecting to from anyone watching the network, which until now leaked in plain text in every TLS handshake. ¦~ It also uses the post-quantum key exchange by default, and I didn't change a line of my config to get it. That's what I like about Caddy: the secure setting is what you get by doing nothing."),
  say(N, "And the thing with the plug?"),
  say(G, "A label printer. A cheap thermal one with USB-C. Every cable in the shed now says where its other end goes, and yes, I labelled the label printer. ¦~ Honestly, it's the best infrastructure purchase I've made this year, and it cost less than a month of that DynamoDB table."),
  say(N, "Of course you labelled the label printer."),

  seg('outro', G, 'Goodbye until next week', []),
  say(G, "Obviously. And with that, we're done for the week. Thank you for all the emails over the summer, including the three of you who wanted to know if the shed has heating. It does not, and it won't before winter. If something broke in your world this summer and you'd like to tell the story on the show, write in. Links for everything we talked about are at ⟨blastradius.fm/96⟩. Noor, thank you, and welcome back."),
  say(N, "Thanks, Gideon. See you all next Tuesday."),
];

export const SPEAKERS = [
  { name: G, aliases: ['Gideon Achterberg', 'Gideon', 'Achterberg', 'GIDEON'] },
  { name: N, aliases: ['Noor Haddad', 'Noor', 'Haddad', 'NOOR'] },
];
