// Builds Bit Banged #41 (SYNTHETIC held-out episode): a two-host embedded / hardware-hacking show
// (Joanna "Jo" Kowalczyk, firmware engineer at a soil-sensor company, in Glasgow; Hamid Rezaei,
// web developer by day and makerspace volunteer, in Vancouver). Intro, four medium items (Jo:
// RP2350 erratum E9; Hamid: MicroPython 1.24; Jo: moving product firmware to the Zephyr 3.7 LTS;
// Hamid: Home Assistant Voice Preview Edition), a listener-mail segment read by Jo (ESP32 deep
// sleep on battery), two extras, outro. The hosts interrupt each other a lot. Renders labeled.txt
// (`Full Name:` on each host's first line, then first names, a `Hamdi:` typo, unlabeled
// continuation lines, one unlabeled speaker change), web.txt (page header and footer, every
// paragraph stamped 00:00, a SURNAME label on the first paragraph only, first word of unlabeled
// paragraphs cut off, URLs dropped) and gold.json with offsets into both, all from the one list
// below. Rerun with `node build.mjs` in this folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'bit-banged-041';
const J = 'Joanna Kowalczyk';
const H = 'Hamid Rezaei';
const LABELS = {
  first: { [J]: 'Joanna Kowalczyk', [H]: 'Hamid Rezaei' },
  later: { [J]: 'Jo', [H]: 'Hamid' },
};

// seg(kind, presenter, title, titleKeys, {mid}) opens a segment at the next paragraph, or, with
// mid: true, at the `§` mark inside the paragraph before it.
// say(speaker, text, opts): lab = label as written in labeled.txt (null: no label), cut = number
// of words the web page lost at the paragraph start (default: 1 on unlabeled paragraphs, else 0),
// amb = speaker undecidable by reading (not scored).
// ⟨...⟩ marks a URL: kept in labeled.txt, dropped (with its trailing punctuation) from web.txt.
const seg = (kind, presenter, title, titleKeys, opts = {}) => ({ seg: kind, presenter, title, titleKeys, ...opts });
const say = (speaker, text, opts = {}) => ({ speaker, text, ...opts });

