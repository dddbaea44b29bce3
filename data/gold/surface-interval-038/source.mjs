// Source of Surface Interval #38 (SYNTHETIC held-out episode, heldout30): a PANEL of THREE, a host and two guests, about
// OCEAN ROBOTICS (underwater gliders, Argo floats, talking to things underwater, cheap and expensive ROVs, a surface drone
// in a hurricane, mapping the seafloor and Boaty McBoatface, listening for whales), the topics handed around by name, a
// sponsor read in the middle. People (invented): the host Lowri Pritchard, in Plymouth, who turns ship and sensor data
// into something a scientist can open, who opens and closes the show; the guests Joaquín Ferreyra, who flies underwater
// gliders for an oceanographic institute in Palma de Mallorca and is on call during the recording for the glider Tortuga
// (the running joke: set up in the intro, fed in segments 3 and 7, paid off in the outro: a fishing boat parked on her next
// waypoint), and Hyun-woo Baek, in Victoria, British Columbia, who writes software for a cabled ocean observatory, sits in
// the control van on ROV dives and keeps a small ROV in his garage. The sponsor "Moonpool" (ship-to-shore data for research
// vessels) is invented, as are the people, the glider, the lost glider and every anecdote. Recorded Tuesday 15 October
// 2024; the vehicles, programmes, standards, organisations and events are real, told from memory.
// Rendered by build.mjs into captions.vtt (the WebVTT captions the show's editing tool exported, with the producer's names
// as voice tags) and speechmatics.json (a Speechmatics batch transcript with speaker diarization: S1, S2, S3).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in captions.vtt (the editing tool's transcript, corrected by the producer: names and products right,
//              numbers as words), B in speechmatics.json (the recogniser's words, uncorrected: misheard names and products,
//              numbers as digits, fillers dropped); B may be empty;
//   ⟨...⟩      a spoken URL (inside the A of a {A|B}): kept as written in captions.vtt.
// opts:
//   voice: X   captions.vtt: this paragraph's cues carry the voice X (the producer's slip: the wrong person);
//   tail       captions.vtt: said right over the end of the other speaker's sentence, this short reply is added to the end
//              of the cue before it (two voices: `ambiguous`, the speaker of most of its words);
//   uu         speechmatics.json: the diariser could not place this short line: speaker "UU";
//   merge      speechmatics.json: said over the other speaker, this short reply gets the label of the paragraph after it
//              (and runs into that speaker's run: two voices, `ambiguous`);
//   flip: X    speechmatics.json: the diariser gives this paragraph the label X (a voice off the microphone: S4).
// Conventions (heldout9's and heldout29's panel convention): the presenter is the person who BRINGS and carries the topic,
// also when another hands it to them by name; the hand-over line belongs to the NEW segment; the host presents the intro,
// the sponsor (her read) and the outro, and the one topic she brings herself.
import { say, seg } from '../build-episode.mjs';

export const L = 'Lowri Pritchard';
export const J = 'Joaquín Ferreyra';
export const H = 'Hyun-woo Baek';

