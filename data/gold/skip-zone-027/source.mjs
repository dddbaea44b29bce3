// Source of Skip Zone #27 (SYNTHETIC held-out episode, heldout25): a two-host CONVERSATIONAL co-host show with no rundown:
// two friends who are both radio amateurs talk about AMATEUR RADIO and SOFTWARE-DEFINED RADIO, and the topics drift,
// raised by either host, often by the one who does NOT carry them. Hosts (invented): Ishbel Maclure, who writes software
// that tracks supply vessels for the offshore industry and lives on the top floor of a granite tenement in Aberdeen where
// the factor has banned antennas (her "washing line" on the drying green is her antenna: a running joke, set up in the
// intro, fed in segments 3, 5 and 7 and paid off in the outro), who opens and closes the show; Tadhg Keohane, a dairy
// farmer in West Cork with a long wire from his silo to an oak tree, an electric fence that buzzes on the radio, and an
// evening class for the licence exam at his local club. The jobs, the farm, the flat, the factor, the nephew, the
// helicopters, the buzzing signal and every anecdote are invented. Recorded Monday 24 November 2025; the technology and
// the history are real but told from memory.
// Rendered by build.mjs into stt.txt (raw speech-to-text output with no speakers, one paragraph per turn, heldout18's and
// heldout21's layout) and episode.trs (the transcript a listener who volunteers transcripts made of the episode in
// Transcriber, saved as its .trs XML file).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in stt.txt (the speech-to-text service: a misheard name, a product split into letters or words, a number
//              in words), B in episode.trs (the volunteer's spellings: names and products spelt properly);
//   ¶          a pause inside the turn (0.5 s on the clock): the volunteer puts a new `<Sync>` there;
//   [laugh]    episode.trs only: the volunteer's laughter event (`<Event desc="laugh" type="noise"
//              extent="instantaneous"/>` on its own line); stt.txt has nothing there.
// opts:
//   swallow    a back-channel said over the other host, with no turn of its own: stt.txt runs it INTO the other host's
//              paragraph (gold: the majority speaker, `ambiguous`); in episode.trs 'who' puts it, with the other host's
//              sentence before it, in an OVERLAP turn (`<Turn speaker="spk1 spk2">` with `<Who nb="1"/>` and
//              `<Who nb="2"/>`), and 'inline' leaves it inside the other host's text line, as the volunteer typed it
//              without noticing (gold: the majority speaker, `ambiguous`);
//   scribe     episode.trs: the volunteer gave this paragraph's turn to the OTHER host (gold: its real speaker);
//   comment: X episode.trs: the volunteer's `<Comment desc="X"/>` line right before this paragraph's text.
// Conventions: presenter = the host who carries the topic (brings the story, the opinion, the knowledge); a topic raised
// by one host and carried by the other is presented by the one who carries it, and the line that raises it belongs to the
// NEW segment; the welcome and the goodbye are the intro and the outro, presented by Ishbel.
import { say, seg } from '../build-episode.mjs';

export const I = 'Ishbel Maclure';
export const T = 'Tadhg Keohane';

