// Source of Dawn Chorus #36 (SYNTHETIC held-out episode, heldout26): a two-host CONVERSATIONAL co-host show with NO
// rundown: two friends who identify birds by SOUND with phones, microphones and small computers (Merlin's Sound ID,
// BirdNET on a Raspberry Pi, recording migration at night, AudioMoth recorders, reading spectrograms, xeno-canto, and
// the ethics of playback and of publishing where rare birds are). Hosts (invented): Delphine Aucoin, a piano tuner in
// King's Lynn who grew up in Quebec, who opens and closes the show and never says her own name; Carwyn Hesketh, a
// physics teacher in Aberystwyth whose shed carries a microphone and a Raspberry Pi. Invented too: the show, the squeaky
// garden gate of Carwyn's neighbour Mr Gwilt that his box logs as a water rail (the running joke: set up in the intro,
// fed in segments 3 and 6, paid off in the outro), the car park, the bus shelter, the students, the cousin in Trois-
// Rivières, the churchyard, the flowerpot microphone and every anecdote. No sponsor. Recorded Saturday 22 November 2025;
// the tools are real, described from memory.
// Rendered by build.mjs into labeled.txt (the show's own transcript, speaker-labelled lines in the seed's style) and
// captions.vtt (WebVTT captions with voice spans from a captioning service).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in labeled.txt (the show's transcript, checked by the hosts), B in captions.vtt (the captioning service:
//              a misheard name, accents dropped).
// opts:
//   lab: null  labeled.txt: no label on this paragraph (a continuation of the same speaker, the seed's habit);
//   lab: X     labeled.txt: this label instead of the default (a typo, listed as an alias);
//   bc         a back-channel: its own labelled line in labeled.txt, but the captioner ran it into the other host's
//              caption, so in captions.vtt the cue holding it has both voices (`ambiguous`) and no voice tag.
// Conventions (heldout25's): presenter = the host who CARRIES the topic (the story, the opinion or the knowledge), also
// when the other raised it; a line that raises a topic belongs to the NEW segment; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';
export const D = 'Delphine Aucoin';
export const C = 'Carwyn Hesketh';
export const SOURCE = [
  seg('intro', D, 'Welcome to Dawn Chorus 36', []),
  say(D, "Hello, hello, this is Dawn Chorus, episode thirty-six, a show about hearing a bird before you see it, and then spend an evening arguing with a computer about what it was. It's Saturday, it's grey, and I've got a pot of tea as big as a bucket."),
  say(C, "And I'm Carwyn Hesketh, teaching physics in Aberystwyth on weekdays and listening to hedges on weekends. The voice that started us off belongs to Delphine Aucoin, who tunes pianos in King's Lynn and can tell you which string is flat from across a church."),
  say(D, "Only when the wind's right. How's the water rail?"),
  say(C, "Still there. For new listeners: the shed box has been logging a water rail at ten past eight every weekday morning since September. Water rails live in reed beds. My garden has a lawn and a trampoline."),
  say(D, "And a neighbour."),
  say(C, "And a neighbour. The box is convinced, I'm doubtful, and the bird books are on my side. My neighbour, Mr Gwilt, leaves for work through a gate that squeals. We'll get to it. I'd rather start with your car park, because your message on Thursday was entirely in capital letters."),
  seg('topic', D, 'Merlin\'s Sound ID finds a nightingale in a supermarket car park, and why the app listens by location and date', ['Merlin', 'Sound ID']),
  say(C, "So did the phone really tell you there was a nightingale outside a supermarket?"),
  say(D, "It really did, in November, which is roughly five months after the last nightingale left for Africa. I had {Merlin|Merlin} open, the Cornell Lab's app, with Sound ID running, because a robin was singing on the trolley shelter because I hoped to show my nephew how it works. The robin came up, fine. Then a trolley wheel squeaked, three long notes, and the app lit up: common nightingale."),
  say(C, "A trolley nightingale."),
  say(D, "A very convincing one. What the app does well is listen continuously and show the candidates while they sing, highlighted as each voice comes and goes, so you can match a name to a sound while the bird is still going. The older apps made you record a clip, upload it and wait."),
  say(C, "My Year Nines use it on the field trip. They compete for the longest list, which means holding a phone up to every noise in the valley, the minibus included."),
  say(D, "Then the minibus is a nightingale too, trust me."),
  say(D, "What fascinates me is why it didn't fool me and did fool the phone. Sound ID turns the audio into a spectrogram, a picture of pitch against time, and a neural network looks at slices of that picture. It also uses where you are and the date to decide which species are plausible. ¦ A nightingale in Norfolk in November should have been very unlikely, so I went digging, and the answer is that my location permission had quietly been switched off after an update. Without a location, it guesses from the whole world's list."),
  say(C, "So the lesson is to check the settings."),
  say(D, "The lesson is that the app is a very good pair of ears attached to no common sense whatsoever. It's brilliant for beginners, it works offline once you've downloaded the bird pack for your region, and costs nothing. But it only offers suggestions, and I wish it said that louder. For birds that won't sing, the app's second mode, where you answer questions about size and colour or show it a photo, is honestly better than most field guides."),
  say(C, "Do you still use it yourself?"),
  say(D, "Every day, mostly to record. The recording it saves is decent, and I can go back and listen at home with the tea. §Carwyn, you still haven't told me how many species your shed claims for the year, and I suspect the number is embarrassing."),
  seg('topic', C, 'BirdNET-Pi on a garden shed: a Raspberry Pi listening day and night, confidence thresholds, and BirdNET-Go', ['BirdNET-Pi', 'BirdNET', 'Raspberry Pi'], { mid: true }),
  say(C, "One hundred and four, of which a dozen or so are fiction. The setup is {BirdNET-Pi|Bird Net Pie}: a {Raspberry Pi|Raspberry Pie} 4 in a sandwich box, a USB microphone poking out under the eaves, and software that listens around the clock and writes every detection to a little database with a web page on top. ¦ The model underneath is BirdNET, a joint project of the Cornell Lab and the Chemnitz University of Technology in Germany, and it knows thousands of species from recordings people have shared."),
  say(D, "And the fiction?"),
  say(C, "It comes from the confidence threshold. Every detection has a score between nought and one, and the default cut-off is fairly generous. Set it low and you get water rails at breakfast. Set it high and you miss the quiet goldcrest in the conifer, which is the bird I most want to catch, because I never see it. ¦ I've settled at zero point eight, plus a rule that a species has to turn up more than once before I believe it."),
  say(D, "Doesn't it know that water rails don't live on lawns?"),
  say(C, "It knows roughly what lives where. There's a filter based on where you are and the week of the year, built from eBird's checklists, that hides species you're unlikely to hear. Water rails do winter in Wales, so the filter lets them through. A nightingale in November wouldn't have got past it."),
  say(D, "Unlike on my phone."),
  say(C, "Unlike on your phone."),
  say(D, "How much did the whole box cost you?"),
  say(C, "About a hundred pounds with the Pi, the card and a decent microphone, and the microphone matters most. My first one hissed so badly that it logged rain as a grasshopper warbler. ¦ The Pi also ran hot in the sandwich box in July, so I drilled holes in the lid, and a wasp moved in."),
  say(D, "What happened to the project? Someone told me it had stopped."),
  say(C, "The original repository went quiet, yes, and there's a community fork that keeps it working on newer versions of the Pi's operating system. There's also {BirdNET-Go|Bird Net Go}, a rewrite in Go by a Finnish developer that runs the same model more efficiently and is what I'd install today. ¦ Both can share detections with BirdWeather, a public map of listening stations, which is lovely until you realise your water rail is on it."),
  say(D, "Your water rail is public?"),
  say(C, "For three weeks it was the only water rail in mid Wales. Somebody emailed to ask for directions."),
  say(D, "Oh dear, no."),
  say(C, "I took it off the map that evening."),
  say(D, "And the emailer?"),
  say(C, "Got a polite reply explaining about the gate, and sent back a photograph of a real water rail from a reed bed near Tregaron, which was generous of him. It's pinned above my desk at school, and my Year Nines think it's my pet."),
  say(C, "I never corrected them.", { lab: null }),
  seg('topic', C, 'Nocmig: recording migrating birds overhead at night with a flowerpot microphone, and logging counts on Trektellen', ['nocmig', 'nocturnal migration']),
  say(C, "Nothing it logged compares with what the same box heard in October, though, once I pointed it at the sky. {Nocmig|Knock mig} is short for nocturnal migration, and it's the bit of this hobby that still gives me goose pimples. Lots of songbirds migrate at night and call to keep in touch as they go over. You leave a microphone out from dusk to dawn, and at breakfast you find hundreds of calls in the recording. ¦ On one night in mid-October I had more than four hundred redwings, thin high seeps, a call every couple of seconds, for hours, and a single ring ouzel."),
  say(D, "What kind of microphone catches something that high?"),
  say(C, "A cheap capsule, the {Primo EM272|Primo E M 272} everybody uses, glued into the bottom of a plastic flowerpot that I lined with foam. The pot works as a small parabola. My students call it the bucket. ¦ The hard part isn't recording, it's listening, because ten hours of audio with three minutes of birds in it is a bad evening unless you know how to skim."),
  say(D, "How do you skim ten hours without going mad?"),
  say(C, "With the picture, zoomed right out, looking for marks, and more and more with the model. BirdNET is weaker on flight calls, because most of what it learned from is song, so I let it flag candidates and then check every one by eye. ¦ On a busy night that's still two hours with headphones on, and my partner has started calling October my deaf month."),
  say(D, "And the counts go somewhere?"),

  say(C, "{Trektellen|Trek Tellen}, the Dutch site where people log migration counts, has a section for night recordings. When lots of people in a region post, you can watch a wave of thrushes cross the country in one night."),
  say(D, "Which nights are best?"),
  say(C, "Overcast ones, with low cloud and a light wind from the east, ideally after a spell of bad weather has held the birds back for a few days. The birds fly lower under cloud and call more, and the easterlies bring them over from Scandinavia. A clear, still night is usually quiet, because they go high and save their breath."),
  seg('topic', D, 'AudioMoth: a small open-source recorder left out for weeks, for birds and bats', ['AudioMoth', 'Open Acoustic Devices']),
  say(C, "Ten hours a night gets worse when you leave the thing out for a month, mind."),
  say(D, "That's exactly my problem since the spring. I bought two {AudioMoths|Audio Moths}, the little green boards from Open Acoustic Devices, the university people who designed them to be cheap enough that a field project can afford a hundred. ¦ Each one is a circuit board no bigger than a credit card, three AA batteries, a microSD card and a microphone, in a plastic bag or a proper case. You set a schedule on a laptop, for example five minutes in every fifteen from an hour before sunrise, and walk away."),
  say(C, "What did the one in Quebec hear?"),
  say(D, "Mostly American robins, which sound nothing like ours, and a barred owl well after midnight that my cousin swears was the neighbour's dog. ¦ Going through a fortnight of files from another continent was humbling. I could name maybe a third of them without help."),
  say(C, "Where did you put them?"),
  say(D, "One in the churchyard behind my house, with the vicar's blessing, and one in my cousin's garden in {Trois-Rivières|Trois Rivieres} for a fortnight this summer, which is a long story involving an airport. The nice surprise was something I never meant to record."),
  say(C, "Bats.", { bc: true }),
  say(D, "Bats, yes. They record at very high sample rates, up to three hundred and eighty-four kilohertz, so they pick up bat calls far above what we hear. The churchyard turned out to have pipistrelles going round the yew all evening."),
  say(C, "How long do the batteries last?"),
  say(D, "Weeks, if you're modest about the schedule, and the churchyard one ran for five before the card filled up with rooks arguing. The firmware is open, the hardware design is open, and they're sold in batches through group buys, so you order in spring and they turn up in summer."),
  say(C, "And what do they cost?"),
  say(D, "Somewhere around seventy or eighty pounds each with a case, which is less than a decent binocular strap costs some people I could name."),
  say(C, "Waiting half a year for a bag of circuit boards would finish me off."),

  seg('topic', D, 'Reading spectrograms by eye with Raven Lite and Sonic Visualiser', ['spectrogram', 'Raven Lite', 'Sonic Visualiser']),
  say(C, "And once you've got a month of recordings, somebody has to read them, and I'm terrible at that."),
  say(D, "You're not terrible, you're impatient. A spectrogram is just sheet music drawn by the sound itself: time from left to right, pitch from bottom to top, loudness as darkness. Once you've seen a few, a wren is a dense scribble, a chiffchaff is two notes stepping up and down, and a tawny owl is a wobbly bar low down. ¦ I use {Raven Lite|Raven Light}, the free version of the Cornell tool, for birds, and {Sonic Visualiser|Sonic Visualizer} from Queen Mary in London when I want to stare at one call for an hour."),
  say(C, "Is that the tuner in you?"),
  say(D, "Quite possibly. When I tune a piano I'm listening for beats between two strings, and in a spectrogram you can literally see them as stripes. ¦ My advice to you is to scroll through a night's recording at speed with the picture on screen, because the eye catches a call long before the ear would. Then listen only to the marks."),
  say(C, "Do your piano customers know about all this?"),
  say(D, "One of them does, a retired organist in Downham Market. He now sends me recordings from his garden with every booking, and I'm fairly sure he books the tuning as an excuse."),
  say(C, "Can the picture lie to you?", { lab: 'HESKET' }),
  say(D, "At every turn. The settings change what you see: a long analysis window gives sharp pitch and blurry timing, a short one the reverse. A fast trill can look like a smear or like a ladder depending on that one number. ¦ So whenever you share a picture, write the settings underneath, or the person checking it is arguing with a different drawing."),
  say(C, "I'll give it a go. I did look at the gate, you know."),
  say(D, "Verdict?"),
  say(C, "Three rising squeals, almost a match for a water rail's call. I printed it out and showed Mr Gwilt, who thinks I've gone peculiar."),
  seg('topic', C, 'xeno-canto: sharing recordings under Creative Commons, and how the shared recordings train the identification models', ['xeno-canto', 'Creative Commons']),
  say(D, "Did you ever upload anything you've recorded?"),
  say(C, "My ring ouzel went up last month. {Xeno-canto|Zeno Canto} is a website where anyone can share recordings of wild birds, started in two thousand and five by a few Dutch enthusiasts and now run with the natural history museum in Leiden, Naturalis. ¦ There are well over a million recordings from every country, and it has since added grasshoppers, frogs and bats. Every recording carries a Creative Commons licence, which the recordist chooses, and that's why it matters beyond the hobby. Naturalis took it under its wing some years back, the only bird pun I'm allowed today."),
  say(D, "Because the models learn from it."),
  say(C, "Exactly so. BirdNET and the other identifiers were trained largely on recordings from xeno-canto and the Macaulay Library at Cornell. So when your app gets a rare warbler right, it's often because some stranger in Kazakhstan stood in a marsh before sunrise and then shared the file. ¦ I find that rather moving. It also means the blind spots are ours: species few people record are species the models barely know."),
  say(D, "Mm, true.", { bc: true }),
  say(C, "The community checks identifications, too. My ouzel was questioned within a day by someone in Belgium, politely, and I had to add a spectrogram to prove it wasn't a blackbird with a cold."),
  say(D, "Do you worry about companies using your recordings?"),
  say(C, "I picked a licence that rules out commercial use, as most people there do, which is exactly why a company can't simply scrape the whole collection into a product. A researcher has to check the licence file by file."),
  say(D, "And what makes a recording good enough to share?"),
  say(C, "Getting as close as you can without disturbing anything, writing down the date, the place and what the bird was doing, and not trimming the file too tightly. Leave a few seconds either side, because the people checking it want to hear the background too."),
  say(D, "The licence part reminds me of what went wrong on my walk last Sunday, though."),
  say(C, "Tell me."),
  say(D, "There was a man at the edge of the reserve playing a bearded tit recording from a speaker to bring them up out of the reeds."),
  say(C, "Oh, goodness. §That's a fight, and you were the one who started it, weren't you?"),
  seg('topic', D, 'Playback, disturbance and rare birds: the law on protected species, and why eBird hides sensitive sightings', ['playback', 'eBird', 'sensitive species'], { mid: true }),
  say(D, "I was polite, largely. Playback means playing a bird's song or call to make it come closer, because it thinks a rival has turned up. Doing it now and then to see a bird is one thing. Over and over, in the breeding season, it wears birds out defending against a rival that doesn't exist. ¦ For some species in Britain it's simply illegal to disturb them at the nest without a licence, under the Wildlife and Countryside Act, and bird apps with loud speakers made the problem much bigger."),
  say(C, "What did the man say when you asked?"),

  say(D, "That he'd only played it twice. His speaker disagreed, it was on repeat. In the end the warden had a word with him, and I went and sat in the hide feeling like a headmistress."),
  say(C, "Don't the apps play songs too, though?"),
  say(D, "They do, so that you can learn them, and I've no quarrel with listening through headphones at the kitchen table. It's a speaker pointed at a reed bed in May that bothers me."),
  say(C, "Which circles back to your shed map, doesn't it?"),
  say(D, "Your shed map, yes. {eBird|E Bird}, the Cornell Lab's big database of checklists, has a list of sensitive species, mostly birds that are trapped or disturbed, and for those it hides the exact location from the public and shows only a rough area. ¦ Anything that publishes detections automatically, like a listening station, should think the same way. A shed in a garden is harmless. A microphone beside a nest of something rare is a treasure map."),
  say(C, "Delphine, that might be the most sensible thing anyone's said on this show. Do the station maps blur anything?"),
  say(D, "I believe BirdWeather hides some species as well, but I'd check the settings myself before trusting that, and I'd rather the default were cautious. If your box is near a reserve, switch the sharing off and keep the data at home."),
  say(C, "So the water rail saved itself by not existing."),
  say(D, "The safest bird in Wales. §We're almost out of tape, so the last question: does the gate still squeal?"),
  seg('outro', D, 'Goodbye', [], { mid: true }),
  say(C, "Mr Gwilt oiled it on Wednesday. The water rail vanished from my list the same morning, and I'm quietly heartbroken. I'd grown fond of the only rail that kept office hours."),
  say(D, "You'll find another. Tell him a rare bird depends on his hinges and he might let it rust again. That's Dawn Chorus for this week. If you've recorded something you can't name, mail it over, and we'll argue about it in episode thirty-seven. Take care out there."),
  say(C, "Cheerio, all."),
];
export const SPEAKERS = [
  { name: D, aliases: ['Delphine', 'Aucoin', 'AUCOIN', 'Delphine AUCOIN'] },
  { name: C, aliases: ['Carwyn', 'Hesketh', 'HESKETH', 'Carwyn HESKETH', 'HESKET'] },
];
