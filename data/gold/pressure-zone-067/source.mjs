// Source of Pressure Zone #67 (SYNTHETIC held-out episode, heldout31): a two-host weekly DRINKING-WATER TECHNOLOGY news
// show in the style of the seed (American Water's cyberattack and the wall between IT and OT; control screens on the
// internet at small systems: Aliquippa's Unitronics PLC, Muleshoe's tank, Arkansas City and the EPA's enforcement alert;
// the lead service line inventories due on the day of recording and the EPA's Lead and Copper Rule Improvements;
// hydraulic models: EPANET, WNTR and digital twins; smart meters, non-revenue water and finding leaks; the EPA's first PFAS
// limits; extras ("the overflow" on this show): hydrant cap colours, and Vienna's First Mountain Spring Pipeline). Hosts
// (invented): Bernadette "Bernie" Quaye, who runs operational technology at a water utility in California's Central
// Valley and records from its control room, where a paper chart recorder called GERTIE draws the tank level in red ink
// (the running joke: set up in the intro, fed in segments 2, 6 and 7, paid off in the outro), who opens and closes the
// show; Lukas Ferenczi, in Vienna, who builds hydraulic models for an engineering consultancy. The sponsor "Curbstop" (a
// field app for water utilities' crews) is invented, as are the hosts, the utility, its numbers, the photos, the cat and
// every anecdote. Recorded Wednesday 16 October 2024; the laws, standards, companies, products and incidents are real,
// told from memory.
// Rendered by build.mjs into web.txt (the show's own transcript page: surnames in capitals on the first two paragraphs
// only) and google.json (a Google Cloud Speech-to-Text long-running recognition result: speakers only as speakerTag
// numbers, and only in the last result).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the show's page, a machine transcript the hosts corrected: numbers as words, names right), B in
//              google.json (Google's recogniser, uncorrected: numbers as digits, names and products misheard); B may be empty;
//   ⟨...⟩      a spoken URL (always inside the A of a {A|B}): dropped from web.txt with the following punctuation;
//   ¦~ / ¦     web.txt only: the page starts a new paragraph here (mid-turn), losing (¦~) or keeping (¦) the next word;
//   ¶          a pause inside the turn (google.json may start a new result there; web.txt ignores it).
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   tag: N     google.json: the diariser gives this paragraph's words the speakerTag N (the other host's number).
// Conventions (the news convention of heldout18 to heldout30): presenter = the host who BRINGS the item, and a hand-over
// line belongs to the NEW segment, also when the other host speaks it; the sponsor's presenter is its reader; extras
// ("the overflow" on this show) are one segment per host, kind `extra`, presented by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const B = 'Bernadette Quaye';
export const L = 'Lukas Ferenczi';

