// Source of String Freeze #54 (SYNTHETIC held-out episode, heldout24): a one-host one-guest INTERVIEW about software
// LOCALISATION (what breaks when an app is translated, plurals and MessageFormat, the pipeline and its file formats,
// right-to-left layout, numbers and dates, Unicode text, machine translation, and advice). Host (invented): Ruairí
// Kavanagh, in Dublin, who localised video games for ten years before the show and whose name most forms reject (a
// running joke, paid off in the outro). Guest (invented): Zainab Al-Khatib, who grew up in Amman and Manchester and leads
// localisation engineering at "Marrowby", an invented travel-booking app in Amsterdam (38 languages). The sponsor
// "Loomtide" (screenshots of every screen of an app in every language, for translators) is invented, as are the app, its
// bugs, the German button, the Polish review, the Arabic release, the hotel in Kraków, the spreadsheet and every anecdote.
// Recorded Monday 29 September 2025, published Thursday 2 October 2025; the standards and tools are real but told from
// memory.
// Rendered by build.mjs into youtube.txt (the text a user copies from YouTube's "Show transcript" panel for the episode's
// video, in heldout15's and heldout22's layout) and interview.otr (the transcript the show's producer typed by hand in
// oTranscribe, saved as its .otr file).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in youtube.txt (YouTube's automatic captions: a misheard name, a product's name split up, digits), B in
//              interview.otr (the producer's typing: the names spelt properly, an aside in brackets);
//   ¦          interview.otr only: the producer starts a new paragraph here (the continuation carries no name);
//   ¶          a pause inside the turn (0.5 s on the clock): the caption cutter may end a line there.
// opts:
//   lab: X     interview.otr: the bold name before this paragraph when it is not the speaker's first name: null (the
//              producer typed no name here) or another name.
// Conventions (the interview convention of heldout22 and heldout23): every discussion topic is presented by the GUEST, who
// carries it, including the ones she raises herself; the host presents the intro, the sponsor (he reads it) and the
// outro; the host's question or cue belongs to the NEW segment.
import { say, seg } from '../build-episode.mjs';

export const H = 'Ruairí Kavanagh';
export const G = 'Zainab Al-Khatib';

