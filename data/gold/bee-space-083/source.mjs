// Source of Bee Space #83 (SYNTHETIC held-out episode, heldout33): a two-host weekly BEEKEEPING TECHNOLOGY news show in
// the style of the seed (a vaccine for honey bees against American foulbrood; hive scales, load cells and the nectar flow;
// Beewise's robotic BeeHome in the almond orchards; counting varroa mites with a phone camera; listening to a colony to
// see a swarm coming; tracking the Asian hornet with radio tags; extras: the Flow Hive, and Langstroth's bee space).
// Hosts (invented): Ffion Pritchard, a firmware engineer who keeps fourteen colonies on a hillside in Powys, mid Wales,
// and opens and closes the show; Dov Salinger, in Fresno, California, whose family runs about three thousand colonies
// trucked into the almond orchards every February. The running joke: GLADYS, Ffion's hive number seven, which swarmed on
// Tuesday while Ffion was in a meeting, and the scale under it that saw the swarm leave (set up in the intro, fed in
// segments 3 and 7, paid off in the outro: the swarm moved into Ffion's bait hive, which stands on a scale too). The
// sponsor "Frameworth" (a voice-first hive inspection app) is invented, as are the hosts, their bees and every anecdote.
// Recorded Thursday 20 June 2024; the products, companies, agencies, studies and events are real, told from memory.
// Rendered by build.mjs into web.txt (the show's own transcript page, seed-like) and episode.stm (a NIST STM reference
// transcript made for a speech recognition benchmark of podcast audio).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the hosts' corrected transcript: names right, small numbers as words, years and model
//              numbers as digits), B in episode.stm (the benchmark's reference before build.mjs lowercases it and strips
//              its punctuation: every number spelled out, letter-by-letter acronyms as single letters with a period,
//              hesitations as `(%hesitation)`, word fragments as `(wo-)`, spoken URLs as words); either may be empty;
//   ⟨...⟩      a spoken URL (always inside the A of a {A|B}): dropped from web.txt with the following punctuation;
//   ¦~ / ¦     web.txt only: the page starts a new paragraph here (mid-turn), losing (¦~) or keeping (¦) the next word;
//   ¶          a pause inside the turn (the STM starts a new segment line there).
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   stm: X     episode.stm: this paragraph's lines carry the speaker id X (the transcriber's slip or typo).
// Conventions (the news convention of heldout18 to heldout32): presenter = the host who BRINGS the item, and a hand-over
// line belongs to the NEW segment, also when the other host speaks it; the sponsor's presenter is its reader; extras are
// one segment per host, kind `extra`, presented by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const F = 'Ffion Pritchard';
export const D = 'Dov Salinger';

