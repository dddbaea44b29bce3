// Builds Config Drift #212 (SYNTHETIC held-out episode, written 2026-11-22): a two-host weekly
// cloud/ops/security news show (Hannah Lindqvist, Rafael Moreira), seven items that do not
// strictly alternate between the hosts, a sponsor read, two extras. Renders labeled.txt
// (`First SURNAME:` on each host's first line, then `SURNAME:`, label typos, unlabeled
// continuation lines, one unlabeled speaker change), web.txt (page header and footer, `mm:ss`
// prefixes, SURNAME labels on the first two paragraphs only, first words of most continuation
// paragraphs cut off, URLs dropped) and gold.json with offsets into both, all from the one list
// of segments and paragraphs below. Rerun with `node build.mjs` in this folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../build-episode.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const H = 'Hannah Lindqvist';
const R = 'Rafael Moreira';
const SURNAME = { [H]: 'LINDQVIST', [R]: 'MOREIRA' };

// seg(kind, presenter, title, titleKeys, {mid}) opens a segment at the next paragraph, or, with
// mid: true, at the `§` mark inside the paragraph before it.
// say(speaker, text, opts): lab = label as written in labeled.txt (null: no label), cut = number
// of words the web page lost at the paragraph start (default: 1 on unlabeled paragraphs, else 0),
// amb = speaker undecidable by reading (not scored).
// ⟨...⟩ marks a URL: kept in labeled.txt, dropped (with its trailing punctuation) from web.txt.
const seg = (kind, presenter, title, titleKeys, opts = {}) => ({ seg: kind, presenter, title, titleKeys, ...opts });
const say = (speaker, text, opts = {}) => ({ speaker, text, ...opts });

