// Source of Coast Phase #118 (SYNTHETIC held-out episode, heldout24): a two-host weekly SPACEFLIGHT NEWS show in the
// style of the seed (rockets, spacecraft, the agencies and companies that fly them, and the debris they leave behind).
// Hosts (invented): Oriane Lemaire, who writes the planning software of an Earth-observation satellite operator in
// Toulouse, who opens and closes the show; Rhodri Pennant, who writes flight software for small satellites at a company
// in Glasgow. The sponsor "Benchfold" (test benches for flight software in the cloud) is invented, as are the hosts'
// jobs, Rhodri's wall calendar of launch dates (a running joke: every slipped date crossed out in correction fluid), the
// satellite of Oriane's company that had to dodge debris, the time-zone bug, the car park, the head torch and the
// camping stool. Recorded Tuesday 18 November 2025; the news is real but told from memory.
// Rendered by build.mjs into web.txt (a seed-like page, FIRST NAMES in capitals on the first two paragraphs only) and
// captions.smi (the SAMI captions a captioning service made for the episode's video, with the speaker's first name as a
// `Source` paragraph on most changes of speaker).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the show's transcription service, checked by a person), B in captions.smi (the captioning
//              service's captioner, working from a recogniser's draft: a misheard name left in, the URL written out);
//   ⟨...⟩      a spoken URL (always inside the A of a {A|B}): dropped from web.txt with the following punctuation;
//   ¦~         web.txt only: the page's transcription service starts a new paragraph at this sentence end and the
//              continuation loses its first word (the seed page's habit); `¦` the same, keeping the word;
//   ¶          a pause inside the turn (0.5 s on the captions' clock): captions.smi starts a new caption there.
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   src: X     captions.smi: the `Source` name on this paragraph's first caption when it is not the speaker's first name
//              in capitals: null (the captioner gave no name at this change of speaker) or the OTHER host's name;
//   dash       captions.smi: this short reply shares ONE two-line caption with the first line of the next paragraph,
//              each line opened by `- ` (two speakers in one caption; gold: the majority speaker, `ambiguous`).
// Conventions: presenter = the host who brings the item, and a hand-over line belongs to the NEW segment, also when the
// other host speaks it; the sponsor's presenter is its reader; extras are one segment per host, kind `extra`, presented
// by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const O = 'Oriane Lemaire';
export const R = 'Rhodri Pennant';

