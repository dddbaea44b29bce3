// Source of Go Button #83 (SYNTHETIC held-out episode, heldout29): a two-host weekly LIVE-EVENT LIGHTING and SHOW CONTROL
// news show in the style of the seed (a festival whose lights froze every four minutes: sACN, Art-Net, IGMP snooping and
// Dante; GDTF and MVR fixture files; PixMob wristbands at the Eras Tour; the Sphere in Las Vegas; RDM, RDMnet and OLA's
// responder tests; a QLab-and-timecode horror story; extras: WLED, and the Strand Lightboard). Hosts (invented): Clodagh
// Brennan, in Dublin, a lighting programmer for touring shows, recording this week from a dressing room in Glasgow whose
// light is on a motion sensor (the running joke: set up in the intro, fed in segments 6 and 8, paid off in the outro), who
// opens and closes the show; Florian Sauer, in Vienna, who writes firmware for LED fixtures at a small manufacturer and
// breaks open-source lighting software in the evenings. The sponsor "Rigsheet" (paperwork for lighting rigs) is invented,
// as are the hosts, the festival's write-up, the musical, the archive visit and every anecdote. Recorded Wednesday 13
// November 2024; the technology, companies, shows and events are real but told from memory.
// Rendered by build.mjs into web.txt (the show's own transcript page: full names on the first two paragraphs only) and
// assemblyai.json (an AssemblyAI transcript with speaker labels: speakers only as letters A, B, C).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the show's page, a machine transcript the hosts corrected), B in assemblyai.json (AssemblyAI's
//              recogniser with text formatting on: numbers as digits, the URLs as written by the formatter, names and
//              product names misheard, fillers dropped); B may be empty;
//   ⟨...⟩      a spoken URL (always inside the A of a {A|B}): dropped from web.txt with the following punctuation;
//   ¦~ / ¦     web.txt only: the page starts a new paragraph here (mid-turn), losing (¦~) or keeping (¦) the next word.
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   merge      assemblyai.json: said over the other host, this short reply is folded into the other host's utterance
//              around it (that utterance holds two voices: `ambiguous`, the speaker of most of its words);
//   third      assemblyai.json: the diariser hears this paragraph as a THIRD voice, letter C (the sponsor read, recorded
//              separately on another microphone).
// Conventions (the news convention of heldout18 to heldout28): presenter = the host who BRINGS the item, and a hand-over
// line belongs to the NEW segment, also when the other host speaks it; the sponsor's presenter is its reader; extras
// ("follow spots" on this show) are one segment per host, kind `extra`, presented by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const C = 'Clodagh Brennan';
export const F = 'Florian Sauer';

