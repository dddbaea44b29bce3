// Source of Block Section #46 (SYNTHETIC held-out episode, heldout28): a two-host weekly RAILWAY SOFTWARE news show in the
// style of the seed (sabotaged signalling cables in France, trains that locked themselves in Poland, ETCS and automatic
// train operation in Stuttgart, GTFS and the open data behind departure boards, timetabling as a puzzle, contactless
// fares). Hosts (invented): Gerrit Hoekstra, in Utrecht, who checks interlocking data for a signalling contractor and
// who opens and closes the show; Joanna Kowalczyk, in Manchester, who builds a tram operator's departure app and keeps a
// spreadsheet of her late 07:42 train (the running joke: set up in the intro, fed in segments 6, 7 and 10, paid off in
// the outro). The sponsor "Junctionbox" (feature flags) is invented, as are the hosts, their jobs, the spreadsheet, the
// e-paper screen and every anecdote. Recorded Wednesday 7 August 2024; the news is real but told from memory.
// Rendered by build.mjs into web.txt (a seed-like page, SURNAMES in capitals on the first two paragraphs only) and
// transcribe.json (an Amazon Transcribe batch job's output: speakers only as spk_0 / spk_1).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the show's page, a transcript checked by a person), B in transcribe.json (Amazon
//              Transcribe, uncorrected: misheard names, acronyms spelled out, the URL spoken, a filler now and then);
//   ⟨...⟩      a spoken URL (always inside the A of a {A|B}): dropped from web.txt with the following punctuation;
//   ¦~ / ¦     web.txt only: the page starts a new paragraph here (mid-turn), losing (¦~) or keeping (¦) the next word.
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   merge      transcribe.json: said without a pause, this short reply runs into the first audio segment of the next
//              paragraph (the other host's), so that audio segment holds two voices (`ambiguous`, majority speaker);
//   flip       transcribe.json: the diariser gives this paragraph's audio segment the OTHER host's spk label.
// Conventions (the news convention of heldout18 to heldout27): presenter = the host who BRINGS the item, and a hand-over
// line belongs to the NEW segment, also when the other host speaks it; the sponsor's presenter is its reader; extras are
// one segment per host, kind `extra`, presented by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const G = 'Gerrit Hoekstra';
export const J = 'Joanna Kowalczyk';

