// Source of First Arrival #44 (SYNTHETIC held-out episode, heldout29): a THREE-co-host PANEL about SEISMOLOGY SOFTWARE and
// earthquake monitoring (the Campi Flegrei unrest, citizen seismometers and ObsPy, how a national network turns shaking
// into a located, sized earthquake, machine-learning phase pickers, earthquakes caused by wastewater injection, earthquake
// early warning, fibre-optic cables as seismometers), topics handed around by name, a sponsor read in the middle. Hosts
// (invented): Anahera Tipene, in Wellington, who looks after seismometer stations for a national monitoring network and
// who opens and closes the show; Dario Ferraresi, a postdoc in Naples who trains phase pickers and lives in Pozzuoli, on
// top of the caldera; Grady Tillotson, a high-school physics teacher in Stillwater, Oklahoma, with a Raspberry Shake in his
// classroom that records the school buses every afternoon at five past three (the running joke: set up in the intro, fed
// in segments 3, 5, 7 and 9, paid off in the outro: the pep rally's jump test, and the stranger in Colorado who emailed about
// the "event"). The sponsor "Stationkeep" (health monitoring for remote field instruments) is invented, as are the hosts,
// their stations, the classroom and every anecdote. Recorded Wednesday 9 April 2025; the science, the tools, the agencies
// and the earthquakes are real, told from memory.
// Rendered by build.mjs into labeled.txt (the show's own transcript, first names as labels on the first line of a turn)
// and azure.json (an Azure AI Speech batch transcription result with diarization: speakers only as numbers 1, 2, 3).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in labeled.txt (the show's transcript, corrected by the hosts, fillers kept), B in azure.json (Azure's
//              recogniser, uncorrected: misheard names and tools, numbers as digits, fillers dropped); B may be empty;
//   ⟨...⟩      a spoken URL (inside the A of a {A|B}): kept as written in labeled.txt;
//   ¶          both files: a pause inside the turn: a new unlabeled line in labeled.txt, a new phrase in azure.json.
// opts:
//   lab: X     labeled.txt: this label instead of the speaker's own (a typo, or the transcriber's slip: the wrong name);
//   merge      azure.json: said over the end of the other speaker's sentence, this short line is recognised inside the
//              NEXT phrase (another speaker's), which then holds two voices (`ambiguous`, the speaker of most words);
//   flip: N    azure.json: the diariser gives this paragraph's phrases speaker number N.
// Conventions (heldout15's and heldout16's panel convention for co-hosts): the presenter is the co-host who BRINGS and
// carries the topic, also when another co-host hands it to them by name; the hand-over line belongs to the NEW segment; the
// sponsor's presenter is its reader; the goodbye is the outro, presented by the host who closes the show.
import { say, seg } from '../build-episode.mjs';

export const A = 'Anahera Tipene';
export const D = 'Dario Ferraresi';
export const G = 'Grady Tillotson';

