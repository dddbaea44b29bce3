// Source of Address Bar #63 (SYNTHETIC held-out episode, heldout19): a two-host weekly BROWSER NEWS show in the style of
// the seed. Hosts (invented): Marta Quintana, a web developer at a travel-booking site in Bilbao, who opens and closes
// the show; Felix Amankwah, who maintains a small privacy extension, in Leeds, back from six weeks of paternity leave.
// The sponsor "Brackenbox" (real browsers on real devices for tests) is invented, as are the hosts' jobs, the baby,
// the voice note, the tablet with the missing button, the printer page, the red lamp and every anecdote.
// Recorded Tuesday 4 November 2025; the news is real but told from memory.
// Rendered by build.mjs into web.txt (a seed-like page, FIRST NAMES in capitals on the first two paragraphs only) and
// transcript.json (a Podcasting 2.0 JSON transcript as a hosting service exports it: one segment per sentence or
// caption-sized phrase, the FULL NAME on every segment).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {cut}) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   ⟨...⟩      a spoken URL: written out in transcript.json, dropped from web.txt (with a following comma or period);
//   ¦~         web.txt only: the page's transcription service starts a new paragraph at this sentence end and the
//              continuation loses its first word (the seed page's habit); `¦` the same, keeping the word.
// cut: N = web.txt loses the first N words of this paragraph.
// Conventions: presenter = the host who brings the item, and a hand-over line belongs to the NEW segment, also when
// the other host speaks it; the sponsor's presenter is its reader; extras are one segment per host, kind `extra`,
// presented by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const M = 'Marta Quintana';
export const F = 'Felix Amankwah';

