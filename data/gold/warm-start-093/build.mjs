// Builds Warm Start #93 (SYNTHETIC held-out episode, heldout8) from source.mjs: a two-host weekly AI/ML
// engineering news show (Ayesha Quadri, Jonas Feldt). Intro; seven items alternating between the hosts
// (Jonas: gpt-oss, starting MID-PARAGRAPH at Ayesha's hand-over; Ayesha: GPT-5; Jonas: choosing between
// Ollama, llama.cpp and vLLM; Ayesha: the METR study and evals; [sponsor "Benchwright", read by Jonas];
// Jonas: Context Rot and long context vs RAG; Ayesha: MCP and the lethal trifecta; Jonas: GPU prices);
// extras (Ayesha: the Ultra-Scale Playbook; Jonas: llm-d); outro.
//
// Renders
//   transcript.json  a Podcasting 2.0 JSON transcript, pretty-printed with two-space indents exactly as
//                    JSON.stringify(doc, null, 2) writes it: {"version": "1.0.0", "segments": [{"speaker",
//                    "startTime", "endTime", "body"}, ...]}. Every segment names its speaker (full name).
//                    A turn is split into segments of ONE or TWO sentences: a sentence of at most 12 words
//                    is joined with the next one of the same paragraph when the two hold at most 26 words;
//                    a `§` always starts a new segment. Times: ~2.6 spoken words a second, 0.15 s between
//                    the segments of a turn, 0.3 s before a same-speaker continuation paragraph, 0.6 s
//                    between speakers, starting at 1.5 s (theme music). Bodies hold no character JSON must
//                    escape (checked). Gold paragraphs = one per JSON segment: the body string's content,
//                    without the quotes. A segment starts at the `{` of its first JSON segment; the first
//                    starts at 0 and the last ends at the end of the file. transcriptStart = the first `{`
//                    inside "segments".
//   web.txt          a web page like the seed's: a page header and footer, every paragraph stamped with a
//                    real `mm:ss` taken from the same clock as the JSON (the time of the paragraph's first
//                    word), `SURNAME:` labels on the first TWO paragraphs only, URLs dropped, the
//                    transcription service's own paragraph breaks inside long turns (`¦`, mid-sentence;
//                    `¦~` also loses the continuation's first word), and the same-speaker continuation
//                    paragraphs (lab: null in the source) lose their first word.
//   gold.json        offsets into both files, all computed here. Uses `render` and `splitWebParagraphs`
//                    from the shared renderer (/work/main/data/gold/build-episode.mjs, unmodified).
// Rerun with `node build.mjs` in this folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText, splitWebParagraphs, webStamps } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, A, J } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'warm-start-093';
const WPS = 2.6;
const plain = (t) => labeledText(t).replace(/ ?¦~?/g, ' ');
const nWords = (s) => s.split(/\s+/).filter(Boolean).length;

// --- the clock and the JSON segments ------------------------------------------------------------
/** Splits one paragraph into JSON bodies of one or two sentences; `§` starts a new body. */
function bodiesOf(text) {
  const sentences = text.split(/(?<=[.?!])\s+/);
  const out = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i], next = sentences[i + 1];
    if (next != null && !next.startsWith('§') && nWords(s) <= 12 && nWords(s) + nWords(next) <= 26) { out.push(`${s} ${next}`); i++; }
    else out.push(s);
  }
  return out;
}
const jsonSegs = [];   // { speaker, startTime, endTime, body, mark (§ at body start), para (source index) }
const wordTimes = [];  // per source paragraph: the start time of each of its words
{
  let t = 1.5, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.3 : 0.6;
    const times = [];
    bodiesOf(plain(item.text)).forEach((b, n) => {
      if (n > 0) t += 0.15;
      const mark = b.startsWith('§');
      if (b.includes('§') && !mark) throw new Error(`§ not at a sentence start: ${b}`);
      const body = b.replace('§', '');
      if (JSON.stringify(body) !== `"${body}"`) throw new Error(`body needs escaping: ${body}`);
      const w = nWords(body);
      for (let j = 0; j < w; j++) times.push(t + j / WPS);
      jsonSegs.push({ speaker: item.speaker, startTime: +t.toFixed(2), endTime: +(t + w / WPS).toFixed(2), body, mark, para: k });
      t += w / WPS;
    });
    wordTimes[k] = times;
    prev = item;
  });
}

