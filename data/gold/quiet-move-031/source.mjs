// Source of Quiet Move #31 (SYNTHETIC held-out episode, heldout24): a two-host CONVERSATIONAL co-host show with no
// rundown: two friends who both work on COMPUTER CHESS talk, and the topics drift, raised by either host, often by the one
// who does NOT carry them. Hosts (invented): Salomé Teixeira, a data scientist on the fair-play team of a chess website in
// Lisbon, who ran Leela training games on her own graphics card in 2018 and plays with her grandmother's clock, who opens
// and closes the show; Aurelio Mancuso, who writes pricing software for an insurer in Turin by day and a hobby chess
// engine, Gattopardo, by night, and whose cat Capa keeps interrupting his tests (a running joke, set up in the intro and
// paid off in the outro). The engine, the cat, the jobs, the twenty-thousand-game test, the hard drive, the forfeited
// tournament game, the grandmother's clock and every anecdote are invented. Recorded Wednesday 8 October 2025; the
// technology and the history are real but told from memory.
// Rendered by build.mjs into diarized.txt (a transcription API's text export with its diarisation, `Speaker N: ` labels)
// and labels.txt (the label track that Whisper, run inside Audacity by the host who edits the show, wrote for the
// recording, exported with Audacity's Export Labels, with the editor's own point labels in it).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in diarized.txt (the transcription API's recogniser), B in labels.txt (Whisper): a misheard name, a
//              product's name split up or run together, a number in digits;
//   ¶          a pause inside a turn (0.5 s on the clock): the diariser starts a new utterance there, and Whisper may end
//              a label; `¶*` the same, and the diariser gives the chunk after it the OTHER speaker's label.
// opts:
//   swap       diarized.txt: this paragraph's first utterance carries the OTHER speaker's label (gold: its real speaker);
//   merge      diarized.txt: said without a pause, this short paragraph is run into the other speaker's utterance before
//              it (gold: the speaker of most of the utterance's words, `ambiguous`);
//   mark: X    labels.txt: the editor's point label X (a label with no length) sits right before this paragraph.
// Conventions: presenter = the host who carries the topic (brings the story, the opinion, the knowledge); a topic raised
// by one host and carried by the other is presented by the one who carries it, and the line that raises it belongs to the
// NEW segment; the welcome and the goodbye are the intro and the outro, presented by Salomé.
import { say, seg } from '../build-episode.mjs';

export const S = 'Salomé Teixeira';
export const A = 'Aurelio Mancuso';

