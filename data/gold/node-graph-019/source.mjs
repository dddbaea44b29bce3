// Source of Node Graph #19 (SYNTHETIC held-out episode, heldout12): an interview podcast about making games
// with open tools. One host and one guest, both present from start to finish. Host (invented): Maren
// Solberg, a former level designer in Bergen. Guest (invented): Teodor Anghel, a solo developer in
// Cluj-Napoca who started "Lamplight Ferry" (a small 3D puzzle game about ferrying passengers across a river
// at night with a lantern) in Unity, finished it in Godot 4, released it on Steam on 13 March 2025, and is
// porting it to the Switch with a porting studio. The sponsor "Lumenlog" (crash reports and player feedback
// for game teams), the game, Ilinca (its artist), the porting studio and every number and anecdote are
// invented. Recorded Monday 14 July 2025; the technology and events are real but told from memory.
// Rendered by build.mjs into captions.srt (SubRip with `Name:` on turn starts) and web.txt (a seed-like web
// page where the guest is never labeled).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {cut}) as in the shared renderer.
// Marks inside the text:
//   §      a segment starting mid-paragraph (the seg after the paragraph has {mid: true}); in captions.srt it
//          falls where the cue cutter puts it, inside a cue or at a cue's start;
//   ⟨...⟩  a spoken URL: kept in captions.srt, dropped from web.txt (with a following comma or period);
//   ¦      web.txt only: the page's transcription service starts a new paragraph here;
//   ¦~     the same, and the web continuation also loses its first word;
//   ⏎      captions.srt only: the cue cutter starts a new cue here (used to put "Rule two:" at the start of
//          a cue that has no speaker prefix).
// cut: N = web.txt loses the first N words of this paragraph.
// Presenter convention for this interview (heldout11's, for one guest): every discussion topic is presented
// by the GUEST, who carries it, whether the host's question opens it or the guest raises it himself (the
// localization topic); the host's question belongs to the NEW segment. The host presents the intro, the
// sponsor read (its reader) and the outro.
import { say, seg } from '../build-episode.mjs';

export const M = 'Maren Solberg';
export const T = 'Teodor Anghel';

