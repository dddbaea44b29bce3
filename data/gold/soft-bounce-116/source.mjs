// Source of Soft Bounce #116 (SYNTHETIC held-out episode, heldout21): a two-host weekly EMAIL news show in the style of
// the seed (how mail gets from one server to another and into the right folder: authentication, deliverability, the
// mailbox providers' rules, mail clients). Hosts (invented): Ottilie Marchbank, who runs deliverability at a newsletter
// platform in Leeds, who opens and closes the show; Esben Kjeldsen, who looks after the computers of a group of
// veterinary clinics in Aarhus, including a mail server he runs himself. The sponsor "Quillpost" (a DMARC report
// reader) is invented, as are the hosts' jobs, the parents' address from 1999, the forty scanners, the Postfix box in
// the cupboard, the three customers with dead report addresses, the numbers from the newsletter platform, the gloves,
// the test server and the rowing machine. Recorded Tuesday 28 October 2025; the news is real but told from memory.
// Rendered by build.mjs into web.txt (a seed-like page, FIRST NAMES in capitals on the first two paragraphs only) and
// captions.sbv (YouTube SubViewer captions from a captioning service: `>>` where the speaker changes, no names).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   ⟨...⟩      a spoken URL: written out in captions.sbv, dropped from web.txt (with a following comma or period);
//   ¦~         web.txt only: the page's transcription service starts a new paragraph at this sentence end and the
//              continuation loses its first word (the seed page's habit); `¦` the same, keeping the word;
//   ‡          captions.sbv only: the captioner put a `>>` change-of-speaker mark here although the SAME speaker goes on
//              (after a long pause); web.txt ignores the mark.
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   nomark     captions.sbv: this paragraph opens a TURN but the captioner missed the change of speaker: no `>>`, and
//              its words run on in the line of the turn before.
// Conventions: presenter = the host who brings the item, and a hand-over line belongs to the NEW segment, also when
// the other host speaks it; the sponsor's presenter is its reader; extras are one segment per host, kind `extra`,
// presented by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const O = 'Ottilie Marchbank';
export const E = 'Esben Kjeldsen';

