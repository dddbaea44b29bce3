// Builds Read Depth #67 (SYNTHETIC held-out episode, heldout21) from source.mjs: a one-host one-guest INTERVIEW about
// BIOINFORMATICS for clinical genomics (host Tuomas Vainio, guest Ifeoma Okpara, who leads the bioinformatics team of a
// children's hospital's genomics laboratory). Intro (Tuomas); from blood to FASTQ (Ifeoma, opened by the host's question);
// alignment and the reference genome (Ifeoma, who raises it herself at a change of speaker); variant calling (Ifeoma,
// opened MID-PARAGRAPH by the host at the end of his reaction); [sponsor "Skerry", read by the host at a change of
// speaker]; workflow managers (Ifeoma, opened MID-PARAGRAPH at the end of the host's read); long reads (Ifeoma, a
// back-reference to her own words); interpretation and reanalysis (Ifeoma, who raises it herself MID-PARAGRAPH); storage
// and privacy (Ifeoma, a question answered by a question); what comes next (Ifeoma, opened by a NEW paragraph of the
// host's right after his own: no speaker change); outro (Tuomas).
//
// Renders
//   rev.txt          a Rev.com-style text export (heldout10's and heldout12's layout): blocks of `Full Name (hh:mm:ss):`
//                    on their own line and the block's text on the next, a blank line between blocks, no header, no
//                    footer, a final newline; straight apostrophes, the transcriber's spellings (the A of each {A|B}), the
//                    URL written out. Rev splits long turns into blocks with the SAME name and a new time (`‖`); one
//                    block's name is misspelt (`rev: 'typo'`, a gold alias); Rev's tags `[crosstalk hh:mm:ss]` (`{xt}`),
//                    `[inaudible hh:mm:ss]` (words in ⟦…⟧, lost) and `[laughs]`, on the episode's clock. A block's time
//                    is its first word's. Gold paragraphs are ONE PER BLOCK, the text line. A segment starts at the name
//                    line of its first block, or INSIDE a block at a `§`.
//   transcript.csv   a transcription API's utterances exported as CSV: the header `start,end,speaker,text`, then one row a
//                    line, `START,END,L,text`, times in whole milliseconds, the speaker a diarisation letter (A, B in order
//                    of first appearance), the text quoted exactly when it holds a comma or a double quote (quotes inside
//                    doubled), Unix line endings, a final newline. The recogniser's spellings (the B of each {A|B}: acronyms
//                    letter by letter, tools split into words, the host's name misheard, the URL as words), straight
//                    apostrophes, no tags (the inaudible words are there). The API starts a new row at every change of
//                    speaker and at every pause inside a turn (`¶`), so rows often repeat the letter before them; the
//                    diariser gives the OTHER letter to a few paragraphs (`swap`) and chunks (`¶*`), and runs a few short
//                    replies said without a pause into the other speaker's row (`merge`: gold the majority speaker,
//                    `ambiguous`). Times from the episode's clock (a word lasts 120 ms + 25 ms a letter, ending at least
//                    30 ms before the next word); a row runs from its first word's start to its last word's end. Gold
//                    paragraphs are ONE PER ROW, the text field's contents (inside the quotes). A segment starts at the
//                    start of its first row, or INSIDE a row at a `§`. transcriptStart is the first row. Gold key `csv`.
//   gold.json        offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                    unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
// The clock (both files): ~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, 0.5 s
// at a pause `¶`, from 1.5 s; tags take no time, inaudible words do.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'read-depth-067';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const hms = (sec) => { const s = Math.floor(sec); return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`; };
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const url = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const isTag = (w) => w === '{xt}' || w === '[laughs]';
const TYPO = { [G]: 'Ifeoma Okapara' };

