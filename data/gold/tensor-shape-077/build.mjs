// Builds Tensor Shape #77 (SYNTHETIC held-out episode, heldout13) from source.mjs: an interview podcast about
// machine learning in production, with a host (Hanna Lindqvist) and a guest (Rohan Pillai). Intro; eight
// topics presented by the guest (why a small model; PyTorch or JAX; fine-tuning with LoRA; the evaluation
// set, which the GUEST raises himself MID-PARAGRAPH at the end of his LoRA answer; [sponsor "Driftwatch",
// read by the host, starting MID-PARAGRAPH in her turn]; quantization with llama.cpp and GGUF; serving with
// vLLM and Ollama; costs, opened by a host REACTION; advice); outro.
//
// Renders
//   web.txt      a web page that is NOT seed-like on purpose: a page header and footer, NO timestamps, the
//                host labelled `Host:` on the FIRST paragraph and the guest `Rohan:` on the SECOND, and no
//                label after that. The page splits long answers into several paragraphs (`¦`; `¦~` also
//                loses the continuation's first word) and loses the first word of the paragraphs marked
//                `cut`; spoken URLs dropped (with a following comma or period); curly apostrophes. Built with
//                the shared `splitWebParagraphs` and `render` (speechOnly; a prefix of '' or the label).
//                Gold paragraphs = the text after the label. A segment starts at the start of its first
//                paragraph's line, or at the `§`; the header belongs to the intro, the footer to the outro.
//                Gold key `page` (check.mjs's `web` check expects `mm:ss` stamps, which this page has not;
//                this script checks the page itself).
//   youtube.vtt  YouTube-style automatic captions: `WEBVTT`, `Kind: captions`, `Language: en`, a blank line,
//                then cues of a timing line `hh:mm:ss.mmm --> hh:mm:ss.mmm align:start position:0%` and ONE
//                text line, separated by blank lines, with a final newline. No speaker marks at all, no
//                cue numbers, no markup. The words are the recogniser's: lower case, no punctuation (dots
//                only between digits, apostrophes only inside words), hyphens and dots between letters
//                as spaces, `{A|B}` in the source gives B (its spellings and mishearings), spoken URLs kept
//                as words. The cutter knows nothing of sentences or speakers: it runs over the whole episode
//                as one stream of words and closes a cue at a target of 3 to 7 words (a fixed-seed
//                generator), and at a pause, where one paragraph ends and the next begins, with probability
//                0.7 when the speaker changes and 0.35 when the same speaker goes on. So some cues hold
//                the end of one speaker's turn and the start of the other's. Times come from one clock:
//                ~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker
//                paragraph, starting at 4.0 s (the channel's sting); a cue starts at its first word and
//                ends when its last word ends, or when the next cue starts, whichever is first. Gold
//                paragraphs = one per cue, the text line; a cue with words of BOTH speakers has the
//                speaker of most of its words and is marked `ambiguous`. A segment starts at the timing
//                line of the cue holding its first word, or at that word INSIDE the cue when the cue began
//                before it (a `§`, or a paragraph boundary the cutter ran through). The first segment
//                starts at 0 (the header belongs to the intro), the last ends at the end of the file.
//                transcriptStart = the first timing line.
//   gold.json    offsets into both files, all computed here (shared renderer:
//                /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, R } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'tensor-shape-077';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const vttTime = (sec) => { const ms = Math.round(sec * 1000); return `${two(Math.floor(ms / 3600000))}:${two(Math.floor(ms / 60000) % 60)}:${two(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, '0')}`; };
const written = (t) => t.replace(/\{([^|}]*)\|[^}]*\}/g, '$1');
const heard = (t) => t.replace(/\{[^|}]*\|([^}]*)\}/g, '$1');
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const unURL = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const words = (t) => t.replace('§', '').split(/\s+/).filter(Boolean);