export const SOURCE = [
  seg('intro', L, 'Welcome to Surface Interval 38', []),
  say(L, "Hello, and welcome to Surface Interval, episode {thirty-eight|38}, the show about the machines we send into the sea and the data they bring back. I'm Lowri {Pritchard|Pritchett}, in Plymouth, where I spend my days turning ship and sensor data into something a scientist can open. With me this month are two people who put robots in the water for a living. {Joaquín Ferreyra|Joaquin Ferreira} flies underwater gliders for an oceanographic institute in Palma de Mallorca, and {Hyun-woo Baek|Hyun woo Beck} writes software for a cabled ocean observatory in Victoria, British Columbia, and sits in the control van when the ROVs go down. Welcome, both."),
  say(J, "Thank you, Lowri. Hola, everyone. I should warn you, I'm on call tonight. One of our gliders is at sea, and if my phone buzzes, that's her surfacing. She calls home every four hours."),
  say(L, "Does she have a name?"),
  say(J, "Tortuga. She's slow, she's very old, and she always comes back."),
  say(H, "Hi, everyone. My robots are mostly bolted to the seafloor, so nobody's going to call me tonight, I hope."),
  say(L, "We're going to go roughly from the surface down and back up again, and if everyone behaves, I'll tell you about Boaty McBoatface at some point."),
  say(H, "That's a long way down."),

  seg('topic', J, 'Underwater gliders: how Tortuga flies on a buoyancy engine, calls home over Iridium, and the Scarlet Knight', ['glider', 'Slocum', 'buoyancy']),
  say(L, "It is. {Joaquín|Joaquin}, you're the one with a robot out there right now, so you go first. What is Tortuga actually doing?"),
  say(J, "Right now she's about two hundred kilometres south of Mallorca, between the islands and Algeria, going up and down in a sawtooth. A glider has no propeller. It has wings, and a buoyancy engine: a pump that moves oil from a reservoir inside the hull into a bladder outside. When the bladder is empty, she's a little heavier than the water and she sinks, and the wings turn that sinking into forward motion. At the bottom of the dive, the pump pushes the oil out, she gets lighter, and she glides up. Down to a thousand metres and back takes about four or five hours."),
  say(H, "And what does a glider pilot actually do all day? I've always wanted to know."),
  say(J, "Mostly I watch a web page and worry. The currents push her off her line, so I move the waypoints. If she's using too much battery, I make the dives shallower. And when a storm is coming, I decide whether to keep her out or call the boat. It's a bit like walking a very slow dog by email."),
  say(L, "How fast is that?"),
  say(J, "Walking pace would be a dream. About a kilometre an hour, twenty-five kilometres a day. But she uses almost no energy, so she can stay out for months. Ours are {Slocum|slow come} gliders, from Teledyne Webb, named after Joshua {Slocum|slow come}, who sailed around the world alone. The other two classic ones are the Seaglider, from the University of Washington, and the Spray, from Scripps. She carries a {CTD|CTD}, so conductivity, temperature and depth, which gives us salinity, plus oxygen and chlorophyll sensors."),
  say(H, "And she only talks at the surface."),
  say(J, "Only at the surface. She comes up, points her tail at the sky, gets a {GPS|GPS} fix, and calls over {Iridium|iridium}, the satellite phone network. She sends a subset of the data, because satellite time is expensive, and she downloads new instructions from our server, the dockserver. Then she dives again. The full-resolution data only comes when we pick her up."),
  say(L, "What's the longest anyone's flown one?"),
  say(J, "The famous one is {RU twenty-seven|RU 27}, from Rutgers, the Scarlet Knight. In {two thousand nine|2009} it crossed the whole Atlantic, from New Jersey to Spain, in {two hundred and twenty-one|221} days. When it arrived, it was covered in barnacles. For us the enemy isn't distance, it's fishing boats. We lost one two winters ago. We think a trawler picked her up in a net, and we never heard from her again."),
  say(H, "That's grim."),
  say(J, "That's the sea."),

  say(L, "It really is. §Gliders have a cousin that doesn't fly at all, and there are thousands of them. I want to talk about Argo, because I think it's the most successful robot programme nobody outside oceanography has heard of."),
  seg('topic', L, 'Argo: four thousand floats, a profile every ten days, and open data within a day', ['Argo'], { mid: true }),
  say(J, "Oh, I love Argo."),
  say(L, "So Argo floats are tubes about two metres long that drift with the currents. Almost four thousand of them right now, spread across every ocean. Every ten days, a float sinks to about a thousand metres and parks there, then drops to two thousand, and then rises to the surface measuring temperature and salinity on the way up. At the surface it sends the profile by satellite, and then it starts again. A float lasts four or five years."),
  say(J, "And what does one cost? I always forget."),
  say(L, "A basic one, something like {twenty thousand|20,000} dollars, more for the fancy ones. And almost none of them come back. When the battery dies, the float sinks, and that's a real discussion now, thousands of dead floats on the seafloor."),
  say(H, "And the data's open, right? That's the bit that always amazes me."),
  say(L, "Completely open, within about a day. The profiles go to two global data centres, one in France and one in the US, as {NetCDF|net CDF} files, and anyone can download them. Most of what we know about how much heat the ocean has taken up since the two thousands comes from Argo. The newer floats go further. Deep Argo floats dive to six thousand metres, and the {BGC|BGC} ones, biogeochemical, carry oxygen, nitrate, {pH|PH} and chlorophyll sensors."),
  say(J, "Sorry, that's my phone. No, it's fine, it's my mother.", { flip: 'S4' }),
  say(H, "Tortuga's jealous.", { uu: true, tail: true }),
  say(J, "And the name is from the myth. The satellites that measure sea level are called Jason, so the floats had to be the Argo."),
  say(L, "Jason and the Argonauts. Oceanographers are nerds."),
  say(H, "We are."),

  seg('topic', H, 'Talking underwater: acoustic modems, the JANUS standard, USBL and the DVL, and the ROV\'s fibre', ['acoustic', 'JANUS', 'underwater communication']),
  say(J, "Hyun-woo, can I ask you something I've never understood? Tortuga only talks at the surface. How do you talk to anything down there?"),
  say(H, "Mostly, we don't. Radio dies in a few metres of seawater, and {GPS|GPS} doesn't reach you at all. Light goes a bit further, blue-green lasers can do a few tens of metres in clear water, but the workhorse is sound. Sound travels about fifteen hundred metres a second in water, so an acoustic modem can reach kilometres. But the channel is horrible. The sound bounces off the surface and the seafloor, it bends with the temperature layers, and you get the same message arriving five times, a bit late each time."),
  say(L, "So what kind of speed do you get?"),
  say(H, "Depends on the range. Short range, a few kilobits a second if you're lucky. Long range and robust, tens of bits. NATO's research centre wrote an open standard for it called {JANUS|Janice}, so modems from different makers can at least say hello to each other, and the baseline is about {eighty|80} bits a second."),
  say(L, "Eighty bits a second.", { tail: true }),
  say(H, "{Eighty|80}. You can send a position and a status, not a video. For position, ships use {USBL|USB L}, ultra-short baseline: a transducer under the hull pings the vehicle and works out the range from the travel time and the direction from the tiny differences between a few receivers. And the vehicle itself navigates by dead reckoning, an inertial unit plus a {DVL|DVL}, a Doppler velocity log, which bounces sound off the seabed to measure its speed over the ground. The error grows the longer you're down, so {AUVs|A UVs} come up for a {GPS|GPS} fix now and then, like Tortuga."),
  say(J, "And the ROVs?"),
  say(H, "ROVs cheat. They're on a cable. A work-class ROV has an umbilical with power and optical fibre going up to the ship, so we get high-definition video and gigabits, as long as nothing happens to the cable."),
  say(L, "As long as nothing happens to the cable, which is the motto of my entire career. §And talking of getting data off a ship, this episode is here thanks to {Moonpool|Moon pool}."),

  seg('sponsor', L, 'Moonpool: research-vessel data from ship to shore', ['Moonpool'], { mid: true }),
  say(L, "{Moonpool|Moon pool} moves data from research vessels to shore. It sits on the ship's network, picks up every sensor feed and every instrument file, tags them with the cruise, the station and the position, and trickles them home over whatever link you have, satellite or otherwise, so the scientists on land see the cruise while it's still happening. When the ship docks, nothing's missing, and nobody has to carry a hard drive down the gangway. Have a look at {⟨moonpool.io/surface⟩|moonpool dot io slash surface}. Thanks, {Moonpool|Moon pool}."),

  seg('topic', H, 'A hobbyist\'s ROV: the BlueROV2 on ArduSub and QGroundControl, the Nautilus live streams, and a cabled observatory', ['BlueROV2', 'ArduSub', 'ROV']),
  say(L, "Hyun-woo, you said ROVs cheat. You drive the big ones at work, but I hear there's a small yellow one in your garage."),
  say(H, "There is. It's a {BlueROV2|blue ROV 2}, from Blue Robotics, which is the closest thing the ocean has to a hobby drone. It costs about as much as a good laptop, plus the tether. Six thrusters, a camera, lights, and it runs {ArduSub|ardu sub}, which is the ArduPilot firmware adapted for submarines. On the surface you run {QGroundControl|Q ground control} on a laptop, the same ground station the drone people use, and everything talks {MAVLink|Mav link}. So if you've flown a drone with ArduPilot, you already know how to drive it."),
  say(J, "Do you trust the software on the cheap one?"),
  say(H, "More than I trust the tether. The software is thousands of people flying drones and fixing bugs every week. The tether is one orange cable that my neighbour's dog has chewed twice."),
  say(J, "How deep can it go?", { merge: true }),
  say(H, "A hundred metres, three hundred with the deeper housings. At work, our vehicles go to a few thousand. The difference isn't mostly depth, it's the tools: arms, sample drawers, a tether management system, a crew of six. But the software ideas are the same. And then there's the public side, which I love. The Nautilus, Ocean Exploration Trust's ship, streams every dive live on YouTube with the scientists talking, and millions watch. The stubby squid with the googly eyes was a Nautilus dive."),
  say(L, "The one that looked like a cartoon."),
  say(H, "That one. The scientists on the audio just lost it. It's the best outreach anyone in ocean science has ever done. At my observatory, the seafloor nodes stream all the time, cameras and hydrophones, because everything's on a fibre cable back to shore. The big one near us is {NEPTUNE|Neptune}, eight hundred kilometres of cable off Vancouver Island. No batteries, no surfacing. The cheap ROVs die at the surface, in the waves, not in the deep."),

  seg('topic', J, 'A robot in a hurricane: Saildrone inside Hurricane Sam, and the Wave Glider', ['Saildrone', 'hurricane']),
  say(J, "The waves are where I wanted to go next, because somebody drove a robot into a hurricane on purpose. {Saildrone|sail drone}, the company in California, builds these surface drones, seven metres long, with a tall rigid wing instead of a sail, and solar panels for the instruments. In {twenty twenty-one|2021}, with {NOAA|NOAA}, they sent one into Hurricane Sam, a category four, and it kept sailing and filming. The video of fifteen-metre waves from the deck of a robot is something I show every student."),
  say(L, "Why would you want to be inside a hurricane?"),
  say(J, "Because that's where the ocean feeds it. The storm takes its energy from the warm water, and the forecasts of intensity have always been the weak part. Satellites can't see under the clouds, and planes can't fly at the surface. So a drone that measures the air and the water right at the boundary, in the worst place, is gold for the models. They send a fleet every hurricane season now, with a special hurricane wing, smaller and stronger."),
  say(H, "There's also the Wave Glider, the one that swims with the waves."),
  say(J, "Yes, from Liquid Robotics, which Boeing bought. A surfboard on top, and a second body hanging below on a cable, with fins. The waves lift the board, and the fins underneath turn that up-and-down into forward motion. No fuel at all. I like them because they can sit above Tortuga and pick up her data acoustically, so she doesn't always need to surface."),
  say(L, "A robot babysitting another robot."),
  say(J, "That's most of oceanography now."),
  say(H, "I'd watch that show. §Lowri, you promised us Boaty McBoatface at the top, and I think we've earned it."),

  seg('topic', L, 'Mapping the seafloor: multibeam sonar, Seabed 2030, and Boaty McBoatface in the Orkney Passage', ['Seabed 2030', 'multibeam', 'Boaty McBoatface'], { mid: true }),
  say(L, "You have. So, the seafloor. Depending on who you ask, only about a quarter of the ocean floor has been mapped at decent resolution. We have better maps of Mars. There's a project called Seabed {twenty thirty|2030}, from the Nippon Foundation and {GEBCO|Gebco}, that's trying to get the whole thing mapped by, well, {twenty thirty|2030}. The main tool is the multibeam echosounder: a ship sends a fan of sound beams across its track and times the echoes, so it maps a strip several times wider than the water is deep. In the deep ocean that's a strip ten kilometres wide, at ten knots. It's still a lot of ocean."),
  say(H, "And how sharp is the picture from a ship?"),
  say(L, "In the deep ocean, from the surface, maybe a pixel every hundred metres. Good enough to find a seamount, not good enough to find a shipwreck. For that you put the sonar on a robot and fly it close to the bottom."),
  say(J, "Does crowdsourcing help?"),
  say(L, "For the coasts, yes. Fishing boats and yachts with an ordinary echosounder can log their depths and send them in, and it adds up. Out in the deep, you need the proper ships, or robots. Which brings me to Boaty. In {twenty sixteen|2016}, the Natural Environment Research Council asked the public to name its new polar ship, and the internet voted for Boaty {McBoatface|Mcboatface}. The ship was named after Sir David Attenborough, and the name went to a yellow submarine instead: one of the {Autosub|auto sub} Long Range vehicles from the National Oceanography Centre in Southampton."),
  say(H, "Best outcome for everyone."),
  say(L, "Honestly, yes. And Boaty has done real science. On its first proper mission, in the Orkney Passage in the Southern Ocean, it spent days down near the bottom, about four kilometres deep, and showed that stronger winds over the Southern Ocean were stirring up the cold bottom water. It can go for weeks on its own, hundreds of kilometres."),
  say(H, "Boaty deserves a documentary.", { voice: 'Joaquín Ferreyra' }),

  seg('topic', H, 'Listening: hydrophones, passive acoustic monitoring, machine learning on whale calls, and Whale Safe', ['hydrophone', 'whale', 'passive acoustic']),
  say(H, "I want to finish with listening, because everything tonight, the modems, the multibeam, is us being loud, and the animals were there first. Our observatory has hydrophones on the seafloor that record all the time, and so do a lot of others. It's called passive acoustic monitoring. You don't ping, you just listen, and you hear whales, ships, earthquakes, rain, everything. The problem is the volume. One hydrophone recording all year is far more audio than anyone could listen to, so it's machine learning now. A model looks at the spectrogram and flags the calls."),
  say(L, "Like the {Google|Google} humpback model?"),
  say(H, "Yes, {Google|Google} worked with {NOAA|NOAA} on that in {twenty eighteen|2018}, on years of recordings from around Hawaii. And there's {Orcasound|orca sound}, in the Salish Sea near us, where the hydrophones stream live on the web and volunteers listen for the killer whales, with a model helping them. The one that actually saves whales, I think, is Whale Safe in the Santa Barbara Channel: a buoy with a hydrophone that detects blue, humpback and fin whale calls and sends them out in near real time, so ships know to slow down. They even grade the shipping companies on whether they did."),
  say(J, "Ship strikes kill so many of them."),
  say(H, "And slowing to ten knots cuts that a lot. It's the cheapest fix in the ocean."),
  say(L, "And it's not only collisions, is it? It's the noise."),
  say(H, "It's the noise too. Killer whales hunt by echolocation, and a big ship drowns them out for kilometres. The port of Vancouver runs a programme called ECHO, where ships slow down through Haro Strait in the summer, and the hydrophones there measure how much quieter it gets. It works. Quieter ships, more fish caught by the whales."),

  seg('outro', L, 'Goodbye', []),
  say(L, "That's a lovely place to stop. {Joaquín|Joaquin}, before we go, did Tortuga call?"),
  say(J, "She did, during the Boaty story. Let me read it. She's at the surface, batteries fine, and there is a fishing boat sitting exactly on her next waypoint."),
  say(H, "Ship strikes again."),
  say(L, "Of course there is. That's Surface Interval for this month. The show notes are at {⟨surfaceinterval.fm/38⟩|surface interval dot FM slash 38}. {Joaquín|Joaquin}, Hyun-woo, thank you both."),
  say(J, "Gracias, Lowri. Buenas noches."),
  say(H, "Thanks, Lowri. Good luck, Tortuga."),
];

export const SPEAKERS = [
  { name: L, aliases: ['Lowri', 'Pritchard', 'Pritchett', 'S1'] },
  { name: J, aliases: ['Joaquín', 'Joaquin', 'Ferreyra', 'Ferreira', 'S2', 'S4'] },
  { name: H, aliases: ['Hyun-woo', 'Hyunwoo', 'Baek', 'Hyunwoo Baek', 'Beck', 'S3'] },
];
