// Builds Burn Rate #44 (SYNTHETIC held-out episode, heldout15) from source.mjs: a two-host DISCUSSION show about
// cloud costs and FinOps (Nadia Brandt, who opens and closes it, and Owen Pryce). Intro; Savings Plans against
// Reserved Instances (Owen, handed over by Nadia without a name); spot instances and Karpenter (Nadia,
// INTRODUCED by Owen); [sponsor "Ledgerline", read by Owen, starting MID-PARAGRAPH at the end of his own turn in
// Nadia's item]; Kubernetes cost allocation with OpenCost and Kubecost (Nadia, introduced by Owen right after
// his read: no speaker change); egress fees (Owen, weak cue); FOCUS (Owen, handed over by Nadia MID-PARAGRAPH:
// non-alternating); leaving the cloud (Nadia, introduced by Owen); a listener question (Owen reads it and leads
// the answer); picks (Nadia; Owen, handed over by Nadia; kind extra); outro (no speaker change).
//
// Renders
//   labeled.txt  `NAME: text` on EVERY paragraph, one paragraph a line: each host's FIRST name in capitals
//                (`NADIA: `, `OWEN: `), also where the same host goes on. Interruptions as the source writes them:
//                ` --` at the end of the cut-off paragraph, `-- ` at the start of the resumption. Curly
//                apostrophes, spoken URLs as words, no page splits, no lost words. Built with the shared `render`
//                and `labeledPrefix` (speechOnly). Gold paragraphs = the text after the label. A segment starts at
//                the start of its first paragraph's line, or at the `§`.
//   web.txt      a web page like the seed's: a page header and footer, every paragraph stamped `mm:ss` (the
//                time of its first word on one clock: ~2.6 spoken words a second, 0.6 s between speakers,
//                0.4 s before a same-speaker paragraph, starting at 2.2 s), `NADIA:` and `OWEN:` on the first TWO
//                paragraphs only (the self-introductions), spoken URLs dropped (with a following comma or period),
//                the service's own paragraph breaks inside long turns (`¦`; `¦~` also loses the continuation's
//                first word), the first word lost on the paragraphs marked `cut`, the `--` kept. Built with the
//                shared `splitWebParagraphs`, `webStamps` and `render` (speechOnly); curly apostrophes. Gold
//                paragraphs = the text after the stamp (and label). A segment starts at the stamp of its first
//                paragraph, or at the `§`; the header belongs to the intro, the footer to the outro.
//   gold.json    offsets into both files, all computed here (shared renderer:
//                /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, N, W } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'burn-rate-044';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const unURL = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const words = (t) => unsplit(unURL(t)).replace('§', '').split(/\s+/).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 2.2, (t) => words(t).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- labeled.txt --------------------------------------------------------------------------------
const LABELS = { first: { [N]: 'NADIA', [W]: 'OWEN' }, later: { [N]: 'NADIA', [W]: 'OWEN' } };
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: labeledPrefix(LABELS),
  words: (i, p) => unsplit(labeledText(p.text)),
});
if (/[¦⟨⟩§]/.test(labeled.text)) throw new Error('a mark in labeled.txt');

