// Source of Dark Frame #52 (SYNTHETIC held-out episode, heldout31): a THREE-CO-HOST PANEL about ASTROPHOTOGRAPHY and the
// software behind it (smart telescopes; running a remote observatory: ASCOM, Alpaca, INDI, N.I.N.A., plate solving,
// guiding and the safety of a roll-off roof; the aurora and the comet of 2024 and what phone cameras saw; calibration
// frames, stacking and the AI tools; satellite trails; light pollution, dark sky parks and narrowband filters; one pick
// each), with a sponsor read in the middle. People (invented): Fenella Grant, on the edge of the Galloway Forest in
// Scotland, a software developer for an insurance company by day, who opens and closes the show; Kayode Adebisi, who
// photographs galaxies from a balcony in Peckham, south London, and has just bought a smart telescope; Rosalía Pereyra,
// who runs a remote observatory site in Extremadura, Spain, with thirty-two piers under two roll-off roofs, and joins by
// phone from the site's control room (if she goes quiet, she's closing a roof: set up in the intro, paid off in segment
// 6). The running joke: Kayode's NEIGHBOUR and his motion-sensor security light (set up in the intro, "he ate the
// biscuits", fed in segments 7 and 8, paid off in the outro: he has put it on a timer). The sponsor "Subvault" (backup
// for astrophotography data) is invented, as are the people, the site, its clients and every anecdote. Recorded Thursday
// 14 November 2024; the products, software, organisations and events are real, told from memory.
// Rendered by build.mjs into zoom.vtt (the Zoom cloud recording's audio transcript: `Display Name: text` cues) and
// watson.json (an IBM Watson Speech to Text result with speaker labels: speakers only as numbers, in a list of their own).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in zoom.vtt (Zoom's recogniser: capitals and punctuation, numbers as digits, fillers dropped, its own
//              slips), B in watson.json (Watson's recogniser before build.mjs lowercases it and strips its punctuation:
//              `%HESITATION` for a filler, acronyms spelled out as letters with stops, its own slips); either may be empty;
//   ¶          a pause inside the turn: a new cue in zoom.vtt; in watson.json only a pause.
// opts:
//   zlab: X    zoom.vtt: the cues of this paragraph carry the display name X (Zoom gave the words to the wrong tile);
//   zmerge     zoom.vtt: said over the end of the paragraph before, this short reply is added to that paragraph's last
//              cue (two voices: `ambiguous`, the speaker of most of its words);
//   wspk: N    watson.json: the diariser gives this paragraph's words the speaker number N.
// Conventions (the panel convention of heldout9's skip-link-112, heldout29's first-arrival-044 and heldout30's
// surface-interval-038): the presenter is the person who BRINGS and carries the topic, also when another hands it to
// them by name, and the hand-over line belongs to the NEW segment; Fenella presents the intro, her own topics, the sponsor
// (her read) and the outro; each pick is an `extra` presented by the one who picks it.
import { say, seg } from '../build-episode.mjs';

export const F = 'Fenella Grant';
export const K = 'Kayode Adebisi';
export const R = 'Rosalía Pereyra';

