// Source of Swell Box #29 (SYNTHETIC held-out episode, heldout33): a one-host one-guest INTERVIEW about PIPE ORGANS,
// MIDI and VIRTUAL ORGANS, with a structure no earlier interview had: a BLIND LISTENING QUIZ. The host plays six short
// recordings and the guest guesses each time whether he is hearing real PIPES or SAMPLES; after each answer the round
// turns into a chapter about the technology behind the clip (how a virtual organ works: Hauptwerk, GrandOrgue and
// sample sets; MIDI and organ consoles; digital organs before the computer: Allen, Rodgers, Johannus, Viscount; how a
// sample set is recorded; the pipe organ's own electronics: actions, solid-state combination systems, record and
// playback; hybrids, replacements and preservation), a sponsor read by the host at the interval, and the final score in
// the outro. People (invented): the host Hester Vane, an organist and recording engineer in Norwich who records sample
// sets on the side, who opens and closes the show; the guest Dermot Quill, an organ builder in Dublin who looks after
// pipe organs and converts old consoles into MIDI consoles for virtual organs. The running joke: the CIPHER on the G
// sharp of the Swell Oboe at Dermot's own church in Rathmines, a pipe that sounds when nobody plays it, which he has been
// chasing for three weeks (set up in the intro, fed in rounds 5 and 6, paid off in the outro: the sixth clip was his own
// organ, recorded by Hester in August, and the little whistle under its last chord is his G sharp). The sponsor "Vestry"
// (a rota and music-list app for churches) is invented, as are the people, the church and every anecdote. Recorded
// Saturday 12 October 2024; the products, companies, standards and history are real, told from memory.
// Rendered by build.mjs into swellbox029.ctm (a CTM word file: a recogniser run on each speaker's own track of the
// double-ender recording, the tracks merged and sorted by time) and captions.vtt (the producer's WebVTT captions for the
// video, with voice tags).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in captions.vtt (the producer's captions: names and products right, numbers mostly as words, years as
//              digits), B in swellbox029.ctm (the recogniser's words before build.mjs lowercases them and strips their
//              punctuation: every number as words, hesitations as `uh`, laughter as `[laughter]`, a bump as `[noise]`,
//              names it doesn't know as `<unk>`, products misheard); either may be empty;
//   ¶          a pause inside the turn (the captions start a new cue there).
// opts:
//   clip: S    the clip of S seconds plays after this paragraph (captions.vtt: an `[ORGAN MUSIC]` cue; the CTM has no words);
//   vtt: X     captions.vtt: this paragraph's first cue carries the voice tag of X (the producer's slip);
//   ctm: X     swellbox029.ctm: this paragraph's words come from the track X (the guest's local track has a gap, patched
//              from the call's backup recording).
// Conventions (the interview convention of heldout20 to heldout32): every discussion topic, INCLUDING EACH ROUND, is
// presented by the person who carries it: the GUEST in rounds 1, 2, 3, 5 and 6, the HOST in round 4, where she explains
// how she recorded the clip and he asks; the host's cue belongs to the NEW segment; the host presents the intro, the
// sponsor (her read) and the outro.
import { say, seg } from '../build-episode.mjs';

export const H = 'Hester Vane';
export const Q = 'Dermot Quill';

