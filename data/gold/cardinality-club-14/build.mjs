// Builds Cardinality Club, session 14 (SYNTHETIC held-out episode, heldout10) from source.mjs: a recorded
// online panel of an observability meetup, "OpenTelemetry, two years in", with a moderator (Renata Okafor)
// and three panellists (Kofi Asante, Inês Albuquerque, Hannah Lindqvist). Intro (welcome, housekeeping,
// self-introductions); six topics the moderator opens with a question to a named panellist (Kofi: the
// Collector in production; Inês: Prometheus 3 and OTLP; Hannah: semantic conventions; Inês: cardinality
// and cost, starting MID-CUE; Hannah: profiling and eBPF; Kofi: an audience question); outro.
//
// Renders
//   panel.vtt  a Zoom-style WebVTT recording transcript: `WEBVTT`, a blank line, then numbered cues
//              (`1`, `00:00:01.120 --> 00:00:05.480`, `Display Name: text`) separated by blank lines, and a
//              final newline. Zoom puts the participant's DISPLAY NAME in every cue (Hannah's is "Hannah
//              Lindqvist (she/her)") and cuts each turn into cues of a few seconds without regard to
//              sentences: a cue ends after 6 to 14 words (drawn from a fixed-seed generator), or earlier, at
//              a sentence end, about half the time once it holds 4 words. A cue never spans two speakers.
//              Straight apostrophes, as Zoom writes them. Times come from ~2.6 spoken words a second, 0.6 s
//              between speakers and 0.4 s before a same-speaker paragraph, starting at 2.0 s; a cue starts
//              at its first word and ends 10 ms before the next word would start. Gold paragraphs = the cue
//              texts after `Display Name: `, one per cue. A segment starts at the cue NUMBER of its first
//              cue, or at the `§` inside a cue. The first starts at 0 (the `WEBVTT` header belongs to the
//              intro), the last ends at the end of the file. transcriptStart = the first cue number.
//   web.txt    a web page like the seed's: a page header and footer, every paragraph stamped `mm:ss` from
//              the same clock, `OKAFOR:` on the first TWO paragraphs only (both Renata's), the service's own
//              paragraph breaks inside long turns (`¦`; `¦~` also loses the continuation's first word), and
//              the first word lost on the paragraphs marked `cut` in the source. Built with the shared
//              `splitWebParagraphs` and `render`; curly apostrophes. Gold paragraphs = the text after the
//              stamp (and label). A segment starts at the stamp of its first paragraph, or at the `§`.
//   gold.json  offsets into both files, all computed here (shared renderer:
//              /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//              folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText, splitWebParagraphs, segmentTracker, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, DISPLAY, R, K, I, H } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'cardinality-club-14';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const words = (t) => t.split(/\s+/).filter(Boolean);
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const vttTime = (ms) => `${two(Math.floor(ms / 3600000))}:${two(Math.floor(ms / 60000) % 60)}:${two(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, '0')}`;

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 2.0, (text) => words(unsplit(text)).length, WPS);