const SOURCE = [
  seg('intro', J, 'Welcome', []),
  say(J, "Hello, and welcome to Bit Banged, the podcast about small computers, tiny computers, and computers that are, honestly, just a chip glued to a battery. This is episode forty-one. I'm Jo Kowalczyk, I'm in Glasgow, and it's raining, which, you know, it's Glasgow."),
  say(H, "And I'm Hamid Rezaei, I'm in Vancouver, and it is also raining, so we're—"),
  say(J, "Rain twins."),
  say(H, "Rain twins. Yeah. Except yours is colder."),
  say(J, "Mine is sideways. Mine comes at you horizontally. Okay, so, this is our last episode before the holidays—"),
  say(H, "Is it? Already?"),
  say(J, "It is. I checked the calendar twice. Where did December go?"),
  say(H, "I spent December reflashing things. That's where mine went. I had a, okay, quick story, the ESP8266 that runs the garage door sensor just died. Like, completely. After six years on a shelf next to a water heater."),
  say(J, "Six years next to a water heater is a good life for an ESP8266, honestly."),
  say(H, "It was a good life. I gave it a little funeral. In the drawer. With the other dead boards."),
  say(J, "Okay, so, anyway. We've got four things, we've got a listener email that I really liked, and extras. And I want to start, because I have been waiting three months to be smug about something."),
  say(H, "Oh no."),
  say(J, "Oh, yes."),

  seg('topic', J, 'RP2350 erratum E9: the Pico 2 GPIO pull-down bug', ['E9', 'erratum', 'RP2350', 'pull-down', 'Pico 2']),
  say(J, "So. The Raspberry Pi Pico 2. The RP2350. It came out in August, we talked about it, we were both very excited. Two Cortex-M33 cores, or you can switch to the two RISC-V cores, the Hazard3 ones, which is still the coolest party trick on any chip I own. More SRAM, secure boot, five dollars. Lovely."),
  say(H, "Still lovely. I still think it's lovely."),
  say(J, "It is lovely! But. About a month after launch, people started noticing something weird with the GPIOs, and Raspberry Pi published it as erratum E9 in the datasheet. And the short version is, the internal pull-down resistors don't really work the way you'd expect. If you enable a pin as an input with the internal pull-down, and something drives it high and then lets go, the pin can get stuck at around two volts. It latches. It doesn't go back to zero."),
  say(H, "Wait, stuck at two volts. So it reads as—"),
  say(J, "So it reads as high. Or, well, undefined, but in practice, high. There's a leakage current in the pad, something like a hundred and twenty microamps, and the internal pull-down is way too weak to pull against it. So the classic thing, a button wired to three-three with the internal pull-down, you press it once and it never un-presses."),
  say(H, "Oh, that's, oh, that's bad. That's the first thing everybody does. That's lesson one."),
  say(J, "It's lesson one! It's the blinky of inputs. And this is where I'm smug. I've been telling people at work for years, don't trust internal pull-downs, put a real resistor on the board. And everybody said, Jo, it's a hobby board, relax."),
  say(H, "So what's the fix? Can they fix it in software?"),
  say(J, "Not really. It's silicon. There are workarounds. One, use an external pull-down, and a strong one, they say eight point two k or lower. Two, flip your logic: use pull-ups, and wire the button to ground, which is honestly what most people do anyway with microcontrollers. Three, if you really need the pull-down, you can disable the input buffer on the pin when you're not reading it, and only turn it on for the read. Which is fiddly."),
  say(J, "And the SDK and MicroPython and CircuitPython all have notes about it. It doesn't affect outputs, it doesn't affect the RP2040, the original Pico is fine. And it's, um, it's mostly the pull-down case, plus some weirdness with the, uh, the analog pins if you leave the digital input enabled.", { lab: null }),
  say(H, "Okay, so I have to confess something."),
  say(J, "You've got a Pico 2 with a button on it."),
  say(H, "I have four Pico 2s with buttons on them! At the makerspace we did a, a beginner workshop in October, like, twelve people, build a little reaction-time game. Button, LED, buzzer. And two of the kits, the button just stayed on. And I spent forty minutes swapping buttons and breadboards, thinking it was a bad breadboard. Because it's always a bad breadboard."),
  say(J, "It's usually a bad breadboard!"),
  say(H, "It's usually the breadboard. But no. The other ten kits worked because, I think, they were, they'd wired the button to ground by accident and used the pull-up. The people who did it wrong got it right."),
  say(J, "Ha! That's beautiful. That's the whole erratum in one story."),
  say(H, "And it's intermittent, right? Which is the worst part. Sometimes it worked for the first few presses."),
  say(J, "Yeah, because it depends on how hard the pin gets driven and, um, the temperature, and the specific chip. Some people couldn't reproduce it at all. Which is why it took a while before anybody believed the first forum posts. Everyone assumed—"),
  say(H, "Bad breadboard."),
  say(J, "Bad breadboard! Everyone blamed the breadboard. The breadboard has been wrongly accused for the whole autumn."),
  say(H, "Is there a new stepping coming? A fixed chip?"),
  say(J, "I've seen people say a new stepping is coming, but I haven't seen anything official with a date, so, don't quote me. For now: external resistors. Strong ones. The erratum is in the RP2350 datasheet, and there's a forum thread on ⟨forums.raspberrypi.com⟩ that's like forty pages now. I read all of it. On the train."),
  say(H, "Of course you did."),

  seg('topic', H, 'MicroPython 1.24 adds RP2350 and ESP32-C6 support', ['MicroPython 1.24', 'MicroPython', '1.24']),
  say(H, "Okay, and speaking of the Pico 2, that's actually part of mine. MicroPython 1.24 came out, I think, end of October—"),
  say(J, "October, yeah."),
  say(H, "—and the headline for me is official RP2350 support, so you can flip the Pico 2 to the RISC-V cores and run MicroPython on them. Which I did, obviously, because why wouldn't you. And it works. There's a separate firmware file for the RISC-V build, you drag the UF2 onto the drive, same as always."),
  say(J, "Is it faster? On RISC-V?"),
  say(H, "No! It's a bit slower, actually, in my silly benchmark. I did a, like, a loop that toggles a pin and counts primes, very scientific, and the Arm build was, I want to say, ten, fifteen percent faster. Which makes sense, the Arm cores are the, um, the main ones, the RISC-V cores are there for flexibility. But it's just cool. It's the same board and I'm running a different instruction set by dragging a file."),
  say(J, "That is cool. I'll give you that."),
  say(H, "And the firmware's the same, like the, um, the machine module, the Pin class, everything. I ran the same reaction-game code from the workshop on both cores. Didn't change a line."),
  say(J, "With the external pull-down."),
  say(H, "With the external pull-down. Yes. Ten k. No wait, you said eight point two or lower. So, with the wrong resistor. Great."),
  say(J, "Ten k might be fine, it's borderline. Just, try it warm."),
  say(H, "Try it warm. Like, with a hair dryer?"),
  say(J, "With a hair dryer, yeah, or just leave it next to your laptop's fan for a bit. Leakage goes up with temperature. If it still releases when it's warm, you're probably fine."),
  say(H, "I'm going to do the hair dryer thing at the next workshop. That's going to be a great demo, actually. Everybody loves a hair dryer."),
  say(J, "Nothing says electronics education like a hair dryer. Did they change anything with asyncio, by the way? That's what I'd actually use."),
  say(H, "Not a lot in this release, I think, asyncio's been pretty solid for a while. The big asyncio thing for me is still that it's, um, the same API as CPython, mostly, so my web-developer brain just works. await, create_task, sleep_ms. Well, sleep_ms isn't CPython. But close."),
  say(H, "The other big one is the ESP32-C6. That's Espressif's chip with Wi-Fi 6, and Bluetooth LE, and also an 802.15.4 radio, so Thread and Zigbee—"),
  say(J, "Which MicroPython doesn't do. The Thread part."),
  say(H, "Right, right, the radio's there, but no Thread stack in MicroPython, that's, that's not what this is. It's Wi-Fi and BLE. But the C6 is a RISC-V chip, it's cheap, and it has the low-power core, so it's a nice chip for battery sensors. Oh, which, actually, connects to the listener email, I think? We'll get there."),
  say(H, "And then a bunch of smaller stuff. The mpremote tool got some improvements, that's the command line thing to copy files and get a REPL over USB. And in the last couple of releases they've been doing this thing where a board can act as a custom USB device, written in Python. So your Pico can be a keyboard, a MIDI device, whatever, from MicroPython, no C. That was 1.23, I think, but it's getting better.", { lab: null }),
  say(J, "Oh, MIDI. I've wanted a MIDI thing for—"),
  say(H, "You've wanted a MIDI controller for two years. You've said it on this show."),
  say(J, "For two years. Out loud. On the record."),
  say(H, "On the record. Also, one tip, if you're coming from the Arduino world and you find MicroPython slow, look at the native and viper decorators. You put @micropython.native on a function and it compiles to machine code instead of bytecode. Viper is even faster but it's, like, its own weird typed dialect. For a tight loop that toggles pins, it's the difference between, you know, kilohertz and megahertz."),
  say(J, "Or use the PIO. On the Pico."),
  say(J, "Just use the PIO.", { lab: null, amb: true, cut: 0 }),
  say(H, "Or use the PIO, yes, Jo, we know you love the PIO. Release notes are on the MicroPython GitHub, and the downloads page has the RISC-V firmware, ⟨micropython.org/download⟩."),

  seg('topic', J, 'Moving product firmware to the Zephyr 3.7 LTS', ['Zephyr', 'Zephyr 3.7', 'LTS', 'firmware']),
  say(J, "Okay. Mine's a bit more, um, work-y. So, at work, we make soil moisture sensors for farms. Little stakes you put in a field, they wake up every fifteen minutes, measure, send it over LoRaWAN, go back to sleep. And the firmware is on Zephyr. And we finally moved from the old LTS, 2.7, to the new one, 3.7. Which came out in the summer. And it took me basically all of November."),
  say(H, "All of November. For a version bump."),
  say(J, "For a version bump! Because between 2.7 and 3.7 is, like, three years of Zephyr. It's a different project. So I want to go through what actually hurt, for anybody else who's about to do this."),
  say(H, "Please. Because I keep thinking about Zephyr for a project and then I look at it and I get scared."),
  say(J, "That's fair. That's a normal reaction. So, number one. Hardware model v2. They changed how boards are defined. Board names now have qualifiers, so instead of one name you have, like, the board, a slash, the SoC, and sometimes a slash and the core. So our custom board definition, which lives in our repo, had to be moved to the new layout, with a new board.yml file. There's a migration guide and a script, and the script did about seventy percent."),
  say(H, "And the other thirty?"),
  say(J, "The other thirty was me and a cup of tea and the devicetree. Which brings me to number two, devicetree changes. A bunch of bindings got renamed between the versions. And when a devicetree property doesn't match a binding, sometimes you get an error, and sometimes it just silently doesn't do anything. We had a GPIO for the sensor power switch that just stopped toggling. The board booted, everything looked fine, and the sensor was never powered."),
  say(H, "So every reading was—"),
  say(J, "Every reading was zero! Bone dry. Which, in Scotland, in November, you'd think someone would notice immediately."),
  say(H, "A bone-dry field in Scotland. In November."),
  say(J, "The data said desert. The farm was a swamp. That's how we found it, actually. Number three, sysbuild. That's the newer way Zephyr builds several images together, so your app plus the MCUboot bootloader in one go. We used to build MCUboot separately with a little shell script. Now it's one west build with sysbuild turned on, and the signing of the image happens in the build. It's nicer, but our CI scripts all had to change."),
  say(J, "And number four, and this one's good news, the power management. Our average current in sleep went down a bit on the new version, without me doing anything. I measured it with the Nordic Power Profiler Kit, I think it's about eight percent lower. I don't fully know why, which bothers me a little, but I'll take it.", { lab: null }),
  say(H, "Hang on, what chip is this on? The sensor."),
  say(J, "It's an STM32, one of the low-power L4 ones, with a separate LoRa radio. Not the nRF. The Power Profiler Kit is Nordic's but it works on anything, it's just a very good current meter with a USB cable."),
  say(H, "Wait, so how did you test all of this? You can't put a sensor in a field for every commit."),
  say(J, "No. We have a, um, a bucket of soil on my desk. Literally. A bucket. With four sensors in it, connected to a little test rig with a Raspberry Pi that power-cycles them and reads the LoRa packets off a gateway. That's our hardware-in-the-loop. It's called the bucket."),
  say(H, "The bucket."),
  say(J, "The bucket. It has a Jira component. And twister, Zephyr's test runner, runs the unit tests on native_sim, on the CI machine, without any hardware at all. That's the bit I'd recommend to everyone. Most of our logic doesn't need the chip. The bucket is for the rest."),
  say(H, "Okay. Would you tell a hobbyist to use Zephyr? Honestly?"),
  say(J, "Honestly? For a blinky, no. The learning curve is Kconfig, devicetree, CMake, west, all at once. It's a lot. But the moment you have a product, with a bootloader and over-the-air updates and two board revisions and a team, it's amazing. It's the first embedded OS where I don't feel like I'm rebuilding the same drivers at every job. And the LTS means we get two years, well, longer, of fixes, without chasing main."),
  say(H, "Kconfig, devicetree, CMake and west. That's, like, four things I'd have to learn."),
  say(J, "It's four things. I'm not going to lie to you. The getting started guide on ⟨docs.zephyrproject.org⟩ is good, though. Start there. And use a board that's already supported, don't make your own board on day one."),
  say(H, "Noted. No custom boards on day one."),
  say(J, "And, sorry, one more thing, because someone will ask. Why not just use ESP-IDF or the STM32 HAL directly, bare metal? We did, at my last job. And every product had its own half-finished little scheduler and its own flash driver with its own bugs. With Zephyr, the LoRaWAN stack, the flash driver, the bootloader, the shell, it's shared with, you know, thousands of other people. When there's a bug, someone else probably found it first."),
  say(H, "That's the argument for any big open-source thing, though, right? Linux, whatever."),
  say(J, "It is! It's exactly the Linux argument, for chips with sixty-four k of RAM. That's how I'd pitch it to my boss, anyway. I did pitch it to my boss like that. It worked."),

  seg('topic', H, 'Home Assistant Voice Preview Edition: an open voice assistant on the ESP32-S3', ['Home Assistant Voice', 'Voice Preview Edition', 'Home Assistant', 'voice assistant']),
  say(H, "Okay, my last one, and this is the fun one. Home Assistant released their own voice hardware. It's called the Home Assistant Voice Preview Edition. It came out, um, a couple of days ago, on the nineteenth. It's a little box with a speaker and two microphones and a nice rotary dial on top, and it's, it's basically a local, open-source alternative to an Amazon Echo or a Google Nest speaker."),
  say(J, "And you bought one. Within, what, minutes?"),
  say(H, "Within minutes. It's fifty-nine US dollars. I have it. I've had it for two days. And the hardware is the interesting part for this show. The main chip is an ESP32-S3, which, you know, we love, and it runs ESPHome. So the firmware is open, it's just an ESPHome config, you can change it, flash your own.", { lab: 'Hamdi' }),
  say(J, "Wait, an S3 doing the wake word? On the chip?"),
  say(H, "On the chip! It's microWakeWord, which is a tiny TensorFlow Lite model, and the default wake word is Okay Nabu. Because Nabu Casa is the company behind Home Assistant."),
  say(J, "Okay Nabu. Okay."),
  say(H, "You get used to it. There's also Hey Jarvis. But the thing that makes it actually work well is that there's a second chip, an XMOS chip, the XU316, that does the audio processing. Echo cancellation, so it can hear you while it's playing music. Noise suppression. Beamforming with the two mics. That's always been the problem with DIY voice assistants, right? You put a microphone on an ESP32 and it works great, if you're ten centimeters away in a silent room."),
  say(J, "Yeah. Across the kitchen with the kettle on, forget it."),
  say(H, "Forget it. And this one, across the kitchen, with the kettle on, with my kids arguing, it heard me maybe, I don't know, eight times out of ten. Which isn't an Echo. But it's close enough that my wife used it without me explaining anything, which is the real test."),
  say(J, "Eight out of ten with kids arguing is honestly better than my phone."),
  say(H, "Right? And there's a mute switch on the side that physically cuts the microphones, which, with kids, I use more than I expected. They discovered they can ask it for fart sounds."),
  say(J, "Can it do fart sounds?"),
  say(H, "It cannot. Yet. My son has filed a, a feature request with me. I'm the product owner now."),
  say(H, "And then the speech part doesn't happen on the device. The box streams the audio to your Home Assistant server, and there you choose. Either local, with Whisper for speech-to-text and Piper for text-to-speech, running on your own machine. Or the Home Assistant Cloud, which is faster if your server is a Raspberry Pi. On my Pi 4, local Whisper is slow. Like, a couple of seconds. On a proper machine with a GPU it's fast.", { lab: null }),
  say(J, "Why Preview Edition, though? Is it, is it not finished?"),
  say(H, "That's their, um, that's them being honest. The hardware is done. The software, the voice pipeline, is still limited. It's good at turn on the kitchen lights, set a timer, what's the temperature outside. It's not good at, like, open conversation, unless you connect it to an LLM, which you can, with the OpenAI or a local Ollama integration. I haven't tried that. And languages other than English are, I think, at various levels."),
  say(J, "And it's open hardware? Like, schematics?"),
  say(H, "They said they'd publish the design files, and they're on GitHub, I think, or they will be. I saw at least the ESPHome config and, um, some of the hardware files. Don't quote me on which ones. The announcement's on ⟨home-assistant.io/blog⟩."),
  say(J, "I think the interesting thing is, it's a company saying, we'll build the hardware so that a thousand people don't each have to build a bad one."),
  say(H, "Exactly, that's exactly it. I've built, I think, three bad ones."),
  say(J, "You have. I've heard two of them."),
  say(H, "You've heard two of them. The third one never talked."),

  seg('topic', J, 'Listener mail: why an ESP32 dev board draws milliamps in deep sleep', ['listener', 'deep sleep', 'ESP32', 'battery', 'current']),
  say(J, "Okay, listener mail! This one is from Matthias, in Graz. He writes: I'm building a weather station with an ESP32 dev board and a LiPo battery. I'm using deep sleep for ten minutes between readings, and the datasheet says deep sleep is around ten microamps. But my multimeter says the board is drawing about four milliamps while it sleeps, and my battery is dead in three days. What am I doing wrong?"),
  say(H, "Oh, the classic. This is the—"),
  say(J, "It's the classic. Matthias, you're not doing anything wrong in the code, probably. It's the board."),
  say(H, "It's the board. The chip sleeps. The board doesn't."),
  say(J, "Exactly. So, on a typical dev board, you have the ESP32 module, but you also have a USB-to-serial chip, like a CP2102 or a CH340, which is powered all the time. You have a voltage regulator, an LDO, and some of the cheap ones have a quiescent current of, like, a few milliamps on their own. And then there's a power LED."),
  say(H, "The power LED! That's a milliamp right there. Easily."),
  say(J, "A milliamp, two. Just glowing at you, proudly, while you're trying to save power. So the chip goes down to ten microamps and the board around it burns four milliamps and you've gained nothing."),
  say(H, "So, what does he do? Desolder the LED?"),
  say(J, "That's step one, honestly. You can scrape it off, cut a trace. People do. But the real fix is a different board. Either a bare module on your own board, with a good low-quiescent regulator, or a dev board that's designed for battery use. There are a few, the FireBeetle from DFRobot is the one people always mention, and the newer ones from, um, Adafruit and others where they put the USB chip behind a switch. Look for a quoted deep-sleep current for the whole board, not the chip."),
  say(J, "And the other thing, Matthias, is the measurement. A normal multimeter on the milliamp range is okay for four milliamps, but once you fix the board, you'll be in the microamps, and the ESP32 wakes up with a big spike when the Wi-Fi turns on. A multimeter can't show you that. That's where the Power Profiler Kit, or a Joulescope if you're fancy, is worth it. You see the whole wake-up as a graph.", { lab: null }),
  say(H, "Can I add one? On the software side?"),
  say(J, "Please."),
  say(H, "The Wi-Fi connect is the expensive bit. Every time it wakes up, it's scanning, doing DHCP, maybe a couple of seconds with the radio at full power. If you set a static IP, and you save the channel and the access point's, um, BSSID, in the RTC memory, the reconnect can be way, way faster. And send the reading and go right back to sleep, don't, like, sit there waiting for an NTP sync every time."),
  say(J, "How much faster? Do you have numbers?"),
  say(H, "On my old garage sensor, the, um, the dead one, may it rest, it went from about three seconds awake to under one. Which is roughly, you know, three times the battery life for the radio part. I didn't measure it properly, I timed it with the serial log. Don't email us."),
  say(J, "Do email us. Just not about that."),
  say(J, "Oh, good one. And ESPHome and MicroPython both support deep sleep, so whichever he's using. Also, Matthias, if you're still picking a chip, the C6 that Hamid mentioned, or the C3, they're generally better at sleep than the original ESP32. But I'd fix the board first."),
  say(H, "Fix the board first."),
  say(J, "Fix the board first. Thanks, Matthias. Send us a photo of the weather station."),
  say(H, "With the LED removed.", { lab: null }),

  seg('extra', H, "Hamid's extra: the Pinecil V2 soldering iron", ['Pinecil', 'soldering iron', 'Pinecil V2']),
  say(J, "Okay, extras. Hamid, you go."),
  say(H, "Mine's a tool. The Pinecil, the V2. It's a little soldering iron from PINE64, it's about the size of a fat marker, and it runs on USB-C power delivery. So you plug it into a good USB-C charger, a sixty-five watt laptop charger, and it heats up in, like, ten seconds."),
  say(J, "I have one. I love it."),
  say(H, "I know you have one, you told me to buy one! It took me a year. The makerspace has these huge old soldering stations, and I've just been bringing the Pinecil. And the thing that makes it perfect for this show is there's a RISC-V microcontroller inside it, and the firmware is open source. IronOS. So you can update the firmware, change the settings, it has a little screen—"),
  say(J, "It has a sleep mode with the accelerometer. When you put it down, it cools down. When you pick it up—"),
  say(H, "It wakes up. Yes. It's about thirty dollars. It's the best thirty dollars I've spent this year. Except the Voice thing."),

  seg('extra', J, "Jo's extra: Wokwi, the browser microcontroller simulator", ['Wokwi', 'simulator']),
  say(J, "Mine is Wokwi. W-O-K-W-I. It's a simulator for microcontrollers that runs in the browser. You pick a board, an ESP32 or a Pico or an Arduino Uno, you drag in LEDs and buttons and, like, a little OLED display, and you run your actual code. Arduino, MicroPython, Rust, even."),
  say(H, "Is it free?"),
  say(J, "The browser version is free for hobby projects, and the CI and the VS Code stuff is a paid plan, I think, for commercial use. It's made by one person, mostly, Uri Shaked, who is some kind of wizard. There are, like, community-made parts too. Someone made a simulated soil moisture sensor, which I was weirdly moved by."),
  say(H, "Even Rust. Okay. Even Rust."),
  say(J, "And, the reason I'm bringing it up, there's a VS Code extension, and you can run the simulation in CI. So at work I've started using it for a couple of tests on the, um, the ESP32 side project. The firmware boots in the simulator, we check the serial output, done. No hardware on the CI runner. It doesn't replace real hardware, obviously. But it's a lot better than nothing."),
  say(H, "Does it simulate the E9 bug?"),
  say(J, "Ha! I don't think it does. That's actually a great question. I should ask them."),
  say(H, "Could've saved me forty minutes of breadboards."),
  say(J, "It really could have."),

  seg('outro', J, 'Goodbye', []),
  say(J, "Okay, that's the show, and that's the year. Thank you all for listening to Bit Banged. The show notes are at ⟨bitbanged.show/41⟩, with every link."),
  say(H, "Happy holidays, everybody. Be careful with your soldering irons around the tree."),
  say(J, "Don't solder near the tree. See you in January."),
];

