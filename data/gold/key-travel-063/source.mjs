// Source of Key Travel #63 (SYNTHETIC held-out episode, heldout26): a one-host one-guest INTERVIEW about MECHANICAL
// KEYBOARDS with ELEVEN topics (how the guest started, switches, hot-swap sockets and lubing, QMK, VIA and Vial, ZMK and
// wireless, split ergonomic boards, home-row mods, keycaps and group buys, magnetic switches and rapid trigger, advice).
// Host (invented): Barnaby Quist, in Bristol, a former court stenographer whose first keyboard, a 1980s IBM Model M
// bought at a car boot sale, is so loud that his downstairs neighbour knocks on the ceiling (a running joke: set up in
// his first paragraph, fed in segments 3 and 11, paid off in the outro). Guest (invented): Chidinma Uzoigwe, who grew up
// in Enugu, studied electronics in Leeds, and runs "Halfmoon Keys", an invented two-person shop in Manchester selling
// open-source split keyboard kits. The sponsor "Solderpine" (assembled circuit boards in small runs) is invented, as are
// the shop, the kits, the wrist, the sister, the neighbour and every anecdote. Recorded Monday 17 November 2025; the
// firmware, parts and history are real but told from memory.
// Rendered by build.mjs into rev.txt (a Rev.com-style export, the layout of heldout10, heldout12, heldout21 and
// heldout25) and transcript.json (a Podcasting 2.0 JSON transcript as the show's hosting service exports it, heldout19's
// layout).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in rev.txt (the Rev transcriber, who looked the names up), B in transcript.json (the hosting service's
//              recogniser, with slips of its own);
//   ¦          rev.txt: a new block inside the turn, with the same name and a new time (the Rev transcriber's split);
//   {LAUGH}    rev.txt's `[laughs]` (nothing in transcript.json);
//   {xt}       rev.txt only: Rev's `[crosstalk hh:mm:ss]`; ⟦…⟧ words Rev could not make out: `[inaudible hh:mm:ss]`.
// opts:
//   rev: 'typo'  rev.txt: this block's name is misspelt (a gold alias).
// Conventions (the interview convention of heldout22 to heldout25): every discussion topic is presented by the GUEST, who
// carries it, including the ones she raises herself; the host presents the intro, the sponsor (he reads it) and the
// outro; the host's question or cue belongs to the NEW segment.
import { say, seg } from '../build-episode.mjs';

export const H = 'Barnaby Quist';
export const G = 'Chidinma Uzoigwe';