// --- the recogniser's words -------------------------------------------------------------------------
// one source word -> zero or more caption words (lower case, no punctuation)
function caption(w) {
  return w.toLowerCase()
    .replace(/(\d)\.(\d)/g, '$1\u0001$2')          // keep dots between digits
    .replace(/([a-z])\.([a-z])/g, '$1 $2')          // llama.cpp, torch.compile
    .replace(/-/g, ' ')
    .replace(/(^|\s)'|'(\s|$)/g, '$1$2')
    .replace(/[^\p{L}\p{N}'\u0001 ]/gu, '')
    .replace(/\u0001/g, '.')
    .split(/\s+/).filter(Boolean);
}
// the caption words of a source paragraph: [{ w, seg }]; a `§` marks the first caption word after it
function heardWords(text) {
  const out = [];
  for (const raw of unsplit(unURL(heard(text))).split(/\s+/).filter(Boolean)) {
    const seg = raw.startsWith('§');
    if (/§/.test(raw.slice(1))) throw new Error(`bad § in ${raw}`);
    const ws = caption(raw.replace(/^§/, ''));
    if (!ws.length) throw new Error(`a word with no caption: ${raw}`);
    ws.forEach((w, j) => out.push({ w, seg: seg && j === 0 }));
  }
  return out;
}

// --- the clock (over the caption words, which are what the recogniser heard) ------------------------
const stream = [];   // every caption word: { w, seg, t, k (source index), speaker, paraStart }
{
  let t = 4.0, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) { stream.push({ segItem: item }); return; }
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    heardWords(item.text).forEach((x, j) => { stream.push({ ...x, t, k, speaker: item.speaker, paraStart: j === 0, sameSpeaker: prev?.speaker === item.speaker }); t += 1 / WPS; });
    prev = item;
  });
}
const lastTime = stream.filter((x) => !x.segItem).at(-1).t;