const SOURCE = [
  seg('intro', H, 'Welcome', []),
  say(H, "Hello and welcome to Config Drift, the weekly news show for people who run things in production and occasionally get woken up by them. This is episode 212, we're recording on Friday, May 3rd, 2024, and I'm Hannah Lindqvist."),
  say(R, "And I'm Rafael Moreira. Bom dia, good morning, good afternoon, or good whatever-time-your-pager-went-off."),
  say(H, "Mine went off at a quarter past four this morning, so thank you for that, very topical."),
  say(R, "Oh no. You're on call this week?"),
  say(H, "I'm on call this week. It was a certificate. It's always a certificate. Some internal CA cert expired on a box that nobody owns, and the monitoring for that box was, and I love this, also running on that box."),
  say(R, "Monitoring itself. Very efficient."),
  say(H, "Very efficient. Anyway, if you hear barking during the show, that's Biscuit. She thinks the postman is a threat actor."),
  say(R, "She's not wrong, statistically."),
  say(H, "How's Lisbon? Please tell me it's raining."),
  say(R, "It's twenty-four degrees and sunny, I'm sorry. I have the window open, so if you hear a tram, that's the twenty-eight going past. Also, full disclosure, I spent most of last night rebuilding the home lab, so if I sound tired, that's self-inflicted."),
  say(H, "Of course you did. What broke this time?"),
  say(R, "Nothing broke! I broke it. On purpose. Mostly on purpose. It'll come up later, I have a confession in one of my stories."),
  say(H, "Okay. We have a big one today, lots of licensing drama, a couple of really nasty vulnerabilities, and one very cute Kubernetes release name. Rafa, you wanted to start with the elephant in the room."),

  seg('topic', R, 'The xz backdoor, one month later', ['xz', 'backdoor', 'liblzma', 'CVE-2024-3094']),
  say(R, "Yeah, I did, because it's been about a month now since the xz backdoor, and the first week everybody was posting hot takes, and now there's actually enough written up that we can talk about what happened properly."),
  say(R, "So, quick recap, in case you were on a silent retreat. On March 29th, Andres Freund, who's a PostgreSQL developer at Microsoft, posted to the oss-security mailing list that the upstream xz tarballs, versions 5.6.0 and 5.6.1, contained a backdoor. CVE-2024-3094, CVSS ten.", { lab: null }),
  say(H, "And the way he found it is still my favorite part."),
  say(R, "It's everyone's favorite part. He was doing some micro-benchmarking on Debian unstable, and he noticed that SSH logins were using a weird amount of CPU, they took about half a second longer than they should. And Valgrind was throwing errors in liblzma. And instead of going, huh, weird, and moving on, like I would have done, like I have done many, many times, he dug in."),
  say(H, "Half a second. I have ignored so much worse than half a second."),
  say(R, "We all have. There's a whole industry built on ignoring half a second. So what was the backdoor actually doing? Short version: liblzma is a compression library, it has nothing to do with SSH. But on Debian and Fedora, OpenSSH is patched to talk to systemd, for the readiness notification, and libsystemd links liblzma.", { lab: 'MOREIRO' }),
  say(R, "So liblzma gets loaded into the sshd process. And the malicious code used IFUNC, which is a glibc feature for picking a function implementation at load time, to hook RSA_public_decrypt. So if you connected with a specially crafted key, signed by the attacker, you got remote code execution. Before authentication.", { lab: null }),
  say(R, "And the really clever part, clever in a horrible way, is that the malicious code wasn't in the git repository. Or, the payload was, hidden in binary test files that look like any other test fixture. But the bit that actually extracted it and wired it into the build was in a modified m4 script, build-to-host.m4, that only existed in the release tarball. So if you read the source on GitHub, you'd never see it.", { lab: null }),
  say(H, "Which is the part I think a lot of us in ops should sit with, honestly. We all treat the release tarball and the git tag as the same thing. And they're not."),
  say(R, "They're not. And the other part people should sit with is the human side. The person behind it, Jia Tan, or whoever that is, and it's almost certainly not one person, started contributing to xz around 2021. Helpful patches. For years."),
  say(R, "Meanwhile there were these other accounts on the mailing list putting pressure on the original maintainer, Lasse Collin, saying the project is too slow, you should hand it over. And he'd said publicly that he had limited time and was dealing with some mental health stuff. It's a long con. Two and a half years of patience.", { lab: null }),
  say(H, "It's honestly chilling. That's more patience than I've had for any project in my entire career."),
  say(R, "And once it came out, people went back through everything that account had touched. There was a change to oss-fuzz, the Google fuzzing service, that turned off the IFUNC support for xz's fuzzing build, which in hindsight was probably to stop the fuzzers from noticing anything."),
  say(R, "And there was a commit that broke the check for Landlock, the Linux sandboxing feature, in the CMake build. With a single dot. One stray period in a test program, so the check always failed and the sandbox was quietly disabled.", { lab: null }),
  say(H, "A single dot. That's, wow. Nobody reviewing that would ever see it."),
  say(R, "Nobody. I've reviewed CMake files. I don't even see the letters, never mind the dots."),
  say(R, "Ha, same. So, a month later, where are we? The good news is it was caught before it hit stable releases. It landed in Fedora Rawhide, the Fedora 40 beta for some people, Debian testing and unstable, openSUSE Tumbleweed, Kali. Debian stable, RHEL, Ubuntu LTS, were never affected. On my Mac, Homebrew had picked up 5.6.1 as well, and they rolled it back to 5.4.6, even though the backdoor only targeted Linux."),
  say(H, "So if you're listening and you run Debian stable everywhere, you can relax."),
  say(R, "You can relax about this one. Which is sort of my point. We got lucky. It was one guy and half a second."),
  say(H, "What do you think actually changes? Because I've seen a lot of, we need to fund maintainers, and I agree, but I don't think money alone stops a state-level actor with two years of patience."),
  say(R, "No. No, I don't think it does either. I think a few concrete things. One, reproducible builds, and more distros building from the git tag instead of the tarball, or at least diffing the two. Debian has been talking about that."),
  say(R, "Two, the whole sshd-loads-liblzma thing. systemd already had a change in the works to load compression libraries with dlopen, only when they're needed, so liblzma wouldn't be in sshd's address space at all. That got a lot more attention after this.", { lab: null }),
  say(R, "And three, honestly, it's cultural. If a maintainer says they're burning out, and a new person shows up being extremely helpful, and a bunch of accounts with no history show up being pushy, maybe that pattern should look weird to us now.", { lab: null }),
  say(H, "It's sad that we have to think that way about helpful people."),
  say(R, "It is sad. I don't want us to get paranoid about every new contributor. But, yeah."),
  say(H, "I'll say what we did at work, because I think it's the boring version that most companies should do. We asked, do we even know where xz is? And the honest answer was, sort of."),
  say(H, "We have SBOMs for the container images, because an auditor made us, and for the first time ever the SBOMs were actually useful. We could query them and say, these forty images have liblzma, these are the versions, none of them are 5.6. Took an hour instead of a week.", { lab: null }),
  say(R, "The auditor was right. Don't tell them."),
  say(H, "Never. They'll want more. Okay, links to all of this are in the show notes, including Russ Cox's timeline of the whole thing, which is excellent.", { lab: 'LINDQVST' }),

  seg('topic', H, 'Redis changes its license and the Linux Foundation forks it as Valkey', ['Redis', 'Valkey', 'license']),
  say(H, "I've got the next one, and it's the first of our licensing stories this week. I feel like every episode of this show in 2024 has had a licensing story."),
  say(R, "It's the year of the license."),
  say(H, "It's the year of the license. So, Redis. In March, Redis, the company, announced that from Redis 7.4 onward, the core of Redis is no longer BSD licensed. It's dual-licensed under their own Redis Source Available License, RSALv2, and the SSPL, which is the license MongoDB came up with."),
  say(H, "Neither of those is open source by the OSI definition. Basically, you can use it, you can modify it, but you can't offer it as a managed service without a deal with Redis.", { lab: null }),
  say(R, "Which is aimed right at the cloud providers."),
  say(H, "Right at AWS and Google and friends, yes. And the response was really fast. About a week later, the Linux Foundation announced Valkey, which is a fork of Redis 7.2.4, the last BSD version, with AWS, Google Cloud, Oracle, Ericsson and Snap behind it. A lot of the people working on it were longtime Redis core contributors. And in the middle of April they shipped the first GA release, Valkey 7.2.5."),
  say(R, "That was fast. Like, suspiciously fast."),
  say(H, "Which tells you some of those conversations were happening before. But also, to be fair, it's a fork of a codebase that works. Step one is mostly renaming things and making sure the tests pass."),
  say(R, "And is it actually a drop-in replacement? Like, could I stop Redis, start Valkey on the same data and go to lunch?"),
  say(H, "Right now, basically yes. It's the same code as 7.2.4, same protocol, it reads the same RDB and AOF files, your client libraries don't notice. I tried it on a test VM with a copy of one of our older caches, and the only thing that changed was the name in the logs. That will get less true over time, obviously, as both sides add features. But today, yes. Go to lunch."),
  say(H, "So why do I care, personally? At work we run a lot of Redis. Mostly on ElastiCache, and some self-hosted on VMs for the older stuff. And day to day, nothing has changed for us yet. 7.2 is still BSD, we're on 7.2, and AWS has been pretty clear ElastiCache isn't going anywhere. The question is what we do in a year, when 7.4 has features we want, and Valkey has gone off in its own direction.", { lab: null }),
  say(R, "Are there other forks, or is it just Valkey?"),
  say(H, "There's a few. There's Redict, which Drew DeVault started, under the LGPL. There's KeyDB, which is older, multithreaded, owned by Snap, and Snap is one of the Valkey backers now, so I'd guess that energy moves to Valkey."),
  say(H, "And then, separately, and kind of by coincidence, the same week, Microsoft Research put out Garnet, which is a completely new cache server written in C# that speaks the Redis protocol, RESP. So you can point a Redis client at it. It's not a fork. It's a rewrite.", { lab: null }),
  say(R, "Garnet in C#. I would not have guessed C# for a cache server."),
  say(H, "That was everyone's reaction. And their benchmarks are actually quite good. But I'm not putting a research project in front of our payment systems this year, let's say."),
  say(R, "Can I do the slightly grumpy take, though? Because every time this happens, the story is, evil company closes the source. And I get it, I'm annoyed too."),
  say(R, "But Redis the company has been paying most of the people who work on Redis for years, and the cloud providers made a lot of money selling it as a service without giving much back. MongoDB did this in 2018, Elastic in 2021, HashiCorp last year. It's not one bad company, it's the business model not working.", { lab: null }),
  say(H, "No, I think that's fair. I think both things are true. The model is broken, and also, if you build on a BSD project for ten years, having the license change under you feels like a betrayal. Even if you can understand why."),
  say(R, "Yeah. Both things are true. That's the most Config Drift sentence ever."),
  say(H, "Put it on the mug."),
  say(R, "No. So what should people actually do? If I'm running Redis on a few VMs, do I move to Valkey right now?"),
  say(H, "Honestly? If you're on 7.2 and you self-host, I'd do nothing today except write it down. Pin your version. Don't auto-upgrade to 7.4 by accident, because that's the thing that changes your license situation without anybody noticing. And then in six months, look at where Valkey is. If your distro packages Valkey and not Redis anymore, and I think Fedora is already heading that way, the decision might get made for you."),
  say(R, "That's a good point about distros. If Debian just ships Valkey, most people will never think about it again."),
  say(H, "Most people will type apt install redis and get something and never know. Which is maybe how it should be. The Valkey site is ⟨valkey.io⟩, and I'll put the Redis announcement in the notes."),

  seg('topic', H, 'IBM to acquire HashiCorp; OpenTofu 1.7 ships state encryption', ['HashiCorp', 'IBM', 'OpenTofu', 'Terraform']),
  say(H, "And since we're on licenses, I'm going to be greedy and take the next one too, because it's the same story with a different logo."),
  say(R, "Go ahead. I know which one it is."),
  say(H, "Of course you do. IBM is buying HashiCorp. They announced it on April 24th, six point four billion dollars, thirty-five dollars a share. It's expected to close by the end of the year, pending the usual regulatory stuff. So Terraform, Vault, Consul, Nomad, Packer, all of that is going to be IBM."),
  say(R, "And IBM already has Red Hat. So that's Ansible and Terraform under one roof."),
  say(H, "Ansible and Terraform under one roof. If you'd told me that five years ago, I'd have laughed. And context, for people who haven't been following: last August, HashiCorp moved all its products from the MPL, which is a proper open source license, to the Business Source License, the BSL."),
  say(H, "Same basic idea as Redis, you can't build a competing product on it. And that's what led to OpenTofu, the Terraform fork, which is also under the Linux Foundation, and went GA in January.", { lab: null }),
  say(R, "And OpenTofu just had a release, right? This week?", { lab: 'MORIERA' }),
  say(H, "This week! OpenTofu 1.7 came out on Tuesday, and it's the first release where they shipped real features that Terraform doesn't have. The big one is state encryption. Your state file, which, as everyone knows, is full of secrets in plain text—"),
  say(R, "Database passwords in a JSON file in an S3 bucket. The classic."),
  say(H, "The classic. In 1.7 you can encrypt it client-side, with a key from AWS KMS, or GCP KMS, or OpenBao, or just a passphrase. People have been asking Terraform for that since, I want to say, 2016? There's a famous issue. They also added provider-defined functions, and loops in import blocks."),
  say(R, "Huh. So they're actually diverging now. It's not just a copy anymore."),
  say(H, "They're diverging, and that's where it got a bit spicy. In early April, HashiCorp sent OpenTofu a cease and desist letter, claiming that some of the code for the removed block, that's the feature for taking things out of state without destroying them, had been copied from Terraform's BSL code. And OpenTofu published a detailed response showing the code was derived from older MPL-licensed code, so they were allowed to. And as far as I know, that's where it rests."),
  say(R, "And now the interesting question is what IBM does."),
  say(H, "Wait, actually, before that, there's a funny detail I forgot. Vault also got forked last year, the fork is called OpenBao, under the Linux Foundation, and if I remember right, some of the people who started it were at IBM. So IBM is now buying the company that some of its own engineers forked."),
  say(R, "Ha! That's going to be an awkward all-hands."),
  say(H, "Very awkward all-hands. Sorry, go on, what were you going to say?"),
  say(R, "No, just, what does IBM actually do with the license?"),
  say(H, "That's the big question. IBM could keep the BSL. IBM could, I suppose, go back to the MPL, and there are a lot of people on social media asking for exactly that. I would not hold my breath. But IBM also owns Red Hat, which is about as open source as big company culture gets, so who knows."),
  say(R, "My prediction, and I'll be wrong, is nothing changes for at least a year. Big acquisitions are slow. Nobody touches the license until the lawyers have read everything twice."),
  say(H, "I'll take that bet. What are we betting?"),
  say(R, "A pastel de nata. A good one. I'll mail it to you."),
  say(H, "A custard tart, mailed from Lisbon to Stockholm. That's not a bet, that's a threat."),
  say(R, "It's both."),
  say(H, "Okay, so, practically. At work we're still on Terraform. When the license changed, legal asked us to pin to 1.5, the last MPL version, and we've been sitting there ever since. And I think this release is the first one where I can make a real case internally to move to OpenTofu, because state encryption is a feature our auditors would love. So I'll let you know how that goes. Probably badly."),
  say(R, "Keep us posted. I want a full postmortem."),
  say(H, "You'll get one. The OpenTofu 1.7 release notes are at ⟨opentofu.org/blog⟩."),

  seg('sponsor', R, 'Sponsor: Ironbark', ['Ironbark']),
  say(R, "And speaking of secrets in plain text, this is a good moment to thank our sponsor. Config Drift is brought to you by Ironbark. Ironbark is secrets management for teams that are tired of dot env files pasted into Slack."),
  say(R, "It gives your services short-lived, dynamic credentials for Postgres, MySQL and your cloud accounts, so instead of a database password that's been the same since 2019, every deploy gets its own credentials, and they expire in an hour. It plugs into Kubernetes with a small operator, and into GitHub Actions and GitLab CI with OIDC, so there are no long-lived tokens sitting in your CI settings.", { lab: null }),
  say(R, "I've been running it in my home lab, which is maybe overkill for four Raspberry Pis in a cupboard, but it's a nice way to learn the patterns before you need them at work. Go to ⟨ironbark.io/drift⟩ for sixty days free on any plan. Thanks, Ironbark.", { lab: null, cut: 2 }),

  seg('topic', R, 'Kubernetes 1.30 "Uwubernetes": ValidatingAdmissionPolicy GA and user namespaces', ['Kubernetes 1.30', 'Kubernetes', 'Uwubernetes', 'ValidatingAdmissionPolicy']),
  say(H, "Okay, back to the news. What's next?"),
  say(R, "Next is my happy story this week, because we need one. Kubernetes 1.30 is out. It came out on April 17th, and the release name is Uwubernetes."),
  say(H, "I'm not saying that out loud."),
  say(R, "You just did. Uwubernetes. The release team said it's the cutest release they've ever had, and the logo is adorable, go look at it. So, what's actually in it. The thing I'm most excited about is that ValidatingAdmissionPolicy is now GA. Stable."),
  say(H, "That's the CEL one?"),
  say(R, "That's the CEL one. For people who haven't used it: admission control is how you say, reject any pod that doesn't have resource limits, or any image that isn't from our registry."),
  say(R, "Traditionally you do that with a webhook, so an external service like OPA Gatekeeper or Kyverno that the API server calls on every request. And webhooks work, but they're one more thing that can go down. If your webhook is down, depending on how you set it up, either nothing can be deployed, or everything can.", { lab: null }),
  say(H, "Ah, fail open versus fail closed. We got bitten by that exactly once and I will never, ever forget it."),
  say(R, "Everyone gets bitten exactly once. So ValidatingAdmissionPolicy lets you write those rules in CEL, the Common Expression Language, and the API server evaluates them itself, in process. No webhook, no extra deployment, no network call. For simple rules that's a huge win."),
  say(H, "Does it replace Kyverno, then? Or Gatekeeper?"),
  say(R, "Sorry, one more thing on CEL before that, because people always ask what it looks like. It's like a one-line expression. Something like, object dot spec dot replicas less than or equal to five. That's the whole rule. If it's true, the request is allowed. It's not a programming language, there are no loops, it's guaranteed to finish, which is exactly what you want in the API server."),
  say(H, "A language that's guaranteed to finish. I wish my meetings were written in CEL."),
  say(R, "Not really. For simple validation you might not need them anymore. But they do a lot more, mutation, generating resources, reporting, big policy libraries. I think the tools will use it underneath more and more. Kyverno can already generate these policies from its own, I believe."),
  say(R, "The other thing in 1.30 I like is user namespaces going to beta. So a pod can run as root inside the container, but that root is mapped to an unprivileged user on the node. Which means if somebody escapes the container, they land as nobody, not as root on the host.", { lab: null }),
  say(R, "You need a recent kernel and a recent container runtime, and it's still off by default, but it's a real security improvement. And there's an alpha for recursive read-only mounts, which sounds boring, but fixes a thing where read-only volumes weren't actually read-only all the way down.", { lab: null }),
  say(H, "Have you upgraded the home lab yet? I know you have."),
  say(R, "Of course I have. I upgraded the home lab the night it came out, at one in the morning, which is exactly what you should not do. The home lab is k3s on four Raspberry Pis in a cupboard, and k3s had 1.30 a few days later. Everything worked, except my Grafana dashboard, which broke for completely unrelated reasons, because I also upgraded Grafana. Because apparently I have no self-control."),
  say(H, "Changing two things at once, at one in the morning. The mark of a true professional."),
  say(R, "That was the confession, by the way. From the start of the show."),
  say(H, "I know. I could tell. Anything removed or deprecated in 1.30 that people need to worry about before they upgrade?"),
  say(R, "Nothing scary that I noticed, but, as always, read the urgent upgrade notes section at the top of the changelog. That's always where the bodies are buried. If your cluster does anything unusual with the API, that's the section that will ruin your week."),
  say(R, "Do as I say, not as I do. At work we'll wait for a couple of patch releases, like sensible people, and EKS will probably have it in a couple of months anyway. The release blog post is on ⟨kubernetes.io/blog⟩."),

  seg('topic', H, 'PuTTY P-521 key recovery (CVE-2024-31497): rotate your keys', ['PuTTY', 'P-521', 'CVE-2024-31497', 'ECDSA']),
  say(R, "Okay, your turn, and I think yours is less cute."),
  say(H, "Much less cute. This one is for everyone who uses PuTTY, which at a bank is, let me count, everyone."),
  say(R, "Including you."),
  say(H, "Including me. My work laptop is Windows, I have PuTTY open right now. So. On April 15th, two researchers from Ruhr University Bochum, Fabian Bäumer and Marcus Brinkmann, disclosed CVE-2024-31497. It affects PuTTY versions 0.68 through 0.80, and it's in how PuTTY makes ECDSA signatures when you use a NIST P-521 key."),
  say(R, "Only P-521? Not the other curves?"),
  say(H, "Only P-521. The problem is the nonce. ECDSA needs a fresh random number, the nonce, for every signature, and if the nonce is even slightly biased, you can recover the private key from enough signatures. PuTTY generated its nonces deterministically, which is fine in principle, but the way they did it, for P-521, the first nine bits of every nonce were always zero. And with a bias like that, about sixty signatures is enough to compute the private key."),
  say(R, "Sixty? That's nothing."),
  say(H, "That's nothing. And where do signatures come from? Every time you log in to an SSH server with that key, you make one. So a malicious server, or a compromised one, could collect them. And the one people forget is signed git commits. If you sign commits with that key through Pageant, those signatures are public. They're sitting on GitHub for anyone to download."),
  say(R, "Oh, that's nasty. So the fix is upgrade PuTTY, and—"),
  say(H, "And rotate the key. That's the important bit. Upgrading to 0.81 fixes the signing, but if your P-521 key was ever used with an old version, you have to assume it's compromised. Make a new one, remove the old public key from every authorized_keys file. And it's not only PuTTY. Anything that embeds PuTTY's code was affected. FileZilla, WinSCP, TortoiseGit, TortoiseSVN. They've all shipped fixes.", { lab: 'LINQVIST' }),
  say(R, "Is P-521 common, though? I feel like most people use Ed25519 or RSA."),
  say(H, "Most people do, which is the good news. Ed25519 and RSA keys aren't affected. P-521 is rare, but it shows up in exactly the places where someone read a compliance document that said use the strongest curve. And I'm sorry to say I found two at work this week. Service accounts. Created in 2019 by someone who has since left."),
  say(R, "Someone who has since left. The most dangerous person in any company."),
  say(H, "The most dangerous person in any company. So we rotated them on Tuesday. It took an afternoon, mostly finding all the servers the keys were on. If you want to check your own keys, ssh-keygen with dash l on the public key tells you the type and the size, and a P-521 key says five twenty-one and ECDSA, you can't miss it."),
  say(H, "The PuTTY advisory is on their site, and the researchers posted a really clear explanation to the oss-security list, I'll link both.", { lab: null, cut: 1 }),
  say(R, "Nice. Good reminder to inventory your keys, even if you don't use PuTTY."),

  seg('topic', R, 'Palo Alto GlobalProtect zero-day CVE-2024-3400', ['Palo Alto', 'PAN-OS', 'GlobalProtect', 'CVE-2024-3400']),
  say(R, "I've got another security one, and then I promise we'll do something fun. This one's a bit older, mid-April, but we haven't talked about it, and if you run Palo Alto firewalls you really want to have dealt with it by now. CVE-2024-3400. It's in PAN-OS, in the GlobalProtect feature, which is their VPN gateway. CVSS ten. Unauthenticated command injection, running as root. On the firewall."),
  say(H, "On the firewall. On the box whose whole job is to be the secure part."),
  say(R, "On the secure part. And it was exploited as a zero-day before the disclosure. Volexity found it on a customer's network, and they attribute it to a state-backed group they track as UTA0218. Palo Alto's own threat intel team, Unit 42, named the campaign Operation MidnightEclipse. The attackers were using it to drop a Python backdoor on the firewall and then move into the internal network."),
  say(H, "How did it actually work? Command injection from where?"),
  say(R, "So, as I understand it, it's two problems together. GlobalProtect let an attacker create a file with an arbitrary name, through a crafted session ID in a cookie, basically path traversal. And then a telemetry job on the device would later process the files in that directory and pass the file name into a shell command. So you create a file whose name is a shell command, and the device runs it for you."),
  say(H, "Oh, that's, that's almost elegant."),
  say(R, "It's horrible and elegant. And there was a bit of a communication mess. At first, the advisory said that turning off device telemetry was a mitigation. And then a few days later they updated it to say, actually, no, disabling telemetry doesn't prevent exploitation. So if you did the mitigation on day one and went home, you weren't protected."),
  say(H, "Okay, that's the part that would make me furious as an operator. You do the thing they told you to do, and the thing was wrong."),
  say(R, "Yeah. To be fair, they got hotfixes out within a few days for the affected versions, 10.2, 11.0 and 11.1. But the lesson, again, is that the edge devices, VPN gateways, firewalls, are the most exposed things you own, and the things you patch least often. We had Ivanti in January, Fortinet before that, and now Palo Alto."),
  say(H, "It's been a bad year for the boxes on the edge."),
  say(H, "We had Ivanti boxes in January. I'm still not over it. That was three weekends of my life, rebuilding VPN appliances from scratch and resetting every certificate on them. And the whole time you're asking yourself, how long were they in before we knew?"),
  say(R, "That's the worst question in this job."),
  say(R, "A terrible year for the boxes on the edge. If you run GlobalProtect, read the advisory, and check for signs of compromise, not only that you're patched. Palo Alto published a command you can run to look for exploitation attempts in the logs."),
  say(H, "And if you find something, that's an incident, not a patch ticket.", { lab: null }),
  say(R, "That's an incident. Call your incident response people, don't just reboot it."),

  seg('topic', R, 'Ubuntu 24.04 LTS Noble Numbat: frame pointers and an xz rebuild', ['Ubuntu 24.04', 'Ubuntu', 'Noble Numbat', 'frame pointers']),
  say(R, "And my last one, which is the fun one. Sort of fun. Ubuntu 24.04 LTS, Noble Numbat, came out last Thursday, April 25th."),
  say(H, "You said fun."),
  say(R, "It's fun for me! I like release day. So it's an LTS, which means it's the one a lot of you will be running on servers for the next five years, or longer with Ubuntu Pro. It ships Linux kernel 6.8, and a few things I think are actually interesting for ops people. The one I want to highlight is frame pointers. Ubuntu now builds its packages with frame pointers enabled, on 64-bit x86 and ARM."),
  say(H, "Okay, explain to me why I should care about frame pointers. Slowly. It's Friday."),
  say(R, "So, when you profile a program, the profiler needs to walk the stack, to know which function called which. Frame pointers make that cheap and reliable. For years distros compiled without them, because you get a tiny bit of performance back, one or two percent in some benchmarks."),
  say(R, "But then your profiling is broken, and your flame graphs are full of unknown frames. Fedora turned them on in Fedora 38, and now Ubuntu too. So tools like perf, or the eBPF-based profilers, just work on a stock Ubuntu box.", { lab: null }),
  say(H, "Huh. That's actually a nice change. I've definitely stared at a flame graph that was ninety percent question marks."),
  say(H, "Although I should say, for the record, we're mostly a RHEL shop at work, so this is all a bit theoretical for me. The one Ubuntu box we have is a jump host that somebody set up in 2018 and nobody wants to touch."),
  say(R, "Another one made by someone who has since left?"),
  say(H, "Obviously. It's the same guy. I'm sure of it."),
  say(R, "We all have. And the other thing, which ties back to our first story: the beta got delayed by a week, because after the xz backdoor, Canonical decided to rebuild every binary package in the archive from scratch. Just in case. Which I think is exactly the right call. Also a lot of CPU."),
  say(H, "That's a lot of CPU. Have you upgraded anything yet? No, let me guess."),
  say(R, "I upgraded one machine. One. My NAS. And it came back up, and the netplan config was fine, and I felt very grown up. But at work, standard advice: wait for 24.04.1 in August, that's when the upgrade path from 22.04 actually gets switched on in do-release-upgrade. Don't be the person who upgrades production in release week."),
  say(H, "Unless it's your home lab at one in the morning."),
  say(R, "Unless it's the home lab. Different rules."),
  say(H, "Different rules, different blast radius.", { lab: null, cut: 0, amb: true }),

  seg('topic', H, 'Dropbox Sign breach through a compromised service account', ['Dropbox Sign', 'Dropbox', 'breach', 'service account']),
  say(H, "Before we do extras, I snuck one more story in this morning, because it landed on Wednesday night and it's very on theme. Dropbox disclosed a breach of Dropbox Sign, which used to be HelloSign, the e-signature product."),
  say(R, "Oh, I saw the headline, didn't read it yet."),
  say(H, "So, according to their post, on April 24th they detected unauthorized access to the Dropbox Sign production environment. And the way in was, and you'll enjoy this, a compromised service account. An automated system account, one of those non-human accounts that runs jobs, and it had privileges to do things in production, including getting into the customer database."),
  say(R, "A service account. Of course it was."),
  say(R, "Do they say how the service account itself got compromised? Like, a leaked key, phishing, what?"),
  say(H, "Not really. Not in the post, anyway. It says it was compromised and that they're investigating with outside forensics, which is the standard line. I'd love to read a real postmortem on that part, because that's the part everybody listening could actually learn from."),
  say(H, "Of course it was. What they say was exposed: email addresses, usernames, phone numbers, hashed passwords, account settings, and then the worse part, authentication data, so API keys, OAuth tokens and multi-factor authentication info. And even people who never had an account, but who were sent a document to sign, had their names and email addresses exposed."),
  say(H, "They say there's no evidence the documents themselves or payment info were accessed, and that Dropbox Sign's infrastructure is mostly separate from the main Dropbox service. They've reset passwords, logged everybody out, and they're rotating API keys, but if you're a customer with an API integration, you have to generate a new key and deploy it yourself.", { lab: null, cut: 2 }),
  say(R, "So if you use their API in some internal workflow, that's a ticket for today."),
  say(H, "That's a ticket for today. And honestly, this is the theme of the whole episode, isn't it? A P-521 key on a service account from 2019. A firewall nobody patches. A service account with production access. The scary stuff is never the clever exploit, it's the thing that's been quietly sitting there with too many permissions."),
  say(R, "Non-human identities. It's the phrase of the year at every security conference, and I used to roll my eyes at it."),
  say(H, "And now?"),
  say(R, "Now I'm going to go home and look at what my home lab service accounts can do. Which is everything. They can do everything."),
  say(H, "Of course they can. The Dropbox post is on their blog, and I'll link the SEC filing too, because they filed one, which is new-ish for this kind of thing."),

  seg('extra', R, "Rafael's extra: atuin for shell history", ['atuin', 'shell history']),
  say(H, "Okay, that's the news. Extras? Rafa, you go first."),
  say(R, "I've got one. It's a small tool I've completely fallen in love with, called atuin. It replaces your shell history. So instead of a text file, your history goes into a SQLite database with the directory you were in, the exit code, how long the command took."),
  say(R, "And Ctrl-R gets a full-screen search. And you can sync it between machines, end-to-end encrypted, so I can find that one kubectl command I ran on the home lab three weeks ago, from my Mac.", { lab: null }),
  say(H, "That's what I'd use it for. Finding the one command."),
  say(R, "It's always the one command. It works with bash, zsh and fish. It's written in Rust, of course, everything nice is written in Rust now."),
  say(H, "Is the sync self-hostable? Because I can't put my work shell history on someone else's server."),
  say(R, "Good question, but first, the thing you're actually worried about is secrets in your history, right? Like, somebody types an export with an AWS key in it."),
  say(H, "Everyone has done that. Everyone."),
  say(R, "Everyone. So atuin has a filter on by default that doesn't store commands that look like AWS keys, GitHub tokens, Slack tokens and a few others. It won't catch everything, but it catches the obvious ones. And to your actual question:"),
  say(R, "And yes, you can run the sync server yourself, it's one binary and a Postgres database. Or you just don't sync and use it locally. But for a bank, I'd check with the security team first.", { lab: null }),
  say(H, "For a bank I'd check with three security teams."),

  seg('extra', H, "Hannah's extra: Thinking in Systems", ['Thinking in Systems']),
  say(R, "What about you?"),
  say(H, "Mine is a book. I've been reading Thinking in Systems, by Donella Meadows, on call this week, in between pages. Literally between pages. It's from 2008, it's short, and it's about stocks and flows and feedback loops."),
  say(H, "It's not about computers at all, but I've never read anything that describes an incident better. A retry storm is a reinforcing feedback loop. The autoscaler fighting the load balancer is two balancing loops with delays. Once you see it, you can't stop seeing it.", { lab: null }),
  say(R, "I've had that book on my shelf for a year. Unread. Judging me."),
  say(H, "Read chapter one. It's forty pages. You'll finish it before your next one a.m. upgrade."),
  say(R, "That's a low bar."),
  say(H, "It's a very low bar, that's the point."),

  seg('extra', R, 'Listener mail: a correction on ssh-agent forwarding', ['listener', 'ssh-agent', 'agent forwarding', 'correction']),
  say(R, "Oh, wait, before we go, we got a really good email about last week, and I think we owe a correction."),
  say(H, "Uh oh. Go on."),
  say(R, "So last week we talked about ssh-agent forwarding, and I said, more or less, that agent forwarding is fine as long as you trust the jump host. And a listener, Tomasz, who works on a red team, wrote in and said, very politely, that this undersells it."),
  say(R, "If anybody has root on the jump host while you're connected, they can use your forwarded agent to log in anywhere your key works. They can't steal the key, but they don't need to. And he's completely right. The better option in most cases is ProxyJump, so your key never leaves your laptop.", { lab: null }),
  say(H, "ProxyJump, dash capital J. Yes. I should have said that, too, I use it every day."),
  say(R, "So, thank you, Tomasz. Keep the emails coming, we love being corrected. Mostly.", { lab: 'MORIERA' }),

  seg('outro', H, 'Goodbye', []),
  say(H, "Okay, that's the show. Thank you all for listening, thanks to Ironbark for sponsoring, and thank you, Rafa."),
  say(R, "Thank you! And good luck with the rest of your on-call week."),
  say(H, "Don't. Don't jinx it. Show notes and links for everything are at ⟨configdrift.show/212⟩. If you have a story for us, we're on Mastodon and Bluesky, or email us, the address is on the site. See you next week.", { lab: 'LINDQVIST' }),
  say(R, "Tchau, everybody."),
];

