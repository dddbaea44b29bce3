// Builds Fork and Relicense #52 (SYNTHETIC held-out episode, heldout16) from source.mjs: a THREE-host panel NEWS
// and DISCUSSION show about open-source licensing and governance (Greta Lindholm, who opens and closes it, Marisol
// Duarte and Kieran Walsh, who interjects often). Intro; Redis 8 and the AGPL, Valkey (Marisol, handed over by
// Greta without a name); Elasticsearch back to the AGPL, OpenSearch's foundation (Kieran, who claims it himself
// with a back-reference); CLAs and the DCO (Kieran again, a new paragraph of his own: no speaker change);
// [sponsor "Provenant", read by Marisol, MID-PARAGRAPH at the end of her own turn in Kieran's item]; OpenTofu,
// Terraform and the BSL (Greta, INTRODUCED by Kieran); the OSI's Open Source AI Definition (Marisol, handed over by
// Greta MID-PARAGRAPH, without a name); the Cyber Resilience Act and stewards (Greta, who asks for the floor
// herself); registries, the XZ backdoor and the Sovereign Tech Agency (Marisol, who announces it MID-PARAGRAPH at
// the end of her own turn in Greta's item); picks (Kieran, handed over BY NAME; Marisol; Greta, handed over BY NAME
// MID-PARAGRAPH by Marisol); outro (Greta).
//
// Renders
//   labeled.txt  `Full Name: text` on EVERY paragraph, one paragraph a line, also where the same host goes on.
//                Curly apostrophes, spoken URLs as words, no page splits, no lost words. Built with the shared
//                `render` and `labeledPrefix` (speechOnly). Gold paragraphs = the text after the label. A
//                segment starts at the start of its first paragraph's line, or at the `§`. Gold key `labeled`.
//   web.txt      a web page like the seed's: a page header and footer, every paragraph stamped `mm:ss` (the time
//                of its first word on one clock: ~2.6 spoken words a second, 0.6 s between speakers, 0.4 s
//                before a same-speaker paragraph, starting at 2.7 s), `GRETA:`, `MARISOL:` and `KIERAN:` (FIRST
//                names in capitals) on the first THREE paragraphs only (the self-introductions), spoken URLs
//                dropped (with a following comma or period), the service's own paragraph breaks inside long
//                turns (`¦`; `¦~` also loses the continuation's first word), the first word lost on the
//                paragraphs marked `cut`. Built with the shared `splitWebParagraphs`, `webStamps` and `render`
//                (speechOnly); curly apostrophes. Gold paragraphs = the text after the stamp (and label). A
//                segment starts at the stamp of its first paragraph, or at the `§`; the header belongs to the
//                intro, the footer to the outro. Gold key `web`.
//   gold.json    offsets into both files, all computed here (shared renderer:
//                /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, G, M, K } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'fork-and-relicense-052';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const unURL = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const words = (t) => unsplit(unURL(t)).replace('§', '').split(/\s+/).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 2.7, (t) => words(t).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- labeled.txt --------------------------------------------------------------------------------
const LABELS = { first: { [G]: G, [M]: M, [K]: K }, later: { [G]: G, [M]: M, [K]: K } };
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
    'Fork and Relicense', 'Open source licensing, governance and the people in between', '',
    'Episodes · Subscribe · Support us · About', '',
    '‹ All episodes', '',
    'Episode 52: Redis goes AGPL, OpenTofu grows up, and the law arrives', `Thursday, 15 May 2025 · ${Math.round(lastTime / 60)} minutes`, '',
    'TRANSCRIPT', '', '',
  ].join('\n'),
  footer: '\n\nThis transcript was generated by machine and lightly edited. Timestamps are approximate.\n‹ All episodes · Show notes',
  labels: 3,
  label: { [G]: 'GRETA', [M]: 'MARISOL', [K]: 'KIERAN' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 3).map((p) => p.speaker).join() !== [G, M, K].join()) throw new Error('the three labeled web paragraphs must be the self-introductions');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Fork and Relicense', number: 52, recorded: '2025-05-15', title: 'Redis goes AGPL, OpenTofu grows up, and the law arrives' };
