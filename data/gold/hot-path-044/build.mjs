// Builds Hot Path #44 (SYNTHETIC held-out episode, heldout18) from source.mjs: a one-host one-guest INTERVIEW about
// eBPF (host Ruben Castell, guest Ingrid Solberg, a performance engineer at a hosting company). Intro (Ruben); what
// eBPF is (Ingrid, opened by Ruben's question); bpftrace and the BCC tools (Ingrid); BCC to libbpf, CO-RE and BTF
// (Ingrid, who raises it herself MID-PARAGRAPH); [sponsor "Keelson", read by Ruben: a NEW paragraph of his after his
// own one-liner]; XDP and Cilium (Ingrid, opened by ANOTHER new paragraph of Ruben's: no speaker change); security
// (Ingrid, a weak cue); continuous profiling (Ingrid, who raises it herself MID-PARAGRAPH); sched_ext (Ingrid, a
// back-reference to the introduction); Rust and Go, eBPF for Windows, the RFC (Ingrid, a NEW paragraph of hers: no
// speaker change); where to start (Ingrid); outro (Ruben).
//
// Renders
//   transcript.ttml  an Apple Podcasts transcript (TTML) as the app's transcripts are stored: the XML declaration, a
//                    `<tt>` root with the TTML, `podcasts:`, `ttm:`, `tts:` and `ttp:` namespaces, a `<head>` listing
//                    the agents (`<ttm:agent type="person" xml:id="SPEAKER_1"/>`), `<body dur="…">`, ONE `<div
//                    begin end>`, then one `<p begin end ttm:agent="SPEAKER_n">` a line, each holding `<span
//                    podcasts:unit="sentence">` spans (one space between them) of `<span podcasts:unit="word" begin
//                    end>word</span>` spans (one space between them). Times are seconds with milliseconds, `s.mmm`
//                    under a minute and `m:ss.mmm` after (Apple's habit as remembered), from one clock: ~2.6 spoken
//                    words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from 0.3 s; a word
//                    ends 120 ms + 25 ms a letter or digit after it begins, never within 30 ms of the next word. The agents
//                    are DIARISATION ids, never names: the host is SPEAKER_1 and the guest SPEAKER_2 (order of first
//                    appearance), except two short paragraphs the diariser got wrong (`agent`) and one back-channel
//                    of the host it ran into the guest's <p> (`merge`: a mixed <p>, gold `ambiguous`, the majority
//                    speaker). A source paragraph longer than ~60 words is cut into several <p> of one agent at
//                    sentence ends (at least 40 words each but the last). Curly apostrophes; the spoken URLs as
//                    words. GOLD PARAGRAPH SPAN: from the `<` of the first word span of a <p> to the `>` of the last
//                    word span's `</span>`, so the word and sentence markup between them lies INSIDE the span (the
//                    words cannot be separated from it), and the `<p …>` tag, the opening sentence span and the
//                    closing `</span></p>` lie outside. transcriptStart is the first `<p` line; the XML header belongs
//                    to the intro. A segment starts at the `<p` line of its first paragraph, or inside a <p> at the
//                    `<span podcasts:unit="sentence">` of the sentence that opens it (the `§` sentence; at the `<p`
//                    line when that sentence happens to open a <p>). Gold key `ttml`.
//   web.txt          a seed-like page of the same conversation: a header (show, navigation, episode title, date and
//                    length) and footer; `mm:ss` stamps on the same clock; `RUBEN:` on the first TWO paragraphs ONLY,
//                    both the host's (his welcome and his introduction of the guest), so the guest is never labelled;
//                    page breaks inside long turns at sentence ends where the continuation loses its first word
//                    (`¦~`; `¦` keeps it); the paragraphs marked `cut` lose their first word; spoken URLs dropped.
//                    Built with the shared `splitWebParagraphs`, `webStamps` and `render` (speechOnly). Gold key `web`.
//   gold.json        offsets into both files, all computed here (shared renderer:
//                    /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this folder.
//                    Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'hot-path-044';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const tokens = (t) => unsplit(labeledText(t)).split(/\s+/).filter(Boolean);
const words = (t) => tokens(t).map((w) => w.replace('§', '')).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 0.3, (t) => words(t).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- transcript.ttml ----------------------------------------------------------------------------
const AGENT = { [H]: 'SPEAKER_1', [G]: 'SPEAKER_2' };
const clock = (ms) => {
  const s = Math.floor(ms / 1000), f = String(ms % 1000).padStart(3, '0');
  if (s < 60) return `${s}.${f}`;
  if (s < 3600) return `${Math.floor(s / 60)}:${two(s % 60)}.${f}`;
  return `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}.${f}`;
};
const xml = (w) => { if (/[<>&"]/.test(w)) throw new Error(`markup character in a word: ${w}`); return w; };
// every spoken word, in order, with its time, speaker and source index
const all = [];
SOURCE.forEach((item, k) => {
  if (item.seg) return;
  tokens(item.text).forEach((tok, j) => {
    const w = tok.replace('§', '');
    if (!w) throw new Error('a lone § mark');
    all.push({ w, k, speaker: item.speaker, mark: tok.startsWith('§'), begin: Math.round(wordTimes[k][j] * 1000) });
  });
});
all.forEach((x, i) => {
  const next = all[i + 1]?.begin ?? Infinity;
  x.end = Math.min(x.begin + 120 + 25 * x.w.replace(/[^\p{L}\p{N}]/gu, "").length, next - 30);
  if (!(x.end > x.begin)) throw new Error('a word without duration');
});
// source paragraphs -> sentences -> <p> chunks
const ps = [];
SOURCE.forEach((item, k) => {
  if (item.seg) { ps.push({ seg: item }); return; }
  const ws = all.filter((x) => x.k === k);
  const sentences = [];
  let cur = [];
  for (const x of ws) { cur.push(x); if (/[.?!][”’")]*$/.test(x.w)) { sentences.push(cur); cur = []; } }
  if (cur.length) sentences.push(cur);
  for (const s of sentences) if (s.slice(1).some((x) => x.mark)) throw new Error(`a § not at a sentence start: ${item.text.slice(0, 40)}`);
  if (item.merge) {
    const prev = ps.filter((p) => !p.seg).at(-1);
    if (!prev || ps.at(-1).seg) throw new Error('merge needs a <p> right before it');
    prev.sentences.push(...sentences);
    return;
  }
  const agent = item.agent ?? AGENT[item.speaker];
  let chunk = null;
  for (const s of sentences) {
    if (!chunk || (chunk.n >= 40 && chunk.n + s.length > 60)) { chunk = { agent, sentences: [], n: 0 }; ps.push(chunk); }
    chunk.sentences.push(s);
    chunk.n += s.length;
  }
});
const TT_HEAD = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:podcasts="http://podcasts.apple.com/transcript-ttml-internal" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xmlns:tts="http://www.w3.org/ns/ttml#styling" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" ttp:timeBase="media" xml:lang="en-US">',
  '<head>', '<metadata>', '<ttm:agent type="person" xml:id="SPEAKER_1"/>', '<ttm:agent type="person" xml:id="SPEAKER_2"/>', '</metadata>', '</head>',
].join('\n') + '\n';
const realPs = ps.filter((p) => !p.seg);
const pBegin = (p) => p.sentences[0][0].begin, pEnd = (p) => p.sentences.at(-1).at(-1).end;
const durMs = pEnd(realPs.at(-1));
let ttml = TT_HEAD + `<body dur="${clock(durMs)}">\n<div begin="${clock(pBegin(realPs[0]))}" end="${clock(durMs)}">\n`;
const ttmlParas = [], ttmlSegs = [];
let ttmlStart = null, pendingSeg = null;
const openSeg = (item, at) => {
  if (ttmlSegs.length) ttmlSegs.at(-1).end = at;
  ttmlSegs.push({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: ttmlSegs.length ? at : 0, end: null });
};
const midQueue = [];
for (const p of ps) {
  if (p.seg) {
    if (p.seg.mid) { if (!midQueue.length) throw new Error(`mid segment ${p.seg.title} without a § mark`); openSeg(p.seg, midQueue.shift()); }
    else pendingSeg = p.seg;
    continue;
  }
  const lineAt = ttml.length;
  if (ttmlStart == null) ttmlStart = lineAt;
  if (pendingSeg) { openSeg(pendingSeg, lineAt); pendingSeg = null; }
  ttml += `<p begin="${clock(pBegin(p))}" end="${clock(pEnd(p))}" ttm:agent="${p.agent}">`;
  let first = null, count = {};
  p.sentences.forEach((s, si) => {
    if (si) ttml += ' ';
    if (s[0].mark) midQueue.push(si === 0 ? lineAt : ttml.length);
    ttml += '<span podcasts:unit="sentence">';
    s.forEach((x, wi) => {
      if (wi) ttml += ' ';
      if (first == null) first = ttml.length;
      ttml += `<span podcasts:unit="word" begin="${clock(x.begin)}" end="${clock(x.end)}">${xml(x.w)}</span>`;
      count[x.speaker] = (count[x.speaker] ?? 0) + 1;
    });
    const last = ttml.length;
    ttml += '</span>';
    if (si === p.sentences.length - 1) {
      const ranked = Object.entries(count).sort((a, b) => b[1] - a[1]);
      const para = { start: first, end: last, speaker: ranked[0][0] };
      if (ranked.length > 1) para.ambiguous = true;
      ttmlParas.push(para);
    }
  });
  ttml += '</p>\n';
}
if (midQueue.length) throw new Error('a § mark without its mid segment');
ttml += '</div>\n</body>\n</tt>\n';
ttmlSegs.at(-1).end = ttml.length;
if (/[§¦⟨⟩]/.test(ttml)) throw new Error('a mark in transcript.ttml');

// --- web.txt ------------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? 0);
const stamps = webStamps(SOURCE, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const TITLE = 'Ingrid Solberg: eBPF, or how to program the kernel without crashing it';
const web = render(WEB_SOURCE, {
  header: [
    'Hot Path', 'Making software fast, and finding out why it isn’t', '',
    'Episodes · Guests · Newsletter · About', '',
    `#44 – ${TITLE}`, `October 1, 2025 · ${Math.round(lastTime / 60)} minutes`, '',
    'Transcript', '', '',
  ].join('\n'),
  footer: '\n\nThis transcript was generated automatically and lightly edited. Quotes should be checked against the audio.\n← All episodes',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? 'RUBEN: ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).some((p) => p.speaker !== H)) throw new Error('the two labeled web paragraphs must be the host’s');
if (/[⟨⟩§¦]/.test(web.text)) throw new Error('a mark in web.txt');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Hot Path', number: 44, recorded: '2025-10-01', title: TITLE };
const ENTITIES = {
  required: {
    eBPF: ['eBPF'],
    Linux: ['Linux'],
    'Linux kernel': ['Linux kernel', 'kernel'],
    'kernel module': ['kernel module'],
    JavaScript: ['JavaScript'],
    BPF: ['BPF'],
    'Berkeley Packet Filter': ['Berkeley Packet Filter'],
    tcpdump: ['tcpdump'],
    'virtual machine': ['virtual machine'],
    verifier: ['verifier'],
    JIT: ['JIT', 'JIT compiler'],
    bytecode: ['bytecode'],
    maps: ['maps', 'map', 'hash map'],
    'ring buffers': ['ring buffers'],
    'user space': ['user space'],
    helpers: ['helpers'],
    kfuncs: ['kfuncs'],
    'attach points': ['attach points'],
    kprobes: ['kprobes', 'Kprobes'],
    uprobes: ['uprobes'],
    tracepoints: ['tracepoints'],
    bpftrace: ['bpftrace'],
    awk: ['awk'],
    BCC: ['BCC'],
    runqlat: ['runqlat'],
    'run queue': ['run queue'],
    'CPU limit': ['CPU limit', 'quota'],
    CFS: ['CFS', 'CFS quota'],
    'Brendan Gregg': ['Brendan Gregg'],
    execsnoop: ['execsnoop'],
    opensnoop: ['opensnoop'],
    biolatency: ['biolatency'],
    Clang: ['Clang'],
    LLVM: ['LLVM'],
    'kernel headers': ['kernel headers'],
    'CO-RE': ['CO-RE', 'compile once, run everywhere'],
    libbpf: ['libbpf'],
    BTF: ['BTF', 'BPF Type Format'],
    sysfs: ['sysfs'],
    'vmlinux.h': ['vmlinux.h'],
    bpftool: ['bpftool'],
    Keelson: ['Keelson'],
    'load tests': ['load tests'],
    CI: ['CI'],
    'pull request': ['pull request'],
    'preview environment': ['preview environment'],
    'latency percentiles': ['latency percentiles'],
    iptables: ['iptables'],
    XDP: ['XDP', 'express data path'],
    'network driver': ['network driver'],
    DDoS: ['DDoS'],
    UDP: ['UDP'],
    Cloudflare: ['Cloudflare'],
    Meta: ['Meta'],
    Katran: ['Katran'],
    Kubernetes: ['Kubernetes'],
    Cilium: ['Cilium'],
    'kube-proxy': ['kube-proxy'],
    'network policy': ['network policy'],
    'load balancing': ['load balancing', 'load balancer'],
    Hubble: ['Hubble'],
    Cisco: ['Cisco'],
    Isovalent: ['Isovalent'],
    CNCF: ['CNCF'],
    'traffic control': ['traffic control', 'TC'],
    'CAP_BPF': ['CAP_BPF'],
    root: ['root'],
    BPFDoor: ['BPFDoor'],
    rootkits: ['rootkits'],
    malware: ['malware'],
    Falco: ['Falco'],
    Sysdig: ['Sysdig'],
    'system calls': ['system calls'],
    Tetragon: ['Tetragon'],
    SELinux: ['SELinux'],
    AppArmor: ['AppArmor'],
    'Linux security modules': ['Linux security modules'],
    'BPF LSM': ['BPF LSM'],
    'continuous profiling': ['continuous profiling', 'Continuous profiling'],
    profiler: ['profiler', 'profilers'],
    'perf event': ['perf event'],
    Parca: ['Parca'],
    'Polar Signals': ['Polar Signals'],
    Grafana: ['Grafana'],
    Pyroscope: ['Pyroscope'],
    Elastic: ['Elastic'],
    OpenTelemetry: ['OpenTelemetry'],
    'OpenTelemetry eBPF profiler': ['OpenTelemetry eBPF profiler'],
    'stack unwinding': ['stack unwinding', 'unwinder', 'unwinders'],
    'frame pointers': ['frame pointers'],
    Fedora: ['Fedora'],
    Ubuntu: ['Ubuntu'],
    Python: ['Python'],
    Ruby: ['Ruby'],
    JVM: ['JVM'],
    sched_ext: ['sched_ext'],
    'Linux 6.12': ['Linux 6.12'],
    scheduler: ['scheduler', 'CPU scheduler'],
    watchdog: ['watchdog'],
    Valve: ['Valve'],
    Igalia: ['Igalia'],
    LAVD: ['LAVD'],
    'Steam Deck': ['Steam Deck'],
    scx: ['scx'],
    rustland: ['rustland'],
    C: ['C'],
    Rust: ['Rust'],
    Go: ['Go'],
    'cilium/ebpf': ['cilium/ebpf'],
    'libbpf-rs': ['libbpf-rs'],
    Aya: ['Aya'],
    Microsoft: ['Microsoft'],
    'eBPF for Windows': ['eBPF for Windows'],
    Windows: ['Windows'],
    IETF: ['IETF'],
    'RFC 9669': ['RFC 9669'],
    'eBPF Foundation': ['eBPF Foundation'],
    'Linux Foundation': ['Linux Foundation'],
    'Learning eBPF': ['Learning eBPF'],
    'Liz Rice': ['Liz Rice'],
  },
  tolerated: [
    'Hot Path', 'Brightwater', 'Oslo', 'Bergen', 'Ruben', 'Ingrid', 'Tuesday', 'Monday', 'keelson.dev', 'keelson dot dev slash hot path', 'ebpf.io', 'ebpf dot io',
    'software', 'programs', 'program', 'networking', 'observability', 'security', 'web services', 'browser', 'function', 'packet', 'packets', 'process', 'processes', 'memory', 'pointer', 'panic', 'typo',
    'machine instructions', 'kernel code', 'code reviewer', 'state', 'hash tables', 'arrays', 'events', 'hooks', 'security hooks', 'scheduler hooks', 'networking hooks', 'kernel release', 'production', 'latency',
    'service', 'request', 'application', 'dashboard', 'dashboards', 'threads', 'CPU', 'histogram', 'container', 'containers', 'limit', 'period', 'file', 'disk latency', 'tools', 'compiler', 'compiler toolchain',
    'toolchain', 'headers', 'servers', 'fleet', 'structures', 'field', 'offset', 'distributions', 'types', 'header', 'binary', 'operations team', 'sponsor', 'traffic', 'main branch', 'regression', 'customers',
    'attack', 'line rate', 'routing', 'pods', 'services', 'rule sets', 'connection', 'cluster', 'developers', 'community', 'capability', 'exploits', 'magic packets', 'filter', 'defenders', 'shell', 'secrets',
    'policy languages', 'policy', 'enforcement', 'observe mode', 'workload', 'database', 'alert', 'inventory', 'listing', 'stack', 'functions', 'overhead', 'signal', 'traces', 'metrics', 'logs', 'register',
    'debugging tables', 'interpreted languages', 'interpreter', 'main loop', 'compression', 'compression level', 'cake', 'finance', 'laptop', 'video calls', 'games', 'frame times', 'repository', 'example schedulers',
    'language', 'library', 'dependencies', 'ergonomics', 'instruction set', 'standard', 'documentation', 'one-liners', 'test machine', 'system', 'networking plugin', 'source', 'bounds check', 'index', 'variable',
    'show notes', 'train', 'kernel structures', 'tracing', 'GPU', 'Linux kernel',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout18 (/work/heldout18/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    ttml: { input: 'transcript.ttml', length: ttml.length, transcriptStart: ttmlStart, segments: ttmlSegs, paragraphs: ttmlParas },
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
  },
};
writeFileSync(join(here, 'transcript.ttml'), ttml);
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const paras = SOURCE.filter((x) => !x.seg);
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + words(x.text).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
console.log(`${all.length} spoken words, ${mmss(lastTime)} long, ${paras.length} source paragraphs, ${realPs.length} <p> in the TTML (${ttmlParas.filter((p) => p.ambiguous).length} mixed, ${paras.filter((p) => p.agent).length} with the wrong agent), ${count(/¦/g)} page breaks in web.txt (${count(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} web paragraphs losing their first word`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
