// Source of Power Cycle #61 (SYNTHETIC held-out episode, heldout12): a two-host homelab and self-hosting
// DISCUSSION show, long turns and banter. Hosts (invented): Gus Whitmore, a network engineer in Sheffield
// with a three-node Proxmox cluster of mini PCs in the cupboard under his stairs, who opens and closes the
// show; Shauna McCready in Belfast, with a TrueNAS box built from an old gaming PC, Home Assistant on a mini
// PC, a partner (Ciarán), a daughter and a mother who wants to see the cousins. The sponsor "Stowaway"
// (offsite storage for restic, Borg and S3) is invented, as are both labs and every anecdote. Recorded
// Tuesday 24 June 2025; the technology is real but told from memory.
// Rendered by build.mjs into rev.txt (a Rev.com-style export) and web.txt (a seed-like web page).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {cut, rev}) as in the shared renderer.
// Marks inside the text:
//   §        a segment starting mid-paragraph (the seg after the paragraph has {mid: true}); when it opens a
//            Rev block (right after `‖`), the segment starts at that block's name line in rev.txt;
//   ⟨...⟩    a spoken URL: kept in rev.txt, dropped from web.txt (with a following comma or period);
//   ‖        rev.txt only: Rev starts a new block here, with the SAME name and a new timestamp;
//   ¦        web.txt only: the page's transcription service starts a new paragraph here;
//   ¦~       the same, and the web continuation also loses its first word;
//   {xt}     rev.txt only: `[crosstalk hh:mm:ss]` (the other host talks over); nothing on web.txt;
//   ⟦...⟧    rev.txt: `[inaudible hh:mm:ss]` instead of these words; web.txt has the words;
//   [laughs] kept in rev.txt, `(laughs)` on web.txt.
// cut: N = web.txt loses the first N words of this paragraph.
// rev: 'typo' = rev.txt writes this block's name with a typo ("Shauna McCreedy"); the gold speaker is
// Shauna McCready, and the typo is listed among her aliases, as the seed lists OKKE.
// Conventions: presenter = the host who BRINGS the item: the one who announces it as theirs, or the one the
// other host hands it to or asks about it ("you have to tell everyone what your UPS did", "How does my
// mother get to it?"), and who gives its substance, while the other host often talks at length too. A
// hand-over or introduction by the other host belongs to the NEW segment and does not make them its
// presenter. The sponsor's presenter is its reader; picks are one segment per host, kind `extra`, presented
// by the picker.
import { say, seg } from '../build-episode.mjs';

export const G = 'Gus Whitmore';
export const S = 'Shauna McCready';
export const TYPO = { [S]: 'Shauna McCreedy' };