// --- transcript.json ----------------------------------------------------------------------------
const doc = { version: '1.0.0', segments: jsonSegs.map(({ speaker, startTime, endTime, body }) => ({ speaker, startTime, endTime, body })) };
const json = JSON.stringify(doc, null, 2) + '\n';
const jParas = [], jSegs = [];
{
  // Which JSON segment opens which seg: a plain seg opens at the first JSON segment of the paragraph
  // after it; a mid seg opens at the JSON segment that starts with the § sentence of the paragraph
  // before it.
  const opensAtPara = new Map(), opensAtMark = new Map();
  let pending = null, lastPara = -1;
  SOURCE.forEach((item, k) => {
    if (item.seg) {
      if (item.mid) opensAtMark.set(lastPara, item); else pending = item;
      return;
    }
    if (pending) { opensAtPara.set(k, pending); pending = null; }
    lastPara = k;
  });
  let pos = 0, open = null, prevPara = -1;
  for (const s of jsonSegs) {
    const objAt = json.indexOf(`{\n      "speaker": ${JSON.stringify(s.speaker)},`, pos);
    const bodyKey = `"body": ${JSON.stringify(s.body)}`;
    const bodyAt = json.indexOf(bodyKey, objAt);
    if (objAt < 0 || bodyAt < 0) throw new Error('json scan');
    pos = bodyAt + bodyKey.length;
    let opens = s.para !== prevPara ? opensAtPara.get(s.para) : null;
    if (s.mark) { opens = opensAtMark.get(s.para); if (!opens) throw new Error('§ without a mid seg'); }
    if (opens) {
      const seg = { kind: opens.seg, presenter: opens.presenter, title: opens.title, titleKeys: opens.titleKeys, start: jSegs.length ? objAt : 0, end: null };
      if (open) open.end = seg.start;
      open = seg; jSegs.push(seg);
    }
    const start = bodyAt + '"body": "'.length;
    jParas.push({ start, end: start + s.body.length, speaker: s.speaker });
    prevPara = s.para;
  }
  open.end = json.length;
  if (jSegs.length !== SOURCE.filter((x) => x.seg).length) throw new Error('json segment count');
}
const jsonTranscriptStart = json.indexOf('{', json.indexOf('"segments"'));