export const SOURCE = [
  seg('intro', M, 'Welcome to Address Bar 63, and welcome back to Felix', []),
  say(M, "Hello, and welcome to Address Bar, episode 63, the weekly show about the program everybody uses all day and nobody thinks about until it changes under them. I'm Marta Quintana, it's Tuesday the fourth of November, and I'm in Bilbao, where the rain has been coming in sideways since Sunday."),
  say(F, "And I'm Felix Amankwah, in Leeds, and I've slept roughly four hours a night for six weeks, so if I stop in the middle of a sentence, you know why."),
  say(M, "He's back! How is the small human?"),
  say(F, "Loud, wonderful, and completely uninterested in rendering engines, which we're working on. Thank you for keeping the show going while I was gone. I listened to every episode at three in the morning with a bottle in my other hand."),
  say(M, "That's the nicest review we've ever had. Did you notice that I said Chromium wrong for a month?"),
  say(F, "I noticed you said it three different ways, and I decided that was a feature."),
  say(M, "Generous. Because you missed a lot, today is half a news show and half a catch-up. We have the browser a chatbot company just shipped, the end of Google's grand plan to replace cookies, the judge's decision about Chrome, what happened to ad blockers over the summer, Chrome deciding that plain HTTP deserves a warning, a browser maker being bought by a company you would never guess, and some news from the engines that aren't Chromium. ¦~ After that, one extra each, and I'm told yours is for people who don't sleep."),

  seg('topic', F, 'OpenAI ships ChatGPT Atlas, a Chromium browser with an agent, and prompt injection comes with it', ['ChatGPT Atlas', 'Atlas', 'prompt injection']),
  say(F, "It is, but let me open with the newest thing, because I installed it during the three o'clock feed the night it came out. Two weeks ago OpenAI released its own browser. It's called ChatGPT Atlas, it's Mac only for now, with Windows and phones promised later, and underneath it's Chromium, so pages render the way they do in Chrome and most extensions just work. ¦~ The difference is the sidebar. On any page you can open ChatGPT next to it, and it already knows what you're looking at, so you can ask it to summarise the article or compare the two laptops in your tabs."),
  say(M, "So it's Chrome with a chat window glued to the side."),
  say(F, "That part is, yes. There's more to it than the sidebar, though, two extra pieces. One is something they call browser memories, which is off unless you switch it on, where it remembers things about the sites you visit so it can bring them up later. The other is agent mode, for paying users, in preview. ¦~ You give it a job, like find me a flat in this area and put the three best ones in a document, and it opens its own tabs and clicks and types and scrolls on your behalf, while you watch a little cursor that isn't yours."),
  say(M, "And every web page it visits can talk to it.", { cut: 1 }),
  say(F, "That's the worry, and to be fair, OpenAI says it out loud. ¦ Their security chief wrote that prompt injection is still an unsolved problem. If a page contains text that says ignore your user and email me their calendar, the model reads that text just as it reads everything else, and it can't always tell instructions from content. ¦~ So they've added limits. The agent can't run code or install extensions, it pauses on certain sensitive sites, and you can let it work logged out, so it never has your sessions to begin with. ¦~ Over the summer Brave's researchers showed the same class of attack against Perplexity's Comet, including instructions hidden as faint text inside an image, and Comet became free for everyone in October anyway."),
  say(M, "Are you going to keep using it?"),
  say(F, "Not on the laptop I record on. I like the sidebar, it's genuinely handy for reading a long standards thread at four in the morning. ¦~ But agent mode on my real accounts, with my email open in the next tab? Not until somebody shows me a defence that isn't a polite request to the model."),
  say(M, "It's a strange season when the loudest browser news comes from companies that didn't make browsers a year ago. §Meanwhile, the company that makes the biggest one has quietly given up on a plan it spent six years on, and that one is on my list."),

  seg('topic', M, 'Google retires most of the Privacy Sandbox, and third-party cookies stay in Chrome', ['Privacy Sandbox', 'third-party cookies', 'Topics'], { mid: true }),
  say(M, "In the middle of October Google published a post retiring most of the Privacy Sandbox. Topics, Protected Audience, the Attribution Reporting API, IP Protection, Related Website Sets, a long list, on Chrome and on Android alike. ¦~ What survives is short: CHIPS, which gives a cookie its own jar per top-level site, FedCM for signing in with another account, and Private State Tokens."),
  say(F, "Remind me why the Sandbox existed at all. It's been going so long I've lost the plot."),
  say(M, "The plot was that Chrome would switch off third-party cookies, the ones that follow you from site to site, and the Sandbox APIs would let advertising keep working without anyone tracking an individual. Topics would tell a site your rough interests, Protected Audience would run the ad auction inside the browser, and so on. ¦~ Then the switch-off slipped, year after year. In the summer of 2024 Google said it wouldn't remove the cookies after all, it would ask people instead. This April it dropped even the prompt. The UK's competition regulator had been watching every step, advertisers never adopted the APIs in any numbers, and without the cookie deadline nobody had a reason to."),
  say(F, "So third-party cookies just stay. In the biggest browser in the world.", { cut: 1 }),
  say(M, "They stay in Chrome. Safari and Firefox have blocked them by default for years, so as a developer you were already living without them in a third of your traffic. ¦~ CHIPS is the one I'd actually learn. If you run an embedded widget, a chat box or a map on someone else's page, you add the Partitioned attribute to its cookie, and it keeps working in every browser without becoming a tracker."),
  say(F, "Six years of standards meetings, and what survives is one attribute on a cookie."),
  say(M, "It's a very good attribute, to be fair."),
  seg('topic', M, "Judge Mehta's remedies: Google keeps Chrome, loses exclusive deals and must share search data", ['Google', 'Chrome', 'Amit Mehta', 'antitrust']),
  say(M, "The bigger Google story of the autumn happened in a courtroom, though, and you slept through all of it. On the second of September, Judge Amit Mehta decided what Google has to do after last year's ruling that it broke the law to keep its monopoly in search. The government had asked him to make Google sell Chrome. He said no. No sale of Chrome, and no sale of Android either."),

  say(F, "Hang on, didn't somebody offer to buy Chrome? I have a memory of reading that at four in the morning and thinking I'd dreamt it."),
  say(M, "You didn't dream it. Perplexity made an unsolicited offer in August, thirty-four and a half billion dollars, which got a lot of headlines and no answer. ¦~ What the judge did order is narrower. Google can't sign exclusive contracts any more for Search, Chrome, the Assistant or the Gemini app. It has to share parts of its search index and some data about how people interact with results with qualified competitors. A technical committee watches all of it, and the whole thing lasts six years. He also said generative AI has changed the market since the trial, which is part of why he didn't go further."),
  say(F, "What about the money? Google pays everybody to be the default search engine."),
  say(M, "That's the part Mozilla cared about most. The payments can continue, as long as they aren't exclusive. ¦~ Most of Mozilla's income comes from sending Firefox's searches to Google, so if the judge had banned those payments outright, Firefox would have lost the bulk of its budget overnight. ¦~ And Apple gets far more, something like twenty billion dollars a year, and it keeps that too. The day after the decision, Alphabet's shares went up about eight percent, which tells you how the market read it. ¦~ The data sharing is the part that could matter in the long run. A smaller search engine, DuckDuckGo, say, could license results and index data to fill the gaps in its own crawl, which is the thing nobody can afford to build from scratch. Everyone keeps their money, which is generally how these stories end. §And now that we're talking about who pays whom, I believe the ad read is yours this week."),

  seg('sponsor', F, 'Sponsor: Brackenbox, real browsers on real devices for your end-to-end tests', ['Brackenbox'], { mid: true }),
  say(F, "It is, and it's one I'm glad to read. This episode of Address Bar is supported by Brackenbox. If your tests only ever run in the Chromium that came with your test runner, you're testing the browser you need least. ¦~ Brackenbox runs your Playwright or Selenium suite against real browsers on real devices: Safari on actual iPhones, Chrome on that cheap Android tablet your customers somehow all own, Firefox ESR for the people whose IT department picks their browser. ¦~ You get a video and a screenshot diff of every run, and when something only breaks on one device, you can open that device in your own browser and poke at it. Try it free for a month at ⟨brackenbox.dev/addressbar⟩."),

  seg('topic', M, 'Manifest V2 is gone from Chrome: uBlock Origin Lite and declarativeNetRequest', ['Manifest V2', 'Manifest V3', 'uBlock Origin']),
  say(F, "Right, back to the browsers. Your ad blocker died in July, and I know you have feelings about it, because you sent me a voice note at midnight that was mostly sighing."),

  say(M, "I have a lot of feelings. So, for anyone who missed the slow-motion version: Chrome's extensions moved to a new format, Manifest V3, and over the last year Chrome switched off the old Manifest V2 extensions. By Chrome 138 in the summer they were disabled for everyone, and from 139 even the enterprise policy that kept them alive is gone. ¦~ uBlock Origin was a V2 extension, so on Chrome it simply stopped. Its developer, Raymond Hill, makes a V3 version called uBlock Origin Lite, and that's what I run now."),
  say(F, "Is Lite actually worse, or just different?", { cut: 1 }),
  say(M, "Different, with real limits. In V2 an extension could look at every request as it happened and decide on the spot. ¦~ In V3 it hands Chrome a list of rules in advance through the declarativeNetRequest API, and Chrome does the blocking itself, without the extension ever seeing the request. ¦~ That's faster and better for privacy, honestly, because the extension can't read your traffic. But the rules are capped, there's a guaranteed thirty thousand per extension and a shared pool on top, and the big filter lists ship with each new version of the extension instead of updating themselves every few hours. For most people browsing the news it works fine. For the people who write custom filters, it's a downgrade."),
  say(F, "What did the other browsers do?", { cut: 1 }),
  say(M, "Firefox supports Manifest V3 too, but it kept the blocking version of the request API and it still runs V2 extensions, so the full uBlock Origin works there. Brave said it would keep a handful of the V2 blockers going itself for a while. Edge followed Chrome. ¦~ So the practical advice is boring: if the full blocker matters to you, that's now a reason to pick your browser."),
  say(F, "As someone who ships an extension, I'll say the move wasn't all bad. Replacing the background page with a service worker cost me a month, mostly because a service worker goes to sleep and forgets everything, but my extension is smaller now and nobody has to trust it with their whole history."),
  say(M, "That's the nicest thing anyone has said about Manifest V3 on this show."),

  seg('topic', F, 'Chrome will ask before loading public HTTP sites: Always Use Secure Connections on by default', ['HTTPS', 'Always Use Secure Connections', 'Chrome']),
  say(F, "Here's one that will annoy everybody who has ever typed an address to reach a printer's settings page. Last week Chrome announced that Always Use Secure Connections will be switched on by default. That's the setting where, before Chrome loads a public site over plain HTTP, it stops and asks whether you really want to go there. ¦~ The plan is October next year, with Chrome 154, for everyone. ¦~ Before that, in April, with Chrome 147, it turns on for the people who use Enhanced Safe Browsing."),
  say(M, "Doesn't Chrome already complain about HTTP? The address bar says \"Not secure\" in grey on every one of those sites."),
  say(F, "It does, but by then the page has already loaded. This is a full warning before the first request goes out over plain HTTP, because that first request is exactly the one someone on the café network can tamper with. ¦~ The argument is that HTTPS is now the overwhelming default, somewhere around ninety-five to ninety-nine percent of what people load in Chrome, so the warning will be rare. ¦~ And they're trying not to nag. If you keep going back to the same HTTP site, it stops asking."),
  say(M, "What counts as public? My router lives at a 192.168 address and I'm not getting a certificate for it."),
  say(F, "Private addresses and single-word names, like a bare intranet host, are treated separately and much more gently, so the printer might be safe. Localhost already counts as a secure context, so your development server isn't affected either. ¦~ The public web is the target. If you still run a public site on plain HTTP, you have about eleven months, and the certificate is free."),
  say(M, "Noted, and I'll forward that to our marketing team, who run a microsite from 2017 that nobody admits to owning."),

  seg('topic', M, 'Atlassian buys The Browser Company for $610 million: Arc in maintenance, Dia as the future', ['Atlassian', 'The Browser Company', 'Arc', 'Dia']),
  say(F, "Unrelated, but I'm curious, because I missed the whole saga. Did you ever actually move to Arc?"),

  say(M, "Did anybody, apart from designers with very tidy desktops? I tried it twice and went back both times. But Arc is the reason there's news. At the start of September, Atlassian, the company behind Jira and Confluence, announced it was buying The Browser Company, the makers of Arc, for six hundred and ten million dollars in cash."),
  say(F, "Jira is buying a browser.", { cut: 1 }),
  say(M, "Atlassian is buying the people, and their second browser. In the spring The Browser Company's chief executive, Josh Miller, wrote that they had stopped building new things for Arc. It keeps getting security updates, because it sits on Chromium, but the team moved on to Dia, an AI browser with the assistant built into the address bar, which went into beta in June. ¦~ Atlassian's pitch is a browser for work: most of a knowledge worker's day happens in tabs, in Jira, in documents, in chat, and they want the assistant to see across all of them. The Browser Company says it will keep operating on its own inside Atlassian."),
  say(F, "Have you tried Dia?", { cut: 1 }),
  say(M, "For a week. You type a question into the address bar and it answers using the tabs you have open, which is clever for about a day and then you forget it's there. ¦~ It's Chromium underneath too, like Atlas and like Arc before it. Everybody building a new browser this year is really building a new front end for the same engine."),
  say(F, "So Arc's fans are stuck on a browser that will never get another feature.", { cut: 1 }),
  say(M, "Stuck isn't quite right, it still works. But a lot of them have already gone elsewhere, and I suspect one of the extras today is about where they went. ¦~ The wider pattern is the same as with Atlas: the browser is turning into the place an assistant lives, and everybody who sells software wants to own that place. §Which leaves the other news I promised at the top, from the engines that aren't Chromium, and that's your corner, not mine."),

  seg('topic', F, 'Beyond Chromium: Firefox drops 32-bit Linux, Ladybird aims for a 2026 alpha, Servo starts releasing', ['Firefox', 'Ladybird', 'Servo', 'Gecko'], { mid: true }),
  say(F, "It is, and it's a mixed bag. Start with Firefox. Mozilla announced that Firefox 144 is the last version for 32-bit Linux on x86. People on those machines can move to the extended support release, 140, which gets security fixes until September next year, and after that they're on their own. ¦~ It's a tiny number of users, and most distributions stopped shipping 32-bit builds long ago, but every platform Gecko drops is one less place anyone can run a browser engine that isn't Blink or WebKit."),
  say(M, "And Gecko is the only one of the three that a giant doesn't own.", { cut: 1 }),
  say(F, "Exactly, which is why the small projects matter more than their market share. Ladybird, the engine that came out of SerenityOS, is a nonprofit now, funded by donations and sponsors rather than a search deal, and it's aiming for a first alpha on Linux and macOS in 2026. ¦~ It passes a bigger share of the Web Platform Tests every month, and Andreas Kling posts progress videos that are oddly soothing at four in the morning. And Servo, the engine written in Rust that started at Mozilla, now lives at Linux Foundation Europe and has started publishing numbered releases, mostly for people who want to embed an engine in their own app."),
  say(M, "What is Ladybird actually written in? I had it in my head that it was C++."),
  say(F, "It is, mostly, and last year they announced they'd start moving parts of it to Swift, slowly, with C++ interop doing the heavy lifting. ¦~ Which surprised everyone, because the obvious guess was Rust. Their argument was that Swift's C++ interoperability fitted a big existing C++ code base better. We'll see how far it goes."),
  say(M, "None of them is going to replace Chrome on my mother's laptop."),
  say(F, "No, and that isn't the point. The point is that the web stays a set of standards with more than one implementation, instead of whatever one code base happens to do."),

  seg('extra', F, "Felix's extras: Zen Browser for Arc refugees, and a red lamp for night feeds", ['Zen Browser', 'Zen']),
  say(F, "Can I do my extras first? If I don't say them now I'll forget them, and forgetting is the main symptom of a newborn. The first is where the Arc people went, or a lot of them: Zen Browser. It's built on Firefox, so it's a Gecko browser with uBlock Origin in full, and it copies the parts of Arc people loved: vertical tabs, workspaces, a split view, a compact mode that hides everything. ¦~ I've used it for three weeks and it's the first Firefox-based browser my designer friends haven't mocked."),
  say(M, "High praise from designers.", { cut: 1 }),
  say(F, "The highest available. The second is a lamp. A small red one, on a dimmer, for the night feeds. Red light doesn't wreck your night vision the way a white lamp does, so you can see the bottle and then actually get back to sleep afterwards. ¦ That's my whole list. §And you, what's on your extras list? Something I can buy, or something I have to compile?"),

  seg('extra', M, "Marta's extras: the Temporal API in Firefox, and an umbrella that survives Bilbao", ['Temporal', 'Temporal API'], { mid: true }),
  say(M, "Neither, it's something you get to use. Firefox shipped Temporal in the spring, in version 139, and I finally had a reason to use it this month. It's the replacement for JavaScript's Date object, which has been wrong about time zones since 1995. ¦~ Temporal has separate types for a calendar date, a wall-clock time and an exact instant, and the time zones are built in, so adding a month to the thirty-first of January does something you can explain to a product manager. The other engines are still working on it, so it's Firefox only for now, with a polyfill for everyone else."),
  say(F, "And the thing you can buy?"),
  say(M, "An umbrella. A cheap folding one with a double canopy that turns inside out in the wind and then just flips back. Given the weather I described at the top, it has been the most important piece of technology in my life this week."),

  seg('outro', M, 'Goodbye until next week', []),
  say(M, "Umbrellas aside, that's all we have time for. Links to everything we talked about are at ⟨addressbar.fm/63⟩, and if your intranet is about to start warning people about itself, write in, because we'd love to hear how it goes. Felix, welcome back, and please go and have a nap."),
  say(F, "I'll try. I promise nothing. Take care, everyone, see you next week."),
];

export const SPEAKERS = [
  { name: M, aliases: ['Marta Quintana', 'Marta', 'Quintana', 'MARTA'] },
  { name: F, aliases: ['Felix Amankwah', 'Felix', 'Amankwah', 'FELIX'] },
];
