// Source of Save State #44 (SYNTHETIC held-out episode, heldout22): a two-host CONVERSATIONAL co-host show with no
// rundown: two friends who both write EMULATORS of old game consoles in their spare time talk, and the topics drift,
// raised by either host, often by the one who does NOT carry them. Hosts (invented): Keziah Ambrose, a test engineer for
// railway ticket machines in Norwich who writes a Game Boy Color emulator in Rust and keeps a shelf of cartridges, who
// opens and closes the show; Cosmin Petrescu, a compiler engineer in Timișoara who writes the ARM recompiler of a
// PlayStation emulator of his own and owns a MiSTer, a Steam Deck and a cathode-ray television that will not go up his
// stairs. The jobs, the emulators, the racing game's flickering road, the cartridges and their batteries, the
// achievement set, the dentist who sold the television and every anecdote are invented. Recorded Thursday 19 June 2025;
// the technology and the news are real but told from memory.
// Rendered by build.mjs into youtube.txt (the text copied from YouTube's "Show transcript" panel: timestamps and caption
// lines, no speakers at all) and transcript.lrc (whisper.cpp's LRC output with its stereo diarisation: a `(speaker N)`
// mark from the louder channel on each line, `(speaker ?)` when it cannot tell).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in youtube.txt (YouTube's automatic captions), B in transcript.lrc (whisper.cpp): a misheard name, a
//              project's name split up or run together, a number in digits;
//   ¶          a pause inside a turn (0.5 s on the clock): both recognisers may end a line there.
// opts:
//   ch: '?'    transcript.lrc: the lines made mostly of this paragraph's words get `(speaker ?)` whatever the channels
//              say (both hosts laughing or talking at once, so neither channel is louder);
//   ch: 'x'    transcript.lrc: those lines get the OTHER host's channel (a quiet line on Keziah's channel while the
//              television hums on Cosmin's, so his channel is louder).
// Conventions: presenter = the host who carries the topic (brings the story, the opinion, the knowledge); a topic
// raised by one host and carried by the other is presented by the one who carries it, and the line that raises it
// belongs to the NEW segment; the welcome and the goodbye are the intro and the outro, presented by Keziah.
import { say, seg } from '../build-episode.mjs';

export const K = 'Keziah Ambrose';
export const C = 'Cosmin Petrescu';

