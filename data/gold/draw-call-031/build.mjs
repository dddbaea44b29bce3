// Builds Draw Call #31 (SYNTHETIC held-out episode, written 2026-11-22): a loose two-person
// conversation show about indie game development (co-hosts Aroha Walker and Tomás Herrera, no
// guest), many short exchanges, topics that drift into each other, no sponsor. Renders
// labeled.txt (`First SURNAME:` on each host's first line, then `SURNAME:`, label typos,
// unlabeled continuation lines, unlabeled speaker changes), web.txt (page header and footer,
// every paragraph prefixed `00:00 ` like the seed page, a label on the first paragraph only, first
// words of most continuation paragraphs cut off, URLs dropped) and gold.json with offsets into
// both, all from the one list below. Rerun with `node build.mjs` in this folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../build-episode.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const A = 'Aroha Walker';
const T = 'Tomás Herrera';
const SURNAME = { [A]: 'WALKER', [T]: 'HERRERA' };

// seg(kind, presenter, title, titleKeys, {mid}) opens a segment at the next paragraph, or, with
// mid: true, at the `§` mark inside the paragraph before it.
// say(speaker, text, opts): lab = label as written in labeled.txt (null: no label), cut = number
// of words the web page lost at the paragraph start (default: 1 on unlabeled paragraphs, else 0),
// amb = speaker undecidable by reading (not scored).
// ⟨...⟩ marks a URL: kept in labeled.txt, dropped (with its trailing punctuation) from web.txt.
const seg = (kind, presenter, title, titleKeys, opts = {}) => ({ seg: kind, presenter, title, titleKeys, ...opts });
const say = (speaker, text, opts = {}) => ({ speaker, text, ...opts });