export const SOURCE = [
  seg('intro', H, 'Welcome to Key Travel 63, with Chidinma Uzoigwe', []),
  say(H, "Welcome, everyone, to Key Travel, episode sixty-three, the programme for people who care far too much about the thing under their fingers. I'm Barnaby Quist. For fourteen years I typed what judges and barristers said, on a steno machine, and at home I still type on the keyboard I bought at a car boot sale in nineteen ninety-eight, an IBM Model M, which is so loud that the man downstairs knocks on his ceiling with a broom. ¦ My guest makes much quieter things. Chidinma Uzoigwe grew up in Enugu, studied electronics in Leeds, and now runs Halfmoon Keys, a shop in Manchester selling kits for open-source split keyboards, most of which she designed herself. Chidinma, thanks for coming on."),
  say(G, "It's a pleasure, Barnaby. And I've heard the Model M on your old episodes, so I'm sitting here with earplugs in. {LAUGH}"),
  say(H, "A wise precaution."),

  seg('topic', G, 'From a sore wrist to a split keyboard: how Chidinma got into mechanical keyboards', ['split keyboard', 'wrist']),
  say(H, "From the top, then. How does an electronics graduate end up selling keyboard kits?"),
  say(G, "Through a sore wrist. I was writing firmware at a heating-controller firm, typing ten hours a day on a flat laptop keyboard, and in my second year my right wrist started aching every evening. A physiotherapist said the usual things: take breaks, keep your wrists straight. ¦ Keeping your wrists straight on a normal keyboard is impossible, because your hands are squeezed together ahead of your chest. So I bought a second-hand {ErgoDox|Ergo Docs}, a keyboard split into two halves, and put the halves shoulder-width apart."),
  say(H, "And the pain went?"),
  say(G, "Mostly, within about a month. The first two weeks were awful, I typed like a toddler. But the ErgoDox was open source, the circuit boards and the firmware were all published, and that's what really hooked me. I could see how it worked, and I could change it."),
  say(H, "Changing it is a long way from selling it, though."),
  say(G, "It took a lockdown. I was stuck at home in twenty twenty, soldering for fun with too much time, and I built boards for friends, then friends of friends, and then a stranger offered to pay. ¦ My partner does the packing and the emails, I do the designs and the firmware, and we ship from a spare bedroom that's slowly turning into a warehouse. We sold about two thousand kits last year, which for two people is plenty."),

  seg('topic', G, 'Switches explained: linear, tactile and clicky, and what the end of the Cherry MX patent did', ['switches', 'Cherry MX']),
  say(H, "For anyone whose keyboard has stayed shut, what sits under a key?"),
  say(G, "A switch. In a mechanical keyboard every key has its own switch, a little plastic housing with a stem, a spring and two metal contacts. Press the stem down, the contacts touch, the controller sees a key press. Most switches follow the Cherry MX design, which came out of a German company in the nineteen-eighties. ¦ There are three basic feels. Linear switches go straight down, smooth. Tactile ones have a bump you can feel partway down, telling you the press has registered. Clicky ones add a click you can hear, like your Model M, though that's a buckling spring, an altogether different mechanism."),
  say(H, "My neighbour would like a word with the buckling spring."),
  say(G, "Your neighbour has my sympathy. The other thing worth knowing is that Cherry's patent on the MX design expired around twenty fourteen. After that, factories in China, {Gateron|Gator on} and {Kailh|Kale} and many others, started making compatible switches, and now there are hundreds of kinds, with different springs, weights and plastics. ¦ That's the real reason the hobby exploded. If every switch fits the same hole in the plate and the same socket, you can mix and match."),
  say(H, "And the weights people quote, the grams?"),
  say(G, "That's the force needed to press the key down, roughly. Forty-five grams is light, sixty-odd is firm. For sore hands lighter often helps, but too light and you press keys by resting on them. ¦ My usual advice is to buy a tester, a little block with a dozen different switches in it, and poke it while watching television for a week before deciding."),

  seg('topic', G, 'Hot-swap sockets, lubing switches and why keyboards sound the way they do', ['hot-swap', 'lubing']),
  say(H, "Same socket, you said. Do you mean you can swap them without soldering?"),
  say(G, "On most boards sold today, yes. Hot-swap sockets are little metal receptacles soldered to the circuit board, and the switch pins push into them. The usual ones are made by Kailh. ¦ You could try a tactile switch on the keys you use most and keep linear ones everywhere else, and if a switch fails, you pull it with a tool and push in another. All my kits are hot-swap because I don't want anyone's first soldering job to be seventy joints on a board they can't undo."),
  say(H, "And what's this I keep hearing about people greasing them?"),
  say(G, "Lubing. You take each switch apart, brush a thin layer of grease on the stem and the spring, usually {Krytox|Cry Tox} two-oh-five, and put it back together. It makes linear switches smoother and quieter, and changes the sound from a scratchy clack to a deeper, rounder note. The internet calls that a thock. ¦ For a full board it's an evening and a bit of a meditation. I'd only recommend it if you enjoy small repetitive tasks, which, as a stenographer, you probably do."),
  say(H, "I've done worse to myself for fun. Does the case matter for the sound as well?"),
  say(G, "Enormously. A thin plastic case rattles, a heavy aluminium one rings, and people fill the gaps with foam to kill the echo. The fashionable thing lately is gasket mounting, where the plate floats on strips of rubber, which makes typing softer and a little bouncy."),

  seg('topic', G, 'QMK: the open-source firmware behind most custom keyboards, layers and keymaps', ['QMK', 'firmware', 'layers']),
  say(H, "So you've got switches and a circuit board. What decides what a key actually does?"),
  say(G, "The firmware, a small program on the microcontroller inside the keyboard. For custom boards the dominant one is {QMK|Q M K}, which began as a copy of an older project and now supports thousands of keyboards. ¦ In QMK, the layout is a keymap, a C file: a grid saying this key sends A, that one sends B. The magic is layers. You hold a key and the whole keyboard changes meaning, so the letters become arrows, numbers, or media controls. That's how a board with thirty-six keys can do everything a full-size one does. QMK runs on lots of chips too, from the old eight-bit ones to the {RP2040|R P 2040}, the chip Raspberry Pi designed, which is cheap and lovely to work with."),
  say(H, "Thirty-six keys. I have a hundred and one."),
  say(G, "And you use about fifty. {xt} With QMK you write the keymap, compile it, and flash it onto the board over USB. There's also the QMK Configurator, a web page where you click keys to build a keymap and download the file, so nobody has to install a compiler to begin."),
  say(H, "Is it still mostly hobbyists writing it?"),
  say(G, "Volunteers, yes, and careful ones. There's a merge process with a schedule, breaking changes land on a branch first, and the maintainers are strict about new keyboards being added properly. §Most people don't want to compile anything at all, though, which explains the next layer of tools."),
  seg('topic', G, 'VIA and Vial: remapping a keyboard live from the browser', ['VIA', 'Vial'], { mid: true }),
  say(H, "Meaning?"),
  say(G, "Meaning {VIA|Via} and {Vial|Vile}. VIA is a program, nowadays also a website, that talks to a keyboard running a QMK build with VIA support and changes the keymap live, no compiling, no flashing. You drag a key onto another and that's that, stored on the board. ¦ It uses {WebHID|Web HID}, a browser feature for talking to USB devices, so Chrome and Edge support it but Firefox and Safari don't. Vial, a community fork, goes further, with more features and no need to register your keyboard's definition centrally. My kits ship with Vial.", { rev: 'typo' }),
  say(H, "Should I be nervous about a web page talking to my keyboard?"),
  say(G, "The browser asks you first, and it only talks to the device you choose. It can change your keymap, that's its job, but it can't read what you type into other windows. The downloadable versions work the same way if you'd rather not use a browser."),
  say(H, "Why Vial rather than VIA?"),
  say(G, "Because my customers want to set up tap dances and combos without learning C, and Vial exposes those in the interface. And because VIA wants each keyboard's description approved in its own repository, and a two-person shop doesn't always have time for that queue. ⟦Either works⟧, honestly. What matters is that nobody should need a compiler to swap two keys."),

  seg('sponsor', H, 'Sponsor: Solderpine, assembled circuit boards in small runs', ['Solderpine']),
  say(H, "Speaking of things you'd rather not do by hand, here's a minute on behalf of Solderpine, who are paying for this episode's electricity and my coffee. ¦ Solderpine makes and assembles circuit boards in small batches. You upload your KiCad project, pick five or fifty, and the boards come back with every part already placed, switch sockets and microcontroller included, usually within ten working days. There's a check before production that catches the mistakes your eyes have skated over, like a footprint facing the wrong way. ¦ Chidinma didn't ask me to say this, but half the kits in this hobby start as a file somebody was scared to send off. Listeners get free shipping on their first order at solderpine.com/keytravel. Thanks, Solderpine. §Chidinma, let's cut the cable."),

  seg('topic', G, 'ZMK and wireless keyboards: Bluetooth, the nice!nano, Zephyr and battery life', ['ZMK', 'wireless', 'Bluetooth'], { mid: true }),
  say(G, "Gladly. For wireless, the firmware most people use is {ZMK|Z M K}, which is built on Zephyr, an open-source real-time operating system backed by the Linux Foundation. QMK was written for wired boards, and bolting Bluetooth onto it never really worked. ZMK was designed for low power from the beginning. ¦ The usual controller is the {nice!nano|nice nano}, a small board with a Nordic chip, which sits where a wired controller would and has a connector for a little battery."),
  say(H, "And how do the two halves talk?"),
  say(G, "Also over Bluetooth. One half is the central, which talks to your computer, and the other is a peripheral that talks only to the central. The central uses more power, so its battery runs down first. With no lights, a small battery lasts weeks, sometimes months on the peripheral half. ¦ Turn on backlighting and you get days. The configuration is also different: you write a keymap file, push it to GitHub, and GitHub builds the firmware for you in the cloud, which is strange the first time and lovely after."),
  say(H, "Do you sell many wireless kits?"),
  say(G, "About half now, and the share grows every month. People love the missing cable between the halves most of all, it's one fewer thing to knock off the desk."),
  say(H, "Should I worry about somebody listening to my typing over the air?"),
  say(G, "A Bluetooth keyboard pairs and encrypts its link like any shop-bought one, so you're no worse off than with the keyboard your laptop shipped with. If you're typing state secrets, use a cable. For everybody else, the bigger risk is a battery going flat halfway through a meeting."),

  seg('topic', G, 'Split ergonomic boards: the Corne, the Sofle, column stagger, thumb clusters and tenting', ['Corne', 'column stagger', 'split']),
  say(H, "Describe the shapes for me. Some of the boards on your shop look like a pair of alien hands."),
  say(G, "They do a bit. The most popular open-source split is the {Corne|Corn}, three rows of six keys on each half plus three thumb keys, so forty-two in all. The Sofle is a bit bigger, with a number row and a rotary knob. ¦ Two ideas matter. One is column stagger: instead of rows shifted sideways, like on a typewriter, the columns are shifted up and down to match the lengths of your fingers, so your middle finger reaches further than your little finger. The other is thumb clusters. On a normal keyboard your thumbs share one space bar, the strongest fingers you have doing almost nothing."),
  say(H, "What about tilting them?"),
  say(G, "That's tenting, raising the inner edges so your palms face each other a little, like shaking hands. It helps some people a lot. I use small magnetic legs for it. ¦ My own designs start in {KiCad|Key Cad}, the free circuit design tool, and the first test board usually has at least one mistake I'm embarrassed by. The last one had the microcontroller on upside down, and I'd already ordered fifty of them before I noticed."),
  say(H, "How long does it take to get used to the column stagger?"),
  say(G, "About two weeks for most people, the same as with my first split. The first three days are miserable, and then one morning you notice you haven't looked at your hands at all. Oddly, going back to a laptop stays easy, the brain seems to keep both maps."),
  say(H, "That hurts."),
  say(G, "Honestly, ouch. §The trickiest part of small boards isn't the hardware, though, it's how you use so few keys, and that's where home-row mods come in."),
  seg('topic', G, 'Home-row mods: tap for a letter, hold for Shift or Control, and tuning the timing', ['home-row mods', 'tapping term'], { mid: true }),
  say(H, "Home-row what?"),
  say(G, "The keys under your resting fingers, A, S, D, F and the rest, do two jobs. Tap A and out comes an A. Hold it and it becomes Shift, or Control, or Alt. Your modifiers end up under your fingers instead of in the corners. ¦ The catch is timing. The firmware has to guess whether you meant a tap or a hold, and fast typists roll over keys, so the A is still down when the S arrives. In QMK the main setting is the tapping term, the time after which a press counts as a hold, plus options like permissive hold that decide what happens when another key is pressed meanwhile."),
  say(H, "I imagine people get a lot of stray capitals."),
  say(G, "During week one, constantly. There are clever extras, like Achordion, which only allows a hold when the next key is on the other hand, and ZMK has its own version of that idea. Once it's tuned, it feels like the keyboard reads your mind. I wouldn't go back."),
  say(H, "I'm not sure my mind is ready to be read."),

  seg('topic', G, 'Keycaps, profiles and group buys: GMK, Cherry and SA profiles, and waiting a year for a set', ['keycaps', 'group buy', 'GMK']),
  say(H, "Now the bits you can see. Keycaps seem to be where people spend real money."),
  say(G, "They certainly are. Keycaps come in profiles, the shape and height of each row: Cherry profile is low and sculpted, SA is tall and round like an old terminal, and there are flat ones for people who like them flat. The most famous maker is {GMK|G M K}, a German company making thick caps with the legends moulded in two colours of plastic, so they never wear off. ¦ A new GMK set usually goes through a group buy: a designer proposes colours, people pay up front, and once enough have joined, the set goes into production. Then you wait, often a year, sometimes longer."),
  say(H, "A year, for keycaps."),
  say(G, "For keycaps. My own set is plain grey with no legends at all, which saves me from temptation. Group buys have gone badly wrong a few times, with vendors going bust after taking the money, so my advice is to only put in what you can afford to lose. ⟦And keep the receipts⟧. ¦ Happily, cheaper sets from China have improved hugely. A decent double-shot set costs about as much as a meal out now, and for a Model M there are even reproductions of the original caps."),
  say(H, "Don't give the Model M ideas."),

  seg('topic', G, 'Magnetic Hall-effect switches and rapid trigger: Wooting and the gaming boards', ['Hall effect', 'rapid trigger', 'Wooting']),
  say(H, "What's the newest thing in switches? The gamers I know won't stop talking about magnets."),
  say(G, "Hall-effect switches. Instead of two metal contacts, there's a magnet in the stem and a sensor on the board measuring how far down the key is, continuously. So the keyboard knows the key is at one point two millimetres, not just up or down. ¦ {Wooting|Wooding}, a Dutch company, made that popular for games with a feature called rapid trigger: the key resets the moment it starts coming up, rather than at a fixed point, so you can tap faster. Competitive players of shooting games went mad for it, and now most gaming brands have their own."),
  say(H, "Are they much dearer?"),
  say(G, "Once, yes. Now a decent magnetic board costs about what a good ordinary one did a few years ago, because every gaming brand is competing to put one out."),
  say(H, "Is it useful for normal typing?"),
  say(G, "Less than for games. But you can set the actuation point per key, which is nice if you rest your fingers heavily, and there's no contact to wear out. The downside is you're back to special hardware and special software, and open firmware for it is still catching up. ¦ I've got a prototype on my desk, and I'll admit I mainly play games on it with my sister."),

  seg('topic', G, 'Advice for a first custom keyboard', ['advice', 'first keyboard']),
  say(H, "One last question, and then the shop can have you back. Picture a listener with a sore wrist and a birthday coming. What should they buy?"),
  say(G, "Three things, in order, all of them cheap. First, don't go tiny straight away, however pretty the small ones look. Start with a split that has a number row, like the Sofle, so you only have to relearn one thing at a time. Second, hot-swap, always, so a wrong switch choice costs pocket money, not a weekend. ¦ Third, see a physiotherapist if it actually hurts. A keyboard can help, but it isn't medicine, and the best ergonomic board in the world won't fix ten hours without a break. And yes, I sell them, so take that with whatever salt you keep beside the soldering station. And if I can sneak in a fourth: find the community. There are forums and chat servers full of people who'll look at a photo of your broken solder joint at midnight and tell you exactly what's wrong."),
  say(H, "That's very honest of you."),
  say(G, "It's why people come back, I hope."),

  seg('outro', H, 'Goodbye', []),
  say(H, "Chidinma Uzoigwe, thank you. Halfmoon Keys lives at halfmoonkeys.co.uk, and this episode's notes carry a link for every tool she named. And the Model M?"),
  say(G, "Bring it to Manchester. I'll fit a modern controller so it speaks USB and runs QMK. It'll still be just as loud."),
  say(H, "Then the broom stays downstairs, and the man below keeps his ceiling busy. Key Travel returns next Monday, everyone."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Barnaby', 'Quist'] },
  { name: G, aliases: ['Chidinma', 'Uzoigwe', 'Chidinma Uzoegwe'] },
];
