// Source of Low Alarm #19 (SYNTHETIC held-out episode, heldout32): a one-host one-guest INTERVIEW about the TECHNOLOGY OF
// TYPE 1 DIABETES, with a structure no earlier interview had: the guest brought the KITCHEN DRAWER where thirty years of
// her devices ended up, and every chapter is ONE OBJECT she takes out of it (a glucose meter and a logbook from 1994;
// her first insulin pumps; a Dexcom G4 receiver and a Pebble watch; a RileyLink and an Intel Edison board; an Omnipod
// pod; a FreeStyle Libre sensor and a printed AGP report), then the host's last question about what is not in the drawer
// yet, a sponsor read by the host in the middle, and a short outro. No earlier held-out set covered diabetes technology
// (insulin pump, CGM, Dexcom, FreeStyle Libre, Nightscout, OpenAPS, Loop, RileyLink, Omnipod, Control-IQ, Tidepool, time
// in range and HbA1c occur in no earlier file). People (invented): the host Hollis Ferreira, a diabetes care and education
// specialist at a clinic in Providence, Rhode Island, who does not have diabetes himself and opens and closes the show;
// the guest Junie Castellanos, an iOS developer in Sacramento, diagnosed with type 1 diabetes at nine, in 1994, who helped
// write the documentation of a do-it-yourself closed loop. The running joke: Junie's CGM ALARM (set up in the intro: "if
// you hear a little chime, that's my blood sugar", going off in segment 4, "that's three gummy bears", and paid off in the
// outro: the loop caught it, "a hundred and twelve, and flat"). The sponsor "Tallypod" (an app that tracks diabetes
// supplies and refills) is invented, as are the people, the clinic, the drawer and every anecdote. Recorded Tuesday 11
// March 2025; the products, companies, studies, agencies and events are real, told from memory.
// Rendered by build.mjs into interview.cha (a TalkBank CHAT transcript: one utterance per sentence, three-letter speaker
// codes, time bullets) and captions.srt (the captions of the show's video: no names, `>>` at a change of speaker).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in interview.cha (the linguist's transcript before build.mjs puts it into CHAT: numbers as words, fillers
//              as `&-um`, laughter as `&=laughs`, short pauses as `(.)`, names and products right), B in captions.srt (the
//              captioning vendor's words: numbers as digits, fillers dropped, a few names misheard); either may be empty;
//   ¶          a pause inside the turn (the captions start a new cue there; the CHAT file has an utterance per sentence
//              anyway);
//   —          a sentence cut off (the CHAT file ends the utterance with `+/.` when the other speaker cuts in, `+//.` when
//              the speaker breaks off and starts again; the captions keep the dash).
// opts:
//   chat: X    interview.cha: this paragraph's utterances under the speaker code X (the transcriber's slip);
//   com: X     interview.cha: a `%com:` comment line after the paragraph's last utterance;
//   cmerge     captions.srt: said over the end of the paragraph before, this short reply is added to that paragraph's
//              last cue after `>>` (two voices: `ambiguous`, the speaker of most of its words).
// Conventions (the interview convention of heldout20 to heldout31): every discussion topic, INCLUDING EACH OBJECT and the
// last question, is presented by the GUEST, who carries it, also the ones she raises herself; the host's cue belongs to the
// NEW segment; the host presents the intro, the sponsor (his read) and the outro.
import { say, seg } from '../build-episode.mjs';

export const H = 'Hollis Ferreira';
export const J = 'Junie Castellanos';

