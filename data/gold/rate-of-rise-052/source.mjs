// Source of Rate of Rise #52 (SYNTHETIC held-out episode, heldout34): a two-host CONVERSATIONAL show about COFFEE ROASTING
// MACHINES and their software, with NO rundown: the topics drift, raised by either host (Artisan and roast logging; rate of
// rise and the crash and flick; home roasters; a sponsor read; Loring's recirculating roasters, afterburners and smoke;
// roast colour meters; green coffee moisture, water activity and density; hearing first crack with a microphone; outro).
// Hosts (invented): Wiremu Parata, who runs a small roastery in Wellington, New Zealand, on a fifteen-kilo Giesen, and opens
// and closes the show; Lucía Ferreyra, an Argentine embedded engineer in Rotterdam who roasts a kilo at a time on an Aillio
// Bullet in her flat. The running joke: Lucía's SMOKE ALARM, which goes off at first crack, "the most reliable first crack
// detector I own", and her downstairs neighbour Mr Bakker (set up in the intro, fed in segments 2, 4, 6, 7 and 10, paid off in
// the outro: Mr Bakker knocked, and instead of complaining asked for a bag of the Ethiopian). The sponsor "Greenlot" (a
// green coffee sample box for small roasters) is invented, as are the hosts, the show, the neighbour and every anecdote.
// Recorded Saturday 22 February 2025; the machines, software, companies and methods are real, told from memory.
// Rendered by build.mjs into captions.srt (the show's own SubRip captions for the video version) and subtitles.ebuttd.xml
// (EBU-TT-D subtitles a subtitling company made for a broadcaster's platform, speakers told apart by colour).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in captions.srt (the show's own captions: names right, numbers mostly as words), B in subtitles.ebuttd.xml
//              (the subtitling company's respoken subtitles: numbers of ten and more as digits, names the respeaker's
//              recogniser did not know spelt as it heard them, accents dropped); either may be empty;
//   ⟨...⟩      a spoken URL (kept as written in both files);
//   ¶          a pause inside the turn (both files start a new caption there).
// opts:
//   noMark: true  captions.srt: the captioner forgot the `>> ` that marks this change of speaker;
//   colour: X  subtitles.ebuttd.xml: this paragraph's subtitles are in colour X instead of the speaker's (the subtitler's
//              slip; gold: the speaker).
// Conventions (the conversational convention of heldout20 to heldout33): a topic is presented by the host who RAISES and
// carries it; the line that raises it belongs to the NEW segment, also when the other host speaks it; the sponsor's presenter
// is its reader; the host who opens the show presents the intro and the outro.
import { say, seg } from '../build-episode.mjs';

export const W = 'Wiremu Parata';
export const L = 'Lucía Ferreyra';
const Lu = '{Lucía|Lucia}';