export const SOURCE = [
  seg('intro', K, 'Welcome to Save State 44', []),
  say(K, "Hi, you've found Save State, episode 44, in which we spend our evenings teaching modern computers to pretend to be old ones. I'm {Kesia|Keziah} Ambrose, I'm in Norwich, and I've had a week of staring at one line of pixels."),
  say(C, "And I'm Cosmin Petrescu, in {Timisoara|Timișoara}. Before anyone asks, the television is still in the hallway."),
  say(K, "Still in the hallway? It's been three weeks."),
  say(C, "It's a twenty-nine-inch tube from 1998 and it weighs as much as a small adult. The dentist who sold it to me helped me carry it to the front door, and then he remembered an appointment. It doesn't turn the corner of the stairs, so for now it lives next to the coats, and I play in the hallway on a folding chair."),
  say(K, "That's the most dedicated thing I've ever heard, and also the saddest. What does your partner think?"),
  say(C, "She thinks it's a very heavy coat stand. She's not wrong."),
  say(C, "It has perfect blacks and no lag at all. The coats don't mind.", { ch: '?' }),

  seg('topic', K, "A Game Boy racing game's flickering road: mid-scanline scroll writes, PPU timing and test ROMs", ['Game Boy', 'PPU', 'test ROMs']),
  say(C, "Your line of pixels, though. Is that the road that flickers?"),
  say(K, "That road, yes. So my emulator runs almost every Game Boy game I own correctly now, except one racing game where the road shimmers as if it's raining. The game draws the curve of the road by changing the horizontal scroll register part way through each line, while the screen is being drawn. ¶ If your emulator draws a whole line at once, which mine did, that change lands either too early or too late, and the road comes out in the wrong place for a few pixels."),
  say(C, "So you had to stop drawing whole lines."),
  say(K, "I had to stop drawing whole lines and start feeding pixels out one at a time, the way the real chip does. The picture processing unit, the PPU, has a phase where it's pushing pixels to the screen, and that phase isn't a fixed length. It gets longer when there are sprites on the line, and longer again depending on the fine scroll. ¶ The game knows that and times its writes to it. So I rewrote the whole renderer as a little pixel queue, like the hardware has, and it took me three weekends."),
  say(C, "And you knew it was right how?"),
  say(K, "Test ROMs. People have written tiny programs that run on a real Game Boy and check one behaviour each. There's {Blarg's|Blargg's} set for the processor, the {Moon eye|Mooneye} test suite for timing, and {DMG acid 2|dmg-acid2}, which draws a smiley face that only comes out right if your PPU gets a dozen details right. ¶ When the face smiled and the road stopped raining on the same evening, I went and stood in the garden for a while."),
  say(C, "I'd have stood in the garden as well. The face is evil."),
  say(K, "The face is evil, and it's also the best teacher I've ever had. The only thing it can't tell me is whether any of this is worth it, when I could buy a second-hand console for the price of a takeaway."),
  say(C, "That's not quite the same thing, though."),
  say(K, "No, and I can hear your answer coming, because it's always the same one. §It's the same fight you pick with every {Mister|MiSTer} owner you meet, isn't it?"),

  seg('topic', C, 'FPGA or software emulation: MiSTer, the Analogue Pocket and whether hardware recreations count as emulation', ['FPGA', 'MiSTer', 'emulation'], { mid: true }),
  say(C, "I am a {Mister|MiSTer} owner, so the fight is mostly with myself. The {Mister|MiSTer} is a board with an FPGA on it, a chip you can rewire with software, and people write cores that describe an old console's chips as hardware. Then the FPGA becomes that hardware, more or less, and runs every part of it in parallel, the way the original did. ¶ The marketing around FPGAs likes to say it isn't emulation. I think that's nonsense. Somebody still had to work out how the original chip behaved and write it down. They wrote it in a hardware language instead of in C, that's all."),
  say(K, "But it is faster to respond, surely."),
  say(C, "It's much better at timing, and that's the honest advantage. Nothing waits for an operating system, there's no frame of buffering, and with a good core the input reaches the game exactly when it would have on the console. {Analog|Analogue} does the same thing in a nicer box: the Pocket runs cores for handhelds, and their big Nintendo 64 machine has been promised for what feels like my whole adult life. ¶ But an FPGA core is only as accurate as the person who wrote it, the same as my code."),
  say(K, "Where do the people writing the cores get their information?"),
  say(C, "From the same place you got yours. The same test programs, the same decades of notes from people who put chips under microscopes, and more and more, from emulator source code. A good chunk of what the FPGA world knows about the SNES, it learned from software emulators that got there first."),
  say(K, "Is there anything the FPGA can do that my laptop simply can't?", { ch: 'x' }),
  say(C, "Talk to original accessories, mostly. A core can drive real controllers, real memory cards and the old video signals directly, with no adapters guessing at the timing. That, and it boots in two seconds, which my laptop has never once managed."),
  say(K, "So the software people did the homework, and the hardware people are copying it in neater handwriting."),
  say(C, "I'd never put it so rudely on a recording."),
  say(K, "You just did, in effect."),

  seg('topic', C, 'Is emulation legal? Yuzu and Ryujinx shut down, Dolphin off Steam, and what the courts actually said', ['emulation', 'yuzu', 'Ryujinx', 'legal']),
  say(K, "One question you always dodge, though. How legal is any of what we do, after the last year and a half?"),
  say(C, "Writing an emulator is legal. That was settled in America around the year 2000, when Sony sued two companies making PlayStation emulators for computers, Connectix and {Bleem|Bleem}, and lost. Reverse engineering the hardware to build something compatible was fair use. ¶ What isn't legal is breaking copy protection, and that's where the Switch emulators went wrong. Switch games are encrypted, and to play them you need keys taken out of a console."),
  say(K, "And that's what Nintendo went after."),
  say(C, "That's the heart of it. Nintendo sued the people behind Yuzu in February last year, and within a few weeks they settled, paid two point four million dollars and shut it down, and the same people's 3DS emulator, Citra, went with it. ¶ The complaint made a lot of the fact that a Zelda game leaked before release and people played it on Yuzu in huge numbers. Then in October {Ryu jinx|Ryujinx}, the other big Switch emulator, stopped overnight after Nintendo got in touch with its main developer. Nobody has said exactly what was agreed."),
  say(K, "And Dolphin? I remember the Steam thing."),
  say(C, "Dolphin wanted to be on Steam, and in 2023 Valve took the page down after a letter from Nintendo's lawyers. The sticking point was a key for Wii games that Dolphin ships inside its code. Dolphin's own lawyers looked at it and they decided not to fight. ¶ So they're still there, still developing, just not on Steam. The lesson everybody in our little world took away is simple: do the engineering in public, and never touch the keys, the firmware or the games."),
  say(K, "My emulator doesn't even need a boot ROM. I wrote my own little start-up code."),
  say(C, "Which is why you'll never get a letter. It also makes your emulator the tidiest one I know. I need a PlayStation BIOS to boot anything, and I tell people to dump their own from their own console. Most of them don't, of course."),
  say(K, "Dumping my own is the only thing I'm good at, apparently. §I spent Sunday doing it to twenty cartridges, and it's left me quite gloomy."),

  seg('topic', K, 'Game preservation: out-of-print games, the Copyright Office says no to remote library access, and game-key cards on the Switch 2', ['preservation', 'Video Game History Foundation', 'game-key cards'], { mid: true }),
  say(C, "Why twenty, all at once?"),
  say(K, "Because of the batteries. A lot of cartridges from the nineties keep your saves in memory that's powered by a little coin cell, and those cells are now thirty years old. When the battery dies, the save is gone. The games with clocks in them, the Pokémon ones especially, lose their clock first. ¶ So I sat down with a cartridge reader that plugs into USB, copied every game and every save file to my laptop and then to two other places, and replaced four batteries with a soldering iron. Two of my childhood save files were already blank."),
  say(C, "Oh, that's sad."),
  say(K, "It's sad on a bigger scale too. The Video Game History Foundation did a study two summers ago and found that eighty-seven percent of classic games released in the United States aren't sold in any form today. If you want to play them, you need the original hardware, or you need to do something a lawyer would frown at. ¶ They and a group of libraries asked the US Copyright Office for an exemption that would let libraries lend old games to researchers remotely, over the internet, the way they lend old papers. Last October the answer was no. The industry argued it would turn into a free arcade for everybody."),
  say(C, "And then Nintendo launched a console where the cartridge might not even hold the game."),
  say(K, "The game-key cards, yes. Some Switch 2 cartridges only contain a key. You put the card in, and the console downloads the game from Nintendo's servers. ¶ As a player I understand why publishers like it, the cards are cheap to make. As somebody who spent Sunday rescuing save files from thirty-year-old memory, I'm fairly sure that in thirty years some of those cards will unlock nothing at all. Nobody will be able to dump what isn't there."),
  say(C, "Unless someone keeps the servers running."),
  say(K, "Which, historically, nobody does.", { ch: 'x' }),
  say(K, "The other way out is letting libraries keep copies, and that brings us straight back to October. The same arguments in the same rooms, and nobody in them who's ever opened a cartridge."),
  say(C, "They should invite you. You'd bring the soldering iron."),
  say(K, "And a very long list."),

  seg('topic', C, 'Recompilers on phones: JIT on ARM, Apple allows emulators on the App Store, but not JIT on iOS', ['JIT', 'iOS', 'App Store']),
  say(C, "Phones are where a lot of old games get played now, and phones are where my evenings go. On a phone it's the processor that bites you. ¶ A PlayStation has a MIPS processor. If you interpret every instruction, one at a time, a modern computer can keep up easily. The faster consoles need a recompiler, a {jit|JIT}, which translates blocks of the console's code into the host's machine code once and runs them natively after that."),
  say(K, "And yours translates to ARM."),
  say(C, "Mine translates to ARM, because I wanted it to run on my phone and on the Apple laptops. ARM is pleasant to generate code for, and the Apple chips are ridiculously fast once the code is there. The catch is that a JIT has to write machine code into memory and then run it, and modern systems really don't like memory that's both writable and executable. ¶ On the Mac you ask for a special kind of memory and flip it between writing and running, per thread. On Android you can mostly just do it. On iOS, an app from the App Store isn't allowed to do it at all."),
  say(K, "But Apple let emulators on the App Store last year. I've got Delta on my phone."),
  say(C, "They did, in April last year, and Delta went straight to the top of the charts. {PPS SPP|PPSSPP} followed a couple of months later. But they all run without a JIT. For the Game Boy, the NES and even the PlayStation Portable, a good interpreter on a modern iPhone is fine. ¶ For anything newer it isn't, and on iOS the tricks that enable a JIT involve a debugger attached from a computer, which is not something you explain to a normal person on a train."),
  say(K, "Is the interpreter really that much slower?"),
  say(C, "For a console from the late nineties, ten to twenty times, roughly. Most of an interpreter's time goes on working out what each instruction is, again and again. The recompiler does that work once per block and then the block runs at full speed."),
  say(K, "So the phone that could run a GameCube game isn't allowed to."),
  say(C, "The phone could run it comfortably. The rules stop it.", { ch: '?' }),

  seg('topic', C, 'Shader compilation stutter: Dolphin\'s ubershaders, pipeline caches and Steam\'s pre-compiled shaders on the Steam Deck', ['shader', 'ubershaders', 'Steam Deck']),
  say(K, "Your Steam Deck doesn't have that problem, though. Why does it stutter the first time anything explodes?"),
  say(C, "Short version, or the version with a diagram?"),
  say(K, "The one without a diagram, please, it's audio."),
  say(C, "Old consoles don't have shaders in the modern sense. Their graphics chips have a fixed set of settings, and a game flips them around constantly. An emulator has to turn every new combination into a shader for your real graphics card, and compiling a shader takes time. ¶ The first time a new effect appears, the emulator stops for a few milliseconds to compile, and you see a hitch. The second time it's cached and smooth. That's the stutter."),
  say(K, "Why can't the emulator just compile them all at the start?"),
  say(C, "Because it doesn't know which combinations the game will use until the game uses them. There are millions of possible ones. Some emulators share lists of the combinations each game needs, but that only helps for games somebody has already played through."),
  say(K, "And there's no way around it?"),
  say(C, "There are a couple of answers. Dolphin's answer, back in 2017, was wonderfully unhinged. They wrote {uber shaders|ubershaders}, one enormous shader that can do everything the GameCube's graphics chip can do, decided at run time. It's slow, but it never needs compiling, so they run it while the proper shader compiles in the background and then switch over. ¶ The other answer is caches. Save every compiled shader to disk so you only stutter once, ever. On the Deck, Valve goes a step further and downloads shaders other players already compiled for the same game and the same driver, so your first explosion was somebody else's first explosion."),
  say(K, "That's quite a nice idea, actually. A stutter shared is a stutter halved.", { ch: '?' }),
  say(C, "{Volcan|Vulkan} makes it more explicit than the older graphics interfaces, so every emulator now has a cache directory that grows forever. Mine is four gigabytes for games I've played once."),
  say(C, "A cache I never look at, which reminds me. §Are you still writing achievements for that puzzle game nobody plays?"),

  seg('topic', K, 'RetroAchievements: writing an achievement set, hardcore mode and why save states are banned there', ['RetroAchievements', 'hardcore mode', 'save states'], { mid: true }),
  say(K, "I am, and people do play it, there are eleven of them. {Retro Achievements|RetroAchievements} is a community site that adds achievements to old games. You play in an emulator that supports it, {Retro Arch|RetroArch} or {Duck Station|DuckStation} or a dozen others, and when you do the thing, you get the little pop-up. ¶ Somebody has to write each set, and the way you write one is wonderfully low-level. You watch the game's memory while you play, find the byte that holds the level number or the number of lives, and write conditions on those addresses. When this byte becomes four and that one is still zero, award it."),
  say(C, "Do you get anything for writing a set?"),
  say(K, "My name on the set page and a lot of bug reports. It's the most rewarding unpaid job I have, and I have three."),
  say(C, "And the puzzle game's memory is a mess."),
  say(K, "It's a lovely mess. The level counter is stored twice, once for the screen and once for the logic, and they disagree for one frame during the transition. I wrote an achievement that fired a frame early and gave it to people who hadn't finished the level. ¶ Then there's hardcore mode, which is the mode the serious players use. In hardcore you can't use save states, rewind or cheats, because otherwise you could save just before the hard jump and try it forty times."),
  say(C, "But that's the entire reason save states exist."),
  say(K, "It's the reason they exist, and it's exactly why hardcore bans them. A save state isn't a save file. The game's own save is whatever the game chose to write to the cartridge. A save state is the emulator freezing the entire machine, every register and every byte of memory, and writing that down. ¶ The nice side effect is that to make save states work properly you have to know every bit of state the machine has. Mine broke twice before I found the last two flags I'd forgotten."),

  seg('topic', C, 'Run-ahead and input lag: using save states to hide latency, and why the CRT still wins', ['run-ahead', 'input lag', 'CRT']),
  say(C, "Save states being reliable is also the only reason my favourite trick works."),
  say(K, "The television trick, you mean?"),
  say(C, "The television is part of it. When you press a button, a lot of games only react a frame or two later, because that's how they were written. On a CRT from the time you never noticed. On a modern TV, with its own processing on top, it adds up. ¶ That's input lag, and run-ahead in {Retro Arch|RetroArch} cheats it, in a good way. Every frame, it saves a state, runs the game one or two frames into the future with your current buttons, shows you that future frame, and then loads the state and carries on. The game's own built-in delay disappears, because you're always looking slightly ahead of it."),
  say(K, "That's either genius or deranged.", { ch: 'x' }),
  say(C, "It's both, and it costs twice the processing, which is fine for an old console on a modern computer. But it only works if the save states are perfect. If loading a state changes anything at all, the future you're shown isn't the one you get, and the game goes wrong in tiny ways."),
  say(K, "Does anyone actually notice a frame? It's a sixtieth of a second."),
  say(C, "Speedrunners notice. Fighting game players notice. And you notice in a platform game when the jump feels mushy, even if you couldn't say why. Two frames is the difference between a game feeling like the one you remember and feeling like a copy of it."),
  say(K, "So your hallway setup is what, exactly?"),
  say(C, "The MiSTer, into the twenty-nine-inch tube, over RGB, on a folding chair. No run-ahead needed, because nothing in that chain adds a frame. I timed it with a camera at two hundred and forty frames a second, pressing a button next to the screen, and I can't find any delay beyond what the game itself has. ¶ Light guns work too, which they never will on a flat panel. My neighbours now hear gunfire from the hallway every evening."),
  say(K, "My brother had the orange one, and it stopped working the day we got a flat telly. §We should stop before you start pricing cranes."),

  seg('outro', K, 'Goodbye', [], { mid: true }),
  say(C, "I've got a plan that involves two cousins and a pizza. Ask me next time."),
  say(K, "I'll ask every time until it's upstairs. Thanks, Cosmin. And to whoever's listening: go and check the batteries in your old cartridges before the weekend."),
  say(C, "Thanks, {Kesia|Keziah}. Bye for now, everybody."),
];

export const SPEAKERS = [
  { name: K, aliases: ['Keziah Ambrose', 'Keziah', 'Ambrose', 'Kesia', 'Kesia Ambrose'] },
  { name: C, aliases: ['Cosmin Petrescu', 'Cosmin', 'Petrescu'] },
];