const SPEAKERS = [
  { name: H, aliases: ['Hannah LINDQVIST', 'LINDQVIST', 'LINDQVST', 'LINQVIST', 'Hannah', 'Lindqvist'] },
  { name: R, aliases: ['Rafael MOREIRA', 'MOREIRA', 'MOREIRO', 'MORIERA', 'Rafael', 'Rafa', 'Moreira'] },
];

const ENTITIES = {
  required: {
    xz: ['xz', 'xz Utils', 'xz-utils', 'liblzma'],
    OpenSSH: ['OpenSSH', 'sshd', 'SSH'],
    systemd: ['systemd', 'libsystemd'],
    Debian: ['Debian'],
    Fedora: ['Fedora', 'Fedora Rawhide', 'Fedora 40', 'Fedora 38'],
    Homebrew: ['Homebrew'],
    Redis: ['Redis', 'Redis 7.4', 'Redis 7.2'],
    Valkey: ['Valkey', 'Valkey 7.2.5'],
    'Amazon ElastiCache': ['ElastiCache', 'Amazon ElastiCache'],
    Redict: ['Redict'],
    KeyDB: ['KeyDB'],
    Garnet: ['Garnet'],
    HashiCorp: ['HashiCorp'],
    IBM: ['IBM'],
    Terraform: ['Terraform'],
    OpenTofu: ['OpenTofu', 'OpenTofu 1.7'],
    Ironbark: ['Ironbark'],
    Kubernetes: ['Kubernetes', 'Kubernetes 1.30', 'k8s'],
    ValidatingAdmissionPolicy: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicies'],
    CEL: ['CEL', 'Common Expression Language'],
    Kyverno: ['Kyverno'],
    'OPA Gatekeeper': ['OPA Gatekeeper', 'Gatekeeper', 'OPA'],
    k3s: ['k3s'],
    Grafana: ['Grafana'],
    PuTTY: ['PuTTY', 'PuTTY 0.81'],
    ECDSA: ['ECDSA'],
    FileZilla: ['FileZilla'],
    WinSCP: ['WinSCP'],
    TortoiseGit: ['TortoiseGit'],
    'Palo Alto Networks': ['Palo Alto', 'Palo Alto Networks'],
    'PAN-OS': ['PAN-OS'],
    GlobalProtect: ['GlobalProtect'],
    'Dropbox Sign': ['Dropbox Sign', 'Dropbox', 'HelloSign'],
    Ubuntu: ['Ubuntu', 'Ubuntu 24.04', 'Ubuntu 24.04 LTS', '24.04'],
    atuin: ['atuin', 'Atuin'],
  },
  tolerated: [
    'Landlock', 'CMake', 'oss-fuzz', 'Elastic', 'Amazon Web Services', 'Amazon S3', 'Amazon EKS', 'OAuth', 'API keys', 'ProxyJump', 'ssh-agent', 'agent forwarding', 'Open Source Initiative', 'SEC', 'service account', 'non-human identities', 'MFA',
    'Linux Foundation',
    'Thinking in Systems',
    'CVE-2024-3400',
    'CVE-2024-31497',
    'CVE-2024-3094',
    'RSALv2', 'Redis Source Available License',
    'SSPL',
    'Business Source License', 'BSL',
    'P-521', 'NIST P-521',
    'frame pointers',
    'user namespaces',
    'state encryption',
    'SBOM', 'SBOMs',
    'reproducible builds',
    'Andres Freund', 'Microsoft', 'PostgreSQL', 'Postgres', 'oss-security', 'Valgrind', 'IFUNC', 'glibc', 'RSA_public_decrypt', 'git',
    'GitHub', 'm4', 'build-to-host.m4', 'Jia Tan', 'Lasse Collin', 'openSUSE', 'openSUSE Tumbleweed', 'Kali', 'RHEL', 'Ubuntu LTS',
    'Mac', 'macOS', 'Linux', 'dlopen', 'Russ Cox', 'BSD', 'MongoDB', 'OSI', 'AWS', 'Google', 'Google Cloud', 'Oracle', 'Ericsson', 'Snap',
    'Drew DeVault', 'LGPL', 'Microsoft Research', 'C#', 'RESP', 'Fedora', 'apt', 'VMs', 'Vault', 'Consul', 'Nomad', 'Packer', 'Red Hat',
    'Ansible', 'MPL', 'JSON', 'S3', 'AWS KMS', 'GCP KMS', 'KMS', 'OpenBao', 'provider-defined functions', 'import blocks', 'removed block',
    'Slack', 'MySQL', 'GitHub Actions', 'GitLab CI', 'OIDC', 'Raspberry Pi', 'Raspberry Pis', 'Uwubernetes', 'webhook', 'API server',
    'EKS', 'Windows', 'Ruhr University Bochum', 'Pageant', 'Ed25519', 'RSA', 'authorized_keys', 'TortoiseSVN', 'ssh-keygen', 'Volexity',
    'UTA0218', 'Unit 42', 'Operation MidnightEclipse', 'Python', 'VPN', 'Ivanti', 'Fortinet', 'Noble Numbat', 'Ubuntu Pro', 'Linux kernel',
    'Linux kernel 6.8', 'perf', 'eBPF', 'Canonical', 'netplan', 'do-release-upgrade', 'Ubuntu 22.04', '22.04', 'NAS', 'SQLite', 'kubectl',
    'bash', 'zsh', 'fish', 'Rust', 'Mastodon', 'Bluesky', 'Donella Meadows', 'Config Drift', 'configdrift.show', 'CVSS', 'zero-day',
    'Debian unstable', 'Debian testing', 'Debian stable', 'CA', 'certificate', 'container runtime', 'Ctrl-R', 'flame graphs', 'mutation',
    'Kubernetes 1.30', 'Terraform 1.5', 'Redis 7.2.4', 'xz 5.6.0', 'xz 5.6.1', '5.4.6', 'Valkey 7.2.5', 'state file', 'ARM', 'x86',
  ],
};

