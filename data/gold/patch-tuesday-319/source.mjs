// Source of Patch Tuesday #319 (SYNTHETIC held-out episode, heldout13): a two-host weekly security news
// show. Hosts (invented): Nadia Farouk, who leads application security at a lender in Manchester, and who
// opens and closes the show; Callum Rees, an incident responder at a managed security provider in Cardiff,
// on call this week. The sponsor "Perimetry" (external attack surface monitoring) is invented, as are the
// hosts' employers, Callum's mum, Nadia's niece and every anecdote. Recorded Thursday 12 June 2025; the news
// is real but told from memory.
// Rendered by build.mjs into web.txt (a seed-like web page) and episode.json (a Podcasting 2.0 JSON
// transcript, one segment per sentence or phrase, the speaker on every segment).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {cut}) as in the shared renderer.
// Marks inside the text:
//   §      a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   ⟨...⟩  a spoken URL: kept in episode.json, dropped from web.txt (with a following comma or period);
//   ¦      web.txt only: the page's transcription service starts a new paragraph here;
//   ¦~     the same, and the web continuation also loses its first word.
// cut: N = web.txt loses the first N words of this paragraph (as the seed page loses them).
// Conventions: presenter = the host who brings the item, and a hand-over line belongs to the NEW segment,
// also when the OTHER host speaks it (segments 2, 6 and 9); the sponsor's presenter is its reader; the
// "one more thing" at the end is one segment per host, kind `extra`, presented by the host whose thing it is.
import { say, seg } from '../build-episode.mjs';

export const N = 'Nadia Farouk';
export const C = 'Callum Rees';

