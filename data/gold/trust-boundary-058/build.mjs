// Builds Trust Boundary #58 (SYNTHETIC held-out episode, heldout6) from source.mjs: a one-host,
// one-guest application-security interview (host Imogen Tate, guest Rukmini Desai). Intro, seven
// topics each opened by a host question (background; threat modeling; SSRF; [sponsor "Gatehouse"
// read by the host, starting mid-paragraph]; supply chain; secrets; paved roads vs scanners;
// passkeys), outro. Several host questions are follow-ups inside a topic and open nothing.
//
//   labeled.txt  `Full Name:` on each speaker's first line, then first names, one `Rukmin:` typo,
//                three unlabeled lines (the sponsor read, two guest continuations) and one
//                undecidable unlabeled "Yeah." marked ambiguous; rendered with the shared `render`
//                (/work/main/data/gold/build-episode.mjs, unmodified).
//   episode.srt  SubRip: numbered cues, `HH:MM:SS,mmm --> HH:MM:SS,mmm` timings from ~2.7 spoken
//                words a second plus a pause per turn, 1–2 lines of ≤ 42 characters (label
//                included). The speaker is given as `IMOGEN:` / `RUKMINI:` at the start of a cue
//                only when the speaker changes (one change has no label: the guest's "Exactly.").
//                A cue ends at a sentence end once it holds 7+ words, or when its two lines are full.
//                Gold paragraphs = one per CUE: the cue text lines (label included; number and timing
//                lines excluded). A segment starts at the number line of its first cue; the first
//                segment starts at 0; a `§` forces a cue break.
//   gold.json    offsets into both files, all computed here. Rerun with `node build.mjs`. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, segmentTracker, captionCues } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'trust-boundary-058';
const plain = (t) => labeledText(t);

// --- labeled.txt --------------------------------------------------------------------------------
const LABELS = { first: { [H]: 'Imogen Tate', [G]: 'Rukmini Desai' }, later: { [H]: 'Imogen', [G]: 'Rukmini' } };
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: labeledPrefix(LABELS),
  words: (i, p) => plain(p.text),
});

// --- episode.srt ----------------------------------------------------------------------------------
const SRT_LABEL = { [H]: 'IMOGEN', [G]: 'RUKMINI' };
const MAX = 42;
const ts = (sec) => {
  const ms = Math.round(sec * 1000);
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')},${String(ms % 1000).padStart(3, '0')}`;
};
/** Splits one turn into cues of ≤ 2 lines of ≤ MAX chars; `label` (or '') starts the first cue. */
const cuesOf = (text, label) => captionCues(text, { max: MAX, sentenceWords: 7, label });
let srt = '';
const sParas = [], sSegs = segmentTracker();
let n = 0, t = 1.0, prevSpeaker = null;
for (const item of SOURCE) {
  if (item.seg) {
    // a mid segment opens at the cue that starts at the `§` in the previous paragraph
    sSegs.seg(item);
    continue;
  }
  const changed = item.speaker !== prevSpeaker;
  const label = changed && item.srtLabel !== false ? `${SRT_LABEL[item.speaker]}:` : '';
  prevSpeaker = item.speaker;
  for (const c of cuesOf(plain(item.text), label)) {
    if (n) srt += '\n';
    const blockStart = srt.length;
    sSegs.block(blockStart);
    if (c.segStart) sSegs.mark(blockStart);
    const dur = c.words / 2.7 + 0.3;
    n++;
    srt += `${n}\n${ts(t)} --> ${ts(t + dur)}\n`;
    t += dur + 0.08;
    const pStart = srt.length;
    srt += c.lines.join('\n');
    const para = { start: pStart, end: srt.length, speaker: item.speaker };
    if (item.amb) para.ambiguous = true;
    sParas.push(para);
    srt += '\n';
    for (const l of c.lines) if (l.length > MAX) throw new Error(`long line: ${l}`);
  }
  t += 0.5; // pause between turns
}
sSegs.close(srt.length);

