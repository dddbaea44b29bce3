// Source of Cell Balance #58 (SYNTHETIC held-out episode, heldout30): a two-host weekly E-BIKE news show in the style of
// the seed (New York's Local Law 39 and UL 2849 a year on; the EU Battery Regulation's removable batteries, state of health
// and battery passport; Bosch's parts pairing and an independent shop; DJI's Avinox drive and what "250 watts" means;
// tuning dongles, Bosch's error 504, Dutch fat bikes and the US classes; cells in series and cell balancing; extras
// ("spare parts"): OpenBikeSensor, and Ogden Bolton Jr.'s patent of 1895). Hosts (invented): Maggie Doucet, who runs an
// e-bike repair shop in Rosemont, Montreal, and keeps suspect batteries in a steel cabinet in the yard, "the penalty box"
// (the running joke: set up in the intro, fed in segments 2, 4, 7 and 10, paid off in the outro), who opens and closes the
// show; Anders Lykke, in Copenhagen, who writes battery-management firmware for a cargo-bike maker. The sponsor
// "Standover" (booking and work orders for bike shops) is invented, as are the hosts, the shop, the blue cargo bike and
// every anecdote. Recorded Thursday 21 November 2024; the laws, standards, companies and products are real, told from
// memory.
// Rendered by build.mjs into web.txt (the show's own transcript page: surnames in capitals on the first two paragraphs
// only) and rev.json (a Rev.ai transcript: speakers only as numbers 0, 1, 2).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the show's page, a machine transcript the hosts corrected), B in rev.json (Rev.ai's recogniser:
//              numbers as digits, names and products misheard, fillers dropped, `<inaudible>` for a word it gave up on);
//              B may be empty;
//   ⟨...⟩      a spoken URL (always inside the A of a {A|B}): dropped from web.txt with the following punctuation;
//   ¦~ / ¦     web.txt only: the page starts a new paragraph here (mid-turn), losing (¦~) or keeping (¦) the next word.
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   merge      rev.json: said over the other host, this short reply is folded into the other host's monologue around it
//              (that monologue holds two voices: `ambiguous`, the speaker of most of its words);
//   flip: N    rev.json: the diariser gives this paragraph the speaker number N (a third number: a laughing voice).
// Conventions (the news convention of heldout18 to heldout29): presenter = the host who BRINGS the item, and a hand-over
// line belongs to the NEW segment, also when the other host speaks it; the sponsor's presenter is its reader; extras
// ("spare parts" on this show) are one segment per host, kind `extra`, presented by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const M = 'Maggie Doucet';
export const A = 'Anders Lykke';

