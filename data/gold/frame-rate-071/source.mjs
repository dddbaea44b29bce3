// Source of Frame Rate #71 (SYNTHETIC held-out episode, heldout20): a two-host weekly VIDEO STREAMING and CODECS news show
// in the style of the seed. Hosts (invented): Saoirse Brannigan, who looks after encoding at a sports streaming service,
// in Dublin, who opens and closes the show; Emil Fairbairn, who builds the video player of a public broadcaster's app, in
// Gothenburg, back from a trade show in Amsterdam with a cold. The sponsor "Tallbird" (an encoding API) is invented, as
// are the hosts' jobs, the lanyards, the television that decoded AV1 in software, the deny list, the kettle and every
// anecdote. Recorded Tuesday 16 September 2025; the news is real but told from memory.
// Rendered by build.mjs into web.txt (a seed-like page, FIRST NAMES in capitals on the first two paragraphs only) and
// captions.vtt (edited WebVTT captions where only SOME cues carry a `<v Name>…</v>` voice tag).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   ⟨...⟩      a spoken URL: written out in captions.vtt, dropped from web.txt (with a following comma or period);
//   ¦~         web.txt only: the page's transcription service starts a new paragraph at this sentence end and the
//              continuation loses its first word (the seed page's habit); `¦` the same, keeping the word.
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   vt: 0      captions.vtt: this paragraph opens a TURN but its first cue has NO voice tag (the caption editor skipped it);
//   vt: 1      captions.vtt: this paragraph CONTINUES the speaker before it, but its first cue carries a voice tag anyway.
//   By default the first cue of every turn, and only it, carries the speaker's voice tag.
//   ‡          captions.vtt only: the caption editor started a new cue at this word and tagged the voice AGAIN, inside a
//              turn (after a long pause); web.txt ignores the mark.
// Conventions: presenter = the host who brings the item, and a hand-over line belongs to the NEW segment, also when
// the other host speaks it; the sponsor's presenter is its reader; extras are one segment per host, kind `extra`,
// presented by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const S = 'Saoirse Brannigan';
export const E = 'Emil Fairbairn';

