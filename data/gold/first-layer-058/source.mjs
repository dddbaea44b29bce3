// Source of First Layer #58 (SYNTHETIC held-out episode, heldout22): a two-host weekly 3D PRINTING NEWS show in the
// style of the seed (desktop printers, slicers, firmware, the model sites and the business around them). Hosts
// (invented): Marit Haugen, who runs a print farm of thirty machines in Trondheim making spare parts for old
// appliances, who opens and closes the show; Radek Novotný, who teaches mechanical design at a technical college in
// Brno and whose own printer is in pieces on his kitchen table. The sponsor "Layerhouse" (a print queue for a mixed
// fleet) is invented, as are the hosts' jobs, the farm, Gertrud the printer who fails when watched, the mushroom-scented
// food dehydrator, the students' hinge, the 1987 dishwasher, the wool blanket and the brass inserts. Recorded Tuesday
// 8 April 2025; the news is real but told from memory.
// Rendered by build.mjs into web.txt (a seed-like page, FIRST NAMES in capitals on the first two paragraphs only) and
// premiere.txt (the transcript Adobe Premiere Pro's speech-to-text exports as a text file for the show's video edit:
// timecode ranges in frames, one speaker line a block, the editor's names for two of the voices Premiere found).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the show's transcription service, checked by a person), B in premiere.txt (Premiere's
//              recogniser: a misheard brand or tool, a model name split up, the URL as words);
//   ⟨...⟩      a spoken URL (always inside the A of a {A|B}): dropped from web.txt with the following punctuation;
//   ¦~         web.txt only: the page's transcription service starts a new paragraph at this sentence end and the
//              continuation loses its first word (the seed page's habit); `¦` the same, keeping the word;
//   ¶          premiere.txt only: a pause inside the turn; Premiere starts a new block with the SAME speaker line.
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   pr: LABEL  premiere.txt: the speaker line Premiere put on this paragraph's blocks when it is not the editor's name
//              for the real speaker: `Speaker 3` (a third voice Premiere thought it heard and the editor never renamed),
//              `Unknown`, or the OTHER host's name (a diarisation error on a short line);
//   merge      premiere.txt: this short paragraph follows the other host's words without a pause, and Premiere runs it
//              into the block before, which then holds both voices (gold: the majority speaker, `ambiguous`).
// Conventions: presenter = the host who brings the item, and a hand-over line belongs to the NEW segment, also when
// the other host speaks it; the sponsor's presenter is its reader; extras are one segment per host, kind `extra`,
// presented by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const M = 'Marit Haugen';
export const R = 'Radek Novotný';