export const SOURCE = [
  seg('intro', W, 'Welcome to Rate of Rise 52', []),
  say(W, "Kia ora, and welcome to Rate of Rise, episode {fifty-two|52}, the show about the machines that turn green seeds into coffee, and the software that watches them do it. I'm Wiremu Parata. I roast for a small café group in Wellington, on a {fifteen|15}-kilo Giesen that is older than my apprentice."),
  say(L, `And I'm ${Lu} {Ferreyra|Ferreira}. I'm in Rotterdam, I write firmware for a living, and I roast one kilo at a time in my flat, on a machine that lives where my dining table used to be.`),
  say(W, "No plan today, as usual. We'll see where it goes. ¶ So, how did this week's roasting go?"),
  say(L, "The smoke alarm went off again. Tuesday, at first crack, exactly like always. ¶ I've started to trust it. It's the most reliable first crack detector I own."),
  say(W, "And Mr Bakker?"),
  say(L, "Mr Bakker, downstairs, knocked on the ceiling with a broom. Twice. ¶ He knocks at first crack too, by the way. He's very consistent. I should log him as well."),
  say(W, "Log him. Put him on the curve."),
  say(L, "Honestly, that's not far from what I did. §Because this week I finally set up Artisan properly, with events and everything, instead of writing temperatures on a sticky note."),

  seg('topic', L, 'Artisan, the open-source roast logger: bean and environment temperature, thermocouples, Phidgets and Modbus', ['Artisan', 'roast log', 'thermocouple'], { mid: true }),
  say(W, "Finally."),
  say(L, "I know. ¶ For anyone who doesn't know it, Artisan is free, open-source software for logging a roast. Marko Luther started it, with a lot of other people over the years, and it runs on a laptop next to the roaster. ¶ It reads the temperature probes, usually two, the bean temperature, BT, a probe sitting in the pile of beans, and the environment temperature, ET, the air in the drum, and it draws them as curves while you roast. ¶ You press buttons for the events, charge, dry end, first crack, drop, and afterwards you have the whole roast as a file."),
  say(W, "And it talks to pretty much anything."),
  say(L, "That's the part I love as an engineer. It talks to thermocouple boxes over USB, to {Phidgets|Fidgets}, which are little boards hobbyists use for sensors, and to commercial roasters over {Modbus|Mod Bus}, which is an industrial protocol from the seventies that refuses to die. ¶ My Bullet just plugs in by USB, and Artisan knows it. And you can load an old roast as a background profile and try to follow it, like a ghost in a racing game."),
  say(W, "At work we use Cropster, which does the same job, plus the inventory and the green coffee and the team. But it's a subscription, and it's not cheap for a small roastery."),
  say(L, "Cropster is the one the big roasters use, yes. ¶ And Artisan doesn't only watch. On some machines it can drive them, set the burner and the fan through Modbus, or run a PID controller that follows a curve you drew. I'm not brave enough for that yet. ¶ But it can also fire alarms when a temperature is reached. So I set one at {a hundred and ninety-six|196} degrees bean temperature, which is about where my first crack starts."),
  say(W, "A second smoke alarm."),
  say(L, "A polite one. It beeps in the laptop. Mr Bakker can't hear it."),

  seg('topic', W, 'Rate of rise: the crash and flick, Scott Rao and the development time ratio', ['rate of rise', 'crash', 'development time']),
  say(W, "Can I complain about something you just showed me? ¶ The third curve on your screen. The one everybody stares at."),
  say(L, "The rate of rise."),
  say(W, "The rate of rise, which is, for people listening, how fast the bean temperature is climbing, usually in degrees per minute. Artisan draws it, Cropster draws it, every roaster on earth now stares at it. ¶ And a whole way of roasting grew up around it. Scott Rao wrote that the rate of rise should always fall, from charge to drop, smoothly, and that if it crashes after first crack and then flicks up again, you get flat, baked flavours. ¶ The crash and the flick. Everyone says it now."),
  say(L, "Is he wrong?"),
  say(W, "No, that's what annoys me. He's mostly right. ¶ When first crack starts, the beans release moisture and the temperature reading stalls, so the curve crashes, and if you panic and throw gas at it, it flicks. I can taste it in the cup. ¶ What I complain about is people roasting the screen instead of the coffee. The rate of rise is a derivative of a noisy signal, so the software smooths it, and smoothing means delay. ¶ By the time your curve shows you a crash, it happened half a minute ago."),
  say(L, "And the probe makes it worse. A thick probe is slow."),
  say(W, "A {three-millimetre|3mm} probe is like a thermometer wrapped in a blanket. ¶ The other number people love is the development time ratio, the time after first crack as a share of the whole roast. {Twenty to twenty-five percent|20 to 25%} for a lot of filter roasts. ¶ Which is useful, as long as you remember the Maillard phase before it and the drying phase before that are doing just as much work."),
  say(L, "So how do you teach that to your apprentice? He grew up with screens."),
  say(W, "I turned the rate of rise off for a month. ¶ He had the bean temperature, a timer, his nose, and the sound of the beans. He hated me for a week. By the end he could tell me when first crack was coming before the probe did, just from the smell going from grass to bread."),
  say(L, "So, roast the coffee, not the screen."),
  say(W, "Put it on a T-shirt."),

  seg('topic', L, 'Home and sample roasters: the Aillio Bullet, Ikawa, Kaffelogic and Roest', ['Bullet', 'Ikawa', 'Kaffelogic']),
  say(L, "Funnily enough, that's also the reason I bought my machine."),
  say(W, "Go on, I've never actually asked. Why the Bullet?"),
  say(L, "Because it's small enough for a flat and serious enough to learn on. ¶ The Aillio Bullet is a drum roaster, about a kilo, and the drum is heated by induction, electric, no gas, which is the only thing my building would allow. ¶ It's made in Taiwan, it has its own app to log roasts, and it speaks to Artisan. The smoke is the problem. There's no afterburner on a kitchen machine."),
  say(W, "Hence the alarm."),
  say(L, "Hence the alarm. ¶ Before that I had a popcorn machine, which is how half of us started, hot air, about {eighty|80} grams, and a wooden spoon. ¶ And the other direction is hot air done properly. {Ikawa|Icarwa} makes small fluid-bed roasters, {fifty|50} grams, controlled from a phone app. The Pro version is on the sample table at half the green coffee importers in Europe.", { noMark: true }),
  say(W, "Ours too. We roast every sample on an Ikawa before we buy. {Fifty|50} grams, same profile every time, you cup it the next morning."),
  say(L, "And your neighbours make one, don't they?"),
  say(W, "{Kaffelogic|Coffee Logic}, here in New Zealand. The {Nano 7|Nano Seven}, a little hot air roaster, about {a hundred and twenty|120} grams, with profiles you load onto it. ¶ There's also Roest, from Norway, which is a sample roaster a lot of importers like. They've all got apps now, and the apps all want your roasts in the cloud."),
  say(L, "Of course they do. ¶ What I like about the small ones is that they repeat. A profile on an Ikawa is the same profile in Rotterdam and in Wellington. You can send someone a roast as a file."),
  say(W, "What about the Fresh Roast? Half the customers who tell me they roast at home have one."),
  say(L, "The {SR800|SR 800}, yes. Hot air, a glass chamber so you can watch the beans change colour, about {two hundred|200} grams. ¶ It's where I'd send anyone who has finished with popcorn and isn't ready to give up a dining table. You learn what first crack sounds like, and you learn it fast, because it's loud."),
  say(W, "Which a fifteen-kilo drum will never let you do either. Every big machine has moods. §Quick pause, because somebody pays for the moods."),

  seg('sponsor', W, 'Sponsor: Greenlot', ['Greenlot'], { mid: true }),
  say(W, "This week's show is paid for by {Greenlot|Green Lot}. If you roast small batches, {Greenlot|Green Lot} sends you a box of green coffee samples every month, {three hundred|300} grams each, with the farm, the process, the moisture reading and the price per kilo for a full bag. ¶ You roast them, cup them, and reorder the ones you like by the bag. ⟨greenlot.coffee/rise⟩ gets you the first box free. Thanks, {Greenlot|Green Lot}."),

  seg('topic', W, "Smoke and emissions: Loring's recirculating roasters, afterburners and catalytic oxidisers", ['Loring', 'afterburner', 'smoke']),
  say(W, "Where were we. Moods, and smoke. ¶ Because you're not the only one with a Mr Bakker. Every roastery in a city has one. Roasting makes smoke, and smoke has everything in it the council doesn't want, particles, volatile organic compounds, and the smell. ¶ The usual answer is an afterburner, a second burner on the chimney that heats the smoke to about {seven hundred|700} degrees and burns it. It works, and it uses nearly as much gas as the roaster."),
  say(L, "That's the part nobody tells you when you buy a roaster."),
  say(W, "It's the part that surprised me most. ¶ When we moved to our current building, someone on the street complained about the smell in the first month, and the council came round with a form. We'd fitted an afterburner already, so it was fine, but I understood your Mr Bakker a lot better after that. ¶ Loring, in California, built its whole machine around it. A Loring Smart Roast doesn't have a separate afterburner. It sends the roasting air back through its own burner, so the smoke gets burned and the heat gets reused. ¶ They say about {eighty percent|80%} less gas than a conventional roaster with an afterburner. The coffee people argue about forever, because the air in the drum is recirculated, but a lot of very good roasters use them."),
  say(L, "And the other way round is a catalyst, like in a car."),
  say(W, "A catalytic oxidiser, yes. It does the job at a lower temperature, so less gas, but the catalyst has to be cleaned and eventually replaced. ¶ And now there's the electric wave. Stronghold, from Korea, with halogen lamps and hot air. {Bellwether|Bell Weather}, in the US, makes an electric roaster with the catalytic converter built in, so you can put it in a shop with no chimney. ¶ And the old names, Probat in Germany, Diedrich with its infrared burners, and Giesen, which is in your country."),
  say(L, "Giesen is about an hour from me. I've never been."),
  say(W, "Go. Take Mr Bakker."),

  say(W, `He'd love it. ¶ §${Lu}, you bought one of those colour meters, didn't you? You sent me a photo of a number.`),

  seg('topic', L, 'Roast colour meters: Agtron numbers, the Lighttells CM-100, DiFluid Omix and Tonino', ['colour', 'Agtron', 'Tonino'], { mid: true }),
  say(L, "I did. {Fifty-eight|58}. ¶ Roast colour is the other way of asking how dark a roast is, without trusting your eyes, which lie, especially under a kitchen light. ¶ The classic is {Agtron|Agtron}. They shine near-infrared light at ground coffee and measure how much comes back, and the number is on a scale where lower is darker. ¶ An espresso roast might be in the {forties|40s}, a light filter roast in the {seventies|70s}. The Agtron machines cost thousands, so for years only the big roasters had one."),
  say(W, "We share one with two other roasteries. It lives in a cupboard and everybody fights over it."),
  say(L, "And now there are cheap ones. The {Lighttells CM-100|Light Tells CM100}, from Taiwan, the {DiFluid|Di Fluid} Omix, which is a little thing you put on top of a cup of ground coffee. ¶ And my favourite, because it's the same person again, Tonino. Marko Luther, who started Artisan, also made a small colour meter called Tonino, with its own scale, and you can calibrate it to Agtron numbers. ¶ So {fifty-eight|58} is a Tonino number, on ground coffee. Whole beans read differently, because the outside of the bean is darker than the inside."),
  say(W, "Which is why you grind. ¶ Does the number mean anything to a customer, though? Nobody buys a bag because it says fifty-eight."),
  say(L, "Not directly. But it means the bag they buy in June tastes like the bag they bought in March, and that's what they notice. ¶ Some roasters print it on the bag anyway. The nerds love it. I'm the nerds."),
  say(W, "You are very much the nerds."),
  say(L, "Always grind, by the way. Same grinder, same setting, pressed flat. ¶ And what I learned is that the colour tells me what my first crack alarm can't. Two roasts with the same drop temperature came out {twelve|12} points apart, because the beans were different."),

  seg('topic', W, 'Green coffee before roasting: moisture content, water activity and density', ['moisture', 'water activity', 'density']),
  say(W, "That reminds me. Can we talk about the beans before any of this happens? ¶ Because half of what you're measuring with your curves and your colour is decided before the bag is opened. ¶ Green coffee should arrive at somewhere between {ten and twelve percent|10 and 12%} moisture. Wetter than that and it can go mouldy, drier and it's old, and it roasts fast."),
  say(L, "How do you measure it at the roastery?"),
  say(W, "A moisture meter. Ours is a {Sinar|Sinner}, you pour in the beans and it reads the moisture electrically. ¶ The newer thing people measure is water activity, which isn't how much water there is but how free it is to move, on a scale from zero to one. Green coffee wants to be around point five to point six. ¶ Then density. You fill a measuring cylinder with beans and weigh it. Dense beans, from high altitude, take the heat differently, so you roast them with more energy early."),
  say(L, "And you change the profile for each one?"),
  say(W, "For each new lot, yes. The importer sends the numbers, we check them, and we start from the closest profile in Cropster. ¶ And we store the bags in GrainPro liners, which are plastic bags inside the jute sacks, so the moisture doesn't drift in a Wellington winter."),
  say(L, "Does green coffee get old? I always thought it kept forever."),
  say(W, "It keeps for a while, not forever. After a year or so it starts to taste of paper and cardboard, what people call past crop. ¶ And the moisture drifts out of it, so an old bag roasts faster than the same coffee did in the spring. Your profile from March won't work in November."),
  say(L, "So your beans get better storage than my flat."),
  say(W, "Everything gets better storage than your flat. §And the other end of the process is worse, honestly. What happens to the coffee after it leaves the drum.", { colour: 'yellow' }),

  seg('topic', W, 'After the roast: degassing, one-way valves, nitrogen flushing and resting coffee', ['degassing', 'valve', 'nitrogen'], { mid: true }),
  say(L, "The bag."),
  say(W, "The bag. ¶ Roasted coffee breathes out carbon dioxide for days, a lot of it in the first twenty-four hours. If you seal it in a bag straight away, the bag swells up like a balloon. If you leave it open, oxygen gets in and it goes stale. ¶ So every coffee bag has that little round thing on the front, the one-way degassing valve. Gas can get out, air can't get in. An Italian packaging company, Goglio, came up with it in the sixties, and it changed the whole coffee trade."),
  say(L, "I always thought that was for sniffing."),
  say(W, "Everyone squeezes the bag and sniffs it. It's the wrong way round, you're smelling the gas the coffee needed to keep. ¶ The big roasters go further and flush the bags with nitrogen before they seal them, to push the oxygen out. For a small roastery that's a machine we can't afford, so we roast often and sell it fresh. ¶ And then there's resting. Coffee straight out of the roaster is too gassy for espresso. The crema's all bubbles. A lot of us rest espresso roasts seven to fourteen days, and light filter roasts sometimes longer."),
  say(L, "I drink mine the next morning. Every time."),
  say(W, "I know you do. And it's always too fresh, and you always say it's amazing."),
  say(L, "It is amazing. It's mine. ¶ I've started freezing some, actually, in small jars, one dose each. People on the forums swear by it."),
  say(W, "The freezer is fine, as long as you don't open and close the same jar every morning. Water condenses on cold beans."),
  say(L, "Noted. One jar, one morning."),

  seg('topic', L, 'Hearing first crack: acoustic detection with a contact microphone and machine learning', ['first crack', 'microphone', 'acoustic']),
  say(W, "You've gone quiet. You're thinking about the smoke alarm again."),
  say(L, "I am. Because here's what I actually want. ¶ My smoke alarm hears smoke, not first crack. But first crack is a sound. The beans pop, like popcorn, and second crack is quieter and faster, more like Rice Krispies in milk. ¶ So people have tried to detect it with a microphone. There are hobby projects with a contact microphone glued to the roaster's body, and a little model that learns the difference between a crack and the drum and the fan."),
  say(W, "And does it work, in a roastery? Mine is very loud."),
  say(L, "That's exactly the hard part. In a kitchen it works well. Next to a fifteen-kilo drum and an extractor fan, it's harder, and you need recordings of a lot of roasts to train it. ¶ There's been academic work on it too, listening to the cracks and counting them, to follow how far the roast has got. ¶ What I want is simple. The microphone hears the first pop, and sends an event to Artisan, first crack, at that second, without me pressing the button."),
  say(W, "And without the smoke alarm."),
  say(L, "And without Mr Bakker's broom. That's the dream. ¶ Artisan can already take events from outside, so that part is easy. I send it a message and it marks the curve. ¶ My prototype is a cheap contact microphone on the Bullet's front plate, going into my laptop. It found first crack on four roasts out of five this week."),
  say(W, "And the fifth?"),
  say(L, "The fifth one was the broom.", { colour: 'cyan' }),

  seg('outro', W, 'Goodbye', []),
  say(W, "That's a perfect place to stop. That's Rate of Rise for this week. ¶ Before we go, though. Did Mr Bakker ever actually come up?"),
  say(L, "He did. On Thursday he came up the stairs, and I was ready to apologise for everything. ¶ And he asked whether he could buy a bag of the Ethiopian. He says the smell has been driving him mad for a month."),
  say(W, "So the broom was a review."),
  say(L, "A five-star review. In broom."),
  say(W, `Show notes and the links are at ⟨rateofrise.co.nz/52⟩. ${Lu}, thank you. Ka kite anō.`),
  say(L, "Thanks, Wiremu. See you all next week."),
];

export const SPEAKERS = [
  { name: W, aliases: ['Wiremu', 'Parata'] },
  { name: L, aliases: ['Lucía', 'Lucia', 'Ferreyra', 'Ferreira'] },
];