export const SOURCE = [
  seg('intro', S, 'Welcome to Frame Rate 71', []),
  say(S, "This is Frame Rate, episode 71, a weekly half hour about how moving pictures get squeezed, shipped and unsqueezed again at the other end. I'm Saoirse Brannigan, I look after encoding at a sports streaming service, and I'm recording from Dublin on Tuesday the sixteenth of September."),
  say(E, "And I'm Emil Fairbairn, in Gothenburg, where I build the video player for a public broadcaster's app, which means that every bug report I receive begins with the words my television."),
  say(S, "You sound terrible. Worth the cold, at least?", { vt: 0 }),
  say(E, "Three lanyards, one tote bag and a head cold. A trade show in Amsterdam in September is five days of people explaining codecs to each other in very large sheds, and then everyone flies home and sneezes on their families. ¦~ But yes, it was worth it. I had more hallway conversations about AV1 decoders than I've had in the rest of the year."),
  say(S, "What was everyone talking about, apart from AV1?", { vt: 0 }),
  say(E, "Artificial intelligence on every stand, obviously, and a surprising amount of talk about captions, which is a nice coincidence given what's first on today's list."),
  say(S, "Then you're in the right shed. This week we have a big FFmpeg release, the codec after the current one finally getting a date, a streaming company showing off its grain, a short pause for the bills, then latency, getting live video in without RTMP, a whole country choosing a codec, and the old question of what a television can really decode. ¦~ After all that, a couple of extras each, and I'm told one of yours involves salmon."),

  seg('topic', E, 'FFmpeg 8.0 "Huffman": a Whisper filter, Vulkan compute codecs and APV', ['FFmpeg 8.0', 'FFmpeg', 'Whisper']),
  say(E, "It does, but they come at the end. Let me start with the big release, since I read its whole changelog on the train to the airport. FFmpeg 8.0 came out at the end of August, codename Huffman, and it's one of the larger releases in a while. ¦~ The headline everybody quoted is a Whisper filter. If you build FFmpeg against whisper.cpp, you can run speech recognition as an audio filter, right inside the pipeline, and write what it hears out as subtitles or as JSON.", { vt: 0 }),
  say(S, "So the program that cuts the video now writes the captions for it too.", { cut: 1 }),
  say(E, "More or less, with the usual warnings about accents, crosstalk and drummers. You give it a model file, it listens in chunks, and it can write the text out as it goes, so it works on a live feed as well as on a finished file. ¦~ The part I find more interesting as an engineer is Vulkan. ¦~ ‡There are now codecs written as Vulkan compute shaders. Not the fixed-function decoder blocks we usually mean when we say hardware decoding, but general compute on the graphics card. FFV1, the lossless archive codec, can be encoded and decoded that way, and ProRes RAW can be decoded. ¦~ For film archives and for anyone cutting camera footage on an ordinary gaming card, that's a real speed-up."),
  say(S, "Why Vulkan, though, and not CUDA? Half the encoding world already runs on NVIDIA cards."),
  say(E, "Because Vulkan runs on all three vendors' cards, on Linux, Windows and Android alike, and CUDA runs on one vendor's. The developers would rather write a shader once than maintain a separate decoder for every company that makes a graphics chip.", { vt: 0 }),
  say(S, "FFV1 is the one the archives are fond of, isn't it?", { vt: 0, cut: 1 }),
  say(E, "Archives and national libraries, yes, because it's lossless, open and boring in the best possible way. There's also support for APV, the new professional intermediate codec that Samsung started, which is aimed at the same job as ProRes, and another round of work on the VVC decoder. ¦~ And one warning for anyone who packages it: a major version means a pile of deprecated APIs finally got removed, so if you maintain something that links against libavcodec, read the migration notes before you bump it."),
  say(S, "Every major version of FFmpeg breaks exactly one of my scripts, and it's never the one I'd have guessed. §The codec that's supposed to follow AV1 finally has a date, and that's the first thing on my list."),

  seg('topic', S, 'AV2 gets a date: the Alliance for Open Media plans a release by the end of 2025', ['AV2', 'Alliance for Open Media'], { mid: true }),
  say(S, "The Alliance for Open Media says AV2 will be released by the end of this year. It has been cooking for a long time, the research codebase is called AVM, and the promise is a healthy saving over AV1 at the same quality. ¦~ They also published a survey of their members, and most of them say they plan to support it, which is what members of an alliance tend to say in a survey."),
  say(E, "What does released even mean for a codec? Nobody will be able to play it next year.", { vt: 0 }),
  say(S, "Released means the bitstream is frozen, so people can start building decoders, and eventually chips. That second part is what takes years. AV1 was finished in 2018, and phones only started shipping hardware decoders for it around 2023. ¦~ So if the spec lands in December, I'd expect software decoders quickly, browsers experimenting behind a flag within a year or two, and silicon somewhere near the end of the decade. ¦~ In the meantime, the thing to actually plan for is AV1 everywhere you can get it."),
  say(E, "Is it royalty-free, like AV1 was meant to be?"),
  say(S, "That's the intention: the same licence model as AV1, free for anyone who implements it. Whether that survives contact with patent holders outside the alliance is another matter. ¦~ There's a pool run by Sisvel that claims to cover AV1 anyway, and I'd be amazed if the same lawyers weren't already reading the AV2 drafts.", { vt: 0 }),
  say(E, "And everybody's still arguing about whether AV1 was worth it in the first place.", { cut: 1 }),

  seg('topic', S, 'Netflix turns on AV1 film grain synthesis: smaller streams for grainy films', ['film grain synthesis', 'Netflix', 'AV1']),
  say(E, "Has anyone actually shown what it buys them at scale, outside a lab? That's the question my managers keep asking, and I never have a good answer."),
  say(S, "Netflix did, in the summer, and the clever part is grain. Film grain is the worst thing you can hand an encoder. It's random by design, so the encoder either spends a fortune reproducing every speck or smooths it into plastic. ¦~ AV1 has a tool for exactly this, called film grain synthesis. You take the grain out before encoding, you measure it, and you send a handful of parameters that describe it. Then the decoder paints fresh grain over the clean picture.", { vt: 0 }),
  say(E, "So the grain on my screen isn't the grain that was shot.", { cut: 1 }),
  say(S, "It isn't, and some cinematographers hate that on principle. But statistically it's the same grain, and at a normal viewing distance you can't tell. Netflix has switched it on for a lot of its AV1 streams, and the numbers they published were big: clearly lower bitrates for grainy titles, and fewer rebuffers, because a smaller stream survives a bad connection. ¦~ The catch is the decoder. For years some hardware decoders quietly ignored the grain parameters, so viewers got the clean plastic picture anyway, and nobody noticed except the people who shot it."),
  say(E, "How do they even check that the grain looks right? You can't exactly run VMAF on noise."),
  say(S, "That's the fun part. Metrics like VMAF tend to punish grain, because to a metric grain looks like error, so you can't let a score decide whether the synthetic grain is good enough. ¦~ They leaned on viewing tests with real people, and on the filmmakers' own eyes for the titles where grain is part of the look.", { vt: 0 }),
  say(E, "That's my entire job. The specification says one thing and the box in the living room does another."),
  say(S, "Keep that in your back pocket, because it comes back later."),
  say(E, "It's in the pocket."),

  seg('sponsor', E, 'Sponsor: Tallbird, an encoding API with per-title bitrate ladders', ['Tallbird']),
  say(E, "Before the protocol items, though, a quick pause for the people who keep the lights on this month. This week's episode comes to you with help from Tallbird. Tallbird is an encoding API for teams that don't want to run their own transcoding farm. ¦~ You upload a file or point it at a bucket, it analyses each title and builds a bitrate ladder for that title alone, so a cartoon doesn't get the same rungs as a football match. It packages HLS and DASH from one set of CMAF segments, it does AV1 next to H.264 and HEVC, and you pay per minute of output, with no capacity to reserve. ¦ Listeners get their first thousand minutes free at ⟨tallbird.video/framerate⟩. Tallbird, thank you for backing Frame Rate."),

  seg('topic', S, 'Latency: Low-Latency HLS today, and Cloudflare previews a Media over QUIC relay network', ['Media over QUIC', 'MoQ', 'Low-Latency HLS', 'latency']),
  say(S, "Right, latency, as threatened at the beginning. Last month Cloudflare opened a Media over QUIC relay network as a preview, and it's a good excuse to talk about where live latency actually comes from.", { vt: 0 }),
  say(E, "Start with the old way, for the people who still think HLS means half a minute behind."),
  say(S, "The old way is segments. The encoder cuts six-second chunks, the player waits until it has a few of them buffered, and by the time you see the goal, the neighbours have already shouted through the wall. ¦~ Then Low-Latency HLS fixed a lot of that. The encoder publishes partial segments, small parts of a few hundred milliseconds, the playlist announces the next part before it exists with a preload hint, and when the player asks for the playlist, the server holds the request until there's something new to say. That gets you to two or three seconds over an ordinary CDN. LL-DASH does something similar with CMAF chunks and chunked transfer encoding."),
  say(E, "And that's what you run for the football?", { vt: 0 }),
  say(S, "For most devices, yes, at about three seconds, and it's fine until someone on a betting app is a second ahead of you. ¦~ ‡Media over QUIC is the attempt to go below that without going all the way to WebRTC. It's an IETF working group, still drafts, and the idea is publish and subscribe over QUIC: relays forward tracks of media as they arrive, and when a viewer falls behind they can drop the stale data instead of queuing it. ¦~ Cloudflare's relay is free while it's in preview, the browser side runs on WebTransport, and it's honestly early. But it's the first time I've seen a real network of relays that anybody can point an encoder at."),
  say(E, "And what does all that cost, compared with plain segments?"),
  say(S, "More than you'd like. A segment is cacheable, so one copy at the edge serves a whole stadium of viewers. Hold requests open and cut tiny parts, and the CDN does more work per viewer. ¦~ With Media over QUIC you're paying for relays that keep some state for every subscriber. Three seconds is cheap. One second is a different budget conversation.", { vt: 0 }),
  say(E, "And the players? Who's actually playing it?", { cut: 1 }),
  say(S, "Demos, mostly, and a couple of open-source libraries. I wouldn't put a cup final on it yet. I'd happily put the office camera on it tomorrow.", { vt: 0 }),
  say(E, "That's the watching side more or less sorted, then. §The sending side had a quieter win this year, and it's mine: WHIP is finally an RFC."),

  seg('topic', E, 'WHIP becomes RFC 9725: WebRTC ingest with one HTTP request, in OBS since version 30', ['WHIP', 'RFC 9725', 'WebRTC'], { mid: true }),
  say(E, "WHIP stands for the WebRTC-HTTP Ingestion Protocol, and in March it was published as RFC 9725. For a very long time, the way you got a live stream into a platform was RTMP, a protocol from the Flash era that has no idea what HEVC or AV1 are unless you extend it. ¦~ WHIP does one small thing. It standardises how an encoder starts a WebRTC session with an ingest server: one HTTP POST carries the offer, and the answer comes back in the response. After that it's ordinary WebRTC, so you get sub-second delivery and congestion control without writing any of it."),
  say(S, "And OBS already speaks it, doesn't it?", { vt: 0 }),
  say(E, "Since version 30, yes. There's a WHIP option in the stream settings, and quite a few services accept it now. ¦~ The matching protocol for playback is called WHEP, and that one's still a draft. I'll admit the pair sound like a sneeze and a cough. But it means a browser tab, OBS and a hardware encoder can all talk to the same ingest endpoint, and nobody has to invent a signalling server ever again."),
  say(S, "So for my office camera, I could run OBS, push it over WHIP to a relay, and watch it in a browser tab."),
  say(E, "You could, and you'd be under a second behind reality instead of half a minute. For a camera pointed at the office plants, that's plenty.", { vt: 0 }),
  say(S, "What about codecs? Can I push AV1 through it?"),
  say(E, "In principle, whatever the two ends agree on in the offer and the answer. In practice, most ingest servers want H.264 video and Opus audio today, and the newer codecs are arriving slowly, one service at a time."),
  say(S, "Do we still need RTMP, then?", { cut: 1 }),
  say(E, "For another ten years, probably. Everything speaks it, and there's an enhanced version now that carries the newer codecs. But if I were starting something new tomorrow, I'd start with WHIP.", { vt: 0 }),

  seg('topic', S, "Brazil's TV 3.0 picks VVC with LCEVC: broadcast may become the first big market for H.266", ['VVC', 'TV 3.0', 'LCEVC', 'Brazil']),
  say(S, "Here's something that almost never happens: a whole country chose a codec, and it wasn't the obvious one."),
  say(E, "Go on, which one?", { vt: 0 }),
  say(S, "Brazil is designing the next generation of its broadcast television, which they call TV 3.0, where the signal from the mast and the internet are supposed to feel like one service, with apps instead of channels. ¦~ For video they picked VVC, the successor to HEVC, also known as H.266, with LCEVC on top, which is an enhancement layer: you send a lower-resolution base picture plus a thin stream of extra detail. ¦~ And this year the government gave it the formal go-ahead, so anyone selling televisions into Brazil will need a VVC decoder in the chip."),
  say(E, "VVC is the one nobody uses."),
  say(S, "It's the one the licensing scared away from streaming, which is why streaming went with AV1. Broadcast is a different world, though. Broadcasters already pay patent pools, they want a standard from the same family as everything else they run, and they can require a decoder in every set. ¦~ So the first mass market for VVC might be televisions in Brazil, not phones anywhere. FFmpeg has had a native VVC decoder for about a year, and Intel's newest laptop chips decode it in hardware, so the pieces are slowly turning up."),
  say(E, "When does any of it actually go on air?", { vt: 0 }),
  say(S, "Not this year. The talk is of first broadcasts in the big cities within the next couple of years, and broadcast timetables slip like everyone else's, so I wouldn't bet on a date. ¦~ But the chips have to be designed now for that to happen, which is why the decision matters today."),
  say(E, "I love that a broadcast standard is what's dragging a codec into the world. Usually it's the other way round."),
  say(S, "Broadcast's revenge. §And that brings me back round to the box in the living room, and the boxes under people's tellies have always been your problem.", { vt: 0 }),

  seg('topic', E, 'What can the television really decode? Media Capabilities, WebCodecs and a deny list for AV1', ['Media Capabilities', 'hardware decoding', 'AV1', 'WebCodecs'], { mid: true }),
  say(E, "They have, and this one is less a news item than a confession. We switched AV1 on in our app in the spring, and within a week we had stutter reports from one brand of television. ¦~ The set said it supported AV1, the browser inside it said it supported AV1, and that was technically true. It was decoding AV1 in software, on a processor designed to draw menus, and it managed about nineteen frames a second."),
  say(S, "Ouch."),
  say(E, "So here's what I learned the hard way. Don't trust a yes from canPlayType. It tells you a format is understood, not that it will be fast. ¦~ ‡Ask Media Capabilities instead. The decodingInfo call takes the codec, the resolution, the frame rate and the bitrate, and tells you whether decoding is supported, smooth and power efficient. Power efficient is the one you care about, because it's almost always a sign that there's a hardware decoder behind it. ¦~ If you use WebCodecs directly, VideoDecoder.isConfigSupported answers the first of those questions, but not the other two.", { vt: 0 }),
  say(S, "And who actually has hardware AV1 decoding today?", { cut: 1 }),
  say(E, "iPhones from the 15 Pro onwards, Macs from the M3, most recent Android flagships, Intel laptop chips since the eleventh generation, NVIDIA cards since the 30 series, AMD since the 6000 series, and a growing share of televisions and streaming sticks. ¦~ And my favourite reminder that none of this is a given: the Raspberry Pi 5 has no hardware H.264 decoder at all. It kept HEVC, and it does H.264 on the CPU, because the CPU is fast enough now."),
  say(S, "The Raspberry Pi thing still makes me laugh. Does the television at least tell the truth when you ask it properly?"),
  say(E, "Mostly, yes. The one that stuttered answered smooth false and power efficient false, which is exactly the honest answer, we just hadn't asked. A few older sets say yes to everything, and those are the ones that end up on a list.", { vt: 0 }),
  say(S, "Did you keep AV1 on that television in the end?", { vt: 0 }),
  say(E, "We keep a small deny list of models, which I hate, and we ask decodingInfo on everything else. The stutter reports stopped within a day."),
  say(S, "A deny list. The duct tape of our entire industry."),

  seg('extra', E, "Emil's extras: ab-av1 for picking a quality target with VMAF, and the board game Cascadia", ['ab-av1', 'VMAF', 'Cascadia']),
  say(E, "Every last roll of it. Now, I've got two extras, and the first is a tool I used all through the AV1 rollout. It's called ab-av1, a small command-line program written in Rust that wraps FFmpeg and SVT-AV1 and searches for the encoder setting that hits a target VMAF score. ¦~ You tell it you want a VMAF of ninety-five, it encodes a few short samples at different quality settings, and it reports the cheapest setting that gets there. If you've ever picked a CRF value by squinting at two laptops, it's a gift. ¦ The second is a board game my kids and I have played every evening this month, called Cascadia, where you build a landscape out of tiles and place animals in it, and it's the only thing in our house that isn't about screens.", { vt: 0 }),
  say(S, "I've played that one. The salmon are overpowered."),
  say(E, "The salmon are completely overpowered. Nobody in my house will pick anything else."),

  seg('extra', S, "Saoirse's extras: mpv's statistics overlay, and a proper kettle", ['mpv']),
  say(S, "Mine are smaller, and one of them is a keyboard shortcut. If you debug playback on a laptop, open the file in mpv and press shift and I. You get a statistics overlay with the codec, whether it's being decoded in hardware, dropped frames and the state of the cache, and it stays up until you press it again. ¦~ I've stopped opening three other tools just to find out whether a file is decoding on the GPU. The other one is a proper kettle. My old one took four minutes to boil, and I know that because I timed it during an encode, which tells you how long my encodes take.", { vt: 0 }),
  say(E, "Four minutes is criminal.", { cut: 1 }),
  say(S, "It was a crime against tea. §Right, we're out of time. Links for everything we mentioned are at ⟨framerate.fm/71⟩, and if your television claims to decode something it can't, please write in and tell us the brand. Thanks, Emil, and go and look after that cold.", { vt: 0 }),

  seg('outro', S, 'Goodbye until next Tuesday', [], { mid: true }),
  say(E, "I'll do my best. Cheers, everyone, see you next Tuesday."),
];

export const SPEAKERS = [
  { name: S, aliases: ['Saoirse Brannigan', 'Saoirse', 'Brannigan', 'SAOIRSE'] },
  { name: E, aliases: ['Emil Fairbairn', 'Emil', 'Fairbairn', 'EMIL'] },
];