export const SOURCE = [
  seg('intro', F, 'Welcome to Bee Space 83', []),
  say(F, "Hello, and welcome to Bee Space, episode eighty-three, the show about the technology that has crept into beekeeping, from the scale under the hive to the robot that would like to replace it. I'm Ffion Pritchard. I keep fourteen colonies on a hillside in Powys, in mid Wales, and by day I write firmware for industrial sensors, which is how I ended up weighing my bees every ten minutes."),
  say(D, "And I'm Dov Salinger, in Fresno, California. My family runs about three thousand colonies, and every February we load them onto trucks and drive them into the almond orchards. ¦ I look after the {GPS|g. p. s.} trackers, the spreadsheets, and more and more, the arguments about software."),
  say(F, "Dov, before anything else, I have a confession. Gladys swarmed again."),
  say(D, "Gladys. Hive number seven. Again?"),
  say(F, "Tuesday, eleven forty-two in the morning. The scale under her hive dropped two point three kilos in about four minutes. My phone buzzed, I was in a meeting, and I decided it was a bad reading. ¶ It wasn't. Half of Gladys is now somewhere in the valley.", { cut: 1 }),
  say(D, "So the scale saw it before you did."),
  say(F, "The scale always sees it before I do. ¶ Right, here's the week. A vaccine for bees, which is still a sentence I can't say with a straight face, hive scales and what they tell you about the nectar flow, robot hives in the almonds, counting mites with a phone camera, listening for a swarm before it happens, and the Asian hornet, which has had a very good year, unfortunately. ¦ Then extras, as always."),
  say(D, "And I've got an extra that's going to annoy a lot of our listeners."),

  seg('topic', D, 'A vaccine for honey bees: Dalan Animal Health, American foulbrood and the USDA conditional licence', ['vaccine', 'foulbrood', 'Dalan']),
  say(F, "We'll get letters. Go on then, you start, since the vaccine's yours."),
  say(D, "It isn't mine, but we did use it this spring, so I'll take it. ¶ The company is Dalan Animal Health, in Georgia, and in January {2023|twenty twenty-three} the {USDA|u. s. d. a.} gave it a conditional licence for a vaccine against American foulbrood. ¦~ That was the first vaccine ever licensed for any insect, anywhere. American foulbrood is a bacterial disease, Paenibacillus larvae, and it kills the larvae in the cell. The spores last for decades, so in a lot of places the rule is that you burn the hive. Frames, boxes, bees, all of it."),
  say(F, "Which is the worst day you can have as a beekeeper. How do you vaccinate something the size of a grain of rice?"),
  say(D, "You don't vaccinate the workers. You vaccinate the queen. The vaccine is dead bacteria mixed into the queen candy, the sugar fondant that goes in the queen cage, and the workers feed it to her. ¶ She takes it up, and a protein called vitellogenin carries pieces of it into her ovaries, so her eggs start out with some immunity. The research behind it came out of the University of Helsinki, from Dalial Freitak's group, and the company licensed it from there."),
  say(F, "So every larva she lays gets the head start."),
  say(D, "That's the idea. The company's trials showed the larvae of vaccinated queens dying of foulbrood a lot less often. Not never. Less. ¦~ And it's only American foulbrood. European foulbrood is a different bacterium, and the vaccine does nothing for it, and it does nothing for varroa either, which is what actually kills most of our colonies."),
  say(F, "What did you do with it?"),
  say(D, "We bought vaccinated queens from a breeder for about two hundred colonies, out of three thousand, mostly to see whether the queens were any worse for it. They weren't, as far as we can tell. ¶ What I can't tell you yet is whether it works, because in a normal year we see foulbrood in a handful of colonies, and you'd need years of that to know. {|(%hesitation)} Ask me in {2027|twenty twenty-seven}."),
  say(F, "Noted. And do you get a certificate for each queen? A little passport?"),
  say(D, "You get an invoice. The certificate is the price."),
  say(F, "I've paid for worse. I'm genuinely pleased about this one. Our bee inspectors in Wales still find foulbrood every season, and a queen that hands her children a head start is a very nice idea. §Which brings me to the thing that snitched on Gladys."),

  seg('topic', F, 'Hive scales and the nectar flow: load cells, the HX711, ESP32 and LoRaWAN, BroodMinder and Arnia', ['hive scale', 'scale', 'load cell', 'BroodMinder', 'nectar flow'], { mid: true }),
  say(F, "Hive scales. I've been running my own for three years now, and this week a few listeners asked how to build one, so here's the short version. ¶ Under the hive you put four load cells, or one big bar, the same parts as in a bathroom scale. They feed an {HX711|h. x. seven one one}, which is a cheap twenty-four bit converter made for exactly this job, and that goes to a microcontroller. ¦~ Mine is an {ESP32|e. s. p. thirty-two}, because I had a drawer of them. Every ten minutes it wakes up, reads the weight, the temperature and the battery, sends it off, and goes back to sleep."),
  say(D, "Over what? My hives are in the middle of an orchard with no Wi-Fi."),
  say(F, "Mine too, more or less. I use LoRaWAN. There's a gateway on my barn, and it goes out through The Things Network, which is free for this kind of thing. ¶ If you'd rather not solder, you can buy this. BroodMinder, from Wisconsin, sells small sensors for temperature and humidity and a scale that slides under the hive, and the data goes to their app. Arnia, in England, has been doing hive monitors for years, with microphones as well. And there are citizen science projects in Germany, like {we4bee|we four bee}, which put sensor hives at schools."),
  say(D, "And what does a year of weight actually look like?"),
  say(F, "That's the fun part. Every day has a little sawtooth. At dawn the foragers leave and the hive gets lighter, by a few hundred grams. In the evening they come back full and it goes up again. ¶ During a good nectar flow, the evening is always higher than the morning, by a kilo or more a day, and that's how I know when to put a super on. ¦~ When the flow stops, the line goes flat overnight, and then it starts going down as they eat it."),
  say(D, "And a swarm?"),
  say(F, "A cliff. Two or three kilos, gone in a few minutes, in the middle of a warm day. That's Gladys on Tuesday. You can't mistake it, unless you're in a meeting and you decide to."),
  say(D, "How accurate is it, honestly? Load cells drift with temperature."),
  say(F, "They do, a lot. In the sun the reading wanders by a hundred grams between noon and midnight, so I calibrate against temperature and I mostly look at differences, not the absolute weight. ¦ And the rain. A wet roof is heavier than you'd believe."),
  say(D, "The bees don't care about the roof."),
  say(F, "The bees don't care about anything I do. §Dov, you've actually stood next to one of the robot hives. Tell people what they are."),

  seg('topic', D, "Robot hives in the almond orchards: Beewise's BeeHome, cameras, AI and heat against varroa", ['Beewise', 'BeeHome', 'robot hive', 'robotic'], { mid: true }),
  say(D, "I have. Beewise, an Israeli company, makes a thing called the BeeHome. From outside it looks like a shipping container that shrank, with solar panels on top. ¶ Inside there are frames in rows, and a robotic arm on rails that can pull any frame out, photograph both sides, and put it back. A camera and a computer vision model look at every frame for brood, for the queen, for pests. ¦ If it thinks a colony is short of food, it feeds it. If it finds varroa, it can treat, and the newer ones use heat, warming the brood just enough to hurt the mites and not the bees."),
  say(F, "I love it and I'm offended by it at the same time."),
  say(D, "That's the usual reaction. And the money behind it is serious. They raised a very large round in {2022|twenty twenty-two}, about eighty million dollars, and their business in California is mostly pollination. ¦~ An almond grower rents the robot hives for the bloom the way they'd rent our colonies, and they get a dashboard that says how strong each colony is."),
  say(F, "So it's competition."),
  say(D, "It's competition, yes. There were a few of them in an orchard next to one we work in this February. {|(%hesitation)} What struck me is how quiet it is. No smoke, no truck, no lids coming off. Every inspection I do is a disturbance, and theirs isn't. ¶ What I'm not sure about is what happens when something breaks in the middle of an orchard at two in the morning. We can fix a hive with a hammer."),
  say(F, "You can fix a lot of things with a hammer."),
  say(D, "And the colony is still a colony. It still swarms, it still gets sick, it still needs a queen that's any good. The robot is very good at looking, and looking is most of the job. ¦~ But I don't think it replaces a beekeeper in the next few years. I think it replaces the part of a beekeeper's day that's driving between hives."),
  say(F, "Which in California is most of it."),
  say(D, "Most of it. §Quick break, and then mites. This week's show comes with help from Frameworth."),

  seg('sponsor', D, 'Sponsor: Frameworth', ['Frameworth'], { mid: true }),
  say(D, "Frameworth is a hive inspection app that you talk to. You've got a frame in your hands, gloves on, veil down, and you just say what you see: queen seen, eggs, a good brood pattern, a bit grumpy today, two frames of stores. ¶ It turns that into a proper record for each hive, with dates, so when the bee inspector asks what you treated with and when, you have an answer. It reads hive scales too, BroodMinder's included. ¦~ Our crew uses it in the almonds, and it copes with a Californian accent and a Welsh one. Bee Space listeners get three months free at {⟨frameworth.app/beespace⟩|frameworth dot app slash bee space}. Thanks, Frameworth."),

  seg('topic', F, 'Counting varroa mites with a phone: BeeScanning, sticky boards, the alcohol wash and the US colony loss survey', ['varroa', 'mite', 'BeeScanning', 'colony loss'], {}),
  say(F, "Right. Something less cheerful. ¶ Varroa destructor, the mite, and the number everyone should know and almost nobody does, which is how many mites are in your hive right now. ¦~ The honest way is an alcohol wash. You scoop about three hundred bees into a jar, shake them in alcohol, and count the mites that fall out. About three mites per hundred bees in late summer, and you treat. ¦ It kills three hundred bees, and nobody enjoys it, so a lot of people guess instead."),
  say(D, "We wash. Our crew washes every yard once a month, and I still hate it.", { stm: 'Ffion_Pritchard' }),
  say(F, "So the phone people want to help. There's a Swedish app called BeeScanning where you photograph a frame, and a model finds the mites sitting on the bees' backs and estimates how infested the colony is. ¶ Other tools count the mites on a sticky board, the sheet you slide under a mesh floor for a few days, and an app counts the little brown dots from a photo. ¦~ Both are nicer than a wash. Neither is as good, yet. A mite on a bee's back is easy to miss, and most of them are hiding in the brood cells anyway."),
  say(D, "Why does this matter so much this week?"),
  say(F, "Because of the numbers from your side of the Atlantic. The American survey of colony losses came out, the one that used to be the Bee Informed Partnership and is now run out of Auburn University with the state apiary inspectors. ¦~ More than half of managed colonies in the {US|u. s.} were lost over the last year. Fifty-five percent, give or take. ¶ And the thing most of those beekeepers blame, year after year, is mites and the viruses they carry, especially deformed wing virus."),
  say(D, "We lost about a third. Which is a good year for us, which tells you everything."),
  say(F, "And the treatments are getting harder. Oxalic acid when the colony is broodless, formic acid, thymol. Amitraz, the stuff in Apivar strips, has stopped working in some American yards because the mites became resistant. {|(%hesitation)} ¦ So counting properly, and counting often, is the whole game. A phone that makes counting less miserable is worth a lot, even if it's not perfect."),
  say(D, "I'd take a phone over a jar of alcohol. The jar is always the one that spills in the truck."),
  say(F, "And the truck smells of it for a week."),
  say(D, "It really does. §Now, Gladys. I think I found something that might have warned you on Monday."),

  seg('topic', D, 'Hearing a swarm coming: accelerometers in the comb, queen piping and machine learning on hive sounds', ['swarm', 'accelerometer', 'acoustic', 'vibration', 'queen piping'], { mid: true }),
  say(F, "Go on, hurt me."),
  say(D, "Listening. A colony gets loud before it swarms, and beekeepers have known that forever. There's a group at Nottingham Trent University, Martin Bencsik's, that glued accelerometers into the wax of the comb and recorded the vibrations in the hive for months. ¶ They found signals that change in the days before a swarm, short pulses the workers make, and they could see it building. ¦~ Days, not minutes. Long enough for you to open the hive and do something about it."),
  say(F, "Like make an artificial swarm, before Gladys makes a real one."),
  say(D, "Exactly. And then there's the sound the queens make. When there's a new virgin queen out of her cell and others still inside, she toots, and the ones still in their cells answer by quacking. Queen piping. You can hear it with your ear against the box. ¦ And if you can hear it, a microphone can hear it, and a small model can pick it out."),
  say(F, "Tooting and quacking is the best thing anyone's said on this show."),
  say(D, "I didn't name it. ¶ Now, the catch. Research rigs aren't products. Arnia has been doing acoustic monitoring for a while, and there are a lot of hobby projects with a cheap microphone and a Raspberry Pi, but I haven't seen anyone sell a box that says swarm coming on Thursday and is right most of the time. ¦~ Queenless colonies are easier. A colony without a queen sounds different, it roars, and the models spot that well."),
  say(F, "Could I do it on my {ESP32|e. s. p. thirty-two}?"),
  say(D, "The recording, sure. A microphone and an {I2S|i. two s.} bus and you're away. The model is small enough, if you keep it simple. ¦ The hard part is that you need a lot of labelled swarms to train on, and nobody has those."),
  say(F, "I have one. From Tuesday."),
  say(D, "You have one weight curve of Gladys leaving. It's a start."),

  seg('topic', F, 'The Asian hornet in Britain: record nests, the National Bee Unit, radio tags and the Asian Hornet Watch app', ['Asian hornet', 'hornet', 'Vespa velutina', 'radio tag'], {}),
  say(F, "I'm going to finish the news with the one creature that frightens me more than a mite. The Asian hornet, Vespa velutina. It came into France about twenty years ago, probably in a shipment of pottery, and it has spread across most of Europe. ¶ It {|(hu-)} hunts honey bees. It hovers outside the entrance and picks off the foragers as they come home, and the colony gets so scared it stops flying."),
  say(D, "We don't have that one. We have plenty of other things."),
  say(F, "You're lucky. In England last year the National Bee Unit found more than seventy nests, which is more than every other year put together. This year it's already busy, and there are signs that queens survived the winter here. ¦ On Jersey, in the Channel Islands, they find hundreds of nests a year now."),
  say(D, "How do you find a hornet nest? Isn't it up a tree?"),
  say(F, "Usually right at the top of a tall tree, and well hidden. So the technology is the clever bit. ¶ One way is radio tags. You catch a hornet at a bait station, glue a tiny radio transmitter to it, let it go, and follow the signal with a directional antenna until you're standing under the nest. ¦~ Researchers at the University of Exeter worked on that with the volunteers on Jersey, and it cut the time to find a nest from days to hours. ¶ People have also tried harmonic radar, and thermal cameras, because a nest is warm. And the simplest bit of technology of all is the Asian Hornet Watch app, where anyone who thinks they've seen one sends a photo and a location, and an expert decides."),
  say(D, "Do people send a lot of wrong ones?"),
  say(F, "Oh, thousands. Mostly our native hornet, which is bigger and very much not the problem. And hoverflies, and once, reportedly, a photo of a small bird."),
  say(D, "Our listeners know better."),
  say(F, "Our listeners do. If you're in Britain and you see one, photograph it, report it, and don't go after the nest yourself."),

  seg('extra', D, 'Extra: the Flow Hive, honey on tap from split-cell frames', ['Flow Hive', 'Flow']),
  say(F, "Extras. Dov, you threatened everyone at the top. Let's have it."),
  say(D, "The Flow Hive. I'm sorry. ¶ Stuart and Cedar Anderson, a father and son in Australia, put it on Indiegogo in {2015|twenty fifteen}, and it raised more than twelve million dollars, which was a record at the time. The frames have half-built plastic cells, and when they're full and capped, you turn a key, the cells split, and the honey runs down a tube into a jar. ¦~ No extractor, no sticky kitchen. Half the beekeepers I know hated it on sight, because it looked like honey on tap with no beekeeping. ¶ I borrowed one this spring, and it's a very nice box, and I still had to do every inspection. The bees don't know it's special."),
  say(F, "Did it spill in the truck?"),
  say(D, "It did not go in the truck. It went in my mother's garden, where it's very happy. §What's yours?"),

  seg('extra', F, "Extra: Langstroth's 1852 patent and the bee space", ['Langstroth', 'bee space', 'patent'], { mid: true }),
  say(F, "Mine's older, and it's the reason the show's called what it's called. The Reverend Lorenzo Langstroth, in Philadelphia, noticed in {1851|eighteen fifty-one} that bees leave a gap of about a centimetre, a bit less, between things. ¶ If a gap is smaller than that, they glue it shut with propolis, and if it's bigger, they fill it with comb. ¦~ Leave exactly that space around a frame and the bees leave it alone, so you can lift the frame out. He patented the movable frame hive in {1852|eighteen fifty-two}, and nearly every box you'll see in a field today is his idea with different measurements. ¶ The patent is online, scanned, with the drawings, and it's a lovely read. Every hive scale and every robot arm we talked about today only works because of that gap."),
  say(D, "Including the robot."),
  say(F, "Especially the robot. It needs a very exact gap."),

  seg('outro', F, 'Goodbye', [], {}),
  say(F, "And that's Bee Space for this week. One more thing, though, because Dov will ask. Last weekend I put a bait hive up on the old wall by the barn, an empty box with a bit of old comb and a drop of lemongrass oil. ¦ And I put a scale under it, because obviously."),
  say(D, "Obviously."),
  say(F, "This morning it went up by two point one kilos in about twenty minutes. Gladys came home. Well, half of her, to a different house."),
  say(D, "The scale saw it before you did."),
  say(F, "It always does. Show notes and links are at {⟨bee-space.fm/83⟩|bee space dot f. m. slash eighty-three}. Dov, thanks as always."),
  say(D, "Thanks, Ffion. Bye, everyone."),
];

export const SPEAKERS = [
  { name: F, aliases: ['Ffion', 'Pritchard', 'Ffion_Pritchard', 'Ffion_Prichard', 'Prichard'] },
  { name: D, aliases: ['Dov', 'Salinger', 'Dov_Salinger'] },
];
