// Source of Return Air #45 (SYNTHETIC held-out episode, heldout30): a one-host one-guest INTERVIEW about BUILDING
// AUTOMATION, structured as a WALK THROUGH ONE BUILDING from the roof to the basement (the air handlers and the sequence of
// operations on the roof; the controller, PID loops and BACnet in the mechanical room; Modbus, KNX and LonWorks; the
// front-end, Niagara and alarm floods; point names, Project Haystack, Brick and fault detection; security; the central
// plant, thermal storage and demand response; and advice for newcomers), each "floor" a chapter, with a sponsor read in the
// middle. People (invented): the host Dov Rosenthal, in Chicago, a former controls technician, who lives in a 1926 building
// with steam heat and no thermostat (the running joke: the radiator, set up in the intro, fed in segment 3, paid off in the
// outro when it bangs on cue); the guest Esperanza Villalobos, who runs building controls and analytics for a university
// campus in the Phoenix area (the science building from the nineties, the fan commanded on since 2022, the damper stuck at
// forty percent, nine hundred alarms brought down to forty, the flow meter). The sponsor "Punchwise" (commissioning on a
// tablet) is invented, as are the people, the campus, its building and every anecdote. Recorded Wednesday 12 March 2025;
// the standards, protocols, products, companies and events are real, told from memory.
// Rendered by build.mjs into labeled.txt (the show's own transcript: a timestamp and the speaker's full name on every
// line) and whisper.json (an OpenAI Whisper verbose_json transcript: no speakers at all).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in labeled.txt (the show's transcript, corrected by the host, fillers kept), B in whisper.json (Whisper's
//              words, uncorrected: misheard names and products, numbers as digits, fillers dropped); B may be empty;
//   ⟨...⟩      a spoken URL (inside the A of a {A|B}): kept as written in labeled.txt;
//   ¶          a pause inside the turn: a new line in labeled.txt (with its own timestamp and label); in whisper.json only a
//              pause.
// opts:
//   lab: X     labeled.txt: this label instead of the speaker's full name on every line of the paragraph (a typo, or the
//              transcriber's slip: the wrong name); lab: null drops the label (the line keeps its timestamp).
// Conventions (the interview convention of heldout20 to heldout29): every discussion topic is presented by the GUEST, who
// carries it, including the ones she raises herself; the host presents the intro, the sponsor (his read) and the outro;
// the host's question or cue belongs to the NEW segment.
import { say, seg } from '../build-episode.mjs';

export const D = 'Dov Rosenthal';
export const E = 'Esperanza Villalobos';