export const SOURCE = [
  seg('intro', G, 'Welcome to Block Section 46', []),
  say(G, "{Goedemiddag|Good a midday} and welcome to Block Section, episode forty-six, the podcast about the software that keeps trains apart and, on a good day, on time. I'm Gerrit {Hoekstra|Hookstra}, I'm in Utrecht, and for a living I check interlocking data for a signalling contractor, which means I spend my days proving that two trains can never be given the same piece of track."),
  say(J, "And I'm Joanna {Kowalczyk|Kovalchik}, in Manchester, where I build the app that tells you when the next tram is due. Which mostly means I'm the person who reads the one-star reviews."),
  say(G, "How was the seven forty-two this morning?"),
  say(J, "Fourteen minutes late. In my spreadsheet that now counts as a good day."),
  say(G, "You're still keeping the spreadsheet."),
  say(J, "Seven months of it. Every morning, the scheduled time, the actual time, and what the app promised me was going to happen. It's the most honest dataset in the north of England. {Shall|Should} I do the departures?"),
  say(G, "Departures, please.", { merge: true }),
  say(J, "The service at platform one is the Block Section special, calling at: France, where somebody set fire to the signal cables; Poland, for the trains that locked themselves on purpose; and Stuttgart, for signals you can't see. ¦~ There'll be a short stop for the people who paid for our coffee, and then we continue to the open data behind every departure board, a timetable treated as a maths puzzle, and tapping your bank card at the barrier. This train terminates at the extras. Please mind the gap."),
  say(G, "That was beautiful. I want that as my ringtone. §So, France. Friday the twenty-sixth of July, early in the morning, a few hours before the Olympic opening ceremony in Paris, there were fires at several places along three of the high-speed lines of the {SNCF|S N C F}: the Atlantique towards Bordeaux and Brittany, the Nord towards Lille and the Channel Tunnel, and the Est towards Strasbourg. ¦~ A fourth attack, on the line to Lyon, was spotted by track workers before anything happened."),

  seg('topic', G, 'Sabotage on France\'s high-speed lines: signalling cables set on fire on the morning of the Olympic opening ceremony', ['sabotage', 'SNCF', 'high-speed lines'], { mid: true }),
  say(J, "Fires at what, exactly? You can't really set fire to a rail."),
  say(G, "No, at the cables. Along the track there are concrete troughs full of cables, and at certain points they all come together by the little equipment buildings beside the line. Burn a bundle there and you take out the signalling, the telecoms, the lot, for many kilometres. ¦~ On a French high-speed line that hurts even more, because there are almost no signals by the track. The driver gets the permitted speed in the cab, from a system called {TVM|T V M}, which sends its codes through the rails using track circuits. No codes, no speed. The trains either stop or crawl."),
  say(J, "So how many people got stuck?"),
  say(G, "Around eight hundred thousand journeys were hit over that weekend, and Eurostar cancelled about a quarter of its trains. What impressed me is the repair. Hundreds of railway staff knelt in the ballast and spliced the cables back together by hand, one conductor at a time, and by Monday morning most of the service was back."),
  say(J, "That's a lot of very careful people in a very bad mood."),
  say(G, "And for people like me the lesson is uncomfortable. We spend years on safety cases, on proving the logic is right, on encryption for the radio. ¦~ Then somebody walks up to a cable trough with a crowbar and a bottle of petrol. You can't put a firewall around a trench."),
  say(J, "Does the newer kit help? {ETCS|E T C S} and all that?"),
  say(G, "A little. With ETCS Level 2 the movement authority comes over radio, so there are fewer cables along the track. But you still have radio masts, fibre and power, and those are also a few metres from a footpath. Redundancy is expensive, and nobody wants to pay for a second route for a once-in-a-decade event, until it's the weekend of the Olympics."),
  say(J, "Until somebody with a crowbar sets the budget for you."),

  seg('topic', J, 'Newag\'s Impuls trains that locked themselves after repairs at an independent workshop', ['Newag', 'Impuls', 'locked']),
  say(G, "Speaking of people deciding things for you. I saw your Polish story in our notes on Sunday, and I have been waiting all week to hear you explain it.", { cut: 1 }),
  say(J, "Okay. So, this isn't brand new, it was presented at the Chaos Communication Congress in Hamburg last December, but I only sat down and watched the whole talk this week, and I haven't stopped thinking about it. ¦~ There's a Polish train maker called {Newag|New Egg}. They build electric multiple units called {Impuls|impulse}, and a regional operator in Lower Silesia, {Koleje Dolnośląskie|Koleje Dolnoslaskie}, had some of them. When the trains were due for their big overhaul, the work went to an independent workshop that had won the tender, not to Newag."),
  say(G, "And the trains refused to move."),
  say(J, "They refused to move. The workshop did the maintenance, the mechanics checked everything twice, and the trains just would not take power. So the workshop hired a group of security researchers, {Dragon Sector|dragon sector}, who are famous from capture-the-flag competitions, and they dumped the software from the train's controllers and started reading it. ¦~ What they found: if the train stood still for more than ten days, it locked itself. There was a check on the GPS position, with coordinates that matched other companies' workshops. And there was a hidden combination of buttons in the cab that unlocked it again."),
  say(G, "That's not a bug. That's a business model.", { merge: true }),
  say(J, "That's what most people said. Newag denied all of it, said the software must have been tampered with, and threatened to sue. ¦~ The operators and the Polish authorities started their own investigations, and as far as I know those are still going. But the code is the code. You can argue about who put it there, not about what it does."),
  say(G, "This is the tractor story, isn't it? The right to repair, with passengers on board."),
  say(J, "Exactly that. Trains run for thirty or forty years, and the maker's warranty runs for a lot less. If the maker can decide, in software, which depot is allowed to look after the train, then the public bought the train but not the right to maintain it. ¦~ And as a developer, the scary part for me is how ordinary it looked. A timer, a geofence, a secret unlock. Each of those is a feature somebody could have written up as a ticket."),
  say(G, "Ten days standing still. Half our Sprinters would never have noticed."),
  say(J, "Ours would, every autumn, with leaves on the line. §Right, you read the German trade press so I don't have to. What's Stuttgart doing with signals nobody can see?"),

  seg('topic', G, 'The Digital Node Stuttgart: ETCS Level 2 without lineside signals and automatic train operation on the S-Bahn, and how CBTC differs', ['ETCS', 'Stuttgart', 'S-Bahn'], { mid: true }),
  say(G, "It's called the Digital Node Stuttgart, {Digitaler Knoten Stuttgart|Digitale Knoten Stuttgart}, and it goes with the new underground main station, whenever that finally opens. ¦~ The idea is that the whole area, starting with the S-Bahn trunk line under the city centre, runs on ETCS Level 2 with no lineside signals at all, and on top of that automatic train operation, so the train drives itself between stations while the driver watches the doors and the track ahead."),
  say(J, "Start from the beginning for me. What does the train actually know?"),
  say(G, "The train reads balises, {Eurobalises|Euro balises}, little boxes between the rails that tell it exactly where it is when it passes over them. Between balises it counts wheel turns and uses radar to estimate its position. ¦~ It reports that position over the {GSM-R|GSM R} radio network to a radio block centre, and the radio block centre, which talks to the interlocking, sends back a movement authority: you may go as far as this point. The onboard computer works out a braking curve from that and supervises the driver, or in Stuttgart, the automatic driving."),
  say(J, "And you get more trains through the tunnel."),
  say(G, "That's the whole point. Fixed signals mean fixed blocks, and every block is a piece of track that one train owns at a time. Shorter blocks that exist only in software let trains run closer together, and with automatic operation every train brakes and accelerates the same way, which tightens the timetable. ¦~ They talk about twenty percent or so more capacity on the trunk line, but I'd wait for the measurements."),
  say(J, "How's that different from what London did on the Underground? They got rid of signals as well, didn't they?"),
  say(G, "On the sub-surface lines, yes: the Circle, the District, the Hammersmith and City and the Metropolitan. That's {CBTC|C B T C}, communications-based train control, {Thales SelTrac|Thales Cell Track} in London's case. Same idea, trains even closer together, but CBTC is a metro system. Every supplier does it their own way, and the trains never leave the network. ¦~ ETCS is a European standard, so in theory a train from one country can run on another country's ETCS line. In practice every country has its own version and its own national quirks, and my colleagues spend weeks in test labs proving that the boxes really do talk to each other."),
  say(J, "And the radio is changing under them too."),
  say(G, "GSM-R is basically a mobile network from the two-thousands, and the suppliers are winding down support. The replacement is {FRMCS|F R M C S}, built on 5G, and it's coming in the next decade, on every train and every mast, so everybody gets to do it all again. Carefully. Nobody wants to be the one who breaks it."),

  seg('sponsor', J, 'Sponsor: Junctionbox, feature flags for careful releases', ['Junctionbox']),
  say(J, "Not breaking the thing everybody relies on is exactly what {Junctionbox|junction box} is built for, and Junctionbox is covering what this episode costs. ¦ It's feature flags for teams who'd rather ship carefully. You put your new code behind a flag, you turn it on for one percent of users, or for one city, or only for your colleagues, and you watch. If something looks wrong, one switch turns it off again, no redeploy, no midnight rollback. ¦~ There's an audit log, so you can see who flipped what and when. We use it at work for the departure boards, and yes, it saved me once on a Sunday. Try it free at {⟨junctionbox.dev/blocksection⟩|junction box dot dev slash block section}. Thanks to Junctionbox for having us."),

  seg('topic', J, 'GTFS and GTFS Realtime, the open data behind departure boards, and Britain\'s and Europe\'s own formats', ['GTFS', 'open data']),
  say(J, "And since I brought up departure boards, my next one is the data underneath them, which is one of my favourite boring things in the world. Almost every journey planner you've ever used reads {GTFS|G T F S}. It started in two thousand five, when {TriMet|Tri Met}, the transit agency in Portland, Oregon, worked with Google to get its timetables into Google Maps. ¦~ The format they came up with was deliberately dull: a zip file full of comma-separated text files. {stops.txt|stops dot TXT}, {routes.txt|routes dot TXT}, {trips.txt|trips dot TXT}, {stop_times.txt|stop times dot TXT}, and a calendar. Anyone with a spreadsheet can open it, and that's exactly why it won."),
  say(G, "It was the Google Transit Feed Specification at first, wasn't it?"),
  say(J, "It was, and later they quietly changed the G to General. Then in twenty eleven came {GTFS Realtime|G T F S real time}, the live part: trip updates, vehicle positions and service alerts, encoded as protocol buffers, which your app fetches every few seconds. ¦~ Since twenty nineteen the standard has been looked after by a non-profit called {MobilityData|Mobility Data}, and there's a whole world of free tools around it: {OpenTripPlanner|Open Trip Planner}, {Transitland|transit land}, validators, you name it."),
  say(G, "And trains? Your seven forty-two is a train, not a tram."),
  say(J, "Ah. The national rail network here doesn't speak GTFS natively at all. The timetable comes as {CIF|C I F} files, an old fixed-width format, and the live running data from a system called Darwin, and lately the industry has been moving its feeds to a new portal, the Rail Data Marketplace. ¦~ In the rest of Europe the official formats are {NeTEx|net ex} and {SIRI|Siri}, which the EU wants every country to publish through national access points. They're thorough, they're XML, and I keep a folder of converters on my laptop for all of them."),
  say(G, "What's the hardest part in practice?"),
  say(J, "Time. In GTFS a service day can run past midnight, so a late tram can leave at twenty-five thirty, which is half past one the next morning but still belongs to yesterday's timetable. Every new developer on my team writes a bug about that in their first month. ¦~ And then there's the gap between what the feed says and what actually happens. My seven forty-two sits in the real-time feed as on time right up to the moment it's cancelled. That's not the format's fault. That's a person in a control room with forty other things to do."),
  say(G, "You've measured that too, I assume."),
  say(J, "Median warning before a cancellation: four minutes. I have a chart."),

  seg('topic', G, 'Timetabling as a puzzle: the Deutschlandtakt, Switzerland\'s clock-face timetable, the periodic event scheduling problem and Britain\'s May 2018 timetable', ['timetable', 'Deutschlandtakt']),
  say(G, "A chart needs a timetable to measure against, and timetables are my last one, because building one is a much harder puzzle than people think. Every December, on the second Sunday, most of Europe changes timetable on the same night, and behind that night there's a year of planning. ¦~ Switzerland is the famous example. With Bahn 2000 they designed the timetable first and then built the infrastructure to fit it. The trains meet in the big stations just before the hour and the half hour, everybody changes, and everybody leaves together. They call those stations nodes."),
  say(J, "And Germany wants that."),
  say(G, "Germany has wanted it for years. It's called the {Deutschlandtakt|Deutschland Takt}, a clock-face timetable for the whole country, and it was meant to arrive around twenty thirty. Last year the ministry more or less admitted the full version could take until twenty seventy. ¦~ Which is honest, I suppose. Because once the timetable comes first, it tells you which lines have to get faster, so that the trip between two nodes fits inside the hour."),
  say(J, "Where's the maths puzzle?"),
  say(G, "You can write the whole thing down as constraints. This train leaves between minute three and minute seven, that connection needs at least four minutes, these two trains can't be on the single track at the same time, and everything repeats every sixty minutes. ¦~ Researchers call it the periodic event scheduling problem, and it is properly hard to solve. The Dutch railways put solvers on it for the big timetable of two thousand six, one of the first built largely by computer, and won the Franz Edelman Award for operations research for it."),
  say(J, "And the British, as usual, did it by hand."),
  say(G, "The British had their warning. In May twenty eighteen, Northern and Thameslink brought in a big new timetable, the approvals came weeks late, the planners had no time to work out where the drivers and the trains needed to be, and for weeks hundreds of trains a day were cancelled. ¦~ The inquiry afterwards said, more or less, that nobody was in charge of the system as a whole. That's the real lesson: software can solve the puzzle, but somebody has to own the puzzle."),
  say(J, "I remember that May. That May is why I started the spreadsheet."),
  say(G, "So the spreadsheet is six years old?"),
  say(J, "This version is seven months old. There were earlier versions."),
  say(G, "Versions. Of course there were. §Joanna, you said your last one was about paying for the thing, the tapping in and out."),

  seg('topic', J, 'Contactless pay-as-you-go on the railway: daily caps, the back office, card clash, OVpay and the Deutschlandticket', ['contactless', 'pay-as-you-go', 'fares'], { mid: true }),
  say(J, "It's about paying, and about how clever the boring machine at the gate isn't. Tapping a contactless bank card on the reader started on London's buses in twenty twelve and on the Tube in twenty fourteen, built with Cubic, and over the last couple of years it has been spreading to stations outside London. ¦~ What people don't realise is that the reader decides almost nothing. It reads your card, checks it isn't on a deny list, and lets you through. The real work happens overnight in the back office, which looks at all your taps for the day and works out what you should pay, including the cap."),
  say(G, "The cap being the most you can pay in a day."),
  say(J, "In a day, or in a week, Monday to Sunday. Miss a tap out and you're charged the maximum fare until somebody sorts it out. And my favourite failure has its own name: card clash. You tap your whole wallet, the reader sees two cards and picks one, and now your morning is on your debit card and your evening on your credit card, and neither of them reaches the cap."),
  say(G, "We have the same thing at home now. {OVpay|O V pay}. You check in with your bank card."),
  say(J, "And the {OV-chipkaart|O V chip card} is on its way out?"),
  say(G, "Slowly. It has a {MIFARE|my fare} chip, and the old {MIFARE Classic|my fare classic} was broken by researchers in Nijmegen back in two thousand eight, which was embarrassing for everybody. The new system doesn't need the card to hold any value. It's all in the account."),
  say(J, "That's the big shift, account-based ticketing: the card is only an identifier, and the money lives on a server. Which is also why the German story is interesting. The {Deutschlandticket|Deutschland ticket} is one monthly ticket for all local and regional transport in the country, forty-nine euros, since May last year, and it's sold almost entirely through apps and chip cards. ¦~ Millions of subscriptions within a few months, on top of dozens of regional fare systems that all kept running underneath. The price after this year is still being argued about, and every time it changes, somebody has to update every one of those systems."),
  say(G, "Forty-nine euros gets me from Utrecht to Amsterdam and back about twice."),
  say(J, "You should move.", { flip: true }),
  say(G, "I'll think about it."),

  seg('extra', G, 'Gerrit\'s extras: SimSig, and the next Train Sim World', ['SimSig', 'Train Sim World']),
  say(J, "That's our six stops. Extras now, and you're first, since you've been tapping your pen for ten minutes."),
  say(G, "Guilty. Mine is {SimSig|Sim Sig}, a signalling simulator from Britain, made by volunteers. You get the panel of a real signal box, with the real track layout and a real timetable, and you set routes for the trains as they come in. ¦~ It's a game in the same way my job is a game, which is to say very much so, if you're a certain kind of person. I use it with new colleagues, because after one evening with it they understand why an interlocking refuses things."),
  say(J, "Do you get angry phone calls from virtual drivers?"),
  say(G, "You get a driver calling from a red signal asking why he's been standing there for ten minutes, and yes, you forgot him. Very realistic. And for people who'd rather drive than signal, Dovetail's next {Train Sim World|Train Sim World}, number five, is out later this month. I've pre-ordered it, and my partner has noticed."),

  seg('extra', J, 'Joanna\'s extras: an e-paper departure board on a Raspberry Pi, and OpenRailwayMap', ['Raspberry Pi', 'OpenRailwayMap']),
  say(G, "And that's both of mine. Yours?", { cut: 1 }),
  say(J, "Mine is a little thing by my front door. It's an e-paper screen on a {Raspberry Pi|raspberry pie}, and every morning it shows me the seven forty-two, pulled from the {Realtime Trains|real time trains} API, which is a wonderful British site run by train people for train people. ¦~ It cost almost nothing, it updates every minute, and it has saved me at least three mornings on a cold platform. My second one is {OpenRailwayMap|open railway map}, a map of the railway built on {OpenStreetMap|Open Street Map} data, with signals, speed limits, electrification, even which train protection system each line uses. I lost a whole evening zooming around Stuttgart, thanks to you."),
  say(G, "Did you find the invisible signals?", { flip: true }),
  say(J, "I found where they're going to be. It's very exciting if you squint."),
  say(G, "I'll take it. §And that's us at the terminus for this week. Everything we talked about is linked at {⟨blocksection.fm/46⟩|block section dot FM slash forty six}. Joanna, the seven forty-two: any news from this morning?"),

  seg('outro', G, 'Goodbye', [], { mid: true }),
  say(J, "It was on time. Exactly on time, to the minute. I was so surprised I stood there checking the app and missed it."),
  say(G, "That's going in the spreadsheet. Thanks for listening, everybody. {Doei|Dewey}!"),
  say(J, "Bye, everyone."),
];

export const SPEAKERS = [
  { name: G, aliases: ['Gerrit', 'Hoekstra', 'Hookstra', 'HOEKSTRA', 'spk_0'] },
  { name: J, aliases: ['Joanna', 'Kowalczyk', 'Kovalchik', 'KOWALCZYK', 'spk_1'] },
];
