// Builds Hop Count #29 (SYNTHETIC blind held-out episode, heldout4): a three-person networking
// discussion show with three long segments. Elif Demir (host; network engineer at a regional ISP
// in Berlin) moderates; Kofi Mensah (platform engineer at an e-commerce company in Amsterdam) and
// Rosa Quintero (runs the campus network of a university in Montevideo) are regular panelists.
// Intro, three segments (Kofi: going IPv6-only in Kubernetes after AWS started charging for IPv4;
// Rosa: QUIC and HTTP/3 on a campus network; Elif: RPKI and route origin validation after the
// Orange Spain RIPE account incident and a leak at her own ISP), outro. No sponsor, no extras.
// Renders labeled.txt (`Full Name:` first, then first names, typos `Kofi Mensa:` and `Elfi:`,
// unlabeled continuation lines, one unlabeled speaker change) and web.txt (header, footer, real
// mm:ss stamps, SURNAME labels on the first THREE paragraphs only, first word of unlabeled
// paragraphs cut, URLs dropped) with the shared renderer. Rerun `node build.mjs`. Deterministic.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEpisode, say, seg } from '../build-episode.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'hop-count-029';
const E = 'Elif Demir';
const K = 'Kofi Mensah';
const R = 'Rosa Quintero';
const LABELS = {
  first: { [E]: 'Elif Demir', [K]: 'Kofi Mensah', [R]: 'Rosa Quintero' },
  later: { [E]: 'Elif', [K]: 'Kofi', [R]: 'Rosa' },
};

