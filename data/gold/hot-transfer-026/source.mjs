// Source of Hot Transfer #26 (SYNTHETIC held-out episode, heldout31): a LIVE episode, recorded on stage at a conference, of
// a one-host one-guest INTERVIEW about the TECHNOLOGY OF 911 (emergency calls and dispatch), built on MYTHS the audience
// wrote on index cards (911 knows where you are; you can text 911; 911 runs on the internet; dispatchers just answer the
// phone; AI will answer 911), a sponsor read by the host in the middle, then TWO AUDIENCE QUESTIONS from the microphone in
// the aisle (GIS data for a small rural county; attacks on CAD and the phone lines), and a short outro. People (invented):
// the host Odalys Ferrer, fourteen years on the floor of a 911 center in Tucson, nine of them on nights, now a trainer; the
// guest Ruthanne Kimura, who runs 911 systems and GIS for a regional communications center in northern Colorado (eleven
// agencies, the map of every apartment building, the cookies); two members of the audience who give their names at the
// microphone: Yesenia Portillo, a dispatch supervisor in a rural county in western Iowa, and Hal Brzezinski, who does the
// IT for a fire district and a 911 center in Wisconsin. The running joke: the RADIO (set up in the intro: "if you hear a
// radio go off, that's also real, and please go answer it", fed in segment 6 when someone is toned out, paid off in the
// last line: "Now go answer that radio."). The conference ("the spring conference of the Iowa chapters of APCO and NENA",
// in Des Moines) is invented, as are the sponsor "Quietroom" (peer support for telecommunicators), the cards and every
// anecdote. Recorded Tuesday 22 April 2025; the standards, laws, products, companies and incidents are real, told from
// memory.
// Rendered by build.mjs into cart.txt (the conference's CART captioner's rough edited copy: `>> NAME:` at every change of
// speaker) and sonix.txt (the host's Sonix export: `Name: [hh:mm:ss]` on every paragraph, two speakers left unnamed).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in cart.txt (the captioner's words: a human writing in real time from a prep sheet, numbers mostly as
//              digits, her own few mis-strokes), B in sonix.txt (Sonix's recogniser, lightly corrected by the host: her
//              own name and the guest's right, numbers as digits, products and acronyms misheard); either may be empty;
//   ¶          a pause inside the turn: a new paragraph (with its own timestamp) in sonix.txt; nothing in cart.txt.
// opts:
//   cart: X    cart.txt: this label instead of the speaker's (`RUTHANN`, a typo); cart: null: a bare `>>` (the captioner
//              did not catch who spoke);
//   note: X    cart.txt: a sound note (`[ Applause ]`, `[ Laughter ]`) on its own line after this paragraph;
//   sonix: X   sonix.txt: this speaker label instead of the speaker's (the diariser's slip);
//   smerge     sonix.txt: said over the end of the paragraph before, this short reply is added to that paragraph (two
//              voices: `ambiguous`, the speaker of most of its words).
// Conventions (the interview convention of heldout20 to heldout30, extended to a live show): every discussion topic,
// including each audience question, is presented by the GUEST, who carries it; the host's card or cue and an audience
// member's question belong to the NEW segment; the host presents the intro, the sponsor (her read) and the outro.
import { say, seg } from '../build-episode.mjs';

export const O = 'Odalys Ferrer';
export const R = 'Ruthanne Kimura';
export const Y = 'Yesenia Portillo';
export const H = 'Hal Brzezinski';