// --- web.txt ------------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? 0);
const stamps = webStamps(SOURCE, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const WEB = {
  header: [
    'Burn Rate', 'A podcast about cloud costs, FinOps, and the bill nobody reads', '',
    'Episodes · Newsletter · About · Contact', '',
    '← Back', '',
    '#44: Commitments, spot, egress and leaving the cloud', `May 20, 2025 · ${Math.round(lastTime / 60)} min · Transcript`, '', '',
  ].join('\n'),
  footer: '\n\nTranscript generated automatically. Errors are possible; please check the audio before quoting.\n← Back',
  labels: 2,
  label: { [N]: 'NADIA', [W]: 'OWEN' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [N, W].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Burn Rate', number: 44, recorded: '2025-05-20', title: 'Commitments, spot, egress and leaving the cloud' };
const ENTITIES = {
  required: {
    FinOps: ['FinOps'],
    'Savings Plans': ['Savings Plans', 'Savings Plan'],
    'Reserved Instances': ['Reserved Instances', 'RIs'],
    AWS: ['AWS'],
    'Compute Savings Plans': ['Compute Savings Plans', 'Compute Savings Plan'],
    'EC2 Instance Savings Plans': ['EC2 Instance Savings Plans'],
    EC2: ['EC2'],
    Fargate: ['Fargate'],
    Lambda: ['Lambda'],
    Graviton: ['Graviton'],
    RDS: ['RDS'],
    'spot instances': ['spot instances', 'spot'],
    Kubernetes: ['Kubernetes'],
    EKS: ['EKS'],
    Karpenter: ['Karpenter'],
    'price-capacity-optimized': ['price-capacity-optimized'],
    'pod disruption budgets': ['pod disruption budgets'],
    Ledgerline: ['Ledgerline'],
    Azure: ['Azure'],
    'Google Cloud': ['Google Cloud'],
    Slack: ['Slack'],
    'NAT gateway': ['NAT gateway'],
    FOCUS: ['FOCUS'],
    OpenCost: ['OpenCost'],
    Kubecost: ['Kubecost'],
    CNCF: ['CNCF'],
    IBM: ['IBM'],
    namespace: ['namespace'],
    'idle cost': ['idle cost'],
    consolidation: ['consolidation'],
    showback: ['showback'],
    chargeback: ['chargeback'],
    egress: ['egress'],
    'data transfer': ['data transfer'],
    'availability zones': ['availability zones'],
    S3: ['S3'],
    'VPC endpoint': ['VPC endpoint'],
    'gateway endpoint': ['gateway endpoint'],
    'EC2 other': ['EC2 other'],
    Google: ['Google'],
    'EU Data Act': ['EU Data Act'],
    Cloudflare: ['Cloudflare'],
    R2: ['R2'],
    'FinOps Open Cost and Usage Specification': ['FinOps Open Cost and Usage Specification'],
    'FinOps Foundation': ['FinOps Foundation'],
    'Linux Foundation': ['Linux Foundation'],
    'billed cost': ['billed cost'],
    'effective cost': ['effective cost'],
    'list cost': ['list cost'],
    'charge category': ['charge category'],
    'Data Exports': ['Data Exports'],
    'Cost and Usage Report': ['Cost and Usage Report'],
    BigQuery: ['BigQuery'],
    Oracle: ['Oracle'],
    '37signals': ['37signals'],
    Basecamp: ['Basecamp'],
    HEY: ['HEY'],
    Dell: ['Dell'],
    Kamal: ['Kamal'],
    'Pure Storage': ['Pure Storage'],
    'Cost Explorer': ['Cost Explorer'],
    CloudWatch: ['CloudWatch'],
    tags: ['tags', 'tagging'],
    'tag policy': ['tag policy'],
    'Compute Optimizer': ['Compute Optimizer'],
    Arm: ['Arm'],
    'unit cost': ['unit cost'],
    'ec2instances.info': ['ec2instances dot info'],
    Vantage: ['Vantage'],
    ElastiCache: ['ElastiCache'],
    'Cloud FinOps': ['Cloud FinOps'],
    "O'Reilly": ["O'Reilly", 'O’Reilly'],
    SQS: ['SQS'],
    'node termination handler': ['node termination handler'],
    'Convertible RIs': ['Convertible RIs', 'Convertibles'],
    Intel: ['Intel'],
    'J.R. Storment': ['J.R. Storment'],
    'Mike Fuller': ['Mike Fuller'],
  },
  tolerated: [
    'Burn Rate', 'burnrate.fm', 'burnrate dot fm', 'burnrate dot fm slash forty-four', 'ledgerline.io', 'ledgerline dot io', 'ledgerline dot io slash burnrate',
    'Hamburg', 'Cardiff', 'Malmö', 'Henrik', 'November', 'Nadia', 'Owen',
    'cloud', 'the cloud', 'bill', 'finance', 'commitments', 'commitment', 'discount', 'instance type', 'instance family', 'region', 'regions', 'all upfront', 'no upfront', 'spreadsheet',
    'compute', 'databases', 'database', 'spare capacity', 'two-minute warning', 'node autoscaler', 'pods', 'pod', 'instance types', 'zones', 'pools', 'stateless services', 'replicas', 'shutdown handling',
    'API servers', 'batch jobs', 'queue consumer', 'checkpoint', 'cluster', 'clusters', 'nodes', 'GPU instance', 'log group', 'debug output', 'test environment', 'cost and usage data',
    'dashboards', 'multi-cluster view', 'savings recommendations', 'cost allocation', 'requests', 'memory', 'label', 'allocation model', 'budget', 'internet', 'private subnets', 'container images', 'dataset',
    'object storage', 'public downloads', 'regulators', 'support', 'billing data', 'column names', 'usage charge', 'purchase', 'credit', 'service name', 'resource ID', 'marketplace charges', 'exports', 'translation layer',
    'servers', 'colocation data centre', 'storage', 'operations team', 'hardware', 'elasticity', 'CI runners', 'on call', 'pager', 'failed disk', 'leaving the cloud', 'leave the cloud',
    'funding round', 'consultant', 'logs', 'metrics', 'debug logging', 'team', 'environment', 'unattached volumes', 'snapshots', 'load balancers', 'rightsize', 'interpreted languages', 'config change', 'board meeting',
    'cost per customer', 'vCPUs', 'network', 'on-demand', 'reserved', 'AWS pricing pages', 'Graviton rows', 'latency', 'reliability', 'inform', 'optimize', 'operate', 'second edition', 'book',
    'DHH', 'data centre', 'NAT gateways', 'listener question', 'FOCUS 1.0', 'FOCUS 1.1', 'one point oh', 'one point one', 'Karpenter 1.0', 'one point zero', 'AWS bill', 'Azure bill', 'EBS', 'spot instance',
    'account manager', 'instance family', 'interruption events', 'cordons', 'drains', 'replacement', 'architecture review', 'event pipeline', 'producer', 'broker', 'consumer', 'consumers', 'tracking events',
    'best practices', 'resilience', 'object storage', 'archive', 'colder tiers', 'retrieval fees', 'storage servers', 'rack', 'disks', 'replication', 'audit', 'regulator', 'first edition', 'Arm and Intel',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout15 (/work/heldout15/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: 0, segments: labeled.segments, paragraphs: labeled.paragraphs },
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
  },
};
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(p.text).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const turns = paras.filter((p, i) => i === 0 || paras[i - 1].speaker !== p.speaker).length;
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 34), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const n = words(x.text).length; cur.w[x.speaker.split(' ')[0]] = (cur.w[x.speaker.split(' ')[0]] ?? 0) + n; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(7)} ${JSON.stringify(s.w).padEnd(30)} ${s.t}`);
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${paras.length} source paragraphs in ${turns} turns, ${count(/¦/g)} service breaks in web.txt (${count(/¦~/g)} losing a word) inside ${paras.filter((p) => /¦/.test(p.text)).length} paragraphs, ${paras.filter((x) => x.cut).length} web paragraphs losing their first word, ${paras.filter((p) => / --$/.test(p.text)).length} interruptions\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
