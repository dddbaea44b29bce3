// Source of Half Space #31 (SYNTHETIC held-out episode, heldout27): a two-host CONVERSATIONAL co-host show with NO rundown
// and no sponsor: two friends who work in FOOTBALL (soccer) ANALYTICS talk, and the topics drift, raised by either host,
// often by the one who does NOT carry them (expected goals, GPS vests and training load, event and tracking data, video
// analysis, the free data and the Python tools, data in the women's game, semi-automated offside, set pieces). Hosts
// (invented): Niamh Corrigan, performance analyst of an invented women's team in Glasgow, who opens and closes the show;
// Mateus Vilela, in Lisbon, who builds scouting models for clubs, and keeps goal for "Os Pombos" (the Pigeons), a Sunday
// five-a-side team that lost eleven-two but "won on expected goals" (the running joke: set up in the intro, fed in
// segments 2 and 6, paid off in the outro). Invented too: the winger's hamstring, the manager, the Danish centre-back, the
// corners, the academy camera and every anecdote. Recorded Thursday 6 March 2025; the tools, companies and history are
// real, described from memory.
// Rendered by build.mjs into riverside.txt (a Riverside transcript export: a name and a (mm:ss.mmm) time over each block)
// and whispercpp.txt (whisper.cpp's timestamped console output saved to a file: no speakers at all).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in riverside.txt (the recording platform's transcript, names fixed by the hosts), B in whispercpp.txt
//              (a local Whisper model: misheard names, fillers dropped, numbers as it hears them); B may be empty;
//   ¶          riverside.txt only: a new block with the same name inside a long turn.
// opts:
//   merge      whispercpp.txt: this short reply runs into the same line as the next paragraph (the other host's), so the
//              line holds both voices (`ambiguous`, the speaker of most of its words).
// Conventions (the conversational convention of heldout25 and heldout26): presenter = the host who CARRIES the topic (the
// story, the knowledge or the opinion), also when the other raised it; the line that raises a topic belongs to the NEW
// segment; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const N = 'Niamh Corrigan';
export const V = 'Mateus Vilela';

