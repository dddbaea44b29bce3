// Source of Half Gain #74 (SYNTHETIC held-out episode, heldout32): a two-host weekly HEARING TECHNOLOGY news show in the
// style of the seed (AirPods Pro 2 cleared as over-the-counter hearing aids with iOS 18.1 and Apple's hearing test;
// neural networks on hearing aid chips: Phonak's Audéo Sphere Infinio and its DEEPSONIC chip, Oticon Intent's 4D sensor,
// Starkey's Edge AI; over-the-counter hearing aids two years after the FDA's rule; Auracast broadcast audio and Bluetooth
// LE Audio against the hearing loop and the telecoil; real-ear measurement and the manufacturers' "first fit"; caption
// glasses and live transcription; the bits and pieces (this show's extras): the WHO's hearWHO app, and the Sonotone 1010
// of 1952). Hosts (invented): Priscilla "Cilla" Amankwah, an audiologist who runs a small independent hearing clinic in
// Leicester, who opens and closes the show; Joaquín Sauer, in Copenhagen, eleven years a firmware engineer on hearing aid
// chips, now doing signal processing for a headset maker. The running joke: Joaquín's grandfather OPA HENNING in Hamburg,
// ninety-one, whose hearing aids stay in a drawer because "they whistle" (set up in the intro, fed in segments 2, 4 and 6,
// paid off in the outro: he wore his granddaughter's old AirPods through Sunday lunch). The sponsor "Earlane" (recall
// and reminders for independent hearing clinics) is invented, as are the hosts, the clinic, Opa Henning and every
// anecdote. Recorded Thursday 31 October 2024; the products, companies, agencies, standards and studies are real, told
// from memory.
// Rendered by build.mjs into web.txt (the show's own transcript page: full names on the first two paragraphs only) and
// a YouTube json3 caption file as yt-dlp downloads it (the automatic captions of the episode's video: no speakers at all,
// one JSON string per word).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the show's page: a machine transcript the hosts corrected, names right, small numbers as
//              words), B in the json3 file (YouTube's automatic captions before build.mjs lowercases them and strips their
//              punctuation: numbers as digits, names and products misheard); either may be empty;
//   ⟨...⟩      a spoken URL (always inside the A of a {A|B}): dropped from web.txt with the following punctuation;
//   ¦~ / ¦     web.txt only: the page starts a new paragraph here (mid-turn), losing (¦~) or keeping (¦) the next word;
//   ¶          a pause inside the turn (the captions may start a new line there; web.txt ignores it).
// opts:
//   cut: N     web.txt loses the first N words of this paragraph.
// Conventions (the news convention of heldout18 to heldout31): presenter = the host who BRINGS the item, and a hand-over
// line belongs to the NEW segment, also when the other host speaks it; the sponsor's presenter is its reader; extras
// ("the bits and pieces" on this show) are one segment per host, kind `extra`, presented by that host; the goodbye is the
// outro.
import { say, seg } from '../build-episode.mjs';

export const C = 'Priscilla Amankwah';
export const J = 'Joaquín Sauer';

