// Builds Desired State #27 (SYNTHETIC held-out episode, heldout11) from source.mjs: an interview podcast
// about platform engineering on Kubernetes, with a host (Lena Marquardt) and a guest (Wesley Tran). Intro;
// eight topics presented by the guest (the platform team; GitOps with Argo CD; operators; [sponsor
// "Stackfold", read by the host, starting MID-PARAGRAPH in her turn]; guardrails and the webhook outage; the
// cloud bill, which the GUEST raises himself MID-PARAGRAPH at the end of his guardrails answer; upgrades;
// Gateway API; advice); outro.
//
// Renders
//   captions.vtt  WebVTT captions with VOICE SPANS: `WEBVTT`, a blank line, then cues WITHOUT identifiers,
//                 each a timing line `hh:mm:ss.mmm --> hh:mm:ss.mmm` and one or two text lines of at most
//                 42 characters, separated by blank lines, with a final newline. A turn's FIRST cue opens
//                 with `<v Full Name>` (no closing tag); the later cues of the same turn carry no voice tag,
//                 so the speaker of a cue is the last voice tag above it. The cutter fills a line up to 42
//                 characters, a cue up to two lines, and ends a cue earlier at a sentence end, about 60% of
//                 the time once it holds 4 words (a fixed-seed generator); a cue never spans two
//                 paragraphs. Times come from one clock: ~2.6 spoken words a second, 0.6 s between speakers,
//                 0.4 s before a same-speaker paragraph, starting at 3.0 s (music); a cue starts at its first
//                 word and ends 10 ms before the next word would start. Spoken URLs kept, straight
//                 apostrophes. Gold paragraphs = one per cue, the cue text after the voice tag (both lines
//                 and the newline between them). A segment starts at the timing line of its first cue, or at
//                 the `§` word inside a cue. The first starts at 0 (the `WEBVTT` header belongs to the
//                 intro), the last ends at the end of the file. transcriptStart = the first timing line.
//   web.txt       a web page like the seed's, from the same clock: a page header and footer, every
//                 paragraph stamped `mm:ss`, `MARQUARDT:` on the first TWO paragraphs only (both the host's,
//                 the second a service break of her first turn), so the guest is never labeled; spoken URLs
//                 dropped; the service's paragraph breaks (`¦`; `¦~` also loses the continuation's first
//                 word) and the first word lost on the paragraphs marked `cut`. Built with the shared
//                 `splitWebParagraphs` and `render`; curly apostrophes. Gold paragraphs = the text after the
//                 stamp (and label). A segment starts at the stamp of its first paragraph, or at the `§`.
//   gold.json     offsets into both files, all computed here (shared renderer:
//                 /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                 folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, webStamps, splitWebParagraphs, segmentTracker, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, L, W } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'desired-state-027';
const WPS = 2.6;
const LINE = 42;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const vttTime = (ms) => `${two(Math.floor(ms / 3600000))}:${two(Math.floor(ms / 60000) % 60)}:${two(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, '0')}`;
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const spoken = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const words = (t) => t.replace('§', '').split(/\s+/).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 3.0, (text) => words(unsplit(spoken(text))).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- captions.vtt -------------------------------------------------------------------------------
let seed = 20250715;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const HEADER = 'WEBVTT\n\n';
let vtt = HEADER;
const vParas = [];
const tracker = segmentTracker();
let prevSpeaker = null, nCue = 0, midCue = 0;
SOURCE.forEach((item, k) => {
  if (item.seg) { tracker.seg(item); return; }
  const ws = unsplit(spoken(item.text)).split(/\s+/).filter(Boolean);
  // cut the paragraph into cues: lines of at most LINE characters (a `§` does not count), two lines a cue
  const cues = [];
  let lines = [[]], len = 0;
  const flush = () => { if (lines[0].length) cues.push(lines); lines = [[]]; len = 0; };
  ws.forEach((w, j) => {
    const vis = w.replace('§', '').length;
    if (len && len + 1 + vis > LINE) {
      if (lines.length === 2) flush(); else { lines.push([]); len = 0; }
    }
    lines.at(-1).push(j);
    len += (len ? 1 : 0) + vis;
    const n = lines.flat().length;
    if (/[.?!]["']?$/.test(w) && n >= 4 && rand() < 0.6) flush();
  });
  flush();
  cues.forEach((cue, c) => {
    nCue++;
    if (vtt.length > HEADER.length) vtt += '\n';
    const blockStart = vtt.length;
    tracker.block(blockStart);
    const flat = cue.flat();
    const a = Math.round(wordTimes[k][flat[0]] * 1000);
    const b = Math.round((wordTimes[k][flat.at(-1)] + 1 / WPS) * 1000) - 10;
    vtt += `${vttTime(a)} --> ${vttTime(b)}\n`;
    if (item.speaker !== prevSpeaker) vtt += `<v ${item.speaker}>`;
    prevSpeaker = item.speaker;
    const textStart = vtt.length;
    let text = '';
    cue.forEach((line, li) => {
      if (li) text += '\n';
      line.forEach((j, x) => {
        let w = ws[j];
        if (x) text += ' ';
        if (w.startsWith('§')) {
          w = w.slice(1);
          if (li === 0 && x === 0) tracker.mark(blockStart);
          else { tracker.mark(textStart + text.length); midCue++; }
        }
        if (/§/.test(w)) throw new Error('§ must open a word');
        text += w;
      });
    });
    vParas.push({ start: textStart, end: textStart + text.length, speaker: item.speaker });
    vtt += text + '\n';
  });
});
tracker.close(vtt.length);

// --- web.txt ------------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? 0);
const stamps = webStamps(SOURCE, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const WEB = {
  header: [
    'Desired State — a podcast about platform engineering', '',
    'Episodes    Guests    Newsletter    Sponsor us', '',
    '« All episodes', '',
    'Transcript for Episode #27:', 'Wesley Tran: the platform is a product (and the webhook that ate our cluster)', '',
    `Recorded on Tuesday, Jul 15, 2025. Length ${mmss(lastTime + 6)}.`, '', '',
  ].join('\n'),
  footer: '\n\nTranscripts are generated by machine and checked by a human, mostly.\n« All episodes',
  labels: 2,
  label: { [L]: 'MARQUARDT', [W]: 'TRAN' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Desired State', number: 27, recorded: '2025-07-15', title: 'Wesley Tran: the platform is a product (and the webhook that ate our cluster)' };
const ENTITIES = {
  required: {
    Kubernetes: ['Kubernetes'],
    'Amazon EKS': ['EKS'],
    GitOps: ['GitOps'],
    Terraform: ['Terraform'],
    'platform as a product': ['platform as a product'],
    'golden path': ['golden path'],
    Git: ['Git'],
    'Argo CD': ['Argo CD', 'Argo'],
    'Argo CD 3.0': ['Argo CD 3.0', '3.0'],
    kubectl: ['kubectl', 'kubectl apply'],
    'app of apps': ['app-of-apps'],
    ApplicationSet: ['ApplicationSets', 'ApplicationSet'],
    'self-heal': ['self-heal'],
    RBAC: ['RBAC'],
    'Kubernetes operators': ['operator', 'operators'],
    Go: ['Go'],
    kubebuilder: ['kubebuilder'],
    'controller-runtime': ['controller-runtime'],
    'reconcile loop': ['reconcile loop'],
    'resource quotas': ['resource quotas'],
    'network policies': ['network policies'],
    'status conditions': ['conditions'],
    PostgreSQL: ['Postgres'],
    Crossplane: ['Crossplane', 'Crossplane composition'],
    YAML: ['YAML'],
    Helm: ['Helm', 'Helm chart'],
    CronJob: ['CronJob'],
    finalizers: ['finalizers', 'finalizer'],
    Stackfold: ['Stackfold'],
    Flux: ['Flux'],
    'External Secrets Operator': ['External Secrets Operator'],
    'AWS Secrets Manager': ['AWS Secrets Manager', 'Secrets Manager'],
    envtest: ['envtest'],
    etcd: ['etcd'],
    ingress2gateway: ['ingress2gateway'],
    Kyverno: ['Kyverno'],
    'admission webhook': ['admission webhook', 'webhook'],
    'Kubernetes API server': ['API server'],
    PodDisruptionBudget: ['pod disruption budget'],
    'kube-system': ['kube-system'],
    ValidatingAdmissionPolicy: ['ValidatingAdmissionPolicy'],
    'Kubernetes 1.30': ['1.30'],
    CEL: ['CEL'],
    'resource requests': ['resource requests', 'requests'],
    OpenCost: ['OpenCost'],
    CNCF: ['CNCF'],
    'CPU limits': ['CPU limits', 'CPU limit'],
    'Vertical Pod Autoscaler': ['Vertical Pod Autoscaler', 'VPA'],
    Karpenter: ['Karpenter'],
    'Cluster Autoscaler': ['cluster autoscaler'],
    'Spot Instances': ['Spot'],
    'Kubernetes 1.32': ['1.32'],
    'Kubernetes 1.33': ['1.33'],
    'EKS extended support': ['extended support'],
    'sidecar containers': ['sidecar containers', 'native sidecar', 'sidecar'],
    'init containers': ['init container'],
    'in-place pod resize': ['in-place pod resize'],
    Pluto: ['Pluto'],
    CI: ['CI'],
    CNI: ['CNI'],
    CSI: ['CSI'],
    IngressNightmare: ['IngressNightmare'],
    'ingress-nginx': ['ingress-nginx'],
    Ingress: ['Ingress'],
    'Gateway API': ['Gateway API'],
    TLS: ['TLS'],
    nginx: ['nginx'],
    GatewayClass: ['GatewayClass'],
    Gateway: ['Gateway'],
    HTTPRoute: ['HTTPRoutes', 'HTTPRoute'],
    'Envoy Gateway': ['Envoy Gateway'],
    Backstage: ['Backstage'],
    'developer portal': ['developer portal', 'portal'],
    KubeCon: ['KubeCon'],
  },
  tolerated: [
    'Desired State', 'desiredstate.fm', 'desiredstate dot fm', 'desiredstate dot fm slash 27', 'stackfold.dev', 'stackfold dot dev', 'stackfold dot dev slash desiredstate',
    'Hamburg', 'Atlanta', 'Bluesky', 'sourdough', 'Team operator', 'Team', 'Team object', 'west coast', 'grocery delivery company',
    'platform team', 'platform engineering', 'infrastructure team', 'ticket', 'tickets', 'ticket queue', 'pull request', 'pull requests', 'namespace', 'namespaces', 'repo', 'template',
    'pipeline', 'environment', 'dashboards', 'alerts', 'on-call rota', 'on-call', 'survey', 'support rotation', 'time to first deploy', 'lead time', 'production', 'staging',
    'break-glass role', 'application', 'applications', 'generator', 'cluster', 'clusters', 'label', 'labels', 'drift', 'incident', 'runbook', 'replica count', 'sync', 'deployment',
    'annotation', 'annotations', 'orphaned', 'logs', 'upgrade notes', 'reconcile', 'event handler', 'status', 'ready', 'degraded', 'cost labels', 'Argo project', 'scaffolding',
    'database', 'databases', 'managed database', 'backups', 'failover', 'major version upgrades', 'controller', 'cloud provider', 'lifecycle', 'Terminating', 'preview environment',
    'preview environments', 'seeded test data', 'reviewers', 'branch', 'cloud account', 'policy', 'policies', 'policy engine', 'nodes', 'node', 'pods', 'pod', 'drained', 'upgrade',
    'fail closed', 'fail open', 'deadlock', 'autoscaling', 'deploys', 'webhook configuration', 'GA', 'rules', 'latest tags', 'images', 'host paths', 'mutating', 'generating',
    'audit mode', 'enforce', 'cloud bill', 'bill', 'cost', 'cost allocation', 'scheduler', 'CPUs', 'CPU', 'memory', 'showback', 'chargeback', 'monthly report', 'kernel', 'throttling',
    'throttles', 'idle cores', 'latency spikes', 'recommendation mode', 'instance type', 'node group', 'consolidation', 'stateless', 'on-demand', 'compute bill', 'headcount',
    'standard support', 'control plane', 'finance', 'restart policy', 'Always', 'jobs', 'job', 'proxy', 'proxy sidecar', 'wrapper script', 'manifests', 'deprecated APIs', 'add-ons',
    'compatibility matrix', 'ingress controller', 'vulnerabilities', 'vulnerability', 'CVE', 'nine point eight', 'pod network', 'secret', 'secrets', 'hostname', 'routing rules', 'spec',
    'load balancer', 'listeners', 'certificates', 'path', 'service', 'services', 'routes', 'header matching', 'traffic splitting', 'implementation', 'catalog', 'docs', 'snowflake', 'snowflakes',
    'mug', 'podcast', 'talk', 'Kubernetes 1.34', 'Amazon', 'AWS', 'Elastic Kubernetes Service', 'Argo CD 3', 'Envoy', 'CVE-2025-1974', 'Wiz', 'Team Topologies', 'internal developer platform',
    'platform', 'product', 'golden paths', 'developers', 'users', 'captions', 'WebVTT',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout11 (/work/heldout11/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    vtt: { input: 'captions.vtt', length: vtt.length, transcriptStart: HEADER.length, segments: tracker.segments, paragraphs: vParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'captions.vtt'), vtt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.map((p) => words(unsplit(spoken(p.text))).join(' ')).join(' ').split(/\s+/).length;
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${nCue} cues (${midCue} segment starts inside a cue), ${count(/¦/g)} web breaks (${count(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} web paragraphs losing their first word\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
