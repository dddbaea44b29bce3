// Builds Long Branch #52 (SYNTHETIC held-out episode, heldout28) from source.mjs: a one-host one-guest INTERVIEW about
// BIOINFORMATICS in a PUBLIC HEALTH LABORATORY (host Priyanka Raman, guest Eamon Kilbride), with NINE topics driven by
// the host's questions. A PRE-ROLL sponsor read ("Samplewise", read by the host) opens the file, BEFORE the welcome;
// the intro (the host's welcome, a NEW paragraph of hers right after the read: no speaker change, unlabeled in
// labeled.txt) introduces the guest in the third person; from the bench to bioinformatics (the host's question at a
// change of speaker); sequencers (the host's question, a back-reference to his words); alignment (the host's question
// MID-PARAGRAPH at the end of her own summary); variant calling and lineages (raised by the GUEST HIMSELF, MID-PARAGRAPH,
// at the end of his answer); file formats (the host's question); workflow managers (the host's question in a NEW
// paragraph right after her own one-liner: no speaker change, unlabeled in labeled.txt); bacterial outbreaks (the host's
// question); wastewater (a question answered by a QUESTION); what comes next (the host's question); outro (the host, at
// a change of speaker).
//
// Renders
//   labeled.txt    the show's own transcript with ROLE labels instead of names: one paragraph a line, `Host: ` or
//                  `Guest: ` on the first line of every turn, NO label on a line that continues the turn (a pause inside
//                  it, `¶`, or a new paragraph of the same speaker: the intro's first line and the question of segment 7
//                  among them); the names are said only in the intro and the outro; ONE wrong label (`lab`: the host's
//                  "And you said you still look at the strange ones by eye…" is labelled `Guest:`, the transcriber's slip); straight apostrophes,
//                  fillers kept, the URLs as written (`samplewise.bio/longbranch`, `longbranch.fm/52`); no header, a final
//                  newline. The A of each {A|B}. Gold paragraphs are the text after the label. Key `labeled`.
//   deepgram.json  a Deepgram pre-recorded transcription response (model nova-2, `diarize`, `punctuate` and `utterances`
//                  on, no smart formatting: numbers and the URL as words, fillers dropped), as saved by the Python SDK's
//                  `response.to_json(indent=4)`: Python's json.dumps with four-space indentation (identical to
//                  JSON.stringify(doc, null, 4) here: ASCII only, no float with a whole value), no final newline, as I
//                  remember the layout: {"metadata": {"transaction_key", "request_id", "sha256", "created", "duration",
//                  "channels", "models", "model_info"}, "results": {"channels": [{"alternatives": [{"transcript",
//                  "confidence", "words": [{"word", "start", "end", "confidence", "speaker", "speaker_confidence",
//                  "punctuated_word"}]}]}], "utterances": [{"start", "end", "confidence", "channel", "transcript", "words",
//                  "speaker", "id"}]}}; speakers ONLY as numbers (0: the host, heard first; 1: the guest). An utterance
//                  starts at every change of speaker and at every pause (a new paragraph, `¶`); `merge` runs a short
//                  line said without a pause into the next utterance (two voices: `ambiguous`); `flip` gives an
//                  utterance the other number. The B of each {A|B}. GOLD PARAGRAPHS are ONE PER UTTERANCE: the contents
//                  of its "transcript" string (inside the quotes). transcriptStart is the `{` of the first utterance:
//                  everything before it (the metadata, the channel's whole transcript and its word list) belongs to the
//                  first segment. A segment starts at the `{` of the utterance whose first word is its first word, or
//                  INSIDE an utterance's transcript at its first word. Key `deepgram`.
//   Times: one clock (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph or after
//   a pause, from 0.8 s; a word lasts 120 ms + 25 ms a letter, ending at least 30 ms before the next).
//   gold.json      offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                  unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'long-branch-052';
const WPS = 2.6, T0 = 0.8;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));

// --- labeled.txt ----------------------------------------------------------------------------------
const ROLE = { [H]: 'Host', [G]: 'Guest' };
const LSRC = [];
{
  let prev = null;
  for (const x of SOURCE) {
    if (x.seg) { LSRC.push(x); continue; }
    const text = pick(x.text, 0).replace(/[⟨⟩]/g, '');
    if (/[{}|¦~’‘]/.test(text)) throw new Error(`a stray mark in: ${text.slice(0, 40)}`);
    text.split(/\s*¶\s*/).forEach((part, j) => LSRC.push({ ...x, text: part.trim(), turnStart: j === 0 && prev?.speaker !== x.speaker }));
    prev = x;
  }
}
const labeled = render(LSRC, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => (p.turnStart ? `${p.lab ?? ROLE[p.speaker]}: ` : ''),
  words: (i, p) => p.text,
});
if (/[¶§⟨⟩{}|]/.test(labeled.text)) throw new Error('a mark in labeled.txt');
if (SOURCE.some((x) => x.lab && !LSRC.find((p) => p.lab === x.lab && p.turnStart))) throw new Error('a lab on a line without a label');

