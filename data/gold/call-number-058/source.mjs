// Source of Call Number #58 (SYNTHETIC held-out episode, heldout27): a one-host one-guest INTERVIEW about LIBRARY SYSTEMS
// with TEN topics (how the guest became a systems librarian, the integrated library system and Koha, migrating a
// consortium to Koha, MARC records, BIBFRAME and linked data, WorldCat and copy cataloguing, discovery layers and search,
// self-checkout with RFID and SIP2, ransomware at libraries, e-book licensing). Host (invented): Imogen Thwaite, in York,
// a former school librarian who has kept a library book since 1999 (the running joke: set up in the intro, fed in
// segments 3 and 9, paid off in the outro). Guest (invented): Tavita Leaupepe, systems librarian of "Harbourline
// Libraries", an invented consortium of five councils' public libraries around Wellington. The sponsor "Spineline"
// (nightly off-site backups for library databases) is invented, as are the consortium, the migration weekend, the
// shelving trolley, the kiosk password and every anecdote. Recorded Tuesday 10 June 2025; the software, standards,
// organisations and events are real, described from memory.
// The interview was recorded over a Google Meet call with transcription switched on.
// Rendered by build.mjs into labeled.txt (the show's own transcript in the seed's labelled layout) and meet.txt (the
// Google Meet transcript document, downloaded from Google Docs as plain text).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in labeled.txt (the show's transcript, corrected by the host), B in meet.txt (Google Meet's
//              recogniser: misheard names and acronyms, macrons and fillers dropped, the URL spoken out);
//   ¶          both files: a new paragraph inside the turn (no label in labeled.txt; in meet.txt Meet starts a new
//              paragraph and repeats the name).
// opts:
//   lab: X     labeled.txt: this label instead of the default (a typo, an alias in the gold).
// Conventions (the interview convention of heldout22 to heldout26): every discussion topic is presented by the GUEST, who
// carries it, including the ones she raises herself; the host presents the intro, the sponsor (she reads it) and the
// outro; the host's question or cue belongs to the NEW segment.
import { say, seg } from '../build-episode.mjs';

export const H = 'Imogen Thwaite';
export const G = 'Tavita Leaupepe';