export const SOURCE = [
  seg('intro', O, 'Welcome to Coast Phase 118', []),
  say(O, "Bonsoir, and welcome to Coast Phase, episode 118, where we follow everything that leaves the ground on purpose. I'm Oriane Lemaire, in Toulouse, where I write the planning software that tells an Earth-observation satellite where to look next, and tonight is Tuesday the eighteenth of November."),
  say(R, "And I'm Rhodri Pennant, up in Glasgow. I write the flight software for shoebox-sized satellites, so I spend my days on the opposite side of a radio link from people like Oriane."),
  say(O, "You send us telemetry and we send you the blame."),
  say(R, "A fair division of labour. Before anything else, the calendar has had a busy week."),
  say(O, "The calendar."),
  say(R, "For anyone who joined us recently: there's a paper wall calendar above my desk, and whenever somebody announces a launch date, I write it in. Whenever the date moves, I paint over it and write it again further along. November is now mostly correction fluid."),
  say(O, "It's a beautiful object. Like a medieval manuscript, only more embarrassing for the industry."),
  say(O, "And it gets worse tonight. In order: a big rocket in Florida that finally brought its first stage home, a Chinese crew who had to borrow another crew's ride back, the last flight of the old Starship and a quarrel about who lands on the Moon, then the company that pays for the microphones gets its minute, a satellite network with a new name, a small rocket that moved to next year, and a comet from another star that the shutdown kept to itself. ¦~ Then we each bring something that isn't news at all."),

  seg('topic', O, "New Glenn's second flight: ESCAPADE on its way to Mars and the first booster landing on Jacklyn", ['New Glenn', 'ESCAPADE', 'Blue Origin'], {}),
  say(R, "Start us in Florida. You sent me the landing video at eleven at night, with four exclamation marks and no words.", { cut: 1 }),
  say(O, "I stand by every one of them. Last Thursday Blue Origin flew New Glenn for the second time, and this time the first stage came back. ¦~ The rocket carried NASA's {ESCAPADE|Escapade} mission, two identical small spacecraft called Blue and Gold, built by Rocket Lab for a team at Berkeley, heading for Mars to measure how the solar wind strips away what remains of its atmosphere. ¶ About ten minutes after launch, the booster, which Blue Origin named Never Tell Me The Odds, came down on its engines onto a ship called {Jacklyn|Jaclyn}, far out in the Atlantic. On the first flight in January the booster was lost on the way down, so this was the one they needed. ¶ Jeff Bezos was on the deck of the ship afterwards, looking happier than I've ever seen a man look next to a wet rocket."),
  say(R, "Two attempts to land one. SpaceX needed rather more than that."),
  say(O, "Many more, though SpaceX had to invent the whole trick first. ¦~ What I like is the route. {ESCAPADE|Escapade} isn't going straight to Mars, because the planets aren't lined up this month. The two spacecraft will park near a Lagrange point, about one and a half million kilometres out, wait there for roughly a year, swing past Earth next November and reach Mars in 2027."),
  say(R, "A mission that launches early and then waits. That's very unlike this industry."),
  say(O, "That's the charm of it. And there are two of them for a reason: one can sit out in the solar wind while the other is inside the magnetic bubble around Mars, so you see cause and effect at the same moment. MAVEN has spent more than ten years doing that job alone, from one point at a time."),
  say(R, "Two eyes instead of one.", { src: null }),
  say(O, "It's cheap as well, under eighty million dollars for both, which is nothing for Mars. And the launch slipped twice, once for ordinary weather and once, which I loved, for space weather. ¶ On the Wednesday the Sun threw out a huge storm, the one that put the aurora over half of Europe, and NASA didn't want two small spacecraft launched into the middle of it."),
  say(R, "Did you see it, in Toulouse?"),
  say(O, "A faint red smudge over the car park at work. My neighbours saw more of it on their phones than with their eyes. ¦~ The next New Glenn is meant to carry Blue Origin's own small lunar lander, Blue Moon Mark One, so this landing matters for the Moon too."),
  say(R, "That one's on my wall for early next year. In pencil, naturally."),

  seg('topic', R, "Shenzhou-20's return delayed by a suspected debris strike: the crew comes home in Shenzhou-21", ['Shenzhou', 'debris', 'Tiangong'], {}),
  say(R, "Pencil would have been wise in Beijing too. The three astronauts of {Shenzhou-20|Shen Zhou 20} were due home from the {Tiangong|Tian Gong} station on November the fifth, and a few hours before, China's crewed space agency postponed the landing, because their capsule was suspected of having been hit by a tiny piece of debris. ¦~ After a week of inspections they decided not to trust it. On Friday the crew came down in {Shenzhou-21|Shen Zhou 21} instead, the spacecraft that had brought the next crew up two weeks earlier, and landed safely in Inner Mongolia."),
  say(O, "So the crew still up there has no way home?"),
  say(R, "For now, no healthy spacecraft of their own. The damaged one stays docked, and there are reports of small cracks in a window. China says it will launch an empty spacecraft as a replacement, and they keep a rocket ready for exactly this. ¶ It's what Russia did in 2022, when a Soyuz started leaking coolant, probably after a micrometeoroid strike, and an uncrewed Soyuz went up to fetch the crew."),
  say(O, "How small a piece are we talking about?"),
  say(R, "Nobody has said. It needn't be large. At orbital speed a fleck of paint a millimetre across arrives like a bullet. The big pieces, ten centimetres and up, are tracked, and stations move out of their way. The small ones you can only armour against. ¦~ That's the part that worries my lot, honestly, Oriane. A shoebox satellite has no armour whatsoever. We just trust the odds."),
  say(O, "Which makes Never Tell Me The Odds a slightly tasteless name."),
  say(R, "From my desk, a deeply tasteless one. Has your satellite had to move this year?"),
  say(O, "Two times since March. We get a warning of a close approach, the flight dynamics team decides whether to burn, and my planning software has to throw away a whole day of pictures and plan them again around the manoeuvre. ¶ Customers don't love hearing that their vineyard was postponed because of a dead rocket body."),
  say(R, "And it's only getting busier. Starlink alone reported roughly a hundred and forty-five thousand avoidance manoeuvres in six months, every one of them automatic. My satellites can't manoeuvre at all, so we're the obstacle rather than the driver. ¶ That's the sky Starship wants to fill with even bigger satellites. §And since we've arrived at Starship: you stayed up for the last flight of the old version in October, and I'm still waiting for your verdict."),

  seg('topic', O, "Starship's last second-generation flight, and NASA threatening to reopen the Artemis III lander contract", ['Starship', 'Artemis III', 'lander'], { mid: true }),
  say(O, "My verdict is that it was the flight they should have had in January. Flight eleven, on the thirteenth of October, the last of the second version. The booster had already been to space once, flew again, tried a new landing burn over the Gulf and dropped into the water as planned. ¦~ The ship pushed eight dummy Starlink satellites out of a slot in its side, relit an engine in space, came back through the atmosphere with some heat-shield tiles deliberately left off, and splashed down in the Indian Ocean at night, exactly where they said it would."),
  say(R, "After a spring of explosions.", { src: 'ORIANE' }),
  say(O, "Three ships lost in a row early in the year, yes, and one that blew up on a test stand in June. Flights ten and eleven were clean, and after flight eleven even the people who enjoy the explosions admitted it looked like a working vehicle. ¦~ Next comes version three, taller, with the new Raptor 3 engines, from a second pad in Texas. That's the version that matters for the Moon, because NASA's {Artemis III|Artemis 3} landing depends on a Starship being refuelled in orbit by several other Starships."),
  say(R, "And NASA is nervous."),
  say(O, "Very publicly. In October the acting administrator, Sean Duffy, said on television that SpaceX was behind schedule and that he would open the lunar lander contract to other companies. Elon Musk replied the way he replies to everything, and SpaceX then published a simpler plan for the landing. ¶ Blue Origin said, naturally, that it could go faster, and it already holds the contract for a later landing, {Artemis V|Artemis 5}. ¦~ My view is that the real rival isn't Blue Origin, it's the calendar. {Artemis II|Artemis 2}, the crewed flight around the Moon, is aiming for early next year, and the landing is officially 2027."),
  say(R, "Do you believe 2027?", { cut: 1 }),
  say(O, "For a landing? Honestly, no. Nobody has ever moved hundreds of tonnes of very cold propellant from one ship to another in orbit, and they haven't tried it once yet. I'd be pleased with 2028."),
  say(R, "Which on my wall is written in very faint pencil."),
  say(O, "Rhodri, your wall is a cry for help."),
  say(R, "It's a historical record. And an expensive one, at today's prices for correction fluid."),

  seg('sponsor', O, 'Sponsor: Benchfold, test benches for flight software in the cloud', ['Benchfold'], {}),
  say(O, "The correction fluid is your own affair. The studio, the editing and the coffee this week are Benchfold's, and here's why they bothered. ¦~ Benchfold builds flight-software test benches in the cloud. You upload a build and watch it fly against simulated sensors, reaction wheels, a radio link that drops out the way real ones do, and an orbit propagated properly, so your attitude control meets its first eclipse on a bench before it meets one in orbit. ¶ Every run is recorded, so when something fails on orbit number four hundred, you can replay the exact moment, bit for bit, as often as you like. Small-satellite teams lean on it for the dull failures nobody has time to stage on real hardware: a stuck wheel, a brown-out, a clock that jumps. ¶ Your first two hundred simulated orbits are free at {⟨benchfold.space/coast⟩|benchfold.space/coast}. Benchfold paid for tonight, and we're properly grateful. §Rhodri, you've got the satellites that decided they needed a new name."),

  seg('topic', R, 'Project Kuiper becomes Amazon Leo: 150 satellites, an FCC deadline and the race with Starlink', ['Amazon Leo', 'Kuiper', 'Amazon'], { mid: true }),
  say(R, "Amazon's, yes. Last Thursday Project {Kuiper|Kyper} stopped being Project {Kuiper|Kyper}. It's now Amazon Leo, after low Earth orbit, and the terminals got new names as well. ¦~ Behind the branding, the numbers: Amazon has a hundred and fifty or so satellites up, from launches on Atlas rockets and on Falcon 9, and its licence from the American regulator, the FCC, says half of the three thousand two hundred should be in orbit by the middle of next year."),
  say(O, "Half by July? That sounds impossible."),
  say(R, "At this pace it is. Everyone expects them to ask for more time, and the FCC has granted extensions before. Service is meant to start next year, with businesses and governments first. ¦~ The comparison everyone reaches for is Starlink, with more than eight thousand satellites and millions of customers already. Amazon's advantage isn't the satellites, it's that Amazon already sells you everything else. ¶ They can bundle the dish with their cloud, the way they bundle films with delivery."),
  say(O, "The shop that sells you the dish also sells the internet."),
  say(R, "And runs the data centre at the other end. You'll like this part, Oriane: the interesting bit from my seat is the optical links, lasers between satellites, so traffic can cross an ocean without touching the ground. Starlink has had them for a while, and Amazon showed theirs working on its two prototypes. Is Toulouse buying, by the way?"),
  say(O, "We're listening politely. For downloading pictures we still use our own ground stations in the far north, because a satellite over the pole sees one of them on almost every orbit. Where a constellation could help is the urgent orders, a flood or a fire, when a customer wants the picture in minutes rather than at the next pass. ¶ Whoever offers that reliably, Amazon or anyone else, gets our money."),
  say(R, "The astronomers would rather nobody's money went there. Every new constellation adds streaks to telescope images, and the Rubin Observatory in Chile, which took its first pictures this year, is precisely the sort of camera that suffers most. Amazon says it's darkening and shading its satellites. We'll know once they're up."),

  seg('topic', O, "Rocket Lab's Neutron slips to 2026: the Hungry Hippo fairing and a finished pad at Wallops", ['Neutron', 'Rocket Lab'], {}),
  say(O, "Getting them up is where everyone struggles, and Rocket Lab learned that again this month: Neutron won't fly this year. ¦ Neutron is their medium rocket, the one meant to compete with Falcon 9 for launching constellations, thirteen tonnes to low orbit with a reusable first stage. ¶ Its fairing is built into the first stage and opens like a mouth, which the company calls the Hungry Hippo, and the whole stage comes back to land with the fairing still attached. ¦~ With their results last week they said the first launch moves into 2026. The pad at Wallops in Virginia is finished, so this is about the rocket itself: they want the stage properly qualified before it flies.", { cut: 1 }),
  say(R, "I'd much rather they slipped than lost a pad."),
  say(O, "So would their customers. Rocket Lab has done very well with Electron, the small one, with more than seventy launches now, and they built the {ESCAPADE|Escapade} spacecraft we started with tonight. ¦~ It's a strange week for them: their spacecraft on a rival's rocket, and their own rocket in the hangar."),
  say(R, "Is Neutron made of carbon, like Electron?"),
  say(O, "Carbon composite, all of it, which is light and quick to build once you've mastered the process. Electron's engines are the charming part, though: their pumps are driven by electric motors and batteries."),
  say(R, "Neutron goes on next year's page, then, which is filling up faster than this one."),
  say(O, "A calendar that fills up faster than the sky.", { src: 'RHODRI' }),

  seg('topic', R, '3I/ATLAS, the interstellar comet seen from Mars, the 43-day shutdown that hid the pictures, and Isaacman renominated', ['3I/ATLAS', 'comet', 'shutdown'], {}),
  say(O, "There was one visitor last month that nobody scheduled at all, and you've been grumbling over it since the shutdown ended.", { cut: 1 }),
  say(R, "{3I/ATLAS|3I Atlas}, the third object ever seen coming in from outside the solar system. The ATLAS survey telescope in Chile found it in July, it's moving far too fast to be bound to the Sun, and in late October it made its closest pass to the Sun, on the far side, where nobody on Earth could see it. ¦~ But Mars could. Early in October it passed about thirty million kilometres from Mars, and the orbiters there pointed their cameras at it. ESA released its pictures within days. NASA's stayed locked away, because NASA was shut."),
  say(O, "The American shutdown.", { src: null }),
  say(R, "Forty-three days, the longest there has ever been, over since last Wednesday. Most of NASA was sent home, the websites stopped updating, and a once-in-a-generation comet sat on a hard drive. NASA says the images are coming now. ¶ In the meantime the internet filled the silence with aliens. A Harvard astronomer keeps suggesting it might be a spacecraft, and every odd colour or jet gets its own headline."),
  say(O, "Is it one?", { dash: true }),
  say(R, "It's a comet. It has a coma, it's shedding gas, it behaves like a comet with some unusual chemistry. The alien theory is the only part of this story that has launched on schedule."),
  say(O, "Where does it go next?"),
  say(R, "Outwards, for good. It passes closest to Earth in the middle of December, still well over two hundred and fifty million kilometres away, so there's no danger at all, and in March it sweeps past Jupiter, where the Juno spacecraft may get a look at it. ¶ After that it leaves, and nobody will ever see it again. That's what I find moving about these: a few months of data, and then gone."),
  say(O, "And is NASA getting a boss at all?"),
  say(R, "Possibly. At the start of November the White House nominated Jared {Isaacman|Isaac Man} again, the billionaire who flew his own private missions with SpaceX. He was nominated in the spring, withdrawn in late May, and now he's back. ¶ The Senate still has to confirm him, and until then the acting administrator is the transport secretary, the same man who threatened to reopen the lander contract."),
  say(O, "So the lander story and the comet story are one story."),
  say(R, "Most space stories end up being about who signs the budget."),

  seg('extra', R, "Rhodri's extras: Orekit, the open-source flight dynamics library, and a head torch with a red light", ['Orekit'], {}),
  say(O, "That's the news put away. Recommendations next, for things with no launch window. What have you brought?"),
  say(R, "Something for the laptop and something for the garden. The laptop one is Orekit, an open-source flight dynamics library in Java that computes orbits, manoeuvres and ground station passes, and that a good number of European agencies and companies quietly run in production. ¦~ I used it this month to check our own pass predictions, and within ten minutes it had found a time-zone mistake in our code. ¶ The garden one is a head torch with a red beam, so you can go outside and look at the sky without ruining your night vision. I bought it for the aurora and mostly use it to find my keys."),
  say(O, "Orekit does half of our flight dynamics, so I'll allow it.", { src: null }),
  say(R, "I know, that's partly why I tried it. §Now yours, and nothing with an engine in it."),

  seg('extra', O, "Oriane's extras: Stellarium's satellite plug-in and a folding camping stool", ['Stellarium'], { mid: true }),
  say(O, "Nothing with an engine, I promise. The first is Stellarium, the free planetarium program, which has a plug-in that draws satellites, so you can check whether the bright dot over your garden is the space station or a train of Starlinks. ¦~ And for the knees, a folding camping stool, because the aurora kept me standing in that car park for an hour, and my knees filed a complaint."),
  say(R, "A stool is the most sensible thing anyone has recommended on this show."),
  say(O, "It's also the only one that worked first time. §That's where we leave it for tonight. Every link from tonight, the comet included, lives at {⟨coastphase.fm/118⟩|coastphase.fm/118}. Rhodri, the calendar?"),

  seg('outro', O, 'Goodbye', [], { mid: true }),
  say(R, "The calendar has Neutron on next year's page and {Artemis II|Artemis 2} in faint pencil. Clear skies, everyone."),
  say(O, "À mardi prochain."),
];

export const SPEAKERS = [
  { name: O, aliases: ['Oriane', 'Lemaire', 'ORIANE'] },
  { name: R, aliases: ['Rhodri', 'Pennant', 'RHODRI'] },
];
