// Source of Fork and Relicense #52 (SYNTHETIC held-out episode, heldout16): a THREE-host panel NEWS and
// DISCUSSION show about open-source licensing and governance. Hosts (invented): Greta Lindholm, who runs the
// open source programme office of a bank in Stockholm and opens and closes the show; Marisol Duarte, who
// maintains a Rust HTTP library from Valencia; Kieran Walsh, a solicitor turned developer in Dublin who advises
// startups on licensing, and who interjects a lot. The sponsor "Provenant" (licence and SBOM scanning in CI) is
// invented, as are the hosts' employers, Marisol's library "tidewire", the bank's migration and every anecdote.
// Recorded Thursday 15 May 2025; the news is real but told from memory.
// Rendered by build.mjs into labeled.txt (`Full Name: text` on every paragraph) and web.txt (a seed-like page,
// FIRST NAMES in capitals on the first three paragraphs only).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {cut}) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   ⟨...⟩      a spoken URL: kept as words in labeled.txt, dropped from web.txt (with a following comma or period);
//   ¦          web.txt only: the page's transcription service starts a new paragraph here;
//   ¦~         the same, and the web continuation also loses its first word.
// cut: N = web.txt loses the first N words of this paragraph.
// Conventions: presenter = the host who brings the item, and a hand-over or introduction line belongs to the
// NEW segment, also when another host speaks it; the sponsor's presenter is its reader; picks are one segment
// per host, kind `extra`, presented by the picker.
import { say, seg } from '../build-episode.mjs';

export const G = 'Greta Lindholm';
export const M = 'Marisol Duarte';
export const K = 'Kieran Walsh';