export const SOURCE = [
  seg('intro', C, 'Welcome to Half Gain 74', []),
  say(C, "Hello, and welcome to Half Gain, episode {seventy-four|74}, the show about the technology of hearing, from the chip behind your ear to the booth in my clinic. I'm Priscilla {Amankwah|a mankwa}, Cilla on this show. ¶ I'm an audiologist. I run a small independent hearing clinic in Leicester, and I've been fitting hearing aids for {nineteen|19} years, which makes me older than most of the software I use."),
  say(J, "And I'm {Joaquín|wakeen} {Sauer|sour}, in Copenhagen. I spent {eleven|11} years writing firmware for hearing aid chips, and now I do signal processing for a company that makes headsets, which my old colleagues consider a betrayal."),
  say(C, "They do. Before anything else, how is Opa Henning?"),
  say(J, "Opa Henning is {ninety-one|91}. He has two perfectly good hearing aids in a drawer in Hamburg, and he will not wear them, because, and I quote, they whistle. ¦~ He has listened to the football on the radio with the same pair of headphones since {1998|1998}.", { cut: 1 }),
  say(C, "So he's our target audience. ¶ Here's what we've got tonight. Earbuds that became medical devices on Monday, a chip that wants to be a brain, two years of buying hearing aids off the shelf, and the broadcast that wants to retire the hearing loop. ¦ {Joaquín|wakeen} has also promised me something from {1952|1952}, and we'll end with the bits and pieces, as always."),
  say(J, "It's a very good {1952|1952} thing. You're going to like it."),

  seg('topic', C, 'AirPods Pro 2 become over-the-counter hearing aids: the FDA, iOS 18.1 and the hearing test', ['AirPods', 'Hearing Aid feature', 'hearing aid feature', 'hearing test']),
  say(C, "Monday's news first, because my inbox has been nothing else since. iOS 18.1 came out, and with it, AirPods Pro {2|2} can now work as a hearing aid. Not a sound booster, not an accessibility setting. A hearing aid. ¶ The FDA authorised the software in September, as the first over-the-counter hearing aid software device, for adults with mild to moderate hearing loss. ¦~ You take a hearing test on your iPhone, about five minutes, in a quiet room, with the AirPods in. It plays tones at different pitches and you tap when you hear them. ¶ That gives you an audiogram, the audiogram goes into the Health app, and the AirPods set themselves up from it."),
  say(J, "How good is the test?"),
  say(C, "Better than I expected. It's a pure-tone test, the same idea as what I do in the booth, just without the booth and without me. Apple says it compared the results with proper audiograms, and on average they came out within a few decibels. ¦~ What it can't do is everything else I do. It doesn't look in your ear. It won't notice a perforated eardrum, or a sudden loss in one ear that needs a doctor this week, or a canal full of wax. ¶ So I'm not worried about my job. I'm worried that somebody whose problem isn't ordinary age-related loss will do the test, get a tidy audiogram, and never come in."),
  say(J, "From the engineering side, what impresses me is that it runs on hardware people already own. The {H2|h2} chip in those earbuds was already doing adaptive transparency and noise cancellation, so the pieces were there. ¦ They needed permission to call it a hearing aid, and that's a regulatory problem, not a signal processing problem."),
  say(C, "And the battery. Six hours, give or take. A proper hearing aid goes all day."),
  say(J, "Fair. But the price. For anyone who already has a pair, it's a software update."),
  say(C, "And that's what will change things. People with mild hearing loss wait something like ten years before they do anything about it. If the first step is a free update to something already in their pocket, that wait could get a lot shorter. ¶ There's also a hearing protection mode that turns loud sounds down at concerts, and Conversation Boost is still in there. ¦~ So even Opa Henning could use them."),
  say(J, "Opa Henning would need an iPhone. He has a {Nokia|nokia} with a cover shaped like a football. §Now, the companies that make proper hearing aids saw all of this coming, and this year their big word is the same as everybody else's."),

  seg('topic', J, "Neural networks in hearing aids: Phonak's Sphere Infinio and DEEPSONIC, Oticon Intent, Starkey Edge AI", ['Phonak', 'Sphere', 'DEEPSONIC', 'neural network', 'Oticon Intent'], { mid: true }),
  say(C, "Please don't say it."),
  say(J, "AI. Sorry. But this time there's real silicon behind it. {Phonak|fonak}, which belongs to {Sonova|sonova}, launched the {Audéo|audio} Sphere {Infinio|infinio} in August, and it has a second chip in it that does nothing but run a deep neural network. They call the chip {DEEPSONIC|deep sonic}. ¶ The network pulls speech out of the noise, in real time, inside something the size of a bean. When I was working on chips, the whole budget for everything was about one milliwatt, and every instruction had to justify itself. ¦~ Running a neural network in somebody's ear was a joke we told at parties."),
  say(C, "You went to very strange parties."),
  say(J, "Firmware parties. They end early. ¶ So the catch is power. It's a rechargeable, and the denoising costs so much that if it ran all day, you wouldn't make it to dinner. So it only switches on in loud places, when the hearing aid decides you need it. ¶ {Oticon|otakon} went somewhere else with the Intent. They put in what they call a {4D|4d} sensor, motion sensors plus the sound scene, so the hearing aid tries to work out what you're listening to from how you move your head. ¦ And {Starkey|starkey} has its own version, which they call Edge AI."),
  say(C, "I've fitted the Sphere on four people now. Two of them love it in restaurants. One said everything sounded a bit processed, and one didn't notice any difference at all, which I think is the honest spread."),
  say(J, "That's the thing with a neural network. In the lab you measure the signal-to-noise improvement in decibels. In a restaurant on a Friday night, you're measuring a person."),
  say(C, "I'm stealing that for my patients. Does the noise reduction in a normal hearing aid work differently, then?"),
  say(J, "Very differently. The classic way is to split the sound into frequency channels, guess which channels are mostly noise, and turn those down. It's cheap, and it helps comfort, but it barely helps you understand anyone, because speech and babble sit in the same channels. ¶ A network trained on thousands of hours of people talking in cafés can learn what a voice looks like and keep only that. ¦~ That's why it costs a chip of its own."),
  say(C, "And a charger."),
  say(J, "And a charger. Nobody is going back to the little batteries with the coloured stickers for this."),

  say(J, "It's yours. §Cilla, it's two years now since Americans could buy hearing aids without seeing anyone like you. Has anything actually changed?"),
  seg('topic', C, 'Over-the-counter hearing aids two years on: self-fitting, Sony, Jabra Enhance, Lexie and the NHS', ['over-the-counter', 'OTC'], { mid: true }),
  say(C, "Less than the headlines promised, more than my colleagues admit. The FDA's rule took effect in October {2022|2022}. Adults with perceived mild to moderate loss can buy over-the-counter hearing aids with no prescription and no exam. ¶ The shelves filled up fast. Jabra Enhance, Sony with the {CRE-E10|cre e10}, which looks exactly like an earbud, {Lexie|lexi} from {hearX|hear x}, {Eargo|ergo}, and a long tail of things online from companies nobody has heard of. ¦~ A lot of them are what the FDA calls self-fitting, meaning an app on your phone does the fitting instead of a person."),
  say(J, "Does the app do a good job?"),
  say(C, "Some apps are genuinely clever. They play you sounds, you adjust until speech is clear, and the better ones do a little hearing test first. The problem is that the people who find the app easy are the people who would have managed anyway. ¦~ The return rates are high. And a good share of the people I see from America now bought a pair at a pharmacy, couldn't get on with them, and then went to see somebody. Which, honestly, I don't mind. They come in knowing what they want."),
  say(J, "What about price? That was the whole promise."),
  say(C, "Prices did come down. Most of the pairs on the shelves sit somewhere between {two hundred|200} and a thousand dollars, against several thousand for a pair from a clinic, although a lot of that clinic price is the appointments, not the device. ¦~ And Costco has quietly been one of the biggest hearing aid sellers in America for years, with proper hearing tests, so the cheap end was never as empty as people said."),
  say(J, "And here in Europe?"),
  say(C, "Different world. There's no OTC category in Britain, and the NHS gives you hearing aids for free, so the whole argument is about waiting lists, not prices. ¶ The number I'd love somebody to publish is how many of those American buyers had never owned a hearing aid before. If OTC brought in people who'd have waited another ten years, that's a win, even if half the devices end up in a drawer."),
  say(J, "Next to Opa Henning's."),
  say(C, "Next to Opa Henning's."),

  seg('sponsor', J, 'Sponsor: Earlane', ['Earlane']),
  say(J, "Clinics are a good cue, actually, because this week's episode exists thanks to {Earlane|ear lane}. {Earlane|ear lane} is recall and reminders for independent hearing clinics. It sends your patients a message when their hearing aids are due a clean, a check or new domes, written the way you'd say it, and it books them straight into your diary. ¦~ It connects to Noah, so it already knows who was fitted with what and when. Cilla's clinic has used it for a year, and she tells me her Tuesday afternoons are full now. ¶ Try it free for a month at {⟨earlane.com/halfgain⟩|earlane.com slash half gain}. Thanks to {Earlane|ear lane} for supporting the show."),

  seg('topic', J, 'Auracast and Bluetooth LE Audio versus the hearing loop and the telecoil', ['Auracast', 'LE Audio', 'hearing loop', 'telecoil']),
  say(J, "So. The broadcast that wants to retire the hearing loop. Picture the ticket window at a train station in Britain, with the little blue sign with an ear and a letter {T|t} on it. ¦~ There's a wire in the floor or the counter, an induction loop, and if your hearing aid has a telecoil, you switch to it and hear the person behind the glass directly, with nothing in between. It's magnetic. It's from the {1930s|1930s}. And it's wonderful, when it's switched on."),
  say(C, "Which is about half the time."),
  say(J, "Generous. The replacement is called {Auracast|aura cast}. It's part of Bluetooth {LE|le} Audio, the new Bluetooth audio that came with the {LC3|lc3} codec. One transmitter, and any number of receivers can join the stream, like joining a {Wi-Fi|wi-fi} network. ¶ An airport gate, a cinema, a lecture hall, or the television in a pub, and everyone with compatible hearing aids or earbuds picks the stream they want. ¦~ The hearing aid makers are getting ready. {ReSound|resound} launched the {Nexia|nexia} this year as ready for it, and Cochlear's Nucleus {8|8} processor is ready too. On phones, it's arriving on some Samsung and Google models."),
  say(C, "And Apple?"),
  say(J, "Apple has its own protocol for hearing aids, Made for iPhone, and Android had one called {ASHA|asha}. {LE|le} Audio is meant to replace both with one standard. Apple hasn't said much yet. ¶ The worry, and the {Hearing Loss Association of America|hearing loss association of america} has said this very clearly, is that venues rip out the loops before the new thing works. A telecoil needs no pairing, no app, no battery in the venue's box, and it works with hearing aids from {2005|2005}."),
  say(C, "In my clinic, the first question I still ask about any new hearing aid is, does it have a telecoil? The small rechargeable ones often don't. ¦~ Whether people can hear the train announcements is a bigger question than whether a new chip can stream in stereo."),
  say(J, "Agreed. Both, for a long while. §Cilla, you had a list of complaints about the way hearing aids get fitted. This feels like the moment."),

  seg('topic', C, "Real-ear measurement and the manufacturers' first fit: Noah, NAL-NL2 and DSL v5", ['real-ear', 'real ear', 'first fit', 'NAL-NL2'], { mid: true }),
  say(C, "It's more of a plea than a list. When I fit a hearing aid, the manufacturer's software runs inside a program called Noah, from {HIMSA|him sa}, which every clinic in the world seems to have. ¦~ I put in the audiogram, and the software suggests a setting. That suggestion is called the first fit. ¶ The first fit is a guess. It's based on a prescription formula, {NAL-NL2|nal nl2} from the National Acoustic Laboratories in Australia for most adults, or {DSL|dsl} {v5|v5} from Canada, which a lot of us use for children, but then every manufacturer adjusts it for comfort, and comfort usually means less high frequency sound. ¦~ The consonants, in other words, which is exactly where speech lives."),
  say(J, "So the first fit is quieter than the prescription."),
  say(C, "Often quite a lot quieter. The only way to know is real-ear measurement. I put a thin soft tube in the ear canal, right next to the eardrum, with the hearing aid in, and play speech through a speaker. ¶ A box like an {Audioscan Verifit|audio scan verify fit} shows the sound at the eardrum against the target, and I adjust until they match. It takes fifteen minutes. ¦~ And surveys keep finding that most fittings, in most countries, skip it."),
  say(J, "Why?"),
  say(C, "Time, mostly. And a patient who says it sounds fine on day one. It always sounds fine on day one, in a quiet room. It doesn't sound fine at the grandchildren's birthday party. ¶ So, if you're listening and you wear hearing aids, ask whether they were verified with real-ear measurement. That's the whole plea."),
  say(J, "And none of the over-the-counter ones get that."),
  say(C, "None of them. Neither do the AirPods. That's the trade."),

  seg('topic', J, 'Live captions and caption glasses: Live Transcribe, Live Captions, XRAI Glass and TranscribeGlass', ['caption', 'Live Transcribe', 'transcription']),
  say(J, "Not everybody wants a louder world, though. Some people would rather read it. ¶ Google's Live Transcribe has been on Android since {2019|2019}, and it's simple. The phone listens, and the words scroll up the screen. It can also buzz you for sounds, a doorbell, a baby, a smoke alarm. Apple has Live Captions on the iPhone now as well. ¦~ The new thing is putting the captions on your glasses. {XRAI Glass|x ray glass} runs on the {XREAL|x real} glasses, and there's a smaller one called {TranscribeGlass|transcribe glass} that clips onto your own frames and puts the text in the corner of your eye."),
  say(C, "I have patients who take Live Transcribe to the doctor. They put the phone on the desk and the doctor has to talk to it."),
  say(J, "And the doctor speaks more clearly, I bet. ¶ The glasses solve one real problem. With a phone, you look down and lose the face, and a lot of people with hearing loss lip-read much more than they realise. ¦~ With text on the glasses, you keep looking at the person. The problems are still the speech recognition. Two people talking over each other, an accent it wasn't trained on, a noisy room, exactly the places where you need it most. ¦ And there's a delay. Half a second is fine for a lecture, but in a conversation you laugh a beat after everyone else."),
  say(C, "Which people with hearing loss already know a lot about."),
  say(J, "They do. My view is, it's going to be one of the tools, not the answer."),

  seg('extra', C, "Extra: the WHO's free hearWHO app and its digits-in-noise test", ['hearWHO', 'digits-in-noise', 'digits in noise']),
  say(C, "On to the bits and pieces, then. Mine's free and it fits in your pocket. It's the World Health Organization's hearing check, an app called {hearWHO|hear who}. ¶ It doesn't play tones. It plays three spoken digits over noise, and you type what you heard. That's called a digits-in-noise test, and it's good at the thing that actually bothers people, which is speech in noise, not beeps in silence. ¦~ It was built with {hearX|hear x}, the company behind {Lexie|lexi}, it's free, and it takes three minutes. If you're worried about a parent and you can't get them anywhere near a booth, start there."),
  say(J, "Three minutes is about Opa Henning's attention span for medical things. §My bit is the one I promised. It's a hearing aid from December {1952|1952}, the Sonotone {1010|1010}, and it was the first thing you could buy with a transistor in it. ¶ Not a radio, a hearing aid. It still had two tiny vacuum tubes as well, a hybrid, but a year later the hearing aids were all transistor. ¦~ And the nice part of the story is that Bell Labs, which owned the transistor patents, let hearing aid makers use them without paying, because Alexander Graham Bell had worked with deaf people all his life."),

  seg('extra', J, 'Extra: the Sonotone 1010, the first transistor hearing aid, and Bell Labs waiving royalties', ['Sonotone', 'transistor'], { mid: true }),
  say(C, "I didn't know that."),
  say(J, "Hearing aids were the first consumer product with transistors. Before the pocket radio. They were the reason anybody needed to make them small."),
  say(C, "Well, that's one for the waiting room wall."),

  seg('outro', C, 'Goodbye', []),
  say(C, "And that's all from us this week. Before we go, {Joaquín|wakeen}, I believe there's news from Hamburg."),
  say(J, "There is. My sister gave Opa Henning her old AirPods, and he wore them through the whole of Sunday lunch. He said the gravy was very loud, and that they don't whistle."),
  say(C, "Tell him we're proud of him. Links to everything we talked about are at {⟨halfgain.fm/74⟩|half gain.fm/74}, and if you've got a question for the clinic, send it in. Thank you, {Joaquín|wakeen}."),
  say(J, "Thank you, Cilla. Bye, everyone."),
];

export const SPEAKERS = [
  { name: C, aliases: ['Cilla', 'Priscilla', 'Amankwah', 'a mankwa'] },
  { name: J, aliases: ['Joaquín', 'Joaquin', 'Sauer', 'wakeen', 'sour'] },
];
