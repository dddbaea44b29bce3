// Builds Blast Radius #96 (SYNTHETIC held-out episode, heldout18) from source.mjs: a two-host weekly CLOUD and DEVOPS
// NEWS show in the style of the seed (hosts Gideon Achterberg, who opens and closes it, and Noor Haddad). Intro
// (Gideon); the phished npm maintainer and chalk/debug (Noor, handed over MID-PARAGRAPH and NAMELESS at the end of
// Gideon's rundown); GitHub Actions' SHA-pinning policy (Gideon, at a change of speaker); the Bitnami images (Gideon
// again, a NEW paragraph of his: no speaker change); [sponsor "Cairnline", read by Noor, MID-PARAGRAPH at the end of
// her own reaction]; Kubernetes 1.34 (Noor,
// OPENED by Gideon in a NEW paragraph of his: no speaker change); OpenTofu 1.10 (Gideon); Let's Encrypt's OCSP shutdown
// and 47-day certificates (Noor, who raises it herself MID-PARAGRAPH in her reaction to Gideon's item); Cloudflare's
// 1.1.1.1 postmortem (Gideon, OPENED by Noor); extras (Noor, then Gideon, handed over MID-PARAGRAPH by Noor); outro.
//
// Renders
//   web.txt      a page like the seed's, built the way heldout17's byte-order-118/web.txt was: the page header in the
//                seed's words ("Brought to you by…", "« Return to show page", "Transcript for Episode #96:", the title,
//                "Recorded on…") and the footer "Back to show page"; `mm:ss` stamps from one clock (~2.6 spoken words
//                a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from 0.9 s); FIRST NAMES in
//                capitals (`GIDEON:`, `NOOR:`) on the first TWO paragraphs only (the self-introductions); page breaks
//                inside long turns at sentence ends, where the continuation loses its first word (`¦~`; `¦` keeps
//                it); the paragraphs marked `cut` lose their first word; spoken URLs dropped with the punctuation
//                after them; curly apostrophes. Built with the shared `splitWebParagraphs`, `webStamps` and `render`
//                (speechOnly: gold paragraphs are the text after the stamp and label). Gold key `web`.
//   labeled.txt  `Full Name: text` on EVERY paragraph, one source paragraph a line (no page breaks), URLs written
//                out. Built with the shared `render` and `labeledPrefix` (speechOnly). Gold key `labeled`.
//   gold.json    offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, G, N } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'blast-radius-096';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const words = (t) => unsplit(labeledText(t)).replace('§', '').split(/\s+/).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 0.9, (t) => words(t).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- web.txt ------------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? 0);
const stamps = webStamps(SOURCE, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [G]: 'GIDEON', [N]: 'NOOR' };
const TITLE = 'Your dependencies got phished, your tags are sticky notes, and certificates are shrinking';
const web = render(WEB_SOURCE, {
  header: [
    'Brought to you by Cairnline - one status page, every channel, no copy and paste', '',
    '« Return to show page', '',
    'Transcript for Episode #96:', TITLE, '',
    'Recorded on Tuesday, Sep 9, 2025.', '', '',
  ].join('\n'),
  footer: '\n\nBack to show page',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [G, N].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[¦⟨⟩§]/.test(web.text)) throw new Error('a mark in web.txt');

// --- labeled.txt --------------------------------------------------------------------------------
const LABELS = { first: { [G]: G, [N]: N }, later: { [G]: G, [N]: N } };
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: labeledPrefix(LABELS),
  words: (i, p) => unsplit(labeledText(p.text)),
});
if (/[¦⟨⟩§]/.test(labeled.text)) throw new Error('a mark in labeled.txt');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Blast Radius', number: 96, recorded: '2025-09-09', title: TITLE };
const ENTITIES = {
  required: {
    npm: ['npm'],
    chalk: ['chalk'],
    debug: ['debug'],
    'ansi-styles': ['ansi-styles'],
    'strip-ansi': ['strip-ansi'],
    'supports-color': ['supports-color'],
    'Josh Junon': ['Josh Junon', 'qix'],
    'Node.js': ['Node.js', 'Node'],
    phishing: ['phishing', 'phished'],
    'two-factor authentication': ['two-factor authentication', 'two-factor', 'one-time code'],
    fetch: ['fetch'],
    'wallet APIs': ['wallet APIs'],
    'lock file': ['lock file'],
    'npm ci': ['npm ci'],
    Renovate: ['Renovate'],
    'minimum release age': ['minimum release age'],
    'security key': ['security key'],
    passkey: ['passkey', 'passkeys', 'Passkeys'],
    'supply chain': ['supply chain'],
    GitHub: ['GitHub'],
    'GitHub Actions': ['GitHub Actions', 'allowed actions policy'],
    'commit SHA': ['commit SHA', 'SHA'],
    checkout: ['checkout'],
    'tj-actions/changed-files': ['tj-actions/changed-files', 'tj-actions changed-files', 'tj-actions'],
    reviewdog: ['reviewdog'],
    Dependabot: ['Dependabot'],
    zizmor: ['zizmor'],
    'pull request': ['pull request'],
    Bitnami: ['Bitnami', 'bitnami'],
    Broadcom: ['Broadcom'],
    VMware: ['VMware'],
    'Docker Hub': ['Docker Hub'],
    bitnamilegacy: ['bitnamilegacy'],
    'Bitnami Secure Images': ['Bitnami Secure Images'],
    'hardened images': ['hardened images'],
    Helm: ['Helm', 'Helm charts'],
    Postgres: ['Postgres'],
    Redis: ['Redis'],
    brownouts: ['brownouts'],
    'official Docker images': ['official Docker images'],
    Chainguard: ['Chainguard'],
    Docker: ['Docker'],
    registry: ['registry'],
    Cairnline: ['Cairnline'],
    'status page': ['status page'],
    Slack: ['Slack'],
    PagerDuty: ['PagerDuty'],
    Opsgenie: ['Opsgenie'],
    Grafana: ['Grafana'],
    postmortem: ['postmortem'],
    Kubernetes: ['Kubernetes'],
    'Kubernetes 1.34': ['Kubernetes 1.34'],
    'dynamic resource allocation': ['dynamic resource allocation'],
    GPU: ['GPU', 'GPUs'],
    'resource claims': ['resource claims'],
    'device classes': ['device classes'],
    'device plugins': ['device plugins', 'device plugin'],
    scheduler: ['scheduler'],
    kubectl: ['kubectl'],
    KYAML: ['KYAML'],
    YAML: ['YAML'],
    'pod-level resources': ['pod-level resources'],
    sidecars: ['sidecars'],
    'traffic distribution': ['traffic distribution'],
    PreferSameNode: ['PreferSameNode'],
    OpenTofu: ['OpenTofu'],
    'OpenTofu 1.10': ['OpenTofu 1.10'],
    Terraform: ['Terraform'],
    'Terraform 1.11': ['Terraform 1.11', '1.11'],
    S3: ['S3'],
    DynamoDB: ['DynamoDB'],
    'state locking': ['state locking'],
    use_lockfile: ['use_lockfile'],
    'conditional writes': ['conditional writes'],
    OCI: ['OCI', 'OCI registries', 'OCI registry'],
    Harbor: ['Harbor'],
    Git: ['Git'],
    OpenTelemetry: ['OpenTelemetry'],
    IAM: ['IAM'],
    "Let's Encrypt": ["Let's Encrypt", 'Let’s Encrypt'],
    OCSP: ['OCSP'],
    'certificate revocation lists': ['certificate revocation lists'],
    'must-staple': ['must-staple'],
    'OCSP stapling': ['OCSP stapling'],
    nginx: ['nginx'],
    'CA/Browser Forum': ['CA/Browser Forum'],
    'certificate lifetimes': ['certificate lifetimes', 'maximum life of a public certificate'],
    ACME: ['ACME'],
    'ACME profile': ['ACME profile'],
    'six-day certificates': ['six-day certificates'],
    'IP address certificates': ['IP address certificates', 'certificates for bare IP addresses'],
    Cloudflare: ['Cloudflare'],
    '1.1.1.1': ['1.1.1.1'],
    DNS: ['DNS'],
    resolver: ['resolver'],
    'data localisation': ['data localisation'],
    BGP: ['BGP'],
    hijack: ['hijack'],
    'DNS over HTTPS': ['DNS over HTTPS'],
    Quad9: ['Quad9'],
    Google: ['Google'],
    k9s: ['k9s'],
    Caddy: ['Caddy'],
    'Caddy 2.10': ['Caddy 2.10', 'version 2.10'],
    'encrypted client hello': ['encrypted client hello', 'ECH'],
    TLS: ['TLS'],
    'post-quantum key exchange': ['post-quantum key exchange'],
    'label printer': ['label printer'],
  },
  tolerated: [
    'Blast Radius', 'npmjs.help', 'blastradius.fm', 'blastradius.fm/96', 'cairnline.io', 'cairnline.io/blast', 'Rotterdam', 'Montreal', 'Norway', 'Gideon', 'Noor', 'September', 'August', 'July', 'June', 'May', 'March', 'Friday', 'Tuesday',
    'production', 'news', 'pager', 'CI', 'pipeline', 'container images', 'images', 'paywall', 'release', 'release post', 'feature', 'certificates', 'certificate', 'maintainer', 'packages', 'package', 'downloads', 'terminal',
    'tree', 'account', 'password', 'username', 'domain', 'look-alike domain', 'payload', 'browser', 'crypto', 'crypto extensions', 'transaction', 'build server', 'front end', 'bot', 'dependency update', 'crowd',
    'workflow', 'workflows', 'organisation', 'enterprise', 'admins', 'version tags', 'tags', 'tag', 'malicious commit', 'runner', 'build log', 'secrets', 'public repository', 'repository', 'linter', 'workflow files',
    'shell step', 'sandbox', 'catalogue', 'latest tag', 'development', 'commercial product', 'subscription', 'charts', 'chart', 'default values', 'values file', 'cluster', 'security fix', 'staging', 'mirroring',
    'patching', 'outage', 'grep', 'sponsor', 'incident', 'email subscribers', 'internal channel', 'alerts', 'timeline', 'team plan', 'ferry', 'codename', 'Of Wind and Will', 'removals', 'devices', 'node', 'vendor',
    'pod', 'containers', 'memory', 'output format', 'environment variable', 'alpha', 'beta', 'GA', 'subset', 'flow style', 'strings', 'parser', 'CPU', 'endpoint', 'service', 'upgrade', 'backend block', 'bucket',
    'state', 'lock object', 'account', 'providers', 'modules', 'module', 'private modules', 'access control', 'scanning', 'variables', 'outputs', 'tracing', 'plan', 'provider', 'IAM policy', 'inputs', 'shared modules',
    'protocol', 'client', 'certificate authority', 'revocation', 'privacy', 'browsers', 'mail server', 'warning', 'renewal', 'expiry dates', 'expiry reminder emails', 'IP prefixes', 'prefixes', 'topology',
    'configuration', 'data centre', 'announcements', 'network', 'traffic', 'legacy system', 'laptops', 'servers', 'provider', 'extras', 'sticker', 'terminal UI', 'load test', 'benchmarking view', 'trackpad',
    'web server', 'site', 'handshake', 'config', 'plug', 'USB-C', 'cable', 'shed', 'show', 'links', 'emails', 'heating', 'security', 'HTTPS', 'ops', 'DevOps', 'cloud', 'Kubernetes release', 'Terraform fork',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout18 (/work/heldout18/${SLUG}/build.mjs); offsets computed by the script.`,
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

// --- summary ------------------------------------------------------------------------------------
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(p.text).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + words(x.text).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${paras.length} source paragraphs, ${count(/¦/g)} page breaks in web.txt (${count(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} web paragraphs losing their first word`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