const ENTITIES = {
  required: {
    'open source programme office': ['open source programme office'],
    tidewire: ['tidewire'],
    Rust: ['Rust'],
    HTTP: ['HTTP'],
    Redis: ['Redis'],
    'Redis 8': ['Redis 8'],
    AGPL: ['AGPL'],
    Valkey: ['Valkey'],
    'Valkey 8.0': ['8.0'],
    'Valkey 8.1': ['8.1'],
    BSD: ['BSD'],
    'Redis Source Available License': ['Redis Source Available License'],
    SSPL: ['SSPL'],
    MongoDB: ['MongoDB'],
    OSI: ['OSI'],
    'Open Source Initiative': ['Open Source Initiative'],
    'Linux Foundation': ['Linux Foundation'],
    AWS: ['AWS'],
    'Google Cloud': ['Google Cloud'],
    Oracle: ['Oracle'],
    Ericsson: ['Ericsson'],
    Snap: ['Snap'],
    copyleft: ['copyleft'],
    antirez: ['antirez'],
    'Salvatore Sanfilippo': ['Salvatore Sanfilippo'],
    'vector sets': ['vector sets'],
    'Redis Stack': ['Redis Stack'],
    JSON: ['JSON'],
    ElastiCache: ['ElastiCache'],
    Linux: ['Linux'],
    Elastic: ['Elastic'],
    Elasticsearch: ['Elasticsearch'],
    'Apache 2.0': ['Apache 2.0', 'Apache'],
    'Elastic License': ['Elastic License'],
    Amazon: ['Amazon'],
    OpenSearch: ['OpenSearch'],
    'Shay Banon': ['Shay Banon'],
    'OpenSearch Software Foundation': ['OpenSearch Software Foundation'],
    'contributor licence agreement': ['contributor licence agreement', 'CLA'],
    DCO: ['DCO'],
    'Developer Certificate of Origin': ['Developer Certificate of Origin'],
    'Linux kernel': ['Linux kernel'],
    'signed-off-by': ['signed-off-by'],
    'Apache Software Foundation': ['Apache Software Foundation'],
    Provenant: ['Provenant'],
    SBOM: ['SBOM'],
    SPDX: ['SPDX'],
    CycloneDX: ['CycloneDX'],
    CI: ['CI'],
    'pull request': ['pull request'],
    OpenTofu: ['OpenTofu'],
    Terraform: ['Terraform'],
    HashiCorp: ['HashiCorp'],
    'Mozilla Public License': ['Mozilla Public License', 'MPL'],
    'Business Source License': ['Business Source License', 'BSL'],
    'change date': ['change date'],
    CNCF: ['CNCF'],
    IBM: ['IBM'],
    'state encryption': ['state encryption'],
    'state files': ['state files'],
    providers: ['providers'],
    'Terraform registry': ['Terraform registry'],
    'cease and desist': ['cease and desist'],
    'Open Source AI Definition': ['Open Source AI Definition'],
    'Open Source Definition': ['Open Source Definition'],
    'data information': ['data information'],
    'training data': ['training data'],
    parameters: ['parameters'],
    weights: ['weights'],
    Meta: ['Meta'],
    Llama: ['Llama'],
    'acceptable use policy': ['acceptable use policy'],
    AI2: ['AI2'],
    OLMo: ['OLMo'],
    'Cyber Resilience Act': ['Cyber Resilience Act'],
    'product with digital elements': ['product with digital elements'],
    'actively exploited vulnerabilities': ['actively exploited vulnerabilities'],
    'open source software steward': ['open source software steward', 'steward'],
    'market surveillance authorities': ['market surveillance authorities'],
    'CE marking': ['CE marking'],
    'software bill of materials': ['software bill of materials'],
    'Eclipse Foundation': ['Eclipse Foundation'],
    PyPI: ['PyPI'],
    Fastly: ['Fastly'],
    'Python Software Foundation': ['Python Software Foundation', 'PSF'],
    'Alpha-Omega': ['Alpha-Omega'],
    npm: ['npm'],
    GitHub: ['GitHub'],
    Microsoft: ['Microsoft'],
    JavaScript: ['JavaScript'],
    'PyPI organization account': ['PyPI organization account'],
    'XZ backdoor': ['XZ', 'xz'],
    'Lasse Collin': ['Lasse Collin'],
    'Jia Tan': ['Jia Tan'],
    SSH: ['SSH'],
    'Andres Freund': ['Andres Freund'],
    Postgres: ['Postgres'],
    'Sovereign Tech Fund': ['Sovereign Tech Fund'],
    'Sovereign Tech Agency': ['Sovereign Tech Agency'],
    GNOME: ['GNOME'],
    FreeBSD: ['FreeBSD'],
    'bug resilience programme': ['bug resilience programme'],
    'bug bounties': ['bug bounties'],
    'Choose a License': ['Choose a License'],
    FSFE: ['FSFE'],
    'Free Software Foundation Europe': ['Free Software Foundation Europe'],
    REUSE: ['REUSE'],
    'reuse lint': ['reuse lint'],
    'Working in Public': ['Working in Public'],
    'Nadia Eghbal': ['Nadia Eghbal'],
  },
  tolerated: [
    'Fork and Relicense', 'fork and relicense dot fm slash fifty-two', 'forkandrelicense.fm', 'provenant.dev', 'provenant dot dev slash fork', 'choosealicense.com', 'choose a license dot com',
    'Stockholm', 'Valencia', 'Dublin', 'Germany', 'Swedish', 'European', 'EU', 'Greta', 'Marisol', 'Kieran', 'Lasse', 'October', 'March', 'December', 'September',
    'licence', 'licences', 'license', 'licences', 'licence file', 'open source', 'open licence', 'fork', 'forks', 'relicense', 'permissive', 'cache', 'database service', 'managed service', 'managed services',
    'cloud providers', 'data type', 'vector similarity', 'time series', 'query engine', 'threading', 'I/O', 'distributions', 'default package', 'test suite', 'network clause', 'source', 'service stack',
    'monitoring', 'backups', 'plugins', 'vector search', 'client libraries', 'logging cluster', 'sprint', 'approved list', 'legal team', 'meeting', 'paperwork', 'patch', 'commit', 'contribution', 'contributors',
    'commercial licence', 'proprietary version', 'T-shirt', 'dependencies', 'vulnerabilities', 'auditors', 'regulators', 'policy', 'infrastructure code', 'manifesto', 'architecture board', 'binary', 'pipelines',
    'modules', 'cloud vendors', 'registry', 'registries', 'mirror', 'steering committee', 'governance', 'feature', 'AI system', 'code', 'medical data', 'four freedoms', 'models', 'open model', 'research',
    'journalists', 'social contract', 'procurement', 'vendor', 'regulation', 'security obligations', 'security updates', 'risk assessment', 'support period', 'manufacturer', 'manufacturers', 'foundations',
    'foundation', 'cybersecurity policy', 'fines', 'smart fridge', 'due diligence', 'security policy', 'working group', 'compliance', 'conformity statement', 'no warranty', 'bandwidth', 'downloads',
    'malware', 'safety and security engineer', 'build system', 'build servers', 'compression library', 'maintainer', 'maintainers', 'co-maintainer', 'releases', 'test files', 'SSH servers', 'SSH logins',
    'stable releases', 'critical infrastructure', 'maintenance', 'fellowship', 'audits', 'security work', 'documentation', 'side project', 'patents', 'command-line tool', 'specification', 'repository',
    'copyright', 'SPDX header', 'report', 'compliance email', 'book', 'bazaar', 'attention problem', 'lawyer', 'lawyers', 'CLA story', 'show notes', 'AGPL version three', 'OSI-approved licence',
    'Redis Open Source', 'vector', 'ElastiCache', 'Amazon', 'finance', 'internal mirror', 'toaster', 'technical documentation', 'startup', 'connected device', 'grandparent', 'migration',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout16 (/work/heldout16/${SLUG}/build.mjs); offsets computed by the script.`,
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
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 40), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const n = words(x.text).length; cur.w[x.speaker.split(' ')[0]] = (cur.w[x.speaker.split(' ')[0]] ?? 0) + n; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(42)} ${s.t}`);
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${paras.length} source paragraphs in ${turns} turns, ${count(/¦/g)} service breaks in web.txt (${count(/¦~/g)} losing a word) inside ${paras.filter((p) => /¦/.test(p.text)).length} paragraphs, ${paras.filter((x) => x.cut).length} web paragraphs losing their first word, ${paras.filter((p) => p.speaker === K && words(p.text).length <= 15).length} short Kieran interjections\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
