// Source of Headland Turn #37 (SYNTHETIC held-out episode, heldout28): a two-host CONVERSATIONAL co-host show with NO
// rundown and no sponsor: two farmers who care about farm technology talk, and the topics drift, raised by either host,
// often by the one who does NOT carry them (RTK GPS and auto-steer, the right to repair, spray drones, soil sensors on
// LoRaWAN, farm data and management software, free satellite images, autonomous tractors), some short (~250 words), some
// long. Hosts (invented): Ffion Pritchard, in Powys, who keeps sheep, grows some barley and runs a contracting business with
// her brother, and who opens and closes the show; Cody Wendt, in north-central Iowa, who farms corn and soybeans with his
// dad and his brother after ten years in IT at a seed company. Cody's dad refuses auto-steer because he "drives straighter
// than the satellites" (the running joke: set up in the intro, fed in segments 2 and 6, paid off in the outro: he let a
// demo tractor steer a lap at the farm show in Louisville and said "It's all right."). Invented too: the farms, the
// contracting business, the tractor that went into limp mode, the probe a ewe chewed, the neighbours' base station, and
// every anecdote. Recorded Thursday 20 February 2025; the technology, companies, laws and events are real, described from
// memory.
// Rendered by build.mjs into happyscribe.txt (a Happy Scribe plain-text export with timecodes and speaker names, one host
// renamed, the other still "Speaker 2") and plain.txt (another service's "paragraphs only" export: no speakers at all).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in happyscribe.txt (the hosts corrected the names there, fillers kept), B in plain.txt (the other
//              service's recogniser, uncorrected: misheard names and acronyms, fillers dropped); B may be empty;
//   ¶          both files: a pause inside the turn: a new block with the same name in happyscribe.txt, a new paragraph in
//              plain.txt.
// opts:
//   wrong      happyscribe.txt: the block carries the OTHER host's name (the service's diarisation slip);
//   merge      plain.txt: said without a pause, this short reply runs into the paragraph that follows (the other host's),
//              which then holds both voices (`ambiguous`, the speaker of most of its words);
//   runon      plain.txt: no pause before this paragraph: it runs on inside the previous paragraph (same speaker).
// Conventions (the conversational convention of heldout25 to heldout27): presenter = the host who CARRIES the topic (the
// story, the knowledge or the opinion), also when the other raised it; the line that raises a topic belongs to the NEW
// segment; the goodbye is the outro, presented by the host who closes the show.
import { say, seg } from '../build-episode.mjs';

export const F = 'Ffion Pritchard';
export const C = 'Cody Wendt';