const SOURCE = [
  seg('intro', E, 'Welcome and the three segments', []),
  say(E, "Hello and welcome to Hop Count, the show where we talk about the network, the thing everybody blames first. I'm Elif Demir, I'm in Berlin, and with me as always are Kofi and Rosa. Kofi, hi."),
  say(K, "Hi, Elif. Hello from Amsterdam, where it's, um, surprisingly sunny."),
  say(R, "And hello from Montevideo, where it's summer, sorry everyone."),
  say(E, "Rosa is not sorry."),
  say(R, "I'm a little bit sorry. It's very hot. The server room is happy, I'm not."),
  say(E, "So, three segments today, like always. Kofi is going to tell us how his team turned off IPv4 in their clusters, which, I've been hearing bits of this story for months, so I'm very happy we finally get the whole thing. Rosa has been fighting with QUIC on the campus network. And then I want to talk about RPKI, because we had, let's say, an interesting week at work, and because I think a lot of people still don't do route origin validation and they should."),
  say(K, "Spicy. Okay."),
  say(E, "Mildly spicy. Before we start, thank you to everyone who wrote in after the last episode about, um, about the DHCP story. Apparently many of you have also had a printer take down a network."),
  say(K, "So many printers."),
  say(R, "The printers are the real threat. Not the hackers."),
  say(E, "Print servers. The original insider threat. Okay. Kofi, you first."),

  seg('topic', K, 'Going IPv6-only in Kubernetes: NAT64, DNS64 and the AWS IPv4 charge', ['IPv6', 'IPv6-only', 'NAT64', 'DNS64', 'IPv4']),
  say(K, "Okay. So, the story starts with money, like most infrastructure stories. In February last year, AWS started charging for every public IPv4 address. Half a cent an hour, per address, which sounds like nothing, but we had, I think, a bit more than two thousand of them. Load balancers, NAT gateways, nodes that had public IPs for reasons nobody remembered. And the finance people found it before we did."),
  say(R, "Half a cent times two thousand times—"),
  say(K, "Times every hour of the year. It's, it's real money. Like a small salary. So the first thing was just cleanup, delete the addresses we didn't need. But then somebody said, if we're touching all of this anyway, why don't we do IPv6 properly. And I was the one who said yes, so it became my project."),
  say(E, "You volunteered."),
  say(K, "I volunteered. Classic mistake. ¶ So our clusters were IPv4 only, with the usual private ranges, and the pods got IPs from the VPC through the AWS VPC CNI. And the plan, which took about eight months in the end, was: new clusters IPv6-only for the pods, and anything that needs to reach the old IPv4 world goes through NAT64."),
  say(R, "So the pods have no IPv4 at all."),
  say(K, "The pods have no IPv4 at all. Each node gets a slice of IPv6 addresses, a /80 I think, and the pods get addresses from that. Everything inside the cluster, service to service, is IPv6. For the outside, we use DNS64 in the VPC resolver, so when a pod asks for the address of something that only has an A record, the resolver makes up a fake AAAA record, with the 64:ff9b prefix, and the NAT gateway translates that to IPv4 on the way out."),
  say(E, "And this is EKS? Or your own clusters?"),
  say(K, "EKS. Which helps, because EKS has supported IPv6 clusters for a few years, you pick the IP family when you create the cluster, and you can't change it later, so it's new clusters only. That's why it took eight months. It's not a flag, it's a migration. We built the new clusters next to the old ones and moved the services over, um, team by team. Some teams were quick. One team took four months because their service had a sidecar that nobody owned."),
  say(R, "There's always a sidecar nobody owns."),
  say(K, "There's always one. And the load balancers in front are dual-stack, so the outside world still reaches us over IPv4 and IPv6, the customers don't notice anything. It's only inside, the pods and the nodes, that are IPv6-only. Well, the nodes have a little bit of IPv4 still, for some AWS things that needed it, but the pods, none."),
  say(E, "And that's the part where things break. The outbound."),
  say(K, "That's the part where things break! Not a lot, but, um, in interesting ways. The first thing: anything that has an IPv4 address written in it, hard-coded, in a config file. DNS64 can't help you if you never ask DNS. We found a payment provider's IP in a config map. From 2019."),
  say(R, "Of course."),
  say(K, "And the second one, which I didn't expect: GitHub. github.com still doesn't have IPv6. So every CI job and every pod that pulls something from GitHub goes through NAT64. It works, but it means the NAT gateway is in the path for all of that, and the NAT gateway is not free either, it charges per gigabyte."),
  say(E, "Wait, really? Still? In 2025?"),
  say(K, "Still! There's a, there's a long discussion on their community forum, it's years old. Some of the other GitHub domains have it, I think, but not the main one. So we put a pull-through cache in front of the container registries and a proxy for the Git traffic, mostly to save money on the NAT gateway."),
  say(R, "What about the applications themselves? In my experience, that's where IPv6 really hurts. Some library that binds to 0.0.0.0 and—"),
  say(K, "Yes. Yes. So many. Anything that listens on 0.0.0.0 only listens on IPv4, so inside an IPv6-only pod it's just, it's not reachable. And the health check fails and the pod restarts forever. We had that with two internal services and one open-source thing, an old Prometheus exporter. The fix is just listen on the double colon, the IPv6 any address, but you have to find every one of them. ¶^Java was fine, Go was fine. Node was mostly fine. One Python service used a library that resolved names with, um, with the IPv4-only function, gethostbyname, and that one took a day to find."),
  say(E, "And Happy Eyeballs saved you anywhere? Or was it the other way around?"),
  say(K, "Happy Eyeballs mostly helps the clients, the browsers, when they have both. For us, inside the cluster, there's only IPv6, so there's nothing to race. Where it mattered was our office network, which is dual-stack, and there it hid problems. Because the laptops would try IPv6, something would be broken, and they would silently fall back to IPv4 after a few hundred milliseconds. So nobody complained, and nobody noticed that the IPv6 path was broken for, like, a month."),
  say(E, "Oh, that's so typical.", { lab: null, amb: true }),
  say(R, "The fallback is too good. That's the problem with IPv6 everywhere. Nothing breaks, it's just slower, so nobody fixes it."),
  say(K, "Exactly. So we added monitoring that only tests the IPv6 path. A blackbox exporter probe that's forced to IPv6. And it was red on the first day."),
  say(E, "Of course it was. What about logs and the, the tooling around it? IPv6 addresses are long, people hate reading them."),
  say(K, "People hate reading them, yes, that was actually a real complaint from the on-call people. In the old world you knew that ten dot something was the cluster and one-seven-two dot something was the office. With IPv6 everything starts with the same prefix and the interesting part is at the end. So we, um, we made a little cheat sheet, which parts of the address mean which cluster and which node. And we fixed a few dashboards that tried to parse IP addresses with a regex that only knew dots."),
  say(R, "The regex with dots. Yes. Every monitoring system has it somewhere."),
  say(K, "And one log pipeline that split fields on colons. That one was, um, that one was fun. Every IPv6 address became eight fields."),
  say(E, "Oh no."),
  say(K, "Oh yes. ¶ But, okay. Final result."),
  say(E, "Final result. Was it worth it?"),
  say(K, "I think so. We went from about two thousand public IPv4 addresses to under a hundred. The clusters don't run out of pod IPs anymore, which, with the VPC CNI and IPv4, was a real problem, we used to have to plan subnets around it. And debugging is honestly nicer, every pod has a unique address, there's no overlapping ranges between clusters. But I would not call it easy. If you do it, budget for the weird stuff. It's always the weird stuff."),
  say(E, "It's always the weird stuff. Rosa, what did you think? You've been doing IPv6 on campus for, how long?"),
  say(R, "Since 2012. We were early. And everything Kofi said, yes, the hard-coded addresses, the 0.0.0.0, I have seen it all. But on campus the dual-stack is a different problem, because I don't control the devices, the students bring anything. Which, actually, is a good transition to my thing."),

  seg('topic', R, 'QUIC and HTTP/3 on a campus network: UDP, firewalls and fallback', ['QUIC', 'HTTP/3', 'UDP', 'firewall']),
  say(E, "Go for it."),
  say(R, "So, QUIC. For people who haven't looked at it: QUIC is the transport under HTTP/3. Instead of TCP plus TLS, it runs on UDP, usually port 443, and the encryption is built into the transport. Most of the header is encrypted too. And today something like, I don't know, a third of the web traffic on our campus is QUIC. Because Chrome uses it with Google, YouTube, Cloudflare, Meta, all the big ones."),
  say(K, "That much? A third?"),
  say(R, "About a third of the HTTPS bytes, at peak, yes. YouTube alone is a lot. Which brings me to the story. We have a firewall at the edge, a next-generation firewall, I won't say which vendor, and the security team decided, for one of their policies, that they wanted to see the traffic, the TLS server names, for everything. And with QUIC, the firewall sees much less, so the vendor's recommendation was: block UDP 443, and the browsers will fall back to TCP, and then you can inspect it."),
  say(E, "Which is the recommendation from basically every vendor."),
  say(R, "Every vendor! And it works, technically. Chrome tries QUIC, it fails, it falls back to TCP and remembers that. So the security team turned it on, at the start of semester. And two weeks later the complaints came in. Video calls worse, the learning platform slow, especially in the big lecture halls on the Wi-Fi."),
  say(K, "But why? If it falls back, it should just be like before QUIC."),
  say(R, "That's what everybody thought. So, two things. First, the fallback is not free. The browser tries QUIC first, waits, then falls back, and it remembers per site, but on a campus where people move between access points and their laptops sleep and wake up, that memory gets reset a lot. So you pay the, um, the failure delay again and again. ¶^Second, and this is the bigger one: on a lossy Wi-Fi, in a lecture hall with four hundred students, QUIC really is better than TCP. TCP has head-of-line blocking, one lost packet holds up everything behind it in the connection. QUIC has independent streams, so a lost packet only blocks its own stream. On a good wired network you don't notice. In the lecture hall, you notice."),
  say(E, "Do you have numbers, or is it vibes?"),
  say(R, "A bit of both, honestly. We measured page load for the learning platform, which is behind Cloudflare, so it supports HTTP/3, from a laptop in the biggest lecture hall during a class. With QUIC blocked the median was, I think, about forty percent slower. But it's one laptop, one afternoon. I wouldn't publish it."),
  say(K, "And the video calls? Because Zoom and those, they use their own UDP anyway, right?"),
  say(R, "Right, the real-time media is mostly its own UDP protocol, not QUIC, so blocking UDP 443 didn't touch most of the media. But some of the web clients use WebRTC over the browser, and the connection setup was slower. It's, um, it was a bit of a mess to separate. The honest answer is the video complaints were half real and half people blaming the network."),
  say(E, "Everybody blames the network. It's the name of the show, basically."),
  say(K, "Wait, how does the browser even know to try QUIC? It starts with TCP, no?"),
  say(R, "Good question, it's two ways. The old way: the first connection is TCP, and the server sends an Alt-Svc header that says, I also speak HTTP/3 on this port. And the browser remembers that and tries QUIC next time. The newer way is the HTTPS DNS record, the SVCB family. The browser asks DNS, and the answer already says, this site supports h3, so it can try QUIC on the very first connection. Cloudflare publishes those records for everything behind it, and Chrome and Firefox and Safari use them."),
  say(K, "So on a campus where UDP is blocked, the DNS tells the browser to try QUIC—"),
  say(R, "—and then the firewall drops it, and the browser waits, and falls back. Exactly. The DNS and the firewall disagree, and the user pays for it."),
  say(E, "That's a great summary of networking in general, honestly. The DNS and the firewall disagree and the user pays."),
  say(R, "Ha, yes. ¶ So, the fix. We made a compromise with the security team. We allow QUIC again, but we log the SNI from the, um, the QUIC initial packets. Because the first packet in QUIC is encrypted with keys that anyone can derive from the packet itself, it's not real secrecy, and some firewalls can read the server name from it. Ours can, after a software update. So the security team gets the domain names, which is what they actually wanted, and the students get HTTP/3."),
  say(K, "Until Encrypted Client Hello."),
  say(R, "Until Encrypted Client Hello! Yes. With ECH, the real server name is encrypted too, and Cloudflare already supports it, Firefox and Chrome support it with the HTTPS DNS records. Then there's nothing left to read. So this compromise has, um, it has an expiry date. I told the security team. They didn't want to hear it."),
  say(E, "And how did you debug all this? QUIC is famously hard to look at."),
  say(R, "Wireshark, with the SSLKEYLOGFILE environment variable. You start Chrome or Firefox with that set, it writes the session keys to a file, and Wireshark can decrypt your own QUIC traffic. That's how I saw the fallback delays. And curl, with HTTP/3 support, which, you need a curl build with it, the one in the Debian packages didn't have it when I tried, so I used a container. And qlog, there's a tool called qvis that draws the qlog files from the QUIC libraries. It's beautiful, actually. You can see every packet and every loss."),
  say(K, "Are you running HTTP/3 on your own servers too? Or only the campus as a client?"),
  say(R, "Our main website, yes. It's on nginx, and nginx has had QUIC support for a while now, you build it with the QUIC module, and you add the Alt-Svc header so the browser knows it can upgrade. Our smaller sites are on Caddy, and there it's just on by default. ¶^It was painless. The painful part is always the firewall in front of it. Which, at a university, is sometimes my own firewall."),
  say(E, "Blocking yourself. Classic."),
  say(R, "For one week, yes. I'm not proud of it."),
  say(K, "Can I ask one more, Elif, or—"),
  say(E, "Quick one. Then I'm taking over."),
  say(K, "Did you see any problems with UDP performance on the servers? We had people say QUIC costs more CPU than TCP."),
  say(R, "It does, a bit. TCP has decades of kernel and hardware offload. QUIC runs in user space, so every packet goes through the application. With UDP GSO, the segmentation offload for UDP in Linux, it gets much better, you send many packets in one system call. For our traffic it doesn't matter. For Kofi's shop on Black Friday, maybe it matters."),
  say(K, "Noted. I'll worry about that in November."),

  seg('topic', E, 'RPKI and route origin validation after a week of route leaks', ['RPKI', 'route origin validation', 'ROV', 'BGP', 'ROA']),
  say(E, "Okay. My segment. RPKI. And I want to start with a story that's not mine, and then I'll tell you mine. Do you both remember Orange Spain? January last year?"),
  say(K, "The RIPE account thing. Yes."),
  say(R, "Vaguely. Remind me."),
  say(E, "So, short version. Someone got the password of Orange Spain's account at the RIPE NCC, the registry for Europe, because an employee's laptop had, um, infostealer malware. And the account had no two-factor. And the attacker logged in and created new ROAs, route origin authorisations, for Orange's address space, with the wrong origin AS. And because networks do route origin validation, they started rejecting Orange's real routes as invalid. So a big part of Orange Spain was just unreachable for a few hours."),
  say(R, "So the security mechanism was used to take them down."),
  say(E, "Exactly. Which a lot of people used as an argument against RPKI. And I think that's exactly the wrong lesson. The lesson is, protect the account. RIPE made two-factor authentication mandatory after that, I think. ¶ But let me back up, because maybe not everyone knows what we're talking about. BGP is how networks tell each other which addresses they have. And BGP, by default, trusts everyone. If I announce that I have your addresses, and my neighbours believe me, your traffic comes to me. By accident, that's a route leak. On purpose, it's a hijack."),
  say(K, "And RPKI is the signed list."),
  say(E, "RPKI is the signed list, yes. The owner of an address block creates a ROA at their registry, RIPE, ARIN, LACNIC for Rosa, that says, this prefix may be announced by this AS number, up to this prefix length. It's signed with certificates that chain up to the registries. And then every network runs a validator, we use Routinator, there's also rpki-client from OpenBSD, which downloads all the ROAs from the whole world, checks the signatures, and gives the routers a simple list. And the routers check every route they receive. Valid, invalid, or unknown, if there's no ROA."),
  say(R, "And you drop the invalid ones."),
  say(E, "And you drop the invalid ones. That's route origin validation. Creating ROAs is one half. Dropping invalids is the other half, and it's the half that actually protects anybody."),
  say(K, "So what happened at your work? You said interesting week."),
  say(E, "So. We are a regional ISP. We do create ROAs for all our prefixes, we have done that for years. But we didn't drop invalids. We marked them, we had the validation running, we had graphs. But the policy was, um, accept everything, because a few years ago someone was afraid of dropping a customer's route by mistake."),
  say(R, "Ah. The graphs-only phase."),
  say(E, "The graphs-only phase! Everyone has one. And two weeks ago a small network, somewhere else in Europe, had a misconfiguration and leaked a bunch of more-specific routes, including some for a big cloud provider. And those routes were RPKI invalid. Every network that did ROV dropped them. We didn't. So for about forty minutes, some of our customers' traffic to that cloud provider went the wrong way, through this small network, and a lot of it just died there."),
  say(K, "Ouch."),
  say(E, "And then the next morning, the meeting. Why did our competitors' customers not see this? And the answer was, they drop invalids, and we had a graph. ¶ So that's what we did last week. We turned it on. It was not hard. We run BIRD on our route servers and the edge is a mix, the BIRD part is a few lines of config, you connect it to Routinator over the RTR protocol and you add a filter, reject if roa_check is invalid. On the vendor routers it's similar, a validation state in the route policy. Then the scary part was looking at what we would drop. And it was: nothing we cared about. A handful of routes, all of them clearly broken or clearly hijacks."),
  say(R, "That's what everybody finds. The fear is always bigger than the reality."),
  say(K, "What happens if the validator goes down, though? That's what I'd be afraid of. Routinator crashes and suddenly you drop everything?"),
  say(E, "No, and that's the nice part of the design. If the routers lose the connection to the validator, after a timeout they forget the list, and then every route is unknown. Not invalid. Unknown. And unknown routes are accepted. So it fails open. You lose the protection, but you don't lose the internet. And we run two validators anyway, in two locations, with different software, Routinator and rpki-client, so a bug in one doesn't hit both."),
  say(R, "Two different implementations. I like that."),
  say(E, "It was the, um, the one idea from our security team that everyone agreed with immediately. Which never happens."),
  say(K, "And the max length thing you mentioned, up to this prefix length, why does that matter?"),
  say(E, "Because of exactly the leak we had. If my ROA says, this /16 may be announced by my AS, with max length /24, then anybody announcing a /24 out of it with my AS number at the end looks valid. That's a forged-origin attack. So the recommendation is, make the max length the same as what you actually announce. Don't be generous. There's an RFC about it, RFC 9319 I think, that basically says, avoid max length unless you really need it."),
  say(K, "Good to know. I'm, I'm writing that down for our own ranges."),
  say(E, "Do. And the other thing, for people who think this is only for ISPs: if you have your own address space, even a small /24, create the ROAs. It's, um, in the RIPE portal, it takes ten minutes. And turn on two-factor on that account. Please. Orange."),
  say(K, "Is there anything after ROV? Because, as far as I understand, it only checks the origin, right? Not the whole path."),
  say(E, "Right, that's the big limitation. ROV checks who is at the end of the path, not the path itself. So if I fake the path, I put the real origin at the end, I can still attract the traffic. BGPsec was supposed to solve that and basically nobody deployed it, it's too heavy. The new thing is ASPA, AS provider authorisation, where each network publishes who its upstream providers are, and then you can detect leaks where the path goes up, down and up again. It's in drafts at the IETF, and Routinator and rpki-client already support it, I think experimentally. So that's the next step. In a few years."),
  say(R, "Can I add the view from the other side? From a university? Because I think people think RPKI is only a big ISP thing."),
  say(E, "Please."),
  say(R, "So we're a university, we have our own address space from LACNIC, a couple of IPv4 blocks and an IPv6 /32, and our own AS number, and two upstream providers. And I created our ROAs in, I think, 2019, because someone at a LACNIC event told me to, and it took an afternoon. Most of the time was finding the login, honestly. And then nothing happened for four years. Which is the point. ¶ And then last year, a network in another country, a small one, started announcing one of our prefixes. Probably a typo in their config, they were very apologetic. And because we had ROAs, their announcement was invalid, and most of the big networks dropped it, and I only found out because a monitoring service emailed me. Our users noticed nothing."),
  say(K, "Which monitoring service?"),
  say(R, "Cloudflare Radar has route leak and hijack alerts, you can subscribe for your AS. It's free. That's how I found out. Before the ROAs, the same typo would have taken some of our traffic for, who knows, hours."),
  say(E, "That's the best possible advertisement. Nothing happened, because of an afternoon in 2019."),
  say(R, "For ASPA and LACNIC, I have to check. I think it's possible already in their system, but I haven't tried."),
  say(E, "Try it and tell us. And for people who want to check where their own network stands: there's ⟨isbgpsafeyet.com⟩ from Cloudflare, you open it and it tests whether your ISP drops invalids. And MANRS, the routing security initiative, has a list of actions for network operators, filtering, anti-spoofing, coordination, validation. I'll put links to all of it."),
  say(K, "I just opened the Cloudflare one. It says my ISP is safe. Good."),
  say(R, "Mine too. Well, of course, it's the university, it's me."),

  say(E, "It's you, you would know. §Okay, I think that's our three. Thank you both."),
  seg('outro', E, 'Wrap-up', [], { mid: true }),
  say(K, "Thanks, Elif. This was fun."),
  say(R, "Thank you. Go drop your invalids, everyone."),
  say(E, "That's the tagline now. Next time, we have a listener question about multicast that I, um, I've been avoiding for three episodes, so that's happening. And Kofi promised a follow-up on the NAT gateway bill."),
  say(K, "I promised nothing. But okay."),
  say(E, "Hop Count is on ⟨hopcount.network⟩, the show notes have all the links, and if your network did something interesting this month, write to us. See you in two weeks."),
];