export const SOURCE = [
  seg('intro', G, 'Welcome, and this fortnight in licences and forks', []),
  say(G, "Hej and welcome to Fork and Relicense, episode fifty-two, the show about who owns the code, who gets to change the rules, and who ends up maintaining it at three in the morning. It's Thursday the fifteenth of May. I'm Greta Lindholm, I run the open source programme office at a bank in Stockholm, which mostly means I read licences so that three thousand developers don't have to."),
  say(M, "And I'm Marisol Duarte, I'm in Valencia, I maintain tidewire, which is a small HTTP library in Rust that turned out to be inside a lot more things than I ever agreed to."),
  say(K, "And I'm Kieran Walsh, I'm in Dublin, I used to be a solicitor and now I'm a developer who still gets asked licensing questions at parties. Which is why I don't get invited to many parties."),
  say(G, "We invite you. ¦ Right, it's a busy one. There's a licence change that's actually a licence change back, sort of. Some history repeating with a search engine. Kieran wants to talk about paperwork, which he will tell you is the most exciting part. There's the infrastructure fork everybody's boss asked about, a definition that made a lot of people angry in October, a European law with a very long tail, and the eternal question of who pays for the registries. And then our recommendations."),
  say(K, "Paperwork is the most exciting part."),
  say(M, "He's been saving that since Monday."),

  seg('topic', M, 'Redis 8 adds the AGPL, and how Valkey has done in its first year', ['Redis 8', 'AGPL', 'Valkey']),
  say(G, "Let's start with the one that landed in everyone's feeds on the first of May. You've been typing at me about it in all capitals for two weeks, so please."),
  say(M, "I have, because it's such a strange story. So, quick recap. Redis was BSD licensed for fifteen years, about as permissive as it gets. In March last year Redis the company moved new versions to a choice of two licences, their own Redis Source Available License and the SSPL, the one MongoDB wrote. Neither of those is open source by the OSI's definition, and the clear target was cloud providers selling Redis as a service. ¦ Within about a week and a half, a group of the people who had actually been maintaining it forked the last BSD version, and that became Valkey, under the Linux Foundation, with AWS, Google Cloud, Oracle, Ericsson and Snap behind it."),
  say(K, "Can I just say, for the record, the two licences they picked are not the same animal. The SSPL is a copyleft that reaches absurdly far, if you offer the software as a service you have to publish the source of your entire service stack, monitoring, backups, the lot. The Redis Source Available License is simpler, it just says you can't sell it as a database service. Neither is OSI approved."),
  say(G, "Noted, counsel."),
  say(K, "And everyone said, well, that's that."),
  say(M, "Everyone said that's that. And now, with Redis 8, they've added the AGPL as a third option. So you can take Redis under the AGPL version three, which is an OSI-approved licence. They also brought back antirez, Salvatore Sanfilippo, the original author, at the end of last year, and he's been building vector sets, a new data type for vector similarity. ¦ And Redis 8 folds in what used to be the separate Redis Stack modules, JSON, time series, the query engine, so the open version is a lot bigger than it was."),
  say(K, "The AGPL is doing a lot of work there, though. It's a copyleft licence with a network clause. If you modify it and offer it to users over a network, you have to offer them your source. For most of the people running a cache behind their app, that changes nothing at all. For a cloud provider building a managed service, it's a real obligation."),
  say(M, "Which is rather the idea. It's a licence that hurts the people they wanted to hurt and uses a licence everybody already understands. My question is whether it's too late. Valkey shipped 8.0 last September with a big rework of the threading for I/O, it shipped 8.1 this spring, ElastiCache and other managed services now offer it, often cheaper than their Redis option, and several Linux distributions swapped their default package to Valkey. ¦~ Honestly the community that left isn't coming back because of a licence file. The trust was the thing that broke, and you don't fix trust with a new option in a dropdown."),
  say(G, "Would you move tidewire's test suite back?", { cut: 1 }),
  say(M, "We use Valkey now and I'm not touching it. Nothing against the people at Redis, some of them are lovely. I just don't want to do it twice."),

  seg('topic', K, 'Elasticsearch returns to open source with the AGPL, and OpenSearch gets its own foundation', ['Elasticsearch', 'AGPL', 'OpenSearch']),
  say(K, "And we've seen this exact film before. Elastic made it last August."),
  say(G, "Go on, you've clearly got the timeline in your head."),
  say(K, "I do, it's a sickness. So. Elasticsearch was Apache 2.0 until January 2021, when Elastic moved it to a choice of the SSPL and their own Elastic License, again mostly aimed at Amazon. Amazon forked the last Apache version and called it OpenSearch. ¦ Then at the end of August last year, Shay Banon, Elastic's founder, wrote a post with the title, more or less, Elasticsearch is open source again, and they added the AGPL as an option. Same move as Redis, eight months earlier. ¦ And the very next month, Amazon handed OpenSearch over to a new OpenSearch Software Foundation, under the Linux Foundation. So each fork ended up with a neutral home, and each original came back to an OSI licence. It's almost symmetrical."),
  say(M, "Did anyone go back to Elasticsearch, though? That's the question I keep asking."),
  say(K, "Some did, quietly. Mostly people who never really wanted to leave and needed a licence their legal team would sign off on. The AGPL is on most companies' approved list, or at least on the list of things they'll discuss. The SSPL is on nobody's."),
  say(M, "And OpenSearch isn't a copy any more, which I think people miss. It's had three or four years of its own development, its own plugins, its own vector search. So going back isn't a rollback. It's a migration between two products that share a grandparent. ¦ We went through the same with a logging cluster at my old job. The client libraries had drifted enough that the switch took a sprint, not an afternoon."),
  say(G, "It isn't on ours. ¦ We got the AGPL through, though, for anything we run internally and unmodified. It took a meeting."),
  say(K, "It always takes a meeting.", { cut: 1 }),

  seg('topic', K, 'Why relicensing is possible: contributor licence agreements versus the DCO', ['CLA', 'contributor licence agreement', 'DCO']),
  say(K, "And here's the bit I think people skip in every one of these stories. How can a company change the licence at all? It's paperwork. Specifically, the contributor licence agreement. ¦ When you send a patch to a project with a CLA, you sign something that gives the company broad rights over your contribution, often including the right to relicense it. That's what lets a company take years of outside work and ship the next version under new terms, or sell a commercial licence to customers who don't want the AGPL."),
  say(M, "And with a permissive licence they didn't even need that, right? BSD code can go into anything."),
  say(K, "Right, with BSD or Apache anyone can build a proprietary version on top, the company included. The CLA matters most for copyleft code, where without it they'd need every contributor's permission. ¦ The alternative a lot of projects use is the DCO, the Developer Certificate of Origin, from the Linux kernel. You add a signed-off-by line to your commit, and that says, I have the right to submit this under the project's licence. It grants the company nothing extra. The forks, Valkey for instance, tend to go the DCO way, and that's not an accident."),
  say(G, "So if I'm a developer deciding where to contribute, the CLA is the tell."),
  say(K, "It's the tell. Not every CLA is sinister, the Apache Software Foundation has one and they're not going to sell you out. But if a single company holds a CLA over everyone's work, you should assume the licence is a setting, not a promise."),
  say(M, "I want that embroidered on something. §Which reminds me, this episode has a sponsor, and it's one Kieran would actually approve of."),

  seg('sponsor', M, 'Sponsor: Provenant', ['Provenant'], { mid: true }),
  say(M, "It's Provenant. Every release you ship pulls in hundreds of dependencies, and each one comes with a licence and, these days, a list of vulnerabilities. Provenant runs in your CI, builds an SBOM in SPDX or CycloneDX for every build, flags licences your policy doesn't allow before the pull request merges, and keeps the record your auditors and, soon, European regulators will ask for. ¦ It's free for open source projects, and teams get a month free at ⟨provenant dot dev slash fork⟩."),

  seg('topic', G, 'OpenTofu or Terraform? The BSL, IBM, and a bank that moved', ['OpenTofu', 'Terraform', 'BSL']),
  say(K, "Okay, I've been dying to ask this since you mentioned it off air. You moved a whole bank's infrastructure code onto OpenTofu. Was that brave or was that silly?"),
  say(G, "It was boring, which is what I wanted. So, background. In August 2023 HashiCorp moved Terraform from the Mozilla Public License to the Business Source License, the BSL. The BSL isn't an open source licence. You can read the code and use it, but not in a product that competes with HashiCorp, and each version only turns into an open licence after a change date, four years later. ¦ A group of companies wrote a manifesto asking them to reverse it, they didn't, and the fork became OpenTofu, under the Linux Foundation. It went generally available in January last year. This April it was accepted into the CNCF as well, which for a bank's architecture board is a very reassuring logo."),
  say(K, "And in the middle of all that, IBM bought HashiCorp."),
  say(G, "IBM bought HashiCorp, which closed in February. So now the question my colleagues ask is not, is the BSL acceptable, it's, what will IBM do with Terraform in five years. ¦ For us the BSL was actually fine legally, we're a bank, we're not competing with HashiCorp. What moved us was that our infrastructure definitions are the most long-lived code we have, and I didn't want their licence to depend on one company's next quarter. ¦~ The actual switch was a new binary in our pipelines. The state files were compatible, our modules didn't change. The one feature that made security happy was OpenTofu's state encryption, which Terraform doesn't do on the client side, and our state files are full of things you don't want on a shared disk."),
  say(K, "There was that letter as well. HashiCorp's lawyers sent OpenTofu a cease and desist last spring, claiming a feature had been copied from BSL code. OpenTofu published a reply showing where it came from, under the old licence, and as far as I know that was the end of it. ¦ But that's exactly the kind of thing an architecture board remembers."),
  say(M, "What about providers? That was my worry. The providers are where the real work is."),
  say(G, "The providers are still mostly written by HashiCorp and the cloud vendors, and they're still under the MPL, so OpenTofu can use them. OpenTofu runs its own registry, because the Terraform registry's terms say it's for Terraform. We mirror everything internally anyway. ¦ So, was it brave? No. I think the interesting part is the governance. Terraform has one owner. OpenTofu has a steering committee from several companies. If you're making a twenty-year bet, that matters more than any feature. §Anyway. You wanted to talk about definitions, and I want to hear you be cross about the OSI."),

  seg('topic', M, 'The OSI’s Open Source AI Definition and the fight over training data', ['Open Source AI Definition', 'OSI', 'training data'], { mid: true }),
  say(M, "I'm not cross. I'm disappointed, which is worse. So, the Open Source Initiative, the OSI, is the group that maintains the Open Source Definition and approves licences. Last October, after about two years of consultation, they published version 1.0 of the Open Source AI Definition. ¦ It says an AI system is open source if you get the freedoms to use, study, modify and share it, and to do that you need three things, the complete code used to train and run it, the parameters, so the weights, under open terms, and what they call data information. And that last phrase is the whole fight."),
  say(K, "Because it's not the data."),
  say(M, "It's not the data. It's information about the data, detailed enough that a skilled person could build a substantially equivalent system. You're not required to release the training data itself. The OSI's argument is that a lot of valuable data, medical data for instance, legally can't be shared, and they didn't want a definition that nothing could ever meet. ¦ My argument is that if I can't rebuild it, I can't really study it, and studying it is one of the four freedoms. Software didn't get an exception for the source code being inconvenient."),
  say(G, "Is anything even open source under it? The big models all call themselves open."),
  say(M, "Very few of the famous ones. Meta's Llama licence has an acceptable use policy and a clause for companies with more than seven hundred million monthly users, so it fails on the licence before you even get to data. ¦ The models that do qualify are mostly research ones, AI2's OLMo is the example everyone uses, where they published the data as well. To be fair to the OSI, the definition did stop a lot of companies from using the word so freely. It gave journalists something to point at."),
  say(G, "It helps me at work, actually. When a team says, we want to use this open model, I can now ask, open by whose definition? And then we read the model's licence the same way we'd read any other. ¦ Half the time the answer is that it's fine for what they want to do, it's just not open source, and that's a perfectly acceptable answer as long as we write it down. What I can't accept is a vendor telling our procurement team something is open when the licence has a usage policy that can change next year."),
  say(K, "Legally, the word open source was never protected anyway. The definition is a social contract. It only works if people keep enforcing it by being annoying on the internet."),
  say(M, "Which is my main skill.", { cut: 1 }),

  seg('topic', G, 'The EU Cyber Resilience Act and the new role of open source software stewards', ['Cyber Resilience Act', 'CRA', 'open source steward']),
  say(G, "And the reason I care so much about who counts as open source is that in two years a law will care too. Can I do the Cyber Resilience Act now, before we lose the European listeners to sheer dread?"),
  say(K, "Please. I've got my notes."),
  say(G, "So, the Cyber Resilience Act is an EU regulation, it entered into force last December, and it puts security obligations on anyone who places a product with digital elements on the European market. Basically anything with software in it. ¦ Manufacturers have to handle vulnerabilities for the product's support period, ship security updates, do a risk assessment, and report actively exploited vulnerabilities. The reporting part starts in September 2026, and everything else applies from December 2027."),
  say(M, "And the first draft would have made me a manufacturer. Me, in my kitchen, with tidewire."),
  say(G, "The first draft was very scary, yes. After a lot of lobbying by foundations, the final text carves out free and open source software that's developed or supplied outside of a commercial activity. And it invents a new role, the open source software steward. ¦ A steward is an organisation, think a foundation, that systematically supports open source projects meant for commercial use. Stewards get a much lighter regime. They need a cybersecurity policy, they cooperate with the market surveillance authorities, and they help with vulnerability reporting, but they aren't subject to the fines manufacturers face."),
  say(K, "And the person who puts tidewire inside their smart fridge is the manufacturer. The obligation sits with whoever makes money from the product."),
  say(K, "And it's not a small obligation. You need the CE marking, the same one that's on your toaster. You have to say how long you'll support the product with security updates, and for most things the expectation is at least five years. You need technical documentation and a software bill of materials. ¦ For a big manufacturer that's a process. For a five-person startup shipping a connected device, it's a new job title."),
  say(G, "Which is the part I actually like. The bank is a manufacturer for some things we ship, and from 2027 we have to do due diligence on the open source we put inside them. ¦ So for the first time there's a legal reason for companies like mine to care whether a dependency has a maintainer, a security policy, a way to report bugs. The Eclipse Foundation has started a working group to write down what compliance should actually look like, with other foundations in it. ¦ My worry is the opposite direction. A thousand companies emailing one volunteer asking for a conformity statement by Friday."),
  say(M, "Oh, that's already happening. I got one in March. In German. With a deadline."),
  say(K, "Did you answer it?", { cut: 1 }),
  say(M, "I sent them the licence. The part in capitals where it says no warranty. §Which is more or less the whole problem of my last item, isn't it? Who actually pays for any of this."),

  seg('topic', M, 'Who pays for the plumbing: PyPI and npm, the XZ backdoor, and the Sovereign Tech Agency', ['PyPI', 'npm', 'Sovereign Tech Agency'], { mid: true }),
  say(K, "You've gone straight to the depressing one."),
  say(M, "I have, because it's the same story with a bigger number. Think about the registries. PyPI serves billions of downloads a month. The bandwidth is donated by Fastly, and the people who keep it running and deal with malware and abuse are a tiny team at the Python Software Foundation, and for a while the safety and security engineer there was funded by a grant from Alpha-Omega, not by any of the companies downloading from it. ¦ npm is a bit different, it's owned by GitHub, so Microsoft pays, but that also means the whole JavaScript world depends on one company's priorities. Every big company's build system pulls from these things a thousand times a day and mostly gives nothing back. Some of them don't even cache."),
  say(G, "Guilty, in the past. When I started, our build servers downloaded the same packages from PyPI thousands of times a day, straight from the internet. Now we have an internal mirror, which is also just better engineering, and we pay for a PyPI organization account and sponsor the PSF. ¦ It's not a lot of money for a bank. The hard part was explaining to finance why we'd pay for something that's free."),
  say(G, "And we all remember what happens when nobody's watching."),
  say(M, "XZ. Last March. For the younger listeners, xz is a compression library that's inside basically every Linux system, and it had one maintainer, Lasse Collin, who was, by his own account, burned out. ¦ Over about two years someone calling themselves Jia Tan made helpful contributions, while other accounts pressured Lasse to hand over more control. Eventually Jia Tan became a co-maintainer and shipped releases with a backdoor hidden in the test files, aimed at SSH servers through the way some distributions link it. ¦ It was caught because Andres Freund, who works on Postgres, noticed SSH logins were taking half a second longer than they should and got curious. Half a second. It hadn't reached the stable releases of the big distributions yet. We were very, very lucky."),
  say(K, "And the lesson everyone drew was the wrong one, I think. People said, vet your maintainers. The lesson is, don't let critical infrastructure depend on one unpaid person who's exhausted."),
  say(M, "Which is why I like what Germany did. The Sovereign Tech Fund started in 2022 with federal money to pay for maintenance of open source infrastructure. Not new features, maintenance. They've funded things like GNOME and FreeBSD, security work, documentation. ¦~ Last October it became the Sovereign Tech Agency, and the fund is now one programme alongside a fellowship that pays maintainers directly, and a bug resilience programme that pays for audits and bug bounties. It's a government treating open source like roads."),
  say(G, "I would love a Swedish one. I've said so to several people who didn't write it down."),

  seg('extra', K, 'Kieran’s pick: choosealicense.com', ['choosealicense.com', 'Choose a License']),
  say(G, "Recommendations, and then we let you go. Kieran, you're up first."),
  say(K, "Mine's old but I send it to someone every single week. Choose a License, at ⟨choose a license dot com⟩, which GitHub made years ago. It asks you what you care about, do you want people to share their changes, do you care about patents, and it walks you to a licence with a plain summary of what it permits and requires. ¦ It won't replace a lawyer for a company, but for a person starting a side project it's the best five minutes they'll spend. And it has a page for no licence, explaining that no licence means nobody can legally use your code, which surprises people every time."),
  say(M, "It surprised me, at twenty-two."),

  seg('extra', M, 'Marisol’s pick: the REUSE tool from the FSFE', ['REUSE', 'FSFE']),
  say(M, "I went for something from the FSFE, the Free Software Foundation Europe. It's called REUSE. It's a specification plus a command-line tool, and the idea is that every file in your repository says its own licence and copyright in a small SPDX header, so nobody has to guess. ¦ You run reuse lint, it tells you which files are missing information, and you can put it in CI. I added it to tidewire over a weekend, and the next compliance email I got, I sent them the report and never heard back. Best weekend ever."),
  say(K, "Lawyers love that. We won't tell you, but we love it."),
  say(M, "I knew it. §Greta, you're last, and I'm betting money it's a book."),

  seg('extra', G, 'Greta’s pick: Working in Public by Nadia Eghbal', ['Working in Public', 'Nadia Eghbal'], { mid: true }),
  say(G, "Of course it's a book. Working in Public, by Nadia Eghbal, from 2020. It's about how open source actually works now, which is not a bazaar of thousands of contributors, it's mostly one or two people and a huge crowd of users who want things. ¦ She describes the attention problem better than anyone. Maintainers aren't short of code, they're short of time and focus. If you read it after the XZ story, it's uncomfortably prophetic."),
  say(K, "I've lent my copy out twice and got it back once.", { cut: 1 }),

  seg('outro', G, 'Thanks and goodbye', []),
  say(G, "We'll stop there. Links to everything are in the show notes at ⟨fork and relicense dot fm slash fifty-two⟩, and if your company has a CLA story, good or bad, we'd love to hear it. Marisol, Kieran, thank you both."),
  say(M, "Thanks, Greta. Go and read a licence file, everyone."),
  say(K, "And sign nothing."),
];

export const SPEAKERS = [
  { name: G, aliases: ['Greta Lindholm', 'Greta', 'Lindholm', 'GRETA'] },
  { name: M, aliases: ['Marisol Duarte', 'Marisol', 'Duarte', 'MARISOL'] },
  { name: K, aliases: ['Kieran Walsh', 'Kieran', 'Walsh', 'KIERAN'] },
];
