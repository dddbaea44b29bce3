// Source of Batch Window #71 (SYNTHETIC held-out episode, heldout22): a one-host one-guest INTERVIEW about MAINFRAMES and
// COBOL (the IBM Z machines, the batch, the language, the tools and the people behind a pension fund's payments).
// Invented: the show "Batch Window" (the unfashionable computers that pay the world's pensions); the host, Dervla
// Mulcahy, in Sligo; the guest, Thandiwe Nkosi (Zoom display name "Thandi Nkosi"), who runs mainframe engineering at a
// pensions administrator in Pretoria and started there on the night shift in 2003; the sponsor "Marlspike" (a map of an
// old code estate); the administrator, its numbers, its code, the widow's-pension rule of 1996, the employer file with
// spaces in it, the cancelled rewrite, the colleague who lives in ISPF, the Afrikaans names, and every anecdote.
// Recorded Tuesday 13 May 2025; the technology is real but told from memory.
// Rendered by build.mjs into recording.vtt (the transcript Zoom's cloud recording produced: numbered cues, the speaker's
// display name on every cue) and timedtext.xml (YouTube's automatic captions for the episode's video, as the timedtext
// endpoint returns them: one line of XML, lower case, no punctuation, no speakers).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in recording.vtt (Zoom's recogniser), B in timedtext.xml (YouTube's recogniser, which the build then
//              lower-cases and strips of punctuation): a misheard name or product, an acronym said as a word, a number;
//   ¶          a pause inside a turn (0.5 s on the clock): Zoom ends a cue there, YouTube may end a caption there.
// opts:
//   zoom: NAME recording.vtt: the display name Zoom put on this paragraph's cues when it is not the speaker's own (the
//              guest's phone joined as a second participant for a minute: `Thandi's iPhone`, a gold alias of hers).
// Conventions: every discussion topic is presented by the GUEST, who carries it, including the ones she raises
// herself; the host's question or cue belongs to the NEW segment; the host presents the intro, the sponsor (she reads
// it) and the outro.
import { say, seg } from '../build-episode.mjs';

export const H = 'Dervla Mulcahy';
export const G = 'Thandiwe Nkosi';