export const SOURCE = [
  seg('intro', O, 'Hot Transfer 26, live in Des Moines', []),
  say(O, "Good morning, Des Moines! Okay, you're awake. That's the coffee. This is Hot Transfer, episode 26, the podcast about the technology and the people on the other end of 911, and for the first time ever, we are recording in front of a live audience, at the spring conference of the Iowa chapters of {APCO|Apco} and {NENA|Nina}. ¶ So if you hear laughing, that's real, and if you hear a radio go off, that's also real, and please go answer it. ¶ I'm Odalys Ferrer. I spent 14 years on the floor in Tucson, nine of them on nights, and now I train telecommunicators and talk into microphones. ¶ My guest is somebody a lot of you already know, because she has answered your questions on the {NENA|Nina} mailing lists for about 20 years. Ruthanne Kimura runs 911 systems and GIS for a regional communications center in northern Colorado, 11 agencies, one building, and she has personally mapped every apartment building in her county. Ruthanne, welcome."),
  say(R, "Thank you, Odalys. Not every apartment building. Most of them."),
  say(O, "Most of them. Here's how this works, everybody. When you registered yesterday, we asked you to write down the biggest myth about 911 that you hear from your friends, your family, your city council. I have a stack of cards right here. Ruthanne hasn't seen them."),
  say(R, "I'm nervous.", { note: 'Laughter', smerge: true }),
  seg('topic', R, 'Myth one, "911 knows exactly where I am": ANI/ALI, Phase I and II, and device-based hybrid location', ['location', 'Phase II', 'device-based']),
  say(O, "You should be. Card number one, in capital letters, underlined twice. 911 knows exactly where I am."),
  say(R, "Okay. Everyone in this room just sighed. ¶ So the honest answer is, sometimes, and a lot more often than five years ago. When you call from a landline, we get your number and an address from a database. That's {ANI|Annie} and {ALI|Ali}, automatic number and automatic location identification. It's the address the phone company has on file, which is great, unless you moved and took the number with you. ¶ From a cell phone, which is more than 80 percent of our calls, the carrier first gives us the tower and the sector. That's Phase One, and that can be miles wide. Then a few seconds later, if we ask again, we get Phase Two, a latitude and longitude with an uncertainty {radios|radius}. Sometimes that's 20 meters. Sometimes it's a mile and you're looking at a whole neighborhood."),
  say(O, "And then the phones got involved."),
  say(R, "And then the phones got involved, which is the best thing that's happened to location in my whole career. Apple and Google both work out the location on the device itself now, from GPS, Wi-Fi and Bluetooth, and send it with the call. We call it device-based hybrid location. On Android it's the Emergency Location Service. In Europe they've had it longer, it's called Advanced Mobile Location, AML, and it rides in a text message the phone sends by itself. ¶ Here, a lot of centers get it through {RapidSOS|Rapid SOS}, which is a {clearing house|clearinghouse} that sits between the phones and us, and it shows up as a dot on our map, often within a few meters, often before the call taker has finished saying 911, what's the address of your emergency."),
  say(O, "How much faster is that, in real life?"),
  say(R, "In real life, last winter we had a caller on a frozen reservoir who went through the ice and could only say, the ice, the ice. Phase Two gave us a circle half a mile across, most of it water. The device-based location put her within about 10 meters of the hole, and the fire crew walked straight to her. ¶ That's not a statistic. That's a person who went home."),
  say(O, "So the card is right."),
  say(R, "The card is half right. It knows where the phone is, on a map. It doesn't know that you're on the fourth floor, in apartment 412, at the back. The vertical part, the z-axis, the FCC has rules for, and it's getting there, but a dot on a map is not a door. ¶ For offices and hotels, there are two laws everyone in here should know. {Kari's Law|Carrie's Law}, which says you can dial 911 straight from a multi-line phone system without dialing nine first, and {RAY BAUM'S Act|Ray Baum's Act}, which says the call has to carry a dispatchable location, the floor and the room, not just the address of the building. And the call taker still asks. Always ask."),
  say(O, "Always ask. I want that on a mug."),

  seg('topic', R, 'Myth two, "You can just text 911": Text-to-911, bounce-back messages and real-time text', ['Text-to-911', 'text', 'RTT']),
  say(O, "Card two. This one is short. You can just text 911."),
  say(R, "You can, in a lot of places. Not everywhere. Text-to-911 exists in most of the country now, but it depends on whether the center that covers where you're standing has turned it on. If it hasn't, you should get a bounce-back message from your carrier telling you to call instead. ¶ The slogan is, call if you can, text if you can't. It exists for people who are deaf or hard of hearing, and for people who can't talk, because somebody is in the house with them. Texts are slow. In the original version there's no good location, and there's a delay. The caller types, we read, we type, they read."),
  say(O, "I had a text call once that lasted two hours."),
  say(R, "I believe it. The thing that's coming next is RTT, real-time text, which sends every character as you type it, so we see the message forming. It replaces the old TTY machines. The phones already support it, and the centers are getting it as they move to next generation 911. ¶ And the other side of texting is pictures and video. People ask, can I send you a video of the crash? Some centers can take them now. Most of us, honestly, are a little scared of it, because the call taker has to look at it. §And that's actually the myth I wish someone had put on a card: that 911 already runs on the internet."),
  seg('topic', R, 'Myth three, "911 already runs on the internet": NG911, ESInets, the i3 standard, and the outages', ['NG911', 'Next Generation 911', 'ESInet', 'i3'], { mid: true }),
  say(O, "Somebody did. It's card nine."),
  say(R, "Good, because mostly it doesn't, yet. The old system is from the seventies. Your call goes to a selective router at the phone company, which looks up which center covers your address and sends the call down a dedicated trunk, analog, one call per line. The address data lives in a table called the {MSAG|M sag}, the Master Street Address Guide, which is basically a spreadsheet of street ranges. ¶ Next generation 911, NG911, replaces that with an IP network just for emergency services, an {ESInet|ESI net}. The standard is {NENA|Nina} {i3|I three}. Calls come in as SIP, the same protocol as your office phones. The location travels with the call, in a format called {PIDF-LO|PIDF low}. And the routing is done by asking a GIS server which boundary the caller is inside, not by looking up a street range. That's the ECRF, and it speaks a protocol called {LoST|lost}."),
  say(O, "Which is a great name for a location protocol.", { cart: null }),
  say(R, "Somebody had fun. ¶ Most states are somewhere in the middle. The calls arrive over IP, but inside the center they still get converted back to the old format, because the equipment at the center is old. And it's not free. The money comes from the fee on your phone bill, which state legislatures love to borrow."),
  say(O, "So how far along are we? Colorado, Iowa?"),
  say(R, "Colorado has a statewide {ESInet|ESI net}, and most of our calls arrive as {SIP|sip} now. Iowa, from what I'm told, was one of the first states with a statewide network, so honestly, half of you should be up here instead of me. ¶ The part that's still slow everywhere is the last mile, the equipment inside the center, and the GIS, because the routing is only as good as the map."),
  say(O, "And when it breaks, it breaks big."),
  say(R, "It does, and that's the honest downside. In 2014, a software counter at one provider's routing center in Colorado hit its limit, and for about six hours, 911 calls from seven states just didn't get through. Thousands of calls. And in February of last year, the {AT&T|AT and T} outage took out cell service for a lot of the country, and people couldn't reach 911 from their phones. The more you centralize it, the further one mistake reaches."),

  seg('sponsor', O, 'Sponsor: Quietroom', ['Quietroom']),
  say(O, "The further one mistake reaches. That's a good line to take a breath on, and so is this. Today's live show is made possible by {Quietroom|Quiet Room}. {Quietroom|Quiet Room} is a peer support app built for telecommunicators, by people who've worked the floor. ¶ After a bad call, you can reach a trained peer from another center at three in the morning, without anyone at your own center knowing. There are short guided debriefs, and your supervisor only ever sees numbers for the whole team, never your name. ¶ If your center wants to try it, they're at the table by the coffee, and they're at {quietroom.app/hottransfer|quietroom.app/hot transfer}. Thank you, {Quietroom|Quiet Room}, for putting this show on a stage.", { note: 'Applause' }),

  seg('topic', R, 'Myth four, "Dispatchers just answer the phone": CAD, AVL, P25 radio, protocols and reclassification', ['CAD', 'computer-aided dispatch', 'dispatch']),
  say(O, "More cards. This one made me laugh, and then it made me a little bit angry. It says, dispatchers just answer the phone."),
  say(R, "Okay. Let's walk through what's on a console, because I buy it. In front of a call taker there are four or five screens. One is the phone system. One is CAD, computer-aided dispatch, which is the brain of the center. Every call becomes an incident with a type, a location and a priority, and CAD recommends which units to send, based on where they are right now, from AVL, the automatic vehicle location on every truck. ¶ One screen is the map. One is the radio. Most public safety radio here is P25, a digital standard, with talk groups for each agency. And on medical calls, a lot of centers use a scripted protocol, like the Medical Priority Dispatch System, where the answers to the call taker's questions decide a code, and the code decides the response. It's rigid on purpose. It means the answer doesn't depend on who picked up."),
  say(O, "And you're doing that while someone is screaming.", { note: 'Radio chirps' }),
  say(O, "Somebody in the back just got toned out. Go, go! We'll wait.", { note: 'Laughter' }),
  say(R, "While someone is screaming, and the radio is talking in your other ear. The standard most of us measure ourselves against is NFPA {1225|12 25}, which says 90 percent of calls answered within 15 seconds, and a fire or medical call processed in about a minute. ¶ And the thing I'd want every city council to hear is the classification fight. The federal government's job classification puts us in the same group as clerical workers, office and administrative support. There's been a push for years, a bill in Congress, to move telecommunicators into the protective service occupations, next to police and fire, because that's what the job is.", { note: 'Applause', cart: 'RUTHANN' }),
  say(O, "I'll take that applause for you. What about when the next county's ambulance is closer than yours?"),
  say(R, "That's CAD to CAD, and it's one of my favorite problems. Two centers with two different CAD vendors can't see each other's units or incidents, so somebody picks up a phone and reads an address out loud to somebody else. There's a standard now, from {APCO|Apco} and {NENA|Nina} together, for passing an incident from one system to another, the {EIDO|Ido}, the emergency incident data object. ¶ It's early. But the day my CAD can hand a call to the county next door with one click, I'm retiring happy."),
  say(O, "Okay. §Last card from me, and I saved it because I knew it would start a fight. Somebody wrote, in five years, AI answers 911."),
  seg('topic', R, 'Myth five, "In five years AI answers 911": non-emergency lines, live translation and quality assurance', ['AI answers', 'AI system', 'artificial intelligence', 'translation', 'non-emergency'], { mid: true }),
  say(R, "Not in five years. What's actually happening is less dramatic and more useful. A lot of centers are drowning in non-emergency calls. The noise complaint, the parking question, what time do the fireworks start. Some centers now have an AI system answer the non-emergency line, figure out what you need, and either handle it or put you through to a person. ¶ Translation is the other big one. Today, when a caller speaks a language nobody on the floor speaks, we conference in an interpreter service, and that can take a minute. The newer tools translate live, on the screen. I'm cautiously in favor, as long as the human is still on the call. ¶ And quality assurance. Most centers can only review maybe two or three percent of calls, because a person has to listen to each one. With transcription, you can check every call for whether the address was verified and whether the protocol was followed. That, I love. What I don't want is a machine deciding whether to send an ambulance."),
  say(O, "Neither do I. And what about accents? Half my callers in Tucson spoke Spanish, and the other half were whispering.", { cart: null }),
  say(R, "That's exactly where the transcription is weakest. The models were trained on people talking calmly into good microphones. Our callers are screaming, whispering from a closet, or calling from a car on the interstate with the windows down. So the numbers the vendors show you are not our numbers. Test it on your own calls before you believe anything."),
  seg('topic', R, 'Audience question: getting GIS data ready for NG911 in a small rural county', ['GIS', 'address points', 'rural']),
  say(O, "Okay, we have a few minutes, and I see somebody at the microphone already. Go ahead, tell us who you are."),
  say(Y, "Hi, I'm Yesenia Portillo. I'm a dispatch supervisor in a rural county in western Iowa, about 12,000 people. We're being told our GIS data has to be ready for NG911, and I am the GIS person, because I'm the one who asked what GIS meant. Where do we even start?", { cart: 'AUDIENCE MEMBER' }),
  say(R, "Yesenia, you're my favorite person in this room. ¶ Start with two layers. Road centerlines, every road with its name and the address ranges on each side, and address points, one point for every place somebody could call from, on the building, not on the road. The {NENA|Nina} GIS data model tells you what the fields are. Then compare your address points to the old {ALI|Ali} database. The number everybody watches is the match rate, and the target people use is 98 percent. Every address that doesn't match is a call that might get routed wrong. ¶ And you don't have to do it alone. Your state probably has a 911 board with a GIS program, and in a lot of states they'll do the heavy lifting if you send them what you have. And talk to your assessor's office and whoever hands out addresses in the county, because that's where new houses come from. Get a rule that no new address exists until it's in your data."),
  say(Y, "That's the part that's hard. They don't talk to us.", { cart: 'AUDIENCE MEMBER', sonix: 'Speaker4' }),
  say(R, "Bring cookies. I'm serious. That's how I got my county.", { note: 'Laughter' }),
  seg('topic', R, 'Audience question: ransomware on CAD, TDoS attacks, and working on paper', ['ransomware', 'TDoS', 'CAD']),
  say(H, "Hi, Hal {Brezinski|Bridzinski}. I do the IT for a fire district and a 911 center in Wisconsin, which is a sentence that should scare you. My question is the one that keeps me up at night. What happens when they come for CAD?", { cart: 'AUDIENCE MEMBER' }),
  say(R, "Hal, that keeps me up too. It's happened. In 2018, Baltimore's CAD was hit by ransomware, and the center ran on paper for about a day. Other centers since. And there's {TDoS|T-DOS}, telephony denial of service, where someone floods the center's lines with automated calls so the real ones can't get in. ¶ Three things. First, every center should be able to work without CAD, on paper, and you should practice it, the whole shift, not just the supervisors. Run cards, a paper map, a whiteboard of units. Second, segmentation. The CAD network should not be the same network as the library's public Wi-Fi, and you would be amazed. Third, have a backup center that can take your calls, and test the transfer, because the day you need it is not the day to find out the trunks were never built."),
  say(H, "And the phones?", { cart: 'AUDIENCE MEMBER' }),
  say(R, "And the phones. Ask your provider what they do about {TDoS|T-DOS}. Make them put it in writing. ¶ And Hal, one more thing. Your CAD almost certainly touches criminal justice data, which means it already has to meet the FBI's {CJIS|C-JIS} security policy. Use that. It's the one rule with teeth, and it's the one your county commissioners have heard of."),

  seg('outro', O, 'Goodbye', []),
  say(O, "That's our time, and I can see the conference people waving at me. Ruthanne Kimura, thank you."),
  say(R, "Thank you, Odalys. And thank you all for the cards. I want to keep them."),
  say(O, "You can keep them. This has been Hot Transfer, recorded live in Des Moines. The episode, the cards and every link are at {hottransfer.show/26|hot transfer.show/26}. Now go answer that radio.", { note: 'Applause' }),
];

export const SPEAKERS = [
  { name: O, aliases: ['Odalys', 'Ferrer', 'ODALYS'] },
  { name: R, aliases: ['Ruthanne', 'Kimura', 'RUTHANNE', 'RUTHANN'] },
  { name: Y, aliases: ['Yesenia', 'Portillo', 'Speaker3'] },
  { name: H, aliases: ['Hal', 'Brzezinski', 'Brezinski', 'Bridzinski', 'Speaker4'] },
];