export const SOURCE = [
  seg('intro', H, 'Welcome to String Freeze 54, with Zainab Al-Khatib', []),
  say(H, "Hello, you're listening to String Freeze, episode 54, a programme about software on its travels between languages. I'm {Rory|Ruairí} Kavanagh. I translated video games for a decade before I started making this, and to this day I can't buy a train ticket on most websites, because the name field refuses the accent on my own name. ¦ My guest today leads localisation engineering at Marrowby, the travel app, from its office in Amsterdam. She grew up between Amman and Manchester, she has shipped the app in thirty-eight languages, and she once told me that every bug she has ever loved was a plural. Zainab Al-Khatib, welcome."),
  say(G, "Thank you, {Rory|Ruairí}. I stand by the plurals. And I'm sorry about the train tickets, although I suspect one of those forms might be ours."),
  say(H, "I'll send you a screenshot."),

  seg('topic', G, 'What breaks when an app is translated: hard-coded text, concatenated sentences and German text expansion', ['text expansion', 'concatenation', 'hard-coded']),
  say(H, "Let's start from the beginning. A team has an app in English and decides to launch in Germany. What breaks first?"),
  say(G, "Three things, nearly always in the same order. First, text that was never pulled out of the code: a string typed straight into a button, an error message built in a function somewhere, an email template nobody remembered. ¶ Second, sentences glued together from pieces. A developer writes the word book, then a number, then the word nights, because in English that works. In German the verb goes last, in Japanese the number takes a counter word, and the translator receives three fragments with no idea they belong together. ¶ And third, length. German runs about a third longer than English on average, and short labels can double. Our book now button became jetzt buchen, which fitted, but the next screen said something three times the width of the space we'd left, and it simply disappeared behind an icon."),
  say(H, "A rite of passage."),
  say(G, "A rite of passage, and it's never a surprise to anyone except the person who designed the screen. The fix isn't clever. Every piece of text lives in a resource file with a key, every sentence is one complete message with placeholders for the things that vary, and designers leave room. ¶ The difficult bit is cultural. You have to get a whole engineering team to stop building sentences with a plus sign, and most of them don't even notice they're doing it. §And the sentences with numbers in them are where it gets properly interesting."),

  seg('topic', G, 'Plurals: CLDR plural categories, ICU MessageFormat and the new MessageFormat 2', ['plural', 'MessageFormat', 'CLDR'], { mid: true }),
  say(H, "This is the love affair."),
  say(G, "The great love, yes. In English you have two forms, one night and two nights, so developers write an if statement: if the count is one, add nothing, otherwise add an s. That works for English and very few other languages. ¶ Polish has separate forms for one, for numbers ending in two to four, and for most of the rest, so two nights and five nights use different words. Arabic has six forms, including a special one for exactly two. Japanese has one form for everything. ¦ The rules for all of them live in CLDR, the Unicode Common Locale Data Repository, which names the categories zero, one, two, few, many and other. Your code shouldn't know any of that. It asks the library which category a number falls into, and the translator fills in one sentence per category."),
  say(H, "Irish has five of those, if it helps. I spent a month of my life on Irish plurals for a football game."),
  say(G, "Then you know the pain. The usual tool is {I see you|ICU} MessageFormat: a message with the count in it, and inside it a branch for each plural category, and the same trick for grammatical gender, so a sentence about a traveller can change with the traveller. ¶ A Polish user left us a one-star review once with a single sentence: your app cannot count. He was right. We'd shipped an if statement."),
  say(H, "How do translators cope with six versions of one sentence?"),
  say(G, "Better than developers, honestly. The tools show them exactly the categories their language needs and nothing else, so an Arabic translator sees six boxes and a Japanese translator sees one. The mistakes come from our side, when somebody forgets that zero in English is a plural or hard-codes a number into the sentence."),
  say(H, "And the format has a new version now, I hear."),
  say(G, "MessageFormat 2, from a Unicode working group, which reached its first stable version in the spring after years of argument. It has a cleaner syntax, it's designed so translation tools can parse it properly, and it lets you plug in your own formatting functions. ¶ Libraries for Java, C and JavaScript already support it, and there's a proposal to build it into JavaScript itself. I'd not migrate everything tomorrow, but I'd write anything new in it."),
  say(H, "That's the most cautious enthusiasm I've heard on this show."),
  say(G, "Localisation people are very cautious enthusiasts."),

  seg('topic', G, 'The pipeline: string freeze, continuous localisation, a translation management system, XLIFF and String Catalogs, and pseudo-localisation', ['pseudo-localisation', 'XLIFF', 'continuous localisation']),
  say(H, "Those three fragments with no idea they belong together: what does a translator actually receive from you, these days?", { lab: 'Ruairí Kavanagh' }),
  say(G, "Fewer fragments than they used to, I hope. We don't do a string freeze any more, the old habit of stopping every text change two weeks before a release so the translators can catch up. We release every week, so it's continuous: a developer merges a new string, our pipeline notices it and sends it to our translation management system, and translators see it within minutes. ¶ The system is one of the big commercial ones. {Crowd in|Crowdin}, Phrase and {Localize|Lokalise} all do the same job, and {web late|Weblate} is the open-source choice. ¦ Every platform has its own file format, which is half my job. Android has its strings files in XML, Apple moved to String Catalogs in 2023, the web team uses {Jason|JSON} with MessageFormat inside, and for anything exchanged with an agency there's {X-Liff|XLIFF}, the industry's interchange format, which every tool reads slightly differently."),
  say(H, "How do the strings get their names?"),
  say(G, "Carefully. Every string has a key that says where it lives, checkout dot summary dot title, never the English text itself, because the English changes and the key mustn't. Developers also write a short note for the translator, and we check in code review that the note exists. ¶ It sounds bureaucratic. It saves us hundreds of questions a month."),
  say(H, "And how do you catch the problems before a translator does?"),
  say(G, "{Pseudo localization|Pseudo-localisation}, which is my favourite cheap trick. Before any real translation exists, the build produces a fake language: every letter swapped for an accented cousin, every string made forty percent longer, and wrapped in brackets. ¶ You click through the app in that language and the problems jump out: text in plain English was never extracted, a missing bracket means something cut the string off, and a layout that breaks at forty percent will break in German. Android even ships two pseudo-locales for this, one accented and one that flips the layout right to left."),
  say(H, "Does it catch everything?"),
  say(G, "Not the context. The biggest complaint from translators is that they see the word book alone in a spreadsheet and have to guess whether it's a verb or a noun. A screenshot beside the string is worth more than any comment a developer writes."),

  seg('sponsor', H, 'Sponsor: Loomtide, screenshots of every screen in every language for translators', ['Loomtide'], {}),
  say(H, "A screenshot beside every string is exactly what Loomtide was built for, and since Loomtide covers this episode, here's the short version. ¦ Loomtide runs your app's test suite in every language you support and captures every screen along the way. It then matches each screenshot to the strings that appear in it and sends the pictures to your translation management system, so a translator looking at the word book sees the button it sits on. ¶ It also flags text that's cut off or overlapping in any language, before a user finds it for you. It works with Android, iOS and the web, and any team can have a month without charge at {loomtide.io slash freeze|loomtide.io/freeze}. Loomtide makes this show possible, and we're glad of it. §Now, Zainab, you mentioned Android flipping an app from right to left. What happened the day yours did?"),

  seg('topic', G, 'Right-to-left: shipping Arabic, the bidirectional algorithm, logical CSS properties, mirrored icons and bidi isolation', ['right-to-left', 'Arabic', 'bidi'], { mid: true }),
  say(G, "The day it did it for real. We launched Arabic last year, and it was personal, because it's my first language. ¶ The first build was a mirror image that was wrong in every interesting way. The back arrows pointed into the screen, the progress bar filled from the wrong side, and a hotel's price, a number in Latin digits inside an Arabic sentence, jumped to the opposite end of the line with its currency on the wrong side of it."),
  say(H, "Why does the number jump?", { lab: null }),
  say(G, "Because of the bidirectional algorithm, which belongs to the Unicode standard and decides the order characters appear in when scripts that run in opposite directions share a line. Numbers run left to right even inside Arabic, and punctuation belongs to whichever side the algorithm decides. ¶ Usually it gets it right. When it's wrong, it's usually user content: a hotel name in English inside an Arabic sentence, or an Arabic name inside an English one. The fix is isolation. In HTML you wrap the name in a bdi element or set dir to auto, and in plain text there are invisible Unicode characters that do the same, so the name can't pull the punctuation around it."),
  say(H, "And the layout itself?"),
  say(G, "The layout is the easier part these days. On the web you stop saying left and right in your styles and use logical properties, margin inline start instead of margin left, and the browser flips it for you. Android and iOS mostly mirror automatically if you've used their layout systems properly. ¶ The judgement calls are the icons. Arrows and anything showing progress flip. A clock doesn't, a play button doesn't, because it represents tape moving past a head, and a checkmark doesn't. We have a list on the wall."),
  say(H, "And the typefaces?"),
  say(G, "Arabic needs more vertical room than Latin text, because of the dots and marks above and below the letters, so a line height tuned for English clips it. We use the Noto fonts from Google as the fallback for every script we don't design for ourselves, and we learned to test with real Arabic text rather than the one phrase everybody copies from a website."),
  say(H, "Did your own family test it?"),
  say(G, "My mother found four bugs in an evening, and one of them was a real one. {|[laughs]} The others were opinions about our Arabic, which she shared with the whole family."),
  say(H, "Mothers are the best testers.", { lab: null }),

  say(G, "And the most honest. §Then there's everything that isn't a sentence at all. The date, the time, the price, the distance. ¶ A German writes a thousand euros with a full stop where an English speaker puts a comma, the Swiss use an apostrophe, India groups the digits in lakhs, and whether a week starts on Sunday or Monday depends on the country, not the language. ¦ The mistake is to write any of that by hand. CLDR has the data, ICU turns it into formatting libraries, and in JavaScript the {intel|Intl} objects in the browser give it to you for free: a number format, a date format, relative times like three days ago, lists with the right and or or."),

  seg('topic', G, 'Numbers, dates and currencies: CLDR data, the Intl APIs, ICU4X, week starts and the Japanese era', ['Intl', 'date formats', 'ICU4X'], { mid: true }),
  say(H, "Do the libraries still get anything wrong?"),
  say(G, "The libraries are very good. The bugs come from people storing formatted strings instead of the values, or parsing what a user typed with the wrong locale. We had a booking system in Kraków that read four-thirty as four hundred and thirty, because of a comma. ¶ And calendars. When Japan changed imperial era in 2019, every system that formats Japanese dates had to learn a new era name, announced only a month before, and the new era started partway through a year. The localisation world had been preparing for that day for years. ¦ For engineers, the interesting project now is {ICU for X|ICU4X}, a rewrite of ICU in Rust, small enough to ship inside a mobile app or a web page, from the same Unicode people."),
  say(H, "And time zones?"),
  say(G, "Time zones are a whole other episode, and I'm told you've had one. We store every booking in the hotel's own time zone with its name, because a check-in at three in the afternoon in Lisbon has to stay three in the afternoon whatever the traveller's phone thinks."),
  say(H, "So the clever parts are done for you."),

  seg('topic', G, 'Unicode text: Unicode 17, grapheme clusters and Intl.Segmenter, the Turkish dotless i, collation and names', ['Unicode', 'grapheme', 'Turkish'], {}),
  say(G, "The clever parts, yes. The dangerous parts are the ones everybody assumes are simple, like how long a piece of text is. ¶ Unicode 17 was released in September, with nearly five thousand new characters, four new scripts plus a few emoji, an orca and a trombone among them. Every one of those emoji is a trap for a developer who counts characters."),
  say(H, "Because one emoji isn't one character."),
  say(G, "Not to a computer. A family emoji is several people glued together with invisible joiners, and in JavaScript its length comes out as eight or more. A flag is two letters from a special alphabet. An accented letter can be one code point or two. ¶ What a human calls a character, Unicode calls a grapheme cluster, and the browsers now have {Intel Segmenter|Intl.Segmenter} to split text that way. We had a fifty-character limit on hotel reviews that cut a Hindi review halfway through a syllable, and a name field that rejected anything with an apostrophe or an accent."),
  say(H, "Like mine.", { lab: 'Zainab' }),
  say(G, "Exactly like yours, {Rory|Ruairí}. And like every O'Brien in Ireland. ¶ Then there's case. The classic bug is Turkish, which has a dotted and a dotless i, so making the letter i uppercase gives a different letter in Turkish than in English. Software that uppercases an identifier with the user's locale, or compares two words without saying which language they're in, breaks for eighty-five million people. ¦ Sorting is the same story. In Swedish, a with two dots sorts after z. Use the library's collation, never compare the raw codes."),

  seg('topic', G, 'Machine translation and large language models: DeepL, post-editing, translation memory, glossaries and where humans stay', ['machine translation', 'DeepL', 'post-editing'], {}),
  say(H, "Should I just let a machine translate all of it?"),
  say(G, "Which machine, and which part of it?"),
  say(H, "Touché. Let's say the hotel descriptions, and then the buttons."),
  say(G, "Then yes, and no. The hotel descriptions are millions of words that change every day, and no company could ever pay humans to translate all of them. We run those through machine translation, {Deep L|DeepL} and one of the big language models side by side, and users can always switch back to the original. ¶ The interface, the buttons, the legal text and anything in our marketing still goes through a human translator, who usually starts from a machine suggestion and edits it. The trade calls that post-editing, and it's how most professional translation is done now."),
  say(H, "Did the language models change that much?"),
  say(G, "They changed the tone. Older machine translation was literal. A language model can be asked to keep our voice, to use the informal you in German and the formal one in Japanese, to keep the placeholders intact and to follow a glossary, so the word for a booking never changes between screens. ¦ What hasn't changed is the translation memory, the database of every sentence we've already translated and approved. That's our real asset. Anything already in it costs nothing and sounds like us. ¶ And what I'd never do is ship a language nobody on the team can read. We had a machine translation in one language that turned free cancellation into a phrase meaning the cancellation is free of charge for the hotel. Somebody who spoke it found it within a day, and that's the only reason it was a day."),
  say(H, "That's a frightening sentence for a travel company."),
  say(G, "It was a frightening Tuesday.", { lab: null }),
  say(H, "What happened to the bookings?"),
  say(G, "A few dozen people cancelled expecting a refund that the hotels' terms didn't give them, and we paid those ourselves. It was cheaper than the lesson would have been any other way. ¶ Now every machine-translated language has a named person who reads a sample every week."),
  say(H, "A named reader for every language. Expensive and wise."),

  seg('topic', G, 'Advice for a team starting to localise: externalise strings, pseudo-locales in the build, pay translators and talk to users', ['advice', 'externalise']),
  say(H, "One final question before your thirty-eight languages need you back. Somebody listening has an app in one language and a manager who has just said the word international. Where should they start?"),
  say(G, "Start before you translate anything. Get every piece of text out of the code and into resource files, with one whole message per sentence and a note on every string saying where it appears. Turn on a pseudo-locale in your development builds and make it somebody's job to look at it. ¶ Use the platform's formatting libraries for every number, date and price, even in English, because that's what makes the second language cheap. ¦ Then, when you do translate, pay for people who know the language and the product, give them screenshots and a way to ask questions, and listen to your users in that language. The one-star reviews in Polish taught us more than any audit. ¶ And test your forms with real names. Yours first."),
  say(H, "You're going to make me a test case."),
  say(G, "You already are one. There's a ticket in our tracker since this morning with your name in the title, spelt correctly, which I'll admit took me two attempts on an English keyboard."),

  seg('outro', H, 'Goodbye', []),
  say(H, "With a fada on it, ideally. Zainab, I've learned more in this hour than in a year of football games. Thanks for joining me, and for the plurals."),
  say(G, "Thank you, {Rory|Ruairí}. I'll go and chase that ticket before anyone writes in."),
  say(H, "If it takes my name by the next episode, you'll get a full apology on air. Until then, goodbye from Dublin. May your strings always fit their buttons."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Ruairí', 'Kavanagh', 'Ruairi', 'Rory', 'Rory Kavanagh', 'Ruairí Kavanagh'] },
  { name: G, aliases: ['Zainab', 'Al-Khatib', 'Zaynab', 'Zainab Al-Khatib'] },
];