export const SOURCE = [
  seg('intro', G, 'Welcome and a hot cupboard', []),
  say(G, "Hello and welcome to Power Cycle, the podcast about the computers we keep at home for no good reason. This is episode 61, it's Tuesday the twenty-fourth of June, I'm Gus Whitmore, I'm in Sheffield, and the cupboard under my stairs is currently at thirty-one degrees."),
  say(S, "And I'm Shauna McCready, in Belfast, where it's a very reasonable nineteen degrees, and where my whole lab is currently up and running, which, as you're about to hear, has not been true every single day this month."),
  say(G, "Thirty-one degrees, Shauna. I had to put a desk fan in the cupboard, pointing at the switch. ‖ My partner opened the door to get the hoover out and thought something had died in there. It's just the mini PCs, I said, they're fine, they're happy. They were not happy."),
  say(S, "That's how it starts, you know. A desk fan. Then it's one of those portable air con units with a hose out the window, and then you're pricing up a second-hand rack on eBay at two in the morning."),
  say(G, "Don't. Don't say eBay, I'll open the tab. ¦ Okay, we've got a lot this week. Proxmox, TrueNAS, photos, some remote access stuff, and Shauna has been talking to her house, apparently. ‖ §But first, and I have been waiting all week for this, you have to tell everyone what your UPS did."),

  seg('topic', S, 'When the UPS caused the outage: a dead battery, a self-test at 4 a.m., and NUT', ['UPS', 'NUT', 'battery'], { mid: true }),
  say(S, "It didn't try to kill me. It tried to kill my data, which, honestly, is worse. ‖ So, background. I've got a cheap line-interactive UPS, an APC one, about six years old, under the desk in the spare room. The TrueNAS box, the Home Assistant mini PC and the router all plug into it. And every two weeks it does a self-test. It switches over to battery for a few seconds, checks the battery's okay, and switches back. ¦ Two Saturdays ago, at about four in the morning, it ran the self-test, switched to battery, and the battery just gave up. Instantly. Everything plugged into it lost power at once. And this wasn't a power cut. The mains was fine the whole time. The thing that's supposed to protect you from power cuts gave me a power cut."),
  say(G, "The UPS that cried wolf. Oh, that's brilliant. Sorry. Not brilliant. Awful. Go on."),
  say(S, "No, you can laugh, Ciarán laughed. [laughs] He laughed for about a day. ¦ So I woke up, the lights worked, the internet didn't, and Home Assistant was off, so none of the morning automations ran. The blinds didn't open, the heating didn't come on, and my daughter came in and announced that the house was broken. ‖ The NAS came back up on its own, because I'd set it to power on after power loss in the BIOS, but one of the apps, the Immich database, which we'll get to later, didn't start, because the Postgres container had a stale lock file lying around."),
  say(G, "Wait, but why didn't it shut down cleanly? Isn't that the whole point of plugging the USB cable into the UPS?"),
  say(S, "That's the bit I'm embarrassed about. The USB cable was plugged in. Into the NAS. And TrueNAS had its UPS service set up, that's NUT underneath, with a shutdown when the battery gets low. ¦~ But a battery that dies instantly never gets low. It goes from, I'm fine, to zero, in under a second. There's no warning for anything to act on. The UPS doesn't even know its own battery is dead until it actually tries to use it."),
  say(G, "Right, and catching that is exactly what the self-test is for. ‖ I had a version of this myself, years ago, with a different brand. These batteries are sealed lead acid, they last three to five years, and nobody ever replaces them, because the UPS just sits there looking fine. The little light is green. The light is always green. ¦ What I do now, and I'm not saying this to be smug, is I run the NUT server on a Raspberry Pi, not on the Proxmox cluster. The Pi has the USB cable, and all three nodes and my NAS are clients. ‖ Because the other classic mistake is the NUT server being a VM on the very box it's meant to shut down. And I log the battery charge and the runtime estimate into Grafana, so I can watch it get worse over months. That's how I knew mine was going. At the same load, the runtime went from twenty-two minutes down to nine."),
  say(S, "See, that's the grown-up version. Mine was a cable and hope. ‖ So, what I've done. New battery, obviously, it was ⟦forty quid, the⟧ UPS itself was fine. I've moved the self-test to a Sunday afternoon, when I'm home and awake, not four in the morning. And I added an alert in Home Assistant, through the NUT integration, so if the UPS is ever on battery at all, my phone tells me. ¦ And the real lesson I took away is that a UPS is a consumable. The battery has a date on it. I've written the date on the front in Sharpie."),
  say(G, "Sharpie is the most reliable monitoring system there is."),

  say(S, "And it's never once crashed. ‖ §Since we're on the NAS anyway, the other thing I did this month, before the UPS tried to ruin everything, was a TrueNAS upgrade. They renamed it, did you see? SCALE is now just TrueNAS Community Edition, since the 25.04 release in April, Fangtooth, they name them after fish. And CORE, the FreeBSD one, is basically in maintenance, so everyone is meant to be on the Linux one now."),

  seg('topic', S, 'TrueNAS Community Edition and RAIDZ expansion: adding one disk to a RAIDZ1 vdev', ['TrueNAS', 'RAIDZ expansion', 'Community Edition'], { mid: true }),
  say(G, "I still call it SCALE. I will always call it SCALE."),
  say(S, "Everyone does. ¦ Anyway, the thing I actually did with it is RAIDZ expansion. For years, if you had a RAIDZ pool, you couldn't just add one disk. You had to add a whole new vdev, or swap every disk for a bigger one, one at a time, and wait for each resilver. OpenZFS finally added RAIDZ expansion, and it's been in TrueNAS since Electric Eel, last autumn. ‖ So I had four eight-terabyte drives in RAIDZ1, I bought one more, and I added it to the existing vdev. And it just, um, expands. It took, I want to say, three days, and the pool stayed online the whole time. We watched telly off it while it was going."),
  say(G, "Three days! What's the catch? There's always a catch with ZFS."),
  say(S, "The catch is that the data that was already there keeps its old parity ratio. So the old blocks are still three data plus one parity, and only new writes use the wider stripe. You don't get quite all the space you'd expect until the old data gets rewritten. ¦~ There are scripts people use to rewrite everything in place, but honestly, I'm not doing that to my only copy of the family photos. I'll live with a bit less space.", { rev: 'typo' }),
  say(G, "This is exactly why I went with mirrors, you know. Two mirrored pairs. You grow it two disks at a time, the resilvers are quick, and there's no maths involved. ‖ The downside is you throw away half your disks on redundancy, and every time I buy two drives to get one drive of space, a little part of me dies."),
  say(S, "Mirrors are for people with money, Gus."),
  say(G, "Mirrors are for people who are scared of RAIDZ. Which I am. Wait, go back. Your only copy?"),
  say(S, "My only local copy! Calm down. There's an offsite one. §Which, Gus, I believe, is your cue."),

  seg('sponsor', G, 'Sponsor: Stowaway', ['Stowaway'], { mid: true }),
  say(G, "It is, and I didn't even have to think of a segue. This episode is brought to you by Stowaway. Stowaway is offsite storage made for people like us, who already have a backup tool they love and just need somewhere far away to put it. ‖ It speaks restic and Borg natively, and it's S3-compatible, so TrueNAS cloud sync tasks, rclone or your own scripts just work. ¦ Your backups live in data centres in Frankfurt or Toronto, you can give each machine an append-only key, so ransomware on your network can't delete your old snapshots, and it's one flat price per terabyte, with no fees to get your data back out when you need it. ¦ Listeners get their first three months free at ⟨stowaway dot io slash powercycle⟩. Thanks to Stowaway for keeping our family photos somewhere other than the spare room."),

  seg('topic', G, 'Proxmox VE 8.4: a rolling cluster upgrade, virtiofs, and the backup API', ['Proxmox VE 8.4', 'Proxmox', 'virtiofs'], {}),
  say(G, "Right. My cupboard. Which, after your story, I went and checked, and my UPS says its battery is from 2022, so I'm safe for about a year. ‖ So, I finally upgraded the cluster to Proxmox VE 8.4, which came out in April, I'm just slow. Three nodes, all Lenovo Tiny boxes, and I did the classic rolling thing: migrate the VMs off one node, upgrade it, reboot it, move everything back, next node. It took one evening and nothing broke, which I am genuinely still suspicious about. ‖ The feature I upgraded for is virtiofs. You can now share a directory on the Proxmox host straight into a VM, as a directory mapping, without running NFS or Samba in the middle. ¦ I had this silly setup where my media VM mounted a share over NFS from a container on the same host, which is going out the front door to come back in through the back door. Now it's a virtiofs mount, a few clicks in the UI, and it's noticeably quicker with lots of small files."),
  say(S, "Does that work with Windows guests? I've still got the one Windows VM, for, um, the label printer software."),
  say(G, "It does, you need the VirtIO drivers and WinFsp installed in the guest, but yeah. I haven't done Windows myself. You can be the guinea pig. ‖ The other thing in 8.4, which is more of a big deal for businesses, is a proper API for backup providers. So third-party backup software can plug straight into Proxmox's backups, the way Veeam plugs into VMware. At home it's Proxmox Backup Server and that's it, for me. ¦~ But for people moving off VMware at work after the whole Broadcom thing, that's the missing piece a lot of them were waiting for."),
  say(S, "It's funny, half the people I know who got into Proxmox got there because of Broadcom. Everybody's work suddenly had to pay a fortune for VMware, and the homelab turned into a training ground overnight. ¦ I've got a friend who was the VMware person at a council for fifteen years, and he rang me in January to ask what an LXC was. Fifteen years! And now he's got a Proxmox box in his loft."),
  say(G, "That's exactly what happened at my work. We're trialling Proxmox for the branch offices, and I'm the only one who's ever used it, so I've become the Proxmox guy. Against my will. ¦ And Proxmox 9 is in the works, on top of the new Debian, Trixie, which should land later this summer. I'll wait for the point-one release, and I'll wait for somebody on the forum to find the bugs first. That's my whole upgrade strategy.", { cut: 1 }),
  say(S, "Being the Proxmox guy against your will is how every career in IT starts."),

  seg('topic', S, 'Leaving Google Photos for Immich: Takeout, immich-go, and backing up the database', ['Immich', 'Google Photos'], {}),
  say(G, "Okay. You've been very patient. Back to the family photos, because you did the big migration. Everyone off Google Photos."),
  say(S, "I did. All of us. Four phones, twelve years of photos, about ninety thousand pictures and videos, out of Google Photos and into Immich. If you haven't seen it, it's a self-hosted photo library that looks and feels a lot like Google Photos, it's honestly uncanny. There's a phone app that backs up in the background, a timeline, albums, a map, shared albums for the family. ¦ And the machine learning runs locally, in its own container, so you get face recognition, and smart search, where you type, like, dog on a beach, and it finds the dog on the beach. That's CLIP under the hood. It runs on the NAS's CPU, slowly, and that's fine."),
  say(G, "Does the phone backup actually work in the background, though? That was always my problem with these. On my phone, anything that isn't Apple's own app gets killed the second you lock the screen."),
  say(S, "On the Android phones it's been fine. On Ciarán's iPhone it's, um, more of a suggestion. It catches up when he opens the app, and it does some background refreshing, but if he doesn't open it for a week, nothing's uploaded for a week. ¦ I've told him to open it every evening, like taking a vitamin. He does not take vitamins either."),
  say(G, "How did you get the old photos out of Google, though? That's the bit everyone I know gets stuck on."),
  say(S, "Google Takeout. Which gives you a pile of zip files, and the dates and locations are in separate JSON files next to each photo, not inside the photo. So if you just import the pictures, half of them end up dated the day you downloaded them. ‖ There's a community tool, immich-go, that reads the Takeout archive, matches the JSON back to each photo and uploads it all properly. That was a whole weekend of my NAS sounding like a jet engine. But it worked. Mostly. There's a folder of about two hundred photos from 2016 that are convinced they were taken in 1970.", { cut: 1 }),
  say(G, "Nineteen seventy. The Unix epoch strikes again. [laughs]"),
  say(S, "Every time. ¦ The thing I'd say to anyone thinking about it is, Immich still tells you, right there on the website, that it's under very active development and you shouldn't treat it as your only copy. And they mean it. There have been releases with breaking changes where you had to edit your Docker Compose file before you upgraded. ‖ So I read the release notes before every update. I pin the version. And I back up the Postgres database separately, not just the photos, because the database is where all the faces and the albums live. Which, after the UPS thing, I was very glad I was already doing."),
  say(G, "That's the thing, isn't it? The photos are just files. The bit you'd actually cry about losing is all the work on top. The albums, the names on the faces. ¦ I've got a friend who lost about five years of tagging in some old photo app when its database got corrupted, and he still talks about it like a death in the family. The pictures were all fine. He just didn't know who anyone was anymore."),
  say(S, "My mother spent a whole evening naming every single cousin. If I lose that database, I'll have to leave the country."),

  seg('topic', G, 'Remote access without open ports: Tailscale, a subnet router, sharing with family, Funnel and Headscale', ['Tailscale', 'remote access'], {}),
  say(S, "Okay, but here's my actual question for you, because you do this for a living. How does my mother get to it? At the moment it only works on our home wifi, and she wants to look at the cousins from her own house."),
  say(G, "Right, so this is the remote access question, and it's the one that gets people into trouble, because the easy answer is, open a port on your router and point it at Immich. Please don't do that. ‖ I use Tailscale for basically everything. It's a mesh VPN built on WireGuard. Every device you install it on gets an address on your own private network, your tailnet, and they can all reach each other from anywhere, without opening any ports, because it gets through NAT for you. ¦ On the Proxmox side I run it in a little LXC container as a subnet router, so that one container advertises my whole home network, and from my phone on the train I can reach the NAS, the Proxmox UI, all of it, as if I were at home. ‖ And MagicDNS means I type a name instead of an IP address, which matters, because I can never remember the addresses."),
  say(S, "I'll confess something. Years ago I had a port forwarded straight to an old media server, and one day I actually looked at the logs, and there were login attempts from about forty countries. Every few seconds. For months. ¦ I closed it that same night and didn't sleep very well for a week. So, no argument from me. But that means my mother installs Tailscale. On her phone. And understands what a VPN is."),
  say(G, "Which is the hard part, and it's not a technical part. ‖ So there are two options for family. Option one, you share just the one machine with her, so she can only ever see Immich, nothing else. She installs the app, logs in once, and she has to leave it switched on, which, with my dad, is the part that fails. ¦ Option two is Tailscale Funnel, which exposes one service from your tailnet to the public internet, through Tailscale's servers, with a proper certificate. That's good for, say, a link you send to someone once. But it's public. Anybody with the URL can hit the login page. So I'd only do that with something I trust to sit on the internet, and Immich, I'm not sure. Not yet."),
  say(S, "So for her, it's the app and the sharing thing.", { cut: 1 }),
  say(G, "For her it's the app, and one shared machine. I did the same for my dad with Home Assistant, so he can see the heating at our place when he's house-sitting. He switched Tailscale off within a week because he thought it was draining his battery, and I got a phone call saying the heating app was broken."),
  say(S, "It's always the heating. What about Headscale, though? I know people who run their own control server, so they don't depend on Tailscale, the company.", { cut: 1 }),
  say(G, "Headscale's great. It's an open-source version of the coordination server, and the normal Tailscale apps can talk to it. ‖ For me, the free plan covers everything I do, and the coordination server never sees my traffic anyway, the connections go directly between my devices. So I've chosen not to run one more thing. ¦~ I think that's allowed. I'm allowed to not self-host one thing."),
  say(S, "You're not, actually. It's in the rules. ¦ No, that's fair. I'll set up her phone on Sunday, when she's round for dinner. {xt} I'll bribe her with a roast. §And the thing that actually ate my whole weekend, apart from the photos, was talking to my house. ‖ So, I bought the Home Assistant Voice Preview Edition, the little speaker with the ring of lights on top, which came out at the end of last year. The whole point of it is that the voice pipeline can run locally. The wake word is detected on the device, then speech-to-text with Whisper, then Assist, in Home Assistant, works out what you meant, and Piper speaks the answer. No Amazon, no Google, nothing leaves the house."),

  seg('topic', S, 'A local voice assistant with Home Assistant Voice: Whisper, Piper and Ollama', ['Home Assistant', 'voice assistant', 'Voice Preview Edition', 'Assist'], { mid: true }),
  say(G, "And does it actually understand you? That's always where these things fall over."),
  say(S, "For the built-in sentences, yes, really well. Turn off the kitchen lights, what's the temperature in the living room, set a timer for ten minutes. Those are matched locally, and it's quick. ‖ Where it gets interesting is when you hand the conversation over to a language model. You can plug in a cloud one, or a local one, and I tried Ollama, running on the gaming PC, with a smallish model. ¦~ So then you can say things like, it's a bit dark in here, and it works out that you mean the lamps. That is genuinely magic, when it works. When it doesn't work, it confidently turns on the extractor fan."),
  say(G, "The extractor fan!"),
  say(S, "Twice. And the gaming PC has to be on for any of that, which, after the UPS story, is one more box that has to be awake. ¦ Whisper is also the slow bit on my mini PC. So I've ended up with the quick local matching for the built-in commands, and only the weird sentences go to the model. And honestly, my daughter loves it. She asks it for a joke every morning, and every morning Piper tells her the same joke, and every morning she laughs like it's brand new."),
  say(G, "That's my kind of audience. ‖ I'll be honest, this is the one thing I haven't done, because my partner has a firm rule about microphones in the house. Even local ones. I tried explaining that it's all on our own hardware, and the answer was, so if it breaks, it's you that's listening. Which, to be fair, is a good point."),
  say(S, "It is a good point. There's a physical mute switch on it, for what it's worth."),

  seg('extra', G, 'Gus’s pick: Beszel, lightweight server monitoring', ['Beszel']),
  say(S, "Okay. Picks. Gus, what have you got?"),
  say(G, "Mine's Beszel. It's a really lightweight server monitoring tool. There's a hub, which is a little web app, and you run a tiny agent on each machine, and it gives you CPU, memory, disk, network, temperatures, and stats for your Docker containers, with history and alerts. ‖ I know I said I have Grafana, and I do, but Grafana is a project. Beszel is a Sunday afternoon. I put the agent on all three nodes and the Pi in about ten minutes. ¦ And it would have told me about the cupboard hitting thirty-one degrees before my partner did."),
  say(S, "Does it do the UPS?", { cut: 1 }),
  say(G, "It does not do the UPS. Leave the UPS alone."),

  seg('extra', S, 'Shauna’s pick: ntfy, self-hosted push notifications', ['ntfy']),
  say(S, "Fine. Mine does the UPS, sort of. It's ntfy, spelled N T F Y, and it's a tiny push notification service you can host yourself. You send an HTTP request to a topic, literally a curl with a message in it, and it pops up on your phone. ¦ So now NUT calls a little script that sends me a ntfy message whenever the UPS goes on battery, Immich's backup job sends one when it's done, and the NAS sends one when a scrub finds anything. It's the dumbest, most useful thing in my whole lab."),
  say(G, "Careful. You'll end up with two hundred notifications a day and you'll ignore every single one."),
  say(S, "That's future Shauna's problem."),

  seg('outro', G, 'Goodbye', []),
  say(G, "And that's the show. Thanks for listening to Power Cycle. Show notes, with links to everything we talked about, are at ⟨powercycle dot show slash 61⟩, and if your UPS has ever betrayed you, we want the story."),
  say(S, "Especially if there's Sharpie involved."),
  say(G, "Especially the Sharpie. Go and check the date on your battery. Bye, Shauna."),
  say(S, "Bye, everyone!"),
];

export const SPEAKERS = [
  { name: G, aliases: ['Gus Whitmore', 'Gus', 'Whitmore', 'WHITMORE'] },
  { name: S, aliases: ['Shauna McCready', 'Shauna', 'McCready', 'MCCREADY', 'Shauna McCreedy'] },
];