export const SOURCE = [
  seg('intro', N, 'Welcome and the week’s rundown', []),
  say(N, "Hello and welcome to Patch Tuesday, the weekly security news show that is, for once, actually going out in the same week as a Patch Tuesday. This is episode 319, it's Thursday the twelfth of June, I'm Nadia Farouk, I look after application security for a lender in Manchester, and I've had three coffees already."),
  say(C, "And I'm Callum Rees, in Cardiff. I do incident response for a managed security provider, and I'm on call this week, so if I vanish halfway through a sentence, that's what happened."),
  say(N, "That has happened exactly once, and we still talk about it. ¦ Right, it's a busy one. There's a WebDAV zero-day from Microsoft, a Chrome zero-day, a pile of React Native packages on npm that turned out to be a remote access trojan, the Marks and Spencer saga, which is still going, an Erlang bug that CISA really, really wants you to know about, and then some actual good news about passkeys. So it's not all doom."),
  say(C, "It's mostly doom."),
  say(N, "It's mostly doom. With a passkey at the end."),

  seg('topic', C, 'June Patch Tuesday: WebDAV zero-day CVE-2025-33053 used by Stealth Falcon, and an SMB client flaw', ['Patch Tuesday', 'WebDAV', 'CVE-2025-33053'], {}),
  say(N, "Go on, then. It's the week the show is named after, and I know for a fact you were reading release notes at eleven o'clock on Tuesday night."),
  say(C, "Ten past eleven, and I had a biscuit, so it wasn't all bad. ¦ So, June. Microsoft fixed about sixty-six vulnerabilities this month, which is on the lighter side for them, and there's one zero-day that was exploited in the wild before the patch. That's the one I want to talk about. It's CVE-2025-33053, it's in WebDAV, and it's remote code execution. ¦ And the attack chain is really clever, in a horrible way. Check Point found it, in a campaign by a group they call Stealth Falcon, who have been around for years, mostly going after governments and companies in the Middle East. This time the target was a defence company in Turkey."),
  say(N, "WebDAV. I genuinely forgot WebDAV was still a thing."),
  say(C, "Everybody did, that's kind of the point. ¦ So the victim gets a phishing email with a dot url file attached, an internet shortcut. And the shortcut doesn't point at anything dodgy. It points at a real, signed Windows program, a little Internet Explorer diagnostics tool called iediagcmd. ¦~ The trick is that a shortcut can also set the working directory, and they set it to a WebDAV share on their own server. So the genuine tool starts up, it tries to run another program, route.exe, and Windows looks in the working directory first. Which is the attacker's share. So it runs the attacker's route.exe instead of the real one."),
  say(N, "Oh, that's nasty. So the first thing that runs is something your antivirus trusts completely."),
  say(C, "Exactly, it's signed by Microsoft. And from there they loaded their own implant, which Check Point called Horus Agent. It's built on Mythic, the open source command and control framework. ¦ The fix is in this month's cumulative update, and the interesting thing is that Microsoft shipped it for a lot of older versions too, because the vulnerable pieces are part of Windows whether anyone still uses Internet Explorer or not. CISA put it on the Known Exploited list the same day, I think, with a deadline of the first of July.", { cut: 1 }),
  say(N, "Anything else in the pile I should care about? I saw something about SMB being publicly disclosed."),
  say(C, "Yeah, CVE-2025-33073, in the SMB client. That's elevation of privilege, and it isn't exploited as far as anyone knows, but the details were out before the patch. It's a relay trick. You get a machine to authenticate back to itself, more or less, and you come out the other side as SYSTEM. ¦ And if you can't patch straight away, the mitigation is the one we've been repeating for about ten years. Turn on SMB signing, and actually require it. Windows 11 24H2 requires it by default now, but your servers probably don't. ¦ Oh, and there are four critical Office bugs, remote code execution, where Microsoft lists the preview pane as an attack vector. So you don't even have to open the document, you just have to click on the email and let Outlook show you a preview. Those aren't exploited yet, but they're the ones I'd push out first after the WebDAV fix."),
  say(N, "The preview pane. Brilliant. Ten years of SMB signing, and now we have to worry about looking at things. We should print that on a mug. ¦ Honestly, though, the WebDAV one is the one that worries me, because that's exactly the sort of thing our people click on. A shortcut that opens something that looks like it came from Microsoft. Our phishing training tells them to check the sender and hover over the links. Nobody tells them to check the working directory of a shortcut file."),
  say(C, "Nobody should have to, that's what the patch is for. ¦ Although, what I'd actually do this week, if I ran a mail gateway, is block dot url attachments outright. There is no good reason for a stranger to email you an internet shortcut. None."),
  say(N, "Blocked. Well, I'll ask someone who's allowed to block it."),
  say(C, "Ask nicely. They're always tired."),

  seg('topic', C, 'Chrome zero-day CVE-2025-5419 in V8, mitigated with a configuration change before the patch', ['Chrome', 'V8', 'CVE-2025-5419'], {}),
  say(C, "And since we're on bugs that were being used before anyone had a patch, Chrome. Again. ¦ Google pushed an emergency update at the start of the month for CVE-2025-5419. It's an out-of-bounds read and write in V8, the JavaScript engine, and Google says it's aware that an exploit exists in the wild, which is their standard phrase. ¦ It was reported by two people from Google's own Threat Analysis Group, Clément Lecigne and Benoît Sevens. And when TAG reports a browser bug, it usually means a spyware vendor or a government was using it against someone specific. They never say who."),
  say(N, "Is this the one where they fixed it with a config change first? Somebody mentioned that in our Slack and I didn't really follow."),
  say(C, "Yes! That's the interesting bit. The report came in on the twenty-seventh of May, and the very next day Google pushed a configuration change out to every Chrome on every platform, and that change mitigated it. Before any patch existed. Then the real fix landed in Chrome 137, on the second of June. ¦ I didn't even know they could do that, to be honest. It's basically a remote switch for turning a piece of the browser off. Very useful. Slightly spooky."),
  say(N, "Slightly spooky is the whole brand, isn't it. How many is that this year?"),
  say(C, "I think it's the third Chrome zero-day of 2025. There was the sandbox escape in March, the one Kaspersky found being used against people in Russia, then another one in May, and now this. ¦~ The thing I keep telling people is that the patch isn't installed until the browser restarts. Chrome downloads it, and then the little update button goes orange, then red, and sits there for a week, because people have forty tabs open and they don't want to lose them. And every other browser built on Chromium needs its own update too. Edge, Brave, Opera, all of them."),
  say(N, "I have ninety tabs. I'm not ashamed."),
  say(C, "You should be a little bit ashamed. ¦ Restart your browser, everyone. The tabs come back. They always come back. §Right, and speaking of things you forgot you had sitting out there on the internet, this week's show is supported by Perimetry. ¦ Perimetry maps your external attack surface, continuously. You give it your domains and your cloud accounts, and it goes and finds everything that answers. The subdomain marketing set up in 2019, the staging server with a login page, the expired certificate, the VPN appliance that's three versions behind."),

  seg('sponsor', C, 'Sponsor: Perimetry', ['Perimetry'], { mid: true }),
  say(C, "It tells you what's exposed, what's vulnerable, and what's on CISA's Known Exploited list right now, and it sends that to Slack or Teams or your ticketing system with an owner attached, so it's not just one more dashboard nobody opens. ¦ Try it free for thirty days at ⟨perimetry dot io slash patchtuesday⟩. That's Perimetry, and thanks to them for supporting the show.", { cut: 1 }),

  seg('topic', N, 'React Native Aria and gluestack packages compromised on npm with a remote access trojan', ['npm', 'gluestack', 'React Native Aria'], {}),
  say(N, "So, npm. And I want to do this one properly, because this is the kind of thing that actually happens to my team, not to defence companies in Turkey. ¦ Last weekend the people at Aikido Security, who scan new package versions for malware, spotted malicious versions of a whole set of packages from the React Native Aria project and from gluestack, which is a UI library for React Native. Something like sixteen or seventeen packages. Together they get roughly a million downloads a week."),
  say(C, "A million a week. So that's not some typosquat in a corner, that's real stuff. How did anybody notice?"),
  say(N, "That's real stuff. And they're packages you usually depend on without knowing it, because they come in with a component library. Aikido noticed because the new versions appeared on npm without any matching release on GitHub, which is one of the things their scanner flags, and then somebody actually opened the code. ¦ It looks like the attacker got hold of a publishing token from one of the maintainers, and pushed new versions with extra code at the end of one file, lib/index.js. And the bit I love, in a horrible way, is how they hid it. They put a huge run of spaces in front of the code, on the same line. So if you look at the file on the npm website, in the code viewer, it looks completely normal, because the bad part is way off past the right-hand edge of the screen."),
  say(C, "Oh, that's cheeky. You'd have to scroll sideways to see it."),
  say(N, "And who scrolls sideways? Nobody. ¦ What the code actually did was a full remote access trojan. It connected out to a command and control server, and it could run shell commands, upload files from the machine, change directory, all of it. On Windows it also messed with the PATH, so that a fake Python could be run instead of the real one later on."),
  say(C, "And when you say the machine, you mean the developer's laptop. Or the CI runner."),
  say(N, "Exactly. Wherever you ran npm install. And that's the bit people underestimate. It's not your production app that gets the trojan, it's the place where all the tokens live. Your GitHub token, your npm token, your cloud credentials, your SSH keys. ¦~ So what we did on Monday morning, and I'd recommend this to anyone, was search every lockfile in the organisation for those package names and versions. We had one hit, in a prototype app nobody had touched in weeks, and the lockfile pinned an older version, so we were fine. But it took an afternoon, because there was no one place where I could ask, which versions of what are we actually running."),
  say(C, "That's the real lesson, isn't it. It's not, don't use npm. It's, can you answer that question in ten minutes. ¦ Because I'll be honest, in my job the first day of every one of these is spreadsheets. Which customers use this package, which version, did anybody build anything between Friday night and Sunday morning. And the ones who answer quickly are always the ones with an SBOM, or at least some kind of dependency inventory that somebody actually keeps up to date."),
  say(N, "And the other thing is, stop letting new versions in the minute they're published. Most of these malicious versions get caught within a day or two. ¦ We now have a rule that a new version has to be a few days old before our internal registry proxy will let it through, unless somebody asks for an exception. It's boring, developers complained for about a week, and it would have stopped this one completely."),
  say(C, "Boring is the highest compliment in security."),
  say(N, "It really is."),

  seg('topic', N, 'The Marks & Spencer ransomware attack: seven weeks offline, Scattered Spider and the help desk', ['Marks and Spencer', 'M&S', 'ransomware', 'Scattered Spider'], {}),
  say(C, "Okay, can we do the shops now? Because I know you've been following it properly, and my mum has rung me twice this week to ask whether it's safe to order cardigans again."),
  say(N, "Tell your mum it's nearly safe. ¦ So, for anyone outside the UK, Marks and Spencer, the retailer, got hit by ransomware over Easter. It started as problems with contactless payments and click and collect, and then on the twenty-fifth of April they stopped taking online orders altogether. They only started again this week. That's about seven weeks without a website that sells anything.", { cut: 1 }),
  say(C, "Seven weeks. For a business that size. That's wild."),
  say(N, "They've said it'll cost them around three hundred million pounds of profit this year, though they expect insurance to cover some of that. And they confirmed that customer data was taken. Names, addresses, dates of birth, order history. Not card details, they say. ¦ The attribution, as far as the reporting goes, is Scattered Spider, or people connected to them, using DragonForce ransomware. DragonForce is ransomware as a service, so the affiliates bring the access, and DragonForce brings the encryptor and the leak site. ¦ And the way in, again as reported, was social engineering. Somebody rang a help desk, pretended to be an employee, and got a password reset. Which is exactly what happened to the Las Vegas casinos in 2023."),
  say(C, "It's always the help desk. I've worked maybe a dozen of these now, and I'd say half of them started with a phone call. ¦ And the help desk people aren't stupid, they're doing what they're measured on, which is closing tickets fast and keeping people happy. Someone rings up, stressed, with the right name and the right job title from LinkedIn, maybe an employee number from some old breach. What's the agent supposed to do? Say no to a senior manager who's shouting at them?"),
  say(N, "Yes! That's exactly what they should be allowed to do. ¦ If there's one thing I'd want every company to take from this, it's that a password reset or an MFA reset for anyone with admin rights should never happen on a single phone call. Call them back on a number you already have. Get them on a video call with their badge. Have their manager approve it. It's slower, it's annoying, and it's the whole game."),
  say(C, "Co-op was the other one, in the same weeks, and they spotted it earlier and pulled their own systems offline, which is why some of their shelves were empty for a while. But they didn't get encrypted. ¦ And in the States last week, United Natural Foods, the big grocery distributor, the one that supplies Whole Foods, had to take systems down too. Nobody's said who was behind that one yet. But if you work anywhere near retail right now, this is the month to ring your own help desk and see what happens."),
  say(N, "I did that once, with permission, at my last job. They reset my password in four minutes."),
  say(C, "Four minutes! That's terrible. §Okay. Mine is a lot less exciting and a lot more urgent. On Monday CISA added a bug to the Known Exploited Vulnerabilities catalog that I think loads of people don't realise they have. It's in Erlang."),

  seg('topic', C, 'CISA adds the Erlang/OTP SSH flaw CVE-2025-32433 to the Known Exploited Vulnerabilities catalog', ['Erlang', 'CVE-2025-32433', 'KEV', 'Known Exploited Vulnerabilities'], { mid: true }),
  say(N, "Erlang? As in, the telephone exchange language?"),
  say(C, "As in the telephone exchange language, yeah. ¦ So back in April, researchers from Ruhr University Bochum disclosed CVE-2025-32433. It's in the SSH server that comes with Erlang/OTP, the standard libraries. It scored a ten out of ten. The bug is that the server would handle some SSH protocol messages before the client had logged in. Including the ones that say, please open a channel and run this command. ¦ So there's no password and no key. You connect, you run code, usually as whatever user the Erlang process runs as, which is quite often root."),
  say(N, "That's not a bug, that's a welcome mat."),
  say(C, "It really is. ¦ Public exploits turned up within a day or two of the advisory in April, so this isn't new. What's new is that CISA put it on the KEV list this week, which means they have evidence it's being used in real attacks, and federal agencies have until the end of the month to fix it. ¦~ The hard part is finding it. You probably don't run an Erlang SSH server on purpose. But Erlang is inside a lot of network gear, and telecom kit, and some industrial systems, and several vendors have been putting out their own advisories since April. Cisco had a whole list of affected products. RabbitMQ is written in Erlang as well, although, as far as I know, it doesn't switch the SSH daemon on by default."),
  say(N, "So what's the advice, Callum? Ring your vendors?"),
  say(C, "Patch it if you run Erlang yourselves. The fixed versions are OTP 27.3.3, 26.2.5.11 and 25.3.2.20. And then, yes, go through your network kit and ask. ¦ Also, scan for SSH on odd ports. The Erlang daemon often isn't on port twenty-two, it's on something random, because a developer turned it on for debugging ten years ago and forgot. That's the sort of thing you only find by looking at yourself from the outside."),
  say(N, "You're only saying that because of the sponsor."),
  say(C, "I'm saying it because it's true! The sponsor just happens to agree with me."),

  seg('topic', N, 'Passkeys: Microsoft Authenticator drops passwords, and Apple adds passkey import and export', ['passkeys', 'passkey', 'Microsoft Authenticator'], {}),
  say(N, "Okay, mine's the nice one. Mostly. ¦ Two things about passkeys. First, Microsoft is taking passwords out of Microsoft Authenticator. Since the start of this month you can't add new passwords to it. In July it stops autofilling them, and in August the saved passwords disappear from the app, and you're supposed to use Edge for passwords instead, because they sync there anyway. Authenticator keeps doing the codes, the push approvals, and passkeys."),
  say(C, "Hang on, people used Authenticator as a password manager? I didn't even know it did that."),
  say(N, "Loads of people, apparently! It's been able to for a few years. ¦ And back in May, on World Passkey Day, which is a real day, I promise, Microsoft said that new Microsoft accounts are passwordless by default. You sign up and you never set a password at all. You use a passkey, or a code, or Windows Hello. ¦~ The second thing. At WWDC on Monday, Apple announced passkey import and export, in iOS 26 and macOS. So you can move your passkeys from Apple's Passwords app to another password manager, or back again, securely. It's built on a standard from the FIDO Alliance, the Credential Exchange Protocol, so it should work with 1Password and Bitwarden and the rest, not just between Apple's own apps.", { cut: 1 }),
  say(C, "That's the big one for me, Nadia. Because the one argument I always hear against passkeys is, I'll be locked into Apple, or I'll be locked into Google. And I never had a good answer. I'd say, well, it syncs, and they'd say, yeah, it syncs to their stuff."),
  say(N, "Exactly, and now the answer is, you can take them with you. It's been the missing piece for two years. ¦ There's also a new API so an app can create your account with a passkey straight away, no password step at all. And they already added automatic upgrades last year, where signing in with a password quietly sets up a passkey for you, if the site supports it. So the lazy default slowly turns into the safe one."),
  say(C, "There's the boring compliment again. ¦ My only worry is recovery. When Microsoft takes the password away, what happens when somebody loses their phone? Because in my world, account recovery is the new help desk. It's where all the social engineering is going to end up."),
  say(N, "You're not wrong, and it goes straight back to Marks and Spencer. The weakest part of any passkey rollout is whatever you do when the passkey is lost. If the answer is, ring this number and tell us your mother's maiden name, you've built a very expensive front door and left the back window open. ¦ But I'll still take it. It kills phishing for the normal login, and the normal login is most of it."),

  seg('extra', C, 'Callum’s one more thing: zizmor, a static analysis tool for GitHub Actions', ['zizmor', 'GitHub Actions']),
  say(N, "Okay. One more thing. You first, because I know it's a tool."),
  say(C, "It's a tool, yeah. It's called zizmor. It's a static analysis tool for GitHub Actions workflows, written by William Woodruff, and you point it at your workflows folder and it tells you everything that's wrong with it. ¦ Template injection, where the title of a pull request goes straight into a shell command. Actions pinned to a tag instead of a commit hash, which, after the tj-actions mess in March, everyone should care about. Workflows that have far more permissions than they need. And the classic pull_request_target trap."),
  say(N, "So it's the npm story again, basically. Same tokens, different door."),
  say(C, "Pretty much. It's one install, it runs in CI, and it can write SARIF, so the findings turn up in GitHub's code scanning tab. We ran it on our own repos and it found eleven things. Eleven! Two of them I'd call genuinely bad.", { cut: 1 }),
  say(N, "Only two? You're being generous to yourselves."),

  seg('extra', N, 'Nadia’s one more thing: the OverTheWire Bandit wargame', ['Bandit', 'OverTheWire']),
  say(N, "Mine isn't really a tool. ¦ My niece is fifteen, and she's decided she wants to do cyber, her word, not mine, and she stayed with us over half-term. So we sat down and did Bandit, from OverTheWire. It's a free wargame. You SSH into a server, every level hides the password for the next one somewhere, and you have to dig it out with Linux commands. ¦ The first few are just, use cat, use ls, find the hidden file. And by level twelve or so you're unpacking a file that's been compressed about five times over and then hex dumped, and she was furious, and she absolutely loved it."),
  say(C, "I did Bandit at university. I think I gave up on the hex dump one."),
  say(N, "She didn't give up! She got to level sixteen. I got tired of being asked for snacks and went to bed, and she just kept going.", { cut: 1 }),
  say(C, "She's going to take your job."),
  say(N, "She can have it, honestly, on weeks like this one."),

  seg('outro', N, 'Goodbye', []),
  say(N, "And that's the show. Thanks for listening to Patch Tuesday. Links to everything we talked about are at ⟨patchtuesday dot fm slash 319⟩, and if your own help desk resets your password in under four minutes, we would love to hear about it."),
  say(C, "Anonymously. Please, anonymously."),
  say(N, "Anonymously. Callum, good luck with the pager."),
  say(C, "Thanks, I'll need it. See you next week, everyone."),
  say(N, "Bye!"),
];

export const SPEAKERS = [
  { name: N, aliases: ['Nadia Farouk', 'Nadia', 'Farouk', 'FAROUK'] },
  { name: C, aliases: ['Callum Rees', 'Callum', 'Rees', 'REES'] },
];