export const SOURCE = [
  seg('intro', A, 'Welcome to First Arrival 44', []),
  say(A, "Kia ora and welcome to First Arrival, episode {forty-four|44}, the show about the instruments, the data and the code that tell us the ground has moved. I'm {Anahera Tipene|Anna Hara Tippany}, in Wellington, where I look after seismometer stations for a national monitoring network, which mostly means batteries, solar panels and the occasional possum."),
  say(D, "Ciao, I'm Dario {Ferraresi|Ferrara C}. I'm a postdoc in Naples, I teach computers to pick earthquakes, and I live in Pozzuoli, so some weeks the earthquakes come to me."),
  say(G, "And I'm Grady {Tillotson|Tillotsen}. I teach high-school physics in Stillwater, Oklahoma, and I have a seismometer bolted to the floor of my classroom, next to the pencil sharpener."),
  say(A, "How's the classroom station?"),
  say(G, "Loyal. Every single school day at {five past three|3:05} it records a small earthquake, and that earthquake is the buses pulling into the parking lot. My students call it the {three-oh-five|305} fault."),
  say(D, "That's a better name than most real faults have."),

  seg('topic', D, 'Campi Flegrei: the ground rising under Pozzuoli, the swarms, and the magnitude 4.6 in March', ['Campi Flegrei', 'Pozzuoli']),
  say(A, "Dario, we have to start with you, because the ground under your flat has moved more this year than most of my stations."),
  say(D, "It has, literally. So for people who don't know it, {Campi Flegrei|Campy Flegrei} is a caldera just west of Naples, a huge collapsed volcano, and about half a million people live on top of it or next to it. The ground there goes up and down over decades, which we call bradyseism, slow earthquake, from the Greek. ¶ In the early {eighties|80s} it rose almost {two|2} metres and they evacuated most of Pozzuoli. Since about {two thousand five|2005} it has been rising again, more than a metre in total, and last year it was going up by {one, sometimes two|1, sometimes 2} centimetres a month."),
  say(G, "A month? You could measure that with a ruler."),
  say(D, "You could, but we use {GNSS|GNSS} stations, tiltmeters and a dense seismic network, all run by {INGV|INGV}'s Osservatorio Vesuviano, which is the oldest volcano observatory in the world, from {eighteen forty-one|1841}. ¶ And when the ground rises, the rock breaks, so we get swarms: dozens, sometimes hundreds of small earthquakes in a night. Last May there was a {four point four|4.4}, the biggest in {forty|40} years, and then on the {thirteenth|13th} of March a {four point six|4.6}, which cracked buildings in Bagnoli. People slept in their cars."),
  say(A, "Did you?"),
  say(D, "One night, yes. My neighbour made coffee on a camping stove in the street at four in the morning. Very Neapolitan. ¶ But the part that's relevant for this show is the data. Every swarm produces thousands of waveforms, and the observatory has to say within minutes how big, where, how deep. The question everyone asks, is this an eruption coming, is a question about magma and gas, and the seismic data is only one part of the answer. ¶ So far, the signals look like fluids and gas pushing up, not magma. The alert level is yellow, and it has been yellow since {two thousand twelve|2012}."),
  say(G, "Does living there change how you think about the research?"),
  say(D, "Completely. When my code misses a small event, it's not a number in a paper any more. It's the one that woke up my neighbour."),

  say(A, "That's sobering."),
  say(D, "It is. §But somewhere in Oklahoma there's a machine that saw a much bigger earthquake last month from {thirteen thousand|13,000} kilometres away. Grady, did your classroom station pick up Myanmar? Somebody posted a screenshot in our group chat and I want the story."),
  seg('topic', G, 'A Raspberry Shake in the classroom: seeing the Myanmar earthquake from Oklahoma with ObsPy', ['Raspberry Shake', 'Myanmar', 'ObsPy'], { mid: true }),
  say(G, "It did, and it's the best lesson I've taught all year. So the station is a Raspberry Shake, the four-D, which is a little box with a Raspberry Pi inside, a geophone for the vertical motion and three accelerometers. It costs less than some of my students' phones, and it streams its data over the school Wi-Fi to the Raspberry Shake network, where anyone can see it. ¶ On the {twenty-eighth|28th} of March there was the magnitude {seven point seven|7.7} in Myanmar, on the Sagaing fault, near Mandalay. It happened in the middle of the night our time, which is the only time my classroom is quiet."),
  say(A, "No buses.", { merge: true }),
  say(G, "No buses. And this is the fun part: Stillwater is about a hundred and twenty degrees around the globe from Mandalay, which puts us in the shadow zone, where the Earth's core bends the direct P wave away. So the first thing we saw was the wave that went through the core, {PKP|PKP}, about {nineteen|19} minutes after the earthquake. Then, nearly an hour later, the surface waves, the big slow rolls that kept my station swaying for over an hour. ¶ In class the next day we pulled the data down in Python with {ObsPy|Ob spy}, which is the library everyone in seismology uses: you ask for a station and a time window, you get back a stream of traces, you filter it, you plot it. We read the arrival times off the plot and the kids worked out the distance from how long the surface waves took. They got within {four hundred|400} kilometres."),
  say(D, "That's better than some of my first-year students."),
  say(G, "Don't tell them, they'll unionise. The other thing I show them is that the station isn't special. The data comes out as {miniSEED|mini seed}, the same format the professional networks use, and you can get it over {SeedLink|seed link} in real time. ¶ The difference is the noise. My geophone sits on a second floor in a building full of teenagers. A real station sits in a vault on bedrock, far away from anything."),

  seg('topic', A, 'How a national network turns shaking into an earthquake: broadband stations, SeisComP, miniSEED and FDSN web services', ['network', 'SeisComP']),
  say(G, "Anahera, that's where you come in. What does a real network have that my pencil sharpener doesn't?"),
  say(A, "{Um, money|Money}, mostly. And a lot of hiking. A national network is a few hundred stations, and a good station has two instruments: a broadband seismometer, which can feel everything from a distant earthquake to the tides, and a strong-motion accelerometer, which doesn't clip when the shaking is violent. ¶ The broadband sensor sits in a vault or down a borehole, with a digitiser next to it that timestamps every sample from {GPS|GPS}, and then the data goes home over cell, radio or satellite, whatever the hill allows. My week is mostly about keeping those links alive."),
  say(D, "And at the other end?", { lab: 'Daro' }),
  say(A, "At the other end, for us and for a lot of networks, it's {SeisComP|Seiscomp}. It started at {GFZ|GFZ} in Potsdam, partly for tsunami warning after the Indian Ocean earthquake in {two thousand four|2004}, and it's open source now. ¶ {SeisComP|Seiscomp} takes the {SeedLink|seed link} streams, picks the first arrivals at each station, associates picks from different stations into one event, locates it and gives it a magnitude. For a moderate earthquake in the middle of the network, the first automatic solution is out in about a minute."),
  say(G, "And then a human looks at it?"),
  say(A, "Then the duty seismologist looks at it, yes, day or night, and that's the part people don't see. The first magnitude is usually a local magnitude, the descendant of Richter's, which saturates for big events, so for anything large you wait for the moment magnitude, which measures the actual slip on the fault. ¶ For the {Kaikoura|Kaikura} earthquake in {twenty sixteen|2016}, the magnitude kept going up for a while because the rupture jumped across about {twenty|20} faults, one after another. Nobody's first automatic solution got that right.", { lab: 'Anahara' }),
  say(D, "And then it all goes to the archive."),
  say(A, "Then it goes to the archive, and this is the part I love. Everything is in {miniSEED|mini seed}, the station metadata is {StationXML|station XML}, and you can ask any big data centre for it through the {FDSN|FD SN} web services, the same three queries everywhere: give me the stations, give me the waveforms, give me the events. ¶ {EarthScope|Earth scope}, which is what {IRIS|IRIS} became when it merged with {UNAVCO|Unavco}, serves decades of data that way, and our own network's open data too. Grady's {ObsPy|Ob spy} script would work on any of them without changing a line. The analysts still check every pick on the big events, though."),

  seg('topic', D, 'Machine-learning phase pickers: from STA/LTA to PhaseNet, EQTransformer and SeisBench', ['phase picker', 'PhaseNet']),
  say(D, "Every pick is exactly the thing I'm trying to take off those poor analysts' desks. For {forty|40} years the standard automatic picker was {STA/LTA|STA LTA}: you compare the average amplitude over a short window with the average over a long window, and when the ratio jumps, that's an arrival. It's fast and simple, and it's terrible when two earthquakes overlap or when the noise is bad. ¶ Around {twenty nineteen|2019} the deep-learning pickers arrived. {PhaseNet|Phase net}, from Stanford, treats a waveform a bit like an image and marks where the P and the S waves start. {EQTransformer|EQ transformer} adds attention, like the language models, and detects and picks in one go."),
  say(A, "And they're trained on what?"),
  say(D, "On millions of picks that analysts made by hand over decades. There's {STEAD|Stead}, the Stanford dataset with about a million waveforms, and {INSTANCE|instance} from Italy. ¶ The practical tool is {SeisBench|size bench}, a {PyTorch|pie torch} library that collects the models and the datasets behind one interface, so you can try five pickers on your data in an afternoon. When people rerun an old aftershock sequence with these, the catalogue gets five or ten times bigger. All those small earthquakes were in the data already. Nobody had picked them."),
  say(G, "Where's the catch?", { flip: 1 }),
  say(D, "The catch is they learn where they were trained. A model trained on California can be overconfident on a volcano, where the signals look different, so at Campi Flegrei we fine-tune on our own picks. ¶ And a picker is only the first step: you still have to associate, locate and check. My honest advice is to use the models and keep the analyst. {Um, the|The} model finds the earthquakes, the human decides which ones are real."),
  say(A, "Ten times more earthquakes, most of them nobody felt."),
  say(G, "Including mine at five past three.", { lab: 'Dario' }),
  say(A, "Including yours. §Before Grady's state and its wastewater, a word from the people who pay for this episode, Stationkeep."),

  seg('sponsor', A, 'Stationkeep: health monitoring for remote field stations', ['Stationkeep'], { mid: true }),
  say(A, "{Stationkeep|Station keep} watches your remote instruments so you don't have to drive out to them: battery voltage, solar charge, {GPS|GPS} lock, data latency, and the temperature inside the enclosure, from any logger or digitiser that can send a message home. When a station starts to go wrong, you get a warning days before it goes quiet, and a map of your whole network on one screen. ¶ It works for seismometers, weather stations, river gauges, anything bolted to a hill. Listeners get their first {ten|10} stations free at {⟨stationkeep.io/firstarrival⟩|station keep dot IO slash first arrival}."),

  seg('topic', G, 'Earthquakes we cause: wastewater injection in Oklahoma, Pawnee, and traffic-light rules', ['wastewater', 'Oklahoma', 'induced']),
  say(A, "Right. Grady, you promised me numbers from Oklahoma."),
  say(G, "I did. So, before {two thousand nine|2009}, Oklahoma had maybe one or two earthquakes of magnitude {three|3} or more in a year. In {twenty fifteen|2015} it had more than {nine hundred|900}. We were, for a while, more active than California."),
  say(D, "And it wasn't fracking, right? Everyone says fracking."),
  say(G, "Mostly it wasn't. It was wastewater. Oil wells here bring up a lot of salty water with the oil, many barrels of water for every barrel of oil, and the companies pumped it back down into a deep formation called the {Arbuckle|Arbuckle}, which sits right on top of the basement rock. ¶ Push enough water down there and you raise the pressure in old faults that were already close to slipping, and they slip. The biggest was the Pawnee earthquake, magnitude {five point eight|5.8}, in September {twenty sixteen|2016}. I felt that one in my kitchen."),
  say(A, "And then the numbers came down."),
  say(G, "They came down because the {Oklahoma Corporation Commission|Oklahoma corporation commission} ordered the operators to inject less, and the price of oil fell, so there was less water anyway. Now we have a few dozen a year. ¶ The other places I use in class are the Groningen gas field in the Netherlands, where taking the gas out caused earthquakes and the field was finally shut, and Preston New Road in England, where the fracking company {Cuadrilla|Quadrilla} worked under a traffic-light rule. Green, carry on. Amber, slow down. Red, at magnitude {zero point five|0.5}, stop pumping."),
  say(D, "{Zero point five|0.5}. Nobody feels that."),
  say(G, "Nobody feels that, which was the point. In August {twenty nineteen|2019} they had a {two point nine|2.9}, and that November the government stopped fracking in England. ¶ And to be fair to my buses, they're induced seismicity too. Just very punctual. §Anahera, warnings are yours, and I think this is where they fit, because the question my students' parents actually ask me is why their phone didn't buzz."),

  seg('topic', A, 'Earthquake early warning: ShakeAlert, Android phones as seismometers, Japan since 2007, and the blind zone', ['early warning', 'ShakeAlert'], { mid: true }),
  say(A, "Which is the right question. So first, what early warning is and isn't. It doesn't predict anything. The earthquake has already started. What you're racing is the shaking: the P wave travels at about {six|6} kilometres a second and doesn't do much damage, the S wave and the surface waves are slower and do the damage. ¶ If stations near the fault see the P wave and the system works out the size and the location in a few seconds, you can send an alert that arrives before the strong shaking, seconds to maybe a minute, depending on how far you are."),
  say(D, "And if you're close?"),
  say(A, "If you're close, you're in the blind zone, and the shaking arrives before any warning can. That's the honest limit. ¶ Japan has had a national system since {two thousand seven|2007}, on television, radio and phones. In the United States it's {ShakeAlert|shake alert}, run by the {USGS|USGS} with the universities and the West Coast states. It went public in California in {twenty nineteen|2019}, and the alerts reach people through the emergency alert system, through the {MyShake|my shake} app from Berkeley, and through Android."),
  say(G, "That's the part that blew my students' minds. Their phones are seismometers."),
  say(A, "Their phones are seismometers. Google's Android system uses the accelerometer in every phone that's lying still and plugged in, and when a lot of phones in one area feel a P wave at once, the servers decide it's an earthquake and warn the phones further out. ¶ In countries with no seismic network to speak of, that's the only warning there is. The hard part in every system is the magnitude in the first seconds: in Japan in {two thousand eleven|2011}, the first estimate was about {eight|8}, and the earthquake was a {nine|9}."),
  say(D, "Because the fault was still breaking while the warning went out."),
  say(A, "Exactly. A bigger earthquake takes longer to break, so the first seconds can't tell you how big it will get. Here in New Zealand we still don't have a national system, and I think about that every time I climb up to a station."),
  say(D, "For Pozzuoli it doesn't help much anyway. The earthquakes are right under us. That's my whole city, the blind zone."),

  seg('topic', D, 'Fibre-optic cables as seismometers: distributed acoustic sensing and the data it makes', ['fibre', 'distributed acoustic sensing']),
  say(D, "Can I do the cables now? I've been sitting on this for three weeks. The thing that excites me most right now is distributed acoustic sensing, {DAS|DAS}. You take an ordinary fibre-optic cable, often a spare one in a telecom bundle, a dark fibre, and you put a box called an interrogator at one end. ¶ It fires laser pulses down the fibre and listens to the light that scatters back from tiny imperfections in the glass, {Rayleigh|Raleigh} backscatter. When the ground stretches the cable, the scattered light changes, and you can measure that every few metres along {fifty|50} kilometres or more."),
  say(G, "So one cable is thousands of seismometers."),
  say(D, "Thousands of seismometers, each one measuring along the cable instead of in three directions, which is a limitation, but still. There are experiments with cables on the seafloor, where we have almost no stations, and on volcanoes. And even without an interrogator, a group at Caltech showed you can see earthquakes in the polarisation of the light in an ordinary submarine cable, Google's {Curie|Curie} cable. ¶ The problem is the data. One interrogator can produce a terabyte a day. You can't look at that with human eyes, so we need the machine-learning pickers for this more than for anything else."),
  say(A, "Which brings you back to your own research."),
  say(D, "Which is the plan, yes. Also, the cable hears everything: cars, trains, footsteps. In Naples it mostly hears scooters."),
  say(G, "I'd love to put a fibre under our parking lot. I'd get the buses in three dimensions. §Before you wrap us up, Anahera, I owe you both the bus update, because something happened on Friday."),

  seg('outro', A, 'Goodbye', [], { mid: true }),
  say(A, "Oh, please."),
  say(G, "We had a pep rally in the gym, and the students asked if they could make an earthquake. So {six hundred|600} teenagers jumped at the same time, on a count of three. The Shake saw it. A nice clear spike. ¶ And on Saturday I got an email from a stranger in Colorado who watches the network's live map, asking if we'd had an event in Stillwater, and whether anyone was hurt."),
  say(D, "Magnitude pep rally."),
  say(A, "That's the best thing I've heard all month. And on that, that's First Arrival for this time. The links for everything we talked about are at {⟨firstarrival.fm/44⟩|first arrival dot FM slash 44}. Dario, Grady, thank you both."),
  say(D, "Grazie, ciao everyone."),
  say(G, "See y'all next month."),
];

export const SPEAKERS = [
  { name: A, aliases: ['Anahera', 'Tipene', 'Anna Hara', 'Tippany', 'Anahara', 'Speaker 1'] },
  { name: D, aliases: ['Dario', 'Ferraresi', 'Ferrara C', 'Daro', 'Speaker 2'] },
  { name: G, aliases: ['Grady', 'Tillotson', 'Tillotsen', 'Speaker 3'] },
];
