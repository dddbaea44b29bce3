// Source of Leap Second #35 (SYNTHETIC held-out episode, heldout21): a two-host CONVERSATIONAL co-host show with no
// rundown: two friends who both fight with TIME in software (time zones, daylight saving, clocks, leap seconds, dates)
// talk, and the topics drift, raised by either host, often by the one who does NOT carry them. Hosts (invented): Zofia
// Wierzbicka, a backend engineer at a company that makes shift-planning software for hospitals, in Kraków, who opens and
// closes the show; Cormac Twomey, a firmware engineer at a company that makes tide gauges and weather buoys, in Cork,
// whose oven clock is still on summer time. The companies, the night shift and the payroll hour, the hospital in
// Coyhaique, the Java service, the 2012 night on call at a hosting company, the buoys and their GPS receivers, the tide
// gauges from 2011, the December file names, the son and every anecdote are invented. Recorded Thursday 30 October 2025;
// the technology is real but told from memory.
// Rendered by build.mjs into stt.txt (raw speech-to-text output: one paragraph per turn, no names, no stamps) and
// whisper.tsv (Whisper's TSV output: one line per recogniser segment, no speakers at all).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in stt.txt (one service's recogniser), B in whisper.tsv (Whisper): a misheard name, a number written
//              in words or in digits, a command or an identifier as the recogniser heard it.
//   ¶          a pause inside a turn (0.5 s on the clock): whisper.tsv may end a line there; stt.txt ignores it.
// opts:
//   swallow    stt.txt: a back-channel said over the other host, with no turn of its own: it sits INSIDE the other
//              host's paragraph (gold: the majority speaker, `ambiguous`).
// Conventions: presenter = the host who carries the topic (brings the story, the opinion, the knowledge); a topic
// raised by one host and carried by the other is presented by the one who carries it, and the line that raises it
// belongs to the NEW segment; the welcome and the goodbye are the intro and the outro, presented by Zofia.
import { say, seg } from '../build-episode.mjs';

export const Z = 'Zofia Wierzbicka';
export const C = 'Cormac Twomey';

