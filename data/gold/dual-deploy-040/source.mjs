// Source of Dual Deploy #40 (SYNTHETIC held-out episode, heldout32): a PANEL of THREE, a HOST and TWO GUESTS, about the
// ELECTRONICS OF AMATEUR HIGH-POWER ROCKETRY (what flies in the avionics bay: Altus Metrum, Featherweight, Eggtimer,
// Missile Works, PerfectFlite, barometric apogee detection and Mach lockout; a university team's home-made flight computer
// for the Spaceport America Cup; recovery and dual deployment; GPS tracking, LoRa, APRS and the ham licence; simulation
// with OpenRocket, RockSim, RASAero II and thrustcurve.org; certification, the FAA's Part 101 and the waiver; one pick
// each), recorded over Webex: the host hands topics to the guests BY NAME, the guests hand them to each other and back,
// one topic is raised by its presenter without a name, every topic has short lines from the third person, a sponsor
// read in the middle, picks at the end; no rundown. People (invented): the host Lorna Fitzgibbon, a high school physics
// teacher in Wichita, Kansas, a Level 2 flyer and her club's range safety officer, who opens and closes the show; Anand
// Varadarajan, an electrical engineer near Boulder, Colorado, a Level 3 flyer who designs his own flight computers and has
// flown most of the commercial ones, who dials in by PHONE because his internet is down (Webex shows him as `Call-in
// User_2`); Madeleine "Maddie" Szymańska, avionics lead of a university rocket team in West Texas (the invented "Caprock
// Rocketry"), who joins from the team's shared lab account (`Caprock Rocketry Lab`). The running joke: Anand's rocket
// "Persistence", lost in a farmer's cornfield in western Kansas last August (set up in the intro, fed in segments 2 and 6,
// paid off in the outro: the farmer, Dale, found it when he was planting, and the flight was still on the altimeter). The
// sponsor "Rangebook" (a launch-day app for rocketry clubs) is invented, as are the people, the team, the club, the farmer
// and every anecdote. Recorded Sunday 16 March 2025; the products, companies, organisations, rules and events are real,
// told from memory.
// Rendered by build.mjs into webex.vtt (the Webex meeting recording's transcript: cue identifiers with the display name in
// quotes, `Display Name: text` cues) and plain.txt (the show editor's clean transcript: paragraphs, no names, no times).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in plain.txt (the editor's corrected words: names and products right, numbers as a careful writer writes
//              them, fillers dropped), B in webex.vtt (Webex's recogniser: punctuated and capitalised, numbers as digits,
//              names and products misheard, some fillers kept); either may be empty;
//   ¶          a pause inside the turn: a new cue in webex.vtt; a new paragraph in plain.txt where the editor made one
//              (`¶¶`: a pause where plain.txt goes on in the same paragraph, a new cue in webex.vtt all the same).
// opts:
//   wlab: X    webex.vtt: the cues of this paragraph carry the display name X (Webex gave the words to the wrong person);
//   wmerge     webex.vtt: said over the end of the paragraph before, this short reply is added to that paragraph's last cue
//              (two voices: `ambiguous`, the speaker of most of its words);
//   pmerge     plain.txt: the editor folded this short reply into the paragraph before (two voices: `ambiguous`).
// Conventions (the panel convention of heldout9's skip-link-112, heldout29's first-arrival-044, heldout30's
// surface-interval-038 and heldout31's dark-frame-052): the presenter is the person who BRINGS and carries the topic,
// also when another hands it to them by name, and the hand-over line belongs to the NEW segment; Lorna presents the
// intro, her own topics, the sponsor (her read) and the outro; each pick is an `extra` presented by the one who picks it.
import { say, seg } from '../build-episode.mjs';

export const L = 'Lorna Fitzgibbon';
export const A = 'Anand Varadarajan';
export const M = 'Madeleine Szymańska';