export const SOURCE = [
  seg('intro', M, 'Welcome to Cell Balance 58', []),
  say(M, "Bonsoir and welcome to Cell Balance, episode {fifty-eight|58}, the show about the batteries, the motors and the firmware that make bicycles electric. I'm Maggie {Doucet|Doo set}. I run a repair shop for e-bikes in Rosemont, in Montreal, and tonight I'm recording from the back of it, between a cargo bike and a pile of chargers."),
  say(A, "And I'm Anders {Lykke|Lucky}, in Copenhagen. I write battery management firmware for a company that builds cargo bikes, which means I spend my days deciding when a battery is allowed to say no. How's the penalty box, Maggie?"),
  say(M, "Full. For new listeners: any battery that comes into the shop swollen, dropped, soaked or just smelling wrong goes into a steel cabinet out in the yard until we decide what to do with it. My staff call it the penalty box. ¦~ There are four batteries in there tonight, and one of them came in on Monday after a delivery rider washed his bike with a pressure washer."),
  say(A, "Five minutes for washing.", { flip: 2 }),
  say(M, "Five minutes for washing, and a game misconduct. So, what's on the bench this week? A law in New York that's now a year old, Europe wanting your battery to come out with a screwdriver, and a certain German company making my life harder. ¦ Anders has brought a drone company and, he says, the reason this show has its name. Spare parts at the end."),
  say(A, "It's a good bench."),

  seg('topic', M, 'New York a year on: Local Law 39, UL 2849 and the battery fires', ['Local Law 39', 'UL 2849', 'New York']),
  say(M, "First on it, then: New York. In September of last year the city started enforcing Local Law {thirty-nine|39}, which says you can't sell, rent or lease an e-bike in the city unless it's certified to UL {twenty-eight forty-nine|2849}, and a battery on its own has to meet UL {twenty-two seventy-one|2271}. ¦~ The FDNY has been putting out numbers for the first full year, and they're good. Deaths from lithium-ion battery fires went from {eighteen|18} in {twenty twenty-three|2023} down to a handful this year, even though there are more e-bikes on the street than ever."),
  say(A, "What does the certification actually test? Because people hear UL and think it's a sticker."),
  say(M, "It's not just the cells. UL {twenty-eight forty-nine|2849} tests the whole electrical system together: the battery, the charger, the motor controller, the wiring. They overcharge it, short it, drop it, soak it, and check that when something fails, it fails without a fire. ¦~ The cheap packs we see in the penalty box usually fail the most boring way. No proper fuse, a BMS that never cuts off, cells that were never matched, and a charger from a different bike."),
  say(A, "A charger that was never meant for that voltage."),
  say(M, "Exactly. The other half of the story is the trade-in. The city ran a program this year where delivery workers could hand in an uncertified bike or battery and get a certified one, because telling a rider who earns his living on a {four-hundred-dollar|$400} bike that he now needs a {two-thousand-dollar|$2,000} bike is not a safety plan. ¦~ That's the part I'd love Montreal to copy. We have the same riders, the same cheap packs, the same apartments with one exit."),
  say(A, "And most of these fires start while the battery is charging?"),
  say(M, "A lot of them. A pack on the charger overnight, in a hallway, next to the only door. The fire department's advice is boring and right: charge where you can see it, not while you sleep, and unplug it when it's full."),
  say(A, "Do you see certified packs in the shop yet?"),
  say(M, "More every month. The brands that sell in New York certify everything, because they don't want two versions. The problem is the used market. Nobody checks a battery sold in a parking lot, and a year later it comes to me with the case cracked and a smell like nail polish, and it goes straight in the box.", { cut: 1 }),

  say(A, "That smell is the electrolyte, for the record, and you're right to keep it outside. §The European version of this story comes at the battery from the other end. Not how it burns, how long it lives. The EU Battery Regulation, the one from {twenty twenty-three|2023}, has a section on what it calls {LMT|L M T} batteries, light means of transport, which is e-bikes, e-scooters, that whole family."),
  seg('topic', A, 'The EU Battery Regulation: removable LMT batteries, state of health and the battery passport from 2027', ['Battery Regulation', 'LMT', 'battery passport'], { mid: true }),
  say(M, "Light means of transport. Very Brussels."),
  say(A, "Very Brussels. From February {twenty twenty-seven|2027}, the battery in a new e-bike has to be removable and replaceable, by an independent professional at least, with ordinary tools. Most e-bike batteries already come out with a key, so that part is easy. ¦~ The interesting part for me is what the battery has to know about itself. The battery management system has to keep data on its state of health and its expected lifetime, and you, or a repair shop, have to be able to read it."),
  say(M, "That's the thing I want most in the world. I get batteries where I can't even tell how many cycles they've done."),
  say(A, "And you will, in theory. Then there's the battery passport, also from {twenty twenty-seven|2027}: a digital record for each {LMT|L M T} battery, with a QR code on the case, saying what's in it, where the materials came from, the carbon footprint, how to take it apart. ¦~ And there are collection targets. Producers have to take back a rising share of the {LMT|L M T} batteries they sell, {fifty-one percent|51%} by {twenty twenty-eight|2028} if I remember right, going up after that."),
  say(M, "What does that mean for you, writing the firmware?"),
  say(A, "It means my counters become legal documents. Right now the firmware counts cycles and logs the worst temperatures and the deepest discharges, mostly so our warranty people can argue with customers. ¦~ Once a regulator says a shop must be able to read the state of health, somebody has to define state of health, and every manufacturer defines it differently. Capacity left? Internal resistance? A number between zero and a hundred that marketing picked?"),
  say(M, "Marketing picked it.", { merge: true }),
  say(A, "Marketing always picks it."),

  seg('topic', M, 'Paired parts: Bosch\'s smart system, the dealer\'s diagnostic tool, and an independent shop with a blue cargo bike', ['Bosch', 'pairing', 'right to repair']),
  say(A, "And that's a nice way into your rant, because on Tuesday you sent me a voice note that was mostly swearing about a blue cargo bike."),
  say(M, "It was entirely swearing. Okay. So the blue cargo bike belongs to a family in {Villeray|<inaudible>}, two kids, it's their car. The drive unit died, which happens. I ordered a new one, it arrived, I put it in, and the bike won't talk to it. ¦~ On the newer {Bosch|Bosh} system, the smart system, a replacement drive unit or battery or display has to be paired to the bike with the dealer's diagnostic tool, and the part has to be registered. If you're not an authorised dealer, you don't have the tool."),
  say(A, "And you're not?"),
  say(M, "I'm an independent shop. I can replace a bottom bracket on anything, but I can't introduce two {Bosch|Bosh} parts to each other. {Bosch|Bosh} says it's about theft, and to be fair, the theft part is real. Their app has a lock and an alarm now, and a stolen drive unit that's registered to somebody else's bike is worth a lot less. ¦~ I understand that. But the effect is that the family waits three weeks for a dealer appointment, and their bike sits in my shop, right next to the penalty box."),
  say(A, "Did you try calling them?"),
  say(M, "I did. The person on the phone was very polite, and the answer was very no. They gave me the address of the nearest dealer, which is a shop I send customers to when I'm on holiday."),
  say(A, "We have this argument at work too. Pairing is the same mechanism whether you call it anti-theft or lock-in."),
  say(M, "That's my whole point. The same week, Shimano, no, I'll stop, I promised you one company. The right to repair people in Europe are watching this, and honestly, with the rules you just described, I don't see how a battery that only a dealer can pair counts as replaceable by an independent professional."),
  say(A, "That's going to be a fun argument in {twenty twenty-seven|2027}."),
  say(M, "I'll be in the front row."),
  say(A, "Bring popcorn. §Before the drone company, though, I think you have a message from the people who keep us on the air."),

  seg('sponsor', M, 'Standover: booking and work orders for bike shops', ['Standover'], { mid: true }),
  say(M, "I do, and I actually use them. This episode is paid for by {Standover|Stand over}, booking and work-order software for bike shops. Customers book a slot online, the bike gets a work order with every part and every minute on it, and when it's ready the customer gets a text, so nobody phones me while I'm elbow-deep in a hub motor. ¦ It tracks serial numbers too, which, after the story I just told, matters. Listeners who run a shop get three months free at {⟨standover.app/cellbalance⟩|standover.app/cellbalance}. Thanks, {Standover|Stand over}."),

  seg('topic', A, 'DJI\'s Avinox drive: 120 newton metres, 850 watts peak, and what the 250-watt rule actually limits', ['Avinox', 'DJI']),
  say(A, "The drone company, then. In August, {DJI|DJI}, the drone people, launched their own e-bike motor, the {Avinox|Avi Knox}, in a mountain bike from a brand called {Amflow|Am flow}, which is more or less their own brand. And the numbers made the whole industry spit out its coffee. ¦~ A hundred and five newton metres of torque normally, a hundred and twenty in a boost mode, and eight hundred and fifty watts peak. For comparison, most of the big mid-drives were around eighty-five newton metres and six hundred watts peak."),
  say(M, "And in Europe the limit is two hundred and fifty watts. So how is that legal?"),
  say(A, "Because the rule is two hundred and fifty watts of continuous rated power, not peak. The European standard, {EN fifteen one ninety-four|EN 15194}, says the motor's continuous rated power is at most two fifty and the assistance stops at twenty-five kilometres an hour. Peak power isn't capped at all. ¦~ So every manufacturer rates the motor at two fifty continuous and then lets it pull three times that for as long as the heat allows. {DJI|DJI} pushed it further than anyone, and they know a lot about motors and batteries that have to be light."),
  say(M, "What does the firmware side look like? You must have looked."),
  say(A, "I looked at everything I could without buying one. The motor, the battery and the display talk over a bus, like everyone's, and the app does the updates and the tuning of the assist curves. What I liked is the charger, a gallium nitride one that's small and fast. ¦~ What worries me a little is heat. Eight hundred and fifty watts out of a motor that weighs two and a half kilos means the firmware spends its life estimating the winding temperature and backing off.", { cut: 1 }),
  say(M, "Would you ride one?"),
  say(A, "I'd ride one. I'd want to watch a year of firmware updates first, to see whether they treat the bike like a drone, where you update every week, or like a bike, where people expect it to work for ten years without an app."),
  say(M, "So the boost is on a timer."),
  say(A, "Effectively, yes, on a thermal model. And the battery has to deliver that current, which is where my corner of the world comes in. §Maggie, before I get to cells, you had the other side of this: the people who want more than the sticker says."),

  seg('topic', M, 'More than the sticker says: tuning dongles, Bosch\'s error 504, Dutch fat bikes and the US classes', ['tuning', 'dongle', 'speed sensor'], { mid: true }),
  say(M, "The tuners, yes. So in Quebec an e-bike can assist up to {thirty-two|32} kilometres an hour, with {five hundred|500} watts, which is already more generous than Europe. And people still want more. ¦~ The usual trick is a dongle on the speed sensor, the little magnet sensor on the rear wheel. The dongle halves the signal, so the motor thinks you're going half as fast as you are and keeps pushing."),
  say(A, "And the motor has no idea.", { flip: 2 }),
  say(M, "Less and less. {Bosch|Bosh} drive units have been looking for it for years: they compare the speed sensor with the cadence and the gear, and if the numbers don't make sense, you get an error {five oh four|504} and the assist drops. ¦~ I've had customers come in angry about error {five oh four|504}, and the conversation where I explain that the bike caught them is one of my favourite parts of the job."),
  say(A, "Over here the story this year has been the fat bikes."),
  say(M, "Tell me, because I only saw the headlines."),
  say(A, "The fat-tyre bikes that look like small motorbikes, mostly ridden by teenagers, often with a throttle, often tuned. In the Netherlands the police set up test benches by the side of the road, a roller you put the back wheel on, and a lot of them did forty or fifty kilometres an hour. ¦~ There's been talk of a minimum age and helmets, and some cities want them out of the parks."),
  say(M, "In the US they went with classes. Class one is pedal assist to {twenty|20} miles an hour, class two adds a throttle, class three is pedal assist to {twenty-eight|28}. It's not perfect, but at least a parent knows what the sticker means. ¦~ The honest version of my job is that a tuned bike with a cheap battery is a bike that ends up in the penalty box."),

  seg('topic', A, 'Why the show is called Cell Balance: 18650 and 21700 cells in series, passive and active balancing, and charging in the cold', ['cell balancing', 'balancing']),
  say(M, "Anders, we've done {fifty-eight|58} episodes and we have never once explained the name of the show. I think it's finally your turn."),
  say(A, "It is, and I've been waiting. So an e-bike battery is a pack of small cylindrical cells, usually the {eighteen six fifty|18650} size or, more and more, the bigger {twenty-one seven hundred|21700}. Each cell is about three point six volts. ¦~ A thirty-six-volt pack is ten cells in series, a forty-eight-volt pack thirteen, and you put several of those strings in parallel for capacity. The catch is that cells in series are never identical. One is a little weaker, it fills up first and empties first, and the whole pack is only as good as that one cell."),
  say(M, "The slow kid on the school trip."),
  say(A, "Exactly, everybody waits for the slow kid. So the management system watches the voltage of every group, and near the top of a charge it bleeds a little energy out of the fullest groups through resistors, so the others can catch up. That's cell balancing. ¦~ It's called passive balancing, because we literally burn the difference as heat. Active balancing moves charge from the strong cells to the weak ones instead, but it costs more, and almost nobody does it on a bike."),
  say(M, "So when a customer tells me their range dropped after a winter in the garage."),
  say(A, "Often one group drifted, and the pack never sat at the top of a charge long enough to balance. Leave it on the charger for a couple of hours after it says full, once in a while. Store it at about half, not full and not empty, and don't charge it below zero. ¦~ Charging a cold lithium cell plates lithium metal onto the anode, and that never comes back. And that's where my counters come in again. The firmware remembers every time somebody charged at minus five."),
  say(M, "You'd be a nightmare to lend a bike to."),
  say(A, "My bikes come back in better condition than they left."),

  seg('extra', M, 'Maggie\'s spare part: OpenBikeSensor, measuring how close cars pass', ['OpenBikeSensor']),
  say(M, "Spare parts. Mine is a box you bolt under your saddle that measures how close cars pass you. It's called {OpenBikeSensor|Open bike sensor}, an open-source project from Germany, with ultrasonic sensors pointing sideways, and you press a button on the handlebar when a car overtakes. ¦~ In Germany the law says a metre and a half in town and two metres outside, and the project puts the measurements on a map, so cities can see which streets are bad. A group here has started building them. I want one on my commute."),
  say(A, "You'll need a very big map for Montreal. §Mine is a patent. On the last day of {eighteen ninety-five|1895}, a man called Ogden Bolton Junior got a US patent for an electric bicycle, with a hub motor in the rear wheel and a ten-volt battery hanging in the frame. ¦~ No gears, no pedal sensor, and the drawings have it pulling up to a hundred amps. So the first e-bike was a throttle bike with a battery that would have made the penalty box nervous."),
  seg('extra', A, 'Anders\'s spare part: Ogden Bolton Jr.\'s electric bicycle patent of 1895', ['Bolton', 'patent', '1895'], { mid: true }),
  say(M, "Patent number?"),
  say(A, "{Five five two, two seventy-one|552,271}. I looked it up so you wouldn't have to."),

  seg('outro', M, 'Goodbye', []),
  say(M, "Of course you did. And that's the show. Anders asked me at the top how the penalty box is doing, and I owe everyone an update: while we were recording, my apprentice put a fifth battery in. It's mine. I knocked it off the counter this afternoon. ¦~ Links to everything are at {⟨cellbalance.show/58⟩|cellbalance.show/58}. Anders, thank you."),
  say(A, "Thanks, Maggie. Five minutes for dropping."),
  say(M, "Five minutes for dropping. {Bonne soirée|Bonne soiree}, everyone."),
];

export const SPEAKERS = [
  { name: M, aliases: ['Maggie', 'Doucet', 'DOUCET', 'Doo set', 'Speaker 0'] },
  { name: A, aliases: ['Anders', 'Lykke', 'LYKKE', 'Lucky', 'Speaker 1', 'Speaker 2'] },
];