export const SOURCE = [
  seg('intro', C, 'Welcome to Go Button 83', []),
  say(C, "Hello and welcome to Go Button, episode {eighty-three|83}, the podcast about the computers that run the lights, the video and the cues at shows of every size. I'm {Clodagh|Cloda} Brennan. I program lighting consoles for touring shows, and this week I'm recording from a dressing room in Glasgow, so if my voice suddenly sounds like it's in the dark, that's because it is."),
  say(F, "And I'm Florian {Sauer|Sour}, in Vienna. I write firmware for LED fixtures at a small manufacturer just outside the city, and in the evenings I break open-source lighting software. Why would you be in the dark?"),
  say(C, "The light in here is on a motion sensor. Every few minutes it decides the room is empty and switches itself off, and I have to wave at the ceiling like I'm flagging down a bus."),
  say(F, "A venue with automated lighting that nobody programmed properly. That's the whole industry in one room."),
  say(C, "The irony is not lost on me. Right, what's on the cue list tonight?"),
  say(F, "Cue one: the festival where the lights froze every four minutes, and the switch setting that fixed it. Cue two: a fixture file format that might finally end the hunt for the right profile. Cue three: {sixty thousand|60,000} wristbands at the Eras Tour. ¦~ Then a part cue for the people who keep this show going, the Sphere in Las Vegas, cables that talk back, and a timecode horror story from Clodagh. Follow spots at the end, one each."),
  say(C, "You rehearsed that. §Right then, cue one. Florian, the frozen lights, whenever you're ready."),

  seg('topic', F, 'The festival whose lights froze every four minutes: sACN multicast, IGMP snooping and Dante on the same switches', ['sACN', 'IGMP', 'multicast'], { mid: true }),
  say(F, "So this started as a forum thread last month and turned into a proper write-up by the systems tech of a mid-sized festival, and it's the best explanation I've read of a problem I see in support tickets every summer. The rig ran on {sACN|SACN}, which is the streaming protocol from ESTA, standard {E1.31|E 1.31}. Each universe, {five hundred and twelve|512} DMX channels, goes out as its own multicast group, so a fixture or a node only listens to the universes it needs. ¦~ On this festival the lights on the delay towers froze. Not straight away. About four minutes after every restart, like a clock."),
  say(C, "Oh, I think I know where this is going."),
  say(F, "You probably do. The towers hung off a switch that did {IGMP|I G M P} snooping, which is a good thing in principle: the switch learns which ports asked for which multicast group and sends each group only to those ports. But snooping needs a querier, something on the network that asks every couple of minutes, who still wants this stream? ¦~ Nobody was asking. So when the timeout ran out, the switch decided nobody wanted universe {forty-two|42} any more and stopped forwarding it, and the fixtures held their last look."),
  say(C, "Which looks fine until the song changes."),
  say(F, "Exactly. They turned on the querier in one switch and it never happened again. The other half of the thread is about the audio people, because the same switches carried {Dante|Dante}. Dante is multicast too, and it lives on a {PTP|PTP} clock, so when somebody switches snooping off to fix the lighting, every {sACN|SACN} universe floods every port, including the ones the sound desks are on. ¦~ And then the sound engineer comes looking for you."),
  say(C, "With a torch."),
  say(F, "With a torch. The write-up also compares it with {Art-Net|art net}, the older way, from Artistic Licence. The first versions broadcast to everybody on the network, which is why old lighting networks were kept well away from anything else. {Art-Net|Art net} four can unicast to the nodes that need it and counts up to about {thirty-two thousand|32,000} universes, but a lot of gear out there still broadcasts, because nobody changed the default."),
  say(C, "I've inherited rigs where {Art-Net|art net} and {sACN|SACN} were both running on the same universes, from two different desks."),
  say(F, "And then the fixture takes the highest priority or the latest packet, depending on the node. {sACN|SACN} at least has a priority field in the packet. The lesson of the write-up is boring and correct: separate {VLANs|V lans} for lighting and audio, one querier per {VLAN|V lan}, and nobody plugs in a switch from the hardware shop. ¦~ Oh, and turn off energy-efficient Ethernet, because it upsets the clocks."),
  say(C, "I'm printing that out and taping it inside every rack."),

  seg('topic', C, 'GDTF and MVR: one fixture file and one rig file for the console, the visualiser and the drawing', ['GDTF', 'MVR', 'fixture']),
  say(C, "Honestly, a page taped inside a rack is how my whole industry shares information, which is why my first one made me so happy. The {GDTF|GD TF} people put out a new version of the spec this autumn, and I want to explain to the non-lighting listeners why that matters. ¦~ Every moving light has modes. The same fixture can take {sixteen|16} channels or {forty-seven|47}, depending on what you pick, and every console needs a file that says which channel is pan, which is the gobo wheel, which is the colour mixing. We call them personalities or profiles, and for twenty years every console maker wrote its own."),
  say(F, "And the manufacturer has to send a sample fixture to every console maker's library team."),
  say(C, "Or you build the profile yourself at two in the morning in the venue, which I've done more times than I'd like to admit. {GDTF|GD TF}, the General Device Type Format, started in {twenty eighteen|2018} with MA Lighting, Robe and {Vectorworks|Vector Works}, and it's now a German standard, {DIN SPEC fifteen eight hundred|DIN spec 15800}. ¦~ The file is a zip with an {XML|XML} description of the fixture, its wheels and its modes, plus 3D models, so the visualiser can draw the beam properly. The manufacturer writes it once, uploads it to the {GDTF|GD TF} Share, and the desk, the visualiser and the drawing program all read the same file."),
  say(F, "From my side of the fence, that's a relief. We used to get angry emails from programmers who had a mode wrong and blamed the fixture."),
  say(C, "Because the profile was wrong, yes. The bigger piece for me is {MVR|MVR}, My Virtual Rig, which moves the whole rig, every fixture with its position, its patch and its {GDTF|GD TF} file, between {Vectorworks|Vector Works}, the console and the visualiser. ¦~ On the last tour the designer drew the rig in {Vectorworks|Vector Works}, sent me one {MVR|MVR} file, I imported it into the {grandMA3|grand MA 3} and into Capture, and the patch matched on the first day. I nearly cried."),
  say(F, "So what's the catch?"),
  say(C, "The catch is a file is only as good as whoever wrote it. I've had {GDTF|GD TF} files where the pan range was off by {ninety|90} degrees, and some consoles still read their own format better than the shared one. ¦~ Also, nobody I know reads the release notes of a standard, so half of what's in the new version won't reach a tour until {twenty twenty-six|2026}."),
  say(F, "For the record, our new wash light has {forty-seven|47} channels in its extended mode, and I'm sorry."),
  say(C, "You should be."),

  say(F, "I know. Marketing wanted a channel for everything. §But if {forty-seven|47} channels upsets you, my next one has about {sixty thousand|60,000} fixtures, and every one of them is strapped to somebody's wrist. You've seen the videos from the Eras Tour."),
  seg('topic', F, 'Sixty thousand fixtures on wrists: PixMob wristbands at the Eras Tour, and Coldplay\'s Xylobands', ['wristband', 'PixMob'], { mid: true }),
  say(C, "The whole stadium changing colour in waves, yes."),
  say(F, "Those are {PixMob|Pix Mob} wristbands, from a company in Montreal. What surprised me is how they're driven, because most of it is infrared. Up in the rig there are emitters on moving heads, a bit like moving lights without the light, and they paint the crowd with an infrared beam, so a wristband only lights up where the beam is pointing. ¦~ That's how you get a wave travelling across the seats, or one section turning red while the rest stays blue. And the lighting programmer runs it from the console like any other fixture."),
  say(C, "So somebody on that tour has {sixty thousand|60,000} wristbands in their patch."),
  say(F, "More or less as a handful of fixtures, the emitters, yes. Coldplay did something similar much earlier with {Xylobands|Xylo bands} on the Mylo Xyloto tour, back in {twenty twelve|2012}, but those were radio, so you could address zones of the stadium but you couldn't draw with a beam. ¦~ And Coldplay's current tour asks you to hand the band back at the exit so it can be reused, and apparently most people do."),
  say(C, "I wouldn't. I'd keep it."),
  say(F, "You'd keep it, and you'd take the battery out to see what's inside."),
  say(C, "I'd take the battery out to see what's inside. §Anyway, the one thing I'd never take apart is my paperwork, which is why I'm glad Go Button is backed this week by {Rigsheet|Rig sheet}."),

  seg('sponsor', C, 'Rigsheet: paperwork for lighting rigs', ['Rigsheet'], { mid: true }),
  say(C, "{Rigsheet|Rig sheet} is the paperwork side of a lighting rig: the fixture schedule, the patch, the colour and gobo lists, the circuits and the power numbers, all in one place, instead of six spreadsheets that disagree with each other. It reads {MVR|MVR} files, so when the designer moves a truss, your paperwork moves with it, and it exports the patch straight to the desk. ¦ There's a free tier for students and community theatres, and listeners get three months of the pro plan at {⟨rigsheet.app/gobutton⟩|rigsheet.app/gobutton}. Thank you, {Rigsheet|Rig sheet}, for keeping us on air.", { third: true }),

  seg('topic', C, 'The Sphere in Las Vegas: a 16K screen, 1.2 million pucks outside, the Big Sky camera and Holoplot sound', ['Sphere']),
  say(C, "And the reason {MVR|MVR} is on my mind is my second one, which is the least portable rig on earth: the Sphere in Las Vegas. A couple of the people who made content for it gave a talk at a conference last month, and I finally understand what's in there. ¦~ The inside is one LED screen that wraps over the audience, about {sixteen thousand by sixteen thousand|16,000 by 16,000} pixels, something like {fifteen thousand|15,000} square metres of it. The outside, the Exosphere, is another {one point two|1.2} million LED pucks, each one a little cluster of diodes."),
  say(F, "I read that it cost {two point three|2.3} billion dollars."),
  say(C, "Give or take. Sorry, hold on, I have to wave. ¦ There we go. So you can't feed a screen like that from an ordinary setup. They shot the film for it, Darren Aronofsky's Postcard from Earth, on a camera they built themselves, Big Sky, with a sensor of about {eighteen K|18K}, because any normal camera would look soft across that dome. ¦~ U2 opened the place in September last year, the Eagles are in there now, and the sound is a story of its own: {Holoplot|Hollow plot} speakers that steer beams of sound, so the person in the front row and the person at the very top hear the same mix."),
  say(F, "But for a lighting person, is it even a lighting job?"),
  say(C, "That's the interesting part. There are moving lights in there, but the screen is the lighting. It's bright enough to light the audience's faces, so the lighting designer and the content designer are really doing one job now. ¦~ At a normal arena show the video comes from {disguise|disguise} or some other media server, run by a separate department. In the Sphere a video cue is a lighting cue."),
  say(F, "And the console talks to the media server how?"),
  say(C, "Timecode and network triggers, mostly. Everything locked to one clock, which is what my horror story later is about, so hold that thought."),

  seg('topic', F, 'Cables that talk back: RDM, RDMnet, and the OLA responder tests that found eleven bugs', ['RDM']),
  say(C, "You've gone very quiet over there. Is that because your next one is about cables that answer back?"),
  say(F, "It is, and I'm quiet because I'm excited. A quick history for anyone who doesn't live in this world. {DMX512|DMX 512} is from {nineteen eighty-six|1986}, and it only goes one way: the desk shouts, the fixtures listen. ¦~ Then in {two thousand six|2006} came {RDM|RDM}, Remote Device Management, {ANSI E1.20|ANSI E 1.20}, which lets a fixture answer back on the same cable. You can find every device on the line, read its temperature and lamp hours, and set its DMX address from the desk without climbing a ladder.", { cut: 1 }),
  say(C, "{RDM|RDM} has saved me so many ladders. It's also killed half the splitters I own."),
  say(F, "Because old splitters don't pass the return direction. Now {RDMnet|RDM net}, which is {E1.33|E 1.33}, puts all of that on the network, so a node or a fixture on Ethernet can be discovered and configured over {IP|IP}, through a broker. ¦~ It's been a standard since {twenty nineteen|2019}, and ETC published an open-source library for it, but adoption has been slow. My news is that we shipped it in our own firmware last week, and I want to tell you what caught us."),
  say(C, "Go on."),
  say(F, "Testing. The Open Lighting Architecture, {OLA|OLA}, Simon Newton's project, has an {RDM|RDM} responder test suite that fires hundreds of requests at a device and checks every answer against the standard. We ran it against our fixture and it found {eleven|11} bugs, including one where the fixture reported its DMX footprint as zero in one mode. ¦~ Every console on the market would have choked on that. It's free, it's written in Python, and if you make fixtures and you're not running it, you're shipping your bugs to programmers like Clodagh."),
  say(C, "Thank you for your service. Eleven, though."),
  say(F, "Eleven. Twelve, if you count the typo in our own company name. §Anyway, enough about my boxes. Clodagh, you promised the listeners a timecode horror story, and I've been waiting since the rundown."),

  seg('topic', C, 'A timecode horror story: QLab, OSC to an Eos desk, SMPTE timecode at the wrong frame rate, and MIDI Show Control', ['timecode', 'QLab'], { mid: true }),
  say(C, "I did promise. So, a musical this summer, a small-budget tour, and the whole show ran from {QLab|Q lab}. {QLab|Q lab} is the show-control program on a Mac that a lot of theatre sound and video people live in: you build a list of cues, audio, video, network messages, and somebody presses the space bar, which is the Go button, hence the name of this show. ¦~ The lighting console followed it. {QLab|Q lab} sent a network cue, an {OSC|OSC} message, to the ETC {Eos|EOS} desk for every lighting cue, so the operator only had one button to press."),
  say(F, "That sounds sensible."),
  say(C, "It was sensible. Then for the big number the director wanted the lights, the sound and the video wall locked to the music, so we ran {SMPTE|SMPTE} timecode, {LTC|LTC}, from the backing track into the {Eos|EOS}, and the desk fired cues at frame numbers. ¦~ In rehearsals it was perfect. At the first preview, halfway through the number, the lights jumped two bars ahead of the band."),
  say(F, "Oh no.", { merge: true }),
  say(C, "The backing track had been exported again by the sound department at a different frame rate. {Twenty-five|25} frames a second on ours, {twenty-nine point nine seven|29.97} on the new file, because it came out of somebody's American template. So the timecode said one thing and the music said another. ¦~ The fix was forty minutes on the phone to the sound designer and one checkbox, and the light in this dressing room went off twice while I told you that."),
  say(C, "The lesson is that timecode is a shared clock, and a shared clock needs one owner. We also send {MIDI Show Control|MIDI show control} now as a backup, which dates from {nineteen ninety-one|1991} and has never once lied to me."),
  say(F, "Old protocols are honest."),
  say(C, "Old protocols are honest. Never again."),

  seg('extra', F, 'Florian\'s follow spot: WLED on an ESP32, speaking sACN and Art-Net', ['WLED']),
  say(F, "Honest and cheap is my follow spot, actually. {WLED|W LED} is open-source firmware for the {ESP32|ESP 32} and {ESP8266|ESP 8266} boards that drive those addressable LED strips, the {WS2812|WS 2812} kind. You flash it from a web page, and it gives you a little web app with hundreds of effects. ¦~ The part for our listeners: it speaks {sACN|SACN} and {Art-Net|art net}, so you can put a {ten-euro|10 euro} board under the kitchen cabinets and run it from a proper console. I did, and my kitchen is now universe {nine|9}.", { cut: 1 }),
  say(C, "Does your partner know?"),
  say(F, "My partner knows the kitchen flashes whenever I test a chase, which is more than I wanted her to know. §You've brought something old for yours, I think? You were very mysterious in the notes."),

  seg('extra', C, 'Clodagh\'s follow spot: the Strand Lightboard, the National Theatre\'s first memory console', ['Lightboard', 'Strand'], { mid: true }),
  say(C, "Very old. On a day off I visited a theatre archive in London, and they have a piece of the Strand {Lightboard|light board}, the memory console built for the National Theatre when it opened in {nineteen seventy-six|1976}. Before memory desks, every cue was a plot on paper and a crew of operators moving levers by hand. The {Lightboard|light board} kept the cues in a computer, so one person could run the show. ¦~ It has a little keyboard and a wheel, and it looks like it belongs in a submarine. The archivist said that in the first season it lost its memory in the middle of a performance, and the show carried on with the operators reading the paper plot. {Forty-eight|48} years later, that's still my backup plan."),
  say(F, "Paper. The only protocol with no firmware."),

  seg('outro', C, 'Goodbye', []),
  say(C, "And the light in here has just gone off again, which I'm taking as the venue's way of ending the episode. That's Go Button for this week. Everything we talked about is linked at {⟨gobutton.show/83⟩|gobutton.show/83}, and if you have a timecode story worse than mine, I want to hear it. Florian, thank you."),
  say(F, "Thanks, Clodagh. Wave at the ceiling for me."),
  say(C, "I'm waving. It's not coming back. Goodnight, everyone."),
];

export const SPEAKERS = [
  { name: C, aliases: ['Clodagh', 'Brennan', 'Cloda', 'Speaker A', 'Speaker C'] },
  { name: F, aliases: ['Florian', 'Sauer', 'Sour', 'Speaker B'] },
];
