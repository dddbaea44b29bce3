// Source of Holding Pattern #72 (SYNTHETIC held-out episode, heldout27): a two-host weekly AVIATION SOFTWARE news show in
// the style of the seed (air traffic control outages, the charts and navigation data every cockpit loads, flight
// simulators, GPS jamming and spoofing, satellite Wi-Fi on airliners, an airline suing a security vendor). Hosts
// (invented): Malin Sundqvist, in Linköping, who writes display software for cockpit computers under DO-178C and who opens
// and closes the show; Dwayne Pettibone, in Wichita, a flight instructor at a small school who writes the school's iPad
// booking app. The sponsor "Cleartrim" (maintenance tracking for small fleets) is invented, as are the hosts, their jobs,
// the flight school, its 1978 Cessna 152 "Biscuit" whose radio only works after two knocks on the panel (the running
// joke: set up in the intro, fed in segments 2, 6 and 7, paid off in the outro), Malin's partner and every anecdote.
// Recorded Wednesday 21 May 2025; the news is real but told from memory.
// Rendered by build.mjs into web.txt (a seed-like page, FIRST NAMES in capitals on the first two paragraphs only) and
// descript.txt (a Descript plain-text export with speaker names and timecodes).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the show's transcription service, checked by a person), B in descript.txt (Descript's own
//              recogniser, uncorrected: misheard names, the URL written out, the Swedish spelled the English way);
//   ⟨...⟩      a spoken URL (always inside the A of a {A|B}): dropped from web.txt with the following punctuation;
//   ¦~ / ¦     web.txt only: the page starts a new paragraph here (mid-turn), losing (¦~) or keeping (¦) the next word;
//   ¶          descript.txt only: Descript starts a new paragraph here, inside the turn (a timecode, no name).
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   typo: X    descript.txt: the speaker name on this block is misspelt X (an alias in the gold).
// Conventions (the news convention of heldout18 to heldout26): presenter = the host who BRINGS the item, and a hand-over
// line belongs to the NEW segment, also when the other host speaks it; the sponsor's presenter is its reader; extras are
// one segment per host, kind `extra`, presented by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const M = 'Malin Sundqvist';
export const D = 'Dwayne Pettibone';