export const SOURCE = [
  seg('intro', S, 'Welcome to Quiet Move 31', []),
  say(S, "This is Quiet Move, episode 31, a conversation about the programs that play chess far better than any of us. I'm {Salomé|Salome} Teixeira, in Lisbon, where I spend my days deciding whether people online are playing chess or just copying it. My co-host, in Turin, is Aurelio Mancuso, who prices insurance by day and, by night, writes a chess engine that he loves with a frankly worrying devotion.", { mark: 'MUSIC OUT' }),
  say(A, "Worrying is fair. Gattopardo thanks you for the introduction. Is that your grandmother's clock I can hear ticking?"),
  say(S, "Yes, that's hers. It's the wind-up one she played with in Porto cafés for fifty years, and it sits next to my microphone because it calms me down. If the listeners can hear it, they can write in and complain to her."),
  say(A, "Nobody would dare.", { swap: true }),
  say(S, "And how is Gattopardo this week?"),
  say(A, "Stronger than last week, and stronger is the only direction I accept. Though the cat tried to stop it. I left a test of twenty thousand games running overnight, and Capa slept on the laptop, pressed the space bar for six hours and paused the whole thing at game eleven thousand."),
  say(S, "Capa is a critic.", { merge: true }),
  say(A, "Capa is a saboteur. I set it going again at breakfast, and the last game ended an hour before this call."),

  seg('topic', A, 'Replacing a hand-written evaluation with an NNUE network: efficiently updatable, from shogi to Stockfish', ['NNUE', 'evaluation', 'Stockfish']),
  say(S, "So did the network finally beat the old evaluation?"),
  say(A, "It did, and by a lot. For four years Gattopardo judged a position with an evaluation I wrote by hand: a value for each piece, bonuses for passed pawns, penalties for a king with no pawns in front of it, hundreds of numbers I tuned myself. ¶ Now it uses {N N U E|NNUE}, a small neural network, and the hand-written code is gone. ¶ The name means efficiently updatable, written backwards as a joke by its inventor, Yu Nasu, who built it for shogi, Japanese chess, in 2018. Stockfish adopted it in 2020, and three years later they deleted the old evaluation entirely."),
  say(S, "Efficiently updatable, meaning what, exactly?"),
  say(A, "Meaning the first layer of the network is enormous, but a move only changes two or three pieces, so you don't recompute it. You keep a running total, add the pieces that arrived and subtract the ones that left. ¶ Everything after that first layer is tiny, integer arithmetic with the vector instructions of an ordinary processor, no graphics card at all. That's the clever bit: the engine still searches tens of millions of positions a second, and every one of them gets the network's opinion."),
  say(S, "Where did you get the data to train it?", { swap: true }),
  say(A, "From Gattopardo itself. I let the old version play itself for a month, saved a few hundred million positions with the score its search gave them and the result of the game, and trained the network on those. ¶ It's the usual way now. Stockfish's networks were trained partly on positions that came out of Leela's games, which I always find a lovely bit of cooperation between rivals."),
  say(S, "And how much did it gain?"),
  say(A, "About {a hundred and twenty|120} Elo. The old evaluation knew what I told it. The network knows things I couldn't put into words, like when a knight on the rim is actually fine."),
  say(S, "Dim, they taught me. A knight on the rim is dim.", { mark: 'cough' }),
  say(A, "Usually. The network found the exceptions, and it can't explain a single one of them to me, which is humbling after four years of tuning that rule by hand. ¶ The odd part is that the program got shorter. I deleted two thousand lines of evaluation code and replaced them with a file of numbers and about two hundred lines that read it."),

  seg('topic', A, 'How to know a change helps: thousands of games, SPRT, fastchess and Stockfish\'s fishtest', ['SPRT', 'fishtest', 'testing']),
  say(S, "What makes you sure it's {a hundred and twenty|120}? Last time you told me about a gain, it vanished a week later."),
  say(A, "Because last time I trusted a hundred games, and a hundred games tells you nothing. Chess between two engines of similar strength is mostly draws, so the signal is small and the noise is huge. You need thousands of games, at very short time controls, from a book of varied openings so they don't all play the same line. ¶ I use fastchess, a command-line program that runs the matches in parallel on every core I have."),
  say(S, "What does a hundred and twenty look like, in games?", { merge: true }),
  say(A, "Against the old version, it wins about one game in six more than it loses, and the rest are draws. Which sounds modest, and in engine terms is enormous. Most of my changes are worth two or three Elo, and some of those turn out to be nothing at all."),
  say(S, "And you stop when?"),
  say(A, "That's the statistics part. You don't decide the number of games in advance. You use a sequential test, {S P R T|SPRT}, the sequential probability ratio test, which looks at the results as they come in and stops as soon as the evidence is strong enough either way. ¶ A change that's clearly bad dies in a few hundred games. A tiny gain can take fifty thousand."),
  say(S, "Which is where Stockfish has the advantage."),
  say(A, "No contest. Stockfish has {fish test|fishtest}, a framework where volunteers donate their computers, and every proposed change goes through an {S P R T|SPRT} at a short time control and then again at a long one. Thousands of cores, all day. ¶ That, more than any single clever idea, is why it's the strongest engine in the world. I have one laptop and a cat."),
  say(S, "Who presses the space bar."),
  say(A, "Who presses the space bar. §{Salomé|Salome}, I've been meaning to ask you for months, though. When someone plays like my engine, how can you tell?"),

  seg('topic', S, 'How a chess site catches engine use: matching moves, Ken Regan\'s model, timing and Lichess\'s open-source tools', ['cheat detection', 'fair play', 'Ken Regan'], { mid: true }),
  say(S, "Carefully, and never from one game, which is the first thing anyone on our fair-play team learns. The naive idea is to check how often someone plays the engine's top move. It doesn't work on its own, because strong players match the engine a lot, and in simple positions everybody does. ¶ What matters is how difficult the position was and how good the player ought to be. The best known model is Ken {Regan|Reagan}'s, a professor in Buffalo who advises FIDE: given a rating, it predicts how closely a human should match the engine, and then measures how far someone is above that, across many games."),
  say(A, "And online you have more than the moves.", { mark: 'CHECK spelling Regan' }),
  say(S, "Much more. Timing is the big one. People think for a long time in quiet positions and play obvious moves quickly. Someone copying an engine often does the opposite, a steady ten seconds a move whether it's a recapture or a real decision. ¶ Then there's the browser: whether the window loses focus at the critical moments. None of it convicts anyone alone, so the cases that reach a person on my team carry several signals, and a human looks at every one before an account is closed."),
  say(A, "Does the site publish how it does it?"),
  say(S, "We don't, for obvious reasons. Lichess is the exception: it's open source, including two of its detection tools, Irwin and {Kaladin|Caladin}, which are machine-learning models trained on cases its moderators already decided. ¶ Publishing the code works because the hard part isn't the code, it's the labelled data and the people."),
  say(A, "And over the board?"),
  say(S, "That's a different world, and it got very loud in 2022, when the world champion withdrew from a tournament after losing to Hans Niemann. The arguments went on for a year, with a long report from one chess site and a lawsuit that was eventually dismissed. ¶ What came out of it in practice was boring and useful: broadcasts delayed by fifteen minutes, scanners at the doors, and a lot more statistics in the background."),
  say(A, "Boring and useful is the highest praise in your job.", { merge: true }),
  say(S, "The highest. And the statistics cut both ways. Most reports we get are someone who lost and can't believe it. ¶ The hardest cases are the honest ones that look wrong: a strong player on a good day, a junior improving faster than the model expects. We get it wrong sometimes, and then a person has to say so and reopen the account."),
  say(A, "Has anyone ever accused you personally, {Salomé|Salome}?"),
  say(S, "Every week, usually in capital letters. I've been called a robot, a cheat and, once, an accomplice of my own grandmother, which she enjoyed enormously."),

  seg('topic', S, 'Maia and Maia-2: engines trained to play like humans of a given rating, on Lichess games', ['Maia', 'human-like']),
  say(S, "Those reports are exactly why I've spent this month with an engine that makes mistakes on purpose. Well, not on purpose. It's called {Maia|Maya}, from researchers in Toronto, Cornell and Microsoft, and instead of finding the best move, it predicts the move a human of a given rating would play. ¶ They trained it on millions of Lichess games, one network per rating band at first, and last year a second version, Maia-2, that handles every rating with a single model."),
  say(A, "Why would you want that? Isn't an engine supposed to be right?"),
  say(S, "For my job, because it gives me a baseline. If {Maia|Maya} says a player rated fifteen hundred would find a move one time in three, and someone finds the engine's move every time in a whole game of those, that's worth a closer look. ¶ And for teaching it's wonderful. It'll tell you which mistakes people at your level actually make, not which moves a machine would prefer."),
  say(A, "Can I play it?"),
  say(S, "There are {Maia|Maya} bots on Lichess at several levels. Play the strongest one tonight, Aurelio. You'll find it plays a lot like you do after midnight."),
  say(A, "That's cruel, and probably true. How well does it predict?"),
  say(S, "About half the time it picks exactly the move the human played, which is much better than Stockfish does at the same job, because Stockfish only ever suggests the best move and humans mostly don't play it. ¶ The second version is smoother between ratings, because one model covers them all instead of nine separate ones."),
  say(A, "Does it ever play something brilliant?"),
  say(S, "Rarely, and that's deliberate. It's the first engine I've used that blunders convincingly."),

  seg('topic', A, 'Endgame tablebases: Syzygy, WDL and DTZ, the fifty-move rule and the seven-piece set on a 20 TB drive', ['tablebases', 'Syzygy', 'seven-piece']),
  say(S, "And I'm still waiting for the story of that hard drive, by the way.", { mark: 'cat - cut?' }),
  say(A, "The hard drive. Twenty terabytes, in a box under my desk, for one purpose: endgame tablebases. {Sizzigy|Syzygy} tables, to be exact, the format Ronald de Man designed in 2013. ¶ A tablebase has every position with a small number of pieces solved, win, draw or loss, with perfect play, worked out backwards from every possible checkmate. Up to six pieces the whole set comes to roughly a hundred and fifty gigabytes. The complete seven-piece set is around eighteen terabytes."),
  say(S, "And you downloaded eighteen terabytes for a hobby."),
  say(A, "Over three weeks. My internet provider wrote to ask if I was all right. ¶ There are two kinds of table in Syzygy. {W D L|WDL} tells you only win, draw or loss, and it's small enough to look up during the search itself. {D T Z|DTZ} tells you how many moves until the next capture or pawn move, which is what you need to actually convert a win without breaking the fifty-move rule."),
  say(S, "Because a win that takes two hundred moves is a draw."),
  say(A, "Under the rules, yes, and the older tables ignored that. The Lomonosov tables, computed in 2012 on a supercomputer at Moscow State University, found a seven-piece position that's mate in five hundred and forty-nine moves. ¶ No human could ever play it, and under the fifty-move rule it's a draw anyway. Syzygy is built around that rule, which is why engines use it."),
  say(S, "And looking things up in eighteen terabytes doesn't slow the search to a crawl?"),
  say(A, "It would, on a spinning disk. The small tables live on a fast solid-state drive and the big box only gets asked about positions with seven pieces, which the search reaches late. The operating system does most of the caching for me. ¶ The first night, I forgot that, pointed the engine at the slow disk, and it played like it was thinking underwater."),
  say(S, "Does it make Gattopardo stronger?"),
  say(A, "Some Elo, mostly in the endgames it used to mess up, rook and bishop against rook, that sort of thing. But honestly, the tables are the part of chess that's finished. Every position is known. It's a strange feeling, owning a box that contains the truth about a corner of the game. ¶ §The tables were the one part of Gattopardo that didn't embarrass me this month. The part that did was the way it talks to the outside world: I lost a game in a tournament of amateur engines without my engine ever making a move."),

  seg('topic', A, 'The UCI protocol and a Chess960 castling bug: forfeiting a game in an amateur engine tournament', ['UCI', 'Chess960', 'castling'], { mid: true }),
  say(S, "How do you lose without moving?"),
  say(A, "By answering in a language the other side didn't expect. Engines don't have a board of their own. They talk to a graphical interface, or a tournament manager, through {U C I|UCI}, the universal chess interface, a plain text protocol from 2000. The interface sends the position and the moves so far, says go, and the engine answers with the word bestmove and its choice. ¶* The tournament was Chess960, where the pieces on the back rank start in a random order. In Chess960 castling is written differently: the king moves onto its own rook's square, because otherwise some castling moves look exactly like ordinary king moves."),
  say(S, "And Gattopardo wrote it the normal way."),
  say(A, "It wrote it the normal way in one position where the normal way meant something else. The manager read it as an illegal king move and forfeited the game on the spot. ¶ The option that tells an engine it's playing Chess960 was arriving, I was ignoring it in one branch of the code, and my tests never caught it because my test book only has ordinary openings."),
  say(S, "What did the organisers say?"),
  say(A, "They were very kind about it. The rules are the rules, so the forfeit stands, but the man who runs it sent me the log with the line highlighted in yellow and the words, welcome to the club. Apparently half the entrants have done the same thing once."),
  say(S, "So the bug was in the testing, really.", { swap: true }),
  say(A, "The bug was in me. I fixed it the same night, and now I test through two different interfaces, Cute Chess and {En Croissant|On Croissant}, a newer open-source one, because each one is fussy about different things. ¶ And Gattopardo is on Lichess now, as a bot account, connected through a little bridge program that speaks {U C I|UCI} on one side and the Lichess API on the other. It plays strangers all night."),
  say(S, "Who does it play?"),
  say(A, "Anyone who challenges it, people and other bots. The people mostly lose and then ask it for a rematch at a faster time control, as if speed will save them. It's the most popular thing I've ever written, and it has no user interface at all."),
  say(S, "While Capa sleeps on the laptop."),
  say(A, "On a different laptop. I've learned."),

  seg('topic', S, 'From AlphaZero to Leela Chess Zero: neural networks on graphics cards against Stockfish in TCEC', ['Leela', 'AlphaZero', 'TCEC']),
  say(A, "Do you think Leela will ever take the crown back from Stockfish?"),
  say(S, "Which crown? The tournament one, or the one in your head where neural networks are cooler?"),
  say(A, "The tournament one. Be honest."),
  say(S, "Then probably not soon, and it's a shame. You have to remember how it started. At the end of 2017 DeepMind published {AlphaZero|Alpha Zero}, which taught itself chess from the rules alone in a few hours and then beat Stockfish in a match that people still argue about, because Stockfish ran on weaker settings. ¶ DeepMind never released it, so volunteers rebuilt the idea in the open: Leela Chess Zero, started in 2018 from a Go program with the same design. I was one of the volunteers. My graphics card spent that whole summer playing Leela against itself to produce training games."),
  say(A, "So you were training my rival's rival."),
  say(S, "Thousands of people were. The games went to a central server, the server trained a new network every few hours, and the new network went back out to all of us. You could watch it learn, week by week, ideas it had never been shown: pawn sacrifices, pushing the side pawns against a castled king. ¶ My flat was very warm that summer."),
  say(A, "And the electricity bill?"),
  say(S, "The electricity bill is not a subject in my family. My mother still thinks I was mining some sort of currency, and I've stopped trying to explain that I was teaching a computer to sacrifice pawns for free."),
  say(A, "How does it think, compared with Gattopardo?"),
  say(S, "Completely differently, Aurelio. One big network on a graphics card looks at far fewer positions, tens of thousands a second instead of tens of millions, and decides which moves deserve attention, with a tree search that comes from {AlphaZero|Alpha Zero}. ¶ The newest networks are transformers, the same family as the language models, applied to chess positions. And in 2019 it won the big engine championship, {T C E C|TCEC}, which nobody expected."),
  say(A, "And then NNUE happened."),
  say(S, "Then NNUE gave Stockfish most of Leela's judgement at Stockfish's speed, and since then Stockfish has won nearly every {T C E C|TCEC} final. Leela is still second, and still the one that plays the games people call beautiful. ¶ If I had to bet, the next big jump comes from somebody combining the two better than anyone has yet."),
  say(A, "That's a very diplomatic answer for someone who trained the loser."),
  say(S, "I trained the beautiful one. §And on that diplomatic note, we've run out of evening. One question everyone's waiting for, though: did Capa ever apologise?"),

  seg('outro', S, 'Goodbye', [], { mid: true }),
  say(A, "Capa has never apologised for anything. But the restarted test finished, the network held its gain, and Capa is officially the only member of this household with a rating of zero."),
  say(S, "Give Capa my regards, and tell Gattopardo to castle properly. Thank you, Aurelio."),
  say(A, "Thank you, {Salomé|Salome}. Play well, everyone, and don't copy the engine.", { mark: 'MUSIC IN' }),
];

export const SPEAKERS = [
  { name: S, aliases: ['Salomé', 'Teixeira', 'Salome'] },
  { name: A, aliases: ['Aurelio', 'Mancuso'] },
];