export const SOURCE = [
  seg('intro', M, 'Welcome and guest introduction', []),
  say(M, "Hello, and welcome to Node Graph, the podcast about making games with open tools, and about the people who actually ship them. I'm Maren Solberg, this is episode 19, it's Monday the fourteenth of July, and I'm in Bergen, where it's raining, because of course it is. ¦ My guest today spent four years making a game about rowing a little boat across a river in the dark, and in March he put it out on Steam, which is the part most of us never get to. He started it in Unity, he finished it in Godot 4, and right now he's porting it to the Switch. Teodor Anghel, welcome to the show."),
  say(T, "Thank you, Maren, it's really nice to be here. And, just for the record, it's not only rowing. There is also a lantern."),
  say(M, "There is also a lantern. I apologise. Tell people what the game actually is."),
  say(T, "So it's called Lamplight Ferry. You're the ferry keeper on a river at night, and passengers turn up on the bank, each with a little problem. Somebody has to get across before the bell rings, somebody is afraid of the dark, somebody refuses to sit next to somebody else. You have one lantern and one small boat, and it's a puzzle game about the order you take them across in. ¦ It's small, about six hours. I made it mostly alone, in Cluj, in Romania, with my friend Ilinca doing the art and a composer in Lisbon doing the music. It came out on Steam on the thirteenth of March."),
  say(M, "Where did the idea come from? A ferry is a very specific thing to spend four years on."),
  say(T, "My grandfather had a small boat on the Someș, the river near his village, and when I was a kid he would take people across in the evening, for a few coins, or for a bottle of something. I sat at the back with a torch. So the game is, um, a bit of him. He would have hated the puzzles."),

  seg('topic', T, 'Leaving Unity after the Runtime Fee, and porting a game to Godot 4', ['Unity', 'Runtime Fee', 'Godot']),
  say(M, "Let's go back to the beginning, because I think a lot of people listening were in exactly your position in September 2023. You were in Unity. What happened?"),
  say(T, "What happened is, I woke up on the twelfth of September, and Unity had announced the Runtime Fee. A fee per install, for games over a certain revenue and a certain number of installs, and it would apply to games that were already out. And, honestly, my game would never have reached those numbers. I knew that. It wasn't the money. ¦ It was that they could change the terms underneath a game that was already half finished. I was two years in, and I thought, if they can do this once, they can do it again, later, when I'm on a console, with a publisher, with people depending on me. ¦~ So I gave myself two weeks to try Godot. I rebuilt the first level, the boat, the water and one passenger."),
  say(M, "And Unity walked most of that back pretty quickly."),
  say(T, "They did. Within about ten days there was a new version of the plan, with the fee only for the next version of the engine, and a revenue share option, and a year later they cancelled the whole thing. And the CEO left. But by then I had my first level running in Godot 4.1, and I liked it. ¦ And I didn't want to make a decision about trust again in three years. So I stayed."),
  say(M, "I remember that week really well. I was still at a studio then, and we had a channel in Slack that was just people posting screenshots of the pricing page with more and more exclamation marks. By Friday, half the level design team had Godot installed, just to see. ¦ Most of them went back, to be fair. But it was the first time I saw people treat the engine as a risk, not just a tool. What did you actually have to throw away? Because I think people imagine a port as, you know, copy the folder across."),
  say(T, "Everything that was code, basically. The art came across fine, the models were made in Blender anyway, so I exported them as glTF and they just worked, and the textures and the audio too. But all the C# was written against Unity's API, MonoBehaviours, coroutines, the whole way Unity thinks about game objects with components on them. ¦ Godot thinks in nodes and scenes. A passenger isn't a game object with six components, it's a little scene, a tree of nodes, and you instance it. For the first week that felt wrong, and then one day it just clicked, and I couldn't go back. Porting the actual gameplay took about three months of evenings."),
  say(M, "Three months of evenings. That's a lot less than I would have guessed.", { cut: 1 }),
  say(T, "The game is small! That's the whole secret. If it was a big RPG, I would still be porting it."),

  seg('topic', T, 'GDScript or C#: static typing, hot reload, and C#’s missing web export', ['GDScript', 'C#', 'static typing']),
  say(M, "And you ended up in GDScript, not C#. Which surprises people, because Godot does support C#, and you came from Unity, where you'd been writing C# for years."),
  say(T, "I started in C#! It was the obvious thing. Godot 4 has C# through .NET, and it works well. But two things pushed me over. ¦ The first one is small. The editor integration is just nicer with GDScript. You edit a script in the built-in editor, you save, and it reloads while the game is running. With C# you're in a separate IDE, you rebuild, and in a puzzle game where I'm tweaking numbers all day, those seconds add up. ¦ The second one was bigger. In Godot 4, C# projects can't export to the web. And I wanted a web demo on itch.io for game jams and small festivals. That was the deciding thing, honestly."),
  say(M, "Is that still true? The web thing?"),
  say(T, "As far as I know, yes, for Godot 4. People are working on it, but I couldn't wait for it. ¦~ So I moved to GDScript, and I use static types everywhere. Typed variables, typed function arguments, typed arrays. Partly because the editor catches the bugs before you run anything, and partly because typed GDScript is faster, the virtual machine can use optimized instructions when it knows the types. I turned on the warning for untyped declarations, so the editor nags me if I forget."),
  say(M, "And signals? Because that's the other thing people coming from Unity always mention. Everything talks to everything through signals."),
  say(T, "Signals took me a while, yes. In Unity I had a lot of objects holding references to each other and calling methods directly. In Godot, the passenger emits a signal, like, I've boarded, or, I'm scared, and whoever cares connects to it, the boat, the sound, the little face icon. ¦ Once I stopped fighting it, the passengers got much simpler. The rule I ended up with is, call down the tree, signal up the tree. The parent tells children what to do, children only announce what happened."),
  say(M, "Did you ever hit something where GDScript was just too slow?"),
  say(T, "One thing. The passengers walking around on the dock, when the crowd gets big in the late levels. I wrote the pathfinding the naive way, and it dropped frames on the Steam Deck. But the fix wasn't changing language. It was using the built-in AStarGrid2D, on a grid laid over the dock, which runs in C++ inside the engine, instead of my own search in GDScript. ¦ If I really had to, there's GDExtension, you can write a hot loop in C++, or in Rust with godot-rust, and call it like a normal class. I looked at it. I didn't need it. My advice would be, use what's built into the engine first. It's usually already fast."),

  seg('topic', T, 'The look of Lamplight Ferry: a water shader, volumetric fog, and the end of shader stutter', ['shader', 'shaders', 'volumetric fog', 'ubershaders']),
  say(M, "Okay. Let's talk about how it looks, because honestly, the screenshots are what got me. The water, and the lantern light in the fog. How much of that is shaders?"),
  say(T, "Almost all of it. Ilinca's models are very simple, low poly, flat colours. The mood is nearly all shaders and lighting. ¦ The water is one spatial shader. The vertices move with a couple of sine waves, so the surface rolls a little, and the colour comes from the depth texture, so where the water is shallow near the bank it's lighter, and in the middle it goes almost black. There's also a foam line where the water touches the boat and the posts, and that's the same depth trick, just with a narrow band."),
  say(M, "And the fog? Because that's really the look of the whole game."),
  say(T, "The fog is Godot's volumetric fog, in the Forward+ renderer, and the lantern is a light that the fog reacts to. So when you lift the lantern, you get this cone of light in the fog, and the passengers' faces come out of the dark. That was the moment, in the first Godot prototype, when I knew I was staying. ¦ It's also my biggest problem right now, for the Switch. But we'll get there."),
  say(M, "We'll get there. What about the famous shader stutter? Because I've definitely played Godot games that hitch the first time something new shows up on screen."),
  say(T, "Yes, I had exactly that. The first time you lifted the lantern, the game froze for maybe a quarter of a second, because the engine was compiling the shader for that light at the moment it needed it. On my PC it was short. On the Steam Deck it was very visible. ¦ I had some ugly workarounds. There was a hidden room behind the camera during the loading screen, where everything got lit once, so it compiled early. And then Godot 4.4 came out in March, with ubershaders and pipeline precompilation, and it basically went away. The engine uses a slower, general shader at first, while it compiles the specific one in the background, so you don't get the hitch."),
  say(M, "Had you written shaders before this? Or did you learn on the job?"),
  say(T, "On the job, completely. In Unity I used Shader Graph and I never looked underneath. In Godot I started with the visual shader editor, which is nodes, like Shader Graph, and then I noticed the text version is honestly shorter, so I switched. ¦ The Godot shading language is very close to GLSL, so every GLSL tutorial on the internet mostly works. I learned a lot from the Godot Shaders website, where people share their shaders, and from copying other people's water and breaking it."),

  seg('topic', T, 'Upgrading to Godot 4.4 eleven days before launch: .uid files, Jolt and typed dictionaries', ['Godot 4.4', 'upgrade', 'Jolt']),
  say(M, "Wait. 4.4 came out in March. Your game came out in March."),
  say(T, "Yes. I upgraded the engine eleven days before launch. I know. Everybody told me not to."),
  say(M, "Everybody was right!"),
  say(T, "Everybody is usually right. But the stutter was the number one complaint from the Next Fest demo, so I made a branch, upgraded, and played the whole game twice on the Deck. ¦ Mostly it was painless. The visible change in the project is that 4.4 gives every script and every shader its own UID, in a little dot uid file next to it. So my first commit after the upgrade had about three hundred new files in it. You have to commit those, or references break on other machines. ¦~ Then I found one real bug. A physics thing, the boat bobbing on the water. I'd tried Jolt, which is built into 4.4 now as an option for 3D physics, and the boat behaved a bit differently, it was slightly more, um, lively. So I went back to the default physics engine for launch, and I'll try Jolt again for the Switch."),
  say(M, "Did you use anything else new in 4.4, or was it just the stutter fix?", { cut: 1 }),
  say(T, "Typed dictionaries, which I love, because before that I was writing Dictionary and then a comment explaining what's inside. And the running game is embedded in the editor window now, which sounds small, but on a laptop it's lovely. That's it. I did not want to use anything new eleven days before launch. I'm brave, but I'm not stupid."),
  say(M, "Brave, but not stupid. That might be the title of this episode. §Let's take a short break, and when we come back, I want to hear everything about launch week. ¦ This episode of Node Graph is supported by Lumenlog. Lumenlog is crash reporting and player feedback, built for small game teams. You drop their plugin into Godot, Unity or Unreal, and when your game crashes on a player's machine, you get the stack trace, the log, the hardware, and the last few seconds before it happened, all grouped, so you can see that forty people hit the same bug on the same graphics card."),

  seg('sponsor', M, 'Sponsor: Lumenlog', ['Lumenlog'], { mid: true }),
  say(M, "Players can also press one key to send you feedback, with a screenshot and their save file attached, which, if you've ever tried to reproduce a bug from a one-star review, you know is worth a lot. ¦ Lumenlog has a free tier for solo developers, and listeners get three months of the team plan at ⟨lumenlog dot io slash nodegraph⟩. Thanks to Lumenlog for supporting the show.", { cut: 1 }),

  seg('topic', T, 'Launch week on Steam: Next Fest, wishlists, Steam Deck Verified and refunds', ['Steam', 'Next Fest', 'wishlists', 'launch']),
  say(M, "So. Launch week. Walk me through it. How many wishlists did you have, and did Next Fest actually matter?"),
  say(T, "Next Fest mattered enormously. I was in the February one, with a demo of the first three levels. Before Next Fest I had about four thousand wishlists, and after it, just under eleven thousand. Streamers picked up the demo, a couple of bigger ones in Germany, and in China, actually. ¦ Then the launch. I launched on a Thursday, at nine ninety-nine, with a ten percent launch discount. And in the first week I sold about two and a half thousand copies. Which, for a solo game, I was very happy with. People say you sell roughly your wishlists divided by something, and I think I was inside the normal range."),
  say(M, "How did you pick the price? I feel like every indie developer agonizes over that more than anything else."),
  say(T, "I agonized for a month. In the end I looked at ten games that felt similar, small, cosy puzzle games with a few hours of content, and almost all of them were between eight and fifteen dollars. So I picked ten, minus one cent. ¦ My friends all said I was too cheap, and the reviews all said it was a good price, so I think the reviews won."),
  say(M, "What was the thing you didn't expect?"),
  say(T, "Two things. The first one was the Steam Deck. I'd applied for Deck Verified before launch, and we got it about a week before, and I think that was worth a lot. Something like one in eight of my players in the first month played on a Deck. It's a game you play on the sofa, in the evening, so it makes sense. ¦ The second was refunds. Steam lets people refund if they've played for under two hours, and in a six-hour puzzle game, the people who get stuck on level nine in the first hour and a half are exactly in that window. So I watched the refund rate, and I looked at where people stopped playing, and I made level nine easier in the first patch."),
  say(M, "That's really smart. So you used the refunds as a playtest."),
  say(T, "The most expensive playtest in the world, yes. ¦ And honestly, the thing that surprised me most in the numbers wasn't any of that. It was where the players were. §About a third of my sales came from China, from people playing in Simplified Chinese, and I had launched without a Chinese translation."),

  seg('topic', T, 'Localizing after launch: Simplified Chinese, Godot’s translation system, fonts and pseudolocalization', ['localization', 'Simplified Chinese', 'translation'], { mid: true }),
  say(M, "Oh, no. Or, oh, yes?"),
  say(T, "Both! The Chinese reviews were very kind, and very clear. Please add Chinese. Some of them were a whole paragraph of, we love this game, and we cannot read what the passengers say. And the game is built around the passengers' little notes. ¦ So the big thing I did after launch was localization. And Godot's translation system is honestly good. Every string goes through the translation server, you call tr on it in code, or the Control nodes translate their own text automatically, and the translations live in a CSV file or in gettext PO files. ¦ I started with CSV, because it's one spreadsheet, and I moved to PO files when I had translators, because translators have proper tools for PO files."),
  say(M, "And what broke?", { cut: 1 }),
  say(T, "Fonts, first. My font only had Latin characters, so the Chinese came out as empty boxes. You need a font that has the characters, and I used Noto Sans, the CJK version, as a fallback font, so the main font is used wherever it has the glyph and it falls back to Noto for everything else. ¦~ Then the layout. German is long, Chinese is short and tall, and my little note cards were designed for English. Godot has pseudolocalization built in, which makes every string longer and puts accents on everything, so you can see which text boxes overflow before any real translation arrives. I wish I'd switched that on in year one."),
  say(M, "Who did the translations? Did you try machine translation?"),
  say(T, "Real people. A small company for Chinese and Japanese, a friend for German, and I did Romanian myself, with my mother checking it. I did try machine translation for the passengers, as a first draft, and the jokes just died. Every single joke. ¦ The Chinese update went out in May, and sales in China roughly doubled that month. So, for anyone about to launch: localize before launch, at least into Simplified Chinese. I'm not an expert, I'm just repeating what my own spreadsheet told me."),

  seg('topic', T, 'Porting to the Switch without a public console export: a porting studio, the Mobile renderer, fake fog', ['Switch', 'console', 'port', 'porting']),
  say(M, "Okay. The Switch, because I promised we'd get there. How does a Godot game get onto a console at all? Because the engine is open source, and the consoles are, well, very much not."),
  say(T, "Right, that's exactly the problem. Godot is MIT licensed, and the console SDKs are under NDA, so the console code can't live in the public engine. You can't just click export to Switch. ¦ What you do is go through a company that has the console code. W4 Games, which was started by people from the Godot project, offers console ports, and there are porting studios that have their own console builds of Godot. I'm working with a small porting studio. They have the dev kits and the experience with certification, I pay them, and they do the platform layer. I still make the game."),
  say(M, "Can I ask how that works financially? Because I think people assume a console port costs a fortune up front."),
  say(T, "It can. In my case it's a fixed fee for the port, which I could pay because of the Steam sales, and then they take a share of the Switch revenue for the first year. I won't say the numbers, but it was less than I was afraid of. ¦ The expensive part is actually time, mine. Every time they find a bug, it's usually my bug, not the console's."),
  say(M, "And how is it running?"),
  say(T, "The hard part is the look. Remember the fog? Volumetric fog is a Forward+ feature, and on the Switch we're using the Mobile renderer, because Forward+ is just too heavy for that hardware. So, no volumetric fog. ¦ The Switch version fakes it. Ilinca painted some fog cards, flat planes with a soft texture that fade with distance, and the lantern light is a fake cone, a mesh with an additive shader. It's maybe eighty percent of the look, for a fraction of the cost. And on the small screen, in handheld mode, I don't think people will notice."),
  say(M, "And the Switch 2? That came out, what, a month ago?"),
  say(T, "On the fifth of June. We're making a Switch 1 version, and the Switch 2 runs Switch 1 games, so it'll play there too, probably better. Maybe one day a proper Switch 2 version, with the real fog. But one console at a time. ¦~ The other things are memory, because the Switch doesn't have much, so we're compressing textures differently, and loading times, and certification, which is a very long checklist. What happens when you pull out a controller, when the console goes to sleep in the middle of saving, that kind of thing. We're aiming for the autumn.", { cut: 1 }),

  seg('topic', T, 'Advice for Unity developers thinking about Godot', ['advice', 'Unity', 'Godot']),
  say(M, "Last question, and it's the one I ask everybody. Someone's in Unity today, they've got a half-finished game, and they're thinking about Godot. What do you tell them?"),
  say(T, "Rule one: don't port a half-finished game because you're angry. I was lucky, my game was small. If your game is big, and it's working, and the engine isn't stopping you, finish it and ship it. ¦ ⏎ Rule two: for the next one, try Godot for a weekend. Make something tiny. Learn the nodes and scenes way of thinking instead of fighting it, and use GDScript at first, even if you love C#, because the workflow is the thing you're really testing. ¦ ⏎ Rule three: read the engine's source when you get stuck. That's the thing you can't do with Unity. When my boat did something weird, I opened the C++ and I could see exactly why. I even sent a tiny pull request, a typo in the docs, but still, my name is in there now."),
  say(M, "Your name is in the engine. That's lovely."),
  say(T, "It's one word in the docs, but I tell everyone. And, um, if you make any money with it, give some to the Godot Development Fund. I give every month. It's the cheapest engine licence you'll ever pay."),

  seg('outro', M, 'Goodbye', []),
  say(M, "Teodor, thank you so much, this was a real pleasure. Where can people find you, and the game?"),
  say(T, "Lamplight Ferry is on Steam, and the Switch version is coming in the autumn. I'm on Bluesky, and I write devlogs on my website, ⟨teodoranghel dot com⟩, mostly about shaders, and sometimes about my cat."),
  say(M, "Shaders and cats. The internet's two best things. And thank you all for listening to Node Graph. The show notes, with links to everything we talked about, are at ⟨nodegraph dot fm slash 19⟩, and if you've shipped something with open tools, write to me, I'd love to have you on. Take care, and see you next time."),
];

export const SPEAKERS = [
  { name: M, aliases: ['Maren Solberg', 'Maren', 'Solberg', 'SOLBERG'] },
  { name: T, aliases: ['Teodor Anghel', 'Teodor', 'Anghel', 'ANGHEL'] },
];