const SPEAKERS = [
  { name: J, aliases: ['Joanna Kowalczyk', 'Jo', 'Joanna', 'KOWALCZYK', 'Kowalczyk', 'Jo Kowalczyk'] },
  { name: H, aliases: ['Hamid Rezaei', 'Hamid', 'Hamdi', 'REZAEI', 'Rezaei'] },
];

const ENTITIES = {
  required: {
    'Raspberry Pi Pico 2': ['Raspberry Pi Pico 2', 'Pico 2', 'Pico'],
    RP2350: ['RP2350'],
    'Cortex-M33': ['Cortex-M33', 'Arm Cortex-M33', 'Arm'],
    'RISC-V': ['RISC-V', 'Hazard3'],
    'erratum E9': ['E9', 'erratum E9', 'RP2350-E9'],
    RP2040: ['RP2040'],
    MicroPython: ['MicroPython'],
    'MicroPython 1.24': ['MicroPython 1.24', '1.24'],
    CircuitPython: ['CircuitPython'],
    'ESP32-C6': ['ESP32-C6', 'C6'],
    ESP32: ['ESP32'],
    Espressif: ['Espressif'],
    mpremote: ['mpremote'],
    PIO: ['PIO'],
    Zephyr: ['Zephyr', 'Zephyr RTOS', 'Zephyr 3.7', 'Zephyr 3.7 LTS', '3.7'],
    devicetree: ['devicetree', 'device tree'],
    Kconfig: ['Kconfig'],
    west: ['west'],
    sysbuild: ['sysbuild'],
    MCUboot: ['MCUboot'],
    LoRaWAN: ['LoRaWAN', 'LoRa'],
    STM32: ['STM32', 'STM32L4'],
    'Power Profiler Kit': ['Power Profiler Kit', 'Power Profiler Kit II', 'PPK2'],
    'Home Assistant': ['Home Assistant'],
    'Home Assistant Voice Preview Edition': ['Home Assistant Voice Preview Edition', 'Voice Preview Edition', 'Home Assistant Voice'],
    'ESP32-S3': ['ESP32-S3', 'S3'],
    ESPHome: ['ESPHome'],
    microWakeWord: ['microWakeWord'],
    XMOS: ['XMOS', 'XU316'],
    Whisper: ['Whisper'],
    Piper: ['Piper'],
    'Nabu Casa': ['Nabu Casa'],
    'deep sleep': ['deep sleep'],
    Pinecil: ['Pinecil', 'Pinecil V2'],
    IronOS: ['IronOS'],
    Wokwi: ['Wokwi'],
  },
  tolerated: [
    'Raspberry Pi', 'Raspberry Pi 4', 'Pi 4', 'SRAM', 'secure boot', 'GPIO', 'GPIOs', 'pull-down', 'pull-up', 'pull-downs', 'pull-ups', 'datasheet',
    'SDK', 'Pico SDK', 'microcontroller', 'microcontrollers', 'breadboard', 'LED', 'buzzer', 'UF2', 'Wi-Fi', 'Wi-Fi 6', 'Bluetooth LE', 'BLE',
    '802.15.4', 'Thread', 'Zigbee', 'USB', 'MIDI', 'REPL', 'Arduino', 'Arduino Uno', 'native', 'viper', '@micropython.native', 'C', 'bytecode',
    'GitHub', 'LTS', 'Zephyr 2.7', 'hardware model v2', 'HWMv2', 'board.yml', 'bindings', 'CMake', 'bootloader', 'CI', 'Nordic', 'Nordic Semiconductor',
    'nRF', 'STM32L4', 'power management', 'over-the-air updates', 'OTA', 'Amazon Echo', 'Echo', 'Google Nest', 'TensorFlow Lite', 'wake word',
    'Okay Nabu', 'Hey Jarvis', 'echo cancellation', 'noise suppression', 'beamforming', 'Home Assistant Cloud', 'GPU', 'LLM', 'OpenAI', 'Ollama',
    'speech-to-text', 'text-to-speech', 'LiPo', 'multimeter', 'USB-to-serial', 'CP2102', 'CH340', 'LDO', 'voltage regulator', 'quiescent current',
    'FireBeetle', 'DFRobot', 'Adafruit', 'Joulescope', 'DHCP', 'static IP', 'BSSID', 'RTC memory', 'NTP', 'ESP32-C3', 'C3', 'PINE64',
    'USB-C', 'USB-C power delivery', 'USB PD', 'OLED', 'Rust', 'VS Code', 'simulator', 'serial output', 'Bit Banged', 'bitbanged.show', 'forums.raspberrypi.com',
    'soldering iron', 'accelerometer', 'blinky', 'weather station', 'ESP8266', 'machine module', 'Pin', 'hardware-in-the-loop', 'HIL', 'Jira', 'twister', 'native_sim', 'gateway', 'LoRa gateway', 'mute switch', 'Uri Shaked', 'serial log', 'asyncio', 'CPython', 'hair dryer', 'ESP-IDF', 'STM32 HAL', 'HAL', 'bare metal', 'Linux', 'RAM', 'shell',
  ],
};

