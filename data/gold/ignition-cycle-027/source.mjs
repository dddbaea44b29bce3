// Source of Ignition Cycle #27 (SYNTHETIC held-out episode, heldout23): a two-host CONVERSATIONAL co-host show with no
// rundown: two friends who both write SOFTWARE FOR CARS talk, and the topics drift, raised by either host, often by the
// one who does NOT carry them. Hosts (invented): Signe Dahlqvist, who works on the Android Automotive infotainment of a
// carmaker in Gothenburg, who opens and closes the show; Benedikt Auer, who writes brake-controller firmware in AUTOSAR
// Classic at a supplier in Regensburg and drives a 2003 Passat estate with a cassette adapter (a running joke: the car is
// due its inspection, paid off in the outro). The jobs, the wheel-speed sensor and its file, the test bench, the update to
// forty thousand cars and the radio tuner that rebooted, the merge conflict, the neighbour's stolen car and every anecdote
// are invented. Recorded Thursday 12 June 2025; the technology and the news are real but told from memory.
// Rendered by build.mjs into captions.srt (the subtitles the video editor's speech-to-text wrote for the episode's video:
// numbered cues, no speakers at all) and whisperx.txt (WhisperX's text output with its pyannote diarisation: a
// `[SPEAKER_NN]: ` label in front of each sentence it could assign, nothing in front of the ones it could not).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in captions.srt (the editor's recogniser), B in whisperx.txt (Whisper large-v2): a misheard name, a
//              product's name split up or run together, a number in digits;
//   ¶          a pause inside a turn (0.5 s on the clock): the caption cutter may end a cue there.
// opts:
//   sp: X      whisperx.txt: the label of the lines made mostly of this paragraph's words, when it is not the speaker's
//              own: 'SPEAKER_02' (a third voice pyannote invented for a short line said away from the microphone, or
//              laughing), 'x' (the OTHER host's label, a diarisation
//              error on a short line), '' (no label: pyannote found no speech under the sentence, so WhisperX left it
//              bare);
//   run        whisperx.txt: Whisper did not close this short reply with a full stop, so its sentence runs on into the
//              other host's first sentence and the two share one line (gold: the speaker of most of its words,
//              `ambiguous`).
// Conventions: presenter = the host who carries the topic (brings the story, the opinion, the knowledge); a topic
// raised by one host and carried by the other is presented by the one who carries it, and the line that raises it
// belongs to the NEW segment; the welcome and the goodbye are the intro and the outro, presented by Signe.
import { say, seg } from '../build-episode.mjs';

export const S = 'Signe Dahlqvist';
export const B = 'Benedikt Auer';

