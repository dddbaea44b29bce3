// Source of Read Back #44 (SYNTHETIC held-out episode, heldout34): a one-host one-guest INTERVIEW about COURT REPORTING and
// STENOGRAPHY (the stenotype machine and steno theory; CAT software and the steno dictionary; open steno, Plover and hobby
// steno keyboards, carried by the host; realtime feeds and CART; speed and the certifications; the shortage of reporters,
// digital recording, voice writing and ASR; live TV captions), with a sponsor read by the host and an outro.
// People (invented): the host Rafael Quintero, a former radio producer in San Antonio who hosts a show about the machines that
// write down what people say, and who has been learning steno on Plover at night; the guest Nkechi Obi, a realtime court
// reporter in Chicago (twenty-two years on the machine, depositions and trials, CART for a university). Also invented: her
// colleague Dolores Whitfield, who writes the whole conversation live on her own machine as a demonstration and never speaks;
// her rough draft is one of the two files. The running joke: the realtime feed on Rafael's laptop writes his surname as
// "Quinn tear row", because Quintero is not in Dolores's dictionary (set up in the intro, fed in segments 3 and 4, fixed by
// Dolores "at the break" with a brief, paid off in the outro: "Quintero. Capital Q."; the rough draft itself shows the
// mistranslation up to the sponsor read and the right name after it). The sponsor "Sidebar" (a booking app for freelance
// reporters and interpreters), the show and its URL, and every anecdote are invented. Recorded Tuesday 8 October 2024; the
// machines, companies, software, associations, certifications and history are real, told from memory.
// Rendered by build.mjs into labeled.txt (the show's own cleaned transcript, speaker-labelled like the seed) and rough.txt
// (Dolores's uncertified realtime rough draft as her CAT software exports it: an ASCII transcript with page and line numbers).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in labeled.txt (the show's edited transcript: numbers mostly as words, no hesitations), B in rough.txt (the
//              realtime translation: numbers as digits, "Quinn tear row" before the brief, untranslated steno in capitals
//              with slashes, an unresolved conflict, `--` for a broken-off sentence, `uh`); either may be empty;
//   ⟨...⟩      a spoken URL (kept in labeled.txt as written);
//   ¦          labeled.txt: the transcript starts a new, unlabelled paragraph of the same speaker here;
//   ¶          rough.txt: the reporter starts a new paragraph of the same speaker here (an indented line).
// opts:
//   lab: X     labeled.txt: the label written before this paragraph (a typo or a slip); null: no label;
//   as: X      rough.txt: the speaker designation written before this paragraph (the reporter's slip; gold: the speaker);
//   paren: X   rough.txt: a parenthetical line written after this paragraph, e.g. `(Laughter.)`.
// Conventions (the interview convention of heldout20 to heldout33): every discussion topic is presented by the person who
// carries it (the guest, except the open steno topic, which the host carries); the host's question that opens a topic belongs
// to the NEW segment; the host presents the intro, the sponsor (his read) and the outro.
import { say, seg } from '../build-episode.mjs';

export const R = 'Rafael Quintero';
export const N = 'Nkechi Obi';

// the realtime feed's spelling of the host's name before Dolores's brief (the intro; segment 3 and the intro also quote it)
const Q = '{Quintero|Quinn tear row}';