// --- panel.vtt ----------------------------------------------------------------------------------
let seed = 20251016;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const HEADER = 'WEBVTT\n\n';
let vtt = HEADER;
const vParas = [];
const tracker = segmentTracker();
let nCue = 0;
SOURCE.forEach((item, k) => {
  if (item.seg) { tracker.seg(item); return; }
  const ws = words(unsplit(item.text));
  // cut the turn into cues
  const cues = [];
  let cur = [], target = 6 + Math.floor(rand() * 9);
  ws.forEach((w, j) => {
    cur.push(j);
    const sentenceEnd = /[.?!]["']?$/.test(w);
    if (cur.length >= target || (sentenceEnd && cur.length >= 4 && rand() < 0.5)) {
      cues.push(cur); cur = []; target = 6 + Math.floor(rand() * 9);
    }
  });
  if (cur.length) cues.push(cur);
  for (const cue of cues) {
    nCue++;
    const blockStart = vtt.length;
    tracker.block(blockStart);
    const a = Math.round(wordTimes[k][cue[0]] * 1000);
    const b = Math.round((wordTimes[k][cue.at(-1)] + 1 / WPS) * 1000) - 10;
    vtt += `${nCue}\n${vttTime(a)} --> ${vttTime(b)}\n${DISPLAY[item.speaker]}: `;
    const textStart = vtt.length;
    let text = '';
    cue.forEach((j, x) => {
      let w = ws[j];
      if (w.startsWith('§')) {
        w = w.slice(1);
        tracker.mark(x === 0 ? blockStart : textStart + text.length + 1);
      }
      text += (x ? ' ' : '') + w;
    });
    if (/§/.test(text)) throw new Error('§ must open a word');
    vParas.push({ start: textStart, end: textStart + text.length, speaker: item.speaker });
    vtt += text + '\n';
    if (k < SOURCE.length - 1 || cue !== cues.at(-1)) vtt += '\n';
  }
});
if (vtt.endsWith('\n\n')) vtt = vtt.slice(0, -1);
tracker.close(vtt.length);

// --- web.txt ------------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? 0);
const stamps = webStamps(SOURCE, wordTimes, (text) => text.split(/ ?¦~?/), (part) => words(part).length);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);
const WEB = {
  header: [
    'Cardinality Club · an online observability meetup', '',
    'Sessions    Speakers    Code of conduct    Join the Slack', '',
    '« All sessions', '',
    'Transcript for Session #14:', 'OpenTelemetry, two years in', '',
    `Recorded on Thursday, Oct 16, 2025. Length ${mmss(lastTime + 4)}.`, '', '',
  ].join('\n'),
  footer: '\n\nTranscripts are generated automatically from the Zoom recording and may contain errors.\n« All sessions',
  labels: 2,
  label: { [R]: 'OKAFOR', [K]: 'ASANTE', [I]: 'ALBUQUERQUE', [H]: 'LINDQVIST' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`, speechOnly: true,
  words: (i, p) => p.text,
});

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Cardinality Club', number: 14, recorded: '2025-10-16', title: 'OpenTelemetry, two years in' };
const ENTITIES = {
  required: {
    OpenTelemetry: ['OpenTelemetry'],
    'OpenTelemetry Collector': ['OpenTelemetry Collector', 'Collector', 'collectors'],
    Prometheus: ['Prometheus'],
    'Prometheus 3': ['Prometheus 3', '3.0'],
    'Prometheus 1': ['Prometheus 1'],
    Kubernetes: ['Kubernetes'],
    DaemonSet: ['DaemonSet'],
    'k8s attributes processor': ['k8s attributes processor'],
    'batch processor': ['batch', 'batches'],
    'tail sampling': ['tail sampling', 'tail-sample'],
    'load-balancing exporter': ['load-balancing exporter'],
    'memory limiter processor': ['memory limiter processor', 'memory limiter'],
    GOMEMLIMIT: ['GOMEMLIMIT'],
    Go: ['Go'],
    'persistent queue': ['persistent queue'],
    'file storage extension': ['file storage extension'],
    'OpenTelemetry Collector Contrib': ['contrib image', 'contrib'],
    OCB: ['OCB', 'builder'],
    'OpenTelemetry Operator': ['OpenTelemetry Operator', 'Operator'],
    'transform processor': ['transform processor'],
    OTTL: ['OTTL', 'OpenTelemetry Transformation Language'],
    OTLP: ['OTLP'],
    'OTLP receiver': ['OTLP receiver', 'enable OTLP receiver'],
    'UTF-8': ['UTF-8'],
    'http.server.request.duration': ['http dot server dot request dot duration'],
    'Remote Write 2.0': ['Remote Write 2.0', 'Remote Write'],
    exemplars: ['exemplars', 'exemplar'],
    'native histograms': ['native histograms'],
    PromQL: ['PromQL'],
    'translation strategy': ['translation strategy'],
    'Prometheus receiver': ['Prometheus receiver'],
    'node exporter': ['node exporter'],
    'kube-state-metrics': ['kube-state-metrics'],
    'resource attributes': ['resource attributes'],
    target_info: ['target info'],
    temporality: ['delta temporality', 'temporality', 'cumulative'],
    'deltatocumulative processor': ['delta-to-cumulative processor'],
    'left-open range selectors': ['left-open', 'range selectors'],
    'semantic conventions': ['semantic conventions'],
    HTTP: ['HTTP'],
    'http.request.method': ['http dot request dot method'],
    'http.response.status_code': ['http dot response dot status code'],
    'url.full': ['url dot full'],
    OTEL_SEMCONV_STABILITY_OPT_IN: ['OTEL underscore SEMCONV underscore STABILITY underscore OPT underscore IN'],
    'http/dup': ['http slash dup', 'dup setting'],
    'database semantic conventions': ['database conventions'],
    'db.query.text': ['db dot query dot text'],
    'gen AI semantic conventions': ['gen AI conventions'],
    LLM: ['LLM'],
    'schema URL': ['schema URL'],
    'span metrics connector': ['span metrics connector', 'span metrics'],
    TSDB: ['TSDB', 'TSDB status page'],
    relabelling: ['relabelling'],
    labeldrop: ['labeldrop'],
    'recording rules': ['recording rules', 'recording rule'],
    Grafana: ['Grafana'],
    'Adaptive Metrics': ['Adaptive Metrics'],
    'profiles signal': ['profiles signal'],
    pprof: ['pprof'],
    Elastic: ['Elastic'],
    eBPF: ['eBPF'],
    Pyroscope: ['Pyroscope'],
    Parca: ['Parca'],
    Beyla: ['Beyla'],
    OBI: ['OBI', 'OpenTelemetry eBPF Instrumentation'],
    'RED metrics': ['RED metrics'],
    gRPC: ['gRPC'],
    SDK: ['SDK', 'SDKs'],
    Perl: ['Perl'],
    JSON: ['JSON'],
    'zero-code instrumentation': ['zero-code instrumentation'],
    'OpenTelemetry Java agent': ['Java agent'],
    Java: ['Java'],
    Python: ['Python'],
    'opentelemetry-instrument': ['opentelemetry-instrument'],
    '.NET auto-instrumentation': ['.NET auto-instrumentation', '.NET'],
    Jaeger: ['Jaeger'],
    Tempo: ['Tempo'],
    'Prometheus client libraries': ['Prometheus client libraries', 'Prometheus client'],
    'OpenTelemetry log bridge': ['log bridge'],
    git: ['git'],
    CNCF: ['CNCF', 'CNCF Slack'],
    KubeCon: ['KubeCon'],
  },
  tolerated: [
    'cardinality', 'high-cardinality', 'time series', 'views', 'trace ID', 'head sampling', 'flame graph', 'profiling', 'continuous profiling', 'CPU', 'histograms', 'histogram', 'OOM', 'OOM-killed', 'LinkedIn', 'Slack', 'Bluesky', 'YouTube',
    'Cardinality Club', 'Lagos', 'São Paulo', 'Helsinki', 'Rotterdam', 'Porto', 'Stockholm', 'Atlanta', 'Mango', 'Priyanka', 'ines dot observes', 'ines.observes',
    'recording', 'transcript', 'chat', 'Q and A', 'Q&A', 'panel', 'panellists', 'moderator', 'hello-world', 'observability', 'observability vendor', 'vendor', 'vendors',
    'profiling SIG', 'SIG', 'upstream', 'gateway', 'gateways', 'gateway tier', 'agent', 'agents', 'load balancer', 'deployment', 'node', 'nodes', 'Kubernetes metadata',
    'processor', 'processors', 'receivers', 'exporters', 'exporter', 'pipeline', 'trace', 'traces', 'spans', 'span', 'span ID', 'half-trace', 'sampling', 'sampling tier',
    'queue', 'container', 'kernel', 'garbage collector', 'Go garbage collector', 'distribution', 'custom distribution', 'binary', 'security scanner', 'component', 'components',
    'attribute', 'attributes', 'changelog', 'release notes', 'connector', 'config', 'unit tests', 'sticker', 'pull system', 'scrape', 'scrape config', 'push', 'UI', 'new UI',
    'metric names', 'label names', 'dots', 'underscores', 'metadata', 'braces', 'dashboards', 'dashboard', 'query engine', 'storage', 'service name', 'namespace', 'labels', 'label',
    'delta', 'feature flag', 'alerting rules', 'alerts', 'alert', 'Prometheus 2', '2', 'flags', 'sample', 'samples', 'renames', 'rename', 'HTTP method', 'unit', 'milliseconds',
    'seconds', 'environment variable', 'instrumentation', 'http dot method', 'http dot status code', 'http dot url', 'db dot statement', 'prompts', 'completions', 'personal data',
    'http underscore server underscore duration underscore milliseconds', 'http underscore server underscore request underscore duration underscore seconds', 'metrics bill', 'bill',
    'user ID', 'request counter', 'method', 'route', 'status code', 'buckets', 'bucket', 'sum', 'count', 'customer ID', 'latency graph', 'dimensions', 'aggregates', 'metrics SDK',
    'instrument', 'app team', 'fourth signal', 'signal', 'alpha', 'data model', 'wire format', 'backend', 'agent', 'host', 'overhead', 'billing mediation service', 'regular expression',
    'regex', 'JSON serializer', 'log line', 'network calls', 'custom spans', 'business attributes', 'legacy service', 'customs duties', 'DaemonSet', 'business metrics', 'pods', 'logs',
    'logging library', 'optimisation', 'vendor lock-in', 'tracing backend', 'exporter config', 'code', 'alerting', 'pager', 'Zoom', 'WebVTT', 'OpenTelemetry SDK', 'OTel', 'otel',
    'OpenTelemetry Collector Builder', 'Collector Builder', 'Prometheus 3.0', 'Prometheus exporters', 'exporters', 'Grafana Pyroscope', 'Polar Signals', 'Grafana Tempo',
    'Grafana Beyla', 'OpenTelemetry eBPF', 'eBPF profiler', 'eBPF agent', 'profiler', 'Elastic profiling agent', 'gen AI', 'GenAI', 'AI', 'Perl service', 'KubeCon North America',
    'CNCF Slack', 'collector channel', 'cumulative temporality', 'delta-to-cumulative', 'kube-state-metrics', 'feature flags', 'percent', 'session fourteen',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout10 (/work/heldout10/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    vtt: { input: 'panel.vtt', length: vtt.length, transcriptStart: HEADER.length, segments: tracker.segments, paragraphs: vParas },
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
  },
};
writeFileSync(join(here, 'panel.vtt'), vtt);
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => unsplit(labeledText(p.text)).replace('§', '')).join(' ').split(/\s+/).length;
const splits = SOURCE.filter((x) => !x.seg).reduce((n, p) => n + (p.text.match(/¦/g) ?? []).length, 0);
const splitsCut = SOURCE.filter((x) => !x.seg).reduce((n, p) => n + (p.text.match(/¦~/g) ?? []).length, 0);
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${nCue} cues, ${splits} service breaks in web.txt (${splitsCut} losing a word), ${SOURCE.filter((x) => x.cut).length} paragraphs losing their first word\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