export const SOURCE = [
  seg('intro', Z, 'Welcome to Leap Second 35', []),
  say(Z, "Hello and welcome to Leap Second, number 35, a podcast from a pair of friends who think about clocks far more than is healthy. I'm {Zofia|Sofia} {Vierbitska|Wierzbicka}, I'm in Kraków, and I spent most of Monday apologising to nurses."),
  say(C, "And I'm {Cormac|Cormack} {Toomey|Twomey}, in Cork. The clocks went back on Sunday, and I would like everyone to know that the clock on my oven is still on summer time, and it's going to stay that way until March, out of principle."),
  say(Z, "That's not a principle, that's a broken button."),
  say(C, "It's a principle with a broken button. The manual says to hold two buttons for three seconds. I held them for a very long time and the oven started a cleaning cycle."),
  say(Z, "How long does a cleaning cycle take?"),
  say(C, "Four hours, with the door locked, and the lasagne was inside."),
  say(Z, "You've just described my whole week, but with a hospital."),

  seg('topic', Z, 'The night shift that lasted thirteen hours: daylight saving, payroll, and storing future times with their zone', ['daylight saving', 'time zone', 'night shift']),
  say(C, "So how did the night shift go? You were dreading it last week."),
  say(Z, "So, background for anybody new. We make the software hospitals use to plan shifts, and then payroll reads the hours out of it. On Sunday morning the clocks in Poland went from three back to two. ¶ A night shift from eight in the evening to eight in the morning was thirteen hours long that night, not twelve, because the hour between two and three happened twice. Our code took the start and the end as local wall-clock times, subtracted one from the other and got twelve."),
  say(C, "So every nurse on nights got paid for twelve."),
  say(Z, "Every nurse on nights, in four hospitals, was missing an hour on the draft payroll on Monday morning. Nobody actually lost money, because a very sharp woman in a payroll office in Gdańsk caught it before the run, but I spent Monday on calls explaining what an ambiguous local time is to people who had worked all night."),
  say(C, "Yikes.", { swallow: true }),
  say(Z, "And in March it goes the other way: the night shift is eleven hours, and two thirty in the morning simply doesn't exist."),
  say(C, "What was the fix?"),
  say(Z, "The fix is the rule everybody learns exactly once. For things that already happened, store the instant, in UTC, and work out the local time only when you show it. For things in the future, like a shift next spring, store the local date and time plus the zone name, Europe/Warsaw, not an offset like plus one. ¶ An offset is only true on the day you wrote it down. If the government changes the rules between now and the shift, the zone name follows the new rules and the offset doesn't. And durations get computed in the zone, so the computer knows that night has an extra hour in it."),
  say(C, "And that's all fixed before the spring?"),
  say(Z, "The code is, and it's tested against the last ten years of clock changes in every zone we have customers in. The data was harder. Every shift already booked for next March had to be checked, and we found a few hundred stored with a fixed offset by an import script somebody wrote in 2019."),
  say(C, "The government changing the rules sounds very theoretical until it isn't."),
  say(Z, "It isn't theoretical at all, and that's the other half of my week. §Do you remember our customer in Chile, the hospital in Coyhaique?"),

  seg('topic', Z, "When a region changes its clocks: the tz database, Chile's new zone for Aysén, and the stale copies in Java and containers", ['tz database', 'tzdata', 'IANA'], { mid: true }),
  say(C, "The one where you learnt to say Coyhaique properly?"),
  say(Z, "The very same. Earlier this year the Aysén region in the south of Chile decided not to turn its clocks back in April like the rest of the country. It stays on summer time all year now. The people who maintain the time zone database, the {tz|TZ} database at IANA, added a new zone for it, America/Coyhaique, in a release in the spring. ¶ And then every system that had its own copy of the database needed updating, and that's where it went wrong for us."),
  say(C, "Because nobody updates the copy."),
  say(Z, "Nobody even knows how many copies they have. The operating system has one, in the {TZ data|tzdata} package. Java ships its own inside the runtime, and there's a separate tool just to update it. Browsers and Node use the copy inside {ICU|I.C.U.}. Python reads the system one, or a {TZ data|tzdata} package from {pie pie|PyPI} if there isn't one. ¶ And the slim container images some of our services run on had no time zone data at all, so they quietly treated everything as UTC. Our rota service ran on a Java version from before the release, so in April the shifts in Coyhaique showed up an hour off on the screen for about a week."),
  say(C, "And the phones? I'd have guessed the phones were the problem."),
  say(Z, "Phones are the one place it mostly works, because the operating system vendors push the update along with everything else. The hospital's own tablets were fine. It was our servers that were wrong, which is the embarrassing way round."),
  say(C, "How often does that database change, in a normal year?"),
  say(Z, "Several releases a year, and sometimes the notice is shocking. Paraguay decided last year to stay on summer time permanently, with a few weeks' warning. There have been countries that changed their rules with days of notice, around elections or during Ramadan. ¶ The maintainers do amazing work, for free, with a mailing list and a lot of patience, and the best thing any of us can do is make sure our systems take their updates the same week, the way you'd take a security fix."),
  say(C, "It's the one dependency everybody has and nobody lists."),
  say(Z, "And it's invisible until a nurse in Patagonia turns up for a shift an hour early. §Which is nothing compared with the night you had in 2012, isn't it? You've promised me that story for three years."),

  seg('topic', C, 'The leap second of 2012, leap smearing, and the vote to stop leap seconds by 2035', ['leap second', 'leap smearing', 'UTC'], { mid: true }),
  say(C, "I have, and it's finally time. In June 2012 I was on call at a web hosting company, my first job out of university. At midnight UTC on the thirtieth of June, which was one in the morning for us, the world added a leap second: the clock read twenty-three fifty-nine and sixty. ¶ And at about one minute past one, every graph I had went vertical. Hundreds of servers at a hundred percent CPU, doing nothing. Java processes, {My SQL|MySQL}, anything that used a certain kind of timer."),
  say(Z, "What was actually going on?"),
  say(C, "A bug in the Linux kernel. When the leap second was inserted, one internal clock was updated and another wasn't, so timers that should have fired a second later fired immediately, again and again, and programs sat in a loop waking up for no reason. ¶ The fix, once somebody on a mailing list worked it out, was absurd: set the system date to itself. You ran one command that said the date is now the date, the kernel recomputed its timers and the load fell off a cliff."),
  say(Z, "Ha, brilliant.", { swallow: true }),
  say(C, "I typed it on about three hundred machines with a shell loop at four in the morning. Half the internet had the same night: Reddit was down, airline booking systems had trouble."),
  say(Z, "And leap seconds are still a thing?"),
  say(C, "For the moment they are. There have been {twenty-seven|27} since 1972, the last one at the end of 2016. ¶ The big companies stopped living through them directly. Google smears the leap second: for twenty-four hours around it, its time servers run each second very slightly long, so the extra second is spread out and no clock ever reads sixty. Amazon and Meta do something similar. The problem is that a smeared clock and an unsmeared clock disagree by up to half a second that day, so you mustn't mix them."),
  say(Z, "And then the standards people gave up on them entirely, didn't they?"),
  say(C, "In 2022 the General Conference on Weights and Measures voted to stop adding leap seconds by 2035, and to let the gap between atomic time and the Earth's rotation grow larger before anybody does anything about it. ¶ The funny part is that the Earth has been spinning slightly faster lately, so the next one could have been a negative leap second, a minute with fifty-nine seconds, which has never happened, and which I'm fairly sure no code on Earth has ever been tested against."),
  say(Z, "A minute with fifty-nine seconds would bring down my whole company."),
  say(C, "It would bring down my oven."),

  seg('topic', Z, 'timestamptz does not store a time zone: Postgres timestamps, offsets and zone names', ['timestamptz', 'Postgres', 'time zone']),
  say(C, "Actually, can I ask you the database question I'm too embarrassed to ask at work? We've just started keeping buoy data in Postgres, and the other day somebody told me that timestamp with time zone doesn't store a time zone, and I laughed, and he didn't."),
  say(Z, "He was right, and it's my favourite piece of bad naming in all of computing. In Postgres, timestamp with time zone, {timestamp TZ|timestamptz} for short, stores an instant. When you insert a value with an offset, it converts it to UTC and throws the offset away. When you read it back, it converts it to whatever time zone your session is set to. ¶ So the same row looks like ten o'clock to a server in Dublin and eleven o'clock to a laptop in Kraków, and nothing anywhere remembers what the original zone was."),
  say(C, "And the one without time zone?"),
  say(Z, "Timestamp without time zone stores a wall-clock reading, a date and a time with no idea where on Earth it was. That's exactly what you want for a future shift that starts at eight in the morning local time, as long as you store the zone name in the column next to it. ¶ For your buoys, you want timestamptz and nothing else, because a measurement happened at one instant, and you'll want to compare buoys in different places without thinking."),
  say(C, "What trips people up most, in your experience?"),
  say(Z, "Three things, mostly. First, the session time zone: the database driver sets it, often from the machine it runs on, so the same query gives different text on a developer's laptop and on the server. ¶ Second, {at time zone|AT TIME ZONE}, which converts in one direction when you give it a timestamptz and in the opposite direction when you give it a plain timestamp, and I have to look it up every time I use it. Third, {now|now()} is the time the transaction started, not the time of the statement, so a long transaction writes the same time on every row. If you want the actual clock, it's {clock timestamp|clock_timestamp}."),
  say(C, "I'm writing all of this down."),
  say(Z, "Write down one more: in an API, send {RFC thirty-three thirty-nine|RFC 3339} strings with an offset, and if the time is in the future, send the zone name as well. An offset is a fact about one moment. A zone is a set of rules."),

  seg('topic', C, 'Keeping clocks in step: NTP and chrony, PTP in the data centre, GPS time on a buoy, and monotonic clocks', ['NTP', 'PTP', 'GPS', 'monotonic clock']),
  say(C, "Moments are exactly where my buoys and your database part ways. They don't care what time zone it is. They care whether their clock is right at all."),
  say(Z, "How wrong can a buoy be?"),
  say(C, "Very, if you let it. A cheap crystal drifts a couple of seconds a day, more when the water is cold. Our buoys carry a GPS receiver anyway, for position, and GPS gives you very good time for free, plus a pulse exactly on each second that you can wire straight into the microcontroller. ¶ The catch is that GPS time has no leap seconds. It's been ahead of UTC by {eighteen|18} seconds since the last one, and the receiver is supposed to apply the difference. And old receivers count weeks in a ten-bit number, so every nineteen and a bit years the week count rolls over to zero. In April 2019 a batch of our oldest gauges woke up convinced it was 1999."),
  say(Z, "That sounds like a very bad film."),
  say(C, "It was a very bad Saturday. On land it's easier. Servers use NTP, the Network Time Protocol, and these days most Linux distributions run {Chrony|Crony} rather than the old ntpd. Over the internet you get within a few milliseconds, which is plenty for most things. ¶ Inside a data centre people now want much better than that, and they use PTP, the Precision Time Protocol, with timestamps taken in the network card's hardware. Meta moved its fleet to it, and Amazon offers microsecond-level time on some of its instances. For databases that order transactions by timestamp, a microsecond of uncertainty is worth real money."),
  say(Z, "And for the rest of us the lesson is not to trust the wall clock at all, isn't it?"),
  say(C, "For measuring how long something took, never. The wall clock can jump: NTP steps it, somebody fixes it by hand, a virtual machine comes back from a pause. Use the monotonic clock, which only ever goes forward. ¶ In Java that's {nano time|nanoTime} rather than {current time millis|currentTimeMillis}, in Python it's {time dot monotonic|time.monotonic}. I once watched a retry loop of ours wait minus fifty seconds, because the wall clock had been corrected backwards in the middle of it."),
  say(Z, "Minus fifty seconds is a very optimistic timeout."),
  say(C, "It retried immediately, forever. We've all been there."),

  seg('topic', C, 'The year 2038 problem: 32-bit time_t, Debian trixie\'s 64-bit time_t transition, and devices that outlive their firmware', ['2038', 'time_t', 'Y2038']),
  say(Z, "Are your tide gauges going to survive 2038?"),
  say(C, "Do you mean the gauges, or the man who wrote their firmware in 2011? Because that's me, and I have thoughts. ¶ The short story, for anybody who's been spared it: Unix time counts seconds since the start of 1970, and on a lot of systems it's kept in a signed {thirty-two-bit|32-bit} number. That number runs out at fourteen minutes past three in the morning, UTC, on the nineteenth of January 2038, and the next second it wraps round to December 1901."),
  say(Z, "Which is only twelve years away."),
  say(C, "Twelve years and a bit, and a tide gauge is designed to sit on a harbour wall for twenty-five. The gauges from 2011 keep time in their own counter, and I checked this summer, with some sweating: it's an unsigned {thirty-two-bit|32-bit} number, so they're fine until 2106, by which point I'll be somebody else's problem. ¶ The harder part is everything around them, the Linux boxes in the harbour offices, the loggers, the old modems."),
  say(Z, "Isn't Linux fixed by now?"),
  say(C, "The kernel has had {sixty-four-bit|64-bit} time for years, even on {thirty-two-bit|32-bit} processors. The pain is in everything built on top. This year's Debian release, {trixie|Trixie}, finished moving its {thirty-two-bit|32-bit} ARM ports to a {sixty-four-bit|64-bit} {time T|time_t}, and it took them about two years, because every library that passes a time around in its interface changed its binary interface. ¶ Hundreds of packages got renamed with {T sixty-four|t64} on the end. And then there are formats: {My SQL|MySQL}'s TIMESTAMP column still stops in January 2038, some old file systems store {thirty-two-bit|32-bit} times on disk, and there are binary file formats of our own I'd rather not talk about."),
  say(Z, "How would you even test that?"),
  say(C, "You set the clock forward on a test machine and watch what breaks. Or, on embedded kit, you feed the counter a value a few minutes before the end and leave it running over lunch. We found two bugs that way in a logger this year, in a library nobody has touched since 2009."),

  say(C, "Library archaeology seems to be the theme this week. §Is it true your team finally got rid of Moment?"),
  seg('topic', Z, 'Temporal in JavaScript: Firefox ships it, Moment.js retires, and a date API that knows the difference between an instant and a wall clock', ['Temporal', 'JavaScript', 'Moment.js'], { mid: true }),
  say(Z, "It is, and it felt like moving house. {Moment JS|Moment.js} has been in maintenance mode since 2020, and its own maintainers tell you not to use it for new projects. We had it everywhere in the front end. ¶ We moved to {Lux on|Luxon} for now, and the plan is Temporal as soon as the browsers we support all have it. Temporal is the new date and time API for JavaScript, a proposal that's been at stage three for years, and this spring Firefox became the first browser to ship it. Chrome is working on it, Safari too, and there are good polyfills in the meantime."),
  say(C, "What does it fix that Date doesn't?"),
  say(Z, "Date has one type for everything, and that type is an instant pretending to be a wall clock in your laptop's time zone. Months start at zero, it changes in place when you add to it, and parsing a string is a lottery."),
  say(C, "Mm, it is.", { swallow: true }),
  say(Z, "Temporal gives you separate types for separate ideas: an Instant for a moment in time, a {zoned date time|ZonedDateTime} for a moment in a particular zone, a {plain date|PlainDate} for a birthday that doesn't belong to any zone, a {plain time|PlainTime} for eight in the morning, and a Duration. Everything is immutable, and arithmetic across a daylight saving change does the right thing."),
  say(C, "So Sunday's night shift, in Temporal, would be what?"),
  say(Z, "Would be a {zoned date time|ZonedDateTime} in Europe/Warsaw from eight to eight, and asking for the difference in hours gives you thirteen, without anybody thinking about it. I'd have given a great deal for that on Monday."),
  say(C, "Is the polyfill heavy?"),
  say(Z, "Heavy enough that we load it only on the pages that do date arithmetic, which in a rota planner turns out to be nearly all of them. I'd still rather ship a few dozen kilobytes than explain another missing hour to a payroll office."),

  seg('topic', C, 'The week-year bug: YYYY versus yyyy, ISO week numbers, and why the last days of December break date formats', ['week-based year', 'ISO week', 'YYYY']),
  say(C, "I'll give you one more for the December list, since it's nearly that time. Years ago our daily tide reports were written to files named by date. On the twenty-ninth of December, the files started coming out dated the next year. Not the date inside, just the name."),
  say(Z, "Capital Y?"),
  say(C, "Capital Y. In Java's date formats, and Swift's, and plenty of others, lower-case y is the calendar year and capital Y is the week-based year, the year that the ISO week belongs to. For most of the year they're identical, so every test passes. ¶ ISO weeks start on a Monday and week one is the week with the first Thursday of the year in it, so the last few days of December can belong to week one of the next year. Twitter's Android app famously logged people out for a day at the end of 2014 because of exactly that. And this year it happens again: the twenty-ninth of December is the Monday of week one of 2026."),
  say(Z, "How did you find it in the end?"),
  say(C, "A harbour master in Kerry rang to ask why his December readings were filed under a year that hadn't happened yet. It took us an afternoon to find one letter. Now there's a test that formats the last three days of December with every format string we own."),
  say(Z, "And 2026 has a week fifty-three, because it starts on a Thursday. I checked that last week for the rota planner."),
  say(C, "Naturally you checked. Week fifty-three is the other bug. Somebody always has an array with fifty-two slots in it."),
  say(Z, "We had one of those. It was a perfectly good array until it wasn't. §I think that's our hour, unless you'd like to tell everyone how to reset an oven clock."),

  seg('outro', Z, 'Goodbye', [], { mid: true }),
  say(C, "Not in this life. At the end of March it becomes right again, all by itself, and stays right until next October."),
  say(Z, "If your software did something strange on Sunday, write and give us the gory details; the website has the notes for everything we covered. Thanks, {Cormac|Cormack}."),
  say(C, "Thanks, {Zofia|Sofia}. Mind the clocks, everyone."),
];

export const SPEAKERS = [
  { name: Z, aliases: ['Zofia Wierzbicka', 'Zofia', 'Wierzbicka', 'Vierbitska', 'Zofia Vierbitska', 'Sofia', 'Sofia Wierzbicka'] },
  { name: C, aliases: ['Cormac Twomey', 'Cormac', 'Twomey', 'Toomey', 'Cormac Toomey', 'Cormack', 'Cormack Twomey'] },
];