export const SOURCE = [
  seg('intro', F, 'Welcome to Headland Turn 37', []),
  say(F, "Hiya, and welcome to Headland Turn, episode thirty-seven, the show where two people who farm talk about the gadgets that are supposed to make farming easier. I'm {Ffion|Fion} Pritchard, I'm in mid Wales, I keep sheep, grow a bit of barley, and with my brother I do contracting for the neighbours, so spraying, drilling, whatever breaks."),
  say(C, "And I'm Cody {Wendt|Went}. I'm in north-central Iowa, we grow corn and soybeans, me, my brother and my dad, and before I came home I spent ten years in IT at a seed company, so I'm the one who gets called when the screen in the cab goes black."),
  say(F, "Black screens are my favourite kind of story. It's chucking it down here, by the way, so if you hear a drumming, that's the roof, not me. Lambing starts in three weeks, so this might be the last episode where I'm fully awake."),
  say(C, "It's minus twelve here. The snow's doing that sideways thing."),
  say(F, "Lovely. How's your dad?"),
  say(C, "Dad's good. Dad is still refusing to use auto-steer on the planter. He says he drives straighter than the satellites."),
  say(F, "Does he?"),
  say(C, "He does not. But he's sixty-eight and he owns the planter, so."),
  say(F, "So he does.", { merge: true }),
  say(C, "So he does, yeah."),

  seg('topic', C, 'RTK GPS and auto-steer: correction signals, base stations, NTRIP over the mobile network, and what two centimetres buys you', ['RTK', 'auto-steer', 'GPS']),
  say(F, "Okay, settle this for me. How straight is straight? Because I've never really understood what you pay for when you pay for RTK."),
  say(C, "Okay, so, plain GPS on its own, the receiver on the cab roof works out where it is from the satellites, and it's off by a metre or two and it wanders. That's fine for your phone, it's useless for planting rows thirty inches apart. ¶ So you pay for corrections. The cheap step up is the free satellite corrections, {WAAS|was} over here, EGNOS for you, which gets you under a metre. Then the subscription signals from the tractor makers, like John Deere's {StarFire|star fire} signals, or Trimble's {RTX|R T X}, down to a few centimetres. ¶ And then RTK, real-time kinematic. You have a base station sitting on a known point that never moves, it sees the same satellite errors your tractor sees, and it sends the difference to the tractor every second. That gets you about two centimetres, pass to pass, and, importantly, the same two centimetres next year."),
  say(F, "Next year being the point."),
  say(C, "Next year is the whole point. If I can come back to the exact same line, I can put fertiliser right beside last year's row, I can strip-till, I can keep the wheels on the same tracks every year so the rest of the field doesn't get squashed. And {AutoTrac|auto track} steers the thing, so I'm watching the planter instead of the hood."),
  say(F, "Does it cope with hills? Because my fields aren't flat, they're more of a suggestion."),
  say(C, "That's a real problem, actually. The antenna sits three metres up on the cab, so when the tractor leans on a slope, the antenna swings sideways and the ground under it doesn't. Good systems have a tilt sensor, terrain compensation, and they correct for the lean. Without it you get a lovely straight line of antenna and a wobbly line of seed. ¶ And the money's mostly in the overlap. Every time you spray or spread, you overlap the last pass a bit so you don't miss a strip. Cut that overlap down to almost nothing and you save five, ten percent of your seed and fertiliser and chemical, every year, on every acre. That's what pays for the receiver."),
  say(F, "How does the correction actually get to you? We've got a base station on my neighbour's shed roof, four farms share it, and it's a radio."),
  say(C, "Radio's the old way and honestly it's great until there's a hill in the way. A lot of folks now get corrections over the cell network instead, a protocol called {NTRIP|N trip}, from a network of base stations the state or a dealer runs. Which works beautifully until you're in the one corner of the field with no signal and the steering just{, um,|} lets go."),
  say(F, "We've got one bar of signal in the whole valley. And that's on the hill."),
  say(C, "Then keep the shed. Dad's line, for the record, is that he was planting straight rows before any of this existed."),
  say(F, "Were they straight?"),
  say(C, "They were Iowa straight. We'll get to that."),

  say(F, "Right. Well, I'd settle for a tractor that goes at all, to be honest. §Because the thing that actually ate my winter was the right to repair, and I need to moan about it."),
  seg('topic', F, 'The right to repair farm machinery: a tractor in limp mode, dealer-only diagnostic software, Colorado\'s law and the FTC\'s case against John Deere', ['right to repair', 'repair', 'FTC'], { mid: true }),
  say(C, "Oh, here we go.", { merge: true }),
  say(F, "So, October, our big tractor, the one we do the contract work with, it throws an error about the exhaust fluid, the {AdBlue|ad blue}. A sensor. And the tractor goes into limp mode, which means it drops to a crawl, because it thinks it might be polluting. ¶ My brother can rebuild a gearbox in a shed with a torch in his mouth. He could not fix that, because the fault code needs the dealer's software to clear it, and the dealer's technician had a four-day waiting list. So we sat, with two farms' worth of drilling waiting, over a sensor that costs less than a tank of diesel."),
  say(C, "That's the story every farmer in America has, basically word for word."),
  say(F, "Which is why I was so pleased about your side of the Atlantic lately. Colorado passed the first right to repair law for farm equipment, what, two years ago?"),
  say(C, "Spring of twenty twenty-three, yeah, and it took effect last year. Makers have to give owners and independent shops the same tools, parts and software the dealers get."),
  say(F, "And then last month the Federal Trade Commission sued John Deere. The {FTC|F T C}. As far as I understand it, they're saying Deere keeps the fully working version of its repair software, Service {ADVISOR|advisor}, for its own dealers, so farmers and independent mechanics can't finish a repair, and everybody ends up paying dealer prices and waiting dealer waits. ¶ Deere says that's nonsense, that it already gives farmers the diagnostic tools and that it signed an agreement with the American Farm Bureau a couple of years back promising exactly that."),
  say(C, "The memorandum of understanding. Which a lot of guys read as, we'll share if you promise not to push for a law."),
  say(F, "And over here it's worse, honestly. Our right to repair rules from twenty twenty-one are for washing machines and fridges and tellies. Nothing about tractors. So the dealer is the only game in town, and the dealer is an hour and a half away."),
  say(C, "An hour and a half would be close by Iowa standards."),
  say(F, "Right. And the thing that gets me is, the tractor already knows exactly what's wrong with it. It told me. It just won't let me tell it that I've fixed it."),
  say(C, "You know the hacker who got Doom running on a Deere display? Sick Codes, at DEF CON, twenty twenty-two. Jailbroke the touchscreen and played Doom on it in the cab."),
  say(F, "I'd rather he'd cleared my fault code."),
  say(C, "I mean, that was sort of his point. If you can run Doom on it, you can figure out a sensor."),
  say(F, "Well. The dealer came on day five, plugged in a laptop, and it took him twenty minutes. I timed it."),

  seg('topic', C, 'Spray drones: DJI Agras on an Iowa farm, the rules in the US and the UK, and the security review hanging over DJI', ['drones', 'drone', 'DJI']),
  say(F, "Anyway, that's enough moaning. What I actually wanted to ask you about is those drones. You said in your message you'd been out with one.", { runon: true }),
  say(C, "Yeah, so, a neighbour bought a {DJI Agras|DJI Agrus}, the big one, the T50, and I went out with him in the fall. It's a spraying drone with a forty-litre tank, flies itself along a route you draw on a map, and it's perfect for the bits a ground rig can't reach. Wet spots, waterways, tall corn late in the season. ¶ Over here he needed a certificate for agricultural aircraft from the FAA, because it's heavy and it sprays, which is a lot of paperwork for something you carry in a pickup. And the other thing hanging over it: Congress put a line in the defence bill in December giving the government a year to do a security review of DJI, and if nobody does it, new DJI models could lose their approval to be sold. So everybody's buying spares."),
  say(F, "Over here you basically can't spray from a drone at all. It counts as aerial spraying, and that's banned without special permission."),
  say(C, "Which, honestly, for your hills, feels like a shame."),
  say(F, "Bracken on a forty-degree slope. Don't tempt me."),

  say(C, "The other thing he swears by is a soil moisture map. §Your soil probes, though. You put those in last autumn, didn't you? How's that going?"),
  seg('topic', F, 'Soil moisture probes on a LoRaWAN network: a gateway on the barn, years on a battery, and grass for rotational grazing', ['soil', 'LoRaWAN', 'sensors'], { mid: true }),
  say(F, "Really well, apart from the one a ewe ate. So we've got six probes now, capacitive ones, they measure moisture and temperature at three depths, and they talk over {LoRaWAN|Laura Wan}. ¶ That's the bit I love. It's a long-range, low-power radio, so there's one gateway on the barn roof, it's about the size of a lunchbox, and it hears probes two or three kilometres away across the valley, through the hedges. The probes run for years on a couple of batteries, because they only send a tiny message every fifteen minutes."),
  say(C, "And where does it go after the gateway?"),
  say(F, "Ours goes into {The Things Network|the things network}, which is a free community network, and then into a little dashboard my brother set up. Soil temperature tells me when it's worth sowing, and moisture tells me how the grass is going to grow, which decides when the flock moves to the next paddock. We do rotational grazing, so the sheep are on a small patch for a few days and then they move, and the grass gets a rest. ¶ Before the probes that was me walking the fields with a stick and a feeling. Now it's me walking the fields with a stick and a graph."),
  say(C, "You still walk them."),
  say(F, "Of course I still walk them. The graph doesn't tell you which ewe is lame."),
  say(C, "What did all that cost you? Because the sensor companies over here quote me numbers like it's a combine."),
  say(F, "The gateway was a couple of hundred quid. The probes, about the price of a good ewe each, so not nothing, but not a combine. The expensive bit was my brother's weekends."),
  say(C, "And the one that got eaten?"),
  say(F, "Chewed the aerial clean off. She's called Beryl. She's very pleased with herself."),

  seg('topic', C, 'Farm data and farm management software: yield maps, John Deere Operations Center and Climate FieldView, ISOBUS, shapefiles and who owns the data', ['data', 'Operations Center', 'yield maps']),
  say(C, "Beryl's got the right idea. Eat the hardware, ignore the data. Because honestly, the part of all this I spend my winters on is the data, getting it out of one system and into another, and I have opinions."),
  say(F, "You've got that face on."),
  say(C, "So every combine now has a yield monitor. It measures how much grain goes up the elevator every second, and the moisture, and with the GPS you get a yield map, the whole field in colours. Same for the planter, the as-planted map, and the sprayer, the as-applied map. ¶ On our farm that data goes into John Deere Operations Center, because the green equipment sends it there over the cell network automatically, and it's genuinely good. But our agronomist uses Climate {FieldView|field view}, which is Bayer's, and the fertiliser dealer has a third system, and they all want the data in their own shape. ¶ So my winter is exporting {shapefiles|shape files} and {ISOXML|ISO XML} files, which is the format that goes with {ISOBUS|ISO bus}, the standard that lets a tractor of one colour talk to an implement of another colour. It mostly works. The bits that don't work are where I live."),
  say(F, "Is the yield data any good, though? Because I've seen the maps and they look like a toddler's painting."),
  say(C, "Only as good as the calibration. You have to calibrate the yield monitor every harvest, run a few loads across a real scale, a weigh wagon, and tell it how wrong it was. Skip that and your map is confidently wrong all season. And then one system wants bushels and another wants kilos per hectare and somebody's script rounds the moisture, and now two maps of the same field disagree. Garbage in, very pretty garbage out."),
  say(F, "Is there no standard for the maps themselves?"),
  say(C, "There's a good effort called {ADAPT|adapt} from a group called {AgGateway|ag gateway}, basically a common data model with plugins for each maker's format. It helps. But the bigger question isn't format, it's who owns the thing. When my yield map sits on a company's server, can they use it? Sell it in aggregate? There's a certification, Ag Data Transparent, where companies promise in plain language what they do with it, and I read those like a contract, because they are one."),
  say(F, "And your dad's rows?"),
  say(C, "Ha. So last year I overlaid Dad's as-planted map on mine. Mine are straight lines. His are{, um,|} they're rivers. Beautiful rivers."),
  say(F, "Did you show him?"),
  say(C, "I did not show him. I value my inheritance."),

  seg('topic', F, 'Free satellite images for the farm: NDVI from Sentinel-2, and Welsh clouds', ['satellite', 'NDVI', 'Sentinel-2']),
  say(C, "Do you use any of the satellite stuff? The field-colour pictures everybody's app shows now?", { wrong: true }),
  say(F, "A bit, yeah. The free stuff, mostly from {Sentinel-2|Sentinel two}, the European satellites. Every few days you get a picture at ten metres a pixel, and the app works out {NDVI|N D V I} from the red and the near infrared, which is a rough measure of how green and how thick the crop or the grass is. ¶ For the barley it's brilliant for spotting the patch that's struggling before I'd notice it from the gate. The catch is Wales. The satellite comes over every five days or so and four times out of five it photographs a cloud."),
  say(C, "Is it actually useful for grass, though? Not just crops?"),
  say(F, "For grass, it's a rough guide to where the growth is. It won't tell you the sward height like a plate meter does, but if one field's gone pale in a dry spell, you see it from the kitchen. I'd pay for it if it saw through cloud."),
  say(C, "You could pay for Planet, they come over daily."),
  say(F, "And photograph a cloud every day. No, I'll take free and patient."),

  say(F, "It is funny, though, all of it is heading the same way, isn't it? Everything senses, everything's mapped. §What I really want to hear about is your lot putting tractors out with nobody in them at all."),
  seg('topic', C, 'Driverless tractors: John Deere\'s autonomy kits from CES 2022 to CES 2025, Monarch Tractor, and Harper Adams\' Hands Free Hectare', ['autonomous', 'autonomy', 'driverless'], { mid: true }),
  say(C, "Yeah, Deere showed the autonomous 8R at {CES|C E S}, the consumer electronics show, in twenty twenty-two, a big tractor pulling a tillage tool with no one in it, six pairs of cameras and a neural network deciding whether that's a rock or a coyote, and you watch it from an app on your phone. ¶ This January at CES they showed the second generation: a kit with sixteen cameras all the way round, on a 9RX doing tillage, on a smaller orchard tractor, even on a lawn mower for commercial crews. And the pitch has changed. It's not a robot for the future, it's: you can't find anyone to drive, so let the tractor do the boring twelve hours of tillage at night, and you do the parts that need a person."),
  say(F, "Which is true. We can't find anyone either."),
  say(C, "Nobody can. Then there's {Monarch Tractor|monarch tractor}, a startup in California doing an electric one that can drive itself, aimed at vineyards. Smaller, quieter, no diesel in between the vines."),
  say(F, "Harper Adams did a version of that years ago, didn't they? Hands Free Hectare, they grew a whole crop of barley without anybody setting foot in the field. Drilling, spraying, harvest, all remote."),
  say(C, "I loved that project. On a shoestring, too. And it raises the question nobody's really answered yet: who's responsible when it goes wrong. Deere's answer so far is cameras that stop the machine when they see something they don't recognise, and a person watching from the yard. They've also talked about selling autonomy like a subscription, paying per acre, which tells you where the money's going."),
  say(F, "A subscription to my own tractor. Of course."),
  say(C, "Right? What worries me is the stuff we were talking about earlier. A driverless tractor is RTK, cell signal, a camera, software updates and a dealer with a laptop. Every single thing we've moaned about today, in one machine, with nobody sitting in it to notice when it goes wrong."),
  say(F, "And if it goes into limp mode in the middle of a field, it just sits there, sulking."),
  say(C, "Sulking at night. On its own. §Anyway, we are way over, and I promised you news from my dad."),

  seg('outro', F, 'Goodbye', [], { mid: true }),
  say(F, "You did. I'm all ears."),
  say(C, "So last week we were at the farm show in Louisville, and there was a demo tractor with auto-steer. And Dad climbed up, sat in it, let it steer a whole lap of the demo track, climbed down, and said, quote, it's all right."),
  say(F, "That's a conversion."),
  say(C, "From Dad? That's a standing ovation."),
  say(F, "Brilliant. Right, that's Headland Turn for this week. If you've got a fault code story worse than mine, send it in, I could do with the company. Hwyl fawr, everyone."),
  say(C, "Bye, y'all. Take care."),
];

export const SPEAKERS = [
  { name: F, aliases: ['Ffion', 'Pritchard', 'Fion'] },
  { name: C, aliases: ['Cody', 'Wendt', 'Went', 'Speaker 2'] },
];
