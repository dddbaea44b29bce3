// Source of Pipes and Hats #83 (SYNTHETIC held-out episode, heldout23): a one-host one-guest INTERVIEW about HEALTHCARE
// INTEGRATION in a hospital trust (HL7 version 2, interface engines, patient identity, FHIR, clinical codes, imaging,
// downtime and the future). Host (invented): Hollis Brandreth. Guest (invented): Folasade Adebayo, known as Sade, who
// leads the integration team of an invented trust, Fenwick Moor Hospitals NHS Trust (three hospitals and community
// clinics in the north of England), after eight years at a supplier; her Teams display name is
// "ADEBAYO, Folasade (FENWICK MOOR HOSPITALS NHS TRUST)". The sponsor "Carrick" (records and replays every message an
// interface engine handles) is invented, as are the trust, its forty-one systems, the kitchen feed, the wrong merge of
// two patients, the six hours of replayed messages, the aunt, the engine versions and every anecdote. Recorded on
// Wednesday 16 July 2025 over Microsoft Teams; the standards and the news are real but told from memory.
// Rendered by build.mjs into labeled.txt (the show's own edited transcript, labelled in the seed's manner) and teams.vtt
// (the transcript Microsoft Teams made of the call, downloaded as WebVTT).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in labeled.txt (checked by a person), B in teams.vtt (Teams' recogniser: FHIR heard as "fire", names of
//              standards and products misheard);
//   ¦          labeled.txt only: the editor starts a new, UNLABELLED paragraph of the same speaker here;
//   ¶          a pause inside the turn (0.5 s on the clock): Teams starts a new utterance there.
// opts:
//   lab: X     labeled.txt: the label of this paragraph when it is not the default (`Full NAME` on a speaker's first
//              paragraph, `SURNAME` after): a typo (an alias), or null for none;
//   over       teams.vtt: this short reply was said WHILE the other person was talking (Teams gives it its own cue, timed
//              inside the other person's paragraph, and sorts the cues by start time, so it sits between two of the
//              other person's cues and overlaps the one before); in labeled.txt it follows the paragraph it interrupted.
// Conventions (heldout22's interview convention): every discussion topic is presented by the GUEST, who carries it,
// including the ones she raises herself; the host presents the intro, the sponsor (she reads it) and the outro; the
// host's question or cue belongs to the NEW segment.
import { say, seg } from '../build-episode.mjs';

export const H = 'Hollis Brandreth';
export const G = 'Folasade Adebayo';

