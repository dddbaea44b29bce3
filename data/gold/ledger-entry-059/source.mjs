// Source of Ledger Entry #59 (SYNTHETIC held-out episode, heldout20): a one-host one-guest INTERVIEW about PAYMENTS
// ENGINEERING (how the software that moves money stays correct when networks, providers and people fail). Invented: the
// show "Ledger Entry" (software that handles money); the host Linnea Sandvik, in Oslo; the guest Rutendo Mupfumira, a
// staff engineer on the payments team of "Sailcrest", a marketplace for ferry tickets across Europe, in Lisbon, formerly
// at a card issuer; the sponsor "Hookline" (an inbox for webhooks); Sailcrest, its operators, its numbers, the ferry to
// the islands, the three-way split, the double payout and every anecdote. Recorded Tuesday 21 October 2025; the
// technology is real but told from memory.
// Rendered by build.mjs into plain.txt (a transcription service's "paragraphs" export: no names, no stamps, paragraphs
// broken at PAUSES, the recogniser's slips) and meeting.txt (the transcript document of the call the episode was
// recorded on: every paragraph labelled with the participant's display name, a stamp line every five minutes). The two
// names are said ONLY in the introduction; nobody says a name after it.
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in meeting.txt (the call's transcript after the producer fixed the names), B in plain.txt (what the
//              recogniser wrote: a misheard name, a number in words, a letter-by-letter acronym);
//   ⟨...⟩      a spoken URL: written out in meeting.txt, as words in plain.txt (the B of a {A|B} around it);
//   ¶          a PAUSE inside a turn: plain.txt and meeting.txt both start a new paragraph here (sometimes mid-sentence).
// opts:
//   join       plain.txt: no pause before this paragraph, so it runs on in the paragraph before it (same speaker);
//   swallow    plain.txt: a short reply said without a pause, run into the paragraph of the other speaker before it,
//              which holds both speakers (gold: the majority speaker, `ambiguous`). meeting.txt keeps it apart (every
//              participant has a microphone of their own there).
// Conventions: every discussion topic is presented by the GUEST, who carries it, including the ones she raises
// herself; the host's question or cue belongs to the NEW segment; the host presents the intro, the sponsor (she reads
// it) and the outro.
import { say, seg } from '../build-episode.mjs';

export const H = 'Linnea Sandvik';
export const G = 'Rutendo Mupfumira';

export const SOURCE = [
  seg('intro', H, 'Introduction: Rutendo Mupfumira on payments engineering', []),
  say(H, "You're listening to Ledger Entry, episode 59, a show about the software that handles other people's money, and about the engineers who lose sleep over it. I'm Linnea Sandvik, recording in Oslo. ¶ Today is a payments episode in the narrow sense: not fintech strategy, not crypto, but the plumbing. What happens between a customer pressing pay and the money landing where it should, and all the ways that path can break."),
  say(H, "With me this week is Rutendo Mupfumira. She's a staff engineer on the payments team at Sailcrest, a marketplace that sells ferry tickets for about two hundred operators across Europe, and she's based in Lisbon. ¶ Before that she spent five years at a card issuer, which means she has seen payments from both ends of the pipe. Rutendo, thanks for making time for this."),
  say(G, "Thank you for the invitation, I've been looking forward to this. And yes, both ends of the pipe, which mostly taught me that everybody in the middle thinks somebody else is keeping the records."),

  seg('topic', G, 'The network lies: idempotency keys, and why a timeout is not a failure', ['idempotency keys', 'idempotency', 'timeout']),
  say(H, "First question, and it's the thing that scared me most the first time I touched payment code. You send a charge request, and the connection times out. Did the customer pay or not?"),
  say(G, "That's the question, and the honest answer is that you don't know. A timeout isn't a failure. It's an unknown. ¶ The request might never have arrived, or it arrived and the charge went through and only the response got lost. If you treat that unknown as a failure and try again with a fresh request, you can charge someone twice for the same ferry, and then your ledger and your customer disagree about what happened."),
  say(H, "And the fix is idempotency keys."),
  say(G, "Idempotency keys, yes. You generate a unique key for the thing you're trying to do, ¶ say one {UUID|U U I D} per booking payment, and you send it with the request. {Stripe|Stripe} takes it in an {Idempotency-Key|idempotency key} header, and most serious providers have something similar. ¶ If the provider sees the same key again, it doesn't perform the charge a second time, it just replays the response it gave the first time, including the same error if there was one. ¶ Stripe keeps those keys for at least a day, so a retry in that window is safe."),
  say(H, "Where do people get it wrong?"),
  say(G, "Two places, mostly. The first is generating the key per attempt instead of per intent. If every retry makes a fresh key, you've built a very elaborate way of charging twice. ¶ The key has to be created once, when you decide to take the payment, and stored in your own database before you call anyone. Then every retry reads it back. ¶ The second is reusing a key for a different request. If the amount changes because the customer added a car to the booking, that's a new intent, and it needs a new key. Stripe will actually refuse a reused key with different parameters, which is a kindness."),
  say(H, "And on your own side? Your API gets retried by your own mobile app, I assume."),
  say(G, "Constantly, on ferry terminal Wi-Fi. It's the same idea turned around. Our booking API accepts an idempotency key from the app, and we store it under a unique constraint, ¶ so two identical requests racing each other can't both create a booking. One of them wins the insert, the other waits and gets the first one's answer. ¶ People forget that their own API is somebody else's unreliable network."),
  say(H, "So the key is a receipt for the intention, not for the attempt."),

  seg('topic', G, 'Retries: exponential backoff with jitter, and why a declined card is not a network error', ['retries', 'exponential backoff', 'declines']),
  say(G, "That's a nicer way of putting it than mine, I'm taking that. And once you have keys, you have to decide when to try again at all, which is its own small discipline. ¶ For network errors, timeouts and the provider's server errors, you retry with exponential backoff: wait a little, then longer, then longer again, with some randomness added, which people call jitter. ¶ Without jitter, every client that failed in the same second retries in the same second, and you knock the provider over again just as it stands back up."),
  say(H, "And a declined card?"),
  say(G, "A declined card is not an error in that sense, it's an answer. The bank looked at the card and said no, and asking again a second later usually gets the same no. ¶ Some declines are soft, like a request for extra authentication under {3-D Secure|three D secure}, and then the right move is to send the customer through the challenge, not to retry. Others are hard: the card is stolen, closed or out of funds. ¶ And the card networks have started limiting how many times a merchant can retry a declined card, and charging the ones who hammer away, so a blind retry loop can now cost you real money in fees."),
  say(H, "I had no idea retrying could be fined."),
  say(G, "It surprised a lot of subscription companies, because their whole business used to be retrying the same card every night for a month."),
  say(H, "That's the outgoing side: you calling the provider. §What about the traffic in the opposite direction, from the provider to you?"),

  seg('topic', G, 'Webhooks from Stripe and Adyen: signatures, duplicates, order, and storing before processing', ['webhooks', 'Stripe', 'Adyen', 'signatures'], { mid: true }),
  say(G, "Webhooks, which is where most of my on-call pages have come from over the years. When something happens on the provider's side, a payment succeeds, a refund completes, a customer opens a dispute, ¶ the provider sends an HTTP request to an endpoint you've registered. We use both {Stripe|Stripe} and {Adyen|Ad yen}, for different countries, and they have the same three properties you have to design for."),
  say(H, "Go through them."),
  say(G, "First, anyone on the internet can send a request to that endpoint, so you verify a signature. Stripe signs each event with an {HMAC|H Mac} of the body and a timestamp, and you reject anything that doesn't match or is more than a few minutes old. ¶ {Adyen|Ad yen} does the same with its own {HMAC|H Mac} key. Second, delivery is at least once, not exactly once. The same event will arrive twice, sometimes an hour apart, so every handler has to be idempotent, usually by storing the event ID and ignoring ones you've seen. ¶ Third, order is not guaranteed. You can get the refund-completed event before the payment-succeeded event it refers to."),
  say(H, "That last one sounds like a nightmare for a state machine."),
  say(G, "It is, if you treat each event as the truth. We treat them as hints. When an event arrives, we verify it, write the raw body to a table, answer quickly, and put a job on a queue. ¶ The job then asks the provider for the current state of that payment and updates our ledger from that, so the order in which the hints arrived doesn't matter. ¶ And answering quickly matters more than people think. If you do all your processing before responding, a slow database turns into timeouts, the provider retries, and now you're processing everything twice while it's already slow."),
  say(H, "Do they all want the same response?"),
  say(G, "Any success code is usually fine. {Adyen|Ad yen} historically wanted the literal word accepted in square brackets in the body, and I have seen a production outage caused by a refactor that changed those brackets to a {JSON|Jason} object."),
  say(H, "That's a wonderful bug.", { swallow: true }),
  say(G, "It was less wonderful at the time. But the raw events table saved us: we could replay every event from that afternoon once the fix was out, and nothing was lost. ¶ That table, the events exactly as they arrived, is the thing I'd tell anyone to build first."),
  say(H, "How do you test any of this without waiting for real customers to open real disputes?"),
  say(G, "Both providers let you fire test events from their dashboards, and Stripe's command-line tool can forward events from a test account straight to your laptop. ¶ But honestly, the best test data is that raw table. Before a new version of a handler ships, we replay last week's real events against it and compare what it would have done."),

  seg('sponsor', H, 'Sponsor: Hookline, an inbox for webhooks', ['Hookline']),
  say(H, "Which makes this the right spot to step away for a minute, because the company helping to pay for this episode builds exactly that table, for everybody. Hookline gives you an inbox for webhooks. ¶ You point a provider at a Hookline address, and it verifies and stores every event, shows you the raw body and headers, and lets you replay any of them to your laptop, your staging server or production, one at a time or a whole afternoon at once. ¶ It's the fastest way I know to test a webhook handler without waiting for a real refund. There's a free tier, and listeners get three months of the team plan at ⟨{hookline.dev/ledger|hookline dot dev slash ledger}⟩. Hookline, thank you for helping us make Ledger Entry. §Now, ledgers. You keep saying the word, and the show is named after them, so I want to hear it from someone who builds one."),

  seg('topic', G, 'Double-entry ledgers: balanced entries, immutable history, integer amounts', ['double-entry', 'ledger', 'entries'], { mid: true }),
  say(G, "Double-entry bookkeeping is a five-hundred-year-old idea that turns out to be a very good database design. Every movement of money is recorded as a set of entries against accounts, and the entries in one transaction always sum to zero. ¶ When a customer pays us a hundred euros for a crossing, we don't write one row that says paid. We write several entries: a hundred into what the payment provider owes us, ninety-one out of that into what we owe the ferry operator, ¶ six into our commission, and three into fees. The money never appears or disappears, it only moves between accounts, and if a transaction doesn't balance, the database refuses it."),
  say(H, "Why not just keep a balance column and update it?"),
  say(G, "Because a balance column can only tell you what the number is, never why. And payments are full of whys. Why does this operator think we owe them more? Why is this refund negative? ¶ With entries, a balance is just the sum of the entries for an account, and you can replay history to any moment. ¶ The other rule is that entries are never updated or deleted. If something was wrong, you add a reversing entry that cancels it and then the correct one. The mistake stays in the history, visibly corrected, which is exactly what an auditor and a tired engineer both want to see."),
  say(H, "Do you need a special database for that?"),
  say(G, "Not at all. Ours is Postgres, with an entries table, an accounts table, and constraints and a bit of code that make an unbalanced transaction impossible to commit. ¶ There are purpose-built ones now. {TigerBeetle|Tiger Beetle} is a database designed only for this, and it's very fast, but for most companies Postgres and discipline will carry you a long way. ¶ The one thing I'd insist on is that amounts are integers in the smallest unit of the currency, and that every account has exactly one currency."),

  seg('topic', G, 'Currency and rounding: minor units, zero- and three-decimal currencies, allocating the leftover cent', ['currency', 'rounding', 'minor units']),
  say(H, "Back up for me to smallest unit, because I pretended to know the rules just then. Talk me through money as a number."),
  say(G, "Rule one: never floating point. Add ten cents and twenty cents in most languages' floats and you don't get exactly thirty cents, and in a ledger that tiny error compounds until someone asks why the books are off by four euros and twelve cents. ¶ So we store amounts as whole numbers of the minor unit, cents for euros, with the currency code next to the amount, always. ¶ Rule two: the minor unit isn't always a hundredth. Japanese yen has no decimals at all. The Kuwaiti dinar and the Bahraini dinar have three. The {ISO 4217|ISO forty two seventeen} standard lists the exponent for every currency, and your code should read it from there, not assume two."),
  say(H, "Do you sell ferry tickets in dinars?"),
  say(G, "Not yet, but our card processor settles some partners in currencies I didn't expect, and the one time someone hard-coded a hundred, a Norwegian operator was paid a hundredth of what they were owed for a day."),
  say(H, "And rounding?"),
  say(G, "Rounding is where the arguments are. Whenever you divide money, you get leftovers. If three friends split a ten euro booking, somebody has to pay three euros thirty-four, and the other two pay thirty-three. ¶ The rule we follow is that a split must add up exactly to the original, so we allocate the leftover cents explicitly, largest remainder first, instead of rounding each share and hoping. ¶ Then there's the rounding mode itself. Banker's rounding sends exact halves to the nearest even number, so over many transactions the errors cancel out, while rounding half up drifts upwards. Tax rules sometimes dictate one or the other, and sometimes whether you round per line or per invoice, and those rules differ by country."),
  say(H, "And in JavaScript, where everything is a float?"),
  say(G, "You use integers as long as they're safely inside the range a double can represent exactly, which for cents is larger than any booking we'll ever see, or a decimal library. {Dinero.js|Dinero JS} is a popular one, and on the server side Java's {BigDecimal|big decimal} has done this for decades. ¶ What you must not do is store a price as nineteen point nine nine in a float column and hope. §And if you think rounding rules are strict, the card data rules are stricter, because that's the part with auditors."),

  seg('topic', G, 'PCI DSS scope: hosted fields, SAQ A and keeping card numbers off your servers', ['PCI DSS', 'SAQ A', 'hosted fields'], { mid: true }),
  say(H, "Tell me how you keep that part small.", { swallow: true }),
  say(G, "Scope is the whole game. The {PCI DSS|P C I D S S}, the card industry's security standard, applies to every system that stores, processes or transmits card numbers, and to everything connected to those systems. ¶ If a card number ever touches your servers, even in a log line, your servers are in scope, and your audit gets long and expensive. ¶ So the design goal is that our systems never see a card number at all. The card fields on our checkout are hosted by the payment provider, in frames served from their domain. The numbers go straight to them, and we get back a token that's useless to anyone else."),
  say(H, "And then the paperwork shrinks."),
  say(G, "It shrinks a lot. A merchant whose payment page is fully outsourced like that can usually fill in the shortest self-assessment questionnaire, {SAQ A|sack A}, instead of the one with hundreds of requirements. ¶ Version four of the standard did add work for the payment page itself, because attackers moved to injecting scripts into checkout pages to skim cards before they reach the frame. ¶ Since the end of March this year, merchants have had to keep an inventory of the scripts on their payment pages and detect unexpected changes to them, though there was a late change to what the short questionnaire requires. Our answer was to put checkout on a page with almost nothing else on it."),
  say(H, "What about logs? You mentioned log lines."),
  say(G, "We scan our logs for anything that looks like a card number, with a checksum test, and we page on a hit. We've had two hits in three years. Both were customers typing their card number into the field for the vehicle registration."),
  say(H, "Of course they were.", { swallow: true }),

  seg('topic', G, 'Reconciliation: matching the ledger, the settlement report and the bank statement every morning', ['reconciliation', 'settlement report', 'payouts']),
  say(H, "Here's the question I get most from listeners. You've recorded everything beautifully. How do you know the money actually arrived?"),
  say(G, "Do you want the true answer, or the one I give at conferences?"),
  say(H, "Both, in that order."),
  say(G, "The true answer is that every morning a job compares three sets of records and a human reads the list of things that didn't match. The three are our ledger, the settlement reports from each payment provider, and the bank statements for our accounts. ¶ Stripe and {Adyen|Ad yen} don't send money per payment. They batch thousands of payments into a payout, subtract their fees, refunds and disputes, and send one transfer. ¶ So the job has to break each payout back into the payments it contains using the provider's report, match every one to our entries, check the fees against what we expected, and then match the payout total to the line on the bank statement, which in Europe usually arrives as a {camt.053|cam T zero five three} file."),
  say(H, "And the conference answer?"),
  say(G, "The conference answer is that reconciliation is how you find out whether everything else in this conversation actually worked. Idempotency, webhooks, rounding, all of it. ¶ If any of them failed silently, the mismatch shows up here, usually within a day. Most of our real bugs were found by this report, not by tests and not by customers."),
  say(H, "What's on the list on a normal morning?"),
  say(G, "Timing, mostly. A payment captured at one minute to midnight lands in tomorrow's payout. A refund we issued that the provider hasn't processed yet. Currency conversions that differ by a cent. ¶ We have rules that clear the known patterns automatically, and a queue for the rest, and the rule I'm proudest of is that nothing leaves that queue without a reason written next to it. ¶ The day the queue is empty every morning for a month is the day I'll believe we're done, and that day has never come."),
  say(H, "A month of empty queues. I'm going to hold you to that."),

  seg('topic', G, 'The double payout: a retried bank transfer, the morning report, and reserving in the ledger before sending', ['double payout', 'payout', 'idempotency']),
  say(H, "Have you ever been caught out properly, though? The kind of morning you still remember.", { join: true }),
  say(G, "Once, and it was a big one. Two years ago we paid one ferry operator their weekly payout twice in the same night, about forty thousand euros each time. ¶ The payout job called our bank's transfer API, the call timed out, and the job's retry logic treated the timeout as a failure and sent a new transfer instruction. ¶ Which is exactly the mistake from the beginning of this conversation, in a different costume. The bank had received the first instruction just fine."),
  say(H, "And the bank API didn't have idempotency keys?"),
  say(G, "It had a field for a unique reference, which is the banking version, but the job generated a fresh reference on every attempt. ¶ The reconciliation report caught it the next morning, because the bank statement showed two debits and our ledger only one. We called the operator, who were very gracious and sent it back within the week. ¶ The fix had two parts. The reference is now created once, when the payout is decided, and stored before anything is sent. And we write the payout into the ledger as reserved before we call the bank, so the job can only send what the ledger says is waiting, and a second send has nothing left to send."),
  say(H, "Reserve first, then send."),
  say(G, "Reserve first, then send, then confirm when the bank statement agrees. It's the same shape as everything else we've talked about: write down what you intend to do, in a place that survives a crash, before you do it."),

  seg('outro', H, 'Thanks and goodbye', []),
  say(H, "Write it down before you do it. I think that might be the whole episode in one sentence. I'm very grateful you came on, this was a treat."),
  say(G, "Thank you, I really enjoyed it. And if anyone listening has a payout job they haven't looked at in a while, maybe look at it this week."),
  say(H, "Good advice for all of us. Every link from today sits under this episode, wherever you're listening, and Hookline, thanks once more. Ledger Entry is back in two weeks, and may your books balance until then."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Linnea Sandvik', 'Linnea', 'Sandvik'] },
  { name: G, aliases: ['Rutendo Mupfumira', 'Rutendo', 'Mupfumira', 'Rutendo M.'] },
];