const find = (start) => SOURCE.find((p) => p.text?.startsWith(start));
find('That\'s the part where things break! Not a lot').lab = 'Kofi Mensa';
find('Every vendor! And it works, technically.').lab = null; // unlabeled speaker change (Rosa after Elif)
find('Quick one. Then I\'m taking over.').lab = 'Elfi';

const SPEAKERS = [
  { name: E, aliases: ['Elif Demir', 'Elif', 'Elfi', 'DEMIR', 'Demir'] },
  { name: K, aliases: ['Kofi Mensah', 'Kofi', 'Kofi Mensa', 'MENSAH', 'Mensah'] },
  { name: R, aliases: ['Rosa Quintero', 'Rosa', 'QUINTERO', 'Quintero'] },
];

const ENTITIES = {
  required: {
    IPv6: ['IPv6', 'IPv6-only'],
    IPv4: ['IPv4'],
    AWS: ['AWS', 'Amazon Web Services'],
    'AWS VPC CNI': ['AWS VPC CNI', 'VPC CNI'],
    NAT64: ['NAT64'],
    DNS64: ['DNS64'],
    'NAT gateway': ['NAT gateway', 'NAT gateways'],
    GitHub: ['GitHub', 'github.com'],
    'Happy Eyeballs': ['Happy Eyeballs'],
    'Blackbox exporter': ['blackbox exporter', 'Blackbox exporter'],
    Prometheus: ['Prometheus'],
    QUIC: ['QUIC'],
    'HTTP/3': ['HTTP/3'],
    UDP: ['UDP'],
    TCP: ['TCP'],
    TLS: ['TLS'],
    Chrome: ['Chrome'],
    Cloudflare: ['Cloudflare'],
    SNI: ['SNI', 'server name'],
    'Encrypted Client Hello': ['Encrypted Client Hello', 'ECH'],
    WebRTC: ['WebRTC'],
    Wireshark: ['Wireshark'],
    SSLKEYLOGFILE: ['SSLKEYLOGFILE'],
    curl: ['curl'],
    qlog: ['qlog'],
    qvis: ['qvis'],
    nginx: ['nginx'],
    Caddy: ['Caddy'],
    'Alt-Svc': ['Alt-Svc'],
    'UDP GSO': ['UDP GSO', 'GSO'],
    RPKI: ['RPKI'],
    'route origin validation': ['route origin validation', 'ROV'],
    ROA: ['ROA', 'ROAs', 'route origin authorisations', 'route origin authorizations'],
    BGP: ['BGP'],
    'RIPE NCC': ['RIPE NCC', 'RIPE'],
    Routinator: ['Routinator'],
    'rpki-client': ['rpki-client'],
    BIRD: ['BIRD'],
    RTR: ['RTR', 'RTR protocol'],
    BGPsec: ['BGPsec'],
    ASPA: ['ASPA'],
    MANRS: ['MANRS'],
    EKS: ['EKS', 'Amazon EKS'],
    'Cloudflare Radar': ['Cloudflare Radar'],
    'Is BGP safe yet': ['isbgpsafeyet.com', 'Is BGP safe yet', 'Is BGP Safe Yet?'],
  },
  tolerated: [
    // moved from required by the lead (2026-11-22): the episode never says Kubernetes (its clusters are EKS)
    'Kubernetes',
    'VPC', 'pods', 'CNI', 'A record', 'AAAA', 'AAAA record', 'DNS', '64:ff9b', 'config map', 'ConfigMap', 'CI', 'container registries',
    'pull-through cache', 'Git', 'Java', 'Go', 'Node', 'Node.js', 'Python', 'gethostbyname', '0.0.0.0', 'dual-stack', 'Google', 'YouTube', 'Meta',
    'Firefox', 'Zoom', 'HTTPS', 'HTTPS DNS records', 'HTTPS records', 'SVCB', 'next-generation firewall', 'firewall', 'Wi-Fi', 'head-of-line blocking',
    'Debian', 'Linux', 'OpenBSD', 'ARIN', 'LACNIC', 'IETF', 'AS', 'AS number', 'two-factor authentication', 'infostealer', 'Orange', 'Orange Spain',
    'route leak', 'hijack', 'route servers', 'roa_check', 'Hop Count', 'hopcount.network', 'Black Friday', 'user space', 'kernel', 'offload',
    'learning platform', 'ECN', 'TLS inspection', 'HTTP/2', 'RIPE portal', 'certificates', 'NAT', 'subnets', '/24', '/80', 'Prometheus exporter',
    'DHCP', 'printer', 'print servers', 'sidecar', 'load balancers', 'dual-stack load balancers', 'Safari', 'HTTPS DNS record', 'HTTPS record', 'h3',
    'RFC 9319', 'max length', 'maxLength', 'forged-origin', '/16', '/32', 'regex', 'dashboards', 'multicast', 'IP family',
  ],
};