export const SOURCE = [
  seg('intro', I, 'Welcome to Skip Zone 27', []),
  say(I, "This is Skip Zone, episode 27: two friends on opposite shores of the Irish Sea, talking about radio: the kind you build, the kind you decode, and the kind the neighbours complain about."),
  say(T, "I'm {Tige|Tadhg} Keohane, on a dairy farm in West Cork, where my antenna is eighty metres of wire strung between the silo's roof and an old oak, and my worst interference is the electric fence round the bottom field. ¶ And the voice that said hello before mine is {Isobel|Ishbel} Maclure's."),
  say(I, "Who lives on the top floor of a granite tenement in Aberdeen and writes software that tracks supply ships for the offshore industry. The factor of my building has banned antennas of every kind, so officially I don't own one."),
  say(T, "Officially.", { swallow: 'who' }),
  say(I, "Officially, there's a washing line on the drying green behind the building, which happens to be exactly twenty metres long and happens to be fed from my kitchen window. Nobody has ever hung a sheet on it, because I tell everyone it's broken. [laugh]"),
  say(T, "And the factor hasn't noticed a washing line with a cable running up four floors to your kitchen?"),
  say(I, "The factor sent round a letter last month reminding residents not to leave washing out in winter. I'm taking it as a compliment."),
  say(T, "A compliment from a factor would be a Scottish first."),

  seg('topic', T, 'FT8 and WSJT-X: fifteen-second contacts below the noise, and whether it still counts as talking', ['FT8', 'WSJT-X']),
  say(I, "Right, confess: how many countries did the software collect for you this week?"),
  say(T, "Thirty-one. I was awake for each one. {FT eight|FT8} on forty metres at dawn, before milking, with fifty watts into the wire on the silo. Japan came through on Thursday, which from a farm in Cork still feels like a small miracle. ¶ In case FT8 is new to you: it's a digital mode that Joe Taylor and Steve Franke released in 2017 inside {W S J T X|WSJT-X}, the same program family Joe started for bouncing signals off the Moon. ¶ Every transmission lasts about thirteen seconds inside a fifteen-second slot, the clocks on both ends have to agree to within a second, and each message carries only seventy-seven bits: call signs, a grid square, a signal report and a sign-off."),
  say(I, "Joe Taylor of the Nobel Prize."),
  say(T, "That Joe Taylor, yes. He shared it for the binary pulsar in 1993, and then retired and wrote the most popular program in amateur radio. ¶ The trick is that FT8 decodes signals well below the noise, down to about twenty decibels under it in a normal receiver bandwidth. On my waterfall I see nothing at all, and the software pulls out a station in Osaka."),
  say(I, "That's my problem with it, though. Nobody's talking. Two computers swap a receipt and log it."),
  say(T, "It's a receipt from Japan, delivered through a wire tied to a tree. I'm happy with that. ¶ And you're half right. A standard FT8 contact is call signs, locator, report, RR73 and 73, then on to the next. It's more like collecting stamps than making friends. ¶ But it tells you instantly where the band is open. I can look at PSK Reporter, the map that collects every decode people upload, and see my little signal being heard in Brazil before I've finished my tea."),
  say(I, "What happens if your clock is wrong?"),
  say(T, "Then you decode nothing and shout into the void. The whole mode depends on both ends starting in the same second, so the computer in my milking parlour office checks its clock against the internet every few minutes. ¶ There's a faster cousin, FT4, with seven-and-a-half-second slots, for contests, when people want to make as many contacts an hour as possible. I tried it once and felt like an auctioneer."),
  say(I, "And when somebody wants to chat, {Tige|Tadhg}, they can always switch to a microphone."),
  say(T, "Or to Morse, which is what the purists do to show off."),

  seg('topic', T, 'Solar cycle 25 past its peak: sunspots, ten metres, the flux and the storms that wipe out the bands', ['solar cycle', 'solar maximum', 'sunspots']),
  say(I, "In March you told me the bands would be dead by Christmas. Thirty-one countries doesn't sound dead."),
  say(T, "I said they'd start dying, which isn't the same thing. The sun runs on a cycle of roughly eleven years, and in October last year NASA and NOAA announced that we'd reached the solar maximum period of cycle 25. ¶ A maximum isn't a day, it's a plateau lasting a year and more. The smoothed sunspot number peaked late in 2024, and we're past the top now, but the slope down is gentle. ¶ This autumn ten metres has still been open most days around midday: I worked Australia with five watts on it in October, with a vertical I made from a fishing pole."),
  say(I, "Why does the top band care so much about sunspots?"),
  say(T, "Because the ionosphere is what bends our signals back down, and it's the sun's ultraviolet that charges it up. More sunspots means a busier sun and a denser layer, which can bend higher frequencies. ¶ At the bottom of the cycle, ten metres is silent for weeks. At the top it behaves like a local band that happens to reach Sydney."),
  say(I, "Will you miss ten metres when it closes, {Tige|Tadhg}?"),
  say(T, "Like a summer. I'll still call on it every morning out of habit, the way you check an empty letterbox, and once in a while there'll be a surprise from South America."),
  say(I, "And the storms?"),
  say(T, "The storms are the price of the bargain. When a big blast from the sun hits us, the polar paths fall apart and sometimes the whole of HF goes quiet for a day. May of last year was the strongest storm in twenty years, and the bands were like a switched-off television. ¶ The one earlier this month wasn't quite as bad, but it did something I'd been waiting for: on two metres, people up north were making contacts by bouncing off the aurora itself, and every voice came through with that strange buzzing rasp."),
  say(I, "I saw the aurora from the drying green. The washing line didn't hear a thing."),
  say(T, "The washing line was busy pretending to be a washing line."),
  say(I, "It's very committed.", { swallow: 'inline' }),
  say(T, "In a year's time a fishing pole won't do anyway, because the high bands will close. Then everybody retreats to forty and eighty, and people like us return to decoding things that aren't people at all. §{Isobel|Ishbel}, months ago you swore to explain how a television dongle ended up following helicopters."),

  seg('topic', I, 'An RTL-SDR dongle and ADS-B: tracking the North Sea helicopters with dump1090 on a Raspberry Pi', ['RTL-SDR', 'ADS-B', 'dump1090'], { mid: true }),
  say(I, "I swore, yes. It begins with a thirty-euro TV stick. In 2012 some people noticed that a cheap digital TV dongle built around a Realtek chip could be put into a mode where it handed raw samples straight to the computer. ¶ That turned it into a software-defined radio covering roughly twenty-five megahertz to well over a gigahertz, for less than a pizza costs, and the {RTL S D R|RTL-SDR} was born. ¶ My first one went into the kitchen window with a little antenna I cut from a coat hanger, tuned to ten ninety megahertz, where aircraft send out ADS-B, their position, height and speed, a couple of times a second."),
  say(T, "And the helicopters.", { scribe: true }),
  say(I, "And the helicopters. Aberdeen has one of the busiest heliports in the world, because of the platforms out in the North Sea. I run {dump ten ninety|dump1090} on a Raspberry Pi, and at breakfast I can watch the morning flights head out east, one after another, like a bus timetable over the sea. ¶ It's the same problem I work on all day, tracking vessels for the offshore industry, except the ships use a different system, AIS, down at a hundred and sixty-two megahertz, and the dongle can hear that too."),
  say(T, "Do you send the data anywhere, or keep it to yourself?"),
  say(I, "I feed two of the aggregators. They collect positions from thousands of volunteers like me and build the live maps everybody looks at when a plane does something strange. In return I get a free account and the satisfaction of knowing my coat hanger is part of the picture."),
  say(T, "Can the aggregators see things the airport can't?"),
  say(I, "Some of them. Older planes without ADS-B still answer the radar with a weaker signal, and if four of us hear the same reply, the server can work out where it came from by comparing the arrival times. It's called multilateration, and I'll return to that trick later, because I've been abusing it."),
  say(T, "Is that where you learned all the maths?"),
  say(I, "It's where I stopped being afraid of it. The dongle gives you I and Q, two numbers for every sample, the in-phase and the quadrature part, and once you see them as a point going round a circle, the whole of radio suddenly makes sense. ¶ Frequency is how fast the point spins, amplitude is how far it sits from the middle. I've explained that on a napkin to more people than I can count."),
  say(T, "You explained it to me on a beer mat in Galway."),
  say(I, "And you kept the beer mat."),

  seg('topic', I, 'The end of the NOAA weather satellites\' APT pictures, and decoding Meteor-M with SatDump instead', ['NOAA', 'APT', 'SatDump']),
  say(I, "The dongle's other job used to be weather satellites, and that job ended this summer."),
  say(I, "For decades, anybody with a simple antenna could pick up the old American polar weather satellites, NOAA 15, 18 and 19, on 137 megahertz. They sent pictures in an analogue format called APT, line by line, and you could literally hear the picture as a tick-tock whine. ¶ In June NOAA switched off NOAA 18, and in August it switched off the other two. After some sixty years of that format, the sky went quiet."),
  say(T, "I remember you sending me a picture of Scotland with a cloud on it like it was a baby photo."),
  say(I, "It was a baby photo. That was my first, a V-shaped dipole made of two bits of wire on the drying green, the washing line's older sister. ¶ There's still something up there, thankfully. The Russian Meteor satellites send digital pictures in the same band, a format called LRPT, and they're sharper. ¶ The program everyone uses now is {Sat Dump|SatDump}, open source, which takes the recording and decodes almost anything that's still flying, including some of the big geostationary ones if you've got a dish."),
  say(T, "Does the washing line hear them?"),
  say(I, "Not well. For the Meteors I built a proper antenna, a quadrifilar helix, which looks like a twisted whisk made of copper pipe, and I have to carry it down four flights of stairs to the drying green every time, because it's the one thing on that green even the factor would recognise. ¶ Eight minutes a pass, holding it up like a torch, and the neighbours now think I'm in some sort of cult."),
  say(T, "Where does GNU Radio fit in all that?"),
  say(I, "GNU Radio is the box of parts underneath. You draw your receiver as a flowgraph, a filter here, a demodulator there, and it runs. Half the tools in this hobby started life as somebody's flowgraph. ¶ I still think the old analogue pictures were the best teacher, though. You could see the noise."),
  say(I, "That's my mourning finished."),

  seg('topic', T, 'Meshtastic on the farm: LoRa boards, a solar node on the silo, and why the encryption has to go on the ham bands', ['Meshtastic', 'LoRa', 'mesh']),
  say(I, "Now tell me whether your cows have their own text network yet.", { comment: 'cows?? check' }),
  say(T, "The cows don't, but the farm does. It's called {Mesh Tastic|Meshtastic}. You buy a small {Laura|LoRa} board for about thirty euros, flash the open-source firmware, and pair it with your phone over Bluetooth. ¶ {Laura|LoRa} is a long-range, low-speed radio, made for sensors, and in Europe it runs at 868 megahertz, a band that needs no licence provided your transmissions stay short. ¶ Each board passes messages on to the others, so a text can hop from my phone to a node on the silo, across to my neighbour's shed, and down the valley, without a phone mast in sight."),
  say(I, "And the mobile signal out there is what, exactly?"),
  say(T, "Non-existent behind the hill, {Isobel|Ishbel}, you've been here. You stood in my yard waving your phone at the sky like it owed you money. That's why I did it. The node on the silo runs on a small solar panel, and my son carries one when he's bringing the heifers in from the top field. ¶ The record so far is twenty-two kilometres, from the silo to a friend's mast on a hilltop, which with these little boards is nothing special. People in the mountains do two hundred."),
  say(I, "How fast is it?"),
  say(T, "Slow as a tractor. A text message takes a second or two per hop, and the rules on that band mean each node may only transmit for a small share of every hour. You wouldn't send a photo. ¶ But the vet can tell me she's at the gate, and the neighbour can tell me his bull is in my barley, and that's most of what a farm needs to say."),
  say(I, "Is it ham radio, though? You don't need a licence for any of it."),
  say(T, "That's the clever part. By default the messages are encrypted, and on the licence-free band that's fine. But Meshtastic has a licensed mode: enter your call sign, and the encryption switches off. ¶ On the amateur bands you're not allowed to hide the meaning of what you send, so a licensed node can use more power and other frequencies, provided it stays readable to anyone. §And that rule, more than any other, is what my students ask about on exam night."),

  seg('topic', T, 'The licence exam and Morse: evening classes at the radio club, HAREC and the test that went away in 2003', ['licence exam', 'Morse', 'HAREC'], { mid: true }),
  say(I, "You've been invigilating again?"),
  say(T, "Teaching the course as well, every Tuesday since September, in the club room above a pub in Bandon. Twelve students, from a girl of fourteen to a retired vet. ¶ The exam is a multiple-choice paper on theory, rules and safety, and if you pass, you may apply to the regulator for a call sign. ¶ The Irish one follows HAREC, the harmonised exam that most of Europe agreed on, so the licence travels with you."),
  say(I, "What's on the paper these days?"),
  say(T, "Ohm's law, antennas, how far to keep a transmitter from people, what a harmonic is and why your neighbour's television cares, the band plan, and a lot of questions about what you're not allowed to say on the air. ¶ The hardest part for most of them isn't the physics, it's the decibels. Nobody is born comfortable with logarithms, and I spend two whole evenings on them."),
  say(I, "And the Morse?"),
  say(T, "Gone as a requirement since 2003, when the international rules stopped insisting on it, and Ireland dropped it soon after. ¶ Every year someone in the class asks whether that made us soft, and every year I tell them it made the hobby twice as big."),
  say(I, "It did, easily.", { swallow: 'who' }),
  say(T, "The funny thing is, half of them learn it anyway, for fun."),
  say(I, "Including your son."),
  say(T, "Including my son, who now taps out rude messages on the kitchen table at dinner and thinks I can't read them. I can read them. [laugh] ¶ And you, {Isobel|Ishbel}? Didn't you sit the full exam in one go?"),
  say(I, "All three levels in a year, because I was impatient. My nephew is doing the first one in January, and I've made him promise not to tell the factor."),
  say(T, "A family of smugglers."),
  say(I, "Of radio waves, only.", { scribe: true }),

  seg('topic', I, 'Listening on other people\'s roofs: the Twente WebSDR, KiwiSDR and finding a transmitter by time difference of arrival', ['WebSDR', 'KiwiSDR', 'TDoA']),
  say(T, "Do you think listening through a receiver on somebody else's roof still counts as radio?"),
  say(I, "Whose roof, and which band?"),
  say(T, "Any roof. The one in the Netherlands everyone uses, say."),
  say(I, "Then yes, and I'll defend it. The {web SDR|WebSDR} at the University of Twente has been running since 2008: one wideband receiver, and hundreds of people at once each tuning their own slice of it in a browser. ¶ For somebody who can't put up an antenna, and I know a few, it's the difference between hearing the bands and reading about them. ¶ And then there's the {Kiwi SDR|KiwiSDR} network, hundreds of small receivers in people's houses around the world, all listed on one map, covering everything from the bottom of longwave up to thirty megahertz."),
  say(T, "Who runs the one in Twente?"),
  say(I, "A lecturer there, Pieter-Tjerk de Boer, who wrote the software, and it's been copied all over the world since. You get a waterfall in your browser, you click on a signal, and you're listening to it from the middle of the Netherlands. ¶ It's how I first heard what the bands sound like on a good day, back when my only antenna was a coat hanger."),
  say(T, "And you've been doing detective work with them."),
  say(I, "I have, and it was glorious. The Kiwis have a GPS receiver each, so their clocks agree to a few nanoseconds. If three or four of them hear the same signal, you can compare the exact arrival times and draw a map of where it could have come from. It's called {T D O A|TDoA}, time difference of arrival, and it's the helicopter trick from earlier, done on the short waves with other people's receivers. ¶ Last month there was a buzzing carrier sitting on top of forty metres for days, and with six receivers in four countries I got it down to an over-the-horizon radar somewhere far to the east."),
  say(T, "Not my electric fence, then."),
  say(I, "Your fence only ruins your bottom field. This one ruined half of Europe. ¶ It's not precise, the map shows a smudge hundreds of kilometres wide, but for an afternoon's work from a kitchen table it felt like magic."),
  say(T, "That's the most dangerous thing you've admitted on air, that you find radar magical."),
  say(I, "I work in shipping, where a radar is as near to poetry as anyone gets. Every vessel I track carries a pair. §And on that confession, the clock has beaten us. Before we go, is there any news of the factor?", { comment: 'outro music under' }),

  seg('outro', I, 'Goodbye', [], { mid: true }),
  say(T, "That's your news, not mine. I only have the fence, and the fence is fine."),
  say(I, "Here goes, then. Someone new moved in on the second floor on Saturday and hung three shirts on the washing line. The standing wave ratio has never been better. Thank you, {Tige|Tadhg}."),
  say(T, "Thanks, {Isobel|Ishbel}. Seventy-three, everyone, and keep the fences quiet."),
];

export const SPEAKERS = [
  { name: I, aliases: ['Ishbel', 'Maclure', 'Isobel'] },
  { name: T, aliases: ['Tadhg', 'Keohane', 'Tige'] },
];
