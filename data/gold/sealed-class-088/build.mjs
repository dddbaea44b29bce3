// Builds Sealed Class #88 (SYNTHETIC held-out episode, heldout12) from source.mjs: a two-host weekly Android
// and Kotlin news show (Dagny Halvorsen, who opens and closes it, and Rafael Quintero). Intro; Kotlin 2.2
// (Rafael, handed over by Dagny without a name); Compose Multiplatform 1.8 for iOS (Dagny, INTRODUCED by
// Rafael); Android 16 (Rafael, no speaker change); [sponsor "Testrook", read by Dagny, starting MID-PARAGRAPH
// in her reaction to Android 16]; Navigation 3 (Dagny, same speaker as the sponsor read); the 16 KB page size
// deadline (Dagny, starting MID-PARAGRAPH at the end of her Navigation 3 turn); Gradle 9 (Rafael, same speaker
// as before); picks (Rafael, then Dagny; kind extra); outro.
//
// Renders
//   web.txt      a web page like the seed's: a page header and footer, every paragraph stamped `mm:ss` (the
//                time of its first word on one clock: ~2.6 spoken words a second, 0.6 s between speakers,
//                0.4 s before a same-speaker paragraph, starting at 2.5 s), `HALVORSEN:` and `QUINTERO:` on
//                the first TWO paragraphs only (the self-introductions), spoken URLs dropped (with a following
//                comma or period), the transcription service's own paragraph breaks inside long turns (`¦`;
//                `¦~` also loses the continuation's first word), and the first word lost on the paragraphs
//                marked `cut`. Built with the shared `splitWebParagraphs`, `webStamps` and `render` (speechOnly);
//                curly apostrophes. Gold paragraphs = the text after the stamp (and label). A segment starts at
//                the stamp of its first paragraph, or at the `§`; the header belongs to the intro, the footer
//                to the outro.
//   labeled.txt  one line per source paragraph, every turn whole (no service breaks), seed-like labels:
//                `Dagny HALVORSEN:` / `Rafael QUINTERO:` first, `HALVORSEN:` / `QUINTERO:` after, one typo
//                (`QUINTRO:`), and no label on the lines where the same host goes on (`lab: null`). Spoken
//                URLs kept, curly apostrophes. Rendered with the shared `render` (speechOnly) and
//                `labeledPrefix`. Gold paragraphs = the text AFTER the label. A segment starts at the
//                beginning of its first line, or at the `§`.
//   gold.json    offsets into both files, all computed here (shared renderer:
//                /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, LABELS, D, R } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'sealed-class-088';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const words = (t) => t.replace('§', '').split(/\s+/).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 2.5, (text) => words(unsplit(labeledText(text))).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- web.txt ------------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? 0);
const stamps = webStamps(SOURCE, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const WEB = {
  header: [
    'Sealed Class · Android and Kotlin, every week', '',
    'Home    Episodes    Hosts    Sponsor us    RSS', '',
    '« Back to episode', '',
    'Transcript for Episode #88:', 'Kotlin 2.2, Compose on iOS, and the end of portrait-only', '',
    `Recorded on Thursday, Jul 3, 2025. Length ${mmss(lastTime + 6)}.`, '', '',
  ].join('\n'),
  footer: '\n\nThis transcript was generated automatically. It may contain mistakes.\n« Back to episode',
  labels: 2,
  label: { [D]: 'HALVORSEN', [R]: 'QUINTERO' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [D, R].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');

// --- labeled.txt --------------------------------------------------------------------------------
{
  const ps = SOURCE.filter((x) => !x.seg);
  ps.forEach((p, i) => { if (p.lab === null && (i === 0 || ps[i - 1].speaker !== p.speaker)) throw new Error(`unlabeled line where the speaker changes: ${p.text.slice(0, 40)}`); });
  if (ps.filter((p) => p.lab === 'QUINTRO').length !== 1) throw new Error('expected one typo label');
}
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: labeledPrefix(LABELS),
  words: (i, p) => unsplit(labeledText(p.text)),
});

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Sealed Class', number: 88, recorded: '2025-07-03', title: 'Kotlin 2.2, Compose on iOS, and the end of portrait-only' };
const ENTITIES = {
  required: {
    Android: ['Android'],
    Kotlin: ['Kotlin'],
    'Kotlin 2.2': ['Kotlin 2.2', '2.2', '2.2.0'],
    'Kotlin 2.1': ['2.1'],
    Gradle: ['Gradle'],
    'Compose Multiplatform': ['Compose Multiplatform'],
    'Compose Multiplatform 1.8': ['1.8'],
    'Compose for iOS': ['Compose for iOS'],
    iOS: ['iOS'],
    'Android 16': ['Android 16'],
    'Android 15': ['Android 15'],
    'Navigation 3': ['Navigation 3', 'Nav 3'],
    'guard conditions': ['guard conditions'],
    'sealed classes': ['sealed class'],
    'non-local break and continue': ['non-local break and continue', 'non-local break'],
    'multi-dollar interpolation': ['multi-dollar interpolation'],
    JSON: ['JSON'],
    GraphQL: ['GraphQL'],
    'context parameters': ['context parameters'],
    'context receivers': ['context receivers'],
    'Kotlin Multiplatform': ['Kotlin Multiplatform', 'KMP'],
    'version catalog': ['version catalog'],
    JVM: ['JVM'],
    DefaultImpls: ['DefaultImpls'],
    Java: ['Java'],
    Base64: ['Base64'],
    HexFormat: ['HexFormat'],
    'Stack Overflow': ['Stack Overflow'],
    'App Store': ['App Store'],
    JetBrains: ['JetBrains'],
    'Jetpack Compose': ['Compose'],
    Skia: ['Skia'],
    UIKit: ['UIKit'],
    AVFoundation: ['AVFoundation'],
    UIKitView: ['UIKitView'],
    CameraX: ['CameraX'],
    MDM: ['MDM'],
    ViewModel: ['ViewModels', 'ViewModel'],
    Ktor: ['Ktor'],
    Room: ['Room'],
    VoiceOver: ['VoiceOver'],
    'Material Design': ['Material'],
    Xcode: ['Xcode'],
    CI: ['CI'],
    'Mac mini': ['Mac mini'],
    'Kotlin Multiplatform plugin': ['Kotlin Multiplatform plugin'],
    'IntelliJ IDEA': ['IntelliJ'],
    'Android Studio': ['Android Studio'],
    'Compose Hot Reload': ['Compose Hot Reload'],
    KotlinConf: ['KotlinConf'],
    SwiftUI: ['SwiftUI'],
    Pixel: ['Pixels'],
    'API 36': ['API 36'],
    'Google Play': ['Google Play', 'Play'],
    'edge-to-edge': ['edge-to-edge'],
    'window insets': ['insets'],
    'large screens': ['large screens', 'large screen'],
    screenOrientation: ['screenOrientation'],
    resizeableActivity: ['resizeableActivity'],
    'predictive back': ['predictive back'],
    onBackPressed: ['onBackPressed'],
    OnBackPressedCallback: ['OnBackPressedCallback'],
    OnBackInvokedCallback: ['OnBackInvokedCallback'],
    'Live Updates': ['Live Updates'],
    ProgressStyle: ['ProgressStyle'],
    Testrook: ['Testrook'],
    'Google I/O': ['I/O'],
    NavController: ['NavController'],
    'Navigation Compose': ['Navigation Compose'],
    'type-safe routes': ['type-safe routes'],
    NavDisplay: ['NavDisplay'],
    'back stack': ['back stack'],
    'Play Console': ['Play Console'],
    '16 KB page size': ['sixteen kilobyte', '16 KB'],
    'APK Analyzer': ['APK Analyzer'],
    APK: ['APK'],
    'C++': ['C++'],
    'NDK r28': ['NDK r28'],
    NDK: ['NDK'],
    AGP: ['AGP'],
    'AGP 8.5.1': ['8.5.1'],
    'Android Emulator': ['emulator'],
    Flutter: ['Flutter'],
    'React Native': ['React Native'],
    'Gradle 9': ['Gradle 9'],
    'Java 17': ['Java 17'],
    'configuration cache': ['configuration cache'],
    'Kotlin DSL': ['Kotlin DSL'],
    K2: ['K2'],
    'Kotlin 2': ['Kotlin 2'],
    'precompiled script plugins': ['precompiled script plugins'],
    'Kotlin Gradle plugin': ['Kotlin Gradle plugin'],
    'Kotlin LSP': ['Kotlin language server', 'language server'],
    LSP: ['LSP'],
    'VS Code': ['VS Code'],
    Neovim: ['Neovim'],
    macOS: ['macOS'],
    Linux: ['Linux'],
    SSH: ['SSH'],
    Roborazzi: ['Roborazzi'],
    Robolectric: ['Robolectric'],
    'screenshot testing': ['screenshot testing', 'screenshot tests', 'screenshot test'],
    'Compose previews': ['previews'],
  },
  tolerated: [
    'Sealed Class', 'sealedclass.fm', 'sealedclass dot fm', 'sealedclass dot fm slash 88', 'testrook.dev', 'testrook dot dev', 'testrook dot dev slash sealedclass',
    'Oslo', 'Valencia', 'Frankfurt', 'ticket app', 'bird app', 'Utils2', 'herons', 'bird hide', 'ticket inspectors', 'inspectors', 'companion app',
    'release candidates', 'release candidate', 'RC', 'preview', 'previews', 'beta', 'alpha', 'pre-alpha', 'stable', 'when', 'when expression', 'if', 'else', 'branch', 'exhaustiveness check',
    'lambda', 'forEach', 'use', 'use block', 'for loop', 'strings', 'string', 'dollar signs', 'templates', 'JSON schemas', 'interpolation', 'logger', 'Logger', 'transaction', 'context block',
    'this', 'toString', 'compiler flag', 'compiler', 'compiler option', 'library APIs', 'interface methods', 'default methods', 'interfaces', 'binary compatibility', 'standard library', 'stdlib',
    'wrapper', 'Kotlin 2.2.0', 'Kotlin/JVM', 'Kotlin/Native', 'shared module', 'UI', 'camera screen', 'barcode', 'settings screen', 'managed devices', 'iPhone', 'iPhones', 'networking',
    'database', 'scroll physics', 'rubber band', 'text fields', 'text selection', 'public sector', 'theme', 'date picker', 'dialog', 'framework', 'signing', 'breakpoints', 'shared code',
    'desktop', 'colour', 'state', 'forms', 'lists', 'Material 3', 'Material date picker', 'Google', 'Pixel', 'SDK', 'SDK release', 'targetSdk', 'target SDK', 'API 37', 'theme attribute',
    'status bar', 'toolbar', 'gesture bar', 'tablets', 'tablet', 'foldables', 'dp', 'aspect ratio', 'portrait-only', 'portrait', 'manifest', 'manifest property', 'games', 'game',
    'activity', 'back animations', 'progress notifications', 'notification style', 'notifications', 'segments', 'points', 'sprint planning', 'QR code', 'QR screen', 'instrumented tests',
    'real phones', 'devices', 'device models', 'logcat', 'video', 'screenshot diff', 'flaky tests', 'device minutes', 'back handling', 'navigation library', 'snapshot state list',
    'keys', 'data objects', 'data classes', 'routes', 'entry provider', 'composable', 'animations', 'artifact', 'decorator', 'ViewModel store', 'scenes', 'scene', 'list and detail',
    'serializable', 'whiteboard', 'memory pages', 'page sizes', '64-bit', 'native code', 'native libraries', 'crypto library', 'analytics', 'C', 'linker flag', 'emulator image', 'vendor',
    'engines', 'major version', 'Java 17 toolchain', 'plugins', 'plugin', 'APIs', 'build scripts', 'build script', 'no-op build', 'system property', 'task action', 'project object',
    'execution time', 'configuration time', 'build-logic', 'deprecation warnings', 'deprecated', 'roadmap', 'picks', 'build file', 'server', 'diagnostics', 'completion', 'go to definition',
    'unit test', 'golden image', 'diff', 'scanner library', 'ComposablePreviewScanner', 'tablet sizes', 'show notes', 'Kotlin 2.2 release', 'Android 16 QPR2', 'Compose Multiplatform 1.8.0',
    'Room KMP', 'Gradle 9.0', 'JVM default methods', 'jvm-default', 'Navigation', 'Jetpack', 'Jetpack Navigation 3', 'Android 16 orientation change', 'Kotlin Multiplatform IDE plugin',
    'saved state', 'process death', 'GitHub', 'Swift', 'web page', 'public library APIs', 'mug', 'repository', 'repository function', 'clock', 'feature flags', 'codebase', 'multiplatform', 'Nav 3 multiplatform', 'gesture', 'predictive back gesture',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout12 (/work/heldout12/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.map((p) => words(unsplit(labeledText(p.text))).join(' ')).join(' ').split(/\s+/).length;
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${count(/¦/g)} service breaks in web.txt (${count(/¦~/g)} losing a word) inside ${paras.filter((p) => /¦/.test(p.text)).length} turns, ${paras.filter((x) => x.cut).length} paragraphs losing their first word, ${paras.filter((x) => x.lab === null).length} unlabeled lines in labeled.txt\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