export const SOURCE = [
  seg('intro', N, 'Welcome to Half Space 31', []),
  say(N, "Hello and welcome to Half Space, episode thirty-one. It's Thursday the sixth of March, I'm {Niamh|Neve} Corrigan, I do the numbers and the video for a women's team in Glasgow, which mostly means I watch the same corner kick forty times a week."),
  say(V, "And I'm Mateus {Vilela|Vilella}, in Lisbon, where I build scouting models for clubs that can't afford a scout in every country. Also captain, goalkeeper and kit washer of Os Pombos, Sunday five-a-side."),
  say(N, "Oh no. How did the Pigeons get on?"),
  say(V, "We lost eleven-two.", { merge: true }),
  say(N, "Eleven."),
  say(V, "Eleven-two. But I ran the numbers on the tram home, and on expected goals we won. Quite comfortably."),
  say(N, "You did not."),
  say(V, "I logged every shot in my notes app. There is a spreadsheet."),
  say(N, "Of course there's a spreadsheet. Does the rest of the team know?"),
  say(V, "They know. The left winger asked for his own column."),

  seg('topic', V, 'Expected goals: what an xG model learns from old shots, freeze frames, and why one match is noise', ['expected goals', 'xG']),
  say(N, "Go on, then. Explain to me how you lose eleven-two and still win something."),
  say(V, "{Okay, so|So} expected goals. Every shot gets a number between zero and one, the probability that a shot like it, from that spot, in that situation, ends up in the net. A penalty is about point seven six. A header from the edge of the box is almost nothing. ¶ Add them up over a match and you get the goals a team should have scored. The models learn from hundreds of thousands of old shots: distance, angle, was it a header, did it come from a cross or a through ball."),
  say(N, "And the freeze frames."),
  say(V, "Yes, I'm getting there."),
  say(V, "Right, the better ones, {StatsBomb|Stats Bomb}'s for example, know where the goalkeeper and the defenders were at the moment of the shot, so a shot into an empty net isn't treated like one through six bodies. {Opta|Opta}'s is the one you see on the TV graphics now. They disagree on maybe one shot in ten, the weird ones, deflections, scrambles, a header off somebody's back, and over a season it evens out. And the Pigeons, {um,|} our shots were close in, theirs were from everywhere, and our keeper..."),
  say(N, "You're the keeper.", { merge: true }),
  say(V, "Our keeper had a difficult day. Nine of their goals came from what I'd call low-quality chances."),
  say(N, "That's not the model talking, that's a man who conceded eleven."),
  say(V, "Fair. The honest version is that xG over one match is noise. Over a season it tells you something: whether a striker is unlucky or just bad, whether a defence keeps giving away good chances. Over one Sunday in Lisbon it tells you I need new gloves."),
  say(N, "Is there not a version for keepers?"),
  say(V, "There is, post-shot xG. It only looks at shots on target and uses where the ball actually went, top corner, straight at you, so you can see whether a keeper saved more than he should have. By that one I am, {um,|} a disgrace. Minus six on a Sunday. I checked twice."),
  say(N, "And the criticism? Because I get it from our manager every single week."),
  say(V, "That it ignores everything before the shot. The pass that should've been a shot, the run nobody found. It only counts chances that ended in a shot, which is why people have built other things on top."),

  say(N, "Our manager's version is that none of it can see a player who's knackered. §{Which, honestly, is|Which is} the spreadsheet that ate my week. The vests."),
  seg('topic', N, 'GPS vests and training load: high-speed running, decelerations, the acute to chronic workload ratio, and cycle tracking', ['GPS vests', 'training load', 'workload'], { mid: true }),
  say(N, "Every player trains in a wee vest with a GPS unit between the shoulder blades. Ours are {STATSports|Stat Sports}, a lot of clubs use Catapult. Ten times a second it logs where you are, plus an accelerometer and a gyroscope a hundred times a second. ¶ Out of that I get total distance, high-speed running, which for our squad is above nineteen kilometres an hour, sprints, accelerations and decelerations."),
  say(V, "Why decelerations?"),
  say(N, "Because stopping is what hurts. The hamstrings and the knees pay for the braking. We had a winger doing sixty hard decelerations a session in January, and then she pulled a hamstring, and of course everyone looked at me like the spreadsheet should've shouted."),
  say(V, "Should it have?"),
  say(N, "Sometimes. The famous number is the acute to chronic workload ratio, this week's load against the last four weeks'. The idea is that injuries cluster when you spike. It's been pulled apart by statisticians, it's a ratio of two things that share a term, all that, so I use it to start a conversation, not as a red light. ¶ The other thing we've tracked since last season is the menstrual cycle, with consent, through {FitrWoman|Fitter Woman}, the app. Players log it and the sessions get adjusted a bit. Half the squad loves it and half thinks it's none of my business, which is fair."),
  say(V, "Huh. That's a part of the game I have zero data on."),
  say(N, "Most clubs don't either."),
  say(V, "And what does your manager actually look at? She doesn't read all of that."),
  say(N, "One page. A traffic light for each player, green, amber, red, in a {Power BI|Power B I} dashboard I built, because nobody has ever read a second page. The sports scientist and I fight over the thresholds, she wants them tighter, I want fewer false alarms. ¶ And on matchday none of it matters, because the manager picks the eleven she picked anyway."),
  say(V, "So the same as every club in the world."),
  say(N, "Every club in the world. {Aye.|}"),

  seg('topic', V, 'Event data and tracking data: Opta, StatsBomb and Wyscout, Second Spectrum, SkillCorner\'s broadcast tracking, and kloppy', ['event data', 'tracking data']),
  say(V, "You know what's funny, you've got all this data about where your players are, and I almost never get that. I live in event data."),
  say(N, "Meaning what, exactly?"),
  say(V, "A list of the things that happen on the ball. A pass, from here to here, by this player, at this second. A shot, a tackle, a foul. Opta, which is Stats Perform now, StatsBomb, and {Wyscout|Why Scout}, which belongs to {Hudl|Huddle}, all sell it, with people clicking through every match on video, something like three thousand events a game. ¶ Tracking data is where all twenty-two players and the ball are, twenty-five times a second, from cameras in the stadium. In the Premier League that's Second Spectrum."),
  say(N, "And you can't get it."),
  say(V, "Not for the leagues my clients scout, cameras cost money. So now there's broadcast tracking. {SkillCorner|Skill Corner} is the big name: they run computer vision on the TV pictures and estimate where the players are, including the ones off screen, which is, {honestly,|} a bit of guesswork. But it's cheap and it covers leagues nobody puts cameras in."),
  say(N, "How wrong is the guesswork?"),
  say(V, "For the players on screen, a metre or two. For the ones off screen, it's an educated guess from where they were a few seconds before. For scouting that's fine. I want to know whether a centre-back steps up or drops off, not where his shoelaces are."),
  say(N, "Do the formats talk to each other?"),
  say(V, "God, no. Every provider has its own coordinates. Where zero zero is, whether the pitch is a hundred by a hundred or a hundred and five by sixty-eight metres, which way the team's attacking. There's a Python library, {kloppy|cloppy}, that loads all of them into one standard model. It's saved me, I don't know, weeks. Before that I had a folder of scripts called fix coordinates, final, final two."),
  say(N, "Weeks I would happily take."),

  seg('topic', N, 'Video analysis: coding matches in Hudl Sportscode, opposition clips from Wyscout, and an AI camera from Veo', ['video', 'Sportscode', 'Veo']),
  say(N, "Right, the thing I actually wanted to moan about is video, because that's where my Saturday nights go. We film every match from a camera on a pole, and I code it in {Hudl Sportscode|Huddle Sports Code}. A code window is a grid of buttons, one for each thing you care about. You press one for a corner, a turnover, a press."),
  say(V, "A press is a button?"),
  say(N, "Everything is a button. By Monday morning the manager wants clips: every time we lost the ball in our own half, every set piece against us. I sit there till two in the morning hitting buttons. ¶ For the opposition we use Wyscout, because it has nearly every league, and I can pull every corner they took this season in five minutes. ¶ At half-time there's an iPad on the bench with the clips from the first half, if I've been fast enough, and usually I haven't."),
  say(V, "Do the players watch them?"),
  say(N, "The defenders do. The strikers only watch their goals. Every single time."),
  say(V, "And the AI cameras? {Veo|Vayo}, that kind of thing?"),
  say(N, "Our academy has a Veo. It's a camera that films the whole pitch and follows the ball by itself, no operator, and for an academy or a Sunday league that's brilliant. For us the automatic tagging isn't there yet. Sometimes it thinks a throw-in is a shot."),
  say(V, "Could you automate your buttons?"),
  say(N, "Someday. The first company that does it properly gets my Saturday nights back, and my undying love."),
  say(V, "That's a lot of love for a vendor."),
  say(N, "I'm a simple woman. §But you were going to tell me about the thing you built on the free data, and you never did."),

  seg('topic', V, 'Free event data and the Python tools: StatsBomb open data, statsbombpy, mplsoccer, socceraction\'s VAEP and expected threat', ['open data', 'mplsoccer', 'VAEP'], { mid: true }),
  say(V, "The open data, yeah. StatsBomb puts a chunk of its event data on {GitHub|Git Hub} for free. Whole competitions, World Cups, Messi's years at Barcelona, women's leagues, and it's how half the people in this field learned. That and Friends of Tracking, the YouTube series from lockdown, with David Sumpter and his friends explaining pitch control with a whiteboard. You load it with {statsbombpy|stats bomb pie}, and you draw with {mplsoccer|MPL soccer}, which does pitches, shot maps, pass networks, radar charts, all on top of {matplotlib|Matplotlib}."),
  say(N, "And the thing you built."),
  say(V, "A little model that values every action, not only shots. It's based on {socceraction|soccer action} and its {VAEP|VAP} framework, from KU Leuven. For every pass or dribble, how much did it change the chance of scoring soon, and of conceding soon? So a full-back who always finds the pass into the half space gets credit even if nobody shoots. ¶ Before that there was expected threat, Karun Singh's grid, which is simpler. The pitch is cut into squares, each square is worth a bit, and you get credit for moving the ball to a better square."),
  say(N, "And people actually use that at clubs?"),
  say(V, "The bigger clubs have their own versions with tracking underneath, and they'd never publish them. The public versions are for the rest of us, and for job interviews. Half the analysts I know got hired with a GitHub repo and a blog full of charts."),
  say(N, "Did it tell you anything useful?"),
  say(V, "It found a centre-back in the Danish second division that the model adores. My client flew over to watch him. He's a lovely passer and he's about as fast as a fridge."),
  say(N, "So the eye test won."),
  say(V, "The eye test and the model agreed on the passing. The fridge part was new information. {Um,|} same as the Pigeons, really: the numbers were right, the legs were the problem."),
  say(N, "Leave the Pigeons out of it."),

  seg('topic', N, 'Data in the women\'s game: free Women\'s Super League data, NWSL tracking, and xG models trained on men', ['women\'s game', 'Women\'s Super League', 'NWSL']),
  say(V, "Is it any better now in the women's game? The data, I mean. For your scouting."),
  say(N, "Better than it was. When I started there was nothing for most women's leagues. StatsBomb put out free data for the Women's Super League a few seasons back, and the {NWSL|N W S L} in the States has proper tracking now. Below the top leagues it's thin. ¶ There's a subtler problem, too. Most models were trained on men's matches. The xG model learned from men shooting at men in goal, and women's keepers are shorter on average while the goal is exactly the same size, so a model trained on the men's game gets some shots wrong. Some providers train separate models now."),
  say(V, "I didn't know that. {Um,|} that's a really good point, actually."),
  say(N, "It's the boring stuff, again. Who gets filmed, who gets collected, who's in the training set. Since the World Cup in twenty twenty-three there's far more interest, the clubs finally have budgets, but budgets in our league mean one analyst. Me. With a pole and a camera."),
  say(V, "That's a good reason to keep them separate."),
  say(N, "And when a club has almost no data, recruitment means watching, which means whoever has the biggest scouting budget wins again. Which is the exact thing analytics was meant to fix."),
  say(V, "Money always wins. Just more slowly."),
  say(N, "Cheery."),

  seg('topic', V, 'Semi-automated offside: FIFA\'s limb tracking and sensor ball in Qatar, and the Premier League\'s version that is always coming soon', ['semi-automated offside', 'offside', 'VAR']),
  say(N, "Oh, before I forget, you promised to explain the offside robots, because I shouted at a telly on Saturday."),
  say(V, "Semi-automated offside. At the World Cup in Qatar, FIFA used twelve cameras under the roof tracking twenty-nine points on every player's body, fifty times a second, and a sensor inside the ball, adidas's {Al Rihla|Al Rila}, to know the exact moment it was kicked. The system draws the line, the VAR checks it, and the crowd gets a 3D animation. ¶ The Premier League has been promising its own version for ages, with Genius Sports, who own Second Spectrum now, and {Hawk-Eye|Hawkeye} running the VAR side. It keeps being soon."),
  say(N, "Hang on, the sensor in the ball. Was that the Ronaldo thing?"),
  say(V, "The Ronaldo thing, yes, Portugal against Uruguay. He celebrated a header as his goal, and adidas said the sensor showed no contact at all, so it went down as Bruno's. As a Portuguese man, I have no comment."),
  say(N, "Why do we need robots for a line, though?"),
  say(V, "Because the human version freezes the video and somebody clicks on a shoulder. At twenty-five or fifty frames a second, the ball can move thirty centimetres between frames, so the clear offside by a toenail was never that clear. The skeleton tracking is more consistent, but it's still a model of where a shoulder is."),
  say(N, "So we're swapping one guess for a better-dressed guess."),
  say(V, "A much better-dressed guess. §Tell me about your corners, though. Forty times a week, you said."),

  seg('topic', N, 'Set pieces: Brentford, Midtjylland and Liverpool\'s throw-in coach, and tagging every corner', ['set pieces', 'corners', 'throw-in'], { mid: true }),
  say(N, "Forty, easily. Set pieces are where small clubs can actually win. Brentford and {Midtjylland|Mid Tilland}, same owner, made a whole philosophy of it: a set-piece coach, rehearsed routines, blocking. Liverpool hired a throw-in coach, Thomas {Grønnemark|Gronnemark}, and everyone laughed, and then they kept the ball after throw-ins far more often. ¶ For us, I tag every corner: where it was delivered, who attacked which zone, and whether the first contact was ours. This season we went to an inswinger to the near post with two blockers, and we've scored five from corners. For a team that scored, {um,|} two from corners in three years."),
  say(V, "Does the manager trust the tags?"),
  say(N, "She trusts the goals. The tags are how I explain them afterwards. {Um,|} I send the coach a clip of every corner with a wee arrow on who should've been where, and she shows them on Thursday."),
  say(V, "Is five a lot?"),
  say(N, "For us it's a revolution. §Right, we're nearly out of time, so the important question. When do the Pigeons play next?"),
  seg('outro', N, 'Goodbye', [], { mid: true }),
  say(V, "They already did. Tuesday night. We won three-two."),
  say(N, "No! And the xG?"),
  say(V, "We should've lost by two. I'm not telling anyone."),
  say(N, "Small sample.", { merge: true }),
  say(V, "Very small sample. Tiny. Please don't put it in the show notes."),
  say(N, "Too late. That's Half Space for this week. Send us your worst charts and we'll be back in a fortnight. Bye bye."),
  say(V, "{Tchau|Chow}, everyone."),
];

export const SPEAKERS = [
  { name: N, aliases: ['Niamh', 'Corrigan', 'Neve'] },
  { name: V, aliases: ['Mateus', 'Vilela', 'Vilella'] },
];
