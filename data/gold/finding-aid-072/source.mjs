// Source of Finding Aid #72 (SYNTHETIC held-out episode, heldout25): a one-host one-guest INTERVIEW about WEB ARCHIVING
// (why pages vanish, crawling, the WARC format, browser-based capture, replay and Memento, social media, legal deposit and
// the law, long-term preservation, AI crawlers and robots.txt, and advice). Host (invented): Piers Lanyon, in Norwich,
// who spent twenty years cataloguing a county record office's maps before starting the show and whose teenage GeoCities
// page about Norwich buses survives in the archives against his wishes (a running joke: set up in his first paragraph,
// fed in segments 2, 7 and 11, paid off in the outro). Guest (invented): Nokuthula Dlamini, who grew up in Durban, trained
// as a librarian in Cape Town, and leads web archiving at "the Quenby Trust", an invented charity in Leeds that archives
// the websites of local newspapers and community groups in the north of England. The sponsor "Quirewell" (daily
// captures of a company's own website for legal and compliance teams) is invented, as are the trust, its crawls, the
// parish council, the newspaper that closed, the council's planning pages, the storage room and every anecdote.
// Recorded Tuesday 14 October 2025, published Friday 17 October 2025; the standards, tools and events are real but told
// from memory.
// Rendered by build.mjs into rev.txt (a Rev.com-style export, heldout10's, heldout12's and heldout21's layout) and
// f4.txt (the transcript the show's producer typed in f4transkript and exported as text, with its timestamps at the end
// of every paragraph).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in rev.txt (the Rev transcriber: a product name misheard), B in f4.txt (the producer, who knows the field:
//              names and products spelt properly);
//   ¦          a new paragraph inside the turn in BOTH files: a new Rev block with the same name and a new time, and a new
//              f4 paragraph with no name;
//   ¶          a pause inside the turn (0.5 s on the clock);
//   {LAUGH}    laughter: Rev's `[laughs]`, f4's `(laughs)`;
//   {xt}       rev.txt only: Rev's `[crosstalk hh:mm:ss]`; ⟦…⟧ words Rev could not make out: `[inaudible hh:mm:ss]`.
// opts:
//   rev: 'typo'  rev.txt: this block's name is misspelt (a gold alias);
//   lab: X       f4.txt: the name before this paragraph when it is not the speaker's first name: null (the producer
//                typed no name at this change of speaker) or another name.
// Conventions (the interview convention of heldout22 to heldout24): every discussion topic is presented by the GUEST, who
// carries it, including the ones she raises herself; the host presents the intro, the sponsor (he reads it) and the
// outro; the host's question or cue belongs to the NEW segment.
import { say, seg } from '../build-episode.mjs';

export const H = 'Piers Lanyon';
export const G = 'Nokuthula Dlamini';