export const SOURCE = [
  seg('intro', F, 'Welcome to Dark Frame 52', []),
  say(F, "Hello, and welcome to Dark Frame, episode 52, the show about photographing the night sky and the software that makes it possible. I'm {Fenella|Finella} Grant. ¶ I live on the edge of the Galloway Forest in the southwest of Scotland, where it is very dark and very cloudy, and in the daytime I write software for an insurance company. With me, as always, are my two co-hosts."),
  say(K, "Hello, I'm Kayode {Adebisi|a debbie see}. I photograph galaxies from a balcony in south London, which is a bit like trying to hear a whisper at a football match."),
  say(R, "And I'm {Rosalía|Rosalia} {Pereyra|Pereira}. I run a remote observatory site in Extremadura, in Spain, where people from all over Europe keep their telescopes and control them over the internet. ¶ I'm actually at the site tonight, in the control room, so if I go quiet, I'm closing a roof."),
  say(F, "Kayode, before we start. Did you speak to the neighbor?"),
  say(K, "I spoke to the neighbor. I brought biscuits. I explained, very politely, that his security light comes on every time a fox walks past, and that it ruins about a third of my exposures."),
  say(R, "And?"),
  say(K, "And he ate the biscuits. The light is still on."),
  say(F, "We'll check back in. Tonight we've got three people, one comet, and a great deal of software, so let's get going."),

  seg('topic', K, 'Smart telescopes: the Seestar S50, Dwarf, Vaonis and Unistellar, and whether they count', ['smart telescope', 'Seestar']),
  say(F, "Kayode, you've been dropping hints for months about the little robots, and now you've gone and bought one."),
  say(K, "I have. {|%HESITATION} I bought a {Seestar|sea star}, the {S50|S. 50} from {ZWO|Z. W. O.}. For anyone who hasn't seen one, it's a smart telescope. It's a small orange and white box, about the size of a kettle, with a 50 millimeter lens, a camera, a filter, a tiny computer and a motorized mount, all in one. ¶ You put it on a tripod, open the app on your phone, tap the Andromeda Galaxy, and it finds it by itself. It takes a picture of the sky, works out where it's pointing, and moves there. Then it takes 10 second exposures and stacks them live, so you watch the galaxy slowly come out of the noise on your phone."),
  say(R, "How much was it?"),
  say(K, "About 500 pounds, which is less than the camera I had before. And it's not the only one. There's the Dwarf from {DwarfLab|dwarf lab}, which is even smaller, and {Vaonis|vay on is}, the French company, who make the Stellina and the {Vespera|Vespa}, and {Unistellar|uni stellar} with the {eVscope|E. V. scope}. ¶ The catch with all of them is {|%HESITATION} that they're alt azimuth mounts. They go up and down and left and right, not along the rotation of the sky. So over a long session the field rotates, and the software has to turn each frame back before it stacks, and you lose the corners."),
  say(F, "Which is why the newer firmware has an equatorial mode."),
  say(K, "Yes. On the {Seestar|sea star} you can tilt it to your latitude with a wedge, and it tracks like a proper mount. And it saves the raw frames as FITS files, so you can take them home and process them properly. That's the bit that won me over."),
  say(R, "So is it cheating?"),
  say(K, "That's the argument on every forum. My view is, it's a camera with a good tracking mount and a good autopilot, and nobody calls the autopilot on a plane cheating. ¶ What it does is take away the first two years of suffering. Polar alignment, cables, focus. I would have killed for that when I started."),
  say(F, "I'm not sure I'd have lasted without the suffering, though. The suffering is how you learn."),
  say(K, "You're welcome to suffer, Fenella. I'm getting pictures."),
  say(R, "From London."),
  say(K, "From London. 40 minutes on the Orion Nebula from a balcony in Peckham. It's not a Hubble picture, but my mum has it as the background on her phone. §{Rosalía|Rosalia}, you must hate these things. You run the complete opposite."),
  seg('topic', R, 'Running a remote observatory: ASCOM and Alpaca, INDI, N.I.N.A., plate solving, guiding and the roof', ['ASCOM', 'INDI', 'N.I.N.A.', 'NINA', 'remote observatory'], { mid: true }),
  say(R, "I don't hate them. {|%HESITATION} I don't sell them to anybody, but I don't hate them. What we have at the site is the industrial version. 32 piers under two roll off roofs, and every pier has somebody's telescope on it, from Germany, from Belgium, from Sweden, and most of them never come to see it. ¶ Everything is controlled from a computer on the pier, and on almost all of them it's a Windows machine running {ASCOM|ask com}. {ASCOM|Ask com} is a standard from the nineties that lets any program talk to any mount, camera, focuser or filter wheel through one kind of driver. Before it, every program had to support every mount itself."),
  say(F, "And it's still Windows only?"),
  say(R, "The classic {ASCOM|ask com} is built on COM, so yes, Windows. But a few years ago they added Alpaca, which is the same interface over the network, a REST API with {JSON|Jason}. So now a device can speak {ASCOM|ask com} with no Windows at all. ¶ On Linux you have {INDI|indie}, which is the other world. {K Stars|K. stars} with {Ekos|echoes}, or {StellarMate|stellar mate} on a Raspberry Pi. And {ZWO|Z. W. O.} have their own little box, the {ASIAIR|A. S. I. air}, which is very easy, but it only really talks to their own cameras."),
  say(K, "And the imaging software on top?"),
  say(R, "Most of my clients use {N.I.N.A.|Nina}, {Nighttime|night time} Imaging 'N' Astronomy. It's free and open source, and honestly it's better than most of the commercial ones now. You build a sequence. Go to the target, center it, start guiding, focus, take 60 exposures of five minutes with the hydrogen filter, flip the mount at the meridian, and park when it's done. ¶ The centering is plate solving. The camera takes an image, and the software matches the pattern of stars against a catalog, with {astrometry.net|astrometry dot net} or {ASTAP|a step}, and it says, you are pointing at this exact spot, and you're off by two arc minutes. Then it nudges the mount and tries again. When I started, we did that by eye, with a red torch and a star chart."),
  say(F, "And guiding."),
  say(R, "Guiding is {PHD2|PhD 2}, for almost everyone. A small second camera watches one star, and every couple of seconds it sends tiny corrections to the mount, because no mount tracks perfectly. The gears have periodic error. If the guiding is under one arc second {RMS|R. M. S.}, my clients are happy. If it's two, they email me. ¶ The part people don't think about is safety. Every roof has a cloud sensor, which is an infrared thermometer pointed at the sky. A clear sky is very cold, and a cloud is warmer. There's a rain sensor and a weather station. If any of them says no, the software parks every mount and closes the roof, and it doesn't ask anyone. The rule is, the roof has to close even if the internet is down and I'm asleep."),
  say(K, "Has it ever not closed?"),
  say(R, "Once. One mount wasn't parked, and the roof stopped against it. The roof is fine. I have never told the client."),
  say(F, "Well, he knows now."),
  say(R, "He doesn't listen to this show."),

  seg('topic', F, 'The aurora and comet Tsuchinshan-ATLAS: what phone cameras saw, and stacking a comet', ['aurora', 'comet', 'Tsuchinshan']),
  say(F, "There were two nights this year when everybody became an astrophotographer, whether they liked it or not, and I can't let them go by without a mention."),
  say(K, "The aurora.", { wspk: 0 }),
  say(F, "The aurora in May, and again in October, and the comet in between. In May there was a huge geomagnetic storm, the biggest in 20 years, a {G5|G. 5}, and the aurora was seen as far south as Spain and Mexico. And what everyone noticed was that their phones saw it better than their eyes did. ¶ People were standing in a field in Kent, seeing a faint gray glow, and they held up a phone and got pink and green curtains. That's because a modern phone in night mode is doing exactly what we do with a telescope. It takes a burst of frames over a few seconds, aligns them, stacks them, and brightens the result. And the sensor sees color in dim light, where the rods in your eye can't."),
  say(R, "We had it here in Extremadura. Red, low in the north. The Spanish newspapers went crazy."),
  say(F, "Then in October, comet {Suchinshan Atlas|such in shan atlas}. It was discovered last year by the Purple Mountain Observatory in China and by the ATLAS survey, which is why it has the double name. After it came round the sun, it was in the evening sky, low in the west, with a tail longer than your outstretched hand. ¶ Photographing a comet is its own problem, because the comet moves against the stars. If you stack on the stars, the comet smears. If you stack on the comet, the stars turn into trails. So the software has special handling. {DeepSkyStacker|Deep Sky Stacker} has a comet mode, {PixInsight|pix insight} has comet alignment, and the trick is to do both and combine them."),
  say(K, "It had that anti tail as well."),
  say(F, "The anti tail, a thin spike pointing towards the sun, which is just geometry, dust in the plane of the orbit, seen edge on. The best picture I took all year was of that comet, over the loch, with a phone on a fence post."),
  say(K, "A phone.", { zmerge: true }),
  say(F, "A phone. Don't tell the sponsor."),

  seg('sponsor', F, 'Sponsor: Subvault', ['Subvault']),
  say(R, "Fenella, isn't this the moment where you tell people who pays for the coffee?"),
  say(F, "It is, and they'll be thrilled that I just admitted to using a phone. Dark Frame is supported this month by {Subvault|sub vault}. If you image the sky, you know the problem. One good night is 50 gigabytes of FITS files, flats, darks and a log, on a laptop in a cold field. ¶ {Subvault|Sub vault} is backup built for astrophotographers. It uploads from your imaging computer while you sleep, reads the headers, and files every frame by target, filter and date, so three years from now you can find every hydrogen frame of the Heart Nebula in one search. ¶ Listeners get the first year at half price at {subvault.io slash dark frame|sub vault dot I. O. slash dark frame}. Thanks to {Subvault|sub vault}."),

  seg('topic', K, 'Processing: calibration frames, stacking in Siril and PixInsight, and the AI tools', ['processing', 'calibration', 'PixInsight', 'Siril', 'BlurXTerminator']),
  say(K, "I've switched sides on processing, and Fenella is not going to like it."),
  say(F, "Go on."),
  say(K, "I spent three years processing in {Siril|Cyril}, and last winter I finally paid for {PixInsight|pix insight}. ¶ But let me back up, for anyone new. A raw exposure of a nebula is mostly noise. So you take lots of them, your lights, and you also take calibration frames. Darks, with the cap on, at the same temperature and exposure, to measure the sensor's own heat noise. Flats, of an evenly lit white screen, to measure the dust on the sensor and the vignetting of the lens. And bias frames, the shortest exposure possible, for the read noise. ¶ The software subtracts and divides all of that out, then aligns every light on the stars and stacks them, throwing away the pixels that don't agree. {Siril|Cyril} is free and open source, and French, and very good. {DeepSkyStacker|Deep sky stacker} is free and Windows only. {PixInsight|Pix insight} costs about 300 euros and has a reputation for being designed by physicists for physicists."),
  say(R, "Which it is.", { zlab: 'Kayode Adebisi' }),
  say(K, "Which it is. There's a script in it called {|%HESITATION} {WBPP|W. B. P. P.}, weighted batch preprocessing, that does the whole calibration and stacking in one go, and that alone was worth it for me. It saves {XISF|X. I. S. F.} files, its own format, instead of FITS, which annoys everybody else. ¶ The part I'm a bit sheepish about is the AI tools. There's a developer, Russell {Kroman|croman}, who sells {BlurXTerminator|blur X. terminator}, {NoiseXTerminator|noise X. terminator} and {StarXTerminator|star X. terminator}. Neural networks, trained on Hubble images among others. Blur sharpens, noise removes the noise, and star removes the stars completely, so you can stretch the nebula on its own."),
  say(F, "And there it is."),
  say(R, "Sorry, one second. The cloud sensor just tripped, so the roof is closing. Carry on.", { wspk: 3 }),
  say(K, "I know. The argument is, are you showing what's there, or what a neural network thinks should be there? ¶ Croman's answer is that {BlurXTerminator|blur X. terminator} is a deconvolution. It's trying to undo the blur of the atmosphere and the optics, and it's trained not to invent structure. And some competitions now ask you to say which tools you used. My own rule is, if I can't see a detail in the unsharpened stack at all, I don't keep it."),
  say(F, "That's a good rule."),
  say(R, "We're back. It was one cloud. And {GraphXpert|grass expert} for the gradients, which is free. For people in cities, it's essential. The sky in London is not black, it's orange with a slope. §And lately it's not empty either. Last week I counted, on one client's wide field frames, and about one in three had a satellite trail across it."),
  seg('topic', R, 'Satellite trails: Starlink, sigma clipping and the Vera Rubin Observatory', ['satellite', 'Starlink'], { mid: true }),
  say(K, "Starlink."),
  say(R, "Mostly {Starlink|star link}. There are more than {6,000|6000} of them up now, and they are brightest in the first hours after sunset and before sunrise, when they're in sunlight and we're in the dark. ¶ The good news for us is that stacking handles most of it. If you have 30 frames and a trail is in one of them, the pixel rejection, sigma clipping, sees that the value doesn't agree with the other 29 and throws it away. So the final image is clean. But you need enough frames, and with a wide field lens, you lose more."),
  say(F, "It's worse for the professionals."),
  say(R, "Much worse. The Vera Rubin Observatory in Chile will photograph the whole southern sky every few nights with a huge field of view, and a lot of their exposures will have trails. ¶ And then there's {BlueWalker 3|blue walker 3}, the big test satellite from {AST SpaceMobile|A. S. T. space mobile}, which at its brightest is one of the brightest things in the night sky. The {IAU|I. A. U.} has a center now for the protection of the dark and quiet sky that works with the companies. And SpaceX did make theirs darker, to be fair."),
  say(K, "Like a good neighbor."),
  say(R, "Better than yours."),
  say(K, "Ouch. That's fair."),
  seg('topic', F, 'Light pollution: the Bortle scale, LED streetlights, dark sky parks and narrowband filters', ['light pollution', 'Bortle', 'dark sky']),
  say(K, "Fenella, you live in one of the darkest places in Britain. Tell people what that actually means, because I'm jealous every single time."),
  say(F, "I do. Galloway Forest Park became the first dark sky park in the UK in 2009. There's a scale astronomers use, the {Bortle|bottle} scale, from one to nine. One is the darkest sky on Earth, where the Milky Way casts a shadow. Nine is the middle of a city. My garden is a two on a good night, and Kayode's balcony is a nine."),
  say(K, "A nine plus. It goes to 11 in Peckham."),
  say(F, "The more objective number comes from {|%HESITATION} a sky quality meter, a little handheld device that measures the brightness of the sky in magnitudes per square arc second. Mine reads about 21.8. In central London you'd get maybe 17. That's a difference of about a hundred times in how bright the sky is. ¶ The biggest change in light pollution in the last 10 years is the streetlights. Councils replaced the old orange sodium lights with LEDs, which saves a lot of money and electricity. But the early LEDs were very blue white, and blue light scatters more in the atmosphere, so the sky glow over some towns went up even when the energy went down. The better councils now fit warmer LEDs and shield them so they point down. ¶ There's a citizen science project, Globe at Night, where you look at a constellation and report how many stars you can see. Their data suggests the sky has been getting brighter by nearly 10% a year, which is much faster than the satellites showed. And {DarkSky International|dark sky international}, which used to be the International Dark Sky Association, certifies the parks and the reserves."),
  say(K, "And for those of us who don't live in a park, filters."),
  say(F, "Yes. Tell them, it's your trick."),
  say(K, "Narrowband. Nebulae glow at very specific colors. {Hydrogen-alpha|Hydrogen alpha} in deep red, oxygen three in teal, sulfur two in red again. A filter that only lets through a few nanometers around those lines blocks most of the streetlight. ¶ That's how people in cities make those gold and blue pictures, the Hubble palette. Or for a color camera there's the dual band filter that passes hydrogen and oxygen at once, like the {Optolong|opto long} {L-eXtreme|L. extreme}. It doesn't help with galaxies, though. Galaxies are starlight, every color at once. For galaxies you need a dark sky, or a neighbor without a floodlight."),

  seg('extra', R, 'Pick: Telescopius, for planning targets', ['Telescopius']),
  say(F, "Let's do picks, quickly, one each. {Rosalía|Rosalia}, you first, before another cloud comes."),
  say(R, "{Telescopius|Telescope E. us}, a website for planning. You tell it your telescope and your camera, and it shows you which targets fit your field of view, when they're up from where you are, and how high they get. I send it to every new client."),
  say(K, "I use that. §I'll go with Clear Outside, the forecast app. It gives you the cloud at low, medium and high altitude, hour by hour, and it's made by an astronomy shop, First Light Optics, so it knows what we care about."),
  seg('extra', K, 'Pick: Clear Outside, the cloud forecast', ['Clear Outside'], { mid: true }),
  say(F, "It's always wrong in Galloway."),
  say(K, "It's always wrong everywhere. It's just less wrong."),
  seg('extra', F, 'Pick: Stellarium', ['Stellarium']),
  say(F, "And I'll close the picks with Stellarium, the free planetarium. It's been around forever, it runs on everything, and there's a plugin to control your telescope from it. Every time I'm not sure what I'm looking at, I open Stellarium."),

  seg('outro', F, 'Goodbye', []),
  say(F, "That's all the sky we've got for November. Kayode, any news from the neighbor before we go?"),
  say(K, "Actually, yes. He texted me during the show. He's put the light on a timer. It goes off at 11."),
  say(R, "That's the best astronomy news of the year."),
  say(F, "Better than the comet. Show notes and links are at {darkframe.show slash 52|dark frame dot show slash 52}. {Rosalía|Rosalia}, Kayode, thank you both. Clear skies."),
  say(K, "Clear skies."),
  say(R, "Clear skies, everyone. I'm going to go and check the roof."),
];

export const SPEAKERS = [
  { name: F, aliases: ['Fenella', 'Grant', 'Finella', 'Speaker 0'] },
  { name: K, aliases: ['Kayode', 'Adebisi', 'a debbie see', 'Speaker 1'] },
  { name: R, aliases: ['Rosalía', 'Rosalia', 'Pereyra', 'Pereira', 'iPhone de Rosalía', 'Speaker 2', 'Speaker 3'] },
];