export const SOURCE = [
  seg('intro', B, 'Welcome to Pressure Zone 67', []),
  say(B, "Hello and welcome to Pressure Zone, episode {sixty-seven|67}, the show about the computers, the sensors and the rules behind the water that comes out of your tap. I'm Bernadette {Quaye|Kwei}, Bernie to everyone except my mother. ¶ I run operational technology at a water utility in the Central Valley of California, about two hundred thousand people, and tonight I'm recording from our control room, because it's the only quiet room in the building."),
  say(L, "And I'm Lukas {Ferenczi|Ferency}, in Vienna. I build hydraulic models for an engineering consultancy, which means I spend my days with pipes that only exist inside a computer. Is Gertie behind you?"),
  say(B, "Gertie is always behind me. For new listeners, Gertie is a paper chart recorder on the wall of our control room. She draws the level of our clearwell in red ink on a round paper chart, one chart a week, and she has done it since before I was born. ¦~ We have a full SCADA system, we have a historian, we have dashboards on every wall, and every Monday somebody still changes Gertie's paper."),
  say(L, "And nobody is allowed to take her down."),
  say(B, "Three managers have tried. All three have retired. Gertie is still there. ¶ So, this week. A very big water company that couldn't send anyone a bill, some very small water systems with their control screens on the internet, and a deadline that lands, and I'm not joking, today. ¦ Lukas has brought a model and a molecule. And the overflow at the end."),
  say(L, "A model and a molecule. I'm putting that on my business card."),

  seg('topic', B, "American Water's cyberattack: billing paused, IT and OT kept apart", ['American Water', 'cyberattack']),
  say(B, "The story my phone won't stop lighting up about is American Water. They're the biggest regulated water and wastewater company in the US, about fourteen million people in fourteen states, and on the third of October they noticed somebody in their network. ¶ They filed with the SEC a few days later, took their customer portal, {MyWater|my water}, offline, and paused billing. ¦ So if you're one of their customers, you're not being charged for a while, which is the nicest possible outcome of a cyberattack, if you're a customer."),
  say(L, "And the water itself?"),
  say(B, "That's what everyone asked. They said none of their water or wastewater facilities were affected, and that they disconnected some systems on purpose, to protect them. And that's the thing people outside the industry don't get. The billing system and the system that runs the pumps are supposed to be two separate worlds. ¶ We call them IT and OT, information technology and operational technology. The IT side has the email, the customer records, the billing. The OT side is SCADA, the {PLCs|PLC's} in the pump stations, the screens our operators use. ¦~ And between them, if you're doing it right, there's a firewall and a very grumpy person, and at my utility the grumpy person is me."),
  say(L, "Do we know how they got in?"),
  say(B, "Not from them, not yet. It's the usual. An {eight-K|8-K} filing says as little as the lawyers can get away with. What I'd want to know is whether they shut things down because they saw something on the operations side, or because they weren't sure, and honestly, if you're not sure, shutting down is the right call. ¶ We do a drill every year where we pretend the network is gone. The operators run the plant by hand, with clipboards, and drive round the pump stations. The first year it was chaos. Now it's boring, and boring is the goal."),
  say(L, "And Gertie keeps drawing."),
  say(B, "Gertie doesn't care about ransomware. She has a spring motor and a pen."),

  say(L, "A spring motor and a pen, the most secure device in California. §What worries me more is the other end of the scale. The big companies at least have a security team. The small systems, a town of three thousand people with one operator who also fixes the roads, that's where it keeps going wrong."),
  seg('topic', L, 'Control screens on the internet: Aliquippa, Muleshoe, and the EPA enforcement alert', ['Aliquippa', 'Muleshoe', 'Unitronics', 'HMI'], { mid: true }),
  say(B, "Aliquippa.", { tag: 2 }),
  say(L, "Aliquippa is the one everyone remembers. November last year, a municipal water authority near Pittsburgh. A booster station had a {Unitronics|unit Tronics} PLC with a little touchscreen built in, an HMI, and it was reachable from the internet with the default password. ¶ A group calling itself {CyberAv3ngers|Cyber Avengers}, which the US government linked to Iran's Revolutionary Guard, put a message on the screen saying that any equipment made in Israel was a target. Unitronics is an Israeli company. That was the whole reason."),
  say(B, "And the water was fine, because the operators switched to manual."),
  say(L, "Right. Same story in January in {Muleshoe|mule shoe}, Texas, except there the attackers actually changed settings, and a water tank overflowed for about half an hour before anyone noticed. A group with Russian ties posted a video of themselves clicking around the screen. ¶ And last month Arkansas City, in Kansas, switched its water treatment plant to manual operation after what they called a cybersecurity incident. So these are not one-offs."),
  say(B, "Which is why the EPA sent out that alert in May."),
  say(L, "The enforcement alert, yes. The EPA said that of the systems it had inspected since the autumn before, more than seventy percent didn't fully meet the basic requirements of the Safe Drinking Water Act, section {fourteen thirty-three|1433}, the risk and resilience assessments and the emergency response plans. ¶ And the examples they gave were not exotic. Default passwords. One login shared by everybody. Former employees who still had access. ¦~ And if you search {Shodan|show Dan} for the port those controllers listen on, you still find some of them, with the name of the town right there in the banner."),
  say(B, "To be fair to the small systems, there's no money. {CISA|Sisa} will scan you for free, and more people should take them up on it, but the real fix is a person with time."),
  say(L, "A person with time and a password that isn't {one, one, one, one|1111}."),
  say(B, "{One, one, one, one|1111} was the default, wasn't it?"),
  say(L, "It was, on those controllers. Unitronics has since changed the software so you have to set your own."),

  seg('topic', B, "Lead service line inventories are due today, and the EPA's Lead and Copper Rule Improvements", ['lead service line', 'Lead and Copper', 'inventory', 'inventories']),
  say(L, "Bernie, I looked at the calendar before we started, and it's the sixteenth of October. Isn't there something due on your desk today?"),
  say(B, "There is. Today is the deadline for every water system in the US to send its state an inventory of its service lines. The service line is the pipe from the main in the street to your house. Under the Lead and Copper Rule Revisions, every system has to say, for every single address, whether that pipe is lead, galvanized, not lead, or unknown. ¶ We sent ours last week, because I was not going to be the person finishing it on the night of a podcast. We have about sixty thousand connections, and when we started, forty thousand of them were unknown."),
  say(L, "Forty thousand unknowns. Where do you even begin?"),
  say(B, "You begin with paper. Tap cards from the fifties, old work orders, the age of the house. Then you send people out to dig little holes at the curb stop and look. And then you do the part that's actually interesting, which is predictive {modelling|modeling}. ¶ The company that got famous for this is {BlueConduit|blue conduit}, from the work in Flint. You take the addresses you've verified, with the age of the house, the {neighbourhood|neighborhood}, the records, and you train a model to guess which of the unknowns are probably lead. ¦~ Then you dig where the model is least sure, and you update it. It doesn't replace digging, it tells you where to dig first."),
  say(L, "And the customers help?"),
  say(B, "Some of them. We put a page up telling people how to check their own pipe where it comes into the house. Scratch it with a coin. If it's soft and shiny silver, and a magnet doesn't stick, that's probably lead. We got about four thousand photos. Some of them were of the wrong pipe. One was a cat."),
  say(L, "A lead cat.", { tag: 1 }),
  say(B, "An unknown cat. ¶ The bigger news came last week. On the eighth, the EPA finalized the Lead and Copper Rule Improvements, the {LCRI|LCR I}. Almost every system has to replace all of its lead service lines within ten years, and the action level for lead drops from fifteen parts per billion to ten. ¦~ And there's money from the infrastructure law, about fifteen billion dollars for lead pipes, and everyone in my industry will tell you it's not enough."),
  say(L, "In Europe, the new Drinking Water Directive brings the lead limit down to five micrograms a {litre|liter} by {twenty thirty-six|2036}. And nobody has an inventory."),
  say(B, "Then you'll need a lot of people digging little holes. §And people digging little holes are exactly who this week's supporter had in mind. Pressure Zone is made possible by {Curbstop|curb stop}. ¶ {Curbstop|Curb stop} is a field app for small and mid-sized water utilities. Your crews get their work orders on a phone, valve exercising, hydrant flushing, meter swaps, service line checks, and every job comes back with a photo, a GPS point and the time. ¦ It works offline in a vault with no signal, and when it gets signal again, it syncs to your GIS. ¶ We tried it for our inventory digs, and the supervisors stopped asking me for spreadsheets, which was worth it on its own. Try it free for sixty days at {⟨curbstop.app/pressurezone⟩|curbstop.app/pressure zone}. Our thanks to {Curbstop|curb stop}."),
  seg('sponsor', B, 'Sponsor: Curbstop', ['Curbstop'], { mid: true }),
  seg('topic', L, 'Hydraulic models: EPANET, WNTR and digital twins', ['EPANET', 'hydraulic model', 'WNTR', 'digital twin']),
  say(L, "I've been living inside a model of a city all week, and I want to say something nice about some very old software."),
  say(B, "{EPANET|EPA net}."),
  say(L, "{EPANET|EPA net}. The EPA wrote it in the early nineties. You give it your pipes, with their lengths, diameters and roughness, your pumps with their curves, your tanks, and how much water every node uses through the day, and it solves for the pressure and the flow everywhere, hour by hour. ¶ It can also follow chlorine as it decays, and the age of the water, how long it's been sitting in the pipes. ¦~ Every commercial package I use at work, and some of them cost more than my car, either started from it or still has its solver inside. And it's in the public domain. There's a community around it now, Open Water Analytics, that put out version {two point two|2.2} with the EPA a few years ago."),
  say(B, "We have a model. I'm not sure anyone believes it."),
  say(L, "That's the real problem. A model is only as good as its calibration. You put pressure loggers on hydrants, you run a fire flow test, and you compare. Usually the first answer is that half the valves in your model are open, and in the real world they've been shut since {nineteen eighty-something|1980 something}. ¶ The other thing I love is {WNTR|winter}, the Water Network Tool for Resilience. It's a Python package from Sandia National Laboratories and the EPA, built on top of {EPANET|EPA net}. You can ask it what happens after an earthquake breaks forty pipes, or the power goes out for three days, and which customers lose water first."),
  say(B, "Winter, like the season?"),
  say(L, "Spelled {W-N-T-R|WNTR}. Very confusing in January. ¶ And then there are digital twins, which is what everyone now calls a model that's connected to live SCADA data. Valencia is the famous one in Europe. The utility there runs a model of the whole city fed by its sensors, so when the pressure drops somewhere, the model tells them where the burst probably is. ¦~ Half the time when a vendor says digital twin, they mean a dashboard. But when it's real, it's wonderful."),
  say(B, "And the other half of the time it's Gertie with a network cable."),
  say(L, "Gertie would make an excellent digital twin. §Bernie, your meters probably know more about your network than my model ever will. The leak letters, please."),
  seg('topic', B, 'Smart meters, non-revenue water and finding leaks', ['AMI', 'smart meter', 'non-revenue water', 'leak'], { mid: true }),
  say(B, "The leak letters. So three years ago we finished putting in AMI, advanced metering infrastructure. Every meter reads itself every hour and sends the reading over a radio network back to us. Most of ours are ultrasonic, no moving parts, they measure how fast sound crosses the pipe. ¶ The first month, we found that about six percent of our customers had water running through their meter every single hour of the day, never once dropping to zero. That's a leak. A toilet flapper, a dripping irrigation line, a pipe under a slab. So we started sending letters, and now a text message."),
  say(L, "And people believe you?"),
  say(B, "People get angry, and then they find the toilet. ¶ The other side of it is our own losses. The industry term is non-revenue water, water you treat and pump and never get paid for. Some of it is apparent losses, old meters that under-read, theft. ¦~ But most of it is real losses, leaks in our own mains. In the US it's something like one glass in six. In some cities in the world it's a third or more."),
  say(L, "And how do you find the real ones?"),
  say(B, "Acoustic loggers. Little sensors we stick on valves that listen at night, when the city is quiet. A leak hisses, and if two loggers hear the same hiss, you can work out from the time difference where it is between them. That's a correlator. And a couple of years ago, we tried the satellite people."),
  say(L, "The radar ones."),
  say(B, "{ASTERRA|Astera}. They use an L-band radar satellite that looks for the signature of treated drinking water in the soil. It gave us areas a few hundred {metres|meters} across, and then a crew with a listening stick walked them. We found eleven leaks in a week. I was a {sceptic|skeptic}. I am now slightly less of a {sceptic|skeptic}."),
  say(L, "Slightly less of a {sceptic|skeptic} is the highest praise you give anyone.", { cut: 1 }),
  say(B, "It is."),
  say(L, "I'll take that as a challenge."),
  seg('topic', L, "The EPA's first PFAS limits: four parts per trillion, and how to treat for it", ['PFAS', 'forever chemicals']),
  say(L, "So let me try for it with the molecule. In April, the EPA set the first legally enforceable national limits for PFAS in drinking water, the forever chemicals. For {PFOA|PFO a} and {PFOS|P FOS}, the limit is four parts per trillion each. ¶ Four parts per trillion. That's about the level where the labs can reliably measure it, which tells you how they picked it. There are limits for three more, including {GenX|Gen X}, and a hazard index for mixtures. Systems have until {twenty twenty-nine|2029} to comply."),
  say(B, "And that's a treatment problem, not a pipe problem."),
  say(L, "Right. The three technologies are granular activated carbon, ion exchange and reverse osmosis. Carbon is the workhorse, but the short-chain ones break through it quickly, so you change the carbon more often than you'd like. Ion exchange resins hold on to them better. ¦~ And reverse osmosis gets nearly everything, but it throws away a lot of water and leaves you with a concentrate full of PFAS that you then have to do something with. ¶ And that's the part I find fascinating. The used carbon has to go somewhere. The concentrate has to go somewhere. You're not destroying the chemical, you're moving it. There are plants testing ways to actually break the carbon-fluorine bond, supercritical water oxidation, electrochemical, but none of it is cheap yet."),
  say(B, "We have two wells over the limit. I found out in a board meeting."),
  say(L, "In Europe it's a sum of twenty PFAS at a hundred nanograms a {litre|liter} from {twenty twenty-six|2026}, which is a much higher number. So for once the Americans are stricter.", { cut: 1 }),
  say(B, "Write that down. It'll never happen again."),
  say(L, "Framed, on the wall, next to Gertie."),

  seg('extra', B, 'Overflow: what the colours of fire hydrant caps mean (NFPA 291)', ['hydrant', 'NFPA 291']),
  say(B, "Overflow, then. I've got one for anybody who walks a dog past fire hydrants, which is everybody. The {colour|color} of the caps on a hydrant, and the bonnet on top, often means something. There's a recommended practice from the {NFPA|NF PA}, {two ninety-one|291}, that {colour|color} codes them by how much water they delivered in a flow test. ¶ Light blue is fifteen hundred gallons a minute or more. Green is a thousand to fifteen hundred, orange is five hundred to a thousand, and red is less than five hundred. ¦~ So a firefighter pulling up at night knows which one to hook onto. Not every city follows it, but once you know, you can't stop seeing it."),
  say(L, "So blue is the good one."),
  say(B, "Blue is the good one. Walk your dog to the blue one."),
  say(L, "My dog is loyal to a red one. §What's in my glass right now is my overflow. Vienna gets almost all its water from springs in the Alps, through the First Vienna Mountain Spring Pipeline, which opened in {eighteen seventy-three|1873} and is about a hundred {kilometres|kilometers} long. ¶ There's no pumping. It flows the whole way by gravity, and it takes about a day to get here. And the fall is so steep in places that the city runs small hydropower turbines along the way, so the water makes electricity on its way to my glass. ¦~ And the second pipeline, from {nineteen ten|1910}, is even longer."),
  seg('extra', L, "Overflow: Vienna's First Mountain Spring Pipeline", ['Vienna', 'Spring Pipeline'], { mid: true }),
  say(B, "Water that pays for itself. Don't tell my finance department."),

  seg('outro', B, 'Goodbye', []),
  say(B, "We'll stop there. Lukas, thank you. Links to everything we talked about are at {⟨pressurezone.fm/67⟩|pressure zone.fm/67}, and if there's a Gertie at your utility, we want a photo."),
  say(L, "Thanks, Bernie. Give Gertie my regards."),
  say(B, "She'll draw them in red. Bye, everyone."),
];

export const SPEAKERS = [
  { name: B, aliases: ['Bernie', 'Bernadette', 'Quaye', 'QUAYE', 'Kwei', 'Speaker 1'] },
  { name: L, aliases: ['Lukas', 'Ferenczi', 'FERENCZI', 'Ferency', 'Speaker 2'] },
];
