// Builds Holding Pattern #72 (SYNTHETIC held-out episode, heldout27) from source.mjs: a two-host weekly AVIATION SOFTWARE
// news show in the style of the seed (hosts Malin Sundqvist, who opens and closes it, and Dwayne Pettibone). Intro
// (Malin, with a nameless rundown); Newark's radar blackout (Dwayne, handed over NAMELESS by Malin at a change of
// speaker); Jeppesen and ForeFlight sold (Malin, who raises it herself in a NEW paragraph right after her own one-liner:
// no speaker change); Microsoft Flight Simulator 2024 (Dwayne, raised MID-PARAGRAPH by Malin after a weak cue of his);
// [sponsor "Cleartrim", read by Malin at a change of speaker]; GPS jamming and spoofing (Malin, MID-PARAGRAPH at the end
// of her own read); Starlink on airliners (Dwayne, who raises it himself at a change of speaker, a weak cue); Delta v.
// CrowdStrike (Malin, raised by Dwayne in a NEW paragraph right after his own one-liner: no speaker change, the first
// speaker is NOT the presenter); extras (Dwayne, asked by Malin at a change of speaker, then Malin, handed over
// MID-PARAGRAPH by Dwayne); outro (Malin, MID-PARAGRAPH).
//
// Renders
//   web.txt       a page like the seed's, built as heldout25's and heldout26's web.txt were (shared splitWebParagraphs,
//                 webStamps, render with speechOnly): the page header in the seed's words ("Brought to you by…",
//                 "« Return to show page", "Transcript for Episode #72:", the title, "Recorded on…") and the footer
//                 "Back to show page"; `mm:ss` stamps from the episode's clock (~2.6 spoken words a second, 0.6 s between
//                 speakers, 0.4 s before a same-speaker paragraph, from 1.5 s); FIRST NAMES in capitals as labels on the
//                 first TWO paragraphs ONLY; page breaks inside long turns (`¦~`: the continuation loses its first word,
//                 the seed page's habit; `¦` keeps it); `cut` paragraphs lose their first word; spoken URLs dropped with
//                 the following punctuation; curly apostrophes; the A of each {A|B}. Gold paragraphs are the text after
//                 the stamp (and label). Key `web`.
//   descript.txt  a Descript plain-text transcript export (speaker names and timecodes on, "Speaker: [hh:mm:ss] text"):
//                 blocks separated by a blank line; a block that starts a new speaker's turn opens with the speaker's
//                 name as set in the Descript project, a colon and the `[hh:mm:ss]` timecode of its first word; a
//                 paragraph that continues the same speaker (a new source paragraph of the same host, or Descript's own
//                 paragraph break `¶` inside a turn) opens with the timecode only; one block carries a misspelt speaker
//                 name (`typo`, an alias); straight apostrophes, no page breaks, no lost words, the URLs spoken out, and
//                 the B of each {A|B} (Descript's recogniser, uncorrected). No header, a final newline. Gold paragraphs
//                 are the text after the timecode. A segment starts at the first character of its first block (the name
//                 or the `[`), or INSIDE a block at the `§` word. Key `descript`.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, M, D } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'holding-pattern-072';
const WPS = 2.6, T0 = 1.5;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const hms = (sec) => `${two(Math.floor(sec / 3600))}:${two(Math.floor(sec / 60) % 60)}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const plainText = (t) => unsplit(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const words = (t) => plainText(t).split(/\s+/).filter(Boolean).map((w) => w.replace('§', '')).filter(Boolean);

// --- web.txt ------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: pick(x.text, 0).replace(/\s*¶\s*/g, ' ') }));
const wordTimes = wordClock(WSRC, T0, (t) => words(t).length, WPS);
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [M]: 'MALIN', [D]: 'DWAYNE' };
const TITLE = 'Ninety seconds of silence, a chart maker for sale, and satellites that lie';
const web = render(WEB_SOURCE, {
  header: [
    'Brought to you by Cleartrim - every inspection, directive and logbook for your fleet in one place', '',
    '« Return to show page', '',
    'Transcript for Episode #72:', TITLE, '',
    'Recorded on Wednesday, May 21, 2025.', '', '',
  ].join('\n'),
  footer: '\n\nBack to show page',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [M, D].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[¦¶⟨⟩§{}|~]/.test(web.text.slice(web.transcriptStart))) throw new Error('a mark in web.txt');

// --- descript.txt -------------------------------------------------------------------------------
// The B text, page breaks dropped; each paragraph split at Descript's own breaks (¶).
const DSRC = [];
{
  let t = T0, prev = null;
  for (const x of SOURCE) {
    if (x.seg) { DSRC.push(x); continue; }
    const text = pick(x.text, 1).replace(/\s*¦~?\s*/g, ' ');
    if (/[⟨⟩{}|~’‘]/.test(text)) throw new Error(`a stray mark in descript text: ${text.slice(0, 40)}`);
    if (prev) t += prev.speaker === x.speaker ? 0.4 : 0.6;
    text.split(/\s*¶\s*/).forEach((part, k) => {
      DSRC.push({ ...x, text: part.trim(), turnStart: k === 0 && prev?.speaker !== x.speaker, at: t });
      t += part.split(/\s+/).filter((w) => w.replace('§', '')).length / WPS;
    });
    prev = x;
  }
}
const descript = render(DSRC, {
  header: '', footer: '', sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${p.turnStart ? `${p.typo ?? p.speaker}: ` : ''}[${hms(p.at)}] `,
  words: (i, p) => p.text,
});
if (/[¦¶⟨⟩§{}|~]/.test(descript.text)) throw new Error('a mark in descript.txt');

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'DO-178C': ['DO-178C'],
    'attitude indicator': ['attitude indicator'],
    'Cessna 152': ['Cessna 152'],
    transponder: ['transponder'],
    Newark: ['Newark'],
    FAA: ['FAA'],
    'air traffic control': ['air traffic control'],
    TRACON: ['TRACONs'],
    'United Airlines': ['United'],
    'floppy disk': ['floppy disks'],
    'paper flight strips': ['paper strips'],
    NATS: ['NATS'],
    'flight plan': ['flight plan', 'flight plans'],
    waypoint: ['waypoints'],
    Boeing: ['Boeing'],
    Jeppesen: ['Jeppesen', 'Jeppeson'],
    ForeFlight: ['ForeFlight', 'Fore Flight'],
    'Thoma Bravo': ['Thoma Bravo', 'Thomas Bravo'],
    'AIRAC cycle': ['AIRAC', 'A rack'],
    'navigation database': ['navigation database'],
    'flight management system': ['flight management system'],
    'ARINC 424': ['ARINC 424', 'Arink 424'],
    iPad: ['iPad', 'iPads'],
    'Garmin Pilot': ['Garmin Pilot'],
    'sectional chart': ['sectional'],
    'Microsoft Flight Simulator 2024': ['Microsoft Flight Simulator 2024', 'Microsoft flight simulator twenty twenty four'],
    Microsoft: ['Microsoft'],
    Azure: ['Azure'],
    Asobo: ['Asobo', 'A so bo'],
    photogrammetry: ['photogrammetry'],
    'X-Plane 12': ['X-Plane 12', 'X plane twelve', 'X-Plane'],
    'Laminar Research': ['Laminar Research'],
    Cleartrim: ['Cleartrim'],
    'airworthiness directive': ['airworthiness directives', 'airworthiness directive'],
    API: ['API'],
    GPS: ['GPS'],
    'GPS jamming': ['jamming'],
    'GPS spoofing': ['spoofing', 'spoofer'],
    Finnair: ['Finnair', 'Fin Air'],
    OPSGROUP: ['OPSGROUP', 'Ops group'],
    EASA: ['EASA'],
    'safety information bulletin': ['safety information bulletin'],
    VOR: ['VORs'],
    Starlink: ['Starlink', 'Star link'],
    'Qatar Airways': ['Qatar Airways'],
    'Hawaiian Airlines': ['Hawaiian'],
    'Air France': ['Air France'],
    'geostationary orbit': ['geostationary orbit'],
    'low Earth orbit': ['low Earth orbit'],
    'phased array antenna': ['phased array'],
    'supplemental type certificate': ['supplemental type certificate'],
    Viasat: ['Viasat', 'Via sat'],
    Intelsat: ['Intelsat'],
    'electronic flight bag': ['electronic flight bags'],
    'Wi-Fi': ['Wi-Fi'],
    CrowdStrike: ['CrowdStrike', 'Crowd Strike'],
    'Falcon sensor': ['Falcon sensor'],
    Windows: ['Windows'],
    'blue screen': ['blue screen', 'blue screens'],
    'Delta Air Lines': ['Delta'],
    'staged rollout': ['staged rollout', 'staged rollouts'],
    kernel: ['kernel-level'],
    'SayIntentions.AI': ['SayIntentions.AI', 'Say Intentions AI'],
    'speech recognition': ['speech recognition'],
    'language model': ['language model'],
    kneeboard: ['kneeboard'],
    'Boeing 787': ['Boeing 787'],
    'Airbus A350': ['Airbus A350'],
    'Raspberry Pi': ['Raspberry Pi'],
    'RTL-SDR': ['RTL-SDR', 'RTL SDR'],
    tar1090: ['tar1090', 'tar ten ninety'],
    'ADS-B': ['ADS-B'],
  },
  tolerated: [
    'Holding Pattern', 'cleartrim.aero', 'cleartrim.aero/holding', 'holdingpattern.fm', 'holdingpattern.fm/72', 'Malin', 'Dwayne', 'Biscuit', 'Sean Duffy', 'Duffy', 'Transportation Secretary',
    'inspector general', 'Congress', 'Linköping', 'Wichita', 'Kansas', 'Philadelphia', 'New York', 'New Jersey', 'Britain', 'France', 'North Dakota', 'Baltic', 'Kaliningrad', 'Tartu', 'Estonia',
    'Middle East', 'Atlanta', 'Georgia', 'Atlantic', 'United States', 'April', 'May', 'July', 'October', 'November', 'Monday', 'Wednesday', 'Friday', 'Airbus', 'Garmin', 'Laminar', 'Falcon',
    'radar', 'radio', 'radars', 'fiber', 'copper', 'telecom lines', 'satellite', 'satellites', 'wireless links', 'towers', 'runway', 'controllers', 'clearance', 'approach', 'trauma leave',
    'traffic pattern', 'logbook', 'logbooks', 'career mode', 'private equity', 'charts', 'airways', 'procedures', 'hangar', 'crop dusting', 'search and rescue', 'banner towing', 'flight model',
    'the annual', 'hundred-hour inspections', 'life limits', 'integrity alert', 'headings', 'radio aids', 'squawk code', 'frequency', 'readbacks', 'subscription', 'fairing', 'fuselage', 'latency',
    'video call', 'frequent flyer', 'content update', 'contract', 'gross negligence', 'data loader', 'pilot\'s operating handbook', 'flight school', 'flight simulator', 'sim', 'simulator', 'Azure servers',
    'internet', 'streaming', 'weather briefing', 'weather updates', 'receiver', 'map', 'community tracking sites', 'aquarium', 'airliners', 'air traffic controller', 'avionics', 'avionics shop',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Holding Pattern', number: 72, recorded: '2025-05-21', title: TITLE };
const gold = {
  _source: `Synthetic held-out episode written for heldout27 (/work/heldout27/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    descript: { input: 'descript.txt', length: descript.text.length, transcriptStart: descript.transcriptStart, segments: descript.segments, paragraphs: descript.paragraphs },
  },
};
// every required entity has a form said in each file
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'web' ? web.text : descript.text;
  const spoken = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => spoken.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'descript.txt'), descript.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => words(pick(p.text, 0).replace(/¶/g, ' ')).length).reduce((a, b) => a + b, 0);
const count = (re) => SOURCE.filter((x) => !x.seg).map((p) => (p.text.match(re) ?? []).length).reduce((a, b) => a + b, 0);
console.log(`${speech} spoken words, ${mmss(wordTimes.filter(Boolean).at(-1).at(-1))} long; web.txt: ${count(/¦/g)} page breaks (${count(/¦~/g)} losing a word), ${SOURCE.filter((x) => x.cut).length} paragraphs losing their first word; descript.txt: ${descript.paragraphs.length} blocks, ${DSRC.filter((x) => !x.seg && !x.turnStart).length} without a name\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