const SOURCE = [
  seg('intro', A, 'Welcome', []),
  say(A, "Kia ora and welcome to Draw Call, a podcast about making small games and the big mistakes that come with them. This is episode 31. I'm Aroha Walker, it's eight in the morning here in Wellington, and it's already Friday."),
  say(T, "And I'm Tomás Herrera, I'm in Barcelona, it's nine at night and still Thursday, so greetings from the past."),
  say(A, "How's the past?"),
  say(T, "Tired. The past is very tired. Mateo decided that five in the morning was a great time to start his day, and he wanted to show me a drawing of a shark. With legs."),
  say(A, "A shark with legs is a strong concept, to be fair."),
  say(T, "It's a strong concept! I told him it could be an enemy in the game, and now he asks me every day if the shark is in yet. So that's my producer now. A five-year-old."),
  say(A, "Better than most producers I've had."),
  say(T, "Honestly, yes. He has clear priorities. Sharks, legs, done. Are you having tea? I can hear the spoon."),
  say(A, "Of course I'm having tea, it's my third. I was up late last night looking at numbers, which is, I guess, the first thing we should talk about."),
  say(T, "Yes! I've been waiting all week. Tell me everything."),

  seg('topic', A, "Steam Next Fest: how Aroha's Lamplight demo did", ['Next Fest', 'demo', 'wishlist', 'Lamplight']),
  say(A, "Okay, so, for anyone who's new. I'm making a game called Lamplight, it's a small tactics roguelike where you're a lighthouse keeper and the sea keeps sending weird things at your island. And Steam Next Fest was last week, the October one, and I had a demo in it. First time. And I was, I'll be honest, I was completely terrified."),
  say(T, "You were. You sent me like eleven messages the night before."),
  say(A, "I sent you eleven messages because the build was failing! That's different."),
  say(T, "Sure, sure."),
  say(A, "So, numbers, because people always want the numbers and nobody ever shares them. Before Next Fest I had about two thousand one hundred wishlists, which I'd built up over about a year, mostly from posting GIFs on Bluesky and one Reddit post that did well. During the week of the festival, I got just over three and a half thousand more. So I'm at about five thousand six hundred now."),
  say(T, "That's, that's really good. That's more than doubled."),
  say(A, "It more than doubled. And the demo got about four thousand players, and the median play time was, I think, forty-one minutes. Which shocked me, because the demo is only supposed to be about half an hour long."),
  say(T, "So people played it twice."),
  say(A, "People played it twice, or they got stuck on the second island, one of the two. I'm choosing to believe they played it twice."),
  say(T, "Ha. Both are good data, honestly."),
  say(A, "What surprised me is how much of it came from the streamers. I didn't reach out to anybody big, but a few small streamers, like forty viewers, played it on the first day, and you can see the wishlist spikes line up with their streams. One of them played it for four hours. Four hours, on a thirty minute demo."),
  say(A, "And then the thing I didn't expect at all was the feedback. The Steam discussion page for the demo got, I think, sixty threads. And most of them were the same three complaints, which is actually great, because it means there are only three things.", { lab: null }),
  say(T, "Okay, what were the three things?"),
  say(A, "One, people couldn't tell which tiles were in range of the lighthouse beam. Two, the text is too small on the Steam Deck. And three, and this one hurt, the first fight is boring."),
  say(T, "Oof. The first fight is boring."),
  say(A, "The first fight is boring! I've played it four hundred times, so of course I don't notice. But they were right. I watched one of the streams back and you can literally see the person's face go, okay, when does the game start."),
  say(T, "That's the worst face."),
  say(A, "It's the worst face. So the first fight is getting redone. Shorter, and the weird sea thing shows up in the first fight instead of the third."),
  say(T, "So when do you launch? Is there a date now?"),
  say(A, "There's a month. Not a date. I'm thinking late February, maybe early March. I'd love to do another Next Fest first, the February one, but you can only be in Next Fest once per game. Valve's rule. So this was my one shot, and it's done, and now it's just, finish the game."),
  say(T, "Just finish the game. Easy."),
  say(A, "Just that. Just the whole rest of the game."),
  say(T, "And the price? Have you decided?"),
  say(A, "Don't. Don't make me think about the price. Fifteen dollars, probably. US. I change my mind every day. My partner says fifteen, my mum says it should be free, and Reddit says it should be five."),
  say(T, "Reddit always says five."),
  say(A, "Reddit says five for everything. Reddit would price the Mona Lisa at five."),
  say(T, "Did you do the thing where you have the wishlist button in the demo? At the end?"),
  say(A, "Yes, that was your advice, and it was good advice. When you finish the demo there's a screen with a big wishlist button that opens the Steam overlay. And according to the Steamworks stats, that button alone was about eight hundred wishlists."),
  say(T, "Eight hundred from one button. See, I told you."),
  say(A, "You did tell me. I'll give you that one. Don't get used to it.", { lab: 'WALKR' }),
  say(T, "I'm putting it in my calendar. The day Aroha said I was right."),
  say(A, "Anyway.", { lab: null, cut: 0, amb: true }),

  seg('topic', T, 'A year after leaving Unity: moving Little Lures to Godot 4.3', ['Godot', 'Unity', 'Little Lures']),
  say(T, "Can I talk about my week? Because my week was less glamorous. My week was upgrading Little Lures to Godot 4.3."),
  say(A, "Oh no. How did that go?"),
  say(T, "It went, mostly fine, which is the most Godot answer there is. So, context for people. My game is Little Lures, it's a cozy fishing game, pixel art, you run a little bait shop on a lake. And I started it in Unity, three years ago, because I'd used Unity for eight years at my old job, at a mobile studio. And then, you know, September last year."),
  say(A, "The runtime fee."),
  say(T, "The runtime fee. Unity announced they'd charge developers per install, and the whole industry lost its mind for a week. And I sat at my desk and thought, I can't build my little business on something that can change the rules like that. So I moved the whole project to Godot. It took me about four months. And, I don't know if you saw, they cancelled the runtime fee, last month. A year later."),
  say(A, "I saw. Are you tempted to go back?"),
  say(T, "No. Not even a little. That's the funny thing. Even if it's gone, the trust is gone. And honestly I like Godot more now. The editor opens in two seconds. On my MacBook Air. Unity took, I'm not joking, a minute and a half to open the project on the same machine."),
  say(A, "That's the one thing I'm jealous of. An editor that opens."),
  say(T, "I know, you poor Bevy people, you don't even have an editor."),
  say(A, "We'll get to that. Tell me about the upgrade."),
  say(T, "Right, 4.3. So the big one for me was the tilemaps. In 4.3 the TileMap node is deprecated, and instead you use a separate TileMapLayer node for every layer."),
  say(T, "Which is a better design, honestly, each layer is its own node, you can give them their own scripts, their own z-index, it makes sense. But my lake map has, like, nine layers. Water, shore, decorations, the fishing spots, the invisible layer for where fish can spawn.", { lab: null }),
  say(A, "An invisible fish layer. I love that."),
  say(T, "Everybody needs an invisible fish layer. And there's a converter built in, in the editor, where you click the old TileMap and it extracts the layers for you. That part worked perfectly. What didn't work was my code, because I had about thirty places where I called set_cell with a layer index, and now there's no layer index, because every layer is its own node."),
  say(T, "It took me a full day of going through GDScript file by file. Not hard, just boring. And I found two bugs in my old code while doing it, so, fine. Good day.", { lab: null }),
  say(A, "Is that it? Anything good in 4.3 for you, or was it all pain?"),
  say(T, "No, no, there's good stuff. Physics interpolation for 2D. That was the thing I was waiting for. So my physics runs at sixty ticks a second, but on a hundred and twenty hertz screen, the boat looked a little bit jittery, because it only moved every other frame."),
  say(T, "Now Godot interpolates the position between physics ticks, and the boat is smooth. It's one checkbox in the project settings. One checkbox, and three months of me being annoyed is gone.", { lab: null }),
  say(A, "I love a one checkbox fix."),
  say(T, "Best kind of fix. And the other one, which matters for the demo, is web export. In 4.3 you can export for the web without threads again, which means it works on itch.io without the special headers, the cross-origin isolation stuff. In 4.0, 4.1, that was a nightmare. Now I can put a little web build of the fishing minigame on itch, as a teaser."),
  say(A, "Wait, but you're in GDScript, right? Not C#?"),
  say(T, "GDScript. That's the thing, if I was in C#, I still couldn't do the web export at all, because C# projects in Godot 4 can't export to the web yet. That's one of the reasons I went GDScript when I moved from Unity. Which was painful at first, I missed my types, but you can add type hints now, and it's good enough."),
  say(A, "Hm. And physics, are you still on the default physics?"),
  say(T, "For 2D, yes. For the little 3D scene in the title screen, I use the Jolt extension, Godot Jolt. Because the default 3D physics had my boat doing a backflip every time it touched the dock."),
  say(A, "A cozy game with a backflipping boat."),
  say(T, "I almost kept it. Mateo loved it. He said it was the best part of the game. Which, you know, is a review."),
  say(A, "Put it in the trailer."),
  say(T, "Honestly I might. Backflip mode, unlockable after a hundred fish."),

  seg('topic', A, 'Bevy 0.14 in a real game: observers, compile times and no editor', ['Bevy', 'Rust', 'ECS']),
  say(A, "Okay, so, my turn to complain. Engine-wise."),
  say(T, "Please. I've been waiting. How's Bevy?"),
  say(A, "Bevy is great and I love it and I'm going to spend the next ten minutes complaining about it. So, for people who don't know, Lamplight is written in Rust, with Bevy, which is an open source engine that's entirely built around an ECS, entity component system."),
  say(A, "No editor. Everything is code. And I picked it, two years ago, because I was coming from web development, I'd been writing React at a bank for five years, and I wanted to learn Rust, and I thought, how hard can a game be.", { lab: null }),
  say(T, "How hard can a game be. Famous last words of every one of us."),
  say(A, "Every single one of us. And honestly, the ECS part I love. Once it clicks, everything is just data and systems that run over the data. Like, the lighthouse beam is a system that queries every tile with a Position and a Lit component. There's no class hierarchy, no LighthouseBeamManager. It's very clean. When it works."),
  say(T, "When it works."),
  say(A, "When it works. So the news, kind of, is that I finally upgraded to Bevy 0.14, which came out in July, and I'm only now upgrading because every Bevy upgrade is a weekend. Bevy isn't 1.0, the API changes every release, and every release they publish a migration guide that's, like, forty sections long."),
  say(T, "Forty sections?"),
  say(A, "It's long. It's very good, to be fair, it's really well written. But it's long. This time the big one for me was colors. They rewrote the Color type, so now there's Srgba and LinearRgba and Oklcha and a bunch of color spaces, and every single color in my game was written the old way. I had, I counted, two hundred and twelve colors."),
  say(A, "But the feature that was worth it is observers. In 0.14 you can register an observer that runs when something happens to an entity, like when a component is added or removed, or when you trigger your own event.", { lab: null }),
  say(A, "Before, I had all these systems that checked every frame, did the tile get lit this frame? Did it get unlit? Now I just observe, when the Lit component gets added, play the little shimmer effect. It deleted, I think, three hundred lines.", { lab: null }),
  say(T, "Okay, that does sound nice. Like signals in Godot, kind of."),
  say(A, "Kind of like signals, yeah. Very much like signals, actually. Don't tell anyone in the Bevy Discord I said that."),
  say(T, "Your secret is safe. With the four hundred people listening."),
  say(A, "Ha. What about compile times, you're going to ask."),
  say(T, "I was going to ask! Every time I see you working, you're waiting for the compiler."),
  say(A, "That's slander. Partly. So a clean build of Lamplight is, honestly, a few minutes on my laptop, which is a Framework with, I think, twelve cores, running Linux. But nobody does clean builds."),
  say(A, "The incremental build, when I change one system, is about four seconds, because Bevy has this dynamic linking feature, where during development the engine is a separate shared library, so you only relink your own code. And I use the mold linker, which is very fast. Four seconds is fine. I can live with four seconds.", { lab: null }),
  say(T, "Four seconds is fine. In Godot it's zero, but fine."),
  say(A, "In Godot it's zero and then your game crashes at runtime because you typed a variable name wrong."),
  say(T, "Hey. That's, okay, that's fair. That's happened. That happened yesterday."),
  say(A, "See? The Rust compiler would've told you."),
  say(T, "The Rust compiler would've told me in four seconds. While making me feel bad about myself."),
  say(A, "Okay, but honestly, the borrow checker and I are friends now. The first six months, not friends. I had this fight with it about the lighthouse beam, where I wanted two systems to change the same tile at the same time, and it just kept saying no, no, no. And it was right! That was a real bug. It just took me a week to admit it."),
  say(T, "A week to admit it. That's very Aroha."),
  say(A, "Rude. True, but rude."),
  say(A, "That's the service it provides. But the real pain is the missing editor. For levels I use LDtk, which is a free level editor made by the guy who made Dead Cells, and there's a crate, bevy_ecs_ldtk, that loads the levels into Bevy as entities."),
  say(A, "That works really well. But for UI, there's no editor, and Bevy's built-in UI is, let's say, honest. It's flexbox, basically. Like CSS. Which I know from web, so that's fine, but it's a lot of code for a menu.", { lab: null }),
  say(T, "Didn't you rewrite your UI, like, twice?"),
  say(A, "Three times. The first version was the built-in UI, then I moved the debug tools to bevy_egui, which is amazing for debug stuff, sliders for everything, and then I tried to do the actual game menus in egui too and it looked like a spreadsheet. So I went back to the built-in UI. With a lot of helper functions. It's fine now. It's fine."),
  say(T, "You said fine three times."),
  say(A, "Because it's fine! Everything is fine. The next release, 0.15, is supposed to bring required components, which should clean up a lot of my spawning code, and I'm not going to upgrade until the week after I ship. That's my promise to myself."),
  say(T, "That's wise. I'm writing that down too. Aroha is wise. Two in one episode."),
  say(A, "It's a historic episode."),

  seg('topic', T, 'Playtesting on the Steam Deck with a five-year-old', ['Steam Deck', 'playtest', 'controller']),
  say(T, "Okay, so you said the text was too small on the Steam Deck. That's funny, because my whole week was the Steam Deck, too."),
  say(A, "Oh yeah?"),
  say(T, "Yeah. So I bought one, finally, a used one, an LCD model, because I wanted to test Little Lures on it. Because on Steam, the Deck, for a cozy game, that's a huge part of your audience."),
  say(T, "People play cozy games in bed, on the couch, on the train. And I have a Mac and a Windows PC, and I was exporting the Windows build and just running it on the Deck through Proton, without doing anything special, just to see.", { lab: null }),
  say(A, "And?"),
  say(T, "And it just worked. Which, honestly, still surprises me. It's a Windows build, running on Linux, through Proton, and it ran at sixty frames a second, first try. I almost cried. Godot also exports native Linux builds, and I tried that too, and it also worked, so now I don't know which one to ship. Probably both."),
  say(A, "I ship the native Linux build, and I've had exactly zero problems with it, I think. Apart from the one guy with the Nvidia driver."),
  say(T, "Wait, zero problems, or zero problems that people told you about?"),
  say(A, "Okay, zero reported problems. Fine. You got me."),
  say(T, "There's always one guy with the Nvidia driver."),
  say(A, "There's always one. So what went wrong? Something went wrong, I can hear it."),
  say(T, "The controls. On PC, I'd done controller support, sort of. It worked with my Xbox controller. But on the Deck, with Steam Input in the middle, my button prompts were showing Xbox buttons, like press A to cast, and on the Deck, okay, the buttons are also A, B, X, Y, so that's fine, but the glyphs looked wrong, and when I tried a PlayStation controller, it still said press A, and there is no A on a PlayStation controller."),
  say(A, "Press cross. Press the little X."),
  say(T, "Press the little X. Which is in a different place from the Xbox X, because of course it is. So now I'm doing proper glyphs, detecting the controller type, and there's a free set of button icons from Kenney that I'm using, which saved me a day of drawing little buttons."),
  say(A, "Kenney assets are a public service."),
  say(T, "Public service. I'd give that man a medal. And then the other thing was my son."),
  say(A, "Oh, here we go."),
  say(T, "So, on Sunday, Mateo saw the Deck, and of course he wanted to play. And I thought, okay, great, this is a real playtest. A user who has never seen the game. And the first thing he did, and I'm not exaggerating, was hold the Deck upside down."),
  say(A, "No!"),
  say(T, "Upside down. And then he pressed every button at the same time. And the game handled it, which I was proud of. But then he found out that if you mash the cast button during the fishing animation, the line goes out twice, and you get two fish. A duplication bug. My five-year-old found a duplication bug in eleven minutes."),
  say(A, "He's a QA tester! Hire him!"),
  say(T, "He wants to be paid in sharks with legs. I think that's affordable."),
  say(A, "But seriously, watching kids play is so useful. They don't read anything. Like, zero text. So you see immediately what the game teaches without words."),
  say(T, "That's exactly what I learned. The tutorial is text, and he can't read yet, and he still figured out how to fish, because the bobber bounces. But he never found the shop. Never. Because the shop is explained in text. So I'm adding a little cat that walks to the shop door when you have enough fish. A cat is better than text."),
  say(A, "A cat is always better than text. That's a law of game design."),
  say(T, "Did you get Deck Verified in the end? For Lamplight?"),
  say(A, "Not yet. Verified is when Valve tests your game on the Deck and gives it the green check mark. The demo was marked Playable, not Verified, and the reason was, you guessed it, the text is too small."),
  say(A, "The minimum is something like nine pixels high for text at the Deck's resolution, and some of my tooltips are smaller than that. So, same problem as the players said. Valve and the players agree. I have to make the text bigger.", { lab: null }),
  say(T, "The universe is telling you something."),
  say(A, "It's also a battery thing, by the way. Did you check battery life? Because my demo was draining the Deck in about two hours, and for a game where you mostly look at a map, that's ridiculous."),
  say(T, "Oh, I didn't even think of that. How did you fix it?"),
  say(A, "I capped the frame rate in menus and when nothing on screen is moving, and the Deck has a frame limiter too, but I don't want to rely on players finding it. Now it's more like four hours. Bevy has a setting where it only redraws when there's input, which is great for a turn-based game. Godot has the low processor mode, I think, same idea."),
  say(T, "Low processor mode, yes. I'll try it. A fishing game should not be eating the battery. You're sitting on a lake, the battery should be relaxing too."),
  say(A, "The universe is telling me my pixel font is too small. I loved that font.", { lab: 'Aroha WALKER' }),

  seg('topic', T, "Valve's AI content disclosure and paying for game art", ['AI', 'generative AI', 'art', 'disclosure']),
  say(T, "Can I bring up something a little more, I don't know, spicy? Because I got asked about it this week and I didn't have a good answer."),
  say(A, "Spicy is good. Go."),
  say(T, "So, a friend who's starting a game asked me if he should use AI for the art. For placeholders, or, maybe, for the final art. And I said no, but I realized I couldn't explain why, other than a feeling."),
  say(T, "And then I looked it up, and Steam has this rule now, since January, where you have to disclose on the store page if your game uses AI-generated content. Both the stuff you made before shipping and anything that's generated live while people play.", { lab: null }),
  say(A, "Right, and for the live stuff you have to say what guardrails you have, so it doesn't generate something illegal."),
  say(T, "Exactly. And the disclosure shows up on the store page. So players see it. And from what I've seen in the reviews, a lot of players really don't like it. Especially in the cozy space. My audience is the kind of people who buy games because they like the art."),
  say(A, "That's my feeling too. I'm not going to pretend I'm neutral, though. I paid an artist for Lamplight. Her name is Mere, she lives in Rotorua, she does all the characters and the sea creatures, and she's the reason anybody stopped scrolling on my GIFs. The art is the game's face. I couldn't imagine handing that to a model trained on other artists' work without asking them."),
  say(T, "What did it cost? If you don't mind me asking."),
  say(A, "I don't mind. It's, for the whole game, around eleven thousand New Zealand dollars, spread over a year and a half. Which is the biggest single cost of the whole project. Bigger than my laptop, bigger than the Steam fee, bigger than the music."),
  say(T, "That's a lot, but it's also not crazy for a whole game."),
  say(A, "It's not crazy. And I pay her in milestones, so I could afford it month by month. What do you do for art? You draw everything yourself, right?"),
  say(T, "I draw everything myself, in Aseprite, and it shows, I think. In a charming way, I hope. The fish are good. The people are, let's say, stylized. Because I can't draw people. My wife says the shopkeeper looks like a potato with a hat."),
  say(A, "The potato with a hat is iconic."),
  say(T, "He's iconic now. People on Bluesky asked for the potato. But no AI, and I think my answer to my friend is going to be, it's your game, but you have to disclose it, and your players will see that, so ask yourself if your players are the kind of people who care. And most players who buy small indie games, I think, care."),
  say(A, "And the placeholder question is different. Like, if it's a grey box that you replace, nobody sees it. But people ship placeholders all the time. Everyone has a placeholder in their game from two years ago.", { lab: null }),
  say(T, "Oh, I have so many. The sound when you catch a fish is still me, going bloop, into my phone."),
  say(A, "Wait, really?"),
  say(T, "Really. Bloop. It's been bloop for two years. I think it's staying."),
  say(A, "You have to keep the bloop now. The bloop is canon."),
  say(T, "The bloop is canon. Okay, I think we've solved the ethics of AI, so."),
  say(A, "Done. Solved. Next week, world peace."),

  seg('extra', A, "What we're playing: Balatro", ['Balatro', 'playing']),
  say(A, "Okay, should we do what we're playing, before we go?"),
  say(T, "Yes. You first, because I know what you're going to say."),
  say(A, "You know what I'm going to say. Balatro. Still. It came out in February, and I'm still playing it, every night, on the Deck, in bed."),
  say(T, "I knew it."),
  say(A, "It's a poker roguelike, made by one person, LocalThunk, and the thing I find fascinating as a developer is that it's made in LÖVE, the little Lua framework. Not Unity, not Godot, not Bevy. Lua. And it sold millions of copies. Which, to me, is the best argument that the engine doesn't matter. We just spent twenty minutes complaining about our engines and the biggest indie hit of the year is a Lua script."),
  say(T, "Don't say that, it makes my upgrade weekend feel pointless."),
  say(A, "It was pointless! Ship the game!"),
  say(T, "Okay, okay. Mine is not a game, it's a game about games. I've been watching the GDC talks from this year, on the GDC Vault, the free ones, while I wash the dishes. And there's a good one on, what was it, cozy game economies, how to design a shop that doesn't feel like a spreadsheet. Very relevant to my bait shop. I'll put it in the notes."),
  say(A, "You wash dishes to GDC talks. That's the most game developer thing I've ever heard."),
  say(T, "It's the only time I have. Between the shark drawings."),

  seg('outro', T, 'Goodbye', []),
  say(T, "Okay, I think that's the show. Thank you for listening to Draw Call. Aroha, where can people find Lamplight?"),
  say(A, "Lamplight is on Steam, and the demo is still up, so please play it, and please tell me if the first fight is still boring after the update. I'm on Bluesky as aroha dot games."),
  say(T, "And Little Lures is on Steam too, wishlist it if you like fish, or potatoes with hats. The show notes are at ⟨drawcall.fm/31⟩. And a big thank you to everyone on Patreon, you pay for the hosting and for Aroha's tea."),
  say(A, "Mostly the tea. Thanks, everyone. Ka kite anō.", { lab: 'WALKER' }),
  say(T, "Chau! Hasta la próxima.", { lab: 'HERERRA' }),
];