// --- youtube.vtt ------------------------------------------------------------------------------------
let seed = 20250709;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const HEAD = 'WEBVTT\nKind: captions\nLanguage: en\n\n';
const cues = [];     // [{ items: [stream entries and seg items in order] }]
{
  let cur = null, target = 0, n = 0;
  const open = () => { cur = { items: [] }; cues.push(cur); n = 0; target = 3 + Math.floor(rand() * 5); };
  for (const x of stream) {
    if (x.segItem) { (cur ?? (open(), cur)).items.push(x); continue; }
    if (!cur) open();
    else if (x.paraStart && n && rand() < (x.sameSpeaker ? 0.35 : 0.7)) open();
    else if (n >= target) open();
    cur.items.push(x);
    n++;
  }
}
// a seg item that ends up first in a cue before any word belongs at the cue's start; move seg items that
// were pushed at the end of a cue (before a paragraph that opened a new cue) to the start of the next cue
for (let i = 0; i < cues.length - 1; i++) {
  const items = cues[i].items;
  while (items.length && items.at(-1).segItem) cues[i + 1].items.unshift(items.pop());
}
let vtt = HEAD;
const vParas = [];
const tracker = segmentTracker();
let mixed = 0, midCue = 0, maxWords = 0, maxLine = 0, lastEnd = -1;
const firstWordTimes = cues.map((c) => c.items.find((x) => !x.segItem).t);
cues.forEach((c, ci) => {
  const ws = c.items.filter((x) => !x.segItem);
  if (ci) vtt += '\n\n';
  const cueStart = vtt.length;
  const a = ws[0].t;
  const b = Math.min(ws.at(-1).t + 1 / WPS, ci + 1 < cues.length ? firstWordTimes[ci + 1] : Infinity);
  if (a < lastEnd - 1e-9 || b <= a) throw new Error(`cue times at ${ci}`);
  lastEnd = b;
  vtt += `${vttTime(a)} --> ${vttTime(b)} align:start position:0%\n`;
  const textStart = vtt.length;
  let text = '', seenWord = false, pendingSegs = [];
  for (const x of c.items) {
    if (x.segItem) {
      // a segment between paragraphs: at the cue's timing line if no word of this cue came before it,
      // else at the next word, inside the cue
      if (!x.segItem.mid) { if (!seenWord) { tracker.seg(x.segItem); tracker.block(cueStart); } else pendingSegs.push(x.segItem); }
      else tracker.seg(x.segItem);
      continue;
    }
    if (text) text += ' ';
    if (pendingSegs.length) { for (const s of pendingSegs) { tracker.seg(s); tracker.block(textStart + text.length); } pendingSegs = []; midCue++; }
    if (x.seg) {
      if (!seenWord) tracker.mark(cueStart); else { tracker.mark(textStart + text.length); midCue++; }
    }
    text += x.w;
    seenWord = true;
  }
  if (pendingSegs.length) throw new Error('a segment start with no word after it in its cue');
  vtt += text;
  const by = new Map();
  for (const x of ws) by.set(x.speaker, (by.get(x.speaker) ?? 0) + 1);
  const speaker = [...by.entries()].sort((p, q) => q[1] - p[1])[0][0];
  const para = { start: textStart, end: textStart + text.length, speaker };
  if (by.size > 1) { para.ambiguous = true; mixed++; }
  vParas.push(para);
  maxWords = Math.max(maxWords, ws.length);
  maxLine = Math.max(maxLine, text.length);
});
vtt += '\n';
tracker.close(vtt.length);
// the recogniser's line: lower case, no punctuation, no colon
for (const p of vParas) if (!/^[\p{Ll}\p{N}' .]+$/u.test(vtt.slice(p.start, p.end)) || /(^|[^0-9])\.|\.([^0-9]|$)/.test(vtt.slice(p.start, p.end))) throw new Error(`not a recogniser's line: ${vtt.slice(p.start, p.end)}`);
// the mid starts of the `seg` items (the tracker's `mid` handling needs the mark before the item)
// are checked by check.mjs; here: every segment has a start, in order
tracker.segments.forEach((s, i) => { if (s.start == null || (i && s.start <= tracker.segments[i - 1].start)) throw new Error(`segment ${s.title} has no start or is out of order`); });

// --- web.txt --------------------------------------------------------------------------------------
const PAGE_SOURCE = splitWebParagraphs(SOURCE.map((x) => (x.seg ? x : { ...x, text: written(x.text) })), (item) => item.cut ?? 0);
const LABEL = { [H]: 'Host', [R]: 'Rohan' };
const PAGE = {
  header: [
    'Tensor Shape', 'Machine learning that has to run somewhere', '',
    'Home  |  Episodes  |  Guests  |  Subscribe', '',
    'Episode 77 — Rohan Pillai: shipping a small language model in a Python product', 'Published July 9, 2025', '',
    'Transcript', '', '',
  ].join('\n'),
  footer: '\n\n——\nThis transcript was generated automatically and may contain errors.\nBack to episode 77',
};
const page = render(PAGE_SOURCE, {
  header: PAGE.header, footer: PAGE.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => (i < 2 ? `${LABEL[p.speaker]}: ` : ''),
  words: (i, p) => p.text,
});
{
  const ps = PAGE_SOURCE.filter((x) => !x.seg);
  if (ps[0].speaker !== H || ps[1].speaker !== R) throw new Error('the first two page paragraphs must be the host\'s and the guest\'s');
  // the page itself: paragraphs separated by blank lines, a label before the first two only, no stamps
  page.paragraphs.forEach((p, i) => {
    const lineStart = page.text.lastIndexOf('\n', p.start - 1) + 1;
    const before = page.text.slice(lineStart, p.start);
    if (before !== (i < 2 ? `${LABEL[p.speaker]}: ` : '')) throw new Error(`unexpected text before page paragraph ${i}: ${before}`);
    if (page.text[p.end] !== '\n' || /\n/.test(page.text.slice(p.start, p.end))) throw new Error(`page paragraph ${i} is not one line`);
    if (/^\d\d:\d\d/.test(page.text.slice(p.start, p.end))) throw new Error('a stamp on the page');
  });
}

// --- gold -----------------------------------------------------------------------------------------
const EPISODE = { show: 'Tensor Shape', number: 77, recorded: '2025-07-09', title: 'Rohan Pillai: shipping a small language model in a Python product' };
const ENTITIES = {
  required: {
    'small language model': ['small model', 'small models', 'small open model'],
    'fine-tuning': ['fine-tuned', 'fine-tune', 'fine-tuning', 'fine tuned', 'fine tune', 'fine tuning'],
    'GPT-4o mini': ['GPT-4o mini', 'gpt 4o mini'],
    'hosted model': ['hosted model', 'hosted models', 'hosted API'],
    API: ['API'],
    tokens: ['tokens', 'token'],
    PyTorch: ['PyTorch'],
    JAX: ['JAX', 'jacks'],
    jit: ['jit'],
    XLA: ['XLA'],
    grad: ['grad'],
    vmap: ['vmap'],
    TPU: ['TPUs', 'TPU'],
    'Hugging Face': ['Hugging Face'],
    PEFT: ['PEFT'],
    bitsandbytes: ['bitsandbytes', 'bits and bytes'],
    'torch.compile': ['torch.compile', 'torch compile'],
    'model cards': ['model cards'],
    LoRA: ['LoRA', 'laura'],
    QLoRA: ['QLoRA', 'q laura'],
    'Llama 3.2': ['Llama 3.2'],
    'Gemma 2': ['Gemma 2'],
    'Phi-3.5 mini': ['Phi-3.5 mini', 'phi 3.5 mini'],
    'Qwen 2.5': ['Qwen 2.5', 'quen 2.5'],
    'Qwen 2.5 1.5B': ['1.5B'],
    'Apache 2.0': ['Apache 2.0'],
    adapter: ['adapter'],
    bf16: ['bf16'],
    A100: ['A100'],
    'LoRA rank': ['rank sixteen', 'rank'],
    MLP: ['MLP'],
    SFTTrainer: ['SFTTrainer', 'sft trainer'],
    TRL: ['TRL'],
    'system prompt': ['system prompt'],
    'chat template': ['chat template'],
    JSON: ['JSON'],
    'evaluation set': ['evaluation set', 'evaluation sets'],
    'golden set': ['golden set'],
    'LLM as a judge': ['judge'],
    'regression test': ['regression test'],
    calibration: ['confidence against actual accuracy', 'confidence'],
    Driftwatch: ['Driftwatch'],
    LLM: ['LLM'],
    quantization: ['quantization', 'quantized', 'quantize'],
    'llama.cpp': ['llama.cpp', 'llama cpp'],
    GGUF: ['GGUF'],
    tokenizer: ['tokenizer'],
    Q8_0: ['Q8_0', 'q8 0'],
    'K-quants': ['K-quants', 'k quants'],
    Q5_K_M: ['Q5_K_M', 'q5 km'],
    Q4_K_M: ['Q4_K_M', 'q4 km'],
    perplexity: ['perplexity'],
    grammar: ['grammar', 'grammars'],
    'JSON schema': ['JSON schema'],
    GPU: ['GPU', 'GPUs'],
    CPU: ['CPUs', 'CPU'],
    vLLM: ['vLLM'],
    NVIDIA: ['NVIDIA'],
    'NVIDIA L4': ['L4', 'L4s'],
    'load balancer': ['load balancer'],
    'continuous batching': ['continuous batching'],
    PagedAttention: ['PagedAttention', 'paged attention'],
    'KV cache': ['KV cache'],
    'prefix caching': ['prefix caching'],
    Django: ['Django'],
    OpenAI: ['OpenAI'],
    'OpenAI-compatible API': ['OpenAI-compatible', 'openai compatible', 'OpenAI-style', 'openai style'],
    Python: ['Python'],
    'structured output': ['structured output'],
    'guided decoding': ['guided decoding'],
    Celery: ['Celery'],
    Ollama: ['Ollama'],
    Modelfile: ['Modelfile', 'model file'],
    LinkedIn: ['LinkedIn'],
    Bluesky: ['Bluesky'],
  },
  tolerated: [
    'Tensor Shape', 'tensorshape.fm', 'tensorshape dot fm', 'tensorshape dot fm slash 77', 'driftwatch.io', 'driftwatch dot io', 'driftwatch dot io slash tensorshape',
    'Tallybook', 'tally book', 'Edinburgh', 'Gothenburg', 'UK', 'Magda', 'Mum', 'Hanna', 'hannah', 'Rohan',
    'machine learning', 'ML', 'ML engineer', 'model', 'models', 'open model', 'language model', 'parameters', 'weights', 'base model', 'instruct', 'instruct versions',
    'prompt', 'prompts', 'prototype', 'bookkeeping', 'bookkeeping software', 'bank account', 'bank transactions', 'transactions', 'transaction', 'categories', 'category',
    'tax return', 'taxes', 'accountant', 'accountants', 'accountancy firms', 'data protection', 'data protection officer', 'GDPR', 'third party', 'privacy', 'cost', 'costs', 'volume',
    'support tickets', 'version number', 'labelling', 'labels', 'training set', 'training', 'training scripts', 'teacher', 'framework', 'frameworks', 'research lab', 'numerical function',
    'Google', 'ecosystem', 'hiring', 'side projects', 'four-bit', 'four bits', 'Llama', 'Gemma', 'Phi', 'Qwen', 'quen', 'Qwen3', 'licence', 'Apache', 'matrices', 'attention', 'attention projections',
    'layers', 'megabytes', 'epochs', 'notebook', 'baseline', 'staging', 'production', 'test set', 'test data', 'bucket', 'permissions', 'hashes', 'accuracy', 'per-category accuracy',
    'threshold', 'larger model', 'bigger model', 'regression', 'product manager', 'overall number', 'drift', 'distribution', 'monitoring', 'latency', 'token counts', 'endpoint',
    'team plan', 'deployments', 'deployment', 'cloud', 'servers', 'on-prem', 'conversion script', 'file format', 'metadata', 'eight bits', 'precision', 'lossless', 'gigabyte',
    'eight-core server', 'replica', 'virtual memory', 'GPU memory', 'Hugging Face weights', 'merged model', 'monolith', 'Django monolith', 'OpenAI Python client', 'base URL',
    'live', 'backfills', 'backfill', 'batches', 'batching', 'workers', 'Celery workers', 'service', 'IT', 'laptop', 'laptops', 'on-call', 'on-call rota', 'pounds', 'slide',
    'careers page', 'sticker', 'GPT-4o', 'eval', 'evals', 'LLM judge', 'LLM-as-a-judge', 'hosted API', 'Transformers', 'PEFT library', 'TRL library', 'Unsloth', 'Flax',
    'Gemini', 'GPT', 'ChatGPT', 'Keras', 'Keras 3', 'backend', 'backends', 'Llama 3.2 3B', 'Gemma 2 2B', 'Qwen 2.5 3B', 'seven billion model', 'Q4', 'Q5', 'Q8', 'llama-server', 'GBNF', 'xgrammar', 'outlines',
    'vLLM deployment', 'OpenAI API', 'openai', 'commute', 'coffee shops', 'fuel', 'petrol station', 'motor expenses', 'use of home as office', 'bad debts', 'rent',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout13 (/work/heldout13/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    page: { input: 'web.txt', length: page.text.length, transcriptStart: page.transcriptStart, segments: page.segments, paragraphs: page.paragraphs },
    youtube: { input: 'youtube.vtt', length: vtt.length, transcriptStart: HEAD.length, segments: tracker.segments, paragraphs: vParas },
  },
};
writeFileSync(join(here, 'web.txt'), page.text);
writeFileSync(join(here, 'youtube.vtt'), vtt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(unsplit(unURL(written(p.text)))).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const turns = paras.filter((p, i) => i === 0 || paras[i - 1].speaker !== p.speaker).length;
console.log(`${speech} spoken words (${stream.filter((x) => !x.segItem).length} caption words), ${mmss(lastTime)} long, ${paras.length} source paragraphs in ${turns} turns; web.txt: ${count(/¦/g)} page breaks (${count(/¦~/g)} losing a word) inside ${paras.filter((p) => /¦/.test(p.text)).length} paragraphs, ${paras.filter((x) => x.cut).length} paragraphs losing their first word; youtube.vtt: ${cues.length} cues, at most ${maxWords} words and ${maxLine} characters, ${mixed} with words of both speakers (ambiguous), ${midCue} segment starts inside a cue\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