const EPISODE = { show: 'Config Drift', number: 212, recorded: '2024-05-03', title: 'xz a month on, Valkey, IBM buys HashiCorp, and Uwubernetes' };

// ---- rendering ----------------------------------------------------------------------------
const curly = (s) => s.replace(/(\w)'(\w)/g, '$1’$2').replace(/(\s)'(\w)/g, '$1‘$2');
const labeledText = (t) => curly(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const webText = (t) => curly(t.replace(/\s?⟨[^⟩]*⟩[.,]?/g, ''));
const mmss = (sec) => `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;
const cutOf = (p) => p.cut ?? (p.lab === null ? 1 : 0);


// labeled.txt: each host's first line `First SURNAME:`, then `SURNAME:` unless the paragraph says otherwise.
const seen = new Set();
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => {
    if (p.lab === null) return '';
    const lab = p.lab ?? (seen.has(p.speaker) ? SURNAME[p.speaker] : `${p.speaker.split(' ')[0]} ${SURNAME[p.speaker]}`);
    seen.add(p.speaker);
    return `${lab}: `;
  },
  words: (i, p) => labeledText(p.text),
});

// web.txt: real timestamps from ~160 words a minute plus a pause between paragraphs.
const times = [];
{
  let t = 0;
  for (const p of SOURCE.filter((x) => !x.seg)) { times.push(t); t += labeledText(p.text).split(/\s+/).length / 2.7 + 0.6; }
}
const webHeader = [
  'CONFIG DRIFT', 'the ops news podcast', '', 'Listen   Episodes   Newsletter   Merch   About', '',
  '212: xz a month on, Valkey, IBM buys HashiCorp, and Uwubernetes', '',
  'Hannah Lindqvist & Rafael Moreira · May 3, 2024', '',
  '▶ Play episode   ⬇ Download MP3', '', 'Full transcript', '', '',
].join('\n');
const webFooter = [
  '', '', 'Transcripts are machine generated and may contain errors.', '',
  '‹ 211: Terraform drift detection, Azure outage postmortem, and ssh-agent forwarding   |   213: coming soon ›', '',
  'Config Drift is an independent podcast. Subscribe: RSS · Apple Podcasts · Pocket Casts', '© 2024 Config Drift',
].join('\n');
const web = render(SOURCE, {
  header: webHeader, footer: webFooter, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `${mmss(times[i])} ${i < 2 ? SURNAME[p.speaker] + ': ' : ''}`,
  words: (i, p) => {
    const t = webText(p.text);
    const cut = cutOf(p);
    const w = t.split(' ');
    if (cut >= w.length) throw new Error(`cut empties a paragraph: ${t}`);
    return cut ? w.slice(cut).join(' ') : t;
  },
});

const gold = {
  _source: 'Synthetic held-out episode written on 2026-11-22 (heldout/config-drift-212/build.mjs); offsets computed by the script.',
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
