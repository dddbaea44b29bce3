// Builds Safepoint #41 (SYNTHETIC held-out episode, heldout9) from source.mjs: a solo-host weekly show about
// Java, Kotlin and the JVM (host Hugo Marchetti) with one listener call (Wendell Pryce). Intro; Java 25 for
// beginners and scripts; the AOT cache walkthrough, starting MID-PARAGRAPH at the end of the Java 25 item;
// memory and garbage collection; JDK Flight Recorder; [sponsor "Larchwood", read by the host]; the listener
// call (presented by the caller); Kotlin 2.2; builds (Gradle 9, Maven 4); the host's pick (kind extra);
// outro.
//
// Renders
//   episode.txt  one line per paragraph, `[hh:mm:ss] Full Name: text`, a label (the full name) on EVERY
//                line, no header and no footer. Times come from ~2.6 spoken words a second, 0.6 s between
//                speakers, 0.4 s before a same-speaker paragraph, starting at 3.0 s (theme music); a line's
//                stamp is the time of its first word. Gold paragraphs = the text after `Full Name: `. A
//                segment starts at the `[` of its first line, or at the `§` inside a line; the first starts
//                at 0, the last ends at the end of the file. transcriptStart = 0.
//   web.txt      a web page like the seed's: a page header and footer, every paragraph stamped `mm:ss` from
//                the same clock (the time of the paragraph's first word), `MARCHETTI:` labels on the first
//                TWO paragraphs only, spoken URLs dropped, the transcription service's own paragraph breaks
//                inside long turns (`¦`, mid-sentence; `¦~` also loses the continuation's first word), and
//                the first word lost on the continuation paragraphs marked `cut` in the source. Built with
//                the shared `splitWebParagraphs` and `render`. Gold paragraphs = the text after the stamp
//                (and label). A segment starts at the stamp of its first paragraph, or at the `§`.
//   gold.json    offsets into both files, all computed here (shared renderer:
//                /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText, splitWebParagraphs, segmentTracker, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, W } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'safepoint-041';
const WPS = 2.6;
const nWords = (s) => s.split(/\s+/).filter(Boolean).length;
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const two = (n) => String(n).padStart(2, '0');
const hhmmss = (sec) => { const s = Math.floor(sec); return `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`; };
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 3.0, (text) => nWords(unsplit(labeledText(text)).replace('§', '')), WPS);

// --- episode.txt --------------------------------------------------------------------------------
let txt = '';
const tParas = [];
const tracker = segmentTracker();
SOURCE.forEach((item, k) => {
  if (item.seg) { tracker.seg(item); return; }
  if (txt) txt += '\n';
  tracker.block(txt.length);
  txt += `[${hhmmss(wordTimes[k][0])}] ${item.speaker}: `;
  let text = unsplit(labeledText(item.text));
  const mark = text.indexOf('§');
  text = text.replace('§', '');
  if (mark >= 0) tracker.mark(txt.length + mark);
  tParas.push({ start: txt.length, end: txt.length + text.length, speaker: item.speaker });
  txt += text;
});
txt += '\n';
tracker.close(txt.length);