export const SOURCE = [
  seg('intro', O, 'Welcome to Soft Bounce 116', []),
  say(O, "This is Soft Bounce, episode 116, the weekly show about getting email from one computer to another and into the right folder once it arrives. I'm Ottilie Marchbank, I run deliverability at a newsletter platform in Leeds, and it's Tuesday the twenty-eighth of October."),
  say(E, "And I'm Esben Kjeldsen, in Aarhus. I look after the computers for a group of veterinary clinics, and that includes a mail server I keep running mostly out of stubbornness."),
  say(O, "Is the stubbornness winning this month?", { nomark: true }),
  say(E, "It's a draw. The server itself has been perfect. My father's scanner has not, and we'll get to why, because it turns out the scanner is news."),
  say(O, "Everything becomes news if you wait long enough. On the menu: the big mailbox providers running out of patience with bulk senders, a farewell to an old Gmail feature, Microsoft tightening two screws at once, a minute for the people who pay for this, then signatures that can be replayed, the slow rewrite of DMARC, the new unsubscribe page that everybody is afraid of, and a mail service from the people who make Thunderbird. ¦~ Then one extra apiece to finish. §Let's start where it hurts, because November begins on Saturday, and a lot of senders have been treating it as a rumour."),

  seg('topic', O, 'Gmail stops being patient: rejections from November for bulk mail without SPF, DKIM and DMARC', ['Gmail', 'bulk sender', 'DMARC'], { mid: true }),
  say(O, "Since February of last year, Gmail and Yahoo have required everyone who sends more than five thousand messages a day to their users to tidy up. SPF and DKIM, a DMARC record, a From address that lines up with one of them, a one-click unsubscribe, and a spam complaint rate under three tenths of a percent. ¦~ For most of the time since then, breaking those rules cost you a little, not a lot. Google has now said that from November, mail that still doesn't meet them will run into real trouble: temporary errors at first, and then outright rejections."),
  say(E, "Temporary errors meaning a four-hundred code, so the sending server is supposed to keep retrying?"),
  say(O, "A four-something code, yes, and a decent sending server backs off and tries again for a day or so. The trouble is the badly configured ones that treat every error as fatal and quietly drop the message, and the ones that retry so hard they make the reputation worse. ¦~ After that come the five-something codes, which are final. The bounce tells you which rule you broke, and Postmaster Tools has a compliance page now that lists each requirement with a tick or a cross next to it.", { nomark: true }),
  say(E, "Who is still failing, almost two years in? I'd have thought everyone big enough to care had fixed it by now."),
  say(O, "You'd be surprised. The big marketing platforms are fine, because they had whole teams on it. It's the invoicing system a company set up in 2016, the booking tool that sends from the customer's own domain without a DKIM key, the shop whose order confirmations go out from a different server than its newsletters. ¦~ At our place I found three customers last week whose DMARC records send the reports to an address that doesn't exist. They've had a policy for two years and never read a single report."),
  say(E, "What does a report even look like, for people who've never opened one?", { cut: 1 }),
  say(O, "A zipped XML file, once a day, from every big receiver, telling you which IP addresses sent mail using your domain and whether SPF and DKIM passed for each of them. Unreadable for humans, wonderful for software. ¦~ If you set up DMARC and have never opened one, that's your homework before Saturday."),
  say(E, "Homework before the weekend. That's cruel."),
  say(O, "I'm not here to be liked."),

  seg('topic', E, 'Gmail drops POP fetching and Gmailify in January: forwarding, SPF and a 1999 address', ['Gmailify', 'POP', 'Gmail']),
  say(O, "Staying in Mountain View for a minute, there's a Gmail change that I suspect landed in your family group chat rather than in my inbox.", { cut: 1 }),
  say(E, "It landed in the group chat on the day it was announced. From January, Gmail on the web stops fetching mail from other accounts. There was a setting called check mail from other accounts, which logged in to an old mailbox over POP every so often and pulled everything across into Gmail. ¦~ There was also Gmailify, which let you keep an address at another provider but get Gmail's spam filtering and labels on top of it. Both are going away. The Gmail app on a phone can still add an IMAP account, but that only shows you the other mailbox, it doesn't copy anything across."),
  say(O, "And your parents were POP people.", { nomark: true }),
  say(E, "My parents have had the same address from their internet provider since 1999, and for about ten years Gmail has been quietly emptying it every few minutes. They think of it as one mailbox. It's really two, held together by a setting they've never seen. ¦~ Google's advice is to set up forwarding at the old provider instead, which is fine if the old provider offers forwarding, and fine if the forwarded mail doesn't end up in spam."),
  say(O, "Which drags SPF into it, because forwarded mail arrives from the forwarder's server, not from the original sender's."),
  say(E, "Right, the forwarder isn't in the original domain's SPF record, so SPF fails, and unless the DKIM signature survived the trip, DMARC fails as well. Forwarding is the oldest unsolved problem in email and everybody keeps acting surprised by it. ¦~ For my parents the fix was dull: I moved the address to a forwarder that rewrites the envelope sender, and I asked them to start giving out the Gmail address instead. It will take them five years."),
  say(O, "Five years is ambitious for anybody's parents.", { cut: 1 }),
  say(E, "Mine still print their email address on their Christmas cards. §My own week was ruined twice by Microsoft, from two different directions."),

  seg('topic', E, 'Microsoft tightens two screws: Outlook.com rejects unauthenticated bulk mail, and Exchange Online ends basic auth for SMTP AUTH', ['Microsoft', 'Outlook.com', 'SMTP AUTH', 'Exchange Online'], { mid: true }),
  say(E, "The first one is the consumer side: Outlook.com, Hotmail and Live addresses. Since May, anyone sending more than five thousand messages a day to those needs SPF, DKIM and DMARC passing, much like Google's rules. At first the failing mail went to the junk folder. Now it's being refused with a five-five-zero error that says the sending domain doesn't meet the required authentication level. ¦~ That one I was ready for. The second one is on the business side. Exchange Online is switching off basic authentication for SMTP AUTH, the thing where a device logs in with a username and a password just to send mail."),
  say(O, "The scanner."),
  say(E, "The scanner. My father's scanner at the clinic, and about forty others across the group, send scans to email by logging in to Microsoft 365 with a password. Microsoft has pushed this date back before, and the current plan is that it starts refusing those logins in March and finishes at the end of April. ¦~ So every multifunction printer that can't do OAuth, which is most of the ones we own, needs another way to send."),
  say(O, "What are the options? I assume throwing them out of the window isn't one."),
  say(E, "It's on the list, below the others. You can point them at a connector and let them send without logging in, which Microsoft calls Direct Send, but Direct Send has been used for so much phishing that there's now a switch to turn it off, and the security people want it off. ¦~ You can run a small relay on the local network that accepts mail from the printers and logs in properly on their behalf. Or there's Microsoft's own High Volume Email service, still in preview, which is meant for exactly this kind of internal sending. ¦ I'm going with the little relay, because it's the one I understand.", { nomark: true }),
  say(O, "A Postfix box in a cupboard.", { cut: 1 }),
  say(E, "A Postfix box in a cupboard, with a sticker on it that says do not unplug, in Danish and in English."),

  seg('sponsor', O, 'Sponsor: Quillpost, DMARC reports turned into a list of everyone sending as your domain', ['Quillpost']),
  say(O, "Every good mail setup has one box that nobody is allowed to unplug. This show has one too, and it runs on money, which gives me a tidy way into this week's read. Soft Bounce is paid for, in part, by Quillpost. ¦~ If you've published a DMARC record and then let the reports pile up unread, Quillpost reads them for you. Point your rua address at it, and it turns the daily XML files into a list of every service sending as your domain, shows which of them pass and which fail, and warns you when a new one appears. ¦~ When you're ready to move from p equals none to quarantine, and then to reject, it shows you exactly what would have been blocked before you change a thing. Your first three domains are free at ⟨quillpost.email/softbounce⟩. Quillpost pays for our microphones, and we're grateful. §Now, an attack with a faintly embarrassing name for our whole industry, because it turns our own security against us."),

  seg('topic', O, 'DKIM replay attacks, and what DKIM2 at the IETF would change', ['DKIM replay', 'DKIM2', 'DKIM'], { mid: true }),
  say(O, "It's called DKIM replay. DKIM signs a message with a key published in the sender's DNS, so the receiver can check that the message really came from that domain and wasn't changed on the way. What the signature doesn't say is who the message was meant for. ¦~ So an attacker opens an account somewhere reputable, gets that service to send them a single message with some text they control, say a shared document invitation or a reply from a support form, and keeps the signed copy. Then they send that exact message, untouched, to a million other people. The signature still checks out, because nothing was changed, and the big domain's reputation carries the spam straight into inboxes."),
  say(E, "So the signature is valid and completely misleading at the same time."),
  say(O, "Valid and misleading. There are things you can do. Sign the headers that matter and sign them twice, so an attacker can't add a second To or a second Subject. Put a short expiry in the signature, a few days, so an old copy stops verifying. ¦~ Receivers can notice when one signed message suddenly arrives ten thousand times from places it never went the first time. But the real fix needs a change to the protocol itself, and that's what a working group at the IETF is busy with under the name DKIM2.", { nomark: true }),
  say(E, "What does the two actually add?"),
  say(O, "The short version is that every hop signs what it did and who it handed the message to. The envelope, meaning the sender and recipients that the servers use among themselves, gets tied into the signature. ¦~ So a message signed for one recipient can't quietly be sent to another, a forwarder has to say that it forwarded, and bounces can travel back along the same chain instead of landing on some innocent party. ‡It's early, though. Email standards move at roughly the speed of continents."),
  say(E, "Continents at least only go one way."),

  seg('topic', E, 'DMARCbis: DMARC becomes a standard, pct goes, np and the DNS tree walk arrive, and mailing lists still need ARC', ['DMARCbis', 'DMARC', 'ARC', 'mailing lists']),
  say(O, "Talking of standards that take their time, the DMARC rewrite has been in the works for about as long as my oldest nephew has been alive, and I gather you read the latest draft on a ferry."),
  say(E, "On the ferry to Samsø, which tells you how my summer went. The short version: DMARC was only ever an informational RFC, 7489, written up by the companies that were already using it. DMARCbis turns it into a proper standard, and it changes a few things people rely on. ¦~ The pct tag is gone, the one that let you apply your policy to, say, ten percent of failing mail. In its place there's a plain testing flag, t equals y. There's a new np tag for subdomains that don't exist, so an attacker can't make up a subdomain and send from it. ¦~ And the way a receiver finds your organisational domain changes. Until now that meant looking it up in the Public Suffix List, a file that people maintain by hand. The new version walks up the DNS tree instead."),
  say(O, "Does any of that break the records people already have?"),
  say(E, "Old records keep working; a receiver will ignore a pct tag rather than choke on it. The bigger effect is cultural. Once it's a standard, the pressure to go all the way to p equals reject gets stronger, and p equals reject is precisely what breaks mailing lists."),
  say(O, "Because a list changes the message.", { cut: 1 }),
  say(E, "A list adds a footer, puts its own name in the subject line, sometimes strips attachments. Any of that breaks the DKIM signature, and the list's server isn't in the sender's SPF record, so a reject policy means the list's copy gets refused at every subscriber. ¦~ Lists cope in two ways today. Mailman and friends rewrite the From header, so it shows the sender's name via the list, from the list's own address. ¦~ And there's ARC, which lets the list write down what the authentication looked like when the message arrived and sign that record, so a receiver that trusts the list can accept the message anyway. Gmail and Microsoft both read ARC, though neither will tell you how much they trust any given list."),
  say(O, "Via the list. I see that in my inbox every single day and I'd never once wondered why."),
  say(E, "Hardly anybody does, which is how the trick has lasted this long."),

  seg('topic', O, "Gmail's Manage subscriptions page, one-click unsubscribe, and why open rates stopped meaning anything", ['Manage subscriptions', 'one-click unsubscribe', 'List-Unsubscribe']),
  say(O, "Right, the page that frightens my customers. Over the summer Gmail added a view called Manage subscriptions. It lists every sender you get regular mail from, sorted by how often they write, with an unsubscribe button next to each one. ¦~ It works off the List-Unsubscribe header, the same header behind the one-click requirement I mentioned at the start. The sender has to accept a single POST request, with no login page and no are you sure, and stop sending within two days."),
  say(E, "And your customers think it's a massacre waiting to happen."),
  say(O, "Some of them do. My view is that someone who unsubscribes in one click was going to report you as spam in two, and an unsubscribe doesn't hurt your reputation, whereas a complaint does. ¦~ The numbers we've seen so far bear that out. Unsubscribes went up a little for senders who mail every day, complaints went down, and the people who write once a week with something worth reading barely noticed."),
  say(E, "Do you still believe open rates for any of this? I thought Apple broke them."),
  say(O, "Apple broke them in 2021. Mail Privacy Protection loads the images of every message through Apple's servers whether or not the person opens it, so an Apple Mail user looks as if they opened everything, instantly, from somewhere near a data centre. ¦~ We stopped showing open rates as a headline number this year and show clicks and replies instead. We got angry emails about that, and at least we knew those had been read."),
  say(E, "Replies? For a newsletter platform?", { cut: 1 }),
  say(O, "A reply is the strongest signal there is. When somebody writes back, the mailbox provider decides the sender is a person they actually talk to. §Oddly, that's also the pitch of the people who would like you to leave the big providers altogether, and I've left that item for the man with his own mail server."),

  seg('topic', E, 'Thunderbird Pro: Thundermail on Stalwart, JMAP, and Thunderbird for Android', ['Thundermail', 'Thunderbird Pro', 'Thunderbird', 'Stalwart'], { mid: true }),
  say(E, "Fair, since I joined the waiting list the day it opened. The Thunderbird project, which sits in the Mozilla family but pays its own way from donations, announced this year that it's building paid services under the name Thunderbird Pro. ¦~ There's a hosted mail service called Thundermail, a scheduling tool called Appointment, and a file-sending service called Send, which is a name some of us remember from Firefox. The mail side is built on Stalwart, an open-source mail server written in Rust that does IMAP, SMTP and JMAP in a single program."),
  say(O, "JMAP being the modern replacement for IMAP.", { nomark: true }),
  say(E, "JMAP is JSON over HTTP, standardised at the IETF, and Fastmail has run on it for years. It suits phones much better than IMAP, which keeps a connection open and was designed when a mailbox held a few hundred messages. ¦~ The Thunderbird apps don't speak JMAP properly yet, so that's the part to watch: whether the desktop client and the Android one get it as a side effect of the service."),
  say(O, "Android, because K-9 turned into Thunderbird."),
  say(E, "K-9 Mail became Thunderbird for Android last autumn, yes, and it's got a lot better since. ¦~ What I like about the whole plan is that it gives ordinary people a paid option that isn't an advertising company and isn't a server in my cupboard. ‡What worries me is what worries me about every new provider: a fresh mail domain with no reputation at all, sending to Gmail and Microsoft on day one."),
  say(O, "Do you know what it will cost?", { cut: 1 }),
  say(E, "Not in any detail. They've talked about paid tiers and possibly a small free one, and they've promised the money goes back into the apps, which is what I actually care about. If it means the Android app gets a second full-time developer, I'll pay it for my parents and call it a family tax."),
  say(O, "They'll be on my compliance page within a week."),
  say(E, "They'll be fine, most likely. I'll report back from the waiting list."),

  seg('extra', O, "Ottilie's extras: swaks, the Swiss Army Knife for SMTP, and fingerless gloves", ['swaks']),
  say(O, "From me, one tool and one pair of gloves. The tool is older than some of my colleagues. Swaks, the Swiss Army Knife for SMTP, is a single Perl script that talks SMTP to any server you point it at, with whatever headers, authentication and TLS settings you like, and prints the whole conversation. ¦~ Whenever somebody tells me a server rejected their mail for no reason, I send one message with swaks, and the reason is usually on the third line. ¦ The gloves are fingerless, because the heating in our office is controlled by someone in another building who doesn't believe in October."),
  say(E, "Gloves are a perfectly valid extra. And swaks is what I test my relay with."),
  say(O, "I had a feeling it might be. §And over on your side of the North Sea?"),

  seg('extra', E, "Esben's extras: Mailpit for testing the mail your app sends, and a rowing machine", ['Mailpit'], { mid: true }),
  say(E, "On my side, a tool for anybody who builds software that sends mail: Mailpit. It's a pretend SMTP server for development. Your application sends to it, nothing leaves the machine, and you get a web page with every message, the HTML, the plain text, the headers, and even a check of how well the HTML will render in different mail clients. ¦~ It's a single binary written in Go, it has replaced MailHog for most people, and it once saved a clinic from sending appointment reminders to real pet owners from a test server. I'll say no more about that. ¦ My other one is the rowing machine I bought in September, which I've now used four times and which turns out to be an excellent place to hang shirts."),

  say(O, "Four times is three more than my exercise bike managed. §And that's our half hour. Every link from today is at ⟨softbounce.fm/116⟩, and if your mail starts bouncing next week, write to us from an address with a working DMARC record. Look after those scanners, Esben."),

  seg('outro', O, 'Goodbye', [], { mid: true }),
  say(E, "I'll do what I can. Hej hej, everyone, until next week."),
];

export const SPEAKERS = [
  { name: O, aliases: ['Ottilie Marchbank', 'Ottilie', 'Marchbank', 'OTTILIE'] },
  { name: E, aliases: ['Esben Kjeldsen', 'Esben', 'Kjeldsen', 'ESBEN'] },
];