export const SOURCE = [
  seg('intro', H, 'Swell Box 29: pipes or samples?', []),
  say(H, "Hello, and welcome to Swell Box, episode {twenty-nine|twenty nine}, the show about the machinery of the organ, the pipes, the wind, and lately the computers. I'm Hester Vane. I play for a parish church in Norwich, I record other people's organs for a living, and on long winter nights I turn some of those recordings into sample sets, which we'll come to. ¶ My guest has spent thirty years inside organs, mostly with a torch in his mouth. Dermot Quill is an organ builder in Dublin. He tunes and repairs pipe organs all over Ireland, and more and more, he takes old consoles out of churches and turns them into consoles for virtual organs. Welcome, Dermot."),
  say(Q, "Thanks, Hester. Glad to be here. I started at sixteen as an apprentice, holding keys down while a voicer shouted at me from inside the case, and I've been inside organs ever since. ¶ And I'm a bit distracted today, I'll admit. I've a cipher at home."),
  say(H, "At home meaning your church?"),
  say(Q, "My own church, in {Rathmines|rath mines}. The G sharp on the Swell Oboe has been sounding on its own for three weeks. You pull the stop, and before anyone touches a key, there it is, a little whistle. ¶ I've replaced a magnet and I've cleaned the contacts, and it still comes back. The choir have started tuning to it."),
  say(H, "We'll find it. Maybe. So, the game. I've got six clips. Every one is an organ playing, about half a minute each, and you tell me whether you're hearing real pipes in a real building, or samples, a computer playing recordings of pipes. ¶ One point for each right answer. You've told me more than once that you can always tell."),
  say(Q, "I can always tell. I've said it in print."),
  say(H, "We'll see. §Round one. Headphones on. {Here|uh here} it comes.", { clip: 32 }),
  seg('topic', Q, 'Round one: what a virtual organ is: Hauptwerk, GrandOrgue, sample sets and release samples', ['Hauptwerk', 'GrandOrgue', 'sample set', 'virtual organ'], { mid: true }),
  say(Q, "Samples. That's a nice one, mind you. Bach, a {Dutch-sounding|dutch sounding} instrument, a lot of room. But listen to the ends of the chords. Too clean. I'm saying samples."),
  say(H, "Pipes. That's a real organ in the Netherlands, recorded in the church, by me, three summers ago."),
  say(Q, "{Ah,|[laughter] ah} no. Zero, then. ¶ Right, so people know what I thought I heard. A virtual organ is a computer playing recordings of a real organ, pipe by pipe. The program nearly everyone uses is {Hauptwerk|haupt werk}. A man called Martin {Dyde|<unk>} wrote it in the early two thousands, and for years Milan Digital Audio sold it. ¶ You buy a sample set for it, which is a whole organ, recorded one pipe at a time. Every note of every stop, the start of the note, a long sustain, and then the release, what the room does after the pipe stops."),
  say(H, "And the release is the hard part."),
  say(Q, "The release is everything. A real pipe stopping in a big church leaves a tail of two, three, five seconds. If you only recorded one release, a short note sounds wrong, because in a real room a short note doesn't wake the building up as much. So the good sets record several releases for each pipe, short, medium, long, and the program picks one depending on how long you held the key. ¶ That's what I thought I was hearing. Your room was too tidy."),
  say(H, "It's a very tidy church. People talk about wet and dry sets. What does that mean?"),
  say(Q, "A wet set is recorded with the room, so you hear the church as well as the pipes. That's most of them. A dry set is recorded close, with as little room as possible, and you add the reverb yourself. ¶ Dry sets make sense at home, with speakers, in a small room that has its own sound. A wet set on good headphones is like sitting in the nave."),
  say(H, "How much computer does all this need?"),
  say(Q, "A lot of memory. Every sample has to sit in RAM, so a big cathedral set wants well over a hundred gigabytes. People build dedicated machines with a few touch screens for the stops. ¶ If you don't want to pay, there's {GrandOrgue|grand orgue}, which is free and open source, and which reads its own sample sets. And the companies making sets, {Sonus Paradisi|sonus paradise} in Prague, {OrganArt Media|organ art media} in Germany, and a lot of small producers like Hester, go and record organs all over Europe."),
  say(H, "Small, thank you."),
  say(Q, "Small and very good, clearly. You fooled me with a real one."),

  say(H, "I did. §Round two. This one's louder.", { clip: 28 }),
  seg('topic', Q, 'Round two: MIDI and the console: note on, channels, stops and pistons, and converting an old console', ['MIDI', 'console', 'pistons', 'Hall effect'], { mid: true }),
  say(Q, "Oh, that's pipes. That's {Widor|<unk>}, the Toccata, on a big French organ. You can feel the reeds in your chest. Pipes, and I'd put money on it."),
  say(H, "Samples. A {Cavaillé-Coll|cavaille coll} sample set, on the console in my spare room."),
  say(Q, "{You're joking.|you're joking} Zero out of two. ¶ Fine. Then let's talk about your spare room, because that's my actual job. Every virtual organ is played from a console, and the console talks to the computer in MIDI. MIDI is from {1983|nineteen eighty three}, it was made for synthesisers, and an organ fits it surprisingly well. ¶ Every key sends a note on when it goes down and a note off when it comes up. Each keyboard, each manual, gets its own MIDI channel, and the pedals get one too. There are sixteen channels, which is plenty for an organ."),
  say(H, "What about how hard you press?"),
  say(Q, "Doesn't matter on an organ, and that's the lovely thing. A piano cares about velocity. An organ pipe speaks the same however you hit the key, so most consoles send a fixed velocity and nobody minds. ¶ The stops and the pistons are where it gets messy. A stop tab might send a note on a separate channel, or a program change, or a {SysEx|sys ex} message, depending on who built it. In {Hauptwerk|haupt werk} you tell it which message is which, and it learns."),
  say(H, "And the old consoles you rescue?"),
  say(Q, "That's most of my year. A church gets rid of an electronic organ from the nineteen eighties, or an old pipe organ console when the organ itself is beyond saving. The wood is beautiful, the keys are good, the wiring is a disaster. ¶ I take out the old contacts and put a small magnet under each key and a Hall effect sensor under it, and a board scans all of those and turns them into MIDI. Some people use reed switches, which also work. Then a {USB|u s b} cable goes to the computer, and the delay is a few milliseconds, which nobody can hear."),
  say(H, "And {MIDI 2.0|midi two point oh}? Is that going to matter for organs?"),
  say(Q, "Not much, yet. {MIDI 2.0|midi two point oh} came out in {2020|twenty twenty}, with finer steps and devices that talk back to each other, which is lovely for synthesisers. An organ key is on or off. ¶ Where it would help is the expression pedals, the swell shoes. In {MIDI 1.0|midi one point oh} they only have a hundred and {twenty-eight|twenty eight} steps, and on a quiet stop you can sometimes hear the steps. ¶ My record is a console that had spent eleven years in a barn in Kildare. It had a family of mice living in the Great division."),
  say(H, "Did the mice come with it?"),
  say(Q, "The mice were evicted. With respect."),

  seg('topic', Q, 'Round three: digital organs before Hauptwerk: Allen, Rodgers, Johannus, Viscount and physical modelling', ['Allen', 'digital organ', 'Rodgers', 'Viscount', 'physical modelling']),
  say(H, "Round three, and I'm changing the building completely.", { clip: 26 }),
  say(Q, "{Oh,|oh} that's a Wurlitzer. That's a theatre organ. Those tremulants, the glockenspiel. Pipes. A real one, in a real cinema."),
  say(H, "Pipes. One point."),
  say(Q, "Thank God. One out of three. ¶ And it's a good place to start the history, because theatre organs were wired like telephone exchanges, with relays in a room under the stage. Every electronic organ since has been trying to get rid of the pipes and keep the sound. ¶ Before anyone sampled anything on a computer, there were digital organs. The Allen Organ Company, in Pennsylvania, built the first digital organ in {1971|nineteen seventy one}, with chips made with North American Rockwell, from a project that started with a spacecraft contractor. It stored the shape of a pipe's sound as numbers and played it back."),
  say(H, "Is that the one that's in half the churches in America?"),
  say(Q, "Allen and Rodgers, between them, yes. Rodgers is the other big American maker. In Europe it's {Johannus|johannes} in the Netherlands, and Viscount in Italy. ¶ Most of them play samples too now, stored in the instrument instead of on a computer. Viscount went another way with something they call {Physis|phi sis}, which is physical modelling. Instead of recordings, the organ calculates what a pipe of that shape would do, so the sound can change as you play, the way real wind wobbles. {|Uh,} I like it more than I expected."),
  say(H, "Can you hear the difference, samples against modelling?"),
  say(Q, "On a good day. I'm not having a good day."),
  say(H, "You're having an honest one. §Interval, and a word for the people who pay our tuning bills."),

  seg('sponsor', H, 'Sponsor: Vestry', ['Vestry'], { mid: true }),
  say(H, "Swell Box comes to you this month with help from Vestry. Vestry is a planning app for churches. You put in the services for the month, and it keeps the rota, who's reading, who's on the door, who's playing, and it builds the music list, the hymns, the anthem, and the voluntaries. ¶ When I change a hymn on Friday night, the choir, the vicar and the person printing the service sheet see it at once, and nobody rings me on Saturday morning. Swell Box listeners get their first three months free at {vestry.app/swellbox|vestry dot app slash swell box}. Thanks, Vestry."),

  seg('topic', H, 'Round four: how a sample set is recorded: night sessions, microphone perspectives, releases, loops and the blower', ['recording', 'sample set', 'recorded', 'microphones']),
  say(Q, "Go on, then. Round four. I'm ready this time.", { clip: 30 }),
  say(Q, "That's samples, and I'll tell you why. The reverb is beautiful, and every note of that chord dies away at exactly the same rate. That's a sample set, and I'd say it's one of yours."),
  say(H, "It's one of mine. Two points. That's the {Howells|<unk>} I recorded in a church outside Ely."),
  say(Q, "Then tell me how you made it, because I've always wanted to ask somebody who does it."),
  say(H, "Slowly. You need the church, and the vicar, and the organist, to let you in for about a week of nights, because during the day there are buses, bells, flower ladies. We switch the heating off, because the fans are noisy, and then the church gets cold and the organ goes out of tune, so we wait, and we tune. ¶ The microphones go in three places. A pair close to the pipes, a pair out in the nave where a listener would sit, and a pair at the back for the room. In the program, you mix those three perspectives however you like."),
  say(Q, "And then every pipe."),
  say(H, "Every pipe, one at a time. A forty stop organ is two or three thousand pipes. For each one I hold the note for several seconds, so there's a long sustain that can be looped, and I record it again with short notes for the releases. And the tremulants need their own recordings. ¶ Then the editing takes months. Finding a loop point where the sound goes round without a click. Taking out a car that drove past. Matching the levels so the stops sit together the way they do in the room. {|[noise]} And the blower, which you want in the set, very quietly, because an organ that doesn't breathe sounds dead."),
  say(Q, "That's why I got it wrong in round one. A real organ always breathes, and I heard a room so tidy it sounded edited."),
  say(H, "I'll take that as a compliment to the Dutch."),
  say(Q, "Take it as a compliment to you. §Now play me the next one. I want my points back."),

  seg('topic', Q, "Round five: the pipe organ's own electronics: actions, solid-state combination systems, record and playback, and the cipher", ['action', 'combination', 'solid-state', 'playback', 'cipher'], { mid: true }),
  say(H, "Round five.", { clip: 24 }),
  say(Q, "Pipes. A trumpet stop, a bright one, and the attack is real, you can hear the wind arrive. Pipes."),
  say(H, "Pipes. But here's the trick. Nobody was sitting at the console. The organ played it back by itself."),
  say(Q, "Oh, that's sneaky. I'll allow it, that's my world. ¶ Every pipe organ has an action, the thing between the key and the pipe. In a tracker organ it's mechanical, thin strips of wood pulling open the valve under the pipe. In an {electro-pneumatic|electro pneumatic} organ, the key closes a contact, a magnet opens a little valve, and the wind itself does the heavy work through a leather pouch. ¶ Organists argue about actions the way other people argue about politics. A tracker gives you control over how the valve opens, and people swear they can feel the pipe speak under their finger. ¶ And on most organs of any size now, there's a {solid-state|solid state} system in the middle. Companies like Peterson, Solid State Organ Systems and {Syndyne|syn dyne} make them."),
  say(H, "What does that system actually do?", { vtt: Q }),
  say(Q, "The combination action, first. The pistons under the keys that change a whole set of stops at once. In the old days that was a machine of its own, and you had one memory. Now you get hundreds of memory levels, so every organist in the parish can have their own settings. ¶ And because the system already knows every key, it can record what you play and play it back on the pipes, which is how you fooled me. Great for tuning, and for hearing your own registration from the back of the church.", { ctm: 'backup' }),
  say(H, "And for MIDI?"),
  say(Q, "A lot of them have MIDI in and out, so a pipe organ can drive a virtual organ, or the other way round. ¶ And they go wrong. My cipher might be a stuck magnet, or a leather pouch that's split, or it might be one output on the new {solid-state|solid state} board that won't let go of the note. I've changed the magnet. I've started to suspect the board, and I really don't want it to be the board."),
  say(H, "Because the board is expensive."),
  say(Q, "Because the board is mine. I installed it in the spring. {Uh,|uh} I'll give you that one, by the way. Half a point to me, I'd say."),
  say(H, "Half a point. Two and a half."),

  seg('topic', Q, "Round six: hybrids, replacements and preservation: digital stops in pipe organs, churches going digital and sample sets of lost instruments", ['hybrid', 'preservation', 'replace', 'digital stops']),
  say(H, "Last round. Listen very carefully to the end of this one.", { clip: 34 }),
  say(Q, "Samples. A quiet oboe, a reed, very pretty, and right at the end there's a sound under the chord that doesn't belong. It goes on too long, like a loop that's been cut badly. Samples."),
  say(H, "Hold that thought. I'll tell you at the end. But while you're suspicious, let's talk about the future, because that's where people argue."),
  say(Q, "They do. The first argument is hybrids. A lot of pipe organs now have a few digital stops added, usually the very biggest pipes. A {thirty-two|thirty two} foot pedal stop in real pipes is the size of a house and costs as much, so people put in a digital one with speakers. ¶ Done well, you can't tell. Done badly, it sounds like a lorry parked outside."),
  say(H, "And the second argument?"),
  say(Q, "Churches replacing a pipe organ with a digital one. A proper restoration can cost more than the church building is insured for, and a very good digital organ costs a fraction. I understand it. ¶ But a digital organ lasts maybe twenty or thirty years before the electronics are obsolete, and a pipe organ that's looked after lasts centuries. The Organ Historical Society in America keeps a database of instruments, and you can watch the old ones disappear from it year by year. ¶ And some can't be saved at all. When a church closes, the organ often goes for nothing, or into a skip. I've brought home more pipes than my wife would like."),
  say(H, "And sample sets?"),
  say(Q, "Sample sets are the bit that gives me hope, honestly. Somebody records an organ in a village church in Bohemia before the roof comes in, and that instrument can still be played, every pipe, in a spare room in Norwich. ¶ It isn't the same as standing in the building. But it's a lot better than a photograph."),

  seg('outro', H, 'Goodbye: the final score and the sixth clip', []),
  say(H, "Time's up, and here's the score. Two and a half out of six, for a man who said in print that he can always tell."),
  say(Q, "I stand by the print. Tell me about the last one."),
  say(H, "The last one was pipes. It was your organ, Dermot. I was in Dublin in August, and you let me record the Swell after evensong. ¶ And the little whistle under the last chord, the one you thought was a bad loop?"),
  say(Q, "That's my G sharp. {That's my G sharp!|that's my g sharp} It was there in August? Before I put the new board in? Then it's not the board."),
  say(H, "Then it's not the board. You're welcome."),
  say(Q, "Hester, that's the most useful thing anyone's ever done to me on a podcast."),
  say(H, "That's Swell Box for this month. Dermot Quill, thank you for being such a good sport. Show notes, and the clips, so you can play along, are at {swellbox.org.uk/29|swell box dot org dot u k slash twenty nine}. Go and listen to a real organ this week."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Hester', 'Vane', 'hester'] },
  { name: Q, aliases: ['Dermot', 'Quill', 'dermot'] },
];