const SPEAKERS = [
  { name: A, aliases: ['Aroha WALKER', 'WALKER', 'WALKR', 'Aroha', 'Walker'] },
  { name: T, aliases: ['Tomás HERRERA', 'HERRERA', 'HERERRA', 'Tomás', 'Tomas', 'Herrera', 'Tomás Herrera', 'Tomas Herrera'] },
];

const ENTITIES = {
  required: {
    Steam: ['Steam', 'Steamworks'],
    'Steam Next Fest': ['Steam Next Fest', 'Next Fest'],
    'Steam Deck': ['Steam Deck', 'Deck'],
    Godot: ['Godot', 'Godot 4.3', 'Godot 4'],
    'Godot 4.3': ['Godot 4.3', '4.3'],
    Unity: ['Unity'],
    'Unity Runtime Fee': ['runtime fee', 'Runtime Fee', 'Unity Runtime Fee'],
    GDScript: ['GDScript'],
    'C#': ['C#'],
    'itch.io': ['itch.io', 'itch'],
    'Godot Jolt': ['Godot Jolt', 'Jolt'],
    Bevy: ['Bevy', 'Bevy 0.14', 'Bevy 0.15'],
    Rust: ['Rust'],
    ECS: ['ECS', 'entity component system'],
    LDtk: ['LDtk'],
    bevy_ecs_ldtk: ['bevy_ecs_ldtk'],
    bevy_egui: ['bevy_egui', 'egui'],
    Proton: ['Proton'],
    'generative AI': ['AI', 'generative AI', 'AI-generated content', 'AI for the art'],
    Aseprite: ['Aseprite'],
    Balatro: ['Balatro'],
    LÖVE: ['LÖVE', 'LOVE', 'Love2D'],
    Lua: ['Lua'],
  },
  tolerated: [
    'GDC Vault', 'GDC',
    'Deck Verified',
    'Bevy observers', 'observers', 'observer',
    'mold', 'mold linker',
    'Kenney',
    'Steam Input',
    'physics interpolation',
    'TileMapLayer', 'TileMap',
    'Lamplight', 'Little Lures', 'Wellington', 'Barcelona', 'Bluesky', 'Reddit', 'GIFs', 'Steam overlay', 'Steam Deck LCD', 'Valve',
    'MacBook Air', 'MacBook', 'Mac', 'Windows', 'Linux', 'React', 'Framework', 'Nvidia', 'Xbox', 'Xbox controller', 'PlayStation',
    'PlayStation controller', 'Discord', 'Bevy Discord', 'CSS', 'flexbox', 'Dead Cells', 'Color', 'Srgba', 'LinearRgba', 'Oklcha',
    'required components', 'dynamic linking', 'signals', 'set_cell', 'web export', 'cross-origin isolation', 'Patreon', 'Rotorua',
    'LocalThunk', 'tactics roguelike', 'roguelike', 'pixel art', 'cozy games', 'Steam fee', 'New Zealand dollars', 'migration guide',
    'z-index', 'type hints', 'Playable', 'Draw Call', 'drawcall.fm', 'TileMap', 'Godot 4.0', 'Godot 4.1', 'Bevy 0.15', 'placeholder',
    'wishlists', 'wishlist', 'demo', 'Mateo', 'poker', 'Unity Technologies',
  ],
};

