// Source of Cross Track #46 (SYNTHETIC held-out episode, heldout33): a PANEL of THREE, a HOST and TWO GUESTS, about MARINE
// ELECTRONICS and NAVIGATION on small boats (the wires behind the panel: NMEA 0183 and NMEA 2000; Signal K, OpenPlotter
// and a Raspberry Pi as the boat's server; electronic charts and the end of paper charts; GPS jamming and spoofing in the
// Baltic; AIS; talking to the world from offshore: Starlink, Iridium, the EPIRB and DSC; one pick each), recorded on Zoom
// with the Fireflies.ai notetaker in the call. People (invented): the host Bronwen Tallis, a delivery skipper in Falmouth
// who moves other people's boats for a living and opens and closes the show; the guests Ikaika Kahananui, a marine
// electronics installer at a boatyard in Honolulu, and Tomasz "Tom" Wierzbicki, a software developer who lives aboard a
// 1979 sloop, KESTREL, in Gdańsk and maintains a Signal K plugin, who joins from the boat over Starlink on an iPad (Zoom,
// and so Fireflies, call him `Kestrel iPad`), drops out during the AIS topic and comes back on his phone (`Tom's iPhone`).
// The running joke: Bronwen's BRICK, the Garmin GPS 12 she bought in 1999 and still keeps in her grab bag, which since
// the GPS week number rollover of 2019 "knows where it is, just not when" (set up in the intro, fed in segments 2 and 6,
// paid off in the outro: she switched it on during the show, and it says it's January two thousand and five). The
// sponsor "Bilgewise" (an app for a boat's wiring diagrams and equipment list) is invented, as are the people, their
// boats and every anecdote. Recorded Wednesday 4 September 2024; the products, companies, standards, agencies and events
// are real, told from memory.
// Rendered by build.mjs into fireflies.json (the Fireflies.ai transcript as its GraphQL API returns it: one object per
// sentence with the Zoom display name of its speaker) and labeled.txt (the show editor's labelled transcript).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in labeled.txt (the editor's words: names and products right, small numbers as words, model numbers and
//              years as digits), B in fireflies.json (Fireflies' recogniser: numbers as digits, fillers dropped, names and
//              products misheard); either may be empty;
//   ¦          a pause inside the turn; the editor starts a new line there WITHOUT a label.
// opts:
//   lab: X     labeled.txt: this paragraph's label is X (the editor's typo or slip); null: no label;
//   ff: X      fireflies.json: this paragraph's sentences carry the display name X (Fireflies gave them to the wrong
//              person); the default is each speaker's display name, and Tom's is `Tom's iPhone` after he rejoins.
// Conventions (the panel convention of heldout9's skip-link-112 and heldout29 to heldout32): the presenter is the person
// who BRINGS and carries the topic, also when another hands it to them by name, and the hand-over line belongs to the
// NEW segment; Bronwen presents the intro, her own topics, the sponsor (her read), her pick and the outro; each pick is an
// `extra` presented by the one who picks it.
import { say, seg } from '../build-episode.mjs';

export const B = 'Bronwen Tallis';
export const I = 'Ikaika Kahananui';
export const T = 'Tomasz Wierzbicki';
export const REJOIN = 'rejoin';   // the first paragraph Tom says on his phone carries { rejoin: true }

