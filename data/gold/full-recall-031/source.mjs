// Source of Full Recall #31 (SYNTHETIC held-out episode, heldout19): a one-host one-guest INTERVIEW about SEARCH ENGINES
// (how a full-text search engine works inside, and what it takes to make one find the right thing). Invented: the show
// "Full Recall" (search and retrieval); the host Anselm Richter; the guest Parisa Tehrani, a search engineer at
// "Leafbound", a marketplace for second-hand books in Ghent; the sponsor "Fernpost" (an email API); Leafbound, its
// catalogue, its numbers, the Tolkein queries, the judgment sessions, the sold book that stayed for sale, the
// migration and every anecdote. Recorded Wednesday 19 November 2025; the technology is real but told from memory.
// Rendered by build.mjs into plain.txt (a transcription service's "paragraphs" export: no names, no stamps, paragraphs
// broken at PAUSES, the recogniser's slips) and web.txt (a seed-like page, `ANSELM:` on the first two paragraphs only,
// both the host's). The two names are said ONLY in the introduction (the host's welcome and his introduction of the
// guest); nobody says a name after it.
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the edited page), B in plain.txt (what the recogniser wrote: a misheard name, a number in
//              words, a letter-by-letter acronym);
//   ⟨...⟩      a spoken URL: dropped from web.txt (with a following comma or period), words in plain.txt (the B of a
//              {A|B} around it gives the recogniser's words);
//   ¦~ / ¦     web.txt only: the page starts a new paragraph at this sentence end, the continuation losing (`¦~`) or
//              keeping (`¦`) its first word;
//   ¶          plain.txt only: the recogniser heard a PAUSE here and started a new paragraph (sometimes mid-sentence).
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   join       plain.txt: no pause before this paragraph, so it runs on in the paragraph before it (same speaker);
//   swallow    plain.txt: a short back-channel said without a pause, run into the paragraph of the other speaker
//              before it, which holds both speakers (gold: the majority speaker, `ambiguous`).
// Conventions: every discussion topic is presented by the GUEST, who carries it, including the ones she raises
// herself; the host's question or cue belongs to the NEW segment; the host presents the intro, the sponsor (he reads
// it) and the outro.
import { say, seg } from '../build-episode.mjs';

export const H = 'Anselm Richter';
export const G = 'Parisa Tehrani';

export const SOURCE = [
  seg('intro', H, 'Introduction: Parisa Tehrani on how search engines work', []),
  say(H, "Hello, and welcome to Full Recall, the podcast about search, retrieval and the long, humbling process of making a computer find the thing you meant. I'm Anselm Richter, this is episode 31, and today we're opening up the search engine itself. ¶ Not the one with the ads on it, the kind you run yourself, on your own data: the thing behind the search box in almost every shop, library and help centre you've ever used. Most developers treat it as a black box that you pour documents into and get results out of, and for a while that works, right up until a customer searches for something obvious and gets nothing."),
  say(H, "Joining me today is Parisa Tehrani. She's a search engineer at Leafbound, a marketplace for second-hand books in Ghent, and her job is finding the right copy among roughly eleven million listed ones, nearly all of them unique. ¶ Before that she spent six years building search for a legal publisher, which she says is the best possible training, because lawyers notice every missing result. Parisa, welcome to the show."),
  say(G, "Thank you, I'm very happy to be here. And it's true about the lawyers. They're the only users I've ever had who file a bug report with a citation."),

  seg('topic', G, 'What a search engine is: the inverted index, postings lists, BM25 and Lucene', ['inverted index', 'BM25', 'Lucene']),
  say(H, "I'd like to start at the bottom, because I think a lot of people have never looked. What is a search engine actually doing that a database isn't?"),
  say(G, "The short version is that a database is organised around the rows, and a search engine is organised around the words. ¶ The core structure is called an inverted index. For every word that appears anywhere in your collection, it keeps a list of the documents that contain it, and usually where in each document it appears. That list is called a postings list. ¦~ So when someone searches for red dragon, the engine doesn't read through eleven million descriptions. It fetches the list for red and the list for dragon, walks them together, and the documents that appear in both are your candidates. That part is very fast, because the lists are sorted and compressed, and walking two sorted lists is cheap."),
  say(H, "Why can't I just do that with a LIKE query in SQL? Percent dragon percent."),
  say(G, "You can, and for a few thousand rows it's fine. But a LIKE with a wildcard at the front can't use an ordinary index, so the database reads every row, every time. ¶ It also has no idea that dragons and dragon are the same word, and it gives you no order at all, just a pile of matches. ¦~ The inverted index solves the speed, and the scoring solves the order."),
  say(H, "And then it has to put them in some order.", { cut: 1 }),
  say(G, "Then it scores them, and that's where it gets interesting. The classic scoring function, the one nearly everything uses by default now, is called {BM25|BM twenty five}. It rewards a document for containing your words, ¶ but with diminishing returns, so the tenth mention of dragon counts for much less than the first. It rewards rare words over common ones, so matching dragon matters more than matching the. And it adjusts for length, so a short title that matches isn't drowned by a long description that happens to mention everything. ¦~ It's from the nineties, it has two knobs, and it's remarkably hard to beat."),
  say(H, "Where does {Lucene|Lucine} fit into this? I hear that name before anything else."),
  say(G, "{Lucene|Lucine} is the library underneath most of it. It's a Java library for building exactly these indexes and running these queries, and {Elasticsearch|elastic search}, {OpenSearch|open search} and Solr are all, at heart, {Lucene|Lucine} with a server, a cluster and an API wrapped around it. ¶ It's been going for about twenty-five years, and a lot of what we think of as how search works is really how {Lucene|Lucine} decided to do it."),

  seg('topic', G, 'Text analysis: tokenisers, stemming, Dutch compound words, ICU and synonyms', ['analyzer', 'stemming', 'compound words', 'synonyms']),
  say(H, "Here's the part I suspect most people get wrong first: what counts as a word."),
  say(G, "That's exactly the part. Before anything goes into the index, the text goes through what's called an analyzer, and the analyzer decides what the words are. ¶ It splits the text into tokens, it lowercases them, it might strip accents, and it usually reduces words to a stem, so books and book end up as the same term. ¦~ Stemming is where languages start to hurt. English is forgiving. We're in Belgium, so we have Dutch and French listings side by side, and a lot of German, because Germans buy a staggering number of second-hand books."),
  say(H, "And German is the famous one.", { cut: 1 }),
  say(G, "German and Dutch both, because they glue words together. In Dutch a children's book is a kinderboek, one word, and if someone searches for boek, a plain analyzer will never match it, because as far as the index is concerned kinderboek is a completely different word. ¶ ¦~ So for those languages we use a decompounder, a filter with a dictionary that splits the compound into its parts at index time, so kinderboek also goes in as kinder and boek. It's not perfect, it occasionally splits a word that shouldn't be split, and then you get very strange results for very innocent queries."),
  say(H, "What happens when the same book is listed in two languages? Which analyzer wins?"),
  say(G, "Neither, we keep both. Each description is indexed into a field per language, with that language's analyzer, and we guess the language when the listing comes in. ¶ At query time we search all the language fields at once and let the scoring sort it out. ¦~ Guessing the language of a three-word title is unreliable, so a short title also goes into a plain field with no stemming at all, as a safety net. It costs disk space, and it saves us a lot of angry sellers."),
  say(H, "And the decompounder gets it wrong how often?"),
  say(G, "Rarely, but memorably."),
  say(H, "Such as?"),
  say(G, "I'm not going to repeat the worst one on a podcast. ¶ The other workhorse is {ICU|I see you}, the Unicode library, which handles the tokenising for scripts and accents properly. We have a fair amount of Persian and Arabic stock, and without it those listings were effectively invisible. ¦~ And then there are synonyms, which everybody wants and nobody maintains. Paperback and softcover, first edition and first printing, that sort of thing. The rule that bites everyone is that whatever you do to the text at index time, you have to do something compatible at query time, or the two sides stop meeting. §That's also why the hardest queries we get aren't about language at all, they're about spelling."),

  seg('topic', G, 'Typo tolerance and autocomplete: edit distance, Levenshtein automata and FSTs', ['typo tolerance', 'Levenshtein', 'fuzzy', 'autocomplete'], { mid: true }),
  say(G, "Our single most common failed search, for years, was people typing Tolkein with the e and the i the wrong way round. ¶ Thousands of them a month. And for a bookshop that's not a small thing, that's a whole shelf of money."),
  say(H, "How does the engine decide that Tolkein meant Tolkien?", { swallow: true }),
  say(G, "With edit distance. Two words are one edit apart if you can turn one into the other by adding, removing or changing one letter, and most engines also count swapping two neighbouring letters as one edit, which is exactly the Tolkein case. That's a fuzzy query. ¶ The clever part is doing it without comparing your typo against every word in the index. {Lucene|Lucine} builds what's called a {Levenshtein|Levenstein} automaton from the query, a little state machine that accepts every word within one or two edits, and then runs it against the term dictionary, which is stored as a finite state transducer, an {FST|F S T}. ¦~ Walking the two machines together visits only the parts of the dictionary that could possibly match. It's one of my favourite bits of engineering anywhere."),
  say(H, "Doesn't that go wrong on short words? Cat is one letter away from car."),
  say(G, "All the time, so the allowance grows with the length of the word. A word of one or two letters has to match exactly, three to five letters may be one edit off, and only longer words get two. ¶ And an exact match always scores higher than a fuzzy one. ¦~ Author names are the other danger, because there are a lot of authors one letter apart, and nobody who searches for one of them wants the other. So for names we only go fuzzy when the exact search finds nothing."),
  say(H, "And is it the same machinery when the box suggests things while I'm typing?", { cut: 1 }),
  say(G, "Similar parts, different job. Autocomplete is a prefix problem: you've typed tol, and it has to find the most popular completions instantly, on every keystroke. The dictionary as an {FST|F S T} is very good at prefixes too. ¶ ¦~ In practice we keep a separate, small index just for suggestions, built from what people actually search for and buy, not from the whole catalogue. Otherwise the first suggestion for tol is a pamphlet on toll roads from 1962 that a very enthusiastic seller listed forty times."),
  say(H, "Forty copies of a toll road pamphlet. There's a whole economy in there I didn't know about. §And since we're on the subject of things worth paying for, let me take a short break, because this episode is supported by Fernpost."),

  seg('sponsor', H, 'Sponsor: Fernpost, the email API', ['Fernpost'], { mid: true }),
  say(H, "Fernpost is an email API for the messages your product has to send: the password reset, the receipt, the your order has shipped. ¶ You send one request, and Fernpost handles the templates, the retries and the deliverability work that decides whether your email lands in the inbox or in spam. ¦~ When a message bounces or gets marked as spam, a webhook tells your application within seconds, and every email has a searchable log, so when a customer says they never got it, you can see exactly what happened and when. There's a free tier for your first three thousand emails a month, and listeners get three months of the paid plan free at ⟨{fernpost.io/recall|fernpost dot io slash recall}⟩."),

  seg('topic', G, 'Measuring relevance: judgment lists, NDCG, click data and interleaving', ['relevance', 'judgment lists', 'NDCG', 'click data']),
  say(H, "Now, something I've wanted to ask since we started planning this. How do you know any of it is working? You change the analyzer, the results change, and then what?", { join: true }),

  say(G, "Then, for a long time, we did what everyone does, which is try five searches, look at the top results, decide they look better and ship it. That's how you end up going in circles. ¶ What works is a judgment list. You take a few hundred real queries, the common ones and a sample of the strange ones, and for each query people grade the results, say from zero, useless, to three, exactly right. ¦~ Then every change you make, you rerun all of those queries and compute a score for the ranking. The usual one is {NDCG|N D C G}, normalised discounted cumulative gain, which rewards putting the highly graded results near the top and punishes burying them."),
  say(H, "Who does the grading? That sounds like a lot of very dull afternoons."),
  say(G, "It's a lot of afternoons, and they're less dull than you'd think. We do it as a team once a quarter, the search engineers, two people from customer support and one of our booksellers, who knows things about editions that no model will ever know. ¶ ¦~ We use {Quepid|cupid}, an open-source tool made for exactly this, and it's the best few hours of the quarter, because you see the queries real people type. Somebody once searched for the blue book my grandmother had."),
  say(H, "What did you give them?", { cut: 1 }),
  say(G, "Honestly, a list of blue books, sorted by popularity, and I don't feel good about it. ¶ The other source of truth is behaviour: what people click, what they add to their basket, what they buy. It's huge and it's free, but it's biased. People click what you show them at the top, so click data mostly confirms whatever ranking you already had. ¦~ That's called position bias, and there are ways around it. The one we like is interleaving: instead of splitting users into two groups for an A/B test, you merge the results of the old ranking and the new one into a single list and see which side's results get the clicks. It needs far less traffic to reach an answer."),

  seg('topic', G, 'Vector search and hybrid search: embeddings, HNSW, exact ISBNs and reciprocal rank fusion', ['vector search', 'hybrid search', 'HNSW', 'embeddings']),
  say(H, "Is keyword search dead, then? Half of my inbox tells me vectors replaced all of this."),
  say(G, "Who sent you those emails, somebody selling a vector database? No, it isn't dead, but vectors are genuinely useful, so let me say what they're for. ¶ An embedding model turns a piece of text into a long list of numbers, a vector, in such a way that texts with similar meaning end up close together. So if someone searches for a cosy mystery set in a village, ¶ the vector for that query lands near books that are exactly that, even if none of those words appear in their descriptions. ¦~ To search millions of vectors quickly, you don't compare against all of them, you use an approximate index. The common one is {HNSW|H N S W}, a layered graph you hop through towards the nearest neighbours. It's approximate, so it can miss a few, and it's hungry for memory, which is why people compress the vectors, quantise them, and accept a little less accuracy."),
  say(H, "What does that cost, at eleven million books?", { cut: 1 }),
  say(G, "Memory, mostly. Our model gives seven hundred and sixty-eight numbers per description, as four-byte floats, so eleven million of them is about thirty-four gigabytes before you add the graph. ¶ Quantised down to one byte per number it's a quarter of that, and for our data the results barely changed. ¦~ We tested that against the judgment list, of course, not by looking at it and feeling good."),
  say(H, "And where did that go wrong for you?", { cut: 1 }),
  say(G, "Exact things. A large share of our searches are an {ISBN|I S B N}, or an author's name, or a title in quotes, and for those a vector search is actively harmful. It gives you books that are about the same sort of thing as the book you asked for, when you asked for that book. ¶ So we run both. The keyword side with {BM25|BM twenty five} and the vector side, side by side, and then we merge the two ranked lists with something called reciprocal rank fusion, which only looks at the positions, not the scores, so you don't have to make two completely different kinds of score comparable. ¦~ For an {ISBN|I S B N} we skip the vectors entirely. It's a rule, written by a human, and it's the most valuable line in the whole system."),

  say(H, "A rule written by a human. That's wonderful.", { swallow: true }),

  seg('topic', G, 'Choosing an engine: Elasticsearch and OpenSearch, Tantivy, Quickwit and BM25 inside Postgres', ['OpenSearch', 'Elasticsearch', 'Tantivy', 'ParadeDB']),
  say(G, "People also ask me which engine to use, and the honest answer is that it matters less than the analyzer and the judgment list. ¶ We run {OpenSearch|open search}. We moved to it from {Elasticsearch|elastic search} in 2021, after Elastic changed the licence, and these days {Elasticsearch|elastic search} can be used under the AGPL again, so the reason we moved has mostly gone away. ¦~ We stayed because the migration cost us three months, and nobody wants to pay that twice. The two have drifted apart a bit since the fork, but for the core of what I've described, the analyzers, {BM25|BM twenty five} and the vectors, they're close cousins.", { join: true }),
  say(H, "And outside that family?", { cut: 1 }),
  say(G, "The most interesting one is {Tantivy|tan TV}, which is a search library in Rust, very much inspired by {Lucene|Lucine}, and fast. {Quickwit|Quick wit} built a log search engine on top of it that keeps its indexes on object storage, and {Datadog|data dog} bought {Quickwit|Quick wit} at the start of this year. ¶ And {ParadeDB|parade DB} uses {Tantivy|tan TV} inside {Postgres|post gress}, so you get {BM25|BM twenty five} ranking from a {Postgres|post gress} extension without running a separate cluster. ¦~ For a small catalogue I'd look at that first. {Postgres|Post gress} has had full-text search built in for a long time, but its ranking is not {BM25|BM twenty five}, and for a shop that difference shows up quickly."),

  seg('topic', G, 'Lucene segments, refresh and deletes: why a sold book stays in search for a second', ['segments', 'refresh', 'near-real-time', 'Lucene']),
  say(H, "Earlier on you mentioned that nearly every copy you list is unique. What happens in the index when one of them sells?"),
  say(G, "Ah, this is the part that nobody tells you until it happens. {Lucene|Lucine} indexes are made of segments, and a segment, once it's written, never changes. ¶ New documents go into a new small segment, and in the background the engine merges small segments into bigger ones. Deleting a document doesn't remove it from its segment, it just marks it as deleted, and it only really disappears when that segment is merged away. ¦~ An update is a delete plus a new copy. And a change becomes searchable when the engine refreshes, which by default is about once a second. That's why it's called near real time, and the near is doing real work."),
  say(H, "So for about a second, the sold book is still for sale.", { cut: 1 }),
  say(G, "For about a second, and at our size that's several times a day. Two people buy the same one-off copy of the same book within the same second, and one of them gets an apology. ¶ So the search results are never the authority on whether a book is available. The basket checks the stock in the database, always, and search is allowed to be a little bit behind. ¦~ It sounds obvious written down, but the first version of our checkout trusted the search result, and I spent a very unhappy week in 2022 refunding people for a rare edition of a cookbook that we had sold nine times."),

  say(H, "Nine times. And when you rebuild the whole index? Changing an analyzer means reindexing everything, doesn't it?"),
  say(G, "It does, and the trick is never to do it in place. We build a complete new index next to the old one, with refresh switched off while the bulk load runs, because refreshing every second during a bulk load is pure waste. ¶ Then we switch refresh back on, run the judgment list against the new index, and if the numbers hold, we move an alias from the old index to the new one. ¦~ The application only ever talks to the alias, so the switch is instant and we can move it back just as fast. Eleven million books take about three hours to reindex, so we do it on a weekday morning, when everyone is awake."),

  seg('topic', G, "Where to start: Relevant Search, BM25 defaults, a small judgment list and the search logs", ['Relevant Search', 'judgment list', 'search logs']),
  say(H, "Say someone listening has just inherited the search box at their company. What should they do in the first month?"),
  say(G, "First, read the search logs before touching anything. The top hundred queries and the top hundred queries that returned nothing will teach you more than any book. ¶ Second, leave {BM25|BM twenty five} and the default analyzers alone until you have a judgment list, even a small one, fifty queries, graded in an afternoon. Without it, you can't tell an improvement from a change. ¦~ And the book is {Relevant Search|relevant search}, by Doug Turnbull and John Berryman. It's almost ten years old and the examples are older than that, but the thinking in it hasn't aged at all."),
  say(H, "What about letting a language model rewrite the queries? Everyone I talk to is trying it."),
  say(G, "We tried it, for one kind of query only: the long, chatty ones, like a present for my dad who likes sailing and hates fiction. A small model turns that into a few keywords and a filter, and then the normal search runs. ¶ It only fires on queries longer than six words, because it adds about three hundred milliseconds, and it has to beat the plain search on the judgment list for that slice of queries, which it does. ¦~ For the other ninety-five percent of searches it would only make things slower and stranger."),
  say(H, "And the mistake you'd warn them off?", { cut: 1 }),
  say(G, "Don't start with the vectors because a demo was impressive. ¦ Demos are always the ten queries that work. Start with the boring part, and add the clever part once you can measure it."),

  seg('outro', H, 'Thanks and goodbye', []),
  say(H, "Start with the boring part. That may be the motto of this whole show. Thank you so much for coming on, this was a joy."),
  say(G, "Thanks for inviting me, it was fun. And please, everybody, spell Tolkien correctly."),
  say(H, "You've been listening to Full Recall. The book and the tools we mentioned are linked on the episode page, and our thanks to Fernpost for the support. Search stories, good or terrible, are always welcome in the inbox. Until next time, happy searching."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Anselm Richter', 'Anselm', 'Richter', 'ANSELM'] },
  { name: G, aliases: ['Parisa Tehrani', 'Parisa', 'Tehrani', 'PARISA'] },
];