// --- the clock: every spoken word of a paragraph, in each file's spellings ----------------------------------------
const TOK = (t) => t.replace(/\{xt\}/g, ' {xt} ').split(/\s+/).filter(Boolean);
function clock(variant) {
  const out = [];
  let t = 1.5, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    const times = [];
    let pause = 0;
    for (const tok of TOK(url(pick(item.text, variant)))) {
      if (tok === '¶' || tok === '¶*') { pause = 0.5; continue; }
      if (tok === '‖' || isTag(tok)) continue;
      t += pause; pause = 0;
      times.push(t);
      t += 1 / WPS;
    }
    out[k] = times;
    prev = item;
  });
  return out;
}
const wordTimes = clock(0);          // rev.txt's words
const csvTimes = clock(1);           // transcript.csv's words
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- rev.txt ------------------------------------------------------------------------------------
let rev = '';
const revParas = [];
const revTrack = segmentTracker();
let typos = 0, splits = 0, tags = 0;
SOURCE.forEach((item, k) => {
  if (item.seg) { revTrack.seg(item); return; }
  const label = item.rev === 'typo' ? TYPO[item.speaker] : item.speaker;
  if (item.rev === 'typo') typos++;
  const times = wordTimes[k];
  let w = 0;
  const blocks = url(pick(item.text, 0)).replace(/\s*¶\*?\s*/g, ' ').split(/\s*‖\s*/);
  splits += blocks.length - 1;
  blocks.forEach((raw) => {
    if (rev) rev += '\n\n';
    const blockStart = rev.length;
    revTrack.block(blockStart);
    if (isTag(TOK(raw)[0]) || TOK(raw)[0].startsWith('⟦')) throw new Error('a block must open with a word');
    rev += `${label} (${hms(times[w])}):\n`;
    const textStart = rev.length;
    let text = '';
    let hidden = null;
    const push = (s) => { text += (text ? ' ' : '') + s; };
    for (const tok of TOK(raw)) {
      if (tok === '{xt}') { push(`[crosstalk ${hms(times[w])}]`); tags++; continue; }
      if (tok === '[laughs]') { push(tok); tags++; continue; }
      if (tok.startsWith('⟦')) hidden = times[w];
      if (hidden != null) {
        if (tok.includes('⟧')) { push(`[inaudible ${hms(hidden)}]${tok.slice(tok.indexOf('⟧') + 1)}`); hidden = null; tags++; }
        w++;
        continue;
      }
      let word = tok;
      if (word.startsWith('§')) { word = word.slice(1); revTrack.mark(text ? textStart + text.length + 1 : blockStart); }
      if (/[§¶‖]/.test(word)) throw new Error(`a stray mark in ${word}`);
      push(word);
      w++;
    }
    revParas.push({ start: textStart, end: textStart + text.length, speaker: item.speaker });
    rev += text;
  });
  if (w !== times.length) throw new Error(`word count mismatch in: ${item.text.slice(0, 40)}`);
});
rev += '\n';
revTrack.close(rev.length);
const revSegs = revTrack.segments;
if (typos !== 1) throw new Error(`expected 1 typo, got ${typos}`);
if (/[§¶‖⟨⟩⟦⟧{}|’‘]/.test(rev)) throw new Error('a mark or curly apostrophe in rev.txt');