export const SOURCE = [
  seg('intro', D, 'Welcome to Return Air 45', []),
  say(D, "Welcome to Return Air, episode {forty-five|45}, the podcast about the machines hiding in the ceilings and on the roofs of the buildings we live in. I'm Dov Rosenthal. I spent twelve years as a controls tech in Chicago before I started talking into a microphone, and if you hear a loud bang in the next hour, that's my radiator. ¶ I live in a building from {nineteen twenty-six|1926} with steam heat. There is no thermostat. There is a valve, and there is my landlord, and neither of them listens to me."),
  say(E, "That's the purest control system there is. Open loop."),
  say(D, "Completely open loop. That's my guest, Esperanza {Villalobos|Villa Lobos}. Esperanza runs building controls and analytics for a big university campus in the Phoenix area, more than a hundred buildings, and she's agreed to do something a bit different with me today. ¶ Instead of talking about building automation in the abstract, we're going to walk through one building, from the roof down to the basement, and look at what's there. Welcome."),
  say(E, "Thanks, Dov. I picked a good one. It's a science building from the nineties, five floors, labs and offices, and it has a little bit of every mistake we've ever made."),

  seg('topic', E, 'On the roof: air handlers, VAV boxes, the economizer, and ASHRAE Guideline 36 sequences', ['air handler', 'Guideline 36', 'sequence of operations']),
  say(D, "Perfect. So we climb up through the hatch onto the roof. What do I see?"),
  say(E, "In July, you see heat shimmer, because it's {a hundred and fifteen|115} degrees up there. But the big boxes are the air handlers. Ours has two, and each one is basically a giant fan with a cooling coil, a heating coil and a filter bank, and a set of dampers that decide how much outside air to mix in. ¶ The air comes off the coil at about {fifty-five|55} degrees and goes down a duct into the building, and on every floor it goes into {VAV|VAV} boxes, variable air volume, a damper and a little reheat coil for each room or zone. The room's thermostat tells its box to open or close, and the air handler keeps the pressure in the duct up so every box gets what it asks for."),
  say(D, "What eats those filters in the desert?"),
  say(E, "Dust. We get dust storms in the monsoon, a wall of brown coming across the valley, and a filter bank that was fine in the morning is choked by the afternoon. There's a differential pressure sensor across the filters, and when the pressure drop gets too high, it alarms and somebody climbs up with new filters."),
  say(D, "And the part everyone in Chicago loves, the economizer."),
  say(E, "In Chicago you love it. When it's cool and dry outside, you open the outside air dampers wide and cool the building for free. In Phoenix it works maybe four months of the year, at night. The rest of the year outside air is the enemy, and you bring in only what the people inside need to breathe. We measure that with {CO2|CO2} sensors in the big lecture rooms. If a room's empty, why ventilate it like it's full?"),
  say(D, "Who decides how all of that fits together? The fans, the dampers, the resets?"),
  say(E, "That's the sequence of operations. Somebody, usually the mechanical engineer, writes down in words how the system should behave, and the controls contractor turns that into code. For decades every engineer wrote their own, and a lot of them were copied from the last project. ¶ {ASHRAE|Ashrae} Guideline {thirty-six|36} changed that. It's a library of tested sequences, high-performance sequences of operation, first published in {twenty eighteen|2018}, with things like trim and respond: the air handler keeps lowering the duct pressure until a zone complains, and then nudges it back up. It sounds small. It saves a fortune in fan energy."),
  say(D, "Trim and respond. I'm putting that on a T-shirt."),

  seg('topic', E, 'The mechanical room: DDC controllers, PID loops that hunt, and BACnet objects, Who-Is and the priority array', ['BACnet', 'PID', 'controller']),
  say(D, "Okay, back down the ladder. Somewhere below us there's a grey metal box with a lot of wires in it.", { lab: null }),
  say(E, "The controller, yes. In our building it's in a mechanical room on the fifth floor, right under the air handlers. It's a {DDC|DDC} controller, direct digital control, which is a small computer with inputs and outputs: temperature sensors and damper positions coming in, valve and fan speed commands going out. ¶ Most of what it runs is {PID|PID} loops. The discharge air is {fifty-seven|57} and the setpoint is {fifty-five|55}, so open the chilled water valve a bit more, and keep adjusting. When a loop is badly tuned, the valve swings open and closed every few minutes, forever. We call that hunting, and you can hear it in the pipes."),
  say(D, "I know that sound. My radiator does it, and it doesn't even have a loop."),
  say(E, "Your radiator isn't hunting, Dov. It's just angry."),
  say(D, "Fair. I've tuned a few of those loops with a stopwatch and a prayer."),
  say(E, "Everyone has. Now, how does that controller talk to the rest of the building? In most of North America, the answer is {BACnet|Backnet}. It's an {ASHRAE|Ashrae} standard, {one thirty-five|135}, from {nineteen ninety-five|1995}, and it describes the building as objects. An analog input for a temperature sensor, a binary output for a fan, each with properties like the present value, and services to read and write them. The devices find each other with a broadcast called Who-Is, and each one answers I-Am."),
  say(D, "That's the most charming part of the standard."),
  say(E, "It's lovely, until a thousand devices answer at once. There are two flavours you'll see. {BACnet|Backnet} over IP, on UDP port {forty-seven eight oh eight|47808}, and {MS/TP|MSTP}, which runs over a twisted pair of {RS-485|RS 485} wire, daisy-chained from box to box at {seventy-six point eight|76.8} kilobits. Half my service calls are an {MS/TP|MSTP} trunk where somebody swapped two wires or forgot a terminating resistor. ¶ Then there's the priority array, sixteen levels of who's allowed to command a point. An operator overrides a fan at priority eight on a Friday, forgets about it, and the fan runs for three years."),
  say(D, "Three years?"),
  say(E, "We found one last spring, commanded on since {twenty twenty-two|2022}. §And {BACnet|Backnet} isn't the only language spoken in that room, which is the next thing you trip over. The power meters and the variable frequency drives on the pumps mostly speak {Modbus|Mod bus}."),

  seg('topic', E, 'Other languages in the room: Modbus registers and word order, gateways, KNX and LonWorks', ['Modbus'], { mid: true }),
  say(E, "{Modbus|Mod bus} is from {nineteen seventy-nine|1979}, from Modicon, for factory controllers, and it's wonderfully simple: a device is a list of numbered sixteen-bit registers. Read me two registers starting at {forty thousand and one|40001}. That's it. No names, no units, no types. So a power meter's kilowatts might be a thirty-two-bit float spread over two registers, and whether the high half comes first depends on the manufacturer's mood.", { lab: 'Esperanza Villalobs' }),
  say(D, "Word order. The number of hours I have lost to word order."),
  say(E, "And yet I have a soft spot for it. {Modbus|Mod bus} never dies. The newer meters speak {Modbus|Mod bus} {TCP|TCP} on port {five oh two|502}, and we have a meter from the late nineties that still answers every fifteen minutes, like nothing happened."),
  say(E, "Everyone has a word-order story. You read seventeen million kilowatts from a building that uses four hundred, and you know instantly. So in practice there's a gateway that reads the {Modbus|Mod bus} registers and presents them as {BACnet|Backnet} objects, and somebody has to build that map, register by register, by hand, from a {PDF|PDF}. ¶ And if you're in Europe, you'd also meet {KNX|K and X} for the lighting and the blinds, and older buildings still have {LonWorks|Lon works}. Our building has exactly one {LonWorks|Lon works} device left, a lab exhaust controller nobody can program anymore, and we tiptoe around it."),

  seg('topic', E, 'The front-end: Niagara and the JACE, vendor lock-in, and nine hundred alarms brought down to forty', ['Niagara', 'alarm', 'front-end']),
  say(D, "Let's talk about the screen. Because when people picture building automation, they picture the graphic, with the little spinning fans."),
  say(E, "The front-end, yes. Ours, like a lot of campuses, is built on Niagara, the framework from {Tridium|Tridion}, which Honeywell owns. In each building there's a {JACE|Jace}, a small box that runs a Niagara station, talks {BACnet|Backnet} and {Modbus|Mod bus} and whatever else is downstairs, and serves up the graphics, the schedules, the trends and the alarms to a supervisor in the data centre. ¶ The big vendors have their own, Johnson Controls has {Metasys|Metasis}, Siemens has {Desigo|Designo}, and historically, whoever installed your system owned your building for twenty years, because only their tools could program their controllers.", { lab: null }),
  say(D, "The vendor lock-in talk. I've sat on the other side of that table.", { lab: null }),
  say(E, "And Niagara was the escape, sort of. It's open in the sense that lots of companies build on it, but you're still buying licences. ¶ The thing that actually keeps me up on the front-end isn't lock-in, it's alarms. When I started, our campus had over nine hundred active alarms at any moment. Nine hundred. Nobody looks at nine hundred alarms. The one that matters, the freezer in a lab losing its temperature, is in there somewhere, under eight hundred and ninety-nine filter alarms."),
  say(D, "So what did you do?"),
  say(E, "We borrowed from the process industry, the refineries. There's a standard for alarm management, {ISA eighteen point two|ISA 18.2}, and its rule of thumb is simple: every alarm must need a human to do something. If nobody needs to act, it's not an alarm, it's a log entry. ¶ We got down to about forty active alarms across the campus. It took two years and a lot of arguments."),
  say(D, "Forty. That's an achievement. §Forty is also, coincidentally, about how many items were on the punch list of the last job I ever commissioned, which brings me to this episode's sponsor, {Punchwise|Punch wise}."),

  seg('sponsor', D, 'Punchwise: commissioning on a tablet', ['Punchwise'], { mid: true }),
  say(D, "{Punchwise|Punch wise} runs commissioning on a tablet: the functional tests, the point-to-point checkout, the punch list, all in one place. You stand in front of a {VAV|VAV} box, you command the damper, you tick the box, you take a photo, and the engineer back in the office sees it right away. No more spreadsheet emailed around in fourteen versions. ¶ They're offering listeners a free pilot on one project at {⟨punchwise.com/returnair⟩|punchwise.com/returnair}. Thanks to {Punchwise|Punch wise} for supporting the show."),

  seg('topic', E, 'Point names that mean something: Project Haystack, Brick Schema, ASHRAE 223P, and fault detection that finds a stuck damper', ['Haystack', 'Brick', 'fault detection']),
  say(D, "Back to the tour. We're standing at the front-end, and I want to talk about the names. Every building I ever worked in had points named like somebody sneezed on a keyboard."),
  say(E, "A-H-U underscore three underscore D-A-T underscore S-P. And the next building calls the same thing S-A-T set. That was fine when a human looked at one graphic at a time. It's a disaster when you want software to look at a hundred buildings. ¶ That's where Project Haystack comes in. It started around {twenty eleven|2011}, and it's a set of tags: you tag a point discharge, air, temp, sensor, and you tag it as belonging to this air handler, and suddenly software can ask for every discharge air temperature on campus without reading a single name."),
  say(D, "And Brick?"),
  say(E, "Brick Schema is the more formal cousin, out of a group of universities, built on the semantic web, {RDF|RDF} and ontologies. Haystack is tags, Brick is a graph of how things relate: this damper feeds this zone, which is in this room. ¶ And now {ASHRAE|Ashrae} has its own, {two twenty-three P|223P}, which tries to model the actual connections, down to the pipes and the ducts. Haystack and Brick have been working to line up with it, which I honestly didn't expect to see in my career.", { lab: 'Dov Rosenthal' }),
  say(D, "Okay, say I've tagged everything. What do I get?"),
  say(E, "Fault detection and diagnostics, {FDD|FDD}. Rules that run over the trend data every night and find things like simultaneous heating and cooling, where the reheat valve is open in a room at the same time the air handler is cooling that air. You pay twice to go nowhere. ¶ In our science building, the rules found a damper on one air handler that had been stuck at forty percent for who knows how long. The trend looked perfect, because the controller was reporting the command, not the actual position. Nobody had ever put a sensor on the damper."),
  say(D, "So the building was lying."),
  say(E, "The building was reporting what it was told. That's different."),
  say(D, "Fair. The building was being polite.", { lab: 'Dov Rosenthall' }),

  seg('topic', E, 'Who else can talk to the building: no passwords in BACnet, Shodan, the Target breach, and BACnet Secure Connect', ['security', 'BACnet/SC', 'Target']),
  say(E, "Polite to anyone who asks, which is the part that scares me. {BACnet|Backnet} and {Modbus|Mod bus} were designed for closed networks in the basement. There's no authentication in classic {BACnet|Backnet}. If you can send a packet to a controller, you can write to it. ¶ And there are thousands of these controllers reachable from the internet. Search {Shodan|Shodan} for port {forty-seven eight oh eight|47808} and you'll find building controllers in every country."),
  say(D, "And everyone's favourite example."),
  say(E, "Target, {twenty thirteen|2013}. The attackers got into Target's network with credentials stolen from an HVAC contractor, a refrigeration company that had remote access for monitoring. From there they reached the payment systems, and about forty million card numbers went. The HVAC wasn't the target, it was the door. ¶ There's also the casino that was hacked through an internet-connected thermometer in a fish tank in the lobby. I use that one with the deans."),
  say(D, "Do the building people take it seriously now? When I started, the building network was whatever cable was left over."),
  say(E, "Much more, since the ransomware attacks on hospitals. On our campus, the IT security team and my team now own the building network together, which took some getting used to on both sides. They had never heard of {BACnet|Backnet}, and we had never been asked for an inventory."),
  say(D, "So what's the fix? You can't rip out a hundred buildings."),
  say(E, "You can't. First, segmentation: the building network lives on its own {VLANs|V lans}, behind a firewall, and vendors come in through one monitored remote access path, not a modem somebody left in a closet. Second, {BACnet|Backnet} Secure Connect, {BACnet/SC|Backnet SC}, which finally puts {TLS|TLS} and certificates on {BACnet|Backnet}, over WebSockets, through a hub. It's been in the standard since about {twenty nineteen|2019}, and the products are only now getting common. We're putting it in our new buildings."),
  say(D, "That's reassuring, a little. §Last stop on the tour is the basement, and I'm guessing that on a campus in the desert, that's where the money goes."),

  seg('topic', E, 'The basement and the central plant: chillers, cooling towers, thermal energy storage, demand response, and the AI optimiser', ['chiller', 'thermal energy storage', 'demand response'], { mid: true }),
  say(E, "The money and the water. Our building doesn't have its own chillers, it's on the campus chilled-water loop, so in the basement you mostly see a heat exchanger, pumps and a lot of pipe. The chillers themselves are in a central plant across the street: big centrifugal chillers, and cooling towers on top that reject the heat by evaporating water. In Phoenix in the summer, that's a lot of water, which is a conversation the university has every year now."),
  say(D, "And the plant is its own world of controls."),
  say(E, "It's the most interesting one. Which chillers to run, how cold to make the water, how hard to push the towers, all of it trades electricity against water against comfort. And we have thermal energy storage: huge tanks we chill at night, when power is cheap, and drain during the afternoon peak. ¶ That also makes us useful to the utility. On the worst afternoons in August, they call, and we lean on the tanks and drop a few megawatts off the grid for a couple of hours. That's demand response."),
  say(D, "How big are those tanks?"),
  say(E, "The big one is the size of a small office building, a few million gallons of chilled water. From the road it looks like a giant beige can."),
  say(D, "Is this where the AI shows up? Every vendor I meet has an AI chiller optimiser."),
  say(E, "Every vendor. Everybody quotes {DeepMind|Deep Mind} and the {Google|Google} data centres, the claim in {twenty sixteen|2016} that they cut cooling energy by forty percent. And it's a real result, in a data centre, with perfect sensors and a team of researchers. My plant has a flow meter that's been wrong since the Obama administration. Fix the sensors and the sequences first. The AI can come after."),

  seg('topic', E, 'Advice for newcomers: learn the mechanical side, read sequences, try YABE and Wireshark, learn some Python', ['advice', 'YABE']),
  say(D, "Fix the sensors first. Last question, and I ask everyone this. Somebody's listening who wants to do your job in ten years. Where do they start?"),
  say(E, "Learn the mechanical side first. The best controls people I know can tell you why a coil freezes, not just which point alarmed. Read real sequences of operation, Guideline {thirty-six|36} is free to read online. ¶ Then get your hands on the protocols. Download {YABE|Yabi}, Yet Another {BACnet|Backnet} Explorer, point it at a controller on a test bench, and watch the Who-Is and the I-Am go by in Wireshark. Learn a little Python, because every analytics job now is half data cleaning. And go stand in a mechanical room when something's broken. That's where you learn."),
  say(D, "And certificates? People always ask me which course to take."),
  say(E, "A vendor certificate on Niagara or one of the big systems helps you get hired, so do one. But the people I hire first are the ones who are curious. If you've ever opened up a thermostat to see how it works, you're already halfway there."),

  seg('outro', D, 'Goodbye', []),
  say(D, "Halfway there. And go stand in a mechanical room when something's broken. I love it. Esperanza Villalobos, thank you for the tour."),
  say(E, "Thank you, Dov. Say hi to your radiator for me."),
  say(D, "It heard you. Right on cue. That's Return Air for this week. The show notes and links are at {⟨returnair.fm/45⟩|returnair.fm/45}. Stay warm, or stay cool, depending on where you are."),
];

export const SPEAKERS = [
  { name: D, aliases: ['Dov', 'Rosenthal', 'Dov Rosenthall'] },
  { name: E, aliases: ['Esperanza', 'Villalobos', 'Villa Lobos', 'Esperanza Villalobs'] },
];