// --- deepgram.json --------------------------------------------------------------------------------
// Every spoken word of the B text on the clock; utterances cut at paragraph ends (unless `merge`) and at ¶.
const SPK = { [H]: 0, [G]: 1 };
const toks = [];
{
  let t = T0, prev = null, pending = null;
  const midQueue = [];
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    const text = pick(item.text, 1);
    if (/[⟨⟩{}|¦~’‘"\\\u0080-\uffff]/.test(text.replace(/[§¶]/g, ''))) throw new Error(`a stray mark, quote or non-ASCII character in: ${text.slice(0, 50)}`);
    const parts = text.split(/\s*¶\s*/);
    parts.forEach((part, pi) => {
      if (pi) t += 0.4;
      const list = part.split(/\s+/).filter(Boolean);
      list.forEach((raw, j) => {
        const w = raw.replace('§', '').replace(/[;:]$/, ',').replace(/!$/, '.');   // Deepgram punctuates with . , ? only
        if (!/[A-Za-z0-9]/.test(w)) throw new Error(`a word without letters: ${raw}`);
        const x = { pw: w, k, item, speaker: item.speaker, begin: t, cut: j === list.length - 1 && (pi < parts.length - 1 || !item.merge) };
        if (raw.startsWith('§')) midQueue.push(x);
        if (pi === 0 && j === 0 && pending) { x.seg = pending; pending = null; }
        toks.push(x);
        t += 1 / WPS;
      });
    });
    prev = item;
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
  toks.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.pw.length, (toks[i + 1]?.begin ?? Infinity) - 0.03); });
}
const utts = [];
{
  let cur = [];
  for (const x of toks) { cur.push(x); if (x.cut) { utts.push(cur); cur = []; } }
  if (cur.length) utts.push(cur);
}
// Numbers as Deepgram (and Python) print them: never a whole value, so JSON.stringify writes what json.dumps writes.
const num = (v, places = 3) => { let r = Math.round(v * 10 ** places) / 10 ** places; if (Number.isInteger(r)) r += 1 / 10 ** places; return r; };
const CONF = [0.99902344, 0.9980469, 0.99853516, 0.9995117, 0.99658203, 0.9975586, 0.99316406, 0.98876953];
const SCONF = [0.8964844, 0.9291992, 0.8413086, 0.9116211, 0.7709961, 0.95214844];
const isSlip = (x) => x.item.text.includes(`|${x.pw.replace(/[.,?!;:]+$/, '')}`);
const uuid = (seed) => { const h = createHash('sha1').update(seed).digest('hex'); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`; };
const word = (x, i, speaker) => ({
  word: x.pw.replace(/[.,?!;:]+$/, '').toLowerCase(),
  start: num(x.begin), end: num(x.end),
  confidence: isSlip(x) ? num(0.41 + ((i * 7) % 40) / 100, 8) : CONF[i % CONF.length],
  speaker, speaker_confidence: SCONF[i % SCONF.length],
  punctuated_word: x.pw,
});
const uttInfo = utts.map((ws) => {
  const count = new Map();
  for (const x of ws) count.set(x.speaker, (count.get(x.speaker) ?? 0) + 1);
  const major = [...count.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const flip = ws.some((x) => x.item.flip);
  return { major, mixed: count.size > 1, speaker: flip ? 1 - SPK[major] : SPK[major] };
});
let wi = 0;
const allWords = [];
const utterances = utts.map((ws, ui) => {
  const words = ws.map((x) => { const w = word(x, wi++, uttInfo[ui].speaker); allWords.push(w); return w; });
  return {
    start: words[0].start, end: words.at(-1).end, confidence: num(0.93 + ((ui * 13) % 60) / 1000, 8), channel: 0,
    transcript: ws.map((x) => x.pw).join(' '), words, speaker: uttInfo[ui].speaker, id: uuid(`${SLUG}/${ui}`),
  };
});
const fullText = utterances.map((u) => u.transcript).join(' ');
const doc = {
  metadata: {
    transaction_key: 'deprecated',
    request_id: uuid(`${SLUG}/request`),
    sha256: createHash('sha256').update(fullText).digest('hex'),
    created: '2025-03-19T09:41:07.512Z',
    duration: num(allWords.at(-1).end + 2.1),
    channels: 1,
    models: [uuid(`${SLUG}/model`)],
    model_info: { [uuid(`${SLUG}/model`)]: { name: '2-general-nova', version: '2024-01-09.29447', arch: 'nova-2' } },
  },
  results: {
    channels: [{ alternatives: [{ transcript: fullText, confidence: 0.9970703, words: allWords }] }],
    utterances,
  },
};
const dg = JSON.stringify(doc, null, 4);
// Where each utterance object and its transcript sit: searched for in order, after the channel's word list.
const dgParas = [];
const objAt = [];
{
  let cursor = dg.indexOf('"utterances": [');
  if (cursor < 0) throw new Error('no utterances');
  utterances.forEach((u, ui) => {
    const key = `"transcript": ${JSON.stringify(u.transcript)}`;
    if (JSON.stringify(u.transcript) !== `"${u.transcript}"`) throw new Error('a transcript that JSON escapes');
    const at = dg.indexOf(key, cursor);
    const open = dg.lastIndexOf('{', at);
    const expect = `{\n                "start": ${u.start},\n                "end": ${u.end},\n                "confidence": ${u.confidence},\n                "channel": 0,\n                `;
    if (at < 0 || dg.slice(open, at) !== expect) throw new Error(`utterance ${ui} not where expected`);
    objAt.push(open);
    const start = at + '"transcript": "'.length;
    const para = { start, end: start + u.transcript.length, speaker: uttInfo[ui].major };
    if (uttInfo[ui].mixed) para.ambiguous = true;
    dgParas.push(para);
    let pos = start;
    utts[ui].forEach((x) => { x.pos = pos; pos += x.pw.length + 1; });
    cursor = para.end;
  });
}
const dgSegs = [];
utts.forEach((ws, ui) => ws.forEach((x, j) => {
  if (!x.seg) return;
  const start = dgSegs.length === 0 ? 0 : (j === 0 ? objAt[ui] : x.pos);
  if (dgSegs.length) dgSegs.at(-1).end = start;
  dgSegs.push({ kind: x.seg.seg, presenter: x.seg.presenter, title: x.seg.title, titleKeys: x.seg.titleKeys, start, end: null });
}));
dgSegs.at(-1).end = dg.length;
if (dgSegs.length !== SOURCE.filter((x) => x.seg).length) throw new Error('deepgram segment count');

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    Samplewise: ['Samplewise', 'sample wise'],
    'laboratory information management system': ['lab information system'],
    barcode: ['barcode'],
    'sample sheet': ['sample sheets'],
    accreditation: ['accreditation'],
    bioinformatics: ['bioinformatics'],
    MiSeq: ['MiSeq', 'my seek'],
    Linux: ['Linux'],
    Python: ['Python'],
    Illumina: ['Illumina'],
    'sequencing by synthesis': ['sequencing by synthesis'],
    'short reads': ['short reads'],
    'Oxford Nanopore': ['Oxford Nanopore', 'Oxford nano pore', 'Nanopore'],
    MinION: ['MinION', 'min ion'],
    'neural network': ['neural network'],
    basecalling: ['basecalling'],
    GPU: ['GPU'],
    Dorado: ['Dorado'],
    'flow cell': ['flow cells', 'flow cell'],
    amplicons: ['amplicons'],
    ARTIC: ['ARTIC', 'arctic'],
    'reference genome': ['reference genome'],
    'sequence alignment': ['alignment'],
    'genome assembly': ['assembly', 'assemble'],
    BWA: ['BWA', 'B W A'],
    'Burrows-Wheeler transform': ['Burrows-Wheeler transform', 'Burrows Wheeler transform'],
    minimap2: ['minimap2', 'mini map two'],
    minimizers: ['minimizers'],
    'k-mer': ['k-mers', 'kmers'],
    'dynamic programming': ['dynamic programming'],
    SAM: ['SAM'],
    BAM: ['BAM'],
    'CIGAR string': ['CIGAR', 'cigar string'],
    samtools: ['samtools', 'sam tools'],
    'variant calling': ['variant'],
    'consensus genome': ['consensus genome', 'consensus'],
    iVar: ['iVar', 'I var'],
    primers: ['primer'],
    Medaka: ['Medaka', 'Medica'],
    Clair3: ['Clair3', 'Clair three'],
    'SARS-CoV-2': ['SARS-CoV-2', 'SARS CoV two'],
    Pangolin: ['Pangolin'],
    'Pango lineage': ['Pango lineage', 'lineage'],
    Nextclade: ['Nextclade', 'next clade'],
    FASTQ: ['FASTQ', 'fast Q'],
    'quality scores': ['quality scores'],
    ASCII: ['ASCII'],
    FASTA: ['FASTA', 'fast A'],
    'Thousand Genomes Project': ['Thousand Genomes Project'],
    CRAM: ['CRAM'],
    VCF: ['VCF', 'V C F'],
    BED: ['BED'],
    GFF: ['GFF', 'G F F'],
    htslib: ['htslib', 'H T S lib'],
    bcftools: ['bcftools', 'BCF tools'],
    pysam: ['pysam', 'pie sam'],
    'workflow manager': ['workflow manager'],
    Nextflow: ['Nextflow', 'next flow'],
    'nf-core': ['nf-core', 'N F core'],
    viralrecon: ['viralrecon', 'viral recon'],
    Snakemake: ['Snakemake', 'snake make'],
    Makefile: ['Makefile', 'make file'],
    Galaxy: ['Galaxy'],
    containers: ['containers', 'container image'],
    Bioconda: ['Bioconda', 'bio conda'],
    BioContainers: ['BioContainers', 'bio containers'],
    Salmonella: ['Salmonella'],
    'pulsed-field gel electrophoresis': ['pulsed-field gel electrophoresis'],
    PulseNet: ['PulseNet', 'pulse net'],
    'whole-genome sequencing': ['whole-genome sequencing'],
    SPAdes: ['SPAdes', 'spades'],
    Flye: ['Flye', 'fly'],
    MLST: ['MLST', 'multilocus sequence typing'],
    SNP: ['SNPs', 'snips'],
    'IQ-TREE': ['IQ-TREE', 'I Q tree'],
    'antimicrobial resistance': ['antimicrobial resistance'],
    AMRFinderPlus: ['AMRFinderPlus', 'AMR finder plus'],
    NCBI: ['NCBI'],
    CARD: ['CARD'],
    'European Nucleotide Archive': ['European Nucleotide Archive'],
    'wastewater surveillance': ['wastewater'],
    RNA: ['RNA'],
    Freyja: ['Freyja', 'Freya'],
    CDC: ['CDC', 'C D C'],
    'H5 bird flu': ['H5', 'H five', 'bird flu'],
    metagenomics: ['metagenomics'],
    Kraken2: ['Kraken2', 'Kraken two'],
    plasmids: ['plasmids'],
    'command line': ['command line'],
    git: ['git'],
  },
  tolerated: [
    'Long Branch', 'samplewise.bio', 'samplewise.bio/longbranch', 'longbranch.fm', 'longbranch.fm/52', 'Priyanka', 'Eamon', 'Patient Zero', 'Westmoor Public Health Laboratory', 'Heng Li', 'Leicester',
    'United States', 'March', 'May', 'June', 'Friday', 'sourdough', 'sourdough starter', 'starter', 'lactic acid bacteria', 'wild yeast', 'sesame paste', 'pipette', 'agar', 'gels', 'plates',
    'bacteria', 'virus', 'viruses', 'isolates', 'genome', 'genomes', 'DNA', 'fragments', 'adapters', 'fluorescent dye', 'clusters', 'camera', 'pores', 'membrane', 'protein pores', 'squiggle',
    'laptop', 'stapler', 'reads', 'long reads', 'bases', 'base', 'coverage', 'seeds', 'chains', 'index', 'compression', 'viewer', 'pipeline', 'pipelines', 'consensus', 'clade', 'quality report',
    'B.1.1.7', 'XBB', 'tree', 'trees', 'lineages', 'header', 'coordinates', 'half-open intervals', 'off-by-one', 'C', 'C library', 'wrapper', 'cluster', 'process', 'parallel', 'parameters',
    'history', 'web platform', 'browser', 'peer-reviewed pipelines', 'epidemiologists', 'resistance genes', 'public archives', 'sewage', 'sewage works', 'composite sample', 'mixture', 'mutations',
    'barcodes', 'frequencies', 'clinical samples', 'care home', 'prison', 'ethics', 'complete genomes', 'species', 'freezer', 'rack', 'tube', 'audit trail', 'spreadsheet', 'report', 'mug',
    'public health', 'public health lab', 'human genetics', 'sequencer', 'sequencers', 'aligners', 'variants', 'gene annotations', 'regions', 'genes', 'Pango',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Long Branch', number: 52, recorded: '2025-03-18', title: 'From the bench to the sewage works: pathogen genomics with Eamon Kilbride' };
const gold = {
  _source: `Synthetic held-out episode written for heldout28 (/work/heldout28/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
    deepgram: { input: 'deepgram.json', length: dg.length, transcriptStart: objAt[0], segments: dgSegs, paragraphs: dgParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'labeled' ? labeled.text : dg;
  const spoken = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => spoken.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'deepgram.json'), dg);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => pick(p.text, 0).replace(/[§¶⟨⟩]/g, ' ').split(/\s+/).filter(Boolean).length).reduce((a, b) => a + b, 0);
const mm = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
console.log(`${speech} spoken words, ${mm(allWords.at(-1).end)} long; labeled.txt: ${labeled.paragraphs.length} lines, ${LSRC.filter((x) => !x.seg && !x.turnStart).length} unlabeled; deepgram.json: ${utterances.length} utterances (${dgParas.filter((p) => p.ambiguous).length} with two voices, ${utts.filter((ws) => ws.some((x) => x.item.flip)).length} with the other number)\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