export const SOURCE = [
  seg('intro', H, 'Welcome to Call Number 58, with Tavita Leaupepe', []),
  say(H, "Hello, and welcome to Call Number, episode fifty-eight, the show about the machinery behind the library desk. I'm Imogen Thwaite. I spent twelve years as a school librarian in York, and I should confess, since it's relevant today, that there is a library book on my shelf that I borrowed in nineteen ninety-nine and never took back. It's called Teach Yourself Web Pages in a Weekend. ¶ My guest looks after the systems for a whole consortium of libraries. Tavita {Leaupepe|Leopepe} grew up in Porirua, started out on a reference desk, and is now systems librarian for Harbourline Libraries, five councils' public libraries around Wellington, sixty-odd thousand active borrowers on one catalogue. Tavita, welcome."),
  say(G, "{Kia ora|Kia ora}, Imogen, and thank you. I have to say, as a librarian, the book thing is weighing on me already."),
  say(H, "It weighs on me too. Every spring clean."),

  seg('topic', G, 'From the reference desk to systems librarian', ['systems librarian', 'reference desk']),
  say(H, "Let's start with you. How does somebody go from answering questions at a desk to running the servers behind it?"),
  say(G, "By being the person who didn't panic when the printer broke, basically. I did my library degree at Victoria, I worked the reference desk in Porirua for six years, and I was the one who wrote the little scripts: overdue lists, a spreadsheet of which branches were short of large print. ¶ When the consortium formed, nobody wanted the systems job because it meant talking to vendors and reading contracts. I said yes before I understood the question. That was nine years ago."),
  say(H, "Do you miss the desk?"),
  say(G, "Every week. But the desk comes to me now. When a borrower can't renew a book, it ends up in my inbox, and behind it there's usually a rule somebody wrote in two thousand and eleven that nobody remembers.", { lab: 'LEAUPEP' }),

  seg('topic', G, 'What an integrated library system does, and Koha, the open-source ILS born in New Zealand', ['integrated library system', 'ILS', 'Koha']),
  say(H, "For the listeners who've only seen the front of it, what is the system, exactly?"),
  say(G, "It's called an integrated library system, an ILS. Integrated because it does everything in one database: circulation, so loans and returns and holds; cataloguing, the records that describe every book; acquisitions, the ordering and the budgets; serials for magazines; and the public catalogue, the OPAC, where you search. ¶ For decades it was a proprietary market. SirsiDynix, Innovative with Sierra and Polaris, and now Ex Libris with Alma, which belongs to Clarivate, for the universities. We run {Koha|Coho}."),
  say(H, "And Koha has a local story."),
  say(G, "A very local one. Koha was written in nineteen ninety-nine for the Horowhenua Library Trust, an hour up the road from me, by a small Wellington company, Katipo, because the old system wasn't ready for the year two thousand and the quotes for a new one were ridiculous. It went live in January two thousand, and they released it as open source. ¶ Koha means a gift, in {Māori|Maori}. It's written in Perl, it sits on MariaDB, search runs on Elasticsearch or the older Zebra engine, and there's a new release every six months, May and November. Libraries all over the world run it now, and you can hire one of several support companies or do it yourself."),
  say(H, "Why did open source matter so much to a public library? I'd have thought you'd want someone to phone."),
  say(G, "You can still phone someone, you just pay them for support instead of for a licence. The difference is that when a vendor gets bought, and they all get bought, your data and your system don't go with them. We've seen three of the big vendors change owners in my career. ¶ And when we need a feature, say, a loan rule for the mobile library van, we can fund it once and then every Koha library in the world has it."),
  say(H, "And the other open-source ones?"),
  say(G, "Evergreen, which came out of Georgia in the States in two thousand and six for a statewide consortium, on PostgreSQL. And FOLIO, which is newer and mostly in universities, built from small services with money from EBSCO. Different shapes for different problems."),

  seg('topic', G, 'Migrating a consortium from a proprietary ILS to Koha: exports, mappings and a go-live weekend', ['migration', 'migrating']),
  say(H, "You said we run Koha, so you weren't always on it. What does moving a consortium actually involve?"),
  say(G, "Three hundred and eighty thousand bibliographic records, about a million items, sixty thousand borrowers, and every loan and every hold that's live on the day. We came off {SirsiDynix Symphony|Sirsi Dynix Symphony}. The records come out as MARC, that part's easy. Everything else comes out as whatever the vendor's export gives you, and you write mappings. ¶ The old system had forty-one item types. Forty-one! Large print, large print adult, large print adult fiction, LP fic. We spent three months getting the five councils to agree on eleven. ¶ Then there's the cleaning. Duplicate borrowers, the same woman registered four times at four branches. Two thousand people born on the first of January nineteen hundred, because somebody's old screen needed a date and that was the default."),
  say(H, "Three months on the labels."),
  say(G, "On the labels. Then the loan rules, because each council charged different fines, and the go-live was a long weekend. Friday at five we froze the old system, the branches issued on paper, and on Monday morning at nine the first borrower renewed a book online and I cried a little bit in the staff kitchen. ¶ The fines, by the way, mostly vanished a year later. Four of the five councils went fine-free."),
  say(H, "Oh, that's good news for me."),
  say(G, "I said mostly. {Um,|} I'd still bring it back. §But you asked about MARC, or you were about to, and honestly, that's the thing under all of this."),

  seg('topic', G, 'MARC records: Henriette Avram\'s 1960s format, fields, indicators and subfields', ['MARC', 'MARC 21'], { mid: true }),
  say(H, "I was, actually. Go on."),
  say(G, "MARC is machine-readable cataloguing. It was designed at the Library of Congress in the nineteen-sixties by Henriette Avram, to print catalogue cards by computer, and it's still how almost every library on earth exchanges records. The version we use is {MARC 21|Mark 21}. ¶ A record is a list of numbered fields. The 245 is the title, the 100 is the author, the 650s are subject headings. Each field has two indicators, single characters that change the meaning, and subfields, marked with a dollar sign and a letter. The title field's second indicator tells the system how many characters to skip when sorting, so that The Hobbit files under H. ¶ And then there's the 008, a fixed-length field where every character position means something different. Position thirty-five to thirty-seven is the language. You learn to count on your fingers."),
  say(H, "That's extraordinary. And nobody's replaced it?"),
  say(G, "People have been trying since before I was born. Somebody wrote an article called MARC Must Die in two thousand and two. It's still alive. There's MARCXML, which is the same thing in angle brackets. The trouble isn't the format, it's that there are billions of records in it, and every system reads it."),

  seg('sponsor', H, 'Sponsor: Spineline, nightly off-site backups for library databases', ['Spineline']),
  say(H, "Billions of records is exactly the kind of thing you don't want to lose, which brings me to Spineline, who are paying for this episode. ¶ Spineline takes a nightly copy of your library database, whichever system you run, and keeps it off-site, encrypted, and, this is the important bit, where a stolen password on your network can't reach it. Every quarter they restore it into a fresh server and send you a report that it worked, because a backup nobody has restored is only a hope. Small libraries get the same service as the big ones, at a price a council can approve. Find them at {⟨spineline.io/callnumber⟩|spine line dot io slash call number}. Thank you, Spineline. §Now, Tavita, you promised me the future of cataloguing, and it has a very strange name."),

  seg('topic', G, 'BIBFRAME, RDA and linked data: from records to entities with identifiers', ['BIBFRAME', 'linked data', 'RDA'], { mid: true }),
  say(G, "{BIBFRAME|Bib frame}. Bibliographic framework. The Library of Congress started it around twenty eleven as the replacement for MARC. Instead of one flat record per book, it describes things and the links between them: the work, say, a novel; the instance, this paperback edition; and the item, the copy on our shelf in Lower Hutt. ¶ It's linked data, RDF underneath, so every person and subject can be an identifier, a web address, instead of a string of text that you hope is spelled the same everywhere."),
  say(H, "Why does the spelling matter so much?"),
  say(G, "Because half of cataloguing is authority control. Making sure that every book by one author points to one name, and that two authors with the same name stay apart. Today that's done with text headings and a lot of patience. With identifiers from VIAF, which OCLC runs, or ISNI, or Wikidata, a record can just point to the person. ¶ RDA, the cataloguing rules we moved to from AACR2 about ten years ago, was written with that world in mind. We're not there yet. The Library of Congress catalogues in BIBFRAME now and converts back to MARC, because everyone else still needs MARC."),
  say(H, "So you're running two worlds at once."),
  say(G, "Everyone is. That's the honest state of cataloguing in twenty twenty-five."),

  seg('topic', G, 'Copy cataloguing and WorldCat: OCLC\'s shared records, Z39.50, and the fight over scraping', ['WorldCat', 'copy cataloguing', 'OCLC']),
  say(H, "Where do all these records come from? Surely you don't type in every book."),
  say(G, "Almost never. It's called copy cataloguing: somebody, somewhere, has already described the book, and you copy their record. Most of those records live in {WorldCat|World Cat}, which OCLC runs, a shared catalogue of hundreds of millions of records contributed by libraries around the world. ¶ The old way to fetch them is a protocol from the nineteen-eighties called {Z39.50|Z 39 50}. You type an ISBN, Koha asks a list of servers, and records come back in MARC. It's ancient and it still works every single day. ¶ Each record carries an OCLC number, too, so when two libraries hold the same book, the system knows it's the same book, which matters for interlibrary loans."),
  say(H, "Who owns those records, though? The libraries made them."),
  say(G, "That's the argument that never ends. OCLC says its database is its product and it has rules about reusing records. Libraries say they did the work. Last year OCLC went to court against a shadow library that had scraped most of WorldCat and published it, and against a commercial rival over a record-sharing service. ¶ I understand why OCLC protects it, and I also think public libraries shouldn't pay twice for their own descriptions."),

  say(H, "Paying twice for your own work. That does sound very on brand for the sector."),
  say(G, "Very on brand. {Um,|} ha. §Records are only half of it, though. The search box is the part everybody judges us on, and it's the part the ILS was never really built for."),
  seg('topic', G, 'Discovery layers and search: VuFind, Blacklight, Primo and relevance ranking on Solr', ['discovery', 'VuFind', 'search'], { mid: true }),
  say(H, "How do you mean?"),
  say(G, "The old catalogues searched like a database: type the exact title or you get nothing. People expect Google. So a lot of libraries put a discovery layer in front, a separate search engine fed from the catalogue. {VuFind|View Find}, from Villanova University, and Blacklight, from the University of Virginia, are open source, and both run on Apache Solr. Primo, from Ex Libris, and the EBSCO one are the commercial ones, and they search articles as well as books. ¶ Relevance is the hard part. If someone types Harry Potter, they want the first book, not a thesis about Harry Potter, and definitely not forty copies of the audiobook. We spend real time tuning which fields count for more, and facets, so people can narrow by format or branch."),
  say(H, "Do you actually look at what people type in?"),
  say(G, "Every month. The most useful report we have is the searches that found nothing. Last winter the top one was a cookbook that a celebrity had mentioned on television, spelled six different ways. We bought four copies and added the misspellings as keywords. ¶ The second was people typing their library card number into the search box, which tells you something about our login page."),
  say(H, "And Koha's own catalogue?"),
  say(G, "It's improved a lot since it moved to Elasticsearch. We use it on its own now. One less system to keep alive."),

  seg('topic', G, 'Self-checkout: RFID tags, SIP2 and the security of a 1990s protocol', ['SIP2', 'RFID', 'self-checkout']),
  say(H, "Tell me about the machines. Every branch I go into now, I check my own books out."),
  say(G, "Self-checkout. The book has an RFID tag inside the cover, a little sticker with an antenna, and the kiosk reads every tag in the pile at once. The data on the tag follows a standard, ISO 28560, so tags from one vendor work with readers from another, mostly. ¶ The kiosk then talks to the ILS over {SIP2|sip two}, the Standard Interchange Protocol, which 3M wrote in the nineteen-nineties. It's plain text messages over a network connection: here's a borrower barcode and a PIN, here's an item, check it out."),
  say(H, "Plain text. With the PIN?"),
  say(G, "With the PIN. In the clear, on a lot of networks, unless you wrap it in an encrypted tunnel, which we do now. And the kiosk logs in to the ILS with one account, and when we migrated I found that account's password on a sticky note inside a kiosk cabinet. It had been there since twenty fifteen. ¶ There's a newer protocol, NCIP, for some jobs, but SIP2 runs almost every self-service machine and every sorting machine in the world. The returns sorter at our central library is a conveyor belt with seven bins, and it speaks SIP2 as well, and when it's confused, everything goes into bin seven."),
  say(H, "It sounds held together with string."),
  say(G, "It's held together with librarians. Which is similar. §And if you want the scary version of string, that's the British Library."),

  seg('topic', G, 'Ransomware at libraries: the British Library and Toronto Public Library attacks of October 2023, and borrower privacy', ['ransomware', 'British Library', 'Toronto Public Library'], { mid: true }),
  say(H, "Yes. Talk me through that."),
  say(G, "At the end of October twenty twenty-three, a ransomware group called {Rhysida|Racida} got into the British Library, encrypted and destroyed a lot of its systems, and published stolen data when the library refused to pay. The catalogue was offline for months, a read-only version came back in January, and some services took far longer. ¶ Toronto Public Library was hit the same weekend by a different group, and its branches were lending on paper into the new year. The British Library published a lessons-learned report in March, which I recommend to anybody: old systems that couldn't be patched, a remote access server without multi-factor authentication, and a lot of infrastructure nobody had mapped."),
  say(H, "Did it change anything for you?"),
  say(G, "Everything, honestly. We turned on multi-factor for every staff login, we tested restoring from backup for the first time, which took two days instead of the two hours we'd assumed, and we looked hard at what we keep. ¶ Koha can anonymise old loans, so the system forgets who borrowed what once the book is back. We keep reading history only for borrowers who switch it on. If we ever get breached, I want the thief to find as little as possible about what people read."),
  say(H, "What people read is nobody's business."),
  say(G, "It's the oldest principle we have."),
  say(H, "Library people are fierce about it. I love that."),

  seg('topic', G, 'E-books in libraries: OverDrive and Libby, metered licences, and paying again every two years', ['e-books', 'OverDrive', 'Libby']),
  say(H, "Last topic, and it's the one my listeners write in about most. Why is there a waiting list of forty people for an e-book? It's a file."),
  say(G, "Because we don't buy e-books, we license them, under terms the publishers set. Most of ours come through OverDrive, and borrowers use the {Libby|Libby} app. Each licence lets one person borrow at a time, like a printed copy, and many expire: after two years, or after a fixed number of loans. HarperCollins started that in twenty eleven, twenty-six loans and then you buy again. ¶ An e-book can cost us three or four times what you'd pay for it yourself, and then it disappears. For popular titles the budget just melts."),
  say(H, "Can't libraries scan their own copies and lend those?"),
  say(G, "That's controlled digital lending, and the Internet Archive tried it at scale. The publishers sued, and last September the appeals court in New York sided with the publishers. So, no, not in the States, and we're watching closely from here."),
  say(H, "And audiobooks? They seem to be what everybody wants now."),
  say(G, "Audiobooks are the fastest-growing thing we lend, and the most expensive. Some of them cost us more than a hundred dollars a licence. We've started buying fewer copies of the bestsellers and more of the things people can't find anywhere else, local history, te reo, children's titles."),
  say(H, "So the file is a rental."),
  say(G, "The file is a rental with a waiting list. Which is why the printed book still matters. Even the one on your shelf."),

  seg('outro', H, 'Goodbye', []),
  say(H, "Message received. Tavita Leaupepe, thank you so much. Where can people find you?"),
  say(G, "Harbourline's website has our systems blog, and I'm in the Koha community chat most days, answering questions about loan rules at odd hours."),
  say(H, "Wonderful. And I have news. I've looked up the library in Leeds, and it's still there. The book is going back on Saturday."),
  say(G, "Take a photo at the returns slot. I want proof. And read the chapter on tables before you hand it in, for old times' sake."),
  say(H, "You'll have it. That's Call Number for this week. Show notes and links are at {⟨callnumber.fm/58⟩|call number dot FM slash fifty-eight}. Until next time, happy shelving.", { lab: 'THWAIT' }),
];

export const SPEAKERS = [
  { name: H, aliases: ['Imogen', 'Thwaite', 'THWAITE', 'Imogen THWAITE', 'THWAIT'] },
  { name: G, aliases: ['Tavita', 'Leaupepe', 'Leopepe', 'LEAUPEPE', 'Tavita LEAUPEPE', 'LEAUPEP'] },
];