// --- web.txt ------------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? (item.lab === null ? 1 : 0));
const stamps = webStamps(SOURCE, wordTimes);
const mmss = (sec) => `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;
const WEB = {
  header: [
    'Warm Start', 'AI engineering news, minus the hype', '',
    'Episodes  ·  Newsletter  ·  Sponsor  ·  About', '',
    '‹ Back to episode 93', '',
    'Transcript: Open weights, a new GPT and the context rot', `Episode 93 · Wednesday, August 13, 2025 · ${mmss(jsonSegs.at(-1).endTime + 4)}`, '',
    'This transcript was generated automatically by our transcription service and lightly edited. Speaker names appear at the start only.', '', '',
  ].join('\n'),
  footer: '\n\nWarm Start is made by Ayesha Quadri and Jonas Feldt. Subscribe wherever you get podcasts.\n‹ Back to episode 93',
  labels: 2,
  label: { [A]: 'QUADRI', [J]: 'FELDT' },
};
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Warm Start', number: 93, recorded: '2025-08-13', title: 'Open weights, a new GPT and the context rot' };
const ENTITIES = {
  required: {
    OpenAI: ['OpenAI'],
    'gpt-oss': ['gpt-oss'],
    'gpt-oss-120b': ['gpt-oss-120b', '120b'],
    'gpt-oss-20b': ['gpt-oss-20b', '20b'],
    'GPT-2': ['GPT-2'],
    'Apache 2.0': ['Apache 2.0', 'Apache licence'],
    'mixture of experts': ['mixture-of-experts', 'mixture of experts', 'MoE'],
    MXFP4: ['MXFP4'],
    'NVIDIA H100': ['NVIDIA H100', 'H100', 'H100s'],
    'RTX 4090': ['4090', 'RTX 4090'],
    'llama.cpp': ['llama.cpp'],
    Ollama: ['Ollama'],
    vLLM: ['vLLM'],
    'o4-mini': ['o4-mini'],
    harmony: ['harmony', 'harmony format'],
    'reasoning effort': ['reasoning effort', 'reasoning_effort'],
    Qwen3: ['Qwen3'],
    'Kimi K2': ['Kimi K2'],
    'GLM-4.5': ['GLM-4.5'],
    DeepSeek: ['DeepSeek'],
    'MIT licence': ['MIT licence', 'MIT license', 'modified MIT licence'],
    'GPT-5': ['GPT-5', 'gpt-5'],
    ChatGPT: ['ChatGPT'],
    'gpt-5-mini': ['gpt-5-mini', 'mini'],
    'gpt-5-nano': ['gpt-5-nano', 'nano'],
    'GPT-4o': ['GPT-4o'],
    verbosity: ['verbosity', 'verbosity parameter'],
    'custom tools': ['custom tools'],
    JSON: ['JSON'],
    SQL: ['SQL'],
    'Claude Opus 4.1': ['Claude Opus 4.1', 'Opus 4.1'],
    'Ollama app': ['desktop app', 'Ollama app'],
    'continuous batching': ['continuous batching'],
    PagedAttention: ['PagedAttention'],
    'KV cache': ['KV cache'],
    'prefix caching': ['prefix caching'],
    'vLLM V1': ['V1 engine', 'V1', 'vLLM V1'],
    CUDA: ['CUDA'],
    'Apple Silicon': ['Apple Silicon'],
    Metal: ['Metal'],
    AMD: ['AMD'],
    Vulkan: ['Vulkan'],
    GGUF: ['GGUF'],
    'llama-server': ['llama-server'],
    'OpenAI-compatible API': ['OpenAI-compatible API', 'OpenAI-compatible'],
    SGLang: ['SGLang'],
    'Ollama Turbo': ['Ollama Turbo', 'Turbo'],
    METR: ['METR'],
    Cursor: ['Cursor'],
    'Claude 3.5 Sonnet': ['Claude 3.5', 'Claude 3.5 Sonnet'],
    'Claude 3.7 Sonnet': ['3.7 Sonnet', 'Claude 3.7 Sonnet'],
    LMArena: ['LMArena'],
    'Llama 4': ['Llama 4'],
    'The Leaderboard Illusion': ['The Leaderboard Illusion', 'Leaderboard Illusion'],
    'LLM-as-a-judge': ['LLM judge', 'LLM judges', 'LLM-as-a-judge'],
    Benchwright: ['Benchwright'],
    Anthropic: ['Anthropic'],
    'Claude Sonnet 4': ['Claude Sonnet 4', 'Sonnet 4'],
    RAG: ['RAG'],
    Chroma: ['Chroma'],
    'Context Rot': ['Context Rot'],
    'needle in a haystack': ['needle-in-a-haystack', 'needle in a haystack'],
    'context engineering': ['context engineering'],
    'hybrid search': ['hybrid search'],
    BM25: ['BM25'],
    embeddings: ['embeddings', 'embedding'],
    reranker: ['reranker'],
    'Qwen3-Embedding': ['Qwen3-Embedding'],
    MCP: ['MCP', 'Model Context Protocol'],
    'Claude Desktop': ['Claude Desktop'],
    'Claude Code': ['Claude Code'],
    'Gemini CLI': ['Gemini CLI'],
    'MCP 2025-06-18': ['MCP 2025-06-18', '2025-06-18'],
    'structured output': ['structured output'],
    elicitation: ['elicitation'],
    OAuth: ['OAuth'],
    'resource indicators': ['resource indicators'],
    'JSON-RPC': ['JSON-RPC', 'JSON-RPC batching'],
    'prompt injection': ['prompt injection'],
    'lethal trifecta': ['lethal trifecta', 'trifecta'],
    GitHub: ['GitHub'],
    'GitHub MCP server': ['GitHub MCP server'],
    Slack: ['Slack'],
    AWS: ['AWS'],
    'Amazon EC2 P5': ['Amazon EC2 P5', 'P5', 'P4'],
    Blackwell: ['Blackwell'],
    B200: ['B200', 'B200s'],
    GB200: ['GB200'],
    Hopper: ['Hopper'],
    'RTX 5090': ['5090', 'RTX 5090'],
    GDDR7: ['GDDR7'],
    NVIDIA: ['NVIDIA'],
    'DGX Spark': ['DGX Spark'],
    'Grace Blackwell': ['Grace Blackwell'],
    'AMD Instinct MI350': ['AMD Instinct MI350', 'MI350', 'MI350 series'],
    HBM: ['HBM'],
    ROCm: ['ROCm'],
    MI300X: ['MI300X'],
    'Hugging Face': ['Hugging Face'],
    RadixAttention: ['RadixAttention'],
    'MCP Python SDK': ['Python SDK', 'MCP Python SDK'],
    transformers: ['transformers', 'Hugging Face transformers'],
    TRL: ['TRL'],
    Unsloth: ['Unsloth'],
    LoRA: ['LoRA'],
    'RTX 3090': ['3090', 'RTX 3090'],
    'Ultra-Scale Playbook': ['Ultra-Scale Playbook'],
    'data parallelism': ['data parallelism', 'data parallel'],
    'tensor parallelism': ['tensor parallelism', 'tensor parallel'],
    'pipeline parallelism': ['pipeline parallelism', 'pipeline parallel'],
    ZeRO: ['ZeRO'],
    'llm-d': ['llm-d'],
    'Red Hat': ['Red Hat'],
    Google: ['Google'],
    IBM: ['IBM'],
    Kubernetes: ['Kubernetes'],
    'prefill/decode disaggregation': ['prefill/decode disaggregation', 'prefill and decode', 'prefill', 'decode'],
  },
  tolerated: [
    'Warm Start', 'warmstart.fm', 'warmstart.fm/93', 'benchwright.ai', 'benchwright.ai/warmstart', 'benchwright dot ai', 'Toronto', 'Hamburg',
    'open weights', 'open-weight', 'open-weight models', 'reasoning models', 'parameters', 'active parameters', 'quantised', 'quantisation', 'four-bit',
    'floating-point', 'GPU', 'GPUs', 'gaming card', 'Mac', 'MacBook', 'tokens', 'tokens a second', 'tool calls', 'tool calling', 'chat format', 'channels',
    'runtime', 'runtimes', 'system prompt', 'model card', 'hallucinates', 'retrieval', 'tools', 'Chinese', 'American', 'licence', 'API', 'compliance',
    'router', 'livestream', 'bar chart', 'chart crime', 'input tokens', 'output tokens', 'context', 'context window', 'latency', 'minimal', 'grammar',
    'DSL', 'extraction pipeline', 'eval set', 'evals', 'coding', 'model picker', 'paying users', 'endpoint', 'ollama run', 'chat window', 'parallel requests',
    'queue', 'batch', 'virtual memory', 'fragmentation', 'GPU memory', 'time to first token', 'throughput', 'concurrent users', 'Qwen3 thirty-B', 'Qwen3-30B',
    'CPUs', 'CPU', 'edge boxes', 'parallel slots', 'datacenter', 'local', 'cupboard', 'evaluation', 'nonprofit', 'randomised controlled trial',
    'open-source', 'repositories', 'issues', 'AI tools', 'codebases', 'leaderboard', 'leaderboards', 'chat-tuned', 'private variants', 'labs',
    'production', 'rubric', 'judge', 'humans', 'vibes', 'eval harness', 'traces', 'test sets', 'pull request', 'prompt', 'model', 'retriever',
    'code checks', 'exact checks', 'human reviewers', 'team plan', 'million tokens', 'RAG pipeline', 'team chat', 'frontier', 'frontier models',
    'distractors', 'haystack', 'haystacks', 'lexical match', 'recall', 'German', 'codebase', 'contract', 'per token', 'agents', 'agent', 'agents segment',
    'tool servers', 'schema', 'authorization', 'resource servers', 'token', 'tokens', 'untrusted content', 'private data', 'browser tool',
    'public repo', 'private repos', 'repo', 'pull request', 'approval', 'free tier', 'open source', 'network', 'GPU prices', 'GPU clouds',
    'marketplaces', 'hyperscalers', 'instances', 'P4', 'P5', 'racks', 'inference', 'four-bit weights', 'weights', 'shops', 'local models',
    'unified memory', 'desktop box', 'benchmark', 'drivers', 'rent', 'Bluesky', 'LinkedIn', 'training', 'GPU clusters', 'memory maths', 'replica',
    'routing', 'distributed inference', 'serving', 'GPT', 'AI', 'LLM', 'LLMs', 'Claude', 'Gemini', 'Sonnet', 'Opus', 'Qwen', 'Kimi', 'GLM', 'Llama',
    'eighty-gig', 'claims database', 'regressions', 'noise', 'Python', 'SDK', 'fine-tuning', 'chunking', 'chunks', 'fixed-size chunks', 'headings', 'sections', 'tables', 'Sweden', 'frontier models', 'ticket format', 'consumer card', 'power bill', 'second-hand', 'sixteen gigs', 'nineteen ninety-nine', 'thirty-two gigs', 'MSRP', 'Model Context Protocol', 'web', 'API pricing',
  ],
};
const gold = {
  _source: `Synthetic held-out episode written for heldout8 (/work/heldout8/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    json: { input: 'transcript.json', length: json.length, transcriptStart: jsonTranscriptStart, segments: jSegs, paragraphs: jParas },
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
  },
};
writeFileSync(join(here, 'transcript.json'), json);
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => plain(p.text)).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words, ${mmss(jsonSegs.at(-1).endTime)} long, ${jsonSegs.length} JSON segments (${jsonSegs.filter((s) => s.body.match(/[.?!]\s/)).length} with two sentences)\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