export const SOURCE = [
  seg('intro', M, 'Welcome to First Layer 58', []),
  say(M, "You're listening to First Layer, episode 58, thirty minutes every week on the machines that build things one layer at a time and the software that tells them where to go. I'm Marit Haugen, I run a print farm of thirty machines in Trondheim that makes spare parts for appliances nobody sells parts for anymore, and it's Tuesday the eighth of April."),
  say(R, "And I'm {Radek Novotný|Radek Novotny}, in Brno. I teach mechanical design at a technical college, which mostly means explaining tolerances to teenagers, and my own printer is currently in eleven pieces on the kitchen table."),
  say(M, "Deliberately?", { pr: 'Radek Novotny' }),
  say(R, "Mostly deliberately. You'll hear why."),
  say(M, "Then I'm not alone. Gertrud failed another print this morning, and she only ever does that when somebody is standing next to her."),
  say(R, "Gertrud being the oldest printer in the farm, for anyone new, and the only one with a name."),
  say(M, "She earned the name by surviving everything. ¶ On the bench today: {Bambu|Bamboo}'s new flagship with two nozzles and a laser, a printer from Prague that finally left the factory, a three-hundred-dollar box that has everyone redoing their sums, then the folks covering this week's costs, a patent fight in Texas, the long tail of January's firmware row, a new release of the slicer half of you use, and who pays the people who design the models you download. ¦~ Then one small thing each before we go."),

  seg('topic', M, "Bambu Lab's H2D: two nozzles, a heated chamber and an optional laser", ['H2D', 'Bambu Lab'], {}),
  say(R, "You'd better open with the flagship, then, since you gave up your whole weekend to its spec sheet.", { cut: 1 }),
  say(M, "I did, and I regret nothing. {Bambu|Bamboo} Lab announced the H2D two weeks ago. It's their first machine in a new, bigger class: a build volume of about three hundred and fifty by three hundred and twenty millimetres, an actively heated chamber that goes up to sixty-five degrees, and two nozzles side by side on one toolhead, with the idle one lifting out of the way. ¦~ The point of two nozzles is fewer purges. If you print in two colours or two materials on a single nozzle with an AMS today, the machine throws away a little pile of plastic at every change, and on some prints the pile weighs more than the part. ¶ With a second nozzle, most of that waste goes away."),
  say(R, "And the laser is real? I assumed it was a render somebody in marketing got excited about."),
  say(M, "It's real, and optional. There's a laser module, ten or forty watts depending on how much you pay, that clips on to the toolhead, and a cutting module with a blade for vinyl and card. So it's a printer that wants to be a small workshop. ¦~ {Bambu|Bamboo} also announced two new AMS units to go with it: the AMS 2 Pro, which can dry filament while it feeds, and the AMS HT, a single-spool version for the hot engineering materials. ¶ The base machine costs just under nineteen hundred dollars, and the full laser bundle is well past three thousand."),
  say(R, "For your farm, does any of that matter? You print hinges and brackets, not cosplay helmets."),
  say(M, "The drying matters. Half the failures in my room are wet filament, nylon especially, and right now I dry it in a food dehydrator that smells faintly of mushrooms. The second nozzle matters for parts where I print the support interface in a different material so it snaps off cleanly. ¦~ The laser, honestly, I don't want anywhere near thirty machines and a room full of plastic dust. I'll probably buy one H2D and see whether it survives a month of night shifts."),
  say(R, "That's the most Norwegian endorsement I've ever heard."),
  say(M, "It's the only kind I give.", { merge: true }),
  say(R, "Understood, and filed. §My kitchen table is the other half of this story, as it happens."),

  seg('topic', R, "Prusa's Core One ships, and the MK4S becomes an upgrade kit", ['Core One', 'Prusa'], { mid: true }),
  say(R, "Prusa started shipping the Core One this year. It's their first {CoreXY|core XY} printer, and the first with the enclosure built in rather than sold as an extra: a steel frame, a build volume of roughly two hundred and fifty by two hundred and twenty, and a chamber that manages its own temperature with a fan and a vent that opens and closes. ¦~ What interests me is that they sell it as an upgrade. If you own a {MK4S|MK4 S}, you can buy a kit that reuses your motors, your electronics, your heatbed and your toolhead, and you rebuild the machine into a Core One. That's why mine is in eleven pieces."),
  say(M, "How long do they say the conversion takes?"),
  say(R, "They say a weekend. I've had it apart since Friday and I'm on chapter six of fourteen, so you can decide whose estimate you trust. The instructions are excellent, as they always are, with a photograph for every screw and a comment section under each step where somebody has already made the mistake you're about to make."),
  say(M, "Is it a good printer once it's together, though? Or are you rebuilding it out of loyalty?", { cut: 1 }),
  say(R, "Some of each. People who got theirs early say it's quick, quiet and very consistent, and input shaping means it moves far faster than my old bed-slinger without the ringing on the walls. What it doesn't have yet is a colour system of its own. Prusa's {MMU3|MMU 3} will work with it, but that's a different philosophy from {Bambu|Bamboo}'s box of spools. ¦~ And I want to be fair about the price. Assembled, it costs a good deal more than a {Bambu|Bamboo} P1S with the colour system included. You're paying for open firmware, for repairability, and for a company two hours up the motorway that answers email."),
  say(M, "That last part is worth more than people think."),
  say(R, "It is, right up until somebody sells the same promise for three hundred dollars."),

  seg('topic', M, "Elegoo's Centauri Carbon and the three-hundred-dollar enclosed CoreXY", ['Centauri Carbon', 'Elegoo'], {}),
  say(R, "Somebody has, of course, and if I know you there's one on a shelf in your print room already.", { cut: 1 }),
  say(M, "Since Thursday. The Elegoo Centauri Carbon is an enclosed {CoreXY|core XY} printer with a glass door, a hardened steel nozzle, a camera and a build plate of about two hundred and fifty-six millimetres square, and at launch it sold for two hundred and ninety-nine dollars. That's less than some people spend on a spool holder and a bag of nozzles. ¦~ Two years ago an enclosed {CoreXY|core XY} at that speed meant {Bambu|Bamboo}'s P1S or Creality's K1, and you paid twice as much. Now Elegoo, Anycubic with the {Kobra S1|Cobra S1} and Creality again are all chasing the same shape of machine for less."),
  say(R, "And does it print, or does it mainly print reviews?"),
  say(M, "It prints rather well, which annoys me. Out of the box it gave me clean {PETG|PET G} parts on the stock profile, the levelling is quick, and it's quieter than I expected. The slicer is Elegoo's own, from the same family tree as everybody else's, and there are {OrcaSlicer|Orca Slicer} profiles already. ¦~ What you don't get is a colour system, the camera is mostly good for watching spaghetti happen in low resolution, and nobody knows yet how the cheap fans and bearings will hold up over a year of real work. That's the part a farm cares about."),
  say(R, "What does it want to be fed? Is it another printer that only likes its own spools?"),
  say(M, "No, and that's a point in its favour. It takes any filament on a normal spool, there are no chips in the spools and no warnings when you use somebody else's. I ran three brands of {PETG|PET G} through it over the weekend and it didn't care."),
  say(R, "So thirty of these won't be replacing your thirty machines."),
  say(M, "Not this month. But I've started writing down what each printer costs me a year in parts and hours, and the number on the Elegoo is going to be hard to beat, if it holds together."),
  say(R, "That if is doing heavy lifting.", { pr: 'Marit Haugen' }),
  say(M, "It's paid to."),

  seg('sponsor', R, 'Sponsor: Layerhouse, one print queue for a mixed fleet of printers', ['Layerhouse'], {}),
  say(R, "Everything on this show is paid to do something, the show included. The bill for First Layer this week went to Layerhouse, and they were kind enough to pay it. ¦~ If you run more than a handful of printers, you already know the job isn't printing, it's deciding which machine prints what. ¶ Layerhouse is a single queue for a mixed fleet. You drop in your sliced files, it matches each job to a printer with the right nozzle, the right plate and the right filament loaded, and it sends it over the network to {Bambu|Bamboo}, Prusa and {Klipper|Clipper} machines alike. ¦~ It keeps track of what's left on every spool, so a job never starts on a roll that runs out halfway, and it sends a photo to your phone when a print finishes or fails. ¶ There's a free plan for up to three printers at {⟨layerhouse.io/firstlayer⟩|layerhouse dot io slash first layer}, and anyone who mentions this show gets the bigger plan free until the summer. Layerhouse covers this episode, and we're glad they do. §Our next stop is a courtroom in eastern Texas.", { pr: 'Speaker 3' }),

  seg('topic', R, 'Stratasys sues Bambu Lab over ten patents, from heated beds to purging', ['Stratasys', 'Bambu Lab', 'patent'], { mid: true }),
  say(R, "Last August Stratasys, one of the oldest names in industrial printing, sued {Bambu|Bamboo} Lab in the Eastern District of Texas over ten patents. They cover things most of us think of as simply how printers work now: a heated build plate, purging the nozzle, noticing that a print has gone wrong, even some of the ways the machine moves. ¦~ The case is still working its way through the court, and nothing has been decided."),
  say(M, "Stratasys owns the heated bed? I printed on a heated bed in 2014."),
  say(R, "Not the heated bed in general. The patents are about particular ways of doing particular things, and the argument will be whether {Bambu|Bamboo}'s machines do them those ways. Stratasys also held the original fused deposition patents, the ones whose expiry around 2009 made the whole hobby possible, so there's history here. ¦~ What worries people is the shape of it. If a big industrial company can get a licence fee out of the biggest consumer brand, everybody else selling a fast {CoreXY|core XY} box in the United States is next, and the cheap end gets less cheap."),
  say(M, "Has {Bambu|Bamboo} said anything?", { pr: 'Unknown' }),
  say(R, "They've said they'll defend themselves, and there were reports of them asking the patent office to review some of the claims, which takes a year or more. My honest prediction is a settlement nobody outside the two companies ever reads, and we'll notice it only as a few dollars on the price. ¦ The open-source side of the hobby has its own worry, which is that prior art from projects like {RepRap|Rep Rap} only protects you if someone can find it and prove the date."),
  say(M, "Forum posts from 2011 as legal evidence."),
  say(R, "It's happened before. Somebody's build log from 2012 has probably saved more printers than any lawyer."),
  say(M, "I'll drink to that."),

  seg('topic', M, "Bambu's authorization firmware three months on: Bambu Connect, Developer Mode and third-party tools", ['Bambu Connect', 'Developer Mode', 'authorization'], {}),
  say(R, "Save the drink. {Bambu|Bamboo}'s worse trouble this year was of its own making, and your print room had a front-row seat."),
  say(M, "A front-row seat, yes. In January {Bambu|Bamboo} announced a firmware update with what they called an authorization system. Anything that talks to the printer over the network, a slicer, a farm manager, Home Assistant, would have to go through their cloud or through a small app of theirs called {Bambu|Bamboo} Connect. ¦~ Third-party tools that had been talking to the printers directly for years would stop working unless you stayed on old firmware. For a farm like mine, which schedules its jobs from its own software, that was a problem on day one."),
  say(R, "And then the internet did what it does."),
  say(M, "The internet did exactly what it does. Within days somebody pulled the private key out of {Bambu|Bamboo} Connect, which is an Electron app, and published it. {Bambu|Bamboo} wrote a long post saying people had misread the plan, and then added a Developer Mode. ¦~ In LAN-only mode you can now switch the printer into Developer Mode, and third-party software gets full local access, the way it used to. ¶ The price is that you give up the cloud, the phone app and printing from anywhere."),
  say(R, "What about the people running Home Assistant at home?"),
  say(M, "They were the loudest in January, and they're mostly happy now. The community integration works in Developer Mode, so you keep your dashboards and your automations, you just lose the phone app when you're out."),
  say(R, "And for you the price is no price at all."),
  say(M, "For me it's fine, my printers were never on the cloud anyway. For a teacher with ten printers in a school who lives in the phone app, it's a choice between convenience and control. ¦~ {OrcaSlicer|Orca Slicer}, which is what most of my machines get their files from, now reaches the printers either through {Bambu|Bamboo} Connect or straight over the LAN in Developer Mode. It does work. It's also a reminder that a printer you paid for can change its mind about what it lets you do. §Orca's own release last month is worth a minute as well, mostly because of who's behind it."),

  seg('topic', M, 'OrcaSlicer 2.3, the slicer family tree, and the volunteers who maintain it', ['OrcaSlicer', 'slicer'], { mid: true }),
  say(R, "Go on, I can see you've got opinions.", { cut: 1 }),
  say(M, "{OrcaSlicer|Orca Slicer} 2.3 came out in March. If you've never looked at the family tree: Orca is a fork of {Bambu|Bamboo} Studio, which is a fork of {PrusaSlicer|Prusa Slicer}, which is a fork of {Slic3r|Slicer} from 2011, all of it under the AGPL, which is why everybody can fork everybody. ¦~ The release is what Orca does well: profiles for a long list of printers, reworked calibration tests, and lots of small changes to how walls, seams and supports get laid down. ¶ Nothing dramatic on its own. The people are the interesting part. It's a handful of volunteers with one person doing most of the work, and it has become the default for owners of Elegoo, Creality and Anycubic machines and a good share of {Bambu|Bamboo} and Prusa ones. ¦~ Several manufacturers ship a rebranded copy as their own slicer. So a project run in people's evenings is quietly carrying part of an industry."),
  say(R, "Is there a risk it simply stops one day? One tired maintainer and a lot of unanswered issues?"),
  say(M, "There's always that risk, and it's the one I think about when I plan the farm's software. The comfort is the licence. If the main developer walked away tomorrow, the code is all there, and there are already forks of the fork. ¦~ Somebody would pick it up, the way Orca picked up {Bambu|Bamboo} Studio. But a fork that nobody reviews is how good slicers turn into sad ones."),
  say(R, "Do the manufacturers give anything back?"),
  say(M, "Some send printers to test with, some contribute profiles, a few pay for development. It's a lot less than what they take out. I give Orca a small monthly donation, and I'd like the companies selling a hundred thousand printers a year to be embarrassed into doing more."),

  seg('topic', R, 'MakerWorld, Printables and Thingiverse: points, payouts and copied designs', ['MakerWorld', 'Printables'], {}),
  say(R, "Paying the people who make the things is the whole argument on the model sites as well, and my students walked straight into it last month."),
  say(M, "Walked into what?", { merge: true }),
  say(R, "Three of them designed a clever print-in-place hinge for a class project and put it on {Printables|Printable}. Within a week the same file was on {MakerWorld|Maker World} under somebody else's name, earning points. ¦~ Both big sites now pay designers. {MakerWorld|Maker World}, which is {Bambu|Bamboo}'s, gives you points when people print your model, and the points turn into gift cards or cash. Prusa's {Printables|Printable} has its own points for uploads and downloads. ¶ {Thingiverse|Thing of Verse}, which had the field to itself for a decade, is mostly where people go to be disappointed now."),
  say(M, "So the points are a reason to upload, and a reason to upload other people's work."),
  say(R, "Precisely the problem. The sites have report buttons and they did take the copy down, after nine days and two emails. And the new wrinkle this spring is generated models. {MakerWorld|Maker World} has tools that turn a photo or a sentence into a printable figurine, and the sites are filling up with uploads nobody really designed. ¦~ My students took it as a lesson in licences, which is more than I managed to teach them all term."),
  say(M, "For what it's worth, I pay for a few designers' memberships every month. The fiddly appliance parts I model myself, because nobody else wants a hinge for a 1987 dishwasher, but when I do download something it's usually theirs."),
  say(R, "Your dishwasher hinge would make a fortune in points."),

  seg('extra', M, "Marit's extras: Spoolman for tracking filament, and a wool blanket", ['Spoolman'], {}),
  say(R, "That's the news done, then. Empty your pockets."),
  say(M, "One bit of software and one bit of fabric. The software is {Spoolman|Spool Man}, a small open-source server that keeps an inventory of your filament: every spool, its weight, its colour, where it lives. It plugs into {Klipper|Clipper} through {Moonraker|Moon Raker}, so the printer updates what's left as it prints. ¦~ The farm has about two hundred spools, and until this winter I tracked them in a spreadsheet that was wrong by Tuesday. ¦ The fabric is a wool blanket I've hung over the door of the print room, because the heating bill in there had started to look like a second salary."),
  say(R, "Does the inventory know when a spool has gone soft with damp?"),
  say(M, "No, that's still my nose and the mushroom box. But it tells me which spools have been open longest, which is nearly the same thing."),
  say(R, "A blanket over the door is the most advanced thermal engineering this show has ever covered."),
  say(M, "Better than the radiator manages. §Yours had better not be another screwdriver."),

  seg('extra', R, "Radek's extras: build123d for CAD in Python, and brass heat-set inserts", ['build123d'], { mid: true }),
  say(R, "Not a screwdriver. The first is {build123d|build one two three D}, a Python library for CAD. You write a part as code, boxes, holes, fillets, and it exports a STEP or an STL. ¦~ My students who hate clicking around in Fusion love it, and the ones who love Fusion think I've lost my mind. It's built on the same geometry kernel as FreeCAD, {Open CASCADE|open cascade}, so you get proper solids rather than meshes. ¦ The second is a bag of the little brass inserts you melt into printed parts with a soldering iron, which I now buy by the thousand, because a printed thread is a promise and a brass one is a contract."),
  say(M, "A printed thread is a promise. I'm putting that on the wall of the print room. §That's as far as we get today. You'll find every printer and program from the episode at {⟨firstlayer.show/58⟩|first layer dot show slash 58}, and if you've rebuilt a printer into a Core One in under a weekend, please keep it from Radek. And for the record, Gertrud finished her print this afternoon while nobody was looking."),

  seg('outro', M, 'Goodbye', [], { mid: true }),
  say(R, "Of course she did. I'll be back next week with a Core One, or with a very long story about chapter nine. Na shledanou, everyone, and mind your first layers."),
];

export const SPEAKERS = [
  { name: M, aliases: ['Marit Haugen', 'Marit', 'Haugen', 'MARIT'] },
  { name: R, aliases: ['Radek Novotný', 'Radek', 'Novotný', 'Novotny', 'Radek Novotny', 'RADEK'] },
];