const EPISODE = { show: 'Trust Boundary', number: 58, recorded: '2025-03-12', title: 'Put it in a box: SSRF, secrets and passkeys with Rukmini Desai' };
const ENTITIES = {
  required: {
    'SQL injection': ['SQL injection'],
    'Burp Suite': ['Burp Suite', 'Burp'],
    STRIDE: ['STRIDE'],
    'OWASP Threat Dragon': ['OWASP Threat Dragon', 'Threat Dragon'],
    Excalidraw: ['Excalidraw'],
    SSRF: ['SSRF', 'server-side request forgery'],
    'instance metadata service': ['metadata service', 'cloud metadata service', 'instance metadata service', 'IMDS', '169.254.169.254'],
    IMDSv2: ['IMDSv2'],
    AWS: ['AWS', 'Amazon Web Services'],
    'Amazon S3': ['S3', 'Amazon S3', 'S3 buckets'],
    'Capital One breach': ['Capital One', 'Capital One breach'],
    Gatehouse: ['Gatehouse'],
    SAML: ['SAML'],
    OIDC: ['OIDC', 'OpenID Connect'],
    SCIM: ['SCIM'],
    'polyfill.io': ['polyfill.io', 'Polyfill.io', 'polyfill'],
    'Subresource Integrity': ['subresource integrity', 'Subresource Integrity', 'SRI'],
    'Content Security Policy': ['Content Security Policy', 'CSP'],
    npm: ['npm'],
    PyPI: ['PyPI'],
    Maven: ['Maven'],
    Dependabot: ['Dependabot'],
    Renovate: ['Renovate'],
    'OSV-Scanner': ['OSV-Scanner'],
    Artifactory: ['Artifactory'],
    CycloneDX: ['CycloneDX'],
    SBOM: ['SBOM', 'SBOMs', 'software bill of materials'],
    Log4Shell: ['Log4Shell', 'Log4j'],
    Sigstore: ['Sigstore'],
    cosign: ['cosign'],
    'npm provenance': ['npm provenance', 'provenance'],
    'GitHub Actions': ['GitHub Actions'],
    'GitHub secret scanning': ['GitHub secret scanning', 'secret scanning', 'push protection'],
    gitleaks: ['gitleaks'],
    TruffleHog: ['TruffleHog'],
    Docker: ['Docker', 'Docker image'],
    'HashiCorp Vault': ['HashiCorp Vault', 'Vault'],
    Semgrep: ['Semgrep'],
    CodeQL: ['CodeQL'],
    'OWASP Top 10': ['OWASP Top 10', 'OWASP'],
    XSS: ['XSS', 'cross-site scripting'],
    React: ['React'],
    dangerouslySetInnerHTML: ['dangerouslySetInnerHTML'],
    'GitHub Copilot': ['Copilot', 'GitHub Copilot'],
    passkeys: ['passkeys', 'passkey'],
    WebAuthn: ['WebAuthn'],
    SimpleWebAuthn: ['SimpleWebAuthn'],
    'prompt injection': ['prompt injection', 'indirect prompt injection'],
    'OWASP Top 10 for LLM Applications': ['OWASP Top 10 for LLM Applications', 'Top 10 for LLM applications', 'OWASP LLM Top 10'],
    'iCloud Keychain': ['iCloud Keychain'],
    'Google Password Manager': ['Google Password Manager'],
    '1Password': ['1Password'],
  },
  tolerated: [
    'Trust Boundary', 'trustboundary.fm', 'gatehouse.dev', 'Quillpay', 'Put It in a Box', 'QA', 'Word', 'Microsoft Word', 'Adam Shostack', 'four questions',
    'spoofing', 'tampering', 'repudiation', 'information disclosure', 'denial of service', 'elevation of privilege', 'security champions', 'trust boundaries',
    'trust boundary', 'load balancer', 'queue', 'HTTP', 'IP address', 'IP', 'PUT', 'GET', 'hop limit', 'credentials', 'temporary credentials', 'IAM', 'IAM role',
    'bug bounty', 'IPv6', 'DNS', 'redirect', 'single sign-on', 'SSO', 'directory sync', 'audit logs', 'identity providers', 'IdP', 'GitHub', 'Internet Explorer',
    'Cloudflare', 'Fastly', 'script tag', 'integrity attribute', 'lockfile', 'lockfiles', 'CI', 'postinstall', 'install script', 'registry proxy', 'compliance',
    'signing', 'container images', 'cluster', 'Kubernetes', 'supply chain', 'Slack', 'git', '.env', 'dot env', 'pre-commit', 'pre-commit hook', 'access keys',
    'AWS access keys', 'secrets manager', 'dynamic credentials', 'static analysis', 'SAST', 'authorization', 'paved road', 'ORM', 'raw SQL', 'false positives',
    'AI', 'AI-generated code', 'credential stuffing', 'phishing', 'account takeover', 'SMS', 'SMS codes', 'authenticator app', 'Windows', 'Android', 'iPad',
    'password manager', 'second factor', 'MFA', '2FA', 'Mastodon', 'LinkedIn', 'YouTube', 'mobile', 'thick clients', 'penetration test', 'pentesting', 'pen testing',
    'public registry', 'image resizer', 'private IP ranges', 'threat modeling', 'threat model', 'data flow diagram', 'web application firewall', 'WAF', 'DNS rebinding', 'webhooks', 'webhook', 'typosquatting', 'broken access control', 'TOTP', 'TOTP codes', 'capture the flag', 'CTF', 'LLM', 'LLMs', 'assistant', 'refunds', 'conditional UI', 'autofill', 'crypto', 'browsers', 'WebAuthn spec', 'key pair', 'private key', 'recovery flow', 'email link', 'rotation', 'secrets',
  ],
};
const gold = {
  _source: `Synthetic held-out episode written for heldout6 (/work/heldout6/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
    srt: { input: 'episode.srt', length: srt.length, transcriptStart: 0, paragraphUnit: 'cue', segments: sSegs.segments, paragraphs: sParas },
  },
};
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'episode.srt'), srt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => plain(p.text)).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words, ${n} cues, ${ts(t)} long\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