// --- transcript.csv -----------------------------------------------------------------------------
const LETTER = { [H]: 'A', [G]: 'B' };
const OTHER = { [H]: G, [G]: H };
const rows = [];
const csvSeg = [];      // [segment item, row index, word index in the row]
{
  let pending = null, pendingMid = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) {
      if (!item.mid) { pending = item; return; }
      if (!pendingMid) throw new Error(`mid segment ${item.title} without a § mark`);
      csvSeg.push([item, ...pendingMid]); pendingMid = null;
      return;
    }
    const times = csvTimes[k];
    let w = 0;
    const text = pick(item.text, 1).replace(/⟨([^⟩]*)⟩/g, '$1').replace(/\s*‖\s*/g, ' ').replace(/\{xt\}|\[laughs\]|[⟦⟧]/g, ' ');
    const pieces = text.split(/ ?(¶\*?) ?/);
    for (let pi = 0; pi < pieces.length; pi += 2) {
      const ws = pieces[pi].split(/\s+/).filter(Boolean);
      if (!ws.length) throw new Error('an empty row');
      const swapped = !!item.swap !== (pieces[pi - 1] === '¶*');
      let row;
      if (pi === 0 && item.merge) {
        row = rows.at(-1);
        if (!row || row.owner === item.speaker) throw new Error(`merge without another speaker's row before: ${item.text.slice(0, 40)}`);
        if (pending) throw new Error('a segment cannot open on a merged reply');
      } else {
        row = { owner: item.speaker, letter: LETTER[swapped ? OTHER[item.speaker] : item.speaker], swapped, words: [] };
        rows.push(row);
        if (pi === 0 && pending) { csvSeg.push([pending, rows.length - 1, 0]); pending = null; }
      }
      for (const tok of ws) {
        if (tok.startsWith('§')) pendingMid = [rows.indexOf(row), row.words.length];
        const word = tok.replace('§', '');
        if (!word || /[§¶‖]/.test(word)) throw new Error(`a stray mark in ${tok}`);
        row.words.push({ w: word, speaker: item.speaker, begin: times[w++] });
      }
    }
    if (w !== times.length) throw new Error(`csv word count mismatch in: ${item.text.slice(0, 40)}`);
  });
}
const flat = rows.flatMap((r) => r.words);
flat.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.replace(/[^\p{L}\p{N}]/gu, '').length, (flat[i + 1]?.begin ?? Infinity) - 0.03); });
const HEAD = 'start,end,speaker,text\n';
let csv = HEAD;
const csvParas = [];
const rowAt = [], wordAt = [];
rows.forEach((r, ri) => {
  rowAt.push(csv.length);
  const text = r.words.map((x) => x.w).join(' ');
  const q = /[,"]/.test(text);
  csv += `${Math.round(r.words[0].begin * 1000)},${Math.round(r.words.at(-1).end * 1000)},${r.letter},${q ? '"' : ''}`;
  const start = csv.length;
  const at = [];
  r.words.forEach((x, j) => { if (j) csv += ' '; at.push(csv.length); csv += q ? x.w.replace(/"/g, '""') : x.w; });
  wordAt.push(at);
  const count = {};
  for (const x of r.words) count[x.speaker] = (count[x.speaker] ?? 0) + 1;
  const ranked = Object.entries(count).sort((p, q2) => q2[1] - p[1] || (p[0] === r.owner ? -1 : 1));
  const para = { start, end: csv.length, speaker: ranked[0][0] };
  if (ranked.length > 1) para.ambiguous = true;
  csvParas.push(para);
  csv += `${q ? '"' : ''}\n`;
});
const csvSegs = csvSeg.map(([item, ri, wi], i) => ({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: i === 0 ? 0 : wi === 0 ? rowAt[ri] : wordAt[ri][wi], end: null }));
csvSegs.forEach((s, i) => { s.end = csvSegs[i + 1]?.start ?? csv.length; });
if (/[§¶‖⟨⟩⟦⟧{}|’‘]/.test(csv)) throw new Error('a mark or curly apostrophe in transcript.csv');

// --- gold ---------------------------------------------------------------------------------------
const TITLE = 'Ifeoma Okpara: from a blood sample to a diagnosis, one program at a time';
const EPISODE = { show: 'Read Depth', number: 67, recorded: '2025-10-14', title: TITLE };
const ENTITIES = {
  required: {
    bioinformatics: ['bioinformatics'],
    genomics: ['genomics', 'genome', 'genomes'],
    sequencer: ['sequencer', 'sequenced', 'sequence'],
    Illumina: ['Illumina'],
    'NovaSeq X': ['NovaSeq X'],
    'paired-end reads': ['paired-end'],
    'base calls': ['base calls'],
    'bcl-convert': ['bcl-convert', 'BCL convert'],
    FASTQ: ['FASTQ'],
    'quality scores': ['quality scores'],
    'Phred score': ['Phred', 'fred'],
    Q30: ['Q30'],
    'read depth': ['depth', 'thirty-fold'],
    trio: ['trio'],
    alignment: ['align', 'aligner', 'alignment'],
    'reference genome': ['reference genome', 'reference'],
    'BWA-MEM2': ['BWA-MEM2', 'B W A mem two'],
    BAM: ['BAM'],
    duplicates: ['duplicates'],
    GRCh38: ['GRCh38', 'G R C H thirty eight'],
    'T2T-CHM13': ['T2T-CHM13', 'T two T C H M thirteen', 'Telomere-to-Telomere'],
    CRAM: ['CRAM'],
    samtools: ['samtools', 'sam tools'],
    IGV: ['IGV'],
    grep: ['grep'],
    'variant calling': ['variant calling'],
    GATK: ['GATK', 'G A T K'],
    'Broad Institute': ['Broad Institute'],
    HaplotypeCaller: ['HaplotypeCaller'],
    DeepVariant: ['DeepVariant', 'deep variant'],
    Google: ['Google'],
    'neural network': ['neural network'],
    DeepTrio: ['DeepTrio', 'deep trio'],
    'Genome in a Bottle': ['Genome in a Bottle'],
    NIST: ['NIST'],
    'truth set': ['truth set'],
    HG002: ['HG002'],
    'hap.py': ['hap.py', 'hap dot pie'],
    'precision and recall': ['precision and recall'],
    VCF: ['VCF'],
    Skerry: ['Skerry'],
    Slurm: ['Slurm'],
    HPC: ['HPC'],
    GPU: ['GPU', 'GPUs'],
    Nextflow: ['Nextflow', 'next flow'],
    Snakemake: ['Snakemake', 'snake make'],
    Perl: ['Perl'],
    'nf-core': ['nf-core', 'N F core'],
    Sarek: ['Sarek'],
    Python: ['Python'],
    containers: ['container', 'containers', 'container image'],
    Docker: ['Docker'],
    Apptainer: ['Apptainer', 'app tainer'],
    Singularity: ['Singularity'],
    Bioconda: ['Bioconda'],
    'long reads': ['long reads', 'long-read'],
    'short reads': ['short reads', 'short-read'],
    'structural variants': ['large deletions and duplications'],
    'repeat expansions': ['repeat expansions', 'repeat expansion'],
    'Oxford Nanopore': ['Oxford Nanopore', 'Oxford nano pore'],
    Dorado: ['Dorado'],
    PacBio: ['PacBio', 'Pack Bio'],
    HiFi: ['HiFi'],
    Revio: ['Revio', 'Rivio'],
    methylation: ['methylation'],
    gnomAD: ['gnomAD', 'gnome AD'],
    'Human Phenotype Ontology': ['Human Phenotype Ontology', 'HPO', 'H P O'],
    Exomiser: ['Exomiser', 'exo miser'],
    'ACMG guidelines': ['ACMG', 'A C M G'],
    ClinVar: ['ClinVar', 'clin var'],
    'variant of uncertain significance': ['uncertain significance'],
    reanalysis: ['reanalysis'],
    'archive storage': ['archive storage'],
    'European Genome-phenome Archive': ['European Genome-phenome Archive'],
    GA4GH: ['GA4GH', 'G A four G H', 'Global Alliance for Genomics and Health'],
    crypt4gh: ['crypt4gh', 'crypt for G H'],
    htsget: ['htsget'],
    encryption: ['encrypted'],
    pangenome: ['pangenome'],
    'Human Pangenome Reference Consortium': ['Human Pangenome Reference Consortium'],
    vg: ['vg'],
    DeepMind: ['DeepMind'],
    AlphaMissense: ['AlphaMissense', 'alpha missense'],
    'large language models': ['large language models'],
    'machine learning': ['machine learning'],
    'research software engineer': ['research software engineer'],
  },
  tolerated: [
    'Read Depth', 'skerry.cloud', 'skerry.cloud/readdepth', 'Helsinki', 'Newcastle', 'US', 'Tuomas', 'Ifeoma', 'Tomas', 'Heng Li', 'October', 'Tuesday', 'Friday',
    'DNA', 'biology', 'software', 'blood sample', 'sample', 'wet lab', 'instrument', 'reads', 'read', 'fragment', 'fragments', 'binary format', 'files', 'strings', 'letters', 'plus sign', 'whole genome', 'variant', 'variants',
    'position', 'copies', 'chromosome', 'rare condition', 'rare disease', 'family', 'families', 'parents', 'child', 'children', 'map', 'chemistry', 'evidence', 'clinical lab', 'centromeres', 'coordinates', 'databases', 'gene annotations',
    'archive', 'reports', 'report', 'accreditation', 'pipeline', 'pipelines', 'research', 'regions', 'storage', 'gigabytes', 'viewer', 'screen', 'scientist', 'clinical scientist', 'benchmarks', 'consortium', 'volunteers',
    'technology', 'single-letter changes', 'insertions and deletions', 'difficult regions', 'text file', 'computing', 'processor hours', 'core hours', 'cluster', 'login node', 'scheduler', 'shared storage', 'GPU nodes', 'grant',
    'bill', 'region', 'programs', 'script', 'steps', 'step', 'jobs', 'community', 'documentation', 'releases', 'tests', 'validation', 'version', 'versions', 'digest', 'tag', 'root', 'tool', 'tools', 'images', 'image', 'patient',
    'work directory', 'intermediate file', 'disk', 'alert', 'neurological conditions', 'CAG', 'pore', 'strand', 'electrical current', 'signal', 'accuracy', 'molecule', 'consensus', 'instrument', 'cost', 'experiment', 'diagnosis',
    'healthy people', 'genes', 'gene', 'protein', 'doctors', 'seizures', 'heart defect', 'short stature', 'candidate variants', 'pathogenic', 'likely pathogenic', 'likely benign', 'benign', 'labs', 'disease genes', 'paper',
    'compute time', 'data', 'rules', 'genetic test records', 'fast disk', 'privacy', 'anonymised', 'relatives', 'surnames', 'genealogy databases', 'hospital', 'consent', 'file format', 'hard drive', 'standards', 'reference genomes',
    'ancestries', 'graph', 'tooling', 'supporting evidence', 'guidelines', 'literature', 'programmers', 'university', 'bank', 'poster', 'episode page', 'lab', 'physics', 'physicist', 'Telomere-to-Telomere consortium', 'SNV', 'indels',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout21 (/work/heldout21/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    rev: { input: 'rev.txt', length: rev.length, transcriptStart: 0, segments: revSegs, paragraphs: revParas },
    csv: { input: 'transcript.csv', length: csv.length, transcriptStart: HEAD.length, segments: csvSegs, paragraphs: csvParas },
  },
};
writeFileSync(join(here, 'rev.txt'), rev);
writeFileSync(join(here, 'transcript.csv'), csv);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const paras = SOURCE.filter((x) => !x.seg);
const perSeg = [];
{ let cur = null; SOURCE.forEach((x, k) => { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); return; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + wordTimes[k].length; }); }
for (const s of perSeg) { const tot = Object.values(s.w).reduce((a, b) => a + b, 0); console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${Math.round((100 * (s.w[s.p] ?? 0)) / tot)}% ${s.t}`); }
const speech = wordTimes.filter(Boolean).reduce((n, t) => n + t.length, 0);
console.log(`${speech} spoken words, ${hms(lastTime)} long, ${paras.length} source paragraphs; rev.txt: ${revParas.length} blocks (${splits} splits, ${typos} misspelt name, ${tags} tags)`);
console.log(`transcript.csv: ${rows.length} rows, ${rows.filter((r, i) => i && rows[i - 1].letter === r.letter).length} following one with the same letter, ${rows.filter((r) => r.swapped).length} swapped, ${csvParas.filter((p) => p.ambiguous).length} merged`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