export const SOURCE = [
  seg('intro', L, 'Welcome to Dual Deploy 40', []),
  say(L, "Hi everybody, and welcome to Dual Deploy, episode {forty|40}, the show about the electronics that ride inside hobby rockets and the people who wire them up. I'm Lorna Fitzgibbon. I teach physics at a high school in Wichita, I fly Level {2|2}, and on launch days I'm the range safety officer at our club, which means I'm the one who says no. ¶ Tonight I've got two guests, and I'm going to embarrass both of them. Anand {Varadarajan|Vara Rajan} is an electrical engineer in Colorado, a Level {3|3} flyer, and he has put more flight computers into the sky than anyone I know, and some of them came back. Hi, Anand.", { wmerge: false }),
  say(A, "Hi, Lorna. I'm calling in on a phone, because my internet picked tonight to die, so apologies for the sound. And, for the record, most of them came back."),
  say(L, "Most of them. And Madeleine {Szymańska|Shimanska} leads avionics for Caprock Rocketry, a university team in West Texas that's flying to the Spaceport America Cup this June. Maddie, welcome."),
  say(M, "Thanks for having me. I'm on the team's lab account, so if Webex calls me Caprock Rocketry Lab, that's me. {|Um,} I've been at this {three|3} years, and I've soldered things I'm not proud of."),
  say(L, "We all have. Anand, before we start. Has Dale called?"),
  say(A, "Not yet. Persistence is still somewhere in a cornfield in western Kansas, where it landed last August. The tracker said it was in the field. The field is about a square mile of corn taller than me. ¶¶ Dale's the farmer who owns it. He has my number."),
  say(M, "You named a rocket Persistence and then lost it."),
  say(A, "I'm aware of the irony."),
  say(L, "We'll check on Dale later. So tonight is all about the electronics, from the pad to the ground and back to the car. §Anand, you've flown nearly everything. When somebody opens up an avionics bay in twenty twenty-five, what's usually in there?"),

  seg('topic', A, 'Commercial flight computers: Altus Metrum, Featherweight, Eggtimer, Missile Works and barometric apogee detection', ['flight computer', 'altimeter', 'Altus Metrum', 'Featherweight', 'apogee'], { mid: true }),
  say(A, "Usually two altimeters, on a sled, with two batteries, two switches, and a lot of zip ties. ¶ The cheap, reliable end is things like the {Missile Works|missile works} {RRC3|RRC 3} or the PerfectFlite {StratoLogger|strata logger}. They're barometric. They measure air pressure, and when the pressure stops falling and starts rising again, you're at the top. That's apogee, and that's when they fire the first charge. ¶ Then there's the open source corner, which is where my heart is. {Altus Metrum|Altis Metrum}, Keith Packard and Bdale Garbee's company. Everything they make is open, the hardware and the firmware, which is called {AltOS|Alt OS}. The {EasyMini|Easy Mini} is tiny and does two channels. The {TeleMega|Tele Mega} has {GPS|GPS}, {six|6} pyro channels and a telemetry radio on the ham band."),
  say(M, "The TeleMega is what every team wishes their own board was."),
  say(A, "It is very nice. And then Featherweight, Adrian Adamson's company. The Raven was the accelerometer one everybody loved, and the Blue Raven now talks to your phone over Bluetooth, so you can check everything on the pad without opening the rocket. ¶ And Eggtimer, which are kits. You solder them yourself, and they're cheap, and the documentation is some of the best in the hobby."),
  say(L, "Why two altimeters, for people who've never flown?"),
  say(A, "Because if the one altimeter fails, the rocket comes down ballistic, at a couple of hundred miles an hour, into the ground or into somebody's truck. So you fly two, from two different makers ideally, each with its own battery and switch and its own charges. Redundancy is the whole religion. ¶ The failure I see most isn't even the electronics. It's the vent holes. The barometric sensor, usually an {MS5607|MS 5607} or one of its cousins, needs to feel the outside pressure. Drill the holes too small, or in the wrong place, and it sees the wrong thing."),
  say(M, "Or Mach."),
  say(A, "Or Mach. When you go supersonic there's a shock wave over the airframe, and the pressure jumps around in a way that looks exactly like apogee to a barometer. So the good altimeters have a Mach lockout. They ignore the barometer for a few seconds after launch, or they use the accelerometer to know you're still fast. ¶¶ The really good ones fuse both, with a Kalman filter, so the accelerometer tells you what's happening now and the barometer stops it from drifting. ¶ Persistence had two altimeters, by the way. Both fired perfectly. It landed very gently, in the corn."),

  seg('topic', M, "A student team's own flight computer for the Spaceport America Cup: SRAD boards, STM32, telemetry and redundancy", ['Spaceport America Cup', 'SRAD', 'student', 'own flight computer']),
  say(M, "We can't just buy one, which is the fun part of being on a team. The Spaceport America Cup gives you points for things you designed and built yourselves, and they call that {SRAD|S rad}, student researched and developed. So our avionics bay has a board we made, next to a commercial altimeter, because the rules want redundant recovery electronics, and nobody trusts a first-year's solder joints with the recovery."),
  say(L, "What's on your board?"),
  say(M, "An {STM32|STM 32} microcontroller, a barometer, an {IMU|IMU}, which is the accelerometer and gyroscope, a GPS module, a microSD card for logging, and a radio. The radio's {LoRa|Laura}, on the {nine-fifteen|915} megahertz band, which we can use without a licence, at low power. ¶¶ The code's a state machine. Pad, boost, coast, apogee, drogue, main, landed. Each state knows what it's waiting for. And we log everything, {a thousand|1,000} samples a second on the way up, because when something goes wrong you want to know exactly when."),
  say(A, "What does the ground station look like?"),
  say(M, "A laptop, a Yagi antenna on a tripod, and a freshman holding the tripod. ¶ We get altitude, speed, GPS, battery voltage and the state, about ten times a second. Last year we lost the link at apogee, about {nine thousand|9,000} feet up, which is the moment you most want it. It came back as it got lower. The antenna on the rocket was inside a carbon fibre tube, and carbon fibre blocks radio."),
  say(L, "Oh no."),
  say(M, "We learned. It's fibreglass in the avionics section this year. ¶¶ The other thing nobody warns you about is the GPS. Consumer GPS modules shut off above a certain speed and altitude, the export rules, {COCOM|co-com} limits. And most modules have a setting for the dynamic model, and if you leave it on the default, pedestrian, it'll decide a rocket is an error and throw the fix away."),
  say(A, "Every team learns that one on flight day."),
  say(M, "We learned it on flight day. Our first rocket thought it was a person walking at Mach {one point two|1.2}."),

  say(L, "Mach {one point two|1.2}, on foot. I'd pay to see that. §Now, here's the part I actually lose sleep over as the RSO, and the thing this show is named after. What happens when it comes back down. Dual deployment."),
  seg('topic', L, 'Recovery and dual deployment: drogue and main, black powder, shear pins, CO2 and the Chute Release', ['dual deploy', 'recovery', 'black powder', 'drogue'], { mid: true }),
  say(M, "The best part.", { pmerge: true }),
  say(L, "The best part. On a small rocket, one parachute pops out at the top and that's it. On a big one that goes a couple of miles up, if you open the main parachute at apogee, it drifts for miles, into the next county, or into a cornfield. ¶ So at apogee you fire a small charge and let out a drogue, a little parachute or just a streamer, and the rocket comes down fast, maybe {seventy|70}, {eighty|80} feet a second. Then at, say, {six hundred|600} feet, the altimeter fires a second charge and the main comes out. It lands close, and it lands soft."),
  say(A, "Close, in theory."),
  say(L, "In theory. The charges are black powder, a gram or two in a little cup, set off by an e-match, which is basically a tiny resistor coated in something that burns. The rocket is held together by shear pins, small nylon screws, that the charge has to break. ¶¶ And we ground test. Every single time. You set off the charges on the ground, with the rocket on a blanket, to make sure there's enough powder to separate it and not so much that it shreds the parachute."),
  say(M, "We ground tested {eleven|11} times last semester. The neighbours of the engineering building have opinions."),
  say(L, "I bet. Above about {twenty thousand|20,000} feet, black powder doesn't burn well in the thin air, so the really high flyers use CO2 cartridges instead. And for people who aren't ready for two charges, there's a clever little gadget, the Jolly Logic Chute Release. It's a band around the folded parachute that lets go at the altitude you set, so you get most of dual deploy with a single charge. ¶ The part I check at the safety table is the arming. Every altimeter with charges has to be switched on at the pad, with the rocket pointing up, not on the table. Screw switches, rotary switches, magnetic switches. I listen for the beeps."),
  say(A, "The continuity beeps."),
  say(L, "The continuity beeps. Every altimeter beeps out whether it can see the e-matches. If I don't hear them, it's not flying."),

  say(A, "And if you do hear them, you still squint at it."),
  say(L, "I still squint at it. §Before we get to the cornfield, here's who keeps this show in batteries. Dual Deploy is backed this month by {Rangebook|Range Book}. {Rangebook|Range Book} is a launch-day app for rocketry clubs. Flyers fill in their flight cards on their phones before they get to the field, the RSO sees a queue instead of a pile of wet paper, pad assignments are on a screen, and the waiver ceiling is right there so nobody forgets it. ¶ Our club switched last fall, and I haven't lost a flight card since. Clubs can try it free for a season at {rangebook.app/dualdeploy|rangebook.app slash dual deploy}. Thanks, {Rangebook|Range Book}."),
  seg('sponsor', L, 'Sponsor: Rangebook', ['Rangebook'], { mid: true }),

  seg('topic', A, 'Tracking and finding rockets: GPS trackers, LoRa, APRS, the ham licence and the cornfield', ['GPS tracker', 'tracking', 'APRS', 'ham']),
  say(L, "Anand, I think it's time we talked about the cornfield."),
  say(A, "We should, because the cornfield is the whole reason people buy trackers. ¶ Once a rocket goes up a mile or two, you lose sight of it, especially under a drogue, because it's small and fast. So you put a GPS tracker in the nose cone, and it sends its position down to a receiver you carry. The Featherweight GPS tracker talks to your phone through a little ground station. The Eggfinder is an Eggtimer kit. And then there's the ham radio side, where you need a licence."),
  say(M, "Which everyone on our team has now."),
  say(A, "Good. In the US the first licence, Technician, is a multiple choice exam, {thirty-five|35} questions. It gets you the {seventy centimetre|70 centimeter} band, where the Altus Metrum trackers live, and you can use {APRS|APRS}, which is a whole network of radio stations that pass position reports around. Your rocket can show up on a map on the internet. ¶¶ Without a licence, you stay on the {nine hundred|900} megahertz band, at low power, with {LoRa|Laura} or something like it, which is fine for most flights."),
  say(L, "So why is Persistence still in the corn?"),
  say(A, "Because I trusted the last position. The tracker sent a good fix when it was about {two hundred|200} feet up, and then it landed in the corn, and the corn ate the signal. {Eight|8} feet of wet corn is a lot of water, and water and radio don't mix. ¶ The last position was maybe a hundred yards from where it really was. We walked rows for {four|4} hours. ¶¶ The lesson is, log the whole descent, not just the landing. A line of points tells you the direction it was drifting. One point tells you nothing."),
  say(M, "And take a drone."),
  say(A, "And take a drone, yes. Some clubs fly a drone with a camera over the field now. Corn looks very different from above when there's an orange parachute in it."),
  say(L, "Unless the parachute is green."),
  say(A, "Mine was green. I don't want to talk about it. §Maddie, I bet your team simulates every flight before it leaves the ground. Tell them how that works, so I can feel bad about my spreadsheets."),

  seg('topic', M, 'Simulating flights: OpenRocket, RockSim, RASAero II, thrustcurve.org and stability', ['simulation', 'OpenRocket', 'RASAero', 'thrustcurve', 'stability'], { mid: true }),
  say(M, "We simulate it until we're sick of it. The free one everyone starts with is {OpenRocket|open rocket}. It's open source, it runs on Java, and you build your rocket from parts, nose cone, body tubes, fins, and it tells you where the centre of gravity and the centre of pressure are. ¶ The distance between them, in body diameters, is your stability margin. People aim for one to two calibers. Less, and it tumbles. More, and it turns into the wind, which is called weathercocking, and it goes sideways instead of up."),
  say(L, "And that's the Barrowman equations under the hood."),
  say(M, "Yes, Jim {Barrowman|Barrow man}, from the sixties, at NASA. Still the basis of nearly every hobby simulator. Then RockSim, which is the older commercial one, and for anything fast, {RASAero|Rasa Aero} {II|2}, which is free and much better above Mach one, because the drag changes so much when you go supersonic. ¶ Our target is {ten thousand|10,000} feet, and the competition scores how close you get, so we run OpenRocket and {RASAero|Rasa Aero}, and then our own Monte Carlo on top, thousands of runs with the wind and the motor varied a little bit, to see the spread."),
  say(A, "Where do you get the motor data?"),
  say(M, "{thrustcurve.org|Thrust curve dot org}. It's John Coker's site, and it has the thrust curves of almost every certified motor, Aerotech, Cesaroni, all of them, as files the simulators read. ¶ Honestly, the simulation is the easy part. The hard part is that the rocket you build is heavier than the rocket you drew. Paint, epoxy, wires. Ours came out {eleven|11} percent heavier. So we weigh every part and update the file."),
  say(A, "{Eleven|11} percent is good. Mine are usually {twenty|20}."),
  say(M, "And then after the flight, you compare. We overlay our flight data on the simulation, and last year we were low by about {four hundred|400} feet, and it was the paint. The drag of the paint."),
  say(L, "You sanded it?"),
  say(M, "We sanded it. For {forty|40} hours. We're putting it in the team's design report as a lesson learned."),

  seg('topic', L, "Rules and paperwork: NAR and Tripoli certification levels, the FAA's Part 101 and the waiver, NFPA 1127", ['certification', 'FAA', 'waiver', 'Tripoli', 'NAR']),
  say(M, "Lorna, you're the RSO, so you get the paperwork question. What do people actually need before they can fly something like Anand's?", { wlab: 'Call-in User_2' }),
  say(L, "Ha, the boring bit that keeps everybody alive. ¶ In the US there are two organisations that certify flyers, the NAR, the National Association of Rocketry, and Tripoli. Both have levels. Level {1|1}, you build a rocket and fly it on an H or an I motor and recover it in one piece. Level {2|2}, you pass a written test and fly a J, K or L. Level {3|3} is the big one, M motors and up, and you have to document the whole project and have it checked by a committee before you fly. ¶ Every letter is twice the total impulse of the one before, so an M is a lot of motor."),
  say(A, "Mine took {eight|8} months of paperwork."),
  say(L, "It should. Then there's the airspace. Small model rockets don't need permission. But high-power rockets are what the FAA calls Class {2|2} amateur rockets, under Part {101|101} of the regulations, and you can't fly them without an authorisation. ¶ So the club gets a waiver for its field, with a ceiling, say, {fifteen thousand|15,000} feet, and a window of days. Before a launch, we call it in, and there's a notice to pilots, a {NOTAM|no Tam}, so aircraft know to stay away. That ceiling is why I'm grumpy at the table. If your simulation says {sixteen thousand|16,000}, you're not flying at my field."),
  say(M, "And Spaceport has its own waiver?"),
  say(L, "It does, with a much higher ceiling, which is why you all go to New Mexico. And then there's the safety code, NFPA {1127|11 27}, which is the fire code for high-power rocketry. It says how far people stand from the pad, depending on the motor. ¶¶ And because people always ask, you don't need a federal explosives permit to buy the motors anymore. Tripoli and the NAR sued over that and won, around {2009|2009}. The propellant is ammonium perchlorate composite, and the court agreed it burns, it doesn't explode."),
  say(A, "Usually."),
  say(L, "Usually. That's what I'm for."),

  seg('extra', M, 'Pick: RocketPy, a Python library for flight simulation', ['RocketPy']),
  say(L, "Picks, before Anand's phone battery gives out. Maddie, you go first."),
  say(M, "Mine is {RocketPy|rocket pie}. It's a Python library for simulating flights, from a university team in Brazil, and it's what we built our Monte Carlo on. It's free, it's open source, and the documentation has examples with real flights you can check against."),
  say(A, "I've been meaning to try that. §My pick is a book, and it's older than all of us. Ignition, by John D. Clark, from {1972|1972}, about the people who tried to invent rocket fuels in the fifties and sixties. ¶ It's the funniest chemistry book ever written. It's full of things that caught fire, exploded, or did both while the authors watched from a bunker. It'll make you grateful for the motors we buy now."),

  seg('extra', A, 'Pick: Ignition!, John D. Clark\'s history of liquid rocket propellants', ['Ignition'], { mid: true }),
  say(M, "It's on our lab shelf. Someone hid it in the fridge once."),
  say(A, "As a joke, I hope."),

  seg('extra', L, 'Pick: the American Rocketry Challenge for school teams', ['American Rocketry Challenge', 'Rocketry Challenge']),
  say(L, "And mine is the American Rocketry Challenge, the contest for middle and high school teams, run by the Aerospace Industries Association and the NAR. My students fly in it every spring. They have to hit an exact altitude and flight time with an egg on board, and bring the egg back unbroken."),
  say(M, "The egg is the hardest part."),
  say(L, "The egg is always the hardest part. ¶¶ §Okay, that's Dual Deploy for this month. Anand, one last time. Kansas?"),

  seg('outro', L, 'Goodbye', [], { mid: true }),
  say(A, "Actually, yes. Dale called me this morning. He was out planting, and he found it. The nose cone was cracked, the tracker battery was long dead, but the altimeter still had the whole flight on it. {Fourteen thousand two hundred|14,200} feet."),
  say(M, "Persistence!", { wmerge: true }),
  say(L, "That is the best ending we've ever had. Maddie, Anand, thank you both. Everything we mentioned is at {dualdeploy.show/40|dual deploy dot show slash 40}. Fly safe, and listen for the beeps."),
];

export const SPEAKERS = [
  { name: L, aliases: ['Lorna', 'Fitzgibbon'] },
  { name: A, aliases: ['Anand', 'Varadarajan', 'Vara Rajan', 'Call-in User_2'] },
  { name: M, aliases: ['Maddie', 'Madeleine', 'Szymańska', 'Szymanska', 'Shimanska', 'Caprock Rocketry Lab'] },
];