const EPISODE = { show: 'Hop Count', number: 29, recorded: null, title: 'No more IPv4, blocked QUIC and dropping invalids' };

const WEB = {
  header: [
    'HOP COUNT', 'a podcast about networks and the people who blame them', '',
    'Episode 29 — No more IPv4, blocked QUIC and dropping invalids', '', 'Transcript', '', '',
  ].join('\n'),
  footer: '\n\nSubscribe to Hop Count wherever you get podcasts. This transcript was produced automatically.',
  stamps: 'real',
  labels: 3,
  label: { [E]: 'DEMIR', [K]: 'MENSAH', [R]: 'QUINTERO' },
};

// `¶` inside a say() text: the transcript broke one turn into an unlabeled continuation line here
// (`¶^`: and the web page lost the continuation's first word; plain `¶`: it kept it).
const EXPANDED = SOURCE.flatMap((p) => {
  if (p.seg || !p.text.includes('¶')) return [p];
  return p.text.split(/\s*(?=¶)/).map((raw, k) => (k === 0 ? { ...p, text: raw }
    : { speaker: p.speaker, text: raw.replace(/^¶\^?\s*/, ''), lab: null, cut: raw.startsWith('¶^') ? 1 : 0 }));
});

buildEpisode({ here, slug: SLUG, SOURCE: EXPANDED, LABELS, WEB, EPISODE, SPEAKERS, ENTITIES });