const EPISODE = { show: 'Draw Call', number: 31, recorded: '2024-10-24', title: 'Next Fest numbers, Godot 4.3 tilemaps, and a duplication bug found by a five-year-old' };

// ---- rendering ----------------------------------------------------------------------------
const curly = (s) => s.replace(/(\w)'(\w)/g, '$1’$2').replace(/(\s)'(\w)/g, '$1‘$2');
const labeledText = (t) => curly(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const webText = (t) => curly(t.replace(/\s?⟨[^⟩]*⟩[.,]?/g, ''));
const cutOf = (p) => p.cut ?? (p.lab === null ? 1 : 0);


// labeled.txt: each host's first line `First SURNAME:`, then `SURNAME:` unless the paragraph says otherwise.
const seen = new Set();
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => {
    if (p.lab === null) return '';
    const lab = p.lab ?? (seen.has(p.speaker) ? SURNAME[p.speaker] : `${p.speaker.split(' ')[0]} ${SURNAME[p.speaker]}`);
    seen.add(p.speaker);
    return `${lab}: `;
  },
  words: (i, p) => labeledText(p.text),
});

// web.txt: like the seed page, every paragraph is stamped 00:00; only the first carries a label.
const webHeader = [
  'Draw Call · a podcast about making small games', '', 'Episodes · Hosts · Patreon · Discord', '',
  '« Back to episode 31', '', 'Transcript for Episode 31:',
  'Next Fest numbers, Godot 4.3 tilemaps, and a duplication bug found by a five-year-old', '',
  'Recorded on Thursday, Oct 24, 2024.', '', '',
].join('\n');
const webFooter = '\n\n« Back to episode 31\n\nDraw Call is made by Aroha Walker and Tomás Herrera, with help from our patrons.';
const web = render(SOURCE, {
  header: webHeader, footer: webFooter, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `00:00 ${i < 1 ? SURNAME[p.speaker] + ': ' : ''}`,
  words: (i, p) => {
    const t = webText(p.text);
    const cut = cutOf(p);
    const w = t.split(' ');
    if (cut >= w.length) throw new Error(`cut empties a paragraph: ${t}`);
    return cut ? w.slice(cut).join(' ') : t;
  },
});

const gold = {
  _source: 'Synthetic held-out episode written on 2026-11-22 (heldout/draw-call-031/build.mjs); offsets computed by the script.',
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
