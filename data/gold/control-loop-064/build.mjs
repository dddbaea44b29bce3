// Builds Control Loop #64 (SYNTHETIC held-out episode, heldout7) from source.mjs: a one-host,
// one-guest interview about platform engineering (host Declan Forde, guest Naledi Mokoena). Intro;
// seven topics (background, which starts MID-PARAGRAPH at the host's "But first…"; what platform
// engineering is; Backstage; GitOps with Argo CD; [sponsor "Gullwing" read by the host, starting
// mid-paragraph]; Crossplane; cost, a DIGRESSION the guest starts mid-paragraph ("can I go on a
// tangent?"); OpenTelemetry); a lightning round (kind extra); outro. Many host questions are
// follow-ups inside a topic and open nothing.
//
//   labeled.txt  `Full Name:` on each speaker's first line, then first names, one `Naldei:` typo, one
//                unlabeled continuation (the sponsor body, host) and one undecidable unlabeled
//                "Yeah." marked ambiguous. Rendered with the shared `render`
//                (/work/main/data/gold/build-episode.mjs, unmodified).
//   episode.txt  a transcription-service export: each block starts with a header line
//                `Full Name  HH:MM:SS` (name, two spaces, clock; ~150 spoken words a minute, a pause
//                between blocks), then ONE line of speech, then a blank line. Long turns are split into
//                several blocks of the same speaker at the `¦` marks (new header, later clock). One
//                block's header says `Unknown Speaker` (the guest, decidable by reading). Gold
//                paragraphs = the speech lines (header lines are in no paragraph but lie inside
//                segments). A segment starts at the header line of its first block; a `§` segment
//                starts at the mark inside the speech line; the first segment starts at 0.
//   gold.json    offsets into both files, all computed here. Rerun with `node build.mjs`. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'control-loop-064';
const plain = (t) => labeledText(t).replace(/ ?¦/g, ' ');

// --- labeled.txt --------------------------------------------------------------------------------
const LABELS = { first: { [H]: 'Declan Forde', [G]: 'Naledi Mokoena' }, later: { [H]: 'Declan', [G]: 'Naledi' } };
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: labeledPrefix(LABELS),
  words: (i, p) => plain(p.text),
});