// --- web.txt ------------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? 0);
const stamps = webStamps(SOURCE, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);
const WEB = {
  header: [
    'Safepoint · Java, Kotlin and the JVM, weekly-ish', '',
    'Episodes    About    Support the show', '',
    '« Return to episode page', '',
    'Transcript for Episode #41:', 'Java 25 is here: scripts, startup and our first caller', '',
    `Recorded on Monday, Sep 29, 2025. Length ${mmss(lastTime + 6)}.`, '', '',
  ].join('\n'),
  footer: '\n\nSafepoint is made in Turin by Hugo Marchetti. Transcripts are machine-generated and may contain errors.\n« Return to episode page',
  labels: 2,
  label: { [H]: 'MARCHETTI', [W]: 'PRYCE' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`, speechOnly: true,
  words: (i, p) => p.text,
});

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Safepoint', number: 41, recorded: '2025-09-29', title: 'Java 25 is here: scripts, startup and our first caller' };
const ENTITIES = {
  required: {
    Java: ['Java'],
    'Java 25': ['Java 25', '25'],
    'Java 8': ['8'],
    'Java 11': ['Java 11', '11'],
    'Java 17': ['Java 17', '17'],
    'Java 21': ['Java 21', '21'],
    'Java 22': ['Java 22'],
    'Java 24': ['Java 24', '24'],
    Kotlin: ['Kotlin'],
    JVM: ['JVM'],
    JDK: ['JDK', 'JDKs'],
    'virtual threads': ['virtual threads'],
    'JEP 491': ['JEP 491'],
    synchronized: ['synchronized', 'synchronized blocks'],
    ReentrantLock: ['ReentrantLock'],
    'JEP 512': ['JEP 512', 'compact source files', 'instance main methods'],
    'java.lang.IO': ['java dot lang dot IO', 'IO dot println', 'IO'],
    'System.out.println': ['System dot out dot println', 'System dot out'],
    javac: ['javac'],
    'source launcher': ['launcher', 'java Hello dot java'],
    'Advent of Code': ['Advent of Code'],
    bash: ['bash'],
    'JEP 511': ['JEP 511', 'module import declarations', 'import module'],
    'java.base': ['java dot base'],
    'java.util': ['java dot util'],
    'java.awt': ['java dot awt'],
    'JEP 513': ['JEP 513', 'flexible constructor bodies'],
    'JEP 506': ['JEP 506', 'scoped values'],
    ThreadLocal: ['ThreadLocal'],
    'structured concurrency': ['structured concurrency'],
    'stable values': ['stable values'],
    'primitive types in patterns': ['primitive types in patterns'],
    'key derivation function API': ['key derivation function API'],
    'x86 32-bit port': ['32-bit x86 port', '32-bit x86'],
    JIT: ['JIT'],
    'AOT cache': ['AOT cache', 'ahead-of-time cache'],
    'Project Leyden': ['Project Leyden', 'Leyden'],
    OpenJDK: ['OpenJDK'],
    'JEP 483': ['JEP 483', 'ahead-of-time class loading and linking'],
    'JEP 514': ['JEP 514'],
    AOTCacheOutput: ['AOTCacheOutput'],
    AOTCache: ['AOTCache'],
    'JEP 515': ['JEP 515', 'method profiles'],
    'Spring Boot': ['Spring Boot'],
    Spring: ['Spring'],
    REST: ['REST'],
    PostgreSQL: ['Postgres'],
    'spring.context.exit': ['spring dot context dot exit', 'onRefresh'],
    Dockerfile: ['Dockerfile'],
    'GraalVM Native Image': ['GraalVM Native Image', 'GraalVM', 'Native Image'],
    CRaC: ['CRaC', 'coordinated restore at checkpoint'],
    'compact object headers': ['compact object headers'],
    'compressed class pointers': ['compressed class pointers'],
    'JEP 450': ['JEP 450'],
    'JEP 519': ['JEP 519'],
    UseCompactObjectHeaders: ['UseCompactObjectHeaders'],
    Kubernetes: ['Kubernetes'],
    cgroup: ['cgroup'],
    MaxRAMPercentage: ['MaxRAMPercentage'],
    'Generational Shenandoah': ['Generational Shenandoah', 'Shenandoah'],
    'JEP 521': ['JEP 521'],
    ShenandoahGCMode: ['ShenandoahGCMode'],
    'Red Hat': ['Red Hat'],
    G1: ['G1'],
    ZGC: ['ZGC'],
    'JDK Flight Recorder': ['JDK Flight Recorder', 'JFR'],
    'JEP 509': ['JEP 509', 'CPU-time profiling'],
    Linux: ['Linux'],
    'async-profiler': ['async-profiler'],
    'JEP 518': ['JEP 518', 'cooperative sampling'],
    'JEP 520': ['JEP 520', 'method timing and tracing'],
    jcmd: ['jcmd'],
    'JFR.start': ['JFR dot start'],
    'JDK Mission Control': ['JDK Mission Control', 'Mission Control'],
    'jfr view': ['jfr view', 'jfr view hot-methods'],
    SSH: ['SSH'],
    Larchwood: ['Larchwood'],
    Gradle: ['Gradle'],
    Maven: ['Maven'],
    'build cache': ['build cache', 'remote build cache'],
    'test distribution': ['test distribution'],
    'Spring Boot 2.7': ['Spring Boot 2.7', '2.7'],
    'Spring Boot 3': ['Spring Boot 3'],
    'Spring Boot 3.5': ['3.5'],
    javax: ['javax', 'javax dot persistence', 'javax dot servlet'],
    'Jakarta EE': ['jakarta', 'jakarta dot persistence', 'jakarta dot servlet'],
    OpenRewrite: ['OpenRewrite'],
    jdeps: ['jdeps'],
    jdeprscan: ['jdeprscan'],
    Hibernate: ['Hibernate'],
    HQL: ['HQL'],
    'native queries': ['native queries'],
    'sun.misc.Unsafe': ['sun dot misc dot Unsafe', 'Unsafe'],
    'Security Manager': ['Security Manager'],
    'Kotlin 2.2': ['Kotlin 2.2', '2.2'],
    'Kotlin 2.2.20': ['2.2.20'],
    K2: ['K2', 'K2 compiler'],
    'guard conditions': ['guard conditions'],
    'non-local break and continue': ['non-local break and continue'],
    'multi-dollar string interpolation': ['multi-dollar string interpolation'],
    JSON: ['JSON', 'JSON schema'],
    'context parameters': ['context parameters'],
    'context receivers': ['context receivers'],
    'Kotlin/Wasm': ['Kotlin/Wasm'],
    WebAssembly: ['WebAssembly'],
    'Compose Multiplatform': ['Compose Multiplatform'],
    'VS Code': ['VS Code'],
    JetBrains: ['JetBrains'],
    'Kotlin language server': ['Kotlin language server', 'language server'],
    KotlinConf: ['KotlinConf'],
    IntelliJ: ['IntelliJ'],
    'Gradle 9': ['Gradle 9'],
    'Kotlin DSL': ['Kotlin DSL'],
    'configuration cache': ['configuration cache', 'configuration-cache'],
    'Java toolchains': ['toolchain'],
    'daemon JVM criteria': ['daemon JVM criteria'],
    JAVA_HOME: ['JAVA_HOME'],
    'Maven 4': ['Maven 4'],
    POM: ['POM', 'consumer POM', 'build POM'],
    'Maven 3.9': ['Maven 3.9'],
    'Maven wrapper': ['Maven wrapper', 'mvnw'],
    'Gradle wrapper': ['Gradle wrapper'],
    SDKMAN: ['SDKMAN'],
    '.sdkmanrc': ['dot sdkmanrc', 'sdkmanrc', 'sdk env'],
    'Eclipse Temurin': ['Eclipse Temurin', 'Temurin', 'Temurin 25'],
    Adoptium: ['Adoptium'],
    'Amazon Corretto': ['Amazon Corretto', 'Corretto'],
    'Azul Zulu': ['Azul Zulu', 'Zulu'],
    'Microsoft Build of OpenJDK': ['Microsoft Build of OpenJDK'],
    Oracle: ['Oracle'],
  },
  tolerated: [
    'Safepoint', 'safepoint.fm', 'safepoint dot fm slash 41', 'safepoint dot fm', 'larchwood.build', 'larchwood dot build slash safepoint', 'larchwood dot build',
    'Turin', 'Cardiff', 'long-term support', 'LTS', 'long-term release', 'stack traces', 'carrier thread', 'pinning', 'public static void main', 'String array args',
    'class', 'println', 'readln', 'class declaration', 'static', 'args', 'void main', 'source files', 'scripts', 'public package', 'module', 'modules',
    'List', 'Map', 'Files', 'Path', 'name clashes', 'constructor', 'super', 'this', 'superclass constructor', 'static helper methods', 'preview', 'fifth preview',
    'third preview', 'crypto', 'Intel', '32-bit', 'startup', 'warmup', 'training run', 'cache file', 'classes', 'flags', 'endpoints', 'app dot aot', 'app.aot',
    'laptop', 'classpath', 'jar', 'jar files', 'log', 'peak performance', 'application context', 'container', 'image', 'closed-world assumption', 'reflection',
    'snapshot', 'sockets', 'heap', 'header', '64-bit', 'product feature', 'experimental', 'Strings', 'boxed integers', 'records', 'hash map nodes', 'GC',
    'garbage collectors', 'garbage collector', 'load test', 'latency', 'container-aware', 'memory limit', 'low-pause collector', 'generational mode', 'young',
    'old', 'non-generational mode', 'collector', 'profiler', 'method sampling', 'wall-clock', 'threads', 'CPU', 'kernel', 'CPU timer', 'sampling',
    'bytecode instrumentation', 'bytecode', 'log line', 'stopwatch', 'recording', 'process id', 'GUI', 'terminal', 'command line', 'CI', 'modules',
    'build outputs', 'pipelines', 'checkout', 'test suites', 'Maven extension', 'credit card', 'voice memo', 'housing association', 'repair requests',
    'open source support', 'imports', 'recipes', 'properties', 'deprecated APIs', 'plugin', 'internal APIs', 'jdk-internals', 'queries', 'library',
    'caching', 'memory-access methods', 'app servers', 'ops team', 'vendors', 'language features', 'when expressions', 'when branch', 'pattern', 'loop', 'lambda',
    'compile error', 'dollar sign', 'logger', 'transaction', 'blog posts', 'browser', 'top-level main', 'completion', 'pre-alpha', 'build scripts',
    'configuration phase', 'project object', 'execution time', 'task outputs', 'compiled classes', 'test results', 'Postgres container', 'test class',
    'release candidates', 'model version', '4.1.0', 'subprojects', 'ecosystem', 'repository', 'build agent', 'CI machine', 'Gradle daemon', 'daemon',
    'distributions', 'shell', 'support terms', 'JEP', 'JEPs', 'Java 25 bytecode', 'sdk list java', 'sdk install java', 'sdk use', '25-tem', 'JDK 25', 'JDK 24',
    'Java SE', 'OpenJDK project', 'REST service', 'Spring service', 'Kotlin people', 'Java people', 'Maven 3', 'Spring Boot 2', 'Hibernate 5', 'Hibernate 6',
    'Hibernate 5 to 6', 'five', 'six', 'GraalVM Native Image', 'async profiler', 'Mission Control', 'Grazie', 'JSON schema', 'Kotlin string', 'Amazon', 'Azul',
    'Microsoft', 'Eclipse', 'Kotlin 2.0', '2.0', 'IntelliJ IDEA', 'HotSpot', 'Java 2', 'Java 2.7', 'Project Loom', 'Loom',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout9 (/work/heldout9/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    stamped: { input: 'episode.txt', length: txt.length, transcriptStart: 0, segments: tracker.segments, paragraphs: tParas },
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
  },
};
writeFileSync(join(here, 'episode.txt'), txt);
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => unsplit(labeledText(p.text)).replace('§', '')).join(' ').split(/\s+/).length;
const splits = SOURCE.filter((x) => !x.seg).reduce((n, p) => n + (p.text.match(/¦/g) ?? []).length, 0);
const splitsCut = SOURCE.filter((x) => !x.seg).reduce((n, p) => n + (p.text.match(/¦~/g) ?? []).length, 0);
console.log(`${speech} spoken words, ${hhmmss(lastTime)} long, ${splits} service breaks in web.txt (${splitsCut} losing a word), ${SOURCE.filter((x) => x.cut).length} continuation paragraphs losing a word\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