export const SOURCE = [
  seg('intro', R, 'Welcome to Read Back 44', []),
  say(R, `Hello, and welcome to Read Back, episode {forty-four|44}, the show about the machines that write down what we say. I'm Rafael ${Q}. I spent {fifteen|15} years producing radio in San Antonio, and now I build captioning software and spend my evenings asking people how their tools work. ¦ Today's tool has {twenty-two|22} keys and no letters on them. My guest is Nkechi Obi. She's a realtime court reporter in Chicago, she's been writing depositions and trials for {twenty-two|22} years, and she also provides live captions for students at a university. Welcome, Nkechi.`),
  say(N, "Thank you, Rafael. Happy to be here. And I brought a friend."),
  say(R, "You did. Sitting at the end of the table is Dolores Whitfield, another reporter, who is writing this entire conversation on her steno machine, live, as we speak. ¦ And the text is coming up on my laptop, about a second behind us. It's a little unnerving."),
  say(N, "It's the best way to show people what we do. Everyone's heard of a court reporter. Almost nobody has watched one work."),
  say(R, "It's very good. It's almost perfect. Except it thinks my name is Quinn tear row. Three words."),
  say(N, "That's because you're not in her dictionary. She'll fix it at the break. Watch."),
  say(R, "I'm holding you to that. ¶ We're going to go through the whole thing, the machine, the software, the dictionary, realtime, speed, and then the robots, because everyone asks about the robots."),
  say(N, "Everyone asks about the robots.", { paren: '(Laughter.)' }),

  seg('topic', N, 'The stenotype machine: twenty-two keys, chords and steno theory', ['stenotype', 'steno machine', 'chord']),
  say(R, "Let's start with the thing on the table. What is that machine, and why doesn't it have letters?"),
  say(N, "It's a stenotype machine. Mine's a Stenograph Luminex, Dolores writes on a Diamante, and they cost about as much as a used car, {five or six thousand dollars|$5,000 or $6,000}. ¶ There are {twenty-two|22} keys, and you don't type letters, you press chords. Several keys at once, like a piano, and each chord is a stroke. ¦ The left hand has the consonants that start a syllable, S, T, K, P, W, H, R. The thumbs have the vowels, A, O, E, U. The right hand has the consonants at the end, F, R, P, B, L, G, T, S, D, Z. So a whole word, often a whole phrase, is one stroke."),
  say(R, "And the letters that aren't there?"),
  say(N, "You make them from combinations. There's no J, so J is S, K, W, R, pressed together. There's no M, so M at the start is P and H. ¶ It's phonetic. You write how it sounds, not how it's spelled. The rules for which chord means what are called a theory, and there are several, StenEd, Phoenix, Magic, and whichever one your school taught you is the one you'll argue for until you die."),
  say(R, "Which is yours?"),
  say(N, "Phoenix, and I'm right. ¶ The machine itself is old. Ward Stone Ireland made the first stenotype around {1913|1913}, and the keyboard hasn't really changed since. What changed is everything behind it. ¦ A stroke used to be ink on a paper tape, folded in a tray, and you'd read your notes back and type them up at night. Now every stroke goes out a cable or over Bluetooth to a laptop."),
  say(R, "Is it hard on your hands? You do this all day."),
  say(N, "Less than a normal keyboard, honestly. The keys are very light, you can set how deep they go and how hard you have to press, and a word is one movement instead of eight. ¦ What hurts is your back, from sitting still through a three-hour cross-examination. ¶ And the machine keeps its own copy, on an SD card, so if the laptop dies halfway through a witness, nothing is lost."),
  say(R, "Belt and braces."),
  say(N, "Belt, braces and a spare belt. Courts don't do second takes."),
  say(R, "And that's where the hard part starts, I'm guessing. The laptop."),
  say(N, "That's where the fun starts. §Because the machine is the easy part. The hard part is what's in my laptop."),

  seg('topic', N, 'CAT software and the steno dictionary: Case CATalyst, Eclipse, briefs and untranslates', ['CAT software', 'dictionary', 'brief'], { mid: true }),
  say(N, "The software is called CAT, computer-aided transcription. Most of us use one of two programs, Case CATalyst, which Stenograph makes, or Eclipse, from Advantage Software. ¦ There's also ProCAT and a few others. And the heart of all of them is your dictionary. It's a giant table, stroke on one side, English on the other. Mine has about {a hundred and sixty thousand|160,000} entries, and I've built it for {twenty-two|22} years."),
  say(R, "So when the feed says Quinn tear row..."),
  say(N, "Dolores wrote your name in three strokes, by sound, and her dictionary has those three strokes as three words, Quinn, tear and row. ¶ If it didn't have them at all, you'd see the raw steno on the screen, in capitals, which we call an untranslate. That's the worst thing that can happen to you in realtime. An attorney is reading your feed and there's a word in the middle that looks like a cat walked on a keyboard."),
  say(R, "What's a brief? I keep hearing the word."),
  say(N, "A brief is a shortcut you invent. One stroke for a whole phrase. ¦ I have one stroke for, ladies and gentlemen of the jury, one for, objection, form of the question, one for the name of every attorney I work with regularly. ¶ Before a big case I spend an evening putting in a job dictionary, the names, the drugs, the streets, whatever the case is about, so they come out right the first time. Medical malpractice is a week of preparation for the Latin alone."),
  say(R, "And the conflicts? I read that there are conflicts."),
  say(N, "Words that sound the same and are written the same. {There and their|There/their and there/their}, for example, if your theory doesn't separate them. ¦ The software can guess from the words around it, but if it can't, it either shows you both, with a slash, or you resolve it afterwards. Good writers design their theory so conflicts almost never happen. ¶ The number everyone watches is the translation rate, how much of what you wrote came out as English. For realtime you want {ninety-nine percent|99 percent} and better. {Under|Uh, under} that and the attorneys start complaining."),

  seg('topic', R, "Open steno: Plover, hobby steno keyboards and learning with Typey Type", ['Plover', 'open steno', 'steno keyboard']),
  say(R, "I have to tell you something embarrassing at this point."),
  say(N, "You've been learning. You told me before the show. Tell them."),
  say(R, "I've been learning. Badly. ¶ There's a free, open source steno program called Plover, from the Open Steno Project. Mirabai Knight, who is a CART captioner in New York, started it around {2010|2010}, because she thought steno shouldn't cost thousands of dollars to try. ¦ Plover runs on your computer and turns chords into text in any program, your email, your code editor, anywhere."),
  say(N, "Which is something our software doesn't do as nicely. CAT lives in its own window."),
  say(R, "Right. ¶ And you don't need a professional machine. A normal gaming keyboard works, if it has what's called N-key rollover, so it can see lots of keys pressed at once. ¦ Or you buy a small hobby steno keyboard. I have a Georgi, which is a split little board that costs about a hundred dollars, and it just has the steno keys. There's a whole community making them."),
  say(N, "And how far have you got?"),
  say(R, "I practise on Typey Type, which is a free website with lessons and drills, about {forty|40} minutes a night. ¶ After eight months, I'm at about {fifty|50} words a minute. Which I'm proud of."),
  say(N, "You should be. Fifty is a real speed. The students I started with were doing about that in the first year."),
  say(R, "And you need {two hundred and twenty-five|225} for the exam."),
  say(N, "{Two hundred and twenty-five|225}, at {ninety-five percent|95 percent}. Keep going."),
  say(R, "The community also has its own theories. There's one called Lapwing, designed for Plover, that a lot of hobbyists learn. ¶ I went into this thinking it was a secret code for courtrooms, and it turns out it's a very old, very clever way of making a keyboard faster than the people talking to it."),
  say(N, "Faster than most of them. Not faster than some expert witnesses.", { paren: '(Laughter.)' }),
  say(R, "Hold that thought. §And a quick break, which is also Dolores's chance to fix my name."),

  seg('sponsor', R, 'Sponsor: Sidebar', ['Sidebar'], { mid: true }),
  say(R, "This episode is made possible by Sidebar. If you're a freelance reporter, an interpreter or a videographer, Sidebar is the calendar that agencies book you through. ¦ You set your days, your rates and the counties you'll drive to, the agencies send the job with the caption and the attorneys' names, and the names go straight into a word list you can load into your CAT software before you leave the house. ¶ Listeners of Read Back get their first three months free at ⟨sidebar.work/readback⟩. Thanks to Sidebar for helping us out.", { paren: '(Recess taken.)' }),

  seg('topic', N, 'Realtime feeds and CART: CaseViewNet, Bridge, StreamText and live captions for students', ['realtime', 'CART', 'caption']),
  say(R, "Welcome back. ¶ Nkechi, before the break you said realtime like it was a different job from court reporting."),
  say(N, "It's the same job with nowhere to hide. ¶ In a deposition, realtime means the attorneys see my translation on their own screens as I write it. It goes out from my CAT software to a program like CaseViewNet, which is Stenograph's, or Bridge, which is Eclipse's, on their laptops or an iPad. ¦ They can mark lines, make notes, and search what the witness said ten minutes ago. For a trial lawyer that's a superpower."),
  say(R, "And it's the rough, not the final transcript."),
  say(N, "Always the rough. The certified transcript comes later, after I've edited every page, and that's the one with my signature and my certificate on it. ¶ Then there's CART, Communication Access Realtime Translation. That's for people who are deaf or hard of hearing. ¦ I write every class for two students at the university, three mornings a week. The text goes out through StreamText, which gives them a link they open on a laptop, and I can send it into Zoom as well, through a captioning token Zoom gives the host.", { lab: 'QUINTERO' }),
  say(R, "Why not just use the automatic captions? Zoom has them built in."),
  say(N, "Because a lecture on organic chemistry isn't a phone call. ¶ The automatic captions do all right on clear speech, and they fall apart exactly where it matters, names, numbers, the technical words, two people talking at once, a professor with an accent. ¦ I prepped that course the same way as a trial. Every compound name is in my job dictionary. And when nobody can hear a student at the back, I write, inaudible, instead of inventing something."),
  say(R, "So you know what you don't know."),
  say(N, "That's the whole profession in one sentence."),
  say(R, "I want to ask about speed, because I think people imagine it's just fast typing. §How fast is fast?"),

  seg('topic', N, "Speed and certification: NCRA's RPR and CRR, and Mark Kislingbury's 360 words a minute", ['speed', 'NCRA', 'words a minute'], { mid: true }),
  say(N, "Normal conversation is {a hundred and fifty, a hundred and eighty|150, 180} words a minute. An excited witness can go well past {two hundred and fifty|250}. ¶ The National Court Reporters Association, NCRA, runs the certifications. ¦ The first one, the Registered Professional Reporter, the RPR, is three five-minute tests, literary at {one eighty|180}, jury charge at {two hundred|200}, and testimony at {two twenty-five|225}, and you need {ninety-five percent|95 percent} on each. The Certified Realtime Reporter, CRR, is about realtime, {two hundred|200} words a minute at {ninety-six percent|96 percent}, straight out of the software with no editing."),
  say(R, "What's the record?"),
  say(N, "Mark {Kislingbury|KEUZ/HREUPBG/PWER/KWREU}. {Three hundred and sixty|360} words a minute, at over {ninety-seven percent|97 percent}, in {2004|2004}. ¦ He's famous for writing very short, using briefs for almost everything, and he teaches that now. Most of us will never be near that, and we don't need to be."),
  say(R, "And when a witness goes faster than you can write?", { lab: 'QUINTER' }),
  say(N, "I stop them. ¶ People don't expect that. In a deposition, I'm an officer of the court. If I can't get it, I say, I'm sorry, could you slow down, or could you repeat the answer, and everyone waits. ¦ And when an attorney asks, could you read that back, I read from my screen, out loud, in a flat voice. That's where your show's name comes from."),
  say(R, "It is. I'm glad somebody finally noticed."),
  say(N, "The flat voice matters. You don't act out the witness. You read the words, and the question and the answer, exactly.", { as: 'MR. QUINTERO' }),

  seg('topic', N, 'From rough draft to certified transcript: audio sync, scopists, page and line numbers, the certificate', ['certified transcript', 'scopist', 'audio sync']),
  say(R, "So what happens to Dolores's file after today? Is this the finished thing?"),
  say(N, "Oh, no. What you're seeing is a rough. If this were a deposition, she'd go home tonight and edit it. ¶ Every CAT program records the audio while you write, and links each stroke to its moment in the recording, so when she clicks on a word she hears what was said right there. That's audio sync, and it changed my life. ¦ Then she fixes the untranslates, resolves the conflicts, and puts in the proper formatting, the questions and answers, the speaker designations, the page and line numbers."),
  say(R, "Page and line numbers. Why does that matter so much?"),
  say(N, "Because that's how lawyers quote it. Page {forty-two|42}, line seven. A transcript is a legal document, so the layout is set by rules, {twenty-five|25} lines a page, so many characters a line, so nobody can pad it. ¶ Some reporters send the editing to a scopist, a freelance editor who reads steno and works in the same CAT software, and then to a proofreader. ¦ When it's done, I sign a certificate that says it's a true and accurate record, and it goes out as a PDF, and as an electronic transcript the lawyers load into their own software, with the page and line numbers intact."),
  say(R, "And you're paid by the page."),
  say(N, "By the page, plus copies, plus a higher rate if they want it tomorrow. ¶ Which is the secret of the rough draft, by the way. Attorneys pay extra to have it the same evening, with a warning on every page that it's uncertified. Like the one Dolores is writing now."),
  say(R, "So my show notes come with a disclaimer."),
  say(N, "On every page."),

  seg('topic', N, 'The shortage of court reporters: digital recording, voice writers, ASR and Verbit', ['shortage', 'digital recording', 'voice writ']),
  say(N, "Can I say the uncomfortable part, before you ask?"),
  say(R, "Please."),
  say(N, "There aren't enough of us. ¶ The average reporter in this country is in her fifties. There's a study that NCRA had done about ten years ago, by a firm called Ducker, that predicted a shortage of about {five thousand five hundred|5,500} reporters, and it came true, or worse. ¦ Schools closed. It takes two to four years to get to speed, and a lot of students never do. So courts are short, and some states have moved to digital recording. A microphone on the table, a monitor who takes notes, and somebody transcribes it later."),
  say(R, "And you don't like that."),
  say(N, "I don't like what happens when the recording is bad. ¶ Nobody knows the record is bad until someone needs the transcript, for an appeal, two years later, and half an answer is a cough. ¦ When I'm there and I miss a word, I stop them, right then. A recorder doesn't stop anyone."),
  say(R, "What about voice writers? I've seen videos of people talking into a mask."),
  say(N, "They're colleagues. A voice writer repeats everything into a Stenomask, a mask over the mouth so nobody hears them, and speech recognition software, often Dragon, trained on their own voice, turns it into text. ¶ They have their own association, the NVRA, and their own certifications, and good ones are very good. ¦ What worries me more is the companies selling automatic speech recognition as a court reporter. Verbit bought {VITAC|VITAC}, the big captioning company, in {2021|2021}, and they're in courtrooms too."),
  say(R, "Is that necessarily bad? I build captioning software. I'm asking honestly."),
  say(N, "Honestly, no. ¶ A machine transcript is a fine draft. My problem is the word certified. Somebody has to swear that this is what was said, and be responsible for it. {If|Uh -- if} the software is wrong, who goes to court and explains it? ¦ I use ASR myself, after a trial, to check my audio sync. But the record needs a human who was in the room and who'll sign it."),
  say(R, "That's a very calm answer to the robot question."),
  say(N, "I've had {twenty-two|22} years to get calm about it."),

  seg('topic', N, 'Live TV captions: Line 21, CEA-608 and roll-up captions on the evening news', ['captions', 'Line 21', 'CEA-608']),
  say(R, "One more, because I think a lot of people have seen steno without knowing it. The captions on live television."),
  say(N, "That's us, or our cousins. ¶ The captions on the live news, sports, a press conference, those are written by a broadcast captioner on exactly this kind of machine, often from their own home, listening to the audio over the phone or the internet. ¦ Realtime captioning on television in the US goes back to the early eighties, and the captions travel in what's called Line {21|21}, a line of the picture you don't see, in a format called {CEA-608|CEA-608}. Digital television added {CEA-708|CEA-708}."),
  say(R, "The ones that scroll up from the bottom, line by line."),
  say(N, "Roll-up captions. That's how you can tell it's live and not prepared. ¶ Prepared captions pop on in blocks, timed to the picture. Live captions roll, and they're a few seconds behind, because the captioner has to hear it, write it, and the encoder has to put it into the signal. ¦ The FCC set quality rules for captions in {2014|2014}, accuracy, timing, completeness, placement, so they don't cover the score in a football game."),
  say(R, "How do you prepare for the news, though? You can't build a job dictionary for tomorrow's headlines."),
  say(N, "You prepare for the world. Broadcast captioners update their dictionaries every morning, the names in the news, the places, the sports teams and every player on the roster. ¦ A captioner who writes for a local station in Texas has every county and every city council member in there, as briefs."),
  say(R, "And the mistakes people screenshot?"),
  say(N, "Some are ours. A misstroke on live TV can be very funny, and very public. ¶ But a lot of what people screenshot now is automatic captions, and they blame us. That part I mind."),
  say(R, "Noted, for the record."),
  say(N, "For the record."),

  seg('outro', R, 'Goodbye', []),
  say(R, "That's a good place to stop. Nkechi Obi, thank you for explaining a profession I thought I understood. ¶ And now I have to look at the screen. Dolores, did you do it?"),
  say(N, "Read it out."),
  say(R, "It says Quintero. Q, U, I, N, T, E, R, O. Capital Q.", { as: 'MS. OBI' }),
  say(N, "She made you a brief at the break. You're one stroke now. You're in her dictionary forever."),
  say(R, "That's the nicest thing anyone's done for me this year. ¶ Show notes, with links to Plover and Typey Type, are at ⟨readback.fm/44⟩. Thanks to Nkechi, thanks to Dolores, and thanks for listening.", { paren: '(Recording concluded at 11:42 a.m.)' }),
];

export const SPEAKERS = [
  { name: R, aliases: ['Rafael', 'Quintero', 'QUINTERO', 'Rafael QUINTERO', 'QUINTER', 'MR. QUINTERO'] },
  { name: N, aliases: ['Nkechi', 'Obi', 'OBI', 'Nkechi OBI', 'MS. OBI'] },
];