// --- episode.txt ----------------------------------------------------------------------------------
const clock = (sec) => {
  const s = Math.floor(sec);
  return `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
let ts = '';
const tParas = [], tSegs = segmentTracker();
let t = 4.0, first = true;
for (const item of SOURCE) {
  if (item.seg) {
    tSegs.seg(item);
    continue;
  }
  const parts = labeledText(item.text).split(/ ?¦/);
  parts.forEach((part, k) => {
    let text = part.trim();
    if (!first) ts += '\n';
    first = false;
    tSegs.block(ts.length);
    ts += `${item.ts ?? item.speaker}  ${clock(t)}\n`;
    const mark = text.indexOf('§');
    text = text.replace('§', '');
    const pStart = ts.length;
    if (mark >= 0) tSegs.mark(pStart + mark + (text[mark] === ' ' ? 1 : 0));
    ts += text;
    tParas.push({ start: pStart, end: ts.length, speaker: item.speaker });
    ts += '\n';
    t += text.split(/\s+/).length / 2.5 + (k < parts.length - 1 ? 0.4 : 0.9);
  });
}
tSegs.close(ts.length);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Control Loop', number: 64, recorded: '2025-10-08', title: 'The golden path is the easiest path, with Naledi Mokoena' };
const ENTITIES = {
  required: {
    'platform engineering': ['platform engineering'],
    'internal developer platform': ['internal platform', 'internal developer platform', 'IDP'],
    DevOps: ['DevOps'],
    SRE: ['SRE'],
    Linux: ['Linux'],
    NFS: ['NFS'],
    Python: ['Python'],
    Terraform: ['Terraform'],
    OpenTofu: ['OpenTofu'],
    Kubernetes: ['Kubernetes', 'K8s'],
    AWS: ['AWS', 'Amazon Web Services'],
    'Amazon EKS': ['EKS', 'Amazon EKS'],
    Helm: ['Helm', 'Helm charts'],
    IAM: ['IAM', 'IAM policies'],
    Prometheus: ['Prometheus'],
    'Prometheus Alertmanager': ['Alertmanager', 'Prometheus Alertmanager'],
    'Team Topologies': ['Team Topologies'],
    Slack: ['Slack'],
    Backstage: ['Backstage'],
    Spotify: ['Spotify'],
    CNCF: ['CNCF'],
    'software catalog': ['software catalog', 'catalog'],
    'software templates': ['software templates', 'templates', 'template'],
    TechDocs: ['TechDocs'],
    Kotlin: ['Kotlin'],
    PostgreSQL: ['Postgres', 'PostgreSQL'],
    'catalog-info.yaml': ['catalog-info.yaml'],
    TypeScript: ['TypeScript'],
    React: ['React'],
    Go: ['Go'],
    Roadie: ['Roadie'],
    'Spotify Portal': ['Portal', 'Spotify Portal'],
    Port: ['Port'],
    Cortex: ['Cortex'],
    GitOps: ['GitOps'],
    'Argo CD': ['Argo CD', 'Argo', 'Argo CD 3'],
    Git: ['Git'],
    kubectl: ['kubectl', 'kubectl explain'],
    ApplicationSet: ['ApplicationSet', 'ApplicationSets'],
    'app-of-apps': ['app-of-apps', 'app of apps'],
    Kustomize: ['Kustomize'],
    Kargo: ['Kargo'],
    Akuity: ['Akuity'],
    'External Secrets Operator': ['External Secrets Operator', 'External Secrets'],
    'AWS Secrets Manager': ['AWS Secrets Manager', 'Secrets Manager'],
    Gullwing: ['Gullwing'],
    Crossplane: ['Crossplane', 'Crossplane 2'],
    'Amazon RDS': ['RDS', 'Amazon RDS'],
    YAML: ['YAML'],
    OpenCost: ['OpenCost'],
    Kubecost: ['Kubecost'],
    Karpenter: ['Karpenter'],
    'Cluster Autoscaler': ['cluster autoscaler', 'Cluster Autoscaler'],
    'Vertical Pod Autoscaler': ['Vertical Pod Autoscaler', 'VPA'],
    'spot instances': ['spot instances', 'spot'],
    OpenTelemetry: ['OpenTelemetry', 'OTel'],
    OTLP: ['OTLP'],
    'OpenTelemetry Collector': ['Collector', 'OpenTelemetry Collector'],
    'OpenTelemetry Operator': ['OpenTelemetry Operator'],
    'Grafana Tempo': ['Tempo', 'Grafana Tempo'],
    'Grafana Loki': ['Loki', 'Grafana Loki'],
    Grafana: ['Grafana'],
    Java: ['Java'],
    'tail sampling': ['tail sampling'],
    eBPF: ['eBPF'],
    'Grafana Beyla': ['Beyla', 'Grafana Beyla'],
    Flux: ['Flux'],
    'DORA metrics': ['DORA metrics', 'DORA'],
    Istio: ['Istio'],
    KubeCon: ['KubeCon', 'KubeCon North America'],
  },
  tolerated: [
    'Control Loop', 'Harbourline', 'gullwing.io', 'gullwing dot io', 'Wits', 'Johannesburg', 'London', 'Atlanta', 'bank', 'change windows', 'rollback',
    'design review', 'wiki', 'survey', 'golden path', 'golden paths', 'paved road', 'thinnest viable platform', 'cognitive load', 'stream-aligned teams',
    'stream-aligned', 'platform team', 'platform as a product', 'Matthew Skelton', 'Manuel Pais', 'you build it, you run it', 'certificate rotation',
    'pricing engine', 'office hours', 'environment variable', 'developer portal', 'portal', 'plugins', 'plugin', 'docs-as-code', 'markdown', 'monorepo',
    'new backend system', 'new frontend system', 'on-call', 'on-call routing', 'cost reports', 'search', 'daily active users', 'repo', 'pipeline', 'namespace',
    'dashboards', 'Application', 'Git generator', 'self-heal', 'sync', 'out of sync', 'overlay', 'base', 'image tag', 'CI', 'pull request', 'resource tracking',
    'annotations', 'label', 'RBAC', 'runbook', 'secrets', 'secret', 'rotation', 'Kubernetes secret', 'incident', 'incident management', 'postmortem',
    'escalations', 'schedules', 'provider', 'AWS provider', 'provider-aws', 'compositions', 'composition', 'composite resources', 'claims', 'XRD',
    'PostgresDatabase', 'subnet group', 'security group', 'backups', 'alarms', 'quota', 'licence change', 'control loop', 'plan', 'apply', 'events',
    'self-service', 'self-service infrastructure', 'showback', 'chargeback', 'invoice', 'nodes', 'node', 'pods', 'pod', 'CPU', 'CPU requests', 'requests',
    'instance types', 'consolidation', 'stateless', 'tagging', 'tags', 'FinOps', 'recommendation mode', 'observability', 'traces', 'tracing', 'metrics',
    'logs', 'OTLP', 'backends', 'annotation', 'auto-instrumentation', 'agent', 'HTTP', 'spans', 'attributes', 'processor', 'cardinality',
    'metric cardinality', 'high-cardinality', 'user ID', 'JSON', 'structured logging', 'trace ID', 'kernel', 'lightning round', 'UI', 'CTO',
    'service mesh', 'service meshes', 'Platform Engineering', 'Camille Fournier', 'Ian Nowland', 'Bluesky', 'air conditioning', 'Dave',
    'Daves', 'cake', 'ticket', 'Sundays', 'deployment', 'Helm charts', 'Kotlin service', 'databases', 'queues', 'buckets', 'database', 'memory',
  ],
};
const gold = {
  _source: `Synthetic held-out episode written for heldout7 (/work/heldout7/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
    timestamped: { input: 'episode.txt', length: ts.length, transcriptStart: 0, segments: tSegs.segments, paragraphs: tParas },
  },
};
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'episode.txt'), ts);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => plain(p.text)).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words, ${clock(t)} long\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