export const SOURCE = [
  seg('intro', H, "Introduction: Thandiwe Nkosi and the mainframe behind 1.4 million people's pensions", []),
  say(H, "Welcome to Batch Window, episode 71. This is a programme about the large, old, unfashionable computers that quietly pay the world's pensions and settle its bills, and about the men and women who tend them. I'm Dervla Mulcahy, in Sligo, where it's a soft grey Tuesday in the middle of May. ¶ My guest spends her working life inside one of those machines. {Thandiwe Nkosi|tandiwe nkosi} runs mainframe engineering at a pensions administrator in Pretoria, which looks after the retirement savings of about one point four million people. She joined in 2003 on the night shift, mounting tapes, and she has never found a good enough reason to leave. {Thandiwe|tandiwe}, you're very welcome."),
  say(G, "Thank you, it's a real pleasure. And yes, they were real tapes, and I dropped one on my foot in the first week."),

  seg('topic', G, 'What runs on a pension fund\'s mainframe: z/OS, CICS, Db2, VSAM and the monthly payment run', ['mainframe', 'z/OS', 'CICS']),
  say(H, "Before we get anywhere near languages and tools, give me the machine itself. What's actually in that room, and what does it do all day?"),
  say(G, "There are two rooms, really, in two data centres about forty kilometres apart, and in each one there's an IBM Z machine the size of a large fridge. They run {z/OS|zed os}, and they're coupled together as a {parallel Sysplex|parallel sisplex}, so if one site disappears the other carries on and the members never notice. ¶ During the day it's mostly transactions. The call centre, the member portal and the mobile app all end up in {CICS|kicks}, which is the transaction server, about three million transactions on a normal day. The member records live in {Db2|db2}, and some of the oldest data still lives in {VSAM|v sam} files, which are older than the {Db2|db2} tables and, frankly, older than a few of my staff."),
  say(H, "And at night?"),
  say(G, "At night it's batch. Employers send in their contribution files, we post the money to each member, work out interest, and produce the letters and statements. And once a month there's the big one, the payment run. About four hundred thousand pensioners get paid from that run, and a file goes to the banks before six in the morning. ¶ If that file is late, it's on the radio."),
  say(H, "How many people does it take to look after two of them?"),
  say(G, "About sixty, in the end. A small group of systems programmers who look after {z/OS|zed os} itself and the software on top of it, a larger group of application developers who write and change the COBOL, the operators who watch the batch at night, and a few people on capacity and security. ¶ That seems a lot until you remember what it would take to run the same work on a few thousand ordinary servers."),
  say(H, "People have been telling me the mainframe is dying for my entire career. Does it feel like it from the inside?"),
  say(G, "It's been dying since I joined, and in that time it's roughly tripled the work it does for us. What changed is what surrounds it. Twenty years ago the mainframe was the whole system. Now it's the part in the middle that has to be right, with web and mobile and analytics all around it asking it questions."),
  say(H, "So it's a very reliable clerk that never sleeps, and the clerk speaks COBOL."),

  seg('topic', G, 'Why COBOL suits money: picture clauses, packed decimal, copybooks and forty years of business rules', ['COBOL', 'packed decimal', 'copybook']),
  say(G, "Mostly COBOL, and COBOL is much less strange than people expect, once you see what it was built for. It was built for records and money. When you declare a field, you write a picture clause that says exactly how many digits it has and where the decimal point is. ¶ So an amount is nine digits with two after the point, and the arithmetic is decimal, done exactly, with no floating point anywhere. A pension is never off by a fraction of a cent because of how a computer rounds binary numbers."),
  say(H, "And packed decimal is what, exactly? I've heard it spoken of in hushed tones."),
  say(G, "Packed decimal is how those numbers are stored, two digits to a byte, with the sign in the last half-byte. In COBOL you write {COMP-3|comp 3}. The hardware has instructions that do arithmetic on packed numbers directly, which is part of why the machine is so quick at this sort of work. ¶ Then there are copybooks, which are shared record layouts. The layout of a member record is written once, in a copybook, and every program that reads that record copies it in. Change the copybook and you've changed every program that uses it, which is both the beauty and the danger."),
  say(H, "How much code are we talking about?"),
  say(G, "About fourteen million lines of COBOL, plus the job control and a bit of assembler. The oldest program still running was written in 1987. But honestly, the language is not the hard part. A graduate can read COBOL after a week. ¶ The hard part is forty years of rules. There's a paragraph in one program that works out a widow's pension under an amendment from 1996, and it still pays about two hundred people every month. Nobody alive wrote it, and it's correct."),
  say(H, "Is there any of it you're ashamed of?"),
  say(G, "Plenty. There's a program from the nineties with a section called temporary fix that has run every night for twenty-six years. And the comments are a history of the company: who was angry with whom, which minister changed which rule, and one long apology from 1999 about the millennium."),
  say(H, "Temporary for twenty-six years. And a rule from 1996 still paying people every month, which I find oddly moving. §So when does all of this actually run, and who decides the order it runs in?"),

  seg('topic', G, 'The nightly batch: JCL, a scheduler with four thousand jobs, and an S0C7 abend at two in the morning', ['batch', 'JCL', 'S0C7', 'abend'], { mid: true }),
  say(G, "The batch is a few thousand jobs a night, about four thousand at month end. Each job is written in {JCL|jcl}, job control language, which says which programs to run, in which order, and which data sets each step reads and writes. ¶ Then a scheduler decides when each job runs. Ours is {Control M|control m}. It knows that the interest job can't start until every contribution file has been posted, that the payment file can't go until the interest is done, and so on, thousands of dependencies. The window used to be from eight at night to six in the morning. It's shrinking, because the app never closes, so the batch has to share the machine with people checking their balance at midnight."),
  say(H, "And when a job fails?"),
  say(G, "It abends, which is our word for an abnormal end, and the phone rings. The famous one is an {S0C7|s 0 c 7}, a data exception. It means a program tried to do arithmetic on a packed decimal field that doesn't hold a valid number. Nine times out of ten, somebody has put spaces or letters where the digits should be."),
  say(H, "Does the machine recover on its own, or does somebody have to get out of bed?"),
  say(G, "Somebody gets out of bed. The scheduler stops everything that depends on the failed job and lets the rest carry on, and the operator on shift calls whoever is on call for that system. Most jobs are written so they can be restarted from the step that failed, which matters a great deal at three in the morning. ¶ My worst night was a month end in 2011. One employer's file had spaces in the contribution amounts, the posting job fell over with an {S0C7|s 0 c 7} at two in the morning, and everything behind it stopped. We found the record, corrected it, restarted the job from the step that failed, and the payments went out with eleven minutes to spare."),

  seg('sponsor', H, 'Sponsor: Marlspike, a map of which program reads which file in an old code estate', ['Marlspike']),
  say(H, "Eleven minutes to spare. That's the kind of night that makes you wish for a map of everything, and a map of everything is what Marlspike makes. They're covering the cost of this episode, so here's what they do. ¶ Marlspike reads an old code estate the way every new colleague wishes they could: COBOL, PL/I, JCL, copybooks, Db2 tables and the Java services calling into all of it. It draws you which program reads which file, which job runs which program, and exactly what breaks if you change a field in a copybook. ¶ Teams use it to plan changes, to onboard new people, and to answer the question every auditor asks, which is who touches this data. A month's trial against a copy of your own code is waiting at {⟨marlspike.dev/batchwindow⟩|marlspike dot dev slash batch window}. Our gratitude to Marlspike for paying the bills around here. §Right, the tools you use now, because I gather they're not all green screens any more."),

  seg('topic', G, 'From green screens to VS Code: Zowe, Git instead of Endevor, build pipelines and unit tests for COBOL', ['Zowe', 'Git', 'Endevor', 'VS Code'], { mid: true }),
  say(G, "Some of them still are. For most of my career you worked on a 3270 terminal, a green screen, in {ISPF|ispf}, which is a full-screen editor and menu system. You edited a member of a data set, submitted a job, and read the output in a spool viewer. Source control was a product called {Endeavor|endeavor}, which managed the promotion of code from development to test to production. ¶ Three years ago we moved the source to Git. Now most of the team writes COBOL in VS Code, with {Zowe|zoe} Explorer to browse data sets and submit jobs. {Zowe|zoe} is an open-source project under the Open Mainframe Project, at the Linux Foundation, and it's the reason a graduate can be productive in their first month."),
  say(H, "And builds? I can't picture a pull request for COBOL."),
  say(G, "It looks exactly like anyone else's. You push a branch, a pipeline in GitLab runs, and IBM's Dependency Based Build works out which programs are affected by the change, including everything that copies a changed copybook, compiles only those, and runs the tests. ¶ The tests are the newer part. We use COBOL Check, another Open Mainframe Project tool, which lets you write unit tests for a paragraph of COBOL and mock out the file reads. We have tests for the newest ten percent of the code and the most frightening five percent of the old code."),
  say(H, "Did the old hands resist?"),
  say(G, "Some did, loudly. One of my best engineers still lives in {ISPF|ispf} and does everything from the green screen, and I let him, because his code is perfect and he reviews everyone else's in the pull requests. The one thing we didn't compromise on was security. The pipeline has its own user in {rack F|rack f}, with exactly the rights it needs and nothing else."),

  seg('topic', G, 'When data leaves the mainframe: EBCDIC, code pages, packed decimals and change data capture to Kafka', ['EBCDIC', 'code page', 'Kafka']),
  say(H, "That payment file you mentioned, the one the banks need by six: what happens to your data once it leaves the machine?"),
  say(G, "That's where most of the surprises are, because the mainframe doesn't speak the same text as the rest of the world. It uses {EBCDIC|ebsidic}, an encoding from the sixties where even the letters are at different numbers than in ASCII. And there isn't one {EBCDIC|ebsidic}, there are code pages. ¶ Our old transfer to the banks converted everything with a table that only knew the plain English alphabet. Then we found out the hard way that some of our members' surnames didn't survive the trip to the bank. Afrikaans has plenty of names with an ê or an ë in them, and for a while a few hundred pensioners had a question mark in the middle of their name on their bank statements."),
  say(H, "That must have made for some cheerful phone calls. Why not just switch the mainframe itself to Unicode?"),
  say(G, "Because every one of those fourteen million lines assumes a character is one byte, and every record layout in every copybook was measured that way. {Db2|db2} can store Unicode perfectly well, and new tables do. Converting the old files would mean touching everything at once, for the sake of two letters."),
  say(H, "So you convert on the way out."),
  say(G, "On the way out, yes. We fixed it by converting properly, at the edge, with the right code page on both ends and UTF-8 for everything outside. The other classic is packed decimal. A team on the analytics side once read the {COMP-3|comp 3} fields as if they were text and got complete nonsense for a month before anyone noticed. ¶ These days the member app doesn't read our files at all. Changes to the {Db2|db2} tables are captured as they happen, change data capture, and streamed into Kafka, converted into JSON on the way, so the app sees a member's new balance a second or two after the mainframe does. The mainframe stays the source of truth. Everything else is a copy. §Which is really my answer whenever someone at a conference asks whether we'll ever get off the mainframe."),

  seg('topic', G, 'Leaving the mainframe, or not: failed rewrites, z/OS Connect APIs, COBOL-to-Java translation and AI assistants', ['modernisation', 'z/OS Connect', 'COBOL to Java', 'watsonx Code Assistant for Z'], { mid: true }),
  say(H, "And will you?"),
  say(G, "We tried once. In 2009 there was a project to rewrite the whole thing in Java. It ran for three years, it cost a great deal of money, and it was cancelled when the new system still couldn't calculate a widow's pension the way the old one did. ¶ So now we do it gradually. The {CICS|kicks} transactions are exposed as REST APIs with {z/OS Connect|zed os connect}, so new systems call the mainframe like any other service. When we build something new that doesn't need the mainframe's strengths, we build it somewhere else. Over time, the middle gets smaller, but only where it makes sense."),
  say(H, "How do you decide what moves and what stays?"),
  say(G, "We ask what the thing needs. If it does heavy arithmetic over millions of records in a fixed window, or it has to be right every single time, it stays. If it's mostly screens, searching, or talking to other companies' systems, it probably goes. The pension calculation stays. The letter templates left years ago and nobody misses them."),
  say(H, "What about the tools that promise to translate COBOL to Java automatically?"),
  say(G, "They work, in the sense that the Java compiles and gives the same answers. But what you get is COBOL written in Java. Every paragraph becomes a method, every field a little object, and nobody on the Java side wants to maintain it. You've swapped a language you have experts in for a dialect nobody has experts in. ¶ The AI assistants are more interesting. IBM has {Watson X Code Assistant for Z|watson x code assistant for z}, and the general models have got surprisingly good at COBOL too. Where they shine, for us, is explaining. Point one at a two-thousand-line program from 1991 and ask what it does, and you get a decent first draft of documentation in a minute."),
  say(H, "And where don't they shine?"),
  say(G, "Anywhere money is calculated. The assistant is confident and usually right, and usually right isn't the standard for a pension. We use it to read, to document, and to suggest tests, and a person signs off every line that changes a number."),

  seg('topic', G, 'Who will look after it: retirements, trainees, the COBOL Programming Course and the New Jersey myth', ['skills', 'COBOL Programming Course', 'New Jersey']),
  say(H, "Who is going to look after all of this in fifteen years?"),
  say(G, "Who do you think looked after it fifteen years ago? People who learned it on the job, like me. Nobody studies mainframes at university and then applies. They stumble in, somebody patient teaches them, and they stay."),
  say(H, "Fair point. But the patient teachers are retiring."),
  say(G, "They are, and that's my real worry, more than the technology. Eight of my team are over fifty-eight. So every year we take on graduates, mostly from computer science, some from accounting, and for the first six months each of them sits next to someone who's retiring. ¶ The training material is much better than when I started. The Open Mainframe Project has a free COBOL Programming Course on GitHub, and IBM runs {IBM Z Xplore|ibm z explore}, which used to be called Master the Mainframe, where students get an account on a real system and work through challenges. Half my graduates found us through it."),
  say(H, "What do the graduates find hardest?"),
  say(G, "Not the language. It's the way of thinking in batch, that your program is one step of a night with four thousand others, and the data sets, which have names like a postal address and no folders at all. And the idea that a mistake here doesn't show an error page, it pays somebody the wrong amount."),
  say(H, "Do you remember New Jersey, in 2020, when the governor went on television asking for COBOL programmers?"),
  say(G, "Everyone in my world remembers it. The unemployment system was drowning in claims in the first weeks of the pandemic, and the story became that COBOL had failed. It mostly hadn't. The capacity hadn't been planned for ten times the normal load, and the web front end in front of it was struggling too. ¶ But the headline did us a favour, because for a month every student in the world knew the word COBOL."),
  say(H, "Accidental marketing is still marketing."),

  seg('topic', G, 'What it costs and where it goes: MSU pricing, zIIP engines, the IBM z17 with Telum II, and advice', ['z17', 'Telum II', 'zIIP', 'MSU']),
  say(H, "Last thing before I let you go. Where does the machine itself go from here, and what does keeping it cost you?"),
  say(G, "The cost is mostly software, not hardware. Most mainframe software is charged by how much processor you use at your peak, measured in {MSUs|msus} over a rolling four-hour average, so a badly written job at the busiest hour of the month costs real money for the whole year. ¶ There are also special engines called {zIIPs|zips}, where certain work runs without counting towards that bill. Java runs there, and a lot of {Db2|db2} work. So a surprising amount of modernisation is moving work onto the {zIIPs|zips} to make the bill smaller."),
  say(H, "And the new machine? IBM announced one last month."),
  say(G, "The {z17|z 17}, yes, with the {Telum 2|tellum 2} processor. The interesting part for us is that the chip has an AI accelerator built in, so you can score a transaction for fraud inside the transaction itself, without sending the data anywhere. IBM also has a separate accelerator card called {Spire|spire} coming for bigger models. ¶ We'll probably move to the {z17|z 17} when our lease comes up. And we run some Linux on the same machines now, which would have been a strange sentence in 2003."),
  say(H, "Will there still be a mainframe in that room in 2040?"),
  say(G, "I'd bet my own pension on it. It might be smaller, and it might do less of the work around the edges, but the part that has to be right will still be there, and so will some of the code from 1987."),
  say(H, "Any advice for someone listening who's curious?"),
  say(G, "Learn how the money moves before you learn the syntax. Anyone can learn COBOL. The people who become valuable are the ones who understand why the job runs at two in the morning and what happens to a pensioner if it doesn't. ¶ And don't let anyone tell you it's a dead end. Mine has lasted twenty-two years and it's still paying people on time."),

  seg('outro', H, 'Goodbye', []),
  say(H, "Still paying people on time is a better epitaph than most of us will manage. {Thandiwe|tandiwe}, thank you, I've enjoyed every minute."),
  say(G, "It was a treat to be let out of the basement. Go and find out who runs your pension, everyone. Somebody like me is awake for it.", { zoom: "Thandi's iPhone" }),
  say(H, "We're back in a fortnight. Everything from today, the course included, is linked from the episode's page. Until then, look after your data sets."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Dervla Mulcahy', 'Dervla', 'Mulcahy'] },
  { name: G, aliases: ['Thandiwe Nkosi', 'Thandiwe', 'Nkosi', 'Thandi Nkosi', 'Thandi', "Thandi's iPhone", 'Tandiwe Nkosi', 'Tandiwe'] },
];
