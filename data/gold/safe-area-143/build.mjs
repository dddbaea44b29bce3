// Builds Safe Area #143 (SYNTHETIC held-out episode, heldout11) from source.mjs: a two-host show about
// Apple-platform development (Noor Kassab, Callum Birchall) where both hosts discuss every item at length.
// Intro; Liquid Glass (Noor); Swift 6.2 concurrency (Callum, introduced by Noor); the Foundation Models
// framework (Noor, starting MID-PARAGRAPH inside her turn); [sponsor "Shakedown", read by Callum]; SwiftUI
// in iOS 26 (Callum, no hand-over, same speaker as the sponsor read); Xcode 26 and its models (Noor,
// introduced by Callum); external purchase links (Noor); picks (Callum, handed over without a name, then
// Noor; kind extra); outro.
//
// Renders
//   otter.txt  an Otter.ai-style export with the hosts' REAL NAMES as labels: blocks of `Full Name  m:ss`
//              (TWO spaces; `h:mm:ss` past an hour) on their own line, the block's text on the next line
//              (one line), a blank line between blocks, and the service's footer `Transcribed by
//              https://otter.ai`. Otter splits long turns into consecutive blocks with the SAME name (`‖` in
//              the source), credits two short reactions to the other host (ot: 'swap') and one to `Unknown
//              Speaker` (ot: 'unknown'). Spoken URLs kept, straight apostrophes, no header. A block's stamp
//              is the time of its first word on one clock: ~2.6 spoken words a second, 0.6 s between
//              speakers, 0.4 s before a same-speaker paragraph, starting at 1.2 s. Gold paragraphs = one per
//              block, the text line only; the gold speaker is the TRUE speaker. A segment starts at the name
//              line of its first block, or at the `§` inside a block; the first starts at 0, the last ends at
//              the end of the file (footer included). transcriptStart = 0.
//   web.txt    a web page like the seed's, from the same clock: a page header and footer, every paragraph
//              stamped `mm:ss`, `KASSAB:` and `BIRCHALL:` on the first TWO paragraphs only, spoken URLs
//              dropped, the page's own transcription breaks (`¦`; `¦~` also loses the continuation's first
//              word; Otter's `‖` breaks are not there), and the first word lost on the paragraphs marked
//              `cut`. Built with the shared `splitWebParagraphs` and `render`; curly apostrophes. Gold
//              paragraphs = the text after the stamp (and label). A segment starts at the stamp of its first
//              paragraph, or at the `§`.
//   gold.json  offsets into both files, all computed here (shared renderer:
//              /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//              folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, webStamps, splitWebParagraphs, segmentTracker, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, N, C } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'safe-area-143';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const otterStamp = (sec) => {
  const s = Math.floor(sec), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
  return h ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
};
const noWeb = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const noOtter = (t) => t.replace(/\s*‖\s*/g, ' ');
const words = (t) => t.replace('§', '').split(/\s+/).filter(Boolean);
const spoken = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 1.2, (text) => words(noOtter(noWeb(spoken(text)))).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- otter.txt ----------------------------------------------------------------------------------
const OTHER = { [N]: C, [C]: N };
const FOOTER = '\n\nTranscribed by https://otter.ai\n';
let otter = '';
const oParas = [];
const tracker = segmentTracker();
let odd = 0;
SOURCE.forEach((item, k) => {
  if (item.seg) { tracker.seg(item); return; }
  const label = item.ot === 'swap' ? OTHER[item.speaker] : item.ot === 'unknown' ? 'Unknown Speaker' : item.speaker;
  if (item.ot) { odd++; if (words(item.text).length > 6 || /‖/.test(item.text)) throw new Error('wrong labels are for short reactions only'); }
  let w = 0;
  for (const raw of noWeb(spoken(item.text)).split(/\s*‖\s*/)) {
    if (otter) otter += '\n\n';
    tracker.block(otter.length);
    otter += `${label}  ${otterStamp(wordTimes[k][w])}\n`;
    const mark = raw.indexOf('§');
    const body = raw.replace('§', '');
    if (mark >= 0) tracker.mark(otter.length + mark);
    oParas.push({ start: otter.length, end: otter.length + body.length, speaker: item.speaker });
    otter += body;
    w += words(raw).length;
  }
  if (w !== wordTimes[k].length) throw new Error(`word count mismatch in: ${item.text.slice(0, 40)}`);
});
otter += FOOTER;
tracker.close(otter.length);
if (odd !== 3) throw new Error(`expected 3 odd labels, got ${odd}`);