export const SOURCE = [
  seg('intro', H, 'Welcome to Pipes and Hats 83, with Folasade Adebayo', []),
  say(H, "This is Pipes and Hats, episode 83, the programme about the messages that move around hospitals and the folk who stop them getting lost. I'm Hollis Brandreth. ¦ Today's guest was described to me by a ward sister I know as the only reason her blood results turn up on the right screen. Folasade Adebayo, Sade to everyone who's ever worked with her, leads the integration team at Fenwick Moor Hospitals NHS Trust, three hospitals and a lot of community clinics in the north of England. She spent eight years at a software supplier before that, so she's seen the problem from both ends. Sade, welcome to the programme."),
  say(G, "It's a pleasure to be here. For the record, that ward sister is my aunt, so take the compliment with some salt."),
  say(H, "I'll take it with a whole cruet."),
  say(G, "Wise. She also thinks I fix printers, so her standards are generous."),

  seg('topic', G, 'What happens when a patient arrives: HL7 version 2, ADT messages, MLLP and the interface engine', ['HL7', 'ADT', 'interface engine']),
  say(H, "Start me somewhere concrete. Someone walks into your emergency department tonight with a broken wrist. What goes down the wires?"),
  say(G, "The first thing is a registration. The receptionist books them in on the patient administration system, and that system sends out an HL7 version 2 message, an ADT message, admit, discharge, transfer. ¦ For an emergency attendance it's usually an A04, register a patient. If they end up staying, later you get an A01 for the admission, then A02s as they move between wards and an A03 when they go home."),
  say(H, "And an HL7 message looks like what, if I opened one?"),
  say(G, "Like a cat walked across a keyboard. It's plain text, one segment per line, each segment starts with three letters: MSH is the header, PID is the patient, PV1 is the visit. Fields are separated by pipes, and the bits inside a field by little hats, the caret. ¶ That's where the name of your show comes from, I assume. Pipes and hats is how everybody in the trade describes it."),
  say(H, "It is, and I'm glad somebody noticed."),
  say(G, "The message goes over a plain network connection using a framing called {MLLP|M L L P}, which is three special bytes around each message, to the interface engine. The engine is the middle of everything. ¦ It takes that one message and sends a version of it to every system that cares: the lab, radiology, pharmacy, the electronic bed board, the maternity system if it's relevant, and the kitchen."),
  say(H, "Mm, right.", { over: true }),
  say(H, "The kitchen?"),
  say(G, "The kitchen gets an admission message so they know who to feed and what they're allowed to eat. Forty-one systems in our trust take some version of the ADT feed, and each of them wants a slightly different dialect. One wants version 2.3, one wants 2.4, one has its own Z segments, custom segments the supplier invented in 2006. ¦ Each one sends back an acknowledgement, an ACK, and when a system stops answering, the engine queues the messages and somebody on my team gets a phone call. §And the engine that sits at the centre of it had a rather eventful spring."),

  seg('topic', G, "Mirth Connect goes commercial: interface engines, the Open Integration Engine fork and what a trust does next", ['Mirth Connect', 'Open Integration Engine'], { mid: true }),
  say(H, "Eventful how?"),
  say(G, "We run two engines. The big commercial one, Rhapsody, carries the clinical feeds. Alongside it we've had {Mirth Connect|Merth Connect} for years, for the smaller jobs, a lot of small trusts and labs use it because it was open source and free. ¶ In the spring NextGen, who own it, announced that from version 4.6 new releases would only be available under a paid licence. The source code wasn't public any more."),
  say(H, "So what did people do?"),
  say(G, "The community did what communities do. A group of long-time users forked the last open version and called it the Open Integration Engine. It's early, a small group of volunteers runs it, and nobody in the NHS is going to move clinical traffic onto it next week. ¦ For us, we froze on the last open release, which buys time but not security fixes. We're pricing the licence, we're watching the fork, and we're asking ourselves whether the small jobs should live in the big engine after all."),
  say(H, "Does that scare you, as the person who signs off on these things?"),
  say(G, "It clarified things, let's say. An interface engine is the one product you can't switch off for a weekend to migrate. Every feed has to move one at a time, tested against real messages, and there are about three hundred of them here. {Rhapsody|Rap City} was a tender that took a year. ¦ So the lesson is the old one: whoever controls the thing in the middle has a lot of leverage, and we should have written down our exit plan before we needed one. ¦ The smaller trusts and the labs are in a harder spot than we are. Some of them ran everything on the free version with one engineer who knew it inside out, and a licence fee is a real conversation at a board where every pound is also a nurse."),
  say(H, "Three hundred feeds. I'm getting a sense of the scale."),
  say(G, "About four hundred thousand messages on an ordinary weekday, more on a Monday, when the clinics restart and everybody catches up on Friday's paperwork. ¶ Most of them are boring, which is exactly how we like it."),
  say(H, "Boring is a compliment in your line of work, I suspect."),

  seg('topic', G, 'Is this the right patient? NHS numbers, PDS on the Spine, and undoing a wrong merge', ['NHS number', 'PDS', 'merge'], {}),
  say(H, "You said a moment ago that the kitchen needs to know who to feed. How sure is anyone, in all this, that a message is about the right person?"),
  say(G, "Less sure than you'd hope, and much surer than twenty years ago. Every patient in England has an NHS number, ten digits with a check digit at the end, so a typo is usually caught. The master copy of who you are sits in the Personal Demographics Service, {PDS|P D S}, which is part of the national Spine. ¦ When someone registers, our patient administration system traces them against PDS, and if the details match, we get a verified NHS number. The problem is the people who don't match: someone unconscious, a newborn, a visitor from abroad, somebody who gives a different spelling every time."),
  say(H, "And then you get duplicates."),
  say(G, "Then you get duplicates, two records for one person. When somebody spots it, they merge them, and the system sends an A40, a merge message, so every downstream system joins the two histories together. ¶ Most of them. Some systems handle merges beautifully. One of ours, which I won't name, used to quietly ignore them."),
  say(H, "And the reverse? Two different people merged into one?", { lab: 'BRANDETH' }),
  say(G, "That's the one that keeps me awake. Two winters ago two elderly women with the same name, the same birthday, living in the same town, were merged by a tired clerk at three in the morning. For about six hours one of them had the other's blood results and medication history. ¦ Unmerging is far harder than merging, because every system has to split the history again, and some of them simply can't. We ended up replaying six hours of messages by hand, one system at a time, with a pharmacist checking each record. ¶ Nobody was harmed, and we changed the rules: a merge of two records with different verified NHS numbers now needs a second person, however late it is."),
  say(H, "Oh, how awful.", { over: true }),

  seg('sponsor', H, 'Sponsor: Carrick, recording and replaying every message through an interface engine', ['Carrick'], {}),
  say(H, "Replaying messages by hand is the job Carrick exists to take away, and Carrick has covered what this episode costs to make, so here's what it does. ¦ Carrick sits beside your interface engine and keeps a copy of every message that passes through it, in and out, searchable by patient, by feed or by time. When a downstream system has been down for an afternoon, you choose the window and the destination, and Carrick sends those messages again in the right order, with a record of who did it and why. ¶ It reads HL7 version 2 and FHIR, it runs inside your own network, and it's designed for teams who'd rather not explain a missing result to a consultant. A month's trial on a mirror of your real traffic waits at {⟨carrick.health/pipes⟩|carrick dot health slash pipes}. Carrick keeps this programme going, and we're in its debt. §Which leaves the newer standard, the one whose name everybody pronounces like a smoke alarm."),

  seg('topic', G, 'FHIR in a hospital: R4 resources, UK Core, the PDS FHIR API and SMART on FHIR apps', ['FHIR', 'UK Core', 'SMART on FHIR'], { mid: true }),
  say(G, "{FHIR|Fire}. Fast Healthcare Interoperability Resources, which nobody has ever said out loud in full. Where version 2 is messages, {FHIR|fire} is resources on the web: a patient, an appointment, an observation, each a small JSON document at a web address, read and written with the same REST calls as any other web service. ¦ The version everyone actually uses is R4, from 2019. There's an R5, and there's work on an R6, but the national profiles in England are built on R4, a set called UK Core."),
  say(H, "Where does it show up for you today?", { lab: null }),
  say(G, "Mostly at the edges. The national services are {FHIR|fire} now: we look up patients through the PDS {FHIR|fire} API, and GP practices share their records with us through GP Connect. ¶ And inside the trust, our electronic patient record can launch small apps with SMART on {FHIR|fire}, so a clinician clicks a button on a patient's record and a separate app opens already knowing who the patient is and what the clinician may see. That's where the new, interesting work mostly happens.", { lab: 'ADEBAY' }),
  say(H, "But not the admission feed."),
  say(G, "Not the admission feed, no. Inside the building, version 2 will outlive all of us. It's fast, it's small, every system speaks it, and the message you send when someone's admitted doesn't need a web API. ¦ The mistake people make is thinking {FHIR|fire} replaces the engine. It doesn't, it gives the engine another language. In America the law pushed much harder, with rules that made certified systems offer {FHIR|fire} APIs to patients, and the ecosystem there grew faster because of it. ¦ The big electronic patient record suppliers all publish {FHIR|fire} interfaces now, which helps, though each one has its own extensions and decides differently which fields are optional. So the old version 2 problem of everyone speaking a slightly different dialect has followed us into the new standard, as it was always going to."),
  say(H, "So it's less a revolution than a new dialect with very good marketing."),
  say(G, "That's fair, and I'll deny saying it. §Honestly, the format isn't what's difficult. The words inside it are harder. ¦ A diagnosis in one system might be free text, in another a local code somebody made up in 1998, and in a third a proper SNOMED CT concept."),

  seg('topic', G, 'Making the words mean the same thing: SNOMED CT, dm+d, ICD-10, OPCS-4 and LOINC', ['SNOMED CT', 'ICD-10', 'clinical coding'], { mid: true }),
  say(H, "Explain SNOMED CT to somebody who's never come across it."),
  say(G, "It's a clinical vocabulary, hundreds of thousands of concepts with relationships between them, so a fracture of the distal radius knows it's a kind of fracture and a kind of wrist injury. {SNOMED|Snowmed} has been the required standard for clinical records in England for years, first in general practice, then in hospitals. ¶ Medicines have their own dictionary, dm+d, the dictionary of medicines and devices, so a prescription in one place means the same product in another."),
  say(H, "And the codes that decide what a hospital gets paid?"),
  say(G, "Those are the clinical coders' world. After someone goes home, trained coders read the notes and record diagnoses in ICD-10 and procedures in OPCS-4, and that feeds how activity is counted and funded. ¦ There are maps from {SNOMED|Snowmed} to ICD-10, and they help, but a map is a suggestion, not an answer. For lab tests, a lot of the world uses {LOINC|Loink}, while our pathology results use a national list built on {SNOMED|Snowmed}, and translating between the two for a research study took one of my colleagues most of a year. ¶ She has a spreadsheet of those mappings that I'd honestly rate as one of the trust's most valuable assets."),
  say(H, "So the words are the hard part."),

  seg('topic', G, 'Imaging: DICOM, modality worklists, PACS and sharing scans with DICOMweb', ['DICOM', 'PACS'], {}),
  say(G, "The words are hard and the pictures are heavy. Radiology takes up the rest of my week, and it speaks a different language altogether, {DICOM|Dicom}. ¶ When a doctor orders an X-ray, the order goes through the engine as an HL7 message to the radiology system, and that system turns it into a worklist entry. The scanner asks for its worklist in {DICOM|Dicom}, so the radiographer picks the patient from a list instead of typing a name into a machine that's hard to type on."),
  say(H, "And the pictures themselves?"),
  say(G, "Go to the {PACS|packs}, the picture archiving and communication system, which is a very large and very expensive storage system with a viewer attached. A CT scan can be several hundred megabytes, a thousand slices, and we keep them for years, for children until they're well into adulthood. ¦ The new part is DICOMweb, which is {DICOM|Dicom} over ordinary web requests. It's what lets a viewer in another hospital pull just the images it needs instead of copying the whole study across the region."),
  say(H, "Do you ever have to touch the images themselves?"),
  say(G, "Only the headers. Every {DICOM|Dicom} file carries the patient's name, number and date of birth inside it, so when two records are merged, the images have to follow, and that's yet another message to a system that doesn't love merges either."),
  say(H, "Is imaging moving to the cloud?"),
  say(G, "Slowly, and mostly as somebody else's data centre rather than anything clever. The bandwidth from a scanner to a cloud archive when the network is struggling is a thing you'd rather not discover during a stroke call. Our region shares images between trusts, and that's already a big improvement on couriers with discs, which I'm old enough to remember."),
  say(H, "Couriers with discs."),
  say(G, "On motorbikes, in the rain, with a patient waiting for a neurosurgeon. So yes, {DICOMweb|Dicom web}, and a lot of gratitude for it."),

  seg('topic', G, 'When it all stops: the Synnovis ransomware attack, downtime procedures and replaying the backlog', ['Synnovis', 'downtime', 'ransomware'], {}),
  say(H, "What happens when it all stops?"),
  say(G, "Do you mean when our systems stop, or when somebody else's do?"),
  say(H, "Somebody else's first, because last summer everyone watched it happen."),
  say(G, "The {Synnovis|Synovis} attack, yes. In June last year a ransomware group got into the pathology company that runs the labs for several big hospitals in south-east London and their GPs. The lab systems went down, and for weeks those hospitals couldn't get routine blood test results the normal way. ¦ Operations were postponed, they asked for O-negative blood donors because they couldn't match blood quickly, and results came back by phone and on paper."),
  say(H, "Goodness.", { over: true }),
  say(G, "And for the integration people, the hard part came afterwards. When the systems came back, there were weeks of results that had been done on paper and needed to get into the records, in the right order, against the right patients, without sending a thousand alerts to doctors about tests they'd already acted on. ¶ That's the part nobody makes a documentary about."),
  say(H, "Did it change how you think about your own suppliers?"),
  say(G, "Entirely, yes. Every contract now asks how a supplier would tell us they've been breached, and how fast, and what we'd do with their feed while they're down. We used to ask about features. ¶ Now the first questions are about the bad days."),
  say(H, "And your own downtime plan?"),
  say(G, "Every ward has paper request forms in a drawer, and a downtime computer that prints the last known results and medication lists every few hours, so if everything stops they're at most a few hours out of date. When a downstream system goes down, the engine keeps the messages in a queue and sends them when it comes back. ¦ We rehearse it twice a year. The first rehearsal, the drawer on one ward had forms from 2009 and a menu for the canteen."),
  say(H, "A menu for the canteen, as a disaster recovery document."),

  seg('topic', G, 'What comes next: the 10 Year Health Plan, a single patient record, the NHS App, ambient voice AI and advice for developers', ['10 Year Health Plan', 'NHS App', 'AI'], {}),
  say(H, "One more question, and I'll release you to your queues. The government published its ten-year plan for the NHS a fortnight ago. What does it mean for someone in your chair?"),
  say(G, "The headlines are a single patient record, so your information follows you across the NHS, and the NHS App becoming the front door for most of what you do with the health service. ¦ For my team, a single record doesn't mean one big database. It means a lot of very boring agreements about identity, about who may see what, and about which standard, and that's the work we already do. So, more of the same, with more people watching. ¦ The NHS App part matters to us too, because every appointment letter, test result and message a patient sees in the app has to come from a system in a hospital somewhere, through an engine like ours. When the app shows the wrong clinic time, it's usually one of our feeds that's to blame."),
  say(H, "And artificial intelligence? I'm legally obliged to ask."),
  say(G, "The one I see working is ambient voice, the AI scribes. A clinician talks to a patient, the system listens and drafts the letter, and the clinician checks it. NHS England put out guidance this spring about doing that safely. ¦ For integration it's simple: the draft letter must land in the right record, with the right codes, through the same pipes as everything else. The AI is clever, and then it needs us."),
  say(H, "And for a developer listening who's thinking of moving into health?"),
  say(G, "Learn version 2 before you sneer at it, because it carries most of the data you'll ever touch. Read a real message feed for a week. Go and stand on a ward for a morning and see where the screens are. ¶ And be patient, because nothing in a hospital changes quickly, and usually that's for a good reason. ¦ And find your people. HL7 UK runs events, the {FHIR|fire} community has a very friendly chat server, and most integration engineers are delighted when somebody new asks them a question."),

  seg('outro', H, 'Goodbye', [], {}),
  say(H, "Learn version 2 before you sneer at it. I'm embroidering that on a cushion. Sade, thank you; an hour well spent."),
  say(G, "Thank you, Hollis. This was far more fun than a change board. And say hello to the kitchen for me."),
  say(H, "Consider it done. The next episode is out in two weeks. In the meantime, keep your messages tidy, and check whose name is on them."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Hollis', 'Brandreth', 'BRANDRETH', 'Hollis BRANDRETH', 'BRANDETH'] },
  { name: G, aliases: ['Folasade', 'Adebayo', 'Sade', 'ADEBAYO', 'Folasade ADEBAYO', 'ADEBAY', 'ADEBAYO, Folasade (FENWICK MOOR HOSPITALS NHS TRUST)'] },
];