export const SOURCE = [
  seg('intro', B, 'Welcome to Cross Track 46', []),
  say(B, "Hello, and welcome to Cross Track, episode {forty-six|46}, the show about the electronics on small boats and what they do to the people who sail them. I'm Bronwen Tallis. I move other people's boats for a living, mostly from Falmouth to wherever the owner has decided to retire, which means every month I step aboard a boat I've never seen and try to work out what the previous three owners did behind the chart table. ¦ Tonight there are two people on the call who do that for a living, properly. Ikaika {Kahananui|Kahana Nui} installs marine electronics at a boatyard in Honolulu, and he's seen the inside of more consoles than anyone should. Hi, {Ikaika|Ika Ika}."),
  say(I, "Aloha, Bronwen. Thanks for having me. It's {six|6} in the morning here, so if I'm slow, that's the coffee's fault."),
  say(B, "And Tomasz {Wierzbicki|Vierzbitski}, Tom, writes software by day and lives aboard a {nineteen seventy-nine|1979} sloop called Kestrel, in {Gdańsk|Gdansk}. He maintains a Signal K plugin, and he's joining us from the boat. Tom, Zoom says you're an iPad."),
  say(T, "Hi. Yes, that's Kestrel's iPad, on the boat's Starlink. If I disappear, it's a seagull on the dish. It has happened."),
  say(B, "Noted. Before we begin, a confession for the new listeners. I still carry the brick."),
  say(I, "The Garmin."),
  say(B, "A Garmin {GPS 12|GPS 12}, bought in {1999|1999}, {four|4} AA batteries, lives in my grab bag. Since the week number rollover in {2019|2019} it gets the date wrong by about {twenty|20} years, but it still puts me within a few metres. It knows where it is, just not when."),
  say(T, "Which is more than some people.", { lab: 'IKAIKA' }),
  say(B, "We're going to go from the wires up tonight, and then out to sea. §Ikaika, let's start where you start every job. Behind the panel. What do you find?"),

  seg('topic', I, 'Behind the panel: NMEA 0183 and NMEA 2000, talkers and listeners, the backbone, terminators and PGNs', ['NMEA 0183', 'NMEA 2000', 'backbone', 'PGN', 'wiring'], { mid: true }),
  say(I, "Archaeology. On an older boat, you find NMEA {0183|0183}, which is a serial standard from the eighties. One device talks, the others listen, on a pair of wires, and it sends little lines of text. ¦ A GPS sends a line that starts with dollar {GP|GP}, then the position, the time and a checksum at the end. The wind instrument sends its own line, the depth sounder its own. It's slow, {4,800|4800} baud, and you can read it with your eyes on a laptop, which I love."),
  say(T, "And then the AIS talks at {38,400|38,400}, and somebody has wired it into the same listener as the GPS."),
  say(I, "Every time. {0183|0183} has one talker per pair of wires, so when you have {five|5} talkers you buy a multiplexer, which merges them, and on the boats I open, there's usually a multiplexer nobody remembers installing. ¦ Then NMEA {2000|2000}, which is the modern one. It's a CAN bus, the same family as in a car, at {250|250} kilobits a second. One backbone cable runs down the boat, every device hangs off it on a short drop cable, and there's a terminator at each end of the backbone. ¦ Power goes in at one point. Every device tells you how much it draws, as a load equivalency number, and you add them up so the far end doesn't brown out."),
  say(B, "How much of what you find is wired the way the standard says?"),
  say(I, "Honestly? Half. The classic is {three|3} terminators, or one, or a backbone that's become a star because someone kept adding tees wherever the drill was. ¦ And the brands. Raymarine calls theirs {SeaTalkng|Sea Talk NG}, Simrad calls theirs {SimNet|Sim Net}, and they're NMEA {2000|2000} inside with different plugs, so the boat is full of adapter cables. The standard's connector is the DeviceNet Micro-C, and I wish everyone just used it."),
  say(T, "What's on the wire, though, is the nice part."),
  say(I, "It is. NMEA {2000|2000} sends numbered messages called PGNs. One number for position, one for wind, one for heading, with the fields in binary. The catch is that the standard costs money and you sign things to read it. ¦ So when the brick's owner wants to know what her boat is saying, she needs a gateway and somebody else's decoding. Most of the decoding the hobby uses came from an open source project called {canboat|Can boat}, people sniffing the bus and writing down what they saw."),
  say(B, "Her boat says very little, and half of it's wrong."),
  say(I, "Then it's a normal boat. And there's one more thing I always find. A spare terminator in a zip bag in the glovebox, and nobody knows which end it came off."),

  seg('topic', T, 'The boat as a server: Signal K, a Raspberry Pi, OpenPlotter, gateways, KIP and Grafana', ['Signal K', 'Raspberry Pi', 'OpenPlotter', 'server', 'gateway']),
  say(T, "And that's exactly the mess I wanted out of. On Kestrel, everything goes into one small computer, and everything comes out of it in one format. The format is Signal K. ¦ It's an open standard, JSON over a websocket, with names a human can read, like navigation dot position and environment dot wind dot speed apparent. The server, {signalk-server|Signal Kay server}, is written in {Node.js|Node dot js} and runs happily on a Raspberry Pi."),
  say(B, "What does your boat actually run?"),
  say(T, "A Raspberry Pi {4|4} with OpenPlotter on it. OpenPlotter is a Raspberry Pi distribution for boats, made by a small group of sailors, with Signal K, OpenCPN and the drivers already set up. ¦ For the NMEA {2000|2000} side I have a small CAN board on top of the Pi, a {PiCAN-M|pecan M}, and the old {0183|0183} instruments come in on a USB adapter. You can also buy a finished gateway, an Actisense {NGT-1|NGT one} or one from Yacht Devices, and plug that in instead."),
  say(I, "I've pulled a few of those Pi setups out, with respect. Usually after the SD card died."),
  say(T, "That's fair. The SD card is the weak point. Mine boots from a small SSD now, and the Pi sits on its own {twelve|12} volt converter, not straight on the house bank. ¦ But then look at what you get. The server converts everything into Signal K, and then anything can read it. I have an instrument panel called KIP running in a browser on an old tablet in the cockpit. ¦ Every value goes into InfluxDB, and I look at it in Grafana, so I can see the fridge fighting the solar panel for a whole summer."),
  say(B, "Does it ever talk back to the instruments?"),
  say(T, "It can. Signal K can send to NMEA {2000|2000}, so the chartplotter can show the wind from my old {0183|0183} masthead unit. And because it's all open, people write plugins for everything, anchor alarms, logbooks, tide predictions. ¦ Mine sends me a message when the bilge pump runs more than twice in an hour. It has saved the boat once."),
  say(I, "That's the one I'd keep.", { ff: B }),
  say(T, "Everyone keeps that one."),

  say(B, "And the Pi runs the charts too, which is where I get nervous. §Because charts are my bit tonight. Charts and what we do with them."),
  seg('topic', B, 'Electronic charts: Navionics, C-MAP, ENCs and S-57, the end of paper charts, S-100 and OpenCPN', ['chart', 'Navionics', 'ENC', 'OpenCPN', 'S-100'], { mid: true }),
  say(B, "Nearly everybody I deliver for has a chartplotter from Garmin, Raymarine or {B&G|B and G}, with charts from one of two places. Navionics, which Garmin bought in {2017|2017}, and {C-MAP|C map}, which is owned by the same group as Simrad and {B&G|B and G}. ¦ Those are commercial charts, built from the official survey data plus a lot of their own. Underneath, the official thing is the ENC, the electronic navigational chart, which hydrographic offices publish in a format called {S-57|S57}. Big ships use them in an ECDIS, and it's the law for them.", { lab: null }),
  say(I, "And in the US, NOAA gives the ENCs away.", { lab: 'IKAKA' }),
  say(B, "For free, which is wonderful. And NOAA is finishing off its traditional paper charts, the raster charts, this year and into next. The UK Hydrographic Office is winding down its paper Admiralty charts too, over a longer run. ¦ So the paper chart that's been in my chart table drawer since I was {nineteen|19} is turning into a printout of a database."),
  say(T, "What comes after {S-57|S57}?"),
  say(B, "{S-100|S100}. It's a family of standards from the International Hydrographic Organization, and the new chart format in it is {S-101|S101}. The idea is that charts, tides, currents, even under-keel clearance become layers that can be combined. ¦ It's been coming for years. And on a small boat, you can already open ENCs in OpenCPN, Tom's favourite, which is free and open source and runs on anything. For commercial charts in OpenCPN there's o-charts."),
  say(T, "It runs on my Pi, as long as I don't zoom too fast."),
  say(B, "Zoom is the bit I actually want to talk about. In {2014|2014}, in the Volvo Ocean Race, Team Vestas Wind ran onto a reef in the Indian Ocean at night, on the {Cargados Carajos|Cargados Karahos} shoals. ¦ A professional crew, a modern boat. The reef was on the chart, but at the zoom level they looked at, it didn't show, and they didn't zoom in along the route. Nobody died, and the report afterwards was very honest. ¦ Electronic charts draw different things at different scales. Paper shows you everything the cartographer thought mattered at once."),
  say(I, "I have customers who zoom out until the island they're going to is one pixel."),
  say(B, "And then they meet the island."),
  say(T, "Kestrel's charts are fine. It's the GPS I worry about."),

  seg('sponsor', B, 'Sponsor: Bilgewise', ['Bilgewise']),
  say(B, "And we'll get there, because it's a big one, but first, a word from the people who pay for tonight. Cross Track is kept afloat by {Bilgewise|Bilge wise}. ¦ {Bilgewise|Bilge wise} is where you draw your boat. Every cable, fuse, breaker and device, where it runs, what it's connected to, and on NMEA {2000|2000}, which address it has. ¦ It keeps the manuals and the serial numbers next to each device, and when you hand the boat to someone else, a delivery skipper, an installer, a buyer, you share the whole thing with a link. I've been sent three of them this year, and they were the three boats I didn't swear at. Try it free for two months at {bilgewise.com/crosstrack|bilgewise dot com slash cross track}."),

  seg('topic', T, 'GPS jamming and spoofing in the Baltic: Kaliningrad, multi-constellation receivers, OSNMA, dead reckoning and eLoran', ['jamming', 'spoofing', 'GPS', 'GNSS', 'Baltic']),
  say(I, "Tom, is it true the Baltic's been jamming you?"),
  say(T, "Every week now. It's been going on for {two|2} years, and this year it got much worse. The interference seems to come from around Kaliningrad, the Russian bit between Poland and Lithuania, and it covers a big piece of the southern Baltic. ¦ Aircraft report it all the time. Finnair even stopped flying to Tartu for a while this spring, because the airport there relied on GPS for the approach."),
  say(B, "What does it look like from the cockpit?"),
  say(T, "Two different things. Jamming is just noise. The satellites are very weak, so someone with a transmitter drowns them out, and your plotter says no fix. That's annoying, but honest. ¦ Spoofing is worse. Someone sends fake satellite signals, and your receiver calmly puts you somewhere else. I've seen Kestrel on my screen drive in circles on land, and ships' AIS tracks in the area showing them at an airport. ¦ And because the AIS transponder takes its position from the GPS, every other boat sees the lie too."),
  say(I, "Don't the new receivers use more than GPS?"),
  say(T, "They do. Most plotters now use GPS, Galileo, GLONASS and BeiDou together, which helps with accuracy, but the signals sit close together in frequency, so a jammer usually takes out all of them. ¦ Galileo is adding {OSNMA|OS NMA}, which signs the navigation messages so a receiver can tell a real one from a fake one. That helps against spoofing. Against jamming nothing on the satellite side helps."),
  say(B, "So what do you do?"),
  say(T, "What you did before satellites. I keep a paper log every hour, position, course and speed, and I keep a dead reckoning going from the compass and the log. ¦ A good heading sensor and the speed through the water will keep you honest for a few hours. And on land, some countries are looking at eLoran again, a powerful radio signal from towers on the ground that is very hard to jam."),
  say(B, "Would the brick be fooled too?"),
  say(T, "Your brick would be jammed like everyone else, but I think the spoofers wouldn't bother with it. It doesn't know what year it is."),
  say(I, "That's a security feature. It's the same reason I don't trust what people think AIS tells them. §Which is mine. AIS. Every customer wants it, and half of them misunderstand it."),
  seg('topic', I, 'AIS on small boats: Class A and Class B, SOTDMA, the MMSI, silent mode, satellite AIS and the dark fleet', ['AIS', 'Class B', 'MMSI', 'transponder'], { mid: true }),
  say(I, "AIS is the automatic identification system. Every boat with a transponder broadcasts who it is, where it is, its course and speed, on two VHF channels, and everyone around can see it. Ships over a certain size must carry Class A. Small boats buy Class B. ¦ The difference matters. Class A shouts with {twelve|12} watts and reserves its slots. The old Class B whispers with {two|2} watts and waits for a gap, so in a busy harbour, a ship may simply not get your signal."),
  say(B, "And the new Class B?"),
  say(I, "Better. There's a Class B that uses the same trick as the ships, {SOTDMA|SOT DMA}, with {five|5} watts, and I fit that now when people ask. ¦ Every transponder has an MMSI, the {nine|9} digit number that also belongs to your DSC radio. I find boats where the AIS has one number and the VHF has another, because someone bought the boat and only re-registered the radio."),
  say(T, "{Sorry, sorry.|Sorry, sorry.} I'm back, on my phone. The Starlink went.", { rejoin: true }),
  say(B, "Seagull?", { lab: 'BRONWYN' }),
  say(T, "Probably the seagull. Carry on, I'm here."),
  say(I, "We were at MMSIs. The other thing people don't expect is silent mode. A lot of Class B units have a switch that stops you transmitting while you still receive. Racing crews use it. ¦ It's legal in most places for a yacht, but then the ship that can't see you is relying on its radar and its lookout. And AIS isn't only local any more. Satellite AIS means sites like MarineTraffic can show a ship in the middle of an ocean."),
  say(B, "Which is how we all know about the ships that switch it off."),
  say(I, "The dark fleet, yes. Tankers that turn off AIS, or send a false position, to hide where their cargo came from. There's been a lot of that in the Baltic too. ¦ AIS was built on trust. It has no authentication at all, so it's exactly as honest as the box sending it. For collision avoidance it's wonderful. For knowing the truth, you look out of the window."),
  say(T, "And check the radar."),
  say(I, "And check the radar."),

  seg('topic', B, 'Talking to the world from offshore: Starlink, Iridium GO!, inReach, the EPIRB and Cospas-Sarsat, DSC and GRIB files', ['Starlink', 'Iridium', 'EPIRB', 'DSC', 'satellite']),
  say(T, "Bronwen, you've just come back from the Azores. That's your cue. What did you carry to talk to the world out there?"),
  say(B, "More than I used to. {Ten|10} years ago, an ocean delivery meant an Iridium phone for emergencies and weather by email, very slowly. This May, Falmouth to the Azores, the owner had the new Starlink Mini on the pushpit. ¦ And it's changed the job. We downloaded full weather models every morning, the crew did video calls from the middle of the Atlantic, and I hated that last part."),
  say(I, "How much power does it take?"),
  say(B, "The Mini, something like {thirty|30} watts, which on a sailing boat is real. We ran it a few hours a day. ¦ But Starlink is not a safety system. It's a consumer service that can drop out, and, as Tom has shown us twice tonight, it does."),
  say(T, "Once. The second time was the phone."),
  say(B, "Fair. So for safety, the boat still carried an Iridium GO, and everyone had a Garmin inReach, which does texts and an SOS button over Iridium. ¦ And then the things you hope never to use. The EPIRB, an emergency beacon on {four hundred and six|406} megahertz, registered to the boat, with GPS inside, which the Cospas-Sarsat satellites pick up and pass to a rescue centre. Every crew member had a PLB, the personal version, on their lifejacket."),
  say(I, "And the DSC button on the VHF."),
  say(B, "Yes, and this is where it comes back to your wires. The red distress button on a DSC radio sends your MMSI and your position, but only if the radio gets a position. ¦ On the boat before this one, the radio's GPS wire was connected to nothing. It would have called for help from nowhere. Weather, finally. We still pull GRIB files, the compact weather model files, through {Saildocs|sail docs} by email when the fancy stuff isn't working, and PredictWind for routing."),
  say(T, "Did the brick go?"),
  say(B, "The brick always goes. In the grab bag, next to the flares."),

  seg('extra', I, 'Pick: ABYC E-11, the AC and DC electrical standard for boats', ['ABYC', 'E-11']),
  say(B, "Picks, then. Ikaika, you go first."),
  say(I, "Mine's boring and it will save your boat. ABYC E-11. The American Boat and Yacht Council writes standards for how boats should be built, and E-11 is the one for AC and DC electrical systems. ¦ Wire sizes, fuses close to the battery, how to tell a bilge from a dry space. It costs money, but most of it ends up in the good books about boat wiring, and if you're about to drill a hole in your boat, read it first."),
  say(T, "I should read it before the bilge alarm goes off again. §My pick is the autopilot I've been running since spring, pypilot."),
  seg('extra', T, 'Pick: pypilot, an open source autopilot', ['pypilot', 'autopilot'], { mid: true }),
  say(T, "Sean {D'Epagnier|Depanier} wrote it, and it's an open source autopilot. It runs on a small computer with a motion sensor, and it drives a normal tiller pilot's motor or a hydraulic pump. ¦ It talks Signal K and NMEA, and OpenPlotter has it built in. It steered Kestrel across from Bornholm in a nasty swell and only complained once.", { lab: null }),
  say(I, "Only once is very good for an autopilot."),

  seg('extra', B, 'Pick: Bowditch, The American Practical Navigator', ['Bowditch', 'American Practical Navigator']),
  say(B, "And mine is the oldest thing on tonight's show, older than the brick. Bowditch. The American Practical Navigator, first published by Nathaniel Bowditch in {1802|1802}, and still kept up to date by the American government. ¦ Celestial navigation, tides, charts, dead reckoning, and now chapters on electronic navigation. It's a free download, and it's the book I open when the screens go dark."),
  say(T, "There's a copy on Kestrel."),
  say(I, "Mine's in the shop, under a multiplexer."),

  say(B, "Under a multiplexer nobody remembers installing. §That's Cross Track for this month. One last thing. While Tom was telling us about jamming, I went and switched on the brick."),
  seg('outro', B, 'Goodbye', [], { mid: true }),
  say(T, "And?"),
  say(B, "Four satellites, a fix in Falmouth harbour to within a boat length, and it says today is the {nineteenth|19th} of January, {two thousand and five|2005}."),
  say(I, "It knows where you are."),
  say(B, "Just not when. Neither do I, most weeks. Ikaika, Tom, thank you both. Show notes are at {crosstrack.show/46|cross track dot show slash 46}. Fair winds, everyone, and zoom in."),
];

export const SPEAKERS = [
  { name: B, aliases: ['Bronwen', 'Tallis', 'BRONWEN', 'BRONWYN'] },
  { name: I, aliases: ['Ikaika', 'Kahananui', 'Kahana Nui', 'Ika Ika', 'IKAIKA', 'IKAKA'] },
  { name: T, aliases: ['Tom Wierzbicki', 'Tom', 'Tomasz', 'Wierzbicki', 'Vierzbitski', 'TOM', 'Kestrel iPad', "Tom's iPhone"] },
];