const EPISODE = { show: 'Bit Banged', number: 41, recorded: null, title: 'Pull-downs that pull up, MicroPython on RISC-V, and a voice box you can flash' };

const WEB = {
  header: [
    'Bit Banged — a podcast about small computers', '',
    '« Return to episode page', '', 'Transcript for Episode #41:', 'Pull-downs that pull up, MicroPython on RISC-V, and a voice box you can flash', '', '',
  ].join('\n'),
  footer: '\n\n« Return to episode page\n\nBit Banged is made by Jo Kowalczyk and Hamid Rezaei. Transcripts are auto-generated.',
  stamps: 'zero',
  labels: 1,
  label: { [J]: 'KOWALCZYK', [H]: 'REZAEI' },
};

// ---- rendering ----------------------------------------------------------------------------
const curly = (s) => s.replace(/(\w)'(\w)/g, '$1’$2').replace(/(\s|^)'(\w)/g, '$1‘$2');
const labeledText = (t) => curly(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const webText = (t) => curly(t.replace(/\s?⟨[^⟩]*⟩[.,]?/g, ''));
const cutOf = (p) => p.cut ?? (p.lab === null ? 1 : 0);
const mmss = (sec) => `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;

/** Lays the paragraphs out; the first segment starts at 0 (header included), the last ends at the end of the file. */
function render({ header, footer, sep, prefix, words, trailer = '' }) {
  let out = header;
  const paragraphs = [];
  const segments = [];
  let pendingMid = null;
  let open = null;
  let i = 0;
  for (const item of SOURCE) {
    if (item.seg) {
      const start = item.mid ? pendingMid : (segments.length ? out.length + sep.length : 0);
      if (start == null) throw new Error(`mid segment ${item.title} without a § mark`);
      if (open) open.end = start;
      open = { kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start, end: null };
      segments.push(open);
      pendingMid = null;
      continue;
    }
    if (i > 0) out += sep;
    const start = out.length;
    const pre = prefix(i, item);
    let body = words(i, item);
    const mark = body.indexOf('§');
    body = body.replace('§', '');
    out += pre + body;
    if (mark >= 0) pendingMid = start + pre.length + mark + (body[mark] === ' ' ? 1 : 0);
    const para = { start, end: out.length, speaker: item.speaker };
    if (item.amb) para.ambiguous = true;
    paragraphs.push(para);
    i++;
  }
  out += footer + trailer;
  open.end = out.length;
  return { text: out, transcriptStart: header.length, paragraphs, segments };
}

// labeled.txt: LABELS.first / LABELS.later give a speaker's default label; `lab` overrides it, null drops it.
const seen = new Set();
const labeled = render({
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => {
    if (p.lab === null) return '';
    const lab = p.lab ?? (seen.has(p.speaker) ? LABELS.later[p.speaker] : LABELS.first[p.speaker]);
    seen.add(p.speaker);
    return `${lab}: `;
  },
  words: (i, p) => labeledText(p.text),
});

// web.txt: WEB.stamps 'zero' stamps every paragraph 00:00 like the seed page; 'real' derives mm:ss
// from ~155 spoken words a minute plus a pause per turn. Labels on the first WEB.labels paragraphs only.
const times = [];
{
  let t = 0;
  for (const p of SOURCE.filter((x) => !x.seg)) { times.push(t); t += labeledText(p.text).split(/\s+/).length / 2.6 + 0.7; }
}
const web = render({
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `${WEB.stamps === 'zero' ? '00:00' : mmss(times[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => {
    const t = webText(p.text);
    const cut = i < WEB.labels ? 0 : cutOf(p);
    const w = t.split(' ');
    if (cut >= w.length) throw new Error(`cut empties a paragraph: ${t}`);
    return cut ? w.slice(cut).join(' ') : t;
  },
});

const gold = {
  _source: `Synthetic held-out episode written on 2026-11-22 (heldout3/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, r] of Object.entries({ labeled, web })) {
  writeFileSync(join(here, `${key}.txt`), r.text);
  gold.files[key] = { input: `${key}.txt`, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => labeledText(p.text)).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
