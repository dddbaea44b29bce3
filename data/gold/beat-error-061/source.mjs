// Source of Beat Error #61 (SYNTHETIC held-out episode, heldout34): a two-host weekly HOROLOGY TECHNOLOGY news show in the
// style of the seed (anti-magnetic watches and Omega's METAS Master Chronometer certificate; a timegrapher in your pocket;
// Seiko's Spring Drive; the Swatch Sistem51 assembled by machines; Zenith's monolithic silicon oscillator; smartwatches
// against the Swiss watch industry; extras: the Casio F-91W, and the Clock of the Long Now).
// Hosts (invented): Inês Carvalho, an independent watchmaker in Porto, who opens and closes the show; Tobias Lindqvist, an
// embedded software developer in Gothenburg who collects cheap Soviet and Japanese watches. The running joke: Tobias's
// VOSTOK Amphibia, which suddenly gains forty seconds a day and sits next to his desk speakers all day (set up in the intro,
// fed in segments 2, 3, 4, 6 and 7, paid off in the outro: a fourteen-euro blue demagnetiser, and now minus two seconds a
// day). The sponsor "Benchbook" (a job tracker for independent watch repairers) is invented, as are the hosts and every
// anecdote. Recorded Thursday 14 November 2024; the products, companies, institutes and history are real, told from memory.
// Rendered by build.mjs into web.txt (the show's own transcript page, seed-like) and vosk.json (the final results of the
// Vosk recogniser, one JSON object per utterance, as a producer's script wrote them one after another).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the hosts' corrected transcript: names right, small numbers as words, years and model numbers
//              as digits), B in vosk.json (the recogniser's words before build.mjs lowercases them and strips punctuation:
//              every number as words, names it does not know replaced by words it knows); either may be empty;
//   ⟨...⟩      a spoken URL (always inside the A of a {A|B}): dropped from web.txt with the following punctuation;
//   ¦~ / ¦     web.txt only: the page starts a new paragraph here (mid-turn), losing (¦~) or keeping (¦) the next word;
//   ¶          a pause inside the turn (Vosk ends an utterance there).
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   join: true vosk.json: this short paragraph is heard in the same utterance as the paragraph before it (no pause: the
//              recogniser's slip; gold: the utterance's speaker is the one who says most of it).
// Conventions (the news convention of heldout18 to heldout33): presenter = the host who BRINGS the item, and a hand-over line
// belongs to the NEW segment, also when the other host speaks it; the sponsor's presenter is its reader; extras are one
// segment per host, kind `extra`, presented by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const I = 'Inês Carvalho';
export const T = 'Tobias Lindqvist';

export const SOURCE = [
  seg('intro', I, 'Welcome to Beat Error 61', []),
  say(I, "Hello, and welcome to Beat Error, episode sixty-one, the weekly show about the technology inside watches and clocks, from the hairspring to the smartwatch. I'm {Inês|in ash} {Carvalho|car value}. I'm a watchmaker in Porto, I have a bench, a loupe, and far too many vintage Omegas waiting for parts, and I'm recording this with a movement holder still in my hand."),
  say(T, "And I'm Tobias {Lindqvist|lind quest}, in Gothenburg. I write embedded software for a living, which means I spend all day with things that keep time badly, and then I go home and collect watches that do it worse. ¦ Mostly Soviet, some Japanese, nothing you'd insure."),
  say(I, "Tobias, how's the {Vostok|vast stock}?"),
  say(T, "Don't. It's gaining forty seconds a day. Forty. Last month it was fine, and now by Friday afternoon I'm three minutes early for everything."),
  say(I, "That's not a fault, that's a personality."),
  say(T, "My team thinks I've finally become punctual. ¶ I haven't opened it. I'm a bit scared of it.", { cut: 1 }),
  say(I, "We'll come back to your {Vostok|vast stock}, I promise. ¶ Here's the week. Watches that laugh at magnets, and what the certificate in the box actually means, a timegrapher in your pocket, the watch that's half mechanical and half quartz, a watch that no human hand ever touches, an oscillator with no hairspring at all, and some numbers about smartwatches that people in Switzerland don't enjoy hearing. ¦ Extras at the end, as always."),
  say(T, "And I've brought a clock. A big one."),

  seg('topic', I, "Anti-magnetic watches: Omega's METAS Master Chronometer, the Co-Axial escapement and silicon hairsprings", ['Master Chronometer', 'magnet', 'Omega']),
  say(I, "Let me start at my own bench, because this one walks through my door every single week. ¶ Magnetism. A customer brings in a watch that suddenly runs an hour fast a day, or stops, and half the time nothing is broken. ¦~ The hairspring has been magnetised, by a handbag clasp, a tablet cover, a speaker, and the coils stick to each other, so the spring is effectively shorter and the watch races."),
  say(T, "Speakers. No comment.", { join: true }),
  say(I, "No comment noted. ¶ So the news is that Omega has now moved almost its whole range to what it calls Master Chronometer certification, and I had one on my bench this week. Since {2015|twenty fifteen}, the certificate isn't only the old {COSC|cosy} test. ¦~ {COSC|cosy} tests the bare movement, for fifteen days, in five positions and at three temperatures, and lets it run between minus four and plus six seconds a day. ¶ The Master Chronometer test is done by {METAS|met us}, the Swiss Federal Institute of Metrology, on the finished watch in its case, and one of the tests puts the watch in a magnetic field of fifteen thousand gauss."),
  say(T, "Fifteen thousand. What does a fridge magnet do?"),
  say(I, "A fridge magnet, up close, maybe a few hundred gauss. An {MRI|m r i} scanner is in the tens of thousands. So fifteen thousand is a lot, and the watch has to come out of it still running between zero and plus five seconds a day."),
  say(T, "How, though? You can't put a whole watch in a Faraday cage. Well, you can, that's what the old soft iron cases did."),
  say(I, "That was the old way, a soft iron cage inside the case, and it only goes up to about a thousand gauss. Omega's way is to make the parts that matter out of materials that don't care. ¦~ The balance spring is silicon, which Omega calls {Si14|s i fourteen}, and silicon isn't magnetic at all. The escapement is the Co-Axial, George Daniels's design, which Omega industrialised at the end of the nineties. ¶ And elsewhere in the Swatch Group there's {Nivachron|neva chrome}, a titanium-based alloy for hairsprings they developed with {Audemars Piguet|old mars pig a}, which does nearly as well against magnets without any silicon."),
  say(T, "So for a watchmaker, is silicon good news?"),
  say(I, "For the customer, yes. For me, it's mixed. A silicon spring can't be bent back into shape. If it's damaged, it's a new part from the brand, and Omega doesn't sell parts to independents like me, so the watch goes back to them. ¶ But I'll say this. Every Master Chronometer I've had on the timegrapher has been boringly good."),
  say(T, "Boringly good. Put that on the box."),
  say(I, "It should be on the box. §Tobias, you put the {Vostok|vast stock} on something this week, didn't you?"),

  seg('topic', T, 'A timegrapher in your pocket: phone apps, the cheap Weishi, amplitude and beat error', ['timegrapher', 'beat error', 'amplitude'], { mid: true }),
  say(T, "I did, and that's my first item. ¶ You can now measure a mechanical watch properly for the price of a decent dinner. For years a timegrapher was a workshop machine, a microphone in a clamp that listens to the ticks and draws a trace. ¦~ Now there's a Chinese one, the {Weishi|way she} No. {1000|one thousand}, for around a hundred and twenty euros, and there are phone apps, like Watch Accuracy Meter on the iPhone, that do a surprising amount with the phone's own microphone in a quiet room."),
  say(I, "Surprising is the right word. I was rude about the apps two years ago."),
  say(T, "You were. ¶ So here's what it tells you. The rate, how many seconds a day it gains or loses. The amplitude, how far the balance swings, in degrees. ¦~ And the beat error, in milliseconds, which is how even the tick and the tock are. You have to tell it the beat rate, so twenty-eight thousand eight hundred beats an hour for most modern watches, and the lift angle, which is usually fifty-two degrees."),
  say(I, "And if you get the lift angle wrong, the amplitude is wrong, and somebody panics on a forum."),
  say(T, "Every day, somewhere. ¶ So I put the {Vostok|vast stock} on the {Weishi|way she}. The {Vostok|vast stock} runs at nineteen thousand eight hundred beats an hour, which the machine has as a setting, because of course it does. ¦~ Dial up, it said plus thirty-eight seconds a day. Crown down, plus forty-four. Amplitude fine, beat error fine."),
  say(I, "Fine amplitude, fine beat error, and suddenly fast. Tobias."),
  say(T, "I know what you're going to say."),
  say(I, "I'm going to say what I said ten minutes ago."),
  say(T, "It sits next to my speakers all day. ¶ Anyway. The point is that a hobbyist can now see what only a watchmaker used to see. The trouble is that seeing isn't fixing. ¦~ A lot of people see plus ten seconds and open the back with a kitchen knife."),
  say(I, "And then they bring it to me in a sandwich bag."),
  say(T, "With the knife.", { join: true }),

  say(I, "With the knife, yes. §Okay. Something stranger. ¶ {Seiko's|say co's} Spring Drive turned twenty-five this year, and I finally had one apart, a Grand {Seiko|say co} with the newer calibre, the {9RA5|nine r a five}. ¦~ It's the watch people argue about, because is it mechanical or is it quartz? The answer is both. There's a mainspring and a gear train, like any mechanical watch. But at the end of the gear train there's no balance wheel and no escapement. ¶ There's a glide wheel, which spins, and as it spins it generates a tiny bit of electricity."),

  seg('topic', I, "Seiko's Spring Drive: a mainspring, a glide wheel and a quartz crystal", ['Spring Drive', 'glide wheel', 'Seiko'], { mid: true }),
  say(T, "From the mainspring."),
  say(I, "From the mainspring, no battery anywhere. That electricity runs a quartz crystal, vibrating thirty-two thousand seven hundred and sixty-eight times a second, like in any quartz watch, and a little integrated circuit compares the glide wheel's speed with the crystal. ¦~ When the wheel runs fast, the circuit brakes it, electromagnetically. {Seiko|say co} calls that the Tri-synchro regulator. ¶ The result is a seconds hand that doesn't tick at all, it glides, and an accuracy of about a second a day."),
  say(T, "A second a day from a spring. That's better than my {Vostok|vast stock} by a factor of forty."),
  say(I, "Everything is. ¶ The engineer behind it, Yoshikazu {Akahane|a car honey}, had the idea in {1977|nineteen seventy seven}, and it took {Seiko|say co} more than twenty years and hundreds of prototypes to get it into a watch, in {1999|nineteen ninety nine}. ¦~ He died before it reached the shops, which I always find very sad."),
  say(T, "What was hard about it? On paper it sounds simple."),
  say(I, "Power. The glide wheel has to make enough electricity to run the chip from a spring that's meant to last days, so the chip has to use almost nothing, a few nanowatts. The {9RA5|nine r a five} runs five days on one wind. ¶ What I can tell you from the bench is that it's lovely inside, and that I could not service it. ¦~ Not because I'm not able to, but because the regulator is a part you swap, not a part you adjust."),
  say(T, "That's the silicon story again."),
  say(I, "It's the same story every week, isn't it? The watch gets better and my screwdriver gets less useful."),
  say(T, "Your screwdriver will outlive us all. §Quick pause here, because somebody helps pay for this show, and this week it's {Benchbook|bench book}."),

  seg('sponsor', T, 'Sponsor: Benchbook', ['Benchbook'], { mid: true }),
  say(T, "If you repair watches for other people, {Benchbook|bench book} is the app that keeps track of every job: the photos when it comes in, the timegrapher reading before and after, the parts you're waiting for, and the message to the customer that says yes, it's still in Switzerland. ¦~ {Inês|in ash} has been trying it for a month, which is the only reason she let me read this. Listeners get three months free at {⟨benchbook.app/beaterror⟩|bench book dot app slash beat error}. Thanks, {Benchbook|bench book}, for keeping the lights on."),

  seg('topic', T, 'The Swatch Sistem51: a mechanical movement nobody assembles by hand', ['Sistem51', 'Swatch', 'fifty-one parts']),
  say(T, "Now, talking of hands, or rather no hands. ¶ My next one isn't new, but I only properly understood it this week, and that's the Swatch {Sistem51|system fifty one}. It came out in {2013|twenty thirteen}. ¦~ It's an automatic mechanical movement with fifty-one parts, held together by a single screw in the middle, and it's assembled entirely by machines, on a line in Switzerland, and then sealed. ¶ It's regulated on the line too, by a laser that adjusts the balance after the case is closed. You can't open it. There's no way in. And it costs about a hundred and fifty francs."),
  say(I, "And it has ninety hours of power reserve, which is embarrassing for some watches that cost fifty times as much."),
  say(T, "Very embarrassing. ¶ Why fifty-one parts? Because the original Swatch, the plastic quartz one from {1983|nineteen eighty three}, also had fifty-one parts, and that's the watch that saved the Swiss industry after the quartz crisis. So the name is a joke with thirty years of history behind it."),
  say(I, "And the movements come from {ETA|eta}, which is also Swatch Group, and which made the {2824|twenty eight twenty four} and half the movements the rest of the industry lived on for decades. ¦~ When {ETA|eta} started selling fewer of those to other brands, {Sellita|a lita} grew up making its own version. So the same company that builds the robot line also decided who got movements."),
  say(T, "That's a whole other episode."),
  say(I, "It is. Here's my real question. Do you like it? As a thing?"),
  say(T, "I do, and that's what bothers me. It's the purest version of what I do all day. Design for manufacture, every part placed by a robot, every watch tested by a machine. ¦~ And the price of that is that when it fails, you throw it away."),
  say(I, "Which I hate as a watchmaker and understand as a human being."),
  say(T, "One more thing. The newer versions use that {Nivachron|neva chrome} hairspring you mentioned. So it's properly anti-magnetic."),
  say(I, "Unlike some watches on this call."),
  say(T, "Leave the {Vostok|vast stock} out of this."),

  seg('topic', I, "Zenith's Defy Lab: a monolithic silicon oscillator instead of a balance and hairspring", ['oscillator', 'Zenith', 'silicon']),
  say(T, "Your turn. And I think I know what it is, because you've been grinning since the Spring Drive."),
  say(I, "I have been grinning. It's the one I've wanted to talk about for weeks. ¶ In {2017|twenty seventeen} Zenith, which belongs to {LVMH|l v m h}, showed the Defy Lab, and instead of a balance wheel and a hairspring it had one single piece of silicon, thinner than a hair in places, cut with the deep reactive ion etching they use to make chips. ¦~ It flexes back and forth at fifteen hertz, which is about four times the usual speed, and it replaces around thirty parts. No hairspring, no balance, no pivots, no oil."),
  say(T, "Fifteen hertz. So the seconds hand is a blur?"),
  say(I, "Very fine steps. And it runs for about sixty hours, and Zenith claimed about three tenths of a second a day. ¶ The idea isn't completely new. Flexures exist in every precision instrument, and Frederique Constant did its own monolithic oscillator a few years later, with a company called {Flexous|flexes}. ¦~ And the first silicon escapement in a production watch was {Ulysse Nardin's|ulysses nard in's} Freak, in {2001|two thousand one}, which everybody laughed at and then copied."),
  say(T, "That's the third time silicon has come up today. Is the whole industry turning into a chip factory?"),
  say(I, "In a way. The Swiss have {CSEM|c sam} in {Neuchâtel|new shuttle}, a research centre for microtechnology, and a lot of the silicon in watches started there. ¦ {Patek Philippe|pat a philip} has its {Spiromax|spiro max} spring, Omega has {Si14|s i fourteen}, everybody has something. ¶ The Defy Lab itself was a run of ten watches, and then it went quiet, which tells you how hard it is to make in numbers. But I think in twenty years the balance wheel will be a thing for people like me, and for museums."),
  say(T, "And people like me who buy Soviet watches."),
  say(I, "You are a museum."),
  say(T, "A museum that gains forty seconds a day."),

  seg('topic', T, 'Smartwatches against Swiss watches: Apple Watch shipments, the export figures and the quartz crisis', ['Apple Watch', 'Swiss watch', 'quartz crisis']),
  say(I, "Go on, you've got numbers for me. I can see it on your face."),
  say(T, "I have. The numbers, and that's the last news item. ¶ This is probably the most quoted statistic in watches. Strategy Analytics said that in {2019|twenty nineteen} Apple shipped about thirty-one million Apple Watches, and the entire Swiss watch industry, every brand at every price, shipped about twenty-one million watches."),
  say(I, "And every article about it has a photo of a sad Swiss man."),
  say(T, "Always. ¶ But look at the other numbers. The Federation of the Swiss Watch Industry publishes exports every month, and the value keeps going up, record after record, about twenty-six billion francs last year. ¦~ The number of watches is about half what it was in the early two thousands. So Switzerland sells fewer watches, for much more money each, and the cheap end, the end that Swatch built in the eighties, is exactly where the smartwatch and Garmin and the phone are eating."),
  say(I, "So it's not a second quartz crisis."),
  say(T, "Not for the expensive brands. ¶ And it's worth remembering how bad the first one was. In {1969|nineteen sixty nine}, on Christmas Day, {Seiko|say co} sold the Astron, the first quartz wristwatch, for about the price of a small car. ¦~ Ten years before that, Bulova had the {Accutron|accu tron}, with a tuning fork inside that hummed at three hundred and sixty hertz. Within about fifteen years the Swiss industry lost around two thirds of its jobs."),
  say(I, "My teacher lived through that. He said the workshops went quiet one by one, and the good watchmakers went to work in pharma."),
  say(T, "And that's why I don't think the smartwatch is the end of anything. It's a better clock than anything on your bench, it corrects itself from the phone every day, and nobody will want it in thirty years. ¦~ The mechanical watch stopped being a clock in the eighties. Now it's the thing you keep."),
  say(I, "That's almost romantic, Tobias."),
  say(T, "Don't tell anyone."),

  seg('extra', I, 'Extra: the Casio F-91W, the cheapest good watch in the world', ['F-91W', 'Casio']),
  say(I, "Extras. Mine costs about fifteen euros, for once. ¶ The Casio {F-91W|f ninety one w}. It came out around {1989|nineteen eighty nine}, the module inside is the {593|five nine three}, and Casio still makes millions of them every year. The battery, a {CR2016|c r twenty sixteen}, lasts about seven years."),
  say(T, "I'm wearing one right now. Other wrist."),
  say(I, "Of course you are. ¶ I bring it up because a customer came in with one this week, and asked me to change the battery, and then asked how much I'd charge to service it properly. ¦~ I told him the truth. The service costs more than three new watches, and it will still be accurate to about half a minute a month. It's a perfect object. §And yours is the big clock?"),

  seg('extra', T, 'Extra: the Clock of the Long Now, built to tick for ten thousand years', ['Long Now', 'ten thousand years', 'clock'], { mid: true }),
  say(T, "The big clock. The Clock of the Long Now. Danny Hillis proposed it in {1995|nineteen ninety five}, a mechanical clock that keeps time for ten thousand years, and it's being built inside a mountain in west Texas, on land owned by Jeff Bezos, who put about forty-two million dollars into it. ¶ It ticks once a year. The century hand moves once a century. ¦~ It's powered by the difference in temperature between day and night, and by visitors winding it, and the chimes were composed by Brian {Eno|e no}, as an algorithm that won't play the same sequence twice in ten thousand years."),
  say(I, "And how does it know the time, after a thousand years of nobody checking?"),
  say(T, "It checks itself against the sun. At solar noon a lens focuses the sunlight and the clock corrects itself. No phone, no network."),
  say(I, "And does it gain forty seconds a day?"),
  say(T, "Nothing gains forty seconds a day anymore. Which brings me to something."),

  seg('outro', I, 'Goodbye', []),
  say(I, "And that's Beat Error for this week. Except I want to hear that something. Did you do what I told you?"),
  say(T, "I did. I bought the little blue box, the demagnetiser. Fourteen euros, plugs into the wall. You hold the watch over it, press the button, and pull it away slowly. ¶ {Vostok|vast stock} on the {Weishi|way she} this morning. Minus two seconds a day."),
  say(I, "So it was the speakers."),
  say(T, "It was the speakers. The speakers have been moved."),
  say(I, "Show notes and links are at {⟨beaterror.fm/61⟩|beat error dot f m slash sixty one}. Tobias, thank you, and keep that watch away from the speakers."),
  say(T, "Thanks, {Inês|in ash}. Bye, everyone."),
];

export const SPEAKERS = [
  { name: I, aliases: ['Inês', 'Ines', 'Carvalho', 'INÊS'] },
  { name: T, aliases: ['Tobias', 'Lindqvist', 'TOBIAS'] },
];