// --- web.txt ------------------------------------------------------------------------------------
const WEB_INPUT = SOURCE.map((x) => (x.seg ? x : { ...x, text: noOtter(x.text) }));
const WEB_SOURCE = splitWebParagraphs(WEB_INPUT, (item) => item.cut ?? 0);
const stamps = webStamps(WEB_INPUT, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const WEB = {
  header: [
    'Safe Area — conversations about building for Apple platforms', '',
    'Episodes    About    Newsletter    Mastodon', '',
    '« Episode 143 show notes', '',
    'Transcript for Episode #143:', 'Glass, actors and a model in your pocket', '',
    `Recorded on Wednesday, Jun 25, 2025. Length ${mmss(lastTime + 8)}.`, '', '',
  ].join('\n'),
  footer: '\n\nTranscripts are generated automatically and may contain errors.\n« Episode 143 show notes',
  labels: 2,
  label: { [N]: 'KASSAB', [C]: 'BIRCHALL' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Safe Area', number: 143, recorded: '2025-06-25', title: 'Glass, actors and a model in your pocket' };
const ENTITIES = {
  required: {
    WWDC: ['WWDC'],
    'iOS 26': ['iOS 26'],
    'iOS 26 beta 2': ['beta 2'],
    'Liquid Glass': ['Liquid Glass'],
    'iOS SDK': ['SDK'],
    'tab bar': ['tab bar'],
    'Xcode 26': ['Xcode 26'],
    'Info.plist': ['Info.plist'],
    UIDesignRequiresCompatibility: ['UIDesignRequiresCompatibility'],
    SwiftUI: ['SwiftUI'],
    glassEffect: ['glassEffect'],
    GlassEffectContainer: ['GlassEffectContainer'],
    glassEffectID: ['glassEffectID'],
    'Reduce Transparency': ['Reduce Transparency'],
    'Increase Contrast': ['Increase Contrast'],
    'Icon Composer': ['Icon Composer'],
    Swift: ['Swift'],
    'Swift 6.2': ['Swift 6.2', '6.2'],
    'Swift 6 language mode': ['Swift 6 language mode', 'Swift 6'],
    'strict concurrency checking': ['strict concurrency checking', 'strict concurrency'],
    Sendable: ['Sendable'],
    MainActor: ['MainActor', 'main actor'],
    'approachable concurrency': ['approachable concurrency'],
    'default actor isolation': ['default actor isolation'],
    nonisolated: ['nonisolated'],
    '@concurrent': ['at concurrent', '@concurrent'],
    'upcoming feature flag': ['upcoming feature flag', 'upcoming feature'],
    'isolated conformances': ['isolated conformances'],
    InlineArray: ['InlineArray'],
    Span: ['Span'],
    'strict memory safety': ['strict memory safety'],
    'Foundation Models framework': ['Foundation Models framework', 'Foundation Models'],
    'Apple Intelligence': ['Apple Intelligence'],
    LanguageModelSession: ['LanguageModelSession'],
    'guided generation': ['guided generation'],
    Generable: ['Generable'],
    Guide: ['Guide'],
    'tool calling': ['tool calling'],
    JSON: ['JSON'],
    'iPhone 15 Pro': ['iPhone 15 Pro'],
    'context window': ['context window'],
    TestFlight: ['TestFlight'],
    Shakedown: ['Shakedown'],
    UIKit: ['UIKit'],
    'Swift Package': ['Swift package'],
    WebView: ['WebView'],
    UIViewRepresentable: ['UIViewRepresentable'],
    WKWebView: ['WKWebView'],
    WebPage: ['WebPage'],
    JavaScript: ['JavaScript'],
    TextEditor: ['TextEditor'],
    AttributedString: ['AttributedString'],
    UITextView: ['UITextView'],
    Animatable: ['Animatable'],
    animatableData: ['animatableData'],
    'Swift Charts': ['Swift Charts'],
    Instruments: ['Instruments'],
    'SwiftUI instrument': ['SwiftUI instrument'],
    Equatable: ['Equatable'],
    'Swift Assist': ['Swift Assist'],
    ChatGPT: ['ChatGPT'],
    Claude: ['Claude'],
    Ollama: ['Ollama'],
    'LM Studio': ['LM Studio'],
    Codable: ['Codable'],
    '#Playground': ['Playground macro', 'hash Playground'],
    'Xcode Previews': ['previews'],
    'App Store': ['App Store'],
    'Epic v. Apple': ['Epic'],
    Spotify: ['Spotify'],
    Kindle: ['Kindle'],
    Stripe: ['Stripe'],
    'App Store Small Business Program': ['small business program'],
    'Apple Pay': ['Apple Pay'],
    'Thinking in SwiftUI': ['Thinking in SwiftUI'],
    'objc.io': ['objc dot io', 'objc.io'],
    'SF Symbols 7': ['SF Symbols 7', 'SF Symbols'],
  },
  tolerated: [
    'Safe Area', 'safearea.fm', 'safearea dot fm', 'safearea dot fm slash 143', 'shakedown.dev', 'shakedown dot dev', 'shakedown dot dev slash safearea', 'Sprig',
    'Montreal', 'Leeds', 'Otter', 'otter.ai', 'https://otter.ai', 'Apple', 'iPhone', 'iPad', 'iPads', 'Mac', 'Macs', 'MacBook', 'M-series', 'keynote', 'beta', 'beta 1', 'beta 4', 'betas',
    'navigation bar', 'navigation bars', 'sheets', 'toggles', 'toolbar', 'blur', 'design system', 'brand team', 'glass', 'modifier', 'view', 'views', 'shape', 'tint',
    'accessibility settings', 'accessibility', 'legibility', 'app icon', 'icons', 'clear', 'tinted', 'light', 'dark', 'Swift 6.2 concurrency', 'concurrency',
    'main thread', 'actors', 'actor', 'isolation boundary', 'global concurrent executor', 'executor', 'async', 'nonisolated async function', 'build setting', 'module', 'modules',
    'networking', 'persistence', 'image decoding', 'performance tests', 'pull request', 'protocol', 'delegates', 'standard library', 'contiguous memory', 'unsafe pointers',
    'language model', 'on-device language model', 'on-device model', 'model', 'parameters', 'API key', 'prompt', 'instructions', 'struct', 'macro', 'property', 'tool',
    'database', 'streaming', 'streams', 'card', 'tokens', 'cloud API', 'cloud model', 'compliance', 'privacy', 'hack week', 'transactions', 'AI',
    'issue tracker', 'screenshot', 'device', 'OS version', 'build number', 'network calls', 'console log', 'personal data', 'security team',
    'URL', 'terms and conditions', 'help articles', 'mortgage calculator', 'wrapper', 'observable', 'rich text', 'rich text editing', 'formatting controls', 'selection',
    '3D charts', 'Charts', 'lists', 'List', 'view bodies', 'body', 'state', 'print statements', 'Equatable views', 'cookie handling', 'cookies',
    'Xcode', 'intelligence features', 'chat', 'panel', 'project', 'errors', 'providers', 'local model', 'diff', 'boilerplate', 'tests', 'browser tab', 'canvas',
    'playgrounds', 'Swift package', 'packages', 'spinner', 'Anthropic', 'OpenAI', 'GPT', 'web checkout', 'external purchase links', 'link-out', 'paywall', 'subscription',
    'yearly subscription', 'checkout page', 'US storefront', 'storefront', 'commission', 'remote flag', 'feature flag', 'EU', 'DMA', 'court', 'judge', 'appeal', 'Apple Pay on the web',
    'book', 'view tree', 'identity', 'layout', 'Draw', 'variable draw', 'symbols', 'watering can', 'Glass Alignment', 'objc.io book', 'Chris Eidhof', 'Florian Kugler',
    'twenty-nineteen', 'twenty-twenty', 'Apple Intelligence devices', 'Swift 6 mode', 'Swift concurrency', 'SwiftUI WebView', 'Instruments app', 'Playground',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout11 (/work/heldout11/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    otter: { input: 'otter.txt', length: otter.length, transcriptStart: 0, segments: tracker.segments, paragraphs: oParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'otter.txt'), otter);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.map((p) => words(noOtter(noWeb(spoken(p.text)))).join(' ')).join(' ').split(/\s+/).length;
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${count(/‖/g)} Otter block splits, ${count(/¦/g)} web breaks (${count(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} web paragraphs losing their first word\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