export const SOURCE = [
  seg('intro', H, 'Low Alarm 19: the drawer', []),
  say(H, "Hi, and welcome to Low Alarm, episode {nineteen|19}, where we talk about the technology people with diabetes live with, wear, and sometimes build for themselves. I'm Hollis Ferreira. I'm a diabetes educator at a clinic in Providence, Rhode Island, and I spend my days teaching people to use devices I will never have to wear. ¶ My guest today is Junie Castellanos. Junie is an {iOS|iOS} developer in Sacramento, she's had type {one|1} diabetes since she was nine, and she's one of the people who wrote the documentation that taught thousands of people to build their own closed loop. Welcome, Junie."),
  say(J, "Thanks, Hollis. {&-um (.)|} I should warn everyone now. I'm wearing a sensor, and my phone's on the desk, so if you hear a little chime, that's my blood sugar, not a doorbell."),
  say(H, "Noted. And you brought something."),
  say(J, "I brought the drawer. Every person with type {one|1} has a drawer. Mine's in the kitchen, under the one with the takeout menus, and it has every device I've ever owned, because you can't throw them away. {&=laughs|} ¶ I took the whole thing out and put it on the desk, so it's a drawer without a cabinet now."),
  say(H, "We're going to go through it one object at a time."),

  seg('topic', J, 'Object one: a 1994 glucose meter, a logbook, fingersticks and the DCCT', ['meter', 'logbook', 'fingerstick', 'DCCT']),
  say(H, "So. Reach in and take out the oldest thing in there."),
  say(J, "Okay. This is a {One Touch|OneTouch} {Two|II}, from LifeScan. It's grey, it's the size of a paperback, and it was my first meter, in {nineteen ninety-four|1994}. ¶ You pricked your finger, you hung a big drop of blood over a strip, and then you waited {forty-five|45} seconds, which is a very long time when you're nine. And with it, this. My logbook. Every reading, written in pencil, four times a day, with the insulin dose next to it."),
  say(H, "Do you still read it?"),
  say(J, "Sometimes. There's a week in {nineteen ninety-six|1996} where every number is exactly {one twenty|120}. {&=laughs|} I was making them up. Every kid did. ¶ You'd take the logbook to the clinic every three months, and the doctor would— {&-uh|} well, mostly the doctor would sigh at it, and then they'd do an {A one C|A1C}, which is the blood test that tells you your average over about three months. That was the only number anyone trusted, because nobody trusted the logbook."),
  say(H, "Did the meter remember anything?"),
  say(J, "It had a memory, a hundred-something readings, and there was a cable that plugged into a computer. But our clinic never had the software, so the memory was just for catching kids who made up their numbers. {&=laughs|} My mom used it exactly once."),
  say(H, "And the insulin back then?"),
  say(J, "{NPH|NPH} and Regular. Two shots a day, mixed in the same syringe, and because {NPH|NPH} peaks in the afternoon, you had to eat a snack at three o'clock whether you wanted one or not. Your life ran on the insulin's schedule. ¶ The year before I was diagnosed, the big trial came out, the {DCCT|DCCT}, the Diabetes Control and Complications Trial. It showed that keeping your sugar closer to normal cut the eye and kidney and nerve damage by a lot. So suddenly everyone was told to test more and inject more, with a meter that took {forty-five|45} seconds and a logbook full of made-up numbers."),
  say(H, "And then the faster insulin."),
  say(J, "Humalog, in {nineteen ninety-six|1996}. The first fast-acting analogue. You could take it when you ate instead of half an hour before. That doesn't sound like technology, but it changed every day of my life more than any gadget in this drawer. §This next one is heavier."),

  seg('topic', J, 'Object two: insulin pumps, the MiniMed 508 and the Paradigm, and the hacked radio', ['pump', 'MiniMed', 'Paradigm'], { mid: true }),
  say(J, "It's a MiniMed {five oh eight|508}, from Medtronic. My first pump, when I was {sixteen|16}. It runs on {AA|AA} batteries, there's a clip on the back, and a tube goes from this little reservoir to a needle under your skin. ¶ A pump only uses fast insulin. It drips in a tiny amount all day, which is the basal rate, and you press buttons to give a bolus when you eat. You can set different basal rates for different hours, so the three o'clock snack went away."),
  say(H, "I still teach people on pumps that are descendants of that one. What went wrong with them?"),
  say(J, "The tube, mostly. It catches on door handles. The cannula kinks, and the insulin stops, and the pump doesn't always notice, so the first sign is a high number. ¶ And because there's no long-acting insulin in you, a blocked set can turn into ketones in a few hours. You learn very fast to carry a pen as a backup."),
  say(J, "And here's its grandchild, a Paradigm {seven twenty-two|722}. Same idea, but this one has a radio, so it can talk to a remote control and to a sensor. And that radio is the most important thing in this whole drawer, for a very strange reason."),
  say(H, "Go on. Although first, that one had the bolus wizard, didn't it?"),
  say(J, "It did. You typed in your carbs and your sugar, and it worked out the dose from your carb ratio, your correction factor and the insulin you still had on board from last time. That was the first time a device did math for me. ¶ But the radio. That's the story."),
  say(J, "In {twenty eleven|2011}, a security researcher called Jay Radcliffe, who has type {one|1} himself, stood up at Black Hat and showed that he could send commands to his own pump over that radio. There was no encryption. Nothing. ¶ Years later, in {twenty nineteen|2019}, the {FDA|FDA} put out a warning and Medtronic recalled some of those old pumps, because somebody nearby could, in theory, tell them to deliver insulin. {&-uh|} But the same hole meant that anyone with the right radio could talk to the pump. And some people with diabetes thought, well, if a stranger could send it commands, why can't I?"),
  say(H, "So the vulnerability became a feature."),
  say(J, "For a few years, those old pumps were worth more on eBay than new ones. People were hunting for the exact firmware. We'll get to why."),

  seg('topic', J, 'Object three: a Dexcom G4 receiver and a Pebble watch: CGM, Nightscout and #WeAreNotWaiting', ['Dexcom', 'Nightscout', 'CGM', 'WeAreNotWaiting']),
  say(H, "Before we do, I see something with a screen. What's that?"),
  say(J, "That's a Dexcom {G four|G4} receiver. This is the one that changed everything, a continuous glucose monitor, a {CGM|CGM}. You wear a sensor with a tiny wire under the skin, it reads your glucose every five minutes, and it sends it to this. ¶ The first time I wore one, I saw what my sugar did after pizza, in a curve, for the first time in {eighteen|18} years, and I cried in a parking lot."),
  say(H, "A lot of my patients say something like that."),
  say(J, "The problem was, the number lived on this receiver, and only on this receiver. If you were a parent and your kid was at school, or asleep down the hall, you couldn't see it. ¶ So in {twenty thirteen|2013}, a dad called John {Costik|Kostik}, whose son had type {one|1}, wrote some code to take the numbers off the receiver and put them on the internet, so he could see them at work. He shared it. Other parents built on it. That became {Nightscout|Night Scout}."),
  say(H, "The CGM in the Cloud group."),
  say(J, "Right, that was the Facebook group, tens of thousands of people. And the slogan was {we are not waiting|#WeAreNotWaiting}. We're not waiting for the companies or the {FDA|FDA} to give us our own data. ¶ {Nightscout|Night Scout} was a website you ran yourself, on a free cloud account, and you could put your numbers anywhere. This is a Pebble watch. I had my glucose on my wrist in {twenty fourteen|2014}, years before any company did it. And on Android there was {xDrip|X Drip}, which read the sensor directly, no receiver at all. ¶ A year later Dexcom had its own Share app, with followers who get your numbers on their phones. I'm sure they'd have got there eventually, but {Nightscout|Night Scout} showed them people wanted it now.", { com: 'phone alarm chimes twice' }),
  say(J, "{&-um|} Sorry, that's me. It says I'm going low. ¶ Give me one second, I have gummy bears right here."),
  say(H, "Take your time. That's three gummy bears, for the record. §And while Junie deals with her sugar, here's what pays for this show."),

  seg('sponsor', H, 'Sponsor: Tallypod', ['Tallypod'], { mid: true }),
  say(H, "Low Alarm is supported by {Tallypod|Tally Pod}. If you live with diabetes, you know the real full-time job is supplies. Pods, sensors, insulin, strips, and a pharmacy that needs a new prior authorization every time your insurance sneezes. ¶ {Tallypod|Tally Pod} counts what you have, tells you when you'll run out, and chases the refill before it's an emergency. It reads the expiry dates off a photo of the box, and it can share the list with whoever picks things up for you. ¶ Try it free for two months at {tallypod dot com slash low alarm|tallypod.com/lowalarm}. Thanks, {Tallypod|Tally Pod}."),

  seg('topic', J, 'Object four: a RileyLink and an Intel Edison: OpenAPS, Loop and AndroidAPS, the do-it-yourself closed loop', ['OpenAPS', 'Loop', 'RileyLink', 'closed loop', 'do-it-yourself']),
  say(J, "Okay, I'm back, I'm at {seventy-eight|78} and coming up, and I'm holding the ugliest thing in the drawer. Two ugly things."),
  say(H, "They're beautiful."),
  say(J, "This one is an Intel Edison on an Explorer board, with a battery taped to it. That's an {OpenAPS|open APS} rig, from about {twenty sixteen|2016}. ¶ Dana Lewis and Scott {Leibrand|Liebrand} started {OpenAPS|Open APS}. Dana had type {one|1} and a {CGM|CGM} alarm that didn't wake her up, so they built something that read her sensor and could adjust her pump. It talked to one of those old Medtronic pumps over the radio, the hole Jay Radcliffe found. ¶ The algorithm is called {oref zero|O-ref 0}. Every five minutes it looks at your glucose, the insulin you've already got on board, the carbs you ate, and it predicts where you'll be in a few hours. If you're heading high, it nudges the basal up, and if you're heading low, it turns it off. That's a closed loop. An artificial pancreas, if you like that word."),
  say(H, "I don't, but go on."),
  say(J, "Nobody does. {&=laughs|} And this little thing is a {RileyLink|Riley Link}. Pete {Schwamb|Schwam} built it. It's a radio bridge, Bluetooth on one side, the pump's radio on the other, so your iPhone could talk to the pump. ¶ That's what made Loop possible. Loop is an iPhone app, started by Nate {Racklyeft|Rackleft}, and you can't download it from the App Store. You build it yourself, in Xcode, on a Mac, and install it on your own phone. ¶ That was where I came in. The build instructions were scary, and I'm an {iOS|iOS} developer, so I helped write the documentation, LoopDocs, so that a parent who'd never seen Xcode could do it at the kitchen table."),
  say(H, "And Android users had {AndroidAPS|Android APS}."),
  say(J, "Which took the {OpenAPS|Open APS} algorithm and put it on an Android phone. Huge in Europe. ¶ People always ask if it was dangerous. Everyone who ran it was responsible for it, nobody could sell it, and the studies people did afterwards showed more time in range and fewer lows. The {FDA|FDA} did warn people about unapproved systems. But I slept through the night for the first time in {twenty|20} years."),

  say(H, "And then the companies caught up. §I can see a little white pod on your desk. That's the one I want next."),
  seg('topic', J, 'Object five: an Omnipod pod and the commercial closed loops: Control-IQ, Omnipod 5, Tidepool Loop and the iLet', ['Omnipod', 'Control-IQ', 'Tidepool Loop', 'hybrid closed loop', 'commercial'], { mid: true }),
  say(J, "This is an Omnipod, from Insulet. It's a tubeless pump. The whole pump sits on your skin, it holds three days of insulin, and when it's empty you throw it away. This one's an Eros, the old kind, which Loop could talk to through the RileyLink. ¶ Now, the companies. Medtronic's {six seventy G|670G} was the first hybrid closed loop the {FDA|FDA} approved, in {twenty sixteen|2016}. Hybrid, because you still tell it when you eat. ¶ Then Tandem's {T slim X two|t:slim X2} with {Control-IQ|Control IQ}, at the end of {twenty nineteen|2019}, and a lot of people I knew left {DIY|DIY} for that. Then Omnipod {five|5}, in {twenty twenty-two|2022}."),
  say(H, "That's what most of my new patients start on now."),
  say(J, "And the best part of the story is {Tidepool|Tide Pool}. {Tidepool|Tide Pool} is a nonprofit, and they took Loop, the DIY app, and took it through the {FDA|FDA}. It was cleared in January {twenty twenty-three|2023}, as {Tidepool|Tide Pool} Loop. ¶ And to make that possible, the {FDA|FDA} had created new categories, an {iCGM|ICGM}, an {ACE|ACE} pump and an interoperable controller, so that a sensor, a pump and an algorithm from different companies could be approved separately and plugged together, like {Lego|LEGO}. That idea came straight out of the DIY community."),
  say(H, "So what do you run now?"),
  say(J, "Still Loop, the DIY one, with a newer Omnipod, the DASH, and a Dexcom. Partly habit, partly because I like being able to change the settings myself. ¶ But I tell people who ask me to start with a commercial system. You get a warranty, a phone number to call at two in the morning, and your clinic knows how it works."),
  say(H, "And the iLet."),
  say(J, "The iLet, from Beta Bionics, approved in {twenty twenty-three|2023}. You don't count carbs at all. You tell it your weight, and for a meal you say small, medium or large. It's not as tight as a tuned Loop, but for someone who's exhausted, that's the point."),

  seg('topic', J, 'Object six: a FreeStyle Libre sensor and an AGP report: over-the-counter CGMs and time in range', ['Libre', 'time in range', 'AGP', 'over-the-counter']),
  say(J, "There's one more object, and it's the one most people will recognise. A FreeStyle Libre sensor, from Abbott, and a report I printed this morning. ¶ The Libre was the one that made sensors cheap. The first one, you scanned with a reader or your phone, through {NFC|NFC}, and it gave you the last eight hours. Now the Libre {three|3} sends a reading every minute, like a Dexcom. Dexcom's {G seven|G7} is tiny. And last year the {FDA|FDA} cleared the first over-the-counter {CGM|CGM}, Dexcom's Stelo, for people who aren't on insulin. Abbott has one too, {Lingo|Lingo}."),
  say(H, "Which means some of my patients with type two are wearing sensors for the first time."),
  say(J, "Right. And this is what I'd want them to look at. It's an {AGP|AGP} report, the ambulatory glucose profile. It folds two weeks of readings into one day, so you see the shape of a typical day, with bands around it. ¶ The number at the top is time in range. The percentage of the day you spent between {seventy|70} and {one-eighty|180}. An international consensus in {twenty nineteen|2019} said aim for more than {seventy percent|70%}. ¶ When I was nine, the only number was an {A one C|A1C} every three months. Now you get an average and a shape, every day. {A one C|A1C} can look fine while you're bouncing between {two and four hundred|200 and 400}. Time in range can't hide that."),
  say(H, "How accurate are they, really?"),
  say(J, "The companies quote a number called {MARD|M A R D}, the mean absolute relative difference from a lab measurement. The newest sensors are somewhere around eight or nine percent. ¶ That's good, but it's an average. It's worst exactly when you care most, when you're low and falling fast, because the sensor reads the fluid under the skin, not the blood, and that runs a few minutes behind."),
  say(H, "What's a common sensor mistake you see?"),
  say(J, "Compression lows. You sleep on the sensor, you squeeze the fluid away from the wire, and at three in the morning it tells you you're at {forty|40}. {&=laughs|} You're not. You're just lying on your arm. Always check with a finger if something looks wrong. ¶ The old meter still lives in the drawer for a reason. Not that one. A newer one."),

  seg('topic', J, "What's not in the drawer yet: fully closed loops, faster insulin, implantable sensors and stem cells", ['not in the drawer', 'future', 'fully closed loop', 'stem cell', 'Eversense']),
  say(H, "Before you put the drawer back, one more. What isn't in there yet that you want to be?"),
  say(J, "A loop I never have to talk to. Even the best ones want to know when I eat. The research groups are working on fully closed loops that notice a meal from the sensor alone, and faster insulins help, Fiasp and {Lyumjev|Lumjev}, because the insulin has to catch up with the pizza. ¶ A sensor I don't have to change. There's Eversense, from Senseonics, which is implanted under the skin of your arm, and the newest one lasts a year. ¶ And honestly, the thing I never say out loud. There's a company called Vertex running trials with islet cells grown from stem cells, and some of the people in them stopped needing insulin. I've been told a cure is five years away since {nineteen ninety-four|1994}—"),
  say(H, "Every person with type {one|1} I know says that exact sentence.", { chat: 'JUN' }),
  say(J, "So I'll believe it when I can put my last pump in the drawer and close it. ¶ Until then, the boring wish. My sensor, my pump and my loop come from three companies, and my data lives in four apps. I want it in one place that I control. {Tidepool|Tide Pool}'s been trying to be that neutral place for years, and it's still the thing I'd fund if I were rich."),

  seg('outro', H, 'Goodbye', []),
  say(H, "We're nearly out of time, and I have to ask. Junie, where are you now?"),
  say(J, "The loop caught it. {A hundred and twelve|112}, and flat. {&=laughs|} Three gummy bears well spent."),
  say(H, "Junie Castellanos, thank you for opening the drawer. Everything we talked about is at {low alarm dot show slash nineteen|lowalarm.show/19}. Look after yourselves, and if a number looks wrong, check it with a finger."),
  say(J, "Thanks, Hollis.", { cmerge: true }),
];

export const SPEAKERS = [
  { name: H, aliases: ['Hollis', 'Ferreira', 'HOL'] },
  { name: J, aliases: ['Junie', 'Castellanos', 'JUN'] },
];