export const SOURCE = [
  seg('intro', H, 'Welcome to Finding Aid 72, with Nokuthula Dlamini', []),
  say(H, "Good afternoon, this is Finding Aid, episode 72, conversations about how we keep what we keep. I'm Piers Lanyon. I spent twenty years cataloguing maps in a county record office before turning to podcasting, and somewhere on the internet, preserved for ever, is a GeoCities page I made at fifteen about the buses of Norwich, with a visitor counter and a spinning red double-decker. ¦ My guest leads web archiving at the Quenby Trust, a charity in Leeds that keeps copies of local newspapers' websites and community sites across northern England before they disappear. She grew up in Durban, trained as a librarian in Cape Town, and her very first crawl took a parish council's website offline for an afternoon. Nokuthula Dlamini, welcome."),
  say(G, "Thank you, Piers. In my defence, the parish was tiny and the server ancient, and the clerk was lovely about it once the site came back. I've spent the twelve years since learning to be gentle with other people's machines. And I've already found the bus page, by the way."),
  say(H, "Naturally you have."),

  seg('topic', G, 'Why web pages vanish: link rot, reference rot, and 38 percent of 2013\'s pages gone ten years later', ['link rot', 'reference rot']),
  say(H, "The size of the problem first. How quickly does the web actually forget?"),
  say(G, "Faster than anyone expects. Last year the Pew Research Center took a large sample of pages that existed in 2013 and checked them ten years later, and thirty-eight percent were gone. ¶ Across everything they sampled from that decade, about a quarter had vanished. Over half of Wikipedia's articles had at least one dead link among their references, and nearly a quarter of news pages linked to something that no longer existed. ¦ That's link rot, the page simply disappearing. The sneakier version is reference rot, where the link still works but the page now says something different from what the author cited. A court judgement, a government policy, a news story corrected at midnight."),
  say(H, "And local news is the worst of it, I assume."),
  say(G, "Local news is where I live, professionally. When a small paper closes, its website usually goes with it within a year, because nobody pays the hosting bill. ¶ Fifteen years of council meetings, planning rows and obituaries, gone on the day the card expires. Historians of the next century will know more about Roman Norwich than about Norwich in 2009."),
  say(H, "Including my buses."),
  say(G, "Your buses are safe. {xt} I wish the papers were as lucky. ¶ What we do is simple to describe: we go and collect a copy before it's too late. §The collecting is where the craft lives, and the bulk of the craft is teaching a robot manners."),

  seg('topic', G, 'Crawling with Heritrix: seeds, scope, crawl traps and politeness', ['Heritrix', 'crawler', 'crawl'], { mid: true }),
  say(H, "Manners?"),
  say(G, "Manners. Our workhorse is {Heritrix|Heritrix}, the open-source crawler the Internet Archive released in 2004, written in Java. You give it seeds, the addresses where it starts, and scope rules, which say how far it may wander: this domain and its images, say, but not every site it links to. ¶ Then it requests a page, finds the links, requests those, and carries on until nothing in scope is left. ¦ The manners are politeness settings: how long to wait between requests, how many at once. A local paper's server is often one tired machine, and if you hit it as fast as you can, you take it down. Ask a certain parish council. {LAUGH}"),
  say(H, "What goes wrong, apart from parishes?"),
  say(G, "Crawler traps. The classic is a calendar widget with a next-month link that never ends, so the robot walks happily into the year 3000. ¶ Then there are sites that generate a new address for every combination of filters, or session numbers in every link, so the same page has ten thousand names. A good part of my week is reading crawl logs, spotting a loop and writing a rule to stop it. ¶ Our biggest annual job is the autumn crawl of about four hundred local sites, which takes three weeks on two machines in a storage room that used to hold the trust's coats."),
  say(H, "It sounds like gardening."),
  say(G, "It's exactly like gardening, pruning mostly. And every crawl comes back in one kind of file."),

  seg('topic', G, 'The WARC file: ISO 28500, request and response records, CDX indexes and deduplication', ['WARC', 'ISO 28500', 'CDX']),
  say(H, "That one kind of file, then. Tell me what's inside a {WARC|WARC}, because the name is all I've seen, on your slides.", { lab: 'Piers Lanyon' }),
  say(G, "A {WARC|WARC}, a web archive file, is an international standard, ISO 28500, which grew out of the Internet Archive's older format. It's refreshingly simple: a long sequence of records, one after another, usually compressed. ¶ There's a request record with exactly what the crawler asked for, a response record with exactly what the server sent back, headers and all, and metadata records describing the crawl itself. ¦ The point is fidelity. We don't save a tidy copy of the page, we save the conversation between the crawler and the server, byte for byte, so a historian can prove what was served on a particular day."),
  say(H, "Could I open one myself, with ordinary tools?"),
  say(G, "With a little help. Uncompressed, it's readable text headers with the content in between, so an editor will show it to you. Most of us use warcio, a Python library from Webrecorder, which reads and writes WARC files with a handful of lines of Python."),
  say(H, "How do you find anything in a pile of those?"),
  say(G, "With an index. A {CDX|CDX} file lists every address in the collection, with the time of capture and where the record sits in which WARC file, so replay can jump straight to it. ¶ And there's a clever trick for repeat crawls: if an image hasn't changed since last month, the crawler writes a small revisit record pointing to the old copy instead of storing it again. That saves us about a third of our disk."),
  say(H, "For a charity, a third of the disk is serious money."),
  say(G, "It's most of our money.", { lab: null }),
  say(H, "But Heritrix only sees what the server sends."),

  seg('topic', G, 'Browser-based capture with Browsertrix, logged-in profiles and the WACZ format', ['Browsertrix', 'WACZ', 'JavaScript']),
  say(G, "Only what the server sends, and that's increasingly the problem. A modern news site sends an almost empty page plus a heap of JavaScript, and the article only exists once a browser has run it. Heritrix doesn't run JavaScript, so it saves the empty shell. ¶ For those sites we use {Browser Tricks|Browsertrix}, from Webrecorder, which drives real browsers. It loads each page, scrolls to the bottom, clicks the load more button, plays the video, and records every request the browser makes while it works. ¦ It can even be given a browser profile that's logged in, for a paywalled paper that has agreed to let us in, though we think hard before we do."),
  say(H, "And it still writes WARC?"),
  say(G, "It writes {WACZ|WACZ}, which is WARC files packed into a zip together with an index, a list of pages and a small description, so one file is a complete archive you can open anywhere. ¶ That's lovely for a charity: we can hand a newspaper its own archive on a memory stick when it closes, and the editor can open it in a browser without installing anything. ¶ People cry, sometimes. Fifteen years of their work, on a stick the size of a thumb."),
  say(H, "Does the browser approach scale, though? It sounds slow."),
  say(G, "It is slow, ten or twenty times slower than Heritrix per page, so we use both. Heritrix for the bulk of a site, the archive pages and the images, and the browser crawler for the front page and the stories that need a browser to exist. ¶ Afterwards both go into one collection, and the replay doesn't care which robot fetched what."),
  say(H, "And the stick, I'd guess, lasts about five years."),
  say(G, "That's the reason we never hand over the only copy. The stick is a present, not a strategy."),

  seg('sponsor', H, 'Sponsor: Quirewell, daily captures of your own website for legal and compliance teams', ['Quirewell']),
  say(H, "A present is exactly what Quirewell would like to be for your legal team, and as Quirewell is footing this episode's bill, the pitch goes like this. ¦ Quirewell captures your organisation's own website every day with a real browser, every page, script and image, and keeps each capture as a standard archive file with a trusted timestamp. When someone asks what your terms and conditions said on the third of March, two years ago, you don't search old emails, you open the day itself. ¶ Compliance teams at banks, insurers and a few very nervous councils rely on it, because regulators increasingly ask for exactly that kind of evidence. ¶ Three months cost nothing at {quirewell.com/findingaid|quirewell.com/findingaid}. Quirewell keeps this programme on the air, and we're grateful to them. §Nokuthula, you've rescued all these files. How does anyone actually look at them again?"),

  seg('topic', G, 'Replay: pywb, ReplayWeb.page, the Wayback Machine and the Memento protocol, and temporal incoherence', ['replay', 'Memento', 'Wayback Machine'], { mid: true }),
  say(G, "Through replay software, the half of web archiving nobody notices. Most people know the Wayback Machine. We run {Pie WB|pywb}, the Python Wayback, which looks up each request in the index and serves the archived response, rewriting links so you stay inside the archive instead of wandering onto the live web. ¶ There's also {Replay Web Page|ReplayWeb.page}, which does the whole job inside your browser, using a service worker, so a WACZ file opens without any server. ¦ Between archives there's a standard called {Memento|Memento}, an internet RFC from 2013. You ask a TimeGate for a page as it was on a particular date, and it sends you to the closest copy, in whichever archive has one."),
  say(H, "Closest, not exact?", { lab: null }),
  say(G, "Closest, and that hides the most embarrassing secret of my profession. A page isn't one file, it's a hundred. When you replay it, the text might come from Tuesday, the photo from Thursday and the weather widget from the following March. ¶ We call it temporal incoherence. I once found an archived article about a flood illustrated by a sunny forecast from a different week."),
  say(H, "That's a historian's nightmare."),
  say(G, "It's why good replay tools show you the capture date of every piece, if you know where to look."),
  say(H, "What did the bus page look like, when you replayed it?"),
  say(G, "Pristine, and the counter is stuck at two hundred and twelve."),
  say(H, "Two hundred and twelve visitors in 2001 was a triumph."),
  say(G, "A triumph, absolutely. §Social media is where even the counters are gone."),

  seg('topic', G, 'Archiving social media after the closed APIs: X, CrowdTangle, and Bluesky\'s open firehose', ['social media', 'API', 'Bluesky'], { mid: true }),
  say(G, "Ten years ago, if a town's flood was discussed on Twitter, an archive could collect those posts through the API, cheaply and in bulk. In 2023 the company that's now X put that behind a price list no charity could dream of paying. ¦ Last year Meta closed CrowdTangle, the tool researchers and journalists used to follow public posts on Facebook and Instagram. So the conversation around local events, which moved from newspapers to social media, is now mostly locked away."),
  say(H, "Is anything going the other way?"),
  say(G, "Bluesky, interestingly. It's built on the AT Protocol, and every public post flows through an open firehose that anyone can read. ¶ We've started collecting public posts from a handful of local accounts there, councils, fire services, ⟦a couple of reporters,⟧ with a lot of care, because public doesn't mean people expect to be preserved. ¦ Our rule is institutions first, individuals only with consent, and anything deleted by its author stays deleted in our public view."),
  say(H, "That's a generous rule."),
  say(G, "It's the rule I'd want for myself.", { rev: 'typo' }),
  say(H, "How do you choose which accounts matter, when a town has thousands?"),
  say(G, "We ask the people who'd know. Librarians in the local branches send us lists, as do the editors we already work with. A flood, a factory closure, a by-election: for a fortnight or so we widen the net, then narrow it again. ¶ It's curation, the same judgement a librarian made about which pamphlets to keep in 1850, just faster and with more emoji."),

  seg('topic', G, 'Legal deposit and the law: the 2013 regulations, the British Library attack and Hachette v. Internet Archive', ['legal deposit', 'copyright', 'British Library']),
  say(H, "And who gives you permission to keep any of it? I'm genuinely unsure what the law says."),
  say(G, "In the United Kingdom the big national libraries have had legal deposit for websites since 2013. The regulations that year let them harvest anything published on the UK web, without asking, much as they've always received every printed book. ¶ The catch is access: most of it can only be read on the premises, in the reading rooms. ¦ We're not a legal deposit library, so we work with permissions. We write to every paper, and nearly all are delighted that anybody cares.", { lab: null }),
  say(H, "And when the library itself has trouble?"),
  say(G, "Then everybody has trouble. In October 2023 the British Library was hit by a ransomware attack, and the UK Web Archive went offline with everything else. It stayed dark for many months, and meanwhile much of the country's web memory was out of reach. ¶ I don't say that to criticise them. It's a warning to every archive: your collection is only as safe as your network."),
  say(H, "And the Internet Archive's court case?"),
  say(G, "That was about books, not websites: publishers sued over the lending of scanned books, and last year the appeal court sided with the publishers. ¶ The worry in my world was never the books themselves, it was the legal bill. One lawsuit can threaten an institution that also happens to hold the biggest web archive on earth. ¦ They had a rough autumn last year too, a data breach and attacks that took the Wayback Machine offline for days."),

  seg('topic', G, 'Keeping it for a century: fixity checks, copies in several places, DROID and PRONOM, and Flash through Ruffle', ['fixity', 'DROID', 'Ruffle']),
  say(H, "Everything you've described so far is about getting the files. What about keeping them for a hundred years?"),
  say(G, "What's a hundred years, in your record office?"),
  say(H, "A bad afternoon. We had maps from 1590.", { lab: 'Nokuthula' }),
  say(G, "Then you know half of it already: several copies, in different places, checked regularly. Every file we keep has a checksum, a fingerprint, and a job recomputes it every few months and compares. If a single bit has flipped on a disk, we find out and restore from another copy. ¶ We keep three copies, one on tape in a different city. There's an old slogan in the field, lots of copies keep stuff safe, which is also the name of a project from Stanford. ¦ The other half is formats. A map stays readable while there are eyes. A file needs software that still understands it, so we run {Droid|DROID}, a tool from the National Archives at Kew, which identifies the format of every file against a registry called {Pronoun|PRONOM}."),
  say(H, "Which formats keep you awake?"),
  say(G, "Flash, above all. Local papers in 2005 loved Flash: interactive maps, photo galleries, election results. Browsers dropped it when 2020 ended, so those pieces went blank in every archive. ¶ What rescued them is {Ruffle|Ruffle}, a Flash player written in Rust that runs inside the browser as WebAssembly. We plug it into our replay, and the 2005 election map works again."),
  say(H, "That's the first happy story of the afternoon."),
  say(G, "I ration them."),

  seg('topic', G, 'AI crawlers and robots.txt: sites blocking GPTBot and Common Crawl, Cloudflare\'s defaults, and the archives caught in between', ['AI crawlers', 'robots.txt', 'Cloudflare']),
  say(H, "Rationed, then. Here's an unhappy one I suspect you'll have views on: the AI companies and their crawlers."),
  say(G, "Strong views. Since 2023, lots of publishers have added the AI crawlers, OpenAI's GPTBot and the rest, to their {robots.txt|robots.txt} files, the little text file that tells robots where not to go. ¶ Fair enough, but many of them blocked every crawler they didn't recognise while they were at it, including ours and {Common Crawl|Common Crawl}, which has been building open web archives for researchers since 2008. ¦ This summer Cloudflare started blocking AI crawlers by default on newly added sites, and is experimenting with charging them for every page. Archives get caught in that net unless somebody thinks of us."),
  say(H, "Does the Internet Archive obey robots.txt?"),
  say(G, "Not as strictly as before. Back in 2017 it said robots files written for search engines didn't make sense for archives, and largely stopped obeying them. ¶ We take the opposite approach, because we're small and we need goodwill: we obey the file, and if it blocks us, we write to the editor. Almost always they didn't mean us at all. ¶ The irony is that the AI companies mostly had the text already, and the archives are the ones being shut out now."),
  say(H, "And the tenth?"),
  say(G, "The tenth thought we were a chatbot. It took three emails and a phone call, and now their robots file has a line with our crawler's name in it, letting us through."),
  say(H, "Three emails is a bargain, honestly."),

  seg('topic', G, 'Advice: Save Page Now, ArchiveWeb.page, Perma.cc and Robust Links, and building sites that archive well', ['Save Page Now', 'Perma.cc', 'archive']),
  say(H, "One last thing before the papers of Yorkshire want you back. Say a listener runs a small website, or cites the web in their work. What's their homework for tomorrow?"),
  say(G, "Three habits. If you cite a web page, archive it when you cite it. Put it through Save Page Now at the Wayback Machine, or use {Perma CC|Perma.cc} if you're a lawyer or a scholar, and link to both the live page and the copy. ¶ There's a little convention called Robust Links for exactly that. ¦ Running a site? Keep it archivable: real links that a robot can follow, pages that show their content without a login, and no infinite scrolling without a plain page-two link underneath. Test it by capturing your own site with {ArchiveWeb.page|ArchiveWeb.page}, a browser extension, and opening the result. ¶ And if you care about something, a club, a campaign, your grandmother's recipe blog, tell an archive about it. Most national and regional archives take nominations, and we certainly do. We can only save what somebody mentions."),
  say(H, "And what about the robots that fix old links for us?"),
  say(G, "They're real and they're wonderful. On Wikipedia a bot called InternetArchiveBot has replaced millions of dead references with links to archived copies, which is probably the largest piece of link repair ever done. ¶ It only works because somebody archived the page in time, though. The bot can't rescue what nobody captured."),
  say(H, "Including my buses."),
  say(G, "Especially your buses. The link is coming to you tonight, and I'll make sure the counter knows it was you."),

  seg('outro', H, 'Goodbye', []),
  say(H, "Please, no. Nokuthula, every minute has been a pleasure, and dead links will never look the same to me. Thanks for making the trip."),
  say(G, "Thank you, Piers. Go and save something today."),
  say(H, "That was Finding Aid. The notes list everything we mentioned, bus page excepted. Goodbye from Norwich."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Piers', 'Lanyon', 'Piers Lanyon'] },
  { name: G, aliases: ['Nokuthula', 'Dlamini', 'Nokuthula Dlamini', 'Nokuthula Dhlamini'] },
];
