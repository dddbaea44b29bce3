// Source of Phase Angle #94 (SYNTHETIC held-out episode, heldout26): a two-host weekly ELECTRICITY GRID and HOME ENERGY
// news show in the style of the seed (blackouts, the software that runs energy suppliers, data centres and capacity
// prices, plug-in solar, cars that feed the grid, negative prices). Hosts (invented): Oona Vartiainen, in Tampere, who
// writes the software that bids home batteries and heat pumps into the Finnish grid operator's reserve markets, who opens
// and closes the show; Xosé Carballeira, in Vigo, who keeps the control software of a small hydro and solar cooperative in
// Galicia running. The sponsor "Tarnwick" (smart-meter readings and tariffs as one API) is invented, as are the hosts'
// jobs, Xosé's "blackout box" packed after April's blackout (a running joke: set up in the intro, fed in segments 2, 6
// and 9, paid off in the outro), Oona's aggregator, the cooperative, the neighbour's balcony panels, the felt boots and
// every anecdote. Recorded Wednesday 26 November 2025; the news is real but told from memory.
// Rendered by build.mjs into web.txt (a seed-like page, FIRST NAMES in capitals on the first two paragraphs only) and
// whisper.srt (SubRip as a Whisper-style recogniser writes it, with no speakers at all).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the show's transcription service, checked by a person), B in whisper.srt (the recogniser: a
//              misheard name, accents dropped, the URL written out);
//   ⟨...⟩      a spoken URL (always inside the A of a {A|B}): dropped from web.txt with the following punctuation;
//   ¦~         web.txt only: the page's service starts a new paragraph at this sentence end and the continuation loses its
//              first word (the seed page's habit); `¦` the same, keeping the word.
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   merge      whisper.srt: this short reply is run into the first cue of the next paragraph (the other host's), so that
//              cue holds both voices (`ambiguous`).
// Conventions: presenter = the host who brings the item, and a hand-over line belongs to the NEW segment, also when the
// other host speaks it; the sponsor's presenter is its reader; extras are one segment per host, kind `extra`, presented
// by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const O = 'Oona Vartiainen';
export const X = 'Xosé Carballeira';

export const SOURCE = [
  seg('intro', O, 'Welcome to Phase Angle 94', []),
  say(O, "{Moi|Moi} everybody, you're listening to Phase Angle, number ninety-four, the show where electricity stops being invisible for thirty minutes. I'm Oona {Vartiainen|Vartianen}, it's November twenty-sixth, a Wednesday, and from a very dark Tampere I write the code that offers people's home batteries and heat pumps to the grid operator whenever the frequency wobbles."),
  say(X, "And I'm {Xosé Carballeira|Jose Carballeira}, recording in Vigo, where it's raining sideways. I keep the control systems running for a small cooperative that owns two river turbines and a few thousand solar panels on warehouse roofs, so my phone rings whenever a cloud misbehaves."),
  say(O, "Did you unpack the box yet?"),
  say(X, "Still sealed. Since April there's a plastic crate under my stairs: a camping stove, a radio that runs on batteries, forty candles and six tins of octopus. My partner calls it the blackout box and asks every week when it can go to the attic. The answer is when Spain's grid explains itself."),
  say(O, "Then today is a big day for the crate."),
  say(X, "Very much so. I've been refreshing the report page all week the way other people check the football scores."),
  say(O, "Here's how the half hour runs. The engineers' report on April's blackout, and a British energy supplier giving its software away as a separate company; after that, why electricity for the American east coast just got dearer, then a short message from whoever pays our bills. ¦~ Next come solar panels you plug into a socket, a small French car that sells power back, and prices that drop below zero. And we each bring two things we've been enjoying."),

  seg('topic', X, 'The Iberian blackout of 28 April: ENTSO-E\'s expert panel finds a cascade of overvoltage', ['blackout', 'overvoltage', 'ENTSO-E']),
  say(O, "You sat through our opening story in the dark, so tell it.", { cut: 1 }),
  say(X, "Every second of it. On Monday, April the twenty-eighth, at twenty-five to one in the afternoon, Spain and Portugal lost practically all their electricity within a few seconds. I was at the cooperative's office and watched the turbine screens go grey one after another. ¦~ Shortly after that the whole building was silent. Trains stopped between stations, traffic lights died, and across much of the country power only returned late that night or early on Tuesday."),
  say(O, "And now somebody has worked out why."),
  say(X, "Before I get to the why: our screens showed almost nothing beforehand, which is the unsettling part. A small rise in voltage, then everything fell over. We're a tiny plant at the far edge of the network, and whatever started it happened hundreds of kilometres south of us, around Granada and Badajoz, where the big solar farms are."),
  say(O, "So what does the report say?"),
  say(X, "In early October the expert panel of {ENTSO-E|ENTSO E}, the association of Europe's transmission operators, published its factual report, and its headline is that this is the first blackout in Europe caused by a cascade of overvoltage. Most people imagine a blackout as too little power. ¦~ This was the opposite problem: the voltage kept climbing. There were oscillations in the half hour before, the operators took steps to damp them, and then the voltage in the south rose, generators disconnected to protect themselves, each disconnection pushed the voltage higher, and the chain ran away in seconds."),
  say(O, "Who was supposed to hold the voltage down?"),
  say(X, "That's where the arguing starts. The Spanish government's own report in June said the conventional plants scheduled to control voltage that day didn't absorb as much reactive power as they should have, and that some plants tripped when the rules said they should stay connected. {Red Eléctrica|Red Electrica}, the grid operator, and the big utilities have been blaming each other ever since. ¦~ Meanwhile solar and wind farms weren't allowed to help with voltage control at all, because the rules dated from before there were so many of them. Spain's regulator finally changed that this summer."),
  say(O, "So the inverters could have helped and were told to sit still."),
  say(X, "In essence. And there's a lesson people in my line of work keep repeating: a grid full of inverters has less heavy spinning metal in it, so it needs inverters that behave like machines, the grid-forming kind, which set their own voltage and frequency instead of following everybody else."),
  say(O, "How do you restart a whole peninsula when nothing is running?"),
  say(X, "Black start. Some hydro plants can start with no outside power, and there were the links to France and Morocco. The operators built small islands of power around those and stitched them together through the night. ¦~ Our own river turbine came back after about six hours, once the operator in Madrid gave us a voltage to synchronise against, and I've never been so happy to hear a generator hum. The panel's final report with its recommendations comes in the first quarter of next year. Until then, the crate stays under the stairs."),
  say(O, "A reasonable policy."),

  seg('topic', O, 'Octopus Energy spins Kraken off as a separate software company', ['Kraken', 'Octopus Energy']),
  say(O, "Speaking of software that everyone blames when the bills go wrong, the second story is British. Octopus Energy, the supplier that grew in about nine years into the biggest household supplier in Britain, has decided to turn Kraken into its own company. Kraken is the platform Octopus wrote for itself: billing, meter readings, customer accounts, tariffs, the lot. It began because the billing systems you could buy were too slow to change, and it grew into a product."),
  say(X, "And other suppliers rent it.", { merge: true }),
  say(O, "Plenty do, which surprised me when I first read the list. {E.ON Next|E on Next} and EDF in Britain, Origin Energy in Australia, Tokyo Gas in Japan, and the company says it has contracts for something like seventy million accounts. The argument for a demerger is trust. ¦~ A rival supplier doesn't love sending all its customers' data to a platform owned by a competitor, even with walls inside, so a separate Kraken should be easier to sell. It also makes the value visible, which I suspect is the point for the investors."),
  say(X, "Does your aggregator talk to any Kraken suppliers?"),
  say(O, "Two in Finland are looking at it, and frankly, the idea of one platform with real-time tariffs everywhere is attractive to somebody like me. My batteries respond to a price signal in seconds. Most billing systems can barely cope with a price that changes every hour."),
  say(X, "Is the software a good business on its own, though?"),
  say(O, "The accounts suggest Kraken makes money, which is more than most suppliers manage in a cold winter. Octopus has also talked about selling it to water companies and beyond energy altogether. ¦~ The risk for the suppliers renting it is simple: if the new owners raise the price, moving tens of millions of accounts to another platform takes years."),

  say(X, "An hourly price would already be progress for some American utilities."),
  say(O, "Not only with billing, either. §Planning years ahead is exactly what went badly on America's east coast this summer, and I think you've got the numbers."),
  seg('topic', X, 'PJM\'s capacity auction hits its price cap as data centres pile onto the grid', ['PJM', 'capacity auction', 'data centres'], { mid: true }),
  say(X, "I do, and they're painful. {PJM|P J M} runs the grid for thirteen states and Washington, around sixty-five million people. Every year it holds a capacity auction, where power plants are paid to promise they'll be available three years out. ¦~ July's auction for the year starting in June 2026 cleared at the cap, which is almost three hundred thirty dollars per megawatt per day, after last year's had already jumped almost tenfold. Households will feel it in their bills."),
  say(O, "What does that mean for an actual family?"),
  say(X, "Utilities in Pennsylvania and Maryland warned of bills going up by ten or twenty percent in some places from June. The governor of Pennsylvania took the operator to the federal regulator over the previous result, and that's how the cap appeared in the first place."),
  say(O, "And the reason is the data centres?"),
  say(X, "Most of the growth in the forecast is data centres, many of them in northern Virginia, plus old plants retiring faster than new ones connect. The queue to connect new generation is years long. ¦~ Interesting twist: in August Google signed agreements with Indiana Michigan Power and the Tennessee Valley Authority to scale back machine learning work at some data centres when the grid is tight. Demand response, done by the biggest customer in the county."),
  say(O, "Have they actually done it yet?"),
  say(X, "Google says it already has, on hot days in a couple of places, by pausing work that isn't urgent. Most of a data centre's load can't move, so it's a thin slice, but a thin slice of a gigawatt is still a lot of homes."),
  say(O, "Do the data centres pay for the lines they need?"),
  say(X, "That's the fight in several state commissions now. Ohio approved a special tariff this summer for its largest utility, so a huge new load has to commit for years and pay for most of its connection even if it later shrinks. ¦~ Other states are copying the idea, because nobody wants grandmothers paying for a server hall's substation."),
  say(O, "That's my whole job, except with heat pumps in Pirkanmaa instead of chips in Indiana."),
  say(X, "Your heat pumps don't train language models at teatime, though."),

  seg('sponsor', O, 'Sponsor: Tarnwick, smart meter readings and tariffs through one API', ['Tarnwick']),
  say(O, "No, but they'd answer a price signal faster than any utility I know. Answering a price signal needs the price, and this week the price, and the meter, come courtesy of Tarnwick, who keep this show on the air. ¦ Anyone who has built something on smart-meter data knows the misery: every supplier with its own login, its own format, half-hourly readings that arrive three days late. Tarnwick gives you one API for readings, tariffs and standing charges across suppliers in Britain and the Nordics, dynamic tariffs included, and it flags any tariff that changes under your feet, which in Britain happens more than anyone admits. ¦~ My team uses it to check that our battery schedules actually saved anybody money, instead of just feeling pleased with ourselves. The first month is on the house at {⟨tarnwick.io/phaseangle⟩|tarnwick.io/phaseangle}. Thanks, Tarnwick, for covering our costs this week. §{Xosé|Xose}, yours next: panels people hang off their balconies."),

  seg('topic', X, 'Plug-in balcony solar: Germany\'s 800-watt rules, a million registrations, and Britain taking a look', ['balcony solar', 'plug-in solar', 'Balkonkraftwerk'], { mid: true }),
  say(X, "Gladly, because my neighbour bought two and hung them off the railing before asking anyone. In Germany they call them {Balkonkraftwerk|balcony craft work}, a balcony power station: one or two panels, a small inverter, and a cable that goes into an ordinary socket. Since last year's solar package, the limit for the inverter is eight hundred watts and registration is one short form in the {Marktstammdatenregister|market master data register}, the federal register of every generator. ¦~ Registrations passed a million this year, and plenty of people never register at all."),
  say(O, "Plugging a generator into a socket still sounds like something an electrician would scream at."),
  say(X, "Some did, and I'll come to that. First the politics: landlords and owners' associations used to refuse outright, and Germany changed the law last year so they can set conditions but can't simply say no. ¦~ Walk down some streets in Berlin now and every other balcony has a panel held on with cable ties, pointing whichever way the building happens to face."),
  say(O, "And the electricians?"),
  say(X, "They worry about a plug with live pins if you pull it out, and circuits that get fed from two ends. The inverters shut off within milliseconds when the grid disappears, and the German standards body has been writing a product standard that makes the ordinary socket officially acceptable. ¦~ Britain's solar roadmap this summer promised to look at allowing them too, and interest is high among people renting flats who can't put anything on a roof."),
  say(O, "What does your neighbour get for it?"),
  say(X, "About seven hundred kilowatt-hours a year, she thinks, which for us is a nice saving. She also says that when the next blackout comes, she'll have power. She won't, the inverter switches off with the grid, and I'm leaving that conversation to somebody braver. She's already bought a third panel for the kitchen window."),
  say(O, "Pack her a box.", { merge: true }),
  say(X, "I've offered her some of my candles."),

  seg('topic', O, 'Vehicle-to-grid in France: the Renault 5 and Mobilize\'s bidirectional charging offer', ['vehicle-to-grid', 'Renault 5', 'Mobilize']),
  say(O, "Somebody braver than both of us is parking a car that can push electricity back into the house. Bidirectional charging was supposedly around the corner fifteen years ago; now you can actually order it in France. Renault's new Renault 5 has an onboard charger that works both ways, and {Mobilize|Mobilise}, Renault's energy brand, sells a package with a wallbox and a contract. ¦~ The car sits in the driveway and the aggregator charges it when power is cheap and sells some back when it's dear, and the driver gets credit on the bill. They launched it in France and have since taken it to Germany and Britain."),
  say(X, "Doesn't that chew through the battery?"),
  say(O, "Everyone asks that first. Truthfully, the cycling involved is small compared to driving, and the contracts limit how far the aggregator can drain it, so you still find enough range in the morning. The other trick is that it's AC: the car does the conversion, so the wallbox stays cheap. ¦~ The standard underneath, {ISO 15118-20|ISO 15 118 20}, is what lets the car and the charger negotiate all this, and plenty of manufacturers promise support for it."),
  say(X, "What does the driver actually get out of it?"),
  say(O, "In France the pitch was cheaper or even free home charging for a typical driver, in exchange for letting the aggregator use a slice of the battery. Mobilize talks about savings of several hundred euros every year. ¦~ What matters to me is that every car is a small battery that's already paid for, sitting idle almost all of its life."),
  say(X, "Would you plug your own car in?"),
  say(O, "No car here, just a bicycle with studded tyres, which is how half of Tampere gets through January. My sister bought an electric car in the spring, though, and she's already asked whether I'll pay her to borrow its battery. I told her Finland isn't there yet. But my code would love a thousand of them."),

  seg('topic', X, 'Negative electricity prices: record hours in Germany and Spain, and Germany\'s solar peak law', ['negative electricity prices', 'negative prices', 'solar peak law']),
  say(O, "Prices that go below zero are something you live with every sunny weekend, and you moan about them at length.", { cut: 1 }),
  say(X, "With good reason. This year both Germany and Spain logged more hours of negative wholesale prices than ever before. At lunchtime on a bright Sunday in May, there's so much solar that generators are paying to be allowed to produce. ¦~ For our cooperative that means the river turbines earn nothing at noon, so we try to hold water back for the evening peak, where hydro beats everybody."),
  say(O, "Do you ever switch the panels off?"),
  say(X, "Yes, and it feels criminal. The oldest warehouse roofs are on a fixed-price contract, but the newer ones we curtail when the price drops under zero. The inverters ramp down and the panels sit in full sun doing nothing, while I stare at a screen full of wasted light."),
  say(O, "And Germany changed the rules."),
  say(X, "In February they passed what's nicknamed the {Solarspitzengesetz|Solar Spitzen Gesetz}, the solar peak law. New installations get no feed-in payment for the hours when the price is negative, and new small systems without a smart meter can only feed half their peak into the grid. ¦~ The idea is to stop paying people to make a problem worse. What actually solves it is storage and flexible demand: batteries, heat pumps, cars, the stuff Oona sells."),
  say(O, "Does the cooperative have a battery yet?"),
  say(X, "We would, if the members could agree on one. The last meeting spent forty minutes on the colour of the container, and then we ran out of time for the inverter."),
  say(O, "I don't sell it, I just make it move."),
  say(X, "Moving it is the difficult bit."),

  seg('extra', X, 'Xosé\'s extras: EMHASS for scheduling a home battery, and a clamp meter', ['EMHASS', 'clamp meter']),
  say(O, "Headlines over, then. Two picks each, and since you've already described a clamp meter to me on two separate days, you start."),
  say(X, "Fine, but first a tool. {EMHASS|M Hass} stands for energy management for Home Assistant. It's free, open-source code that takes your forecast solar, your prices and your loads and solves a small linear programming problem to decide when the battery charges and when the dishwasher runs. ¦~ It's written in Python, and it gets very smug on days with negative prices."),
  say(O, "And the clamp meter?"),
  say(X, "Twenty-three euros at the hardware shop on my street. I've lent it to two neighbours already, and one of them gave it back."),
  say(O, "What does it actually tell you?"),
  say(X, "How much a thing draws, without cutting anything: you clip the jaws around one wire and read the current. I've measured the fridge, the heat pump, and the radio in the blackout box, which uses almost nothing and is therefore my favourite appliance."),
  say(O, "Unsurprising.", { merge: true }),
  say(X, "It's a lovely radio. §Your turn now, and explain what you've been wearing on camera all week."),

  seg('extra', O, 'Oona\'s extras: Electricity Maps and a pair of felt boots', ['Electricity Maps', 'felt boots'], { mid: true }),
  say(O, "Electricity Maps shows the carbon intensity of the grid, zone by zone, almost live, with where the power comes from: Finland, Spain, the PJM area, wherever. Its parsers are published openly, on GitHub, where anyone can fix one. The map is the best five-minute explanation of the energy transition I know. ¦~ Sunny days in Iberia go a lovely green by noon. I also use its phone widget to pick the hour for heating the sauna, and I suspect no sentence I've spoken was ever more Finnish."),
  say(X, "And the boots?", { merge: true }),
  say(O, "Felt boots, the grey ones Finnish grandmothers have worn for a century. My office runs at nineteen degrees because I believe in demand response, and these make it feel like twenty-two. My colleagues laughed until the heating broke in October, and now four pairs live under our desks."),

  say(X, "So you're your own first customer."),
  say(O, "With pleasure. §And that's the half hour spent. Each link, from the report to the boots, lives at {⟨phaseangle.fm/94⟩|phaseangle.fm/94}. {Xosé|Xose}, how's the crate looking?"),
  seg('outro', O, 'Goodbye', [], { mid: true }),
  say(X, "The same forty candles, and one tin of octopus fewer. Our little secret, please."),
  say(O, "Safe with me. {Näkemiin|Nakemiin}, everyone."),
];

export const SPEAKERS = [
  { name: O, aliases: ['Oona', 'Vartiainen', 'Vartianen', 'OONA'] },
  { name: X, aliases: ['Xosé', 'Xose', 'Jose', 'Carballeira', 'XOSÉ'] },
];