export const SOURCE = [
  seg('intro', M, 'Welcome to Holding Pattern 72', []),
  say(M, "{Hej hej|Hey hey}, and welcome to Holding Pattern, episode seventy-two, the show about all the software between you and the runway. I'm Malin {Sundqvist|Sundquist}, it's Wednesday the twenty-first of May, and in {Linköping|Linkoping} I write the code that draws the attitude indicator on cockpit displays, under DO-178C, which means every line I write has a requirement, a test, and a reviewer who doesn't like me."),
  say(D, "And I'm Dwayne Pettibone in Wichita, Kansas, where I teach people to fly at a little school out by the river, and I write the iPad app that books our airplanes. Both of our airplanes. Well, one and a half."),
  say(M, "How's Biscuit?"),
  say(D, "Biscuit is a nineteen seventy-eight Cessna 152 and she is fine, as long as you remember the tap. Her radio cuts out unless you knock on the panel twice, right above the transponder. Every student learns the tap before they learn to flare."),
  say(M, "That is not in any pilot's operating handbook."),
  say(D, "It's in ours. In pencil."),
  say(M, "Okay. So, the board for today. A radar picture in Philadelphia that went dark, and the company that prints everybody's charts getting a new owner; then a flight simulator half a year after its, um, bumpy launch, and a word from the people paying for our coffee. ¦~ After that, satellites that lie about where you are, satellites that give you free Wi-Fi, and an airline taking a security company to court. Then a pick each, and we let you go."),

  seg('topic', D, 'Newark\'s radar and radio blackout, and the FAA\'s plan to replace its copper, floppy disks and paper strips', ['Newark', 'air traffic control', 'FAA']),
  say(M, "The radar one's yours, since you've been sending me photos of copper cable all week.", { cut: 1 }),
  say(D, "Guilty. So. April twenty-eighth, a Monday afternoon. The controllers who handle arrivals into Newark actually sit in Philadelphia, because the FAA moved that airspace down there last summer. And for something like ninety seconds they lost the radar picture and they lost radio with the airplanes they were working. ¦~ Screens frozen or blank, pilots calling into nothing. Nobody came close to anybody, thank goodness, but several controllers went out on trauma leave afterwards, and with one of Newark's runways already closed for construction, the airport just, it melted down for weeks."),
  say(M, "Ninety seconds is a very long time on an approach."),
  say(D, "It's forever. Picture yourself at three thousand feet, in cloud, and the voice in your ear just stops. You keep flying your last clearance and you wait, that's the training, but nobody enjoys it."),
  say(M, "Did they try knocking on the panel twice?"),
  say(D, "I offered. The cause, as far as anybody's said publicly, is the link that carries the radar data and the radio from New York down to Philadelphia: old copper telecom lines, and when they failed, the backup didn't take over cleanly. ¦~ And it happened again on the ninth and the eleventh of May, shorter. United cut thirty-five round trips a day out of Newark, and the FAA capped the arrivals."),
  say(M, "And then the government turned up with a plan."),
  say(D, "On the eighth. Transportation Secretary Sean Duffy stood up and promised a brand new air traffic control system, and he said out loud the thing everybody in the industry already knew: parts of it still run on floppy disks and paper strips. ¦~ The plan is to replace the copper with fiber, satellite and wireless links, swap out hundreds of radars, build new towers and TRACONs, and the price tag is in the tens of billions, which Congress still has to find."),
  say(M, "Floppy disks I believe. We still have a drawer of them at work for an old data loader."),
  say(D, "Of course you do. What bugs me is that none of this is news. The inspector general has been writing reports about aging systems for years, and it takes ninety seconds of silence over New Jersey to get a press conference."),
  say(M, "It reminds me of the NATS failure in Britain, August twenty twenty-three. A flight plan came in with two waypoints that had the same short name, one in France and one in North Dakota, and the system that processes flight plans couldn't make sense of it. It stopped, the backup got the same plan and stopped too, and controllers were typing flight plans in by hand for hours."),
  say(D, "And the lesson there was?"),
  say(M, "That a backup running the same code on the same input isn't really a backup. The review said so, very politely."),

  seg('topic', M, 'Boeing sells Jeppesen and ForeFlight to Thoma Bravo for $10.55 billion', ['Jeppesen', 'ForeFlight', 'Thoma Bravo']),
  say(M, "My story lands on my desk every twenty-eight days, literally. Boeing is selling {Jeppesen|Jeppeson}, along with {ForeFlight|Fore Flight} and a couple of smaller data companies, to the private equity firm {Thoma Bravo|Thomas Bravo}, for ten and a half billion dollars. It was announced in April and should close later this year. ¦~ Boeing needs the money, after the strike and, well, everything else, so it's selling what it calls non-core businesses."),
  say(D, "Huh. ForeFlight is on every iPad at our school. Both of them."),
  say(M, "Then you're part of the deal. Jeppesen started as one pilot's notebook of airfield sketches in the nineteen-thirties and became the company whose charts everybody flies. For me it's the navigation database, though. ¦~ Every twenty-eight days, on the {AIRAC|A rack} cycle, a new database of waypoints, airways and procedures gets loaded into every flight management system, and most of it comes from Jeppesen, in the {ARINC 424|Arink 424} format. ¶ My team's code reads that data. I have opinions about ARINC 424 that I will not share on a family show."),
  say(D, "And private equity owning the pipeline worries you?"),
  say(M, "A bit. When one company makes most of the data an industry can't fly without, who owns it matters. Prices for small operators could go up, and ForeFlight already isn't cheap for a flight school."),
  say(D, "A hundred-something dollars a year per pilot for the basic plan, last I looked, and it keeps creeping. Garmin Pilot is the other big app over here, and honestly half my students pick by whichever one their uncle uses."),
  say(M, "Boeing bought ForeFlight in twenty nineteen, so it's been inside an airplane maker for six years. Maybe an owner that only does software treats it better. I'll believe it when I see the first price email."),

  say(D, "My uncle uses a paper sectional and a grease pencil."),
  say(M, "Then your uncle is immune to acquisitions. §Paper is about the only thing you didn't fly this winter, though, because you finally bought the new sim."),
  seg('topic', D, 'Microsoft Flight Simulator 2024, six months after a launch that streamed the whole world from Azure', ['Microsoft Flight Simulator 2024', 'Flight Simulator', 'simulator'], { mid: true }),
  say(D, "I did, on launch day, which was a mistake. {Microsoft Flight Simulator 2024|Microsoft flight simulator twenty twenty four} came out on November nineteenth, and for most of that first day nobody could get in. ¦~ The new sim streams almost everything from Microsoft's servers on Azure instead of installing it, the terrain, the buildings, even the airplanes, and the servers buckled. Queues, loading bars stuck at ninety-something percent, airplanes missing from the hangar."),
  say(M, "The whole world streamed in and didn't fit through the door."),
  say(D, "Pretty much. {Asobo|A so bo}, the French studio that builds it, apologised and had it fixed within a few days, and the patches since then have helped a lot. Now that it works, it's lovely. There's a career mode where you take jobs, crop dusting, search and rescue, banner towing, and you earn your licenses inside the sim. ¦~ The photogrammetry on the big cities is gorgeous, and the ground handling finally feels like rubber on concrete."),
  say(M, "Do you use it for teaching?"),
  say(D, "For procedures, yeah, never for hours in a logbook, our setup isn't certified for that. A student who has flown the traffic pattern at our field fifty times at home shows up knowing where to look. ¦~ A lot of instructors still prefer {X-Plane 12|X plane twelve} for the flight model, that's Laminar Research, and it installs offline, which after November I appreciate."),
  say(M, "Streaming a whole planet is a brave architecture."),
  say(D, "Brave is a nice word for it. My internet out here is not brave."),

  seg('sponsor', M, 'Sponsor: Cleartrim, maintenance tracking for small fleets', ['Cleartrim']),
  say(M, "Brave architecture needs careful records, and careful records are what Cleartrim keeps, which is why they're paying for this episode. ¦ If you run a small fleet, a flight school, a club, a couple of charter airplanes, you know the paperwork: airworthiness directives, hundred-hour inspections, the annual, parts with life limits, logbook entries in three different handwritings. ¶ Cleartrim puts all of it in one place, scans your old logbooks, and tells you what's due before the airplane is grounded, not after. ¦~ There's an API too, so if, say, somebody wrote his own booking app, it could block an airplane on the day its inspection falls due. Sixty days free at {⟨cleartrim.aero/holding⟩|cleartrim.aero slash holding}. Thank you, Cleartrim, for keeping us on the air. §Now, one of mine, and it's about satellites that lie."),

  seg('topic', M, 'GPS jamming and spoofing: Baltic jamming, position jumps over the Middle East, and what crews and displays do about it', ['GPS', 'spoofing', 'jamming'], { mid: true }),
  say(D, "Satellites lie now?"),
  say(M, "Well, somebody lies on their behalf. Over the Baltic, where I live, GPS jamming has become an everyday thing for airliners. Jamming means drowning the signal in noise, so the receiver just loses it. Around Kaliningrad it's constant, and last spring {Finnair|Fin Air} stopped flying to Tartu in Estonia for about a month, because the approach there relies on GPS. ¦~ Spoofing is nastier. A spoofer broadcasts fake signals and the receiver happily believes it's somewhere else. Over the Middle East, crews have watched their position jump sixty miles sideways, and their clocks go wrong."),
  say(D, "Their clocks?"),
  say(M, "GPS gives you time as well as position, and a lot of things on an airliner take their time from it. {OPSGROUP|Ops group}, a pilots' organisation that tracks this, has been collecting reports since twenty twenty-three, and in a few cases the spoofing confused the navigation so badly that crews had to ask controllers for headings. ¦~ Then EASA put out a safety information bulletin, and the advice is mostly: recognise it, cross-check against the ground-based radio aids, and don't let the fake position poison the rest of the system."),
  say(D, "Which is exactly why they keep the old VORs around."),
  say(M, "Some of them, yes, although your side of the Atlantic has been switching VORs off for years. The interesting part for my job is that display software now has to show a position the crew should distrust. An integrity alert, in amber, without frightening anybody. We argued for two weeks about the shade of amber."),
  say(D, "Biscuit can't be spoofed. She doesn't have GPS."),
  say(M, "Biscuit is the most secure aircraft in Kansas."),

  seg('topic', D, 'Starlink on airliners: United, Qatar Airways, Hawaiian and Air France, and why low Earth orbit changes inflight Wi-Fi', ['Starlink', 'Wi-Fi', 'inflight']),
  say(D, "Also the least connected. Which is the opposite of where the airlines are going, because suddenly everybody wants {Starlink|Star link} on the roof. United signed up last fall for the whole fleet, and the first regional jets with it are flying about now. ¦~ Meanwhile Qatar Airways has had it on some of its seven seventy-sevens since October, Hawaiian before that, and Air France and a bunch of others have announced it. The pitch is internet at home speeds, free if you log in with your frequent flyer number, and gate to gate, not just above ten thousand feet."),
  say(M, "What's actually different from the Wi-Fi we've had?"),
  say(D, "The orbit. The old systems mostly used satellites in geostationary orbit, thirty-six thousand kilometers up, so every packet goes a very long way and back and you get that half-second lag. Starlink's satellites are in low Earth orbit, a few hundred kilometers up, so the latency is like home and you can actually hold a video call. ¦~ The antenna is a flat phased array in a fairing on top of the fuselage, no dish moving around, and it has to be certified for each airplane type with a supplemental type certificate, which takes time and a mountain of paperwork."),
  say(M, "Video calls on airplanes. I'm not sure I want that future."),
  say(D, "United says texting only, no voice calls, so the row stays quiet. And the incumbents, {Viasat|Via sat} and Intelsat, aren't standing still, some airlines are buying both."),
  say(M, "Does the cockpit get it?"),
  say(D, "Not for flying the airplane, that's a separate world with its own certification. But the pilots' iPads, the electronic flight bags, those benefit. Weather updates halfway over the Atlantic, that kind of thing."),
  say(M, "Fewer excuses for a bad weather briefing, then."),
  say(D, "No excuses at all, which my students are going to hate."),

  seg('topic', M, 'Delta v. CrowdStrike: a judge lets the airline\'s gross negligence claim over the July 2024 outage go ahead', ['CrowdStrike', 'Delta']),
  say(D, "You had one more, from the courtroom. The Delta thing. Explain it slowly, because I only read the headline.", { cut: 1 }),
  say(M, "Gladly. Last July, on the nineteenth, {CrowdStrike|Crowd Strike} pushed a broken content update for its Falcon sensor, and about eight and a half million Windows machines crashed with a blue screen and kept crashing on reboot. Airlines, hospitals, banks. Most airlines were back in a day or two. Delta took five days and cancelled about seven thousand flights. ¦~ The system that tracks where the crews are, and which crews can legally fly, fell over, and once it lost track of the crews, nothing could be rebuilt until it caught up."),
  say(D, "I was in Atlanta that week. The line at the rebooking desk had its own weather."),
  say(M, "Delta says it lost about five hundred million dollars, and in October it sued CrowdStrike in Georgia. CrowdStrike says Delta's own old systems were the problem, points out that other airlines recovered fine, and it's countersuing. ¦~ The news is that last Friday a judge let a good part of Delta's case go ahead, including gross negligence, which gets around the cap on damages in the contract. So we might actually get a trial that puts a software vendor's testing on the record."),
  say(D, "What would a good result even look like?"),
  say(M, "From where I sit, somebody asking under oath why a kernel-level update went to every customer at once instead of a few percent first. In my world nothing changes on an airplane without a requirement, a test and a staged rollout, and we're slow because of it. ¦~ Staged rollouts are the cheapest lesson there is, and it took a billion blue screens to learn it again."),
  say(D, "Eight and a half million."),
  say(M, "It felt like a billion."),

  seg('extra', D, 'Dwayne\'s picks: SayIntentions.AI air traffic control for simulators, and a kneeboard', ['SayIntentions', 'kneeboard']),
  say(M, "That's the news. Picks now, and you go first, because you've been grinning at something off-screen for ten minutes."),
  say(D, "Because I finally tried {SayIntentions.AI|Say Intentions AI}. It's an add-on for the sims that gives you an air traffic controller made of speech recognition and a language model. You push the button and talk like on a real radio, and it answers, gives you a squawk code, hands you off to the next frequency. ¦~ It's a subscription, it works with Microsoft's sim and X-Plane, and sometimes it invents a taxiway that doesn't exist, but for students who freeze up on the radio it's a gift. One of mine practiced his readbacks every night for a week."),
  say(M, "Does it get cross when you read back wrong?"),
  say(D, "It says negative, in a very patient voice. More patient than me. My second one is a kneeboard, the cheap aluminum clipboard kind with a strap around your thigh. No battery, no subscription, never crashes."),
  say(M, "Unspoofable."),
  say(D, "Totally unspoofable. §What've you got?"),

  seg('extra', M, 'Malin\'s picks: the 787\'s 51-day reboot directive, and tar1090 on a Raspberry Pi', ['51 days', 'tar1090', 'Raspberry Pi'], { mid: true }),
  say(M, "Two things about time. The first is an old favourite: in twenty twenty the FAA published an airworthiness directive saying the Boeing 787 has to be powered down completely at least every fifty-one days, because otherwise some of its systems can end up showing stale data. A few years before that it was the Airbus A350, and a hundred and forty-nine hours. ¦~ Counters that misbehave if nobody turns the machine off and on again. I show both directives to every new hire. ¶ The second, I finally set up a receiver on my balcony: a Raspberry Pi with an {RTL-SDR|RTL SDR} stick, running {tar1090|tar ten ninety}, so I can see every airplane with ADS-B overhead on a map in my kitchen. And it feeds the community tracking sites as well."),
  say(D, "What does your partner think of it?"),
  say(M, "He calls it my aquarium."),
  say(D, "An aquarium with airliners in it. I love that."),
  say(M, "I'll send you a screenshot. §And that's the pattern flown for this week. Links to everything we talked about are at {⟨holdingpattern.fm/72⟩|holding pattern dot FM slash seventy-two}. Dwayne, any news from Biscuit?"),
  seg('outro', M, 'Goodbye', [], { mid: true }),
  say(D, "Big news. The avionics shop put a new radio in her on Monday. Works perfectly. And this morning I watched a student climb in and knock twice on the panel anyway.", { typo: 'Dwayne Petibone' }),
  say(M, "Tradition. Thanks for listening, everyone. {Hej då|Hey doe}."),
  say(D, "Bye, y'all."),
];

export const SPEAKERS = [
  { name: M, aliases: ['Malin', 'Sundqvist', 'Sundquist', 'MALIN'] },
  { name: D, aliases: ['Dwayne', 'Pettibone', 'Dwayne Petibone', 'DWAYNE'] },
];