export const SOURCE = [
  seg('intro', S, 'Welcome to Ignition Cycle 27', []),
  say(S, "Welcome in to Ignition Cycle, episode 27: software inside cars, discussed by a pair of engineers who should probably be fixing some of it. At the far end of a video link to Regensburg sits {Benedikt Auer|Benedict Auer}, who writes brake firmware by day and insists your brakes are fine."),
  say(B, "Your brakes are fine. And the voice you heard first belongs to {Signe Dahlkvist|Signe Dahlqvist}, in Gothenburg, who builds the big screen in the middle of the dashboard and is responsible for every update notification you've ever ignored."),
  say(S, "Guilty of most of them. It's raining sideways here, so I've had a long day of testing the new windscreen animation indoors. Is the Passat ready for Friday?"),
  say(B, "The Passat is as ready as a 2003 estate with a cassette adapter can be. It has its inspection on Friday morning, and I've polished the headlights, which I'm told is ninety percent of passing."),
  say(S, "If you've just found us: Benedikt spends his days on software that decides when a car stops, and then drives home in a car whose most advanced feature is a cassette slot."),
  say(B, "It's the only car I trust. Nothing in it has ever updated itself. ¶ Mind you, this week I was less sure about anything with wires in it. I lost three days to one signal on a bus."),

  seg('topic', B, 'A wheel-speed signal decoded backwards: CAN frames, DBC files and Motorola versus Intel byte order', ['CAN', 'DBC', 'byte order']),
  say(S, "Three days on one signal. I'd bet money it's byte order."),
  say(B, "It's always byte order. We're bringing in a wheel-speed sensor from a new supplier, and they sent the usual DBC file, the text file that describes every message on the CAN bus: which identifier, which bytes, which bits, the scale, the units. ¶ I load it into the test bench, spin the wheel at thirty kilometres an hour, and the screen says seven thousand."),
  say(S, "A fast wheel.", { sp: 'x' }),
  say(B, "A very fast wheel. CAN frames on that bus carry eight bytes, and a signal that's longer than a byte has to be laid out in some order. The DBC format has two: Intel, little-endian, and Motorola, big-endian, and Motorola also counts its start bit in a way that looks designed to hurt people. ¶ The file said Intel. The sensor sends Motorola. So every value came out with its bytes swapped, and because the low byte changes fastest, the number jumped all over the place."),
  say(S, "And what gave it away?"),
  say(B, "I stopped trusting the tools. I recorded the raw frames with {candump|can dump} on a Linux laptop, wrote ten lines of Python with the {cantools|can tools} library to decode them both ways, and one of the two curves looked like a wheel. ¶ Then I phoned the supplier, and their engineer said, oh yes, we always fix that by hand. Every customer has been fixing it by hand for four years. ¶ The newer buses run CAN FD, which carries up to sixty-four bytes a frame, and the same mistake just has more room to hide in."),
  say(S, "And nobody fixed the file."),
  say(B, "Of course not. The file is a deliverable. Fixing it would need a change request, a new version number and a meeting."),
  say(S, "So instead everyone pays the three days."),
  say(B, "Nobody ever fixes the file. And this is one of seventy-odd control units on the buses of one car, each with its own files, from its own supplier, all talking at once. The only reason it works is arbitration: the frame with the lowest identifier wins the wire, so the brake messages always get through first."),
  say(S, "I'm glad your messages win. Mine lose, by design, which is probably right."),
  say(B, "Yours can wait a second. And you still owe me an ending. §How did the big update go? When we last spoke, your finger was hovering over the button for forty thousand cars."),

  seg('topic', S, 'Updating forty thousand cars over the air: staged rollouts, A/B partitions and UN R156', ['over-the-air', 'OTA', 'A/B', 'R156'], { mid: true }),
  say(S, "Nobody presses one button, thank goodness. We rolled it out in stages: one percent of the fleet, then ten, then everyone. The update is for the infotainment system, which runs Android Automotive, and it uses the same trick your phone does, A/B partitions. ¶ The car has two copies of the system. The new version installs onto the copy you're not using, quietly, while you drive. Next time the car starts, it boots the new copy, and if that copy doesn't come up healthy a few times in a row, the car returns to the old one."),
  say(B, "And did it come up healthy?"),
  say(S, "In ninety-nine percent of cars. In one market, cars with a particular radio tuner chip got into a loop: the new version started, the tuner service crashed, the watchdog restarted it, the system gave up and rolled back, and then the car cheerfully downloaded the same update again the next morning. ¶ So a few hundred people had a car that updated itself every single day for a week."),
  say(B, "How did you notice?"),
  say(S, "The crash reports. Every car sends back a small report when a service dies, and one morning the dashboard for that market was a solid red wall. We paused the rollout within an hour, found the tuner driver that assumed an older firmware, and shipped a fix to that market a week later. ¶ Most of the cars never knew anything had happened."),
  say(B, "That's my nightmare, and exactly why I'm content to own a car without an aerial for that."),
  say(S, "Your nightmare would be worse, though. For the screen, a rollback is annoying. How do you update a brake controller over the air?"),
  say(B, "Very carefully and very rarely. Flashing an ECU like mine goes through the diagnostic protocol, UDS, over CAN or over Ethernet. The gateway asks the controller to go into programming mode, sends the new image in blocks, checks the signature, and the whole time the car has to be parked, with the ignition on and the battery above a threshold. ¶ If the battery sags in the middle, you've got a car that doesn't brake, so there's a lot of checking beforehand."),
  say(S, "And since last July every new car sold in Europe has to prove all of that to a regulator, under UN R156."),
  say(B, "The update regulation, yes. The carmaker needs a software update management system, records of which software is on which car, and a way to show the update doesn't change anything the car was approved for. In my world that was always true. In yours it was new paperwork."),
  say(S, "A lot of new paperwork. And some of it about apps."),
  say(B, "Rather you than me.", { sp: '' }),

  seg('topic', S, "CarPlay Ultra, Android Automotive and Google built-in: who owns the dashboard screen", ['CarPlay Ultra', 'Android Automotive'], {}),
  say(B, "I've been keeping a question for you since last month's announcement. Did Apple ever ring your office?"),
  say(S, "Not ours. CarPlay Ultra launched in May, first on Aston Martin. The old CarPlay puts your phone's apps on the middle screen. Ultra takes over every screen in the car, the instrument cluster behind the wheel included, draws the speedometer and the rev counter in Apple's style, and lets you change the climate settings without leaving it. ¶ The car still does the real work. The phone gets the numbers from the car and renders the gauges, and if the phone goes away, the car's own cluster has to take over instantly."),
  say(B, "And why would any carmaker say yes to that?"),
  say(S, "Because buyers want it. Surveys keep saying a lot of people won't buy a car without CarPlay. But several carmakers have said publicly they won't do Ultra, and a couple of years ago GM said its electric cars would drop phone projection altogether and use Google's system built into the car instead. ¶ That's where I live: Android Automotive, Android running the car's own screen natively, usually with Google built-in, so you get Maps, the Assistant and an app store without a phone at all."),
  say(B, "What's the difference, for a developer?"),
  say(S, "On Android Automotive the apps run in the car. A music app or a navigation app is written with the Car App Library, against templates we control, so nobody can put a video in front of the driver. Underneath, the vehicle HAL hands Android the car's own data, speed, gear, the doors, the temperature, each behind a permission. ¶ With projection, the car is basically a monitor for the phone. With Ultra, the phone becomes the dashboard. And whoever owns the dashboard owns the relationship with the driver."),
  say(B, "Whoever owns the dashboard will soon have to put the buttons back, if I read the news right."),
  say(S, "You read it correctly. From next year Euro NCAP, the crash-test people, will only give the full five stars if the basics have real controls: the indicators, the hazard lights, the horn, the wipers and the emergency call. ¶ I'm delighted, privately. Nobody should have to find the wipers in a menu during a storm like today's."),
  say(B, "That sounds like a sentence from a strategy slide."),
  say(S, "It is, and I've sat through it eleven times. But it's also true. The rest is plumbing."),

  seg('topic', B, 'AUTOSAR Classic and Adaptive: ARXML, the RTE and configuration tools, and a merge conflict', ['AUTOSAR', 'ARXML'], {}),
  say(B, "Plumbing is my whole job, and this month the plumbing came with a forty-thousand-line merge conflict. ¶ Everything I write runs on AUTOSAR Classic. If you've never met it, it's a standard for how the software on a control unit is layered: at the bottom, drivers for the microcontroller, then basic software for communication, memory and diagnostics, then the runtime environment, the RTE, and on top the application components, which is where the actual brake logic lives. ¶ None of it is written by hand. You describe the whole thing in {ARXML|AR XML}, a dialect of XML, and tools from Vector or {Elektrobit|Electrobit} generate most of the C."),
  say(S, "So where did forty thousand lines come from?"),
  say(B, "Two teams edited the same ECU configuration in two branches. One added a signal, one renamed a port, and the tool regenerated both files in a different order. Git had no chance. We ended up sitting side by side for a day, clicking through the configuration tool and redoing one branch's changes by hand. ¶ And we're on version 4.3 of Classic, which predates several of my colleagues' driving licences."),
  say(S, "Isn't Adaptive meant to replace all that?"),
  say(B, "Not replace, sit next to. Adaptive is for the big computers, the ones with an operating system, POSIX, C++, services that find each other at run time over {some IP|SOME/IP}. Classic stays on the microcontrollers that need to react within a millisecond. A brake controller will be Classic for a very long time, and I'm slightly relieved. ¶ Every three or four years someone from head office asks whether we could simply run the brakes on Linux, and every time somebody older than me explains it kindly."),
  say(S, "I'll admit I like ARXML for one reason: it's how we learn what the messages on the bus mean. ¶ And one of the things it can describe is {Sec OC|SecOC}, the module that adds a signature to a CAN message, which most cars I've seen don't switch on. §Which is how a neighbour of mine lost his car last winter, without anybody touching the key."),

  seg('topic', S, 'CAN injection car theft through a headlight, SecOC and the UN R155 cybersecurity rules', ['CAN injection', 'R155', 'SecOC'], { mid: true }),
  say(B, "Through the headlight?", { sp: 'SPEAKER_02' }),
  say(S, "Through the headlight. It's the attack people now call CAN injection, found by a researcher in London when his own {Rav 4|RAV4} was stolen in 2022, and Ken Tindell wrote it up in detail the next year. The thieves pull back the front bumper, unplug a headlight and clip a little box onto the CAN wires that run through it. ¶ The box, which was sold hidden inside a Bluetooth speaker, pretends to be the smart key receiver and sends the message that says the key has been verified. Nothing on the bus checks who sent it. The doors unlock, the immobiliser lets go, and they drive away."),
  say(B, "Because CAN trusts everyone on the wire.", { run: true }),
  say(S, "CAN trusts everyone on the wire, and it was designed in the eighties, when the wire was inside the car and the car was the security. SecOC fixes exactly this: a short code computed with a secret key and a counter on each important message, so a box on the headlight can't fake one. ¶ It costs bytes you don't have in an eight-byte frame and time you don't have in a brake loop, which explains the delay."),
  say(B, "And now there's a law about it."),
  say(S, "UN R155, the cybersecurity regulation. Since July last year, every new car registered in the EU needs a carmaker with a certified cybersecurity management system and an assessment of threats exactly like this one. ¶ Some older models simply weren't worth redesigning. Porsche stopped selling the petrol Macan in the EU, and a couple of older Volkswagen models disappeared from the price lists around the same time."),
  say(B, "Did your neighbour get his car back?"),
  say(S, "Some of it. The police recovered it from a container at a port, without its wheels, two months later. He's bought a steering wheel lock. An actual metal bar, like it's 1995."),
  say(B, "That's the most honest security control in the whole story. Round here the fashionable theft is still the relay attack, two people with radios stretching the signal from the key on your hall table out to the car on the drive. ¶ At least that one needs the key to be somewhere nearby."),

  seg('topic', B, 'Functional safety for brake software: ISO 26262, ASIL D, MISRA C and whether Rust belongs in a brake controller', ['ISO 26262', 'MISRA', 'Rust'], {}),
  say(S, "Would you ever let Rust near a brake?"),
  say(B, "Would you let it near a screen?"),
  say(S, "We already have, a little, in one service. But I'm not the one who'd be in court. Answer the question."),
  say(B, "All right, all right. Everything I write falls under ISO 26262, functional safety, and the brakes are ASIL D, the highest level. That doesn't tell you which language to use. It tells you that you need requirements for every function, traceability from each requirement to the code and the tests, and a compiler you can argue is qualified for the job. ¶ In C, the way you argue about the code itself is MISRA C, a set of rules that forbids most of the interesting parts of C, checked by static analysis on every commit."),
  say(S, "And Rust would let you throw most of those rules away."),
  say(B, "A lot of them, because the compiler enforces what MISRA only asks for. What held it back for years was the toolchain. That changed when {Ferrocene|Ferro scene} came out, a Rust compiler from Ferrous Systems that's qualified for ISO 26262 up to ASIL D. ¶ Volvo, up the road from you, have talked publicly about Rust in one of the smaller control units of a production car. So it's happening, slowly, at the edges."),
  say(S, "But not in yours."),
  say(B, "Not in mine, not this decade. The brake logic has twenty years of field history in C. Every line has been through reviews, audits and a few million kilometres of winter testing in Sweden, close to you as well. {Rewriting|Re-writing} it would throw that history away to fix bugs we mostly don't have. ¶ Where I'd start is new code with lots of parsing, diagnostics, anything that handles messages from outside. That's where memory bugs actually live, and where an attacker would start, which leads straight back to your neighbour's headlight."),
  say(S, "That's a very reasonable answer and I'm disappointed.", { sp: 'SPEAKER_02' }),
  say(B, "I save the unreasonable ones for the pub.", { run: true }),

  seg('topic', B, 'The software-defined vehicle: zonal architecture, automotive Ethernet and the Rivian and Volkswagen joint venture', ['zonal architecture', 'software-defined vehicle', 'Rivian'], {}),
  say(S, "The pub would also be the right place for your seventy control units, though. Are they really all going to disappear?"),
  say(B, "Not disappear. Move. For thirty years every new feature came with its own box: a controller for the seats, one for the mirrors, one for the tailgate, and a wire from each one to everything it touched. A big car can have well over a hundred of them and several kilometres of wiring. ¶ The new idea is a zonal architecture. A handful of zone controllers sit in the corners of the car and talk to the sensors and motors near them, and one or two central computers run the functions, connected by automotive Ethernet instead of a dozen CAN buses."),
  say(S, "Which is what people mean by the software-defined vehicle, when they say it with a straight face."),
  say(B, "When they say it with a straight face, yes. It's why Volkswagen is putting billions of dollars into a joint venture with Rivian, which already builds cars this way, after their own software company had such a hard few years. ¶ And the cheapest bit is near the sensors. There's a new flavour of Ethernet, ten megabits on a single pair of wires shared by several devices, which is meant to replace CAN right at the edge. ¶ The harness is one of the heaviest and most expensive parts of a car after the battery, and every wire you don't need is weight, cost and one less connector to corrode."),
  say(S, "From my side it's the same story. The infotainment used to be its own box with its own chip, and on the newest cars it's becoming one more set of services on a central computer, sharing it with the driver assistance. Which means my bugs are suddenly your neighbours."),
  say(B, "I'm not sure I like being your neighbour at that level.", { run: true }),
  say(S, "And where does your brake controller go, in all this?"),
  say(B, "Honestly, that's the question in every meeting I'm in. The piece that must react within a millisecond stays close to the wheels. The clever part, how hard to brake and when, could move to a central computer one day. Then I'm writing an application instead of an ECU, and somebody else worries about the hardware. ¶ The car becomes a phone, people say. I keep pointing out that it's a phone that has to stop."),
  say(S, "A phone that has to stop. I'm having that printed on a mug. §Let's leave it there, or you'll be sketching harnesses on the whiteboard. So tell me honestly: is the Passat going to pass on Friday?"),

  seg('outro', S, 'Goodbye', [], { mid: true }),
  say(B, "It's going to pass. The tester will plug his tablet into it, and the car will answer him in a diagnostic protocol that's older than his apprentice."),
  say(S, "Then good luck to the pair of you, and report back on the feed. Thanks, Benedikt."),
  say(B, "Thanks, Signe. Drive carefully, everyone, and check your byte order."),
];

export const SPEAKERS = [
  { name: S, aliases: ['Signe', 'Dahlqvist', 'Signe Dahlkvist', 'Dahlkvist'] },
  { name: B, aliases: ['Benedikt', 'Auer', 'Benedict Auer', 'Benedict'] },
];
