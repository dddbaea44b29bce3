// Builds Hotpatch #212 (SYNTHETIC held-out episode, heldout8) from source.mjs: a one-host weekly
// infrastructure/security news brief (host Calum Reid). Intro; eight news items with no hand-overs
// (Cloudflare's 18 November outage; three runc container escapes; OpenSSH 10.1's post-quantum warning
// and OpenSSL's advisory; [sponsor "Wardline", read by the host]; the Ingress NGINX retirement, starting
// MID-PARAGRAPH at the end of the sponsor read; an INTERVIEW with Ilse Brouwer on moving to Gateway API,
// the only two-voice part; Linux 6.18; Rust in the base system; shorter certificate lifetimes and
// Let's Encrypt; the AWS and Azure postmortems); quick hits (one segment, kind extra); outro.
//
// Renders
//   labeled.txt  `Full Name:` on each speaker's first line, then first names; two unlabeled
//                continuation lines (the second half of the sponsor read, which also opens the
//                ingress-nginx item mid-paragraph; the guest's second paragraph about the inventory).
//                Rendered with the shared `render` (/work/main/data/gold/build-episode.mjs, unmodified).
//   page.html    the transcript page as the show's website publishes it: <!doctype html>, <head> with
//                <title>, site navigation, the episode title in <h1>, a show-notes list with links, then
//                the transcript as one <p> per paragraph, each on its own line, starting with
//                `<strong>Full Name:</strong> ` ONLY where the speaker changes (so most of the host's
//                paragraphs carry no name), then a footer. No HTML entities and no inline tags in the
//                paragraph text (curly quotes are plain characters). The only <p> elements on the page
//                are the transcript's. Gold paragraphs = the text of each <p> AFTER the speaker tag (up
//                to `</p>`). A segment starts at the `<p` of its first paragraph, or at the `§` position
//                inside a paragraph; the first segment starts at 0 (head, nav and notes included) and the
//                last ends at the end of the file (footer included). transcriptStart = the first `<p`.
//   gold.json    offsets into both files, all computed here. Rerun with `node build.mjs`. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'hotpatch-212';

// --- labeled.txt --------------------------------------------------------------------------------
const LABELS = { first: { [H]: 'Calum Reid', [G]: 'Ilse Brouwer' }, later: { [H]: 'Calum', [G]: 'Ilse' } };
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: labeledPrefix(LABELS),
  words: (i, p) => labeledText(p.text),
});

// --- page.html ----------------------------------------------------------------------------------
const HEAD = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Transcript: 212 – Half the internet, one feature file | Hotpatch</title>
  <meta name="description" content="Cloudflare’s outage, runc escapes, OpenSSH’s post-quantum warning, the end of ingress-nginx with Ilse Brouwer, Linux 6.18, Rust in the base system, 47-day certificates and the October postmortems.">
  <link rel="stylesheet" href="/assets/css/site.css">
  <link rel="alternate" type="application/rss+xml" title="Hotpatch" href="/feed.xml">
</head>
<body>
  <header class="site-header">
    <a class="brand" href="/">Hotpatch</a>
    <nav class="site-nav" aria-label="Main">
      <ul>
        <li><a href="/episodes/">Episodes</a></li>
        <li><a href="/newsletter/">Newsletter</a></li>
        <li><a href="/sponsor/">Sponsor</a></li>
        <li><a href="/about/">About</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article class="episode">
      <div class="crumbs"><a href="/episodes/">All episodes</a> / 212</div>
      <h1>212: Half the internet, one feature file</h1>
      <div class="episode-meta">Wednesday 19 November 2025 · 27 min · Calum Reid, with guest Ilse Brouwer</div>
      <section class="show-notes">
        <h2>Show notes</h2>
        <ul>
          <li><a href="https://blog.cloudflare.com/18-november-2025-outage/">Cloudflare outage on November 18, 2025</a></li>
          <li><a href="https://github.com/opencontainers/runc/releases">runc 1.2.8, 1.3.3 and 1.4.0-rc.3 security releases</a></li>
          <li><a href="https://www.openssh.com/releasenotes.html">OpenSSH release notes (10.0 and 10.1)</a></li>
          <li><a href="https://openssl-library.org/news/vulnerabilities/">OpenSSL vulnerabilities, 30 September 2025</a></li>
          <li><a href="https://kubernetes.io/blog/">Ingress NGINX retirement: what you need to know</a></li>
          <li><a href="https://gateway-api.sigs.k8s.io/">Gateway API</a> and <a href="https://github.com/kubernetes-sigs/ingress2gateway">ingress2gateway</a></li>
          <li><a href="https://gateway.envoyproxy.io/">Envoy Gateway</a></li>
          <li><a href="https://www.kernel.org/">The Linux kernel archives</a></li>
          <li><a href="https://discourse.ubuntu.com/">Ubuntu 25.10 release notes</a></li>
          <li><a href="https://cabforum.org/">CA/Browser Forum ballot SC-081</a></li>
          <li><a href="https://letsencrypt.org/docs/">Let’s Encrypt: profiles, ARI and the end of OCSP</a></li>
          <li><a href="https://aws.amazon.com/message/101925/">AWS: summary of the us-east-1 service disruption</a></li>
          <li><a href="https://azure.status.microsoft/status/history/">Azure status history: Azure Front Door, 29 October</a></li>
          <li>Sponsor: <a href="https://wardline.dev/hotpatch">Wardline</a></li>
        </ul>
      </section>
      <section class="transcript">
        <h2>Transcript</h2>
`;
const FOOT = `      </section>
    </article>
  </main>
  <footer class="site-footer">
    <nav aria-label="Episodes"><a href="/episodes/211/">← 211</a> · <a href="/episodes/213/">213 →</a></nav>
    <div>Hotpatch is written and presented by Calum Reid. Theme music by Tin Roof Static.</div>
    <div><a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a> · © 2025 Hotpatch</div>
  </footer>
</body>
</html>
`;
const INDENT = '        ';
let html = HEAD;
const hParas = [], hSegs = segmentTracker();
let prevSpeaker = null;
for (const item of SOURCE) {
  if (item.seg) {
    hSegs.seg(item);
    continue;
  }
  let text = labeledText(item.text);
  if (/[<>&]/.test(text)) throw new Error(`markup character in paragraph: ${text.slice(0, 50)}`);
  html += INDENT;
  hSegs.block(html.length);
  html += '<p>';
  if (item.speaker !== prevSpeaker) html += `<strong>${item.speaker}:</strong> `;
  prevSpeaker = item.speaker;
  const mark = text.indexOf('§');
  text = text.replace('§', '');
  const start = html.length;
  if (mark >= 0) hSegs.mark(start + mark + (text[mark] === ' ' ? 1 : 0));
  html += text;
  hParas.push({ start, end: html.length, speaker: item.speaker });
  html += '</p>\n';
}
const transcriptStart = html.indexOf('<p>', HEAD.length);
html += FOOT;
hSegs.close(html.length);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Hotpatch', number: 212, recorded: '2025-11-19', title: 'Half the internet, one feature file' };
const ENTITIES = {
  required: {
    Cloudflare: ['Cloudflare'],
    ClickHouse: ['ClickHouse'],
    'Cloudflare Bot Management': ['Bot Management', 'Cloudflare Bot Management'],
    FL2: ['FL2'],
    Rust: ['Rust'],
    'Workers KV': ['Workers KV'],
    'Cloudflare Access': ['Access', 'Cloudflare Access'],
    Turnstile: ['Turnstile'],
    runc: ['runc', 'runc 1.2.8', 'runc 1.3.3'],
    'CVE-2025-31133': ['CVE-2025-31133', '2025-31133'],
    'CVE-2025-52565': ['CVE-2025-52565', '2025-52565'],
    'CVE-2025-52881': ['CVE-2025-52881', '2025-52881'],
    Docker: ['Docker', 'Rootless Docker'],
    containerd: ['containerd'],
    'CRI-O': ['CRI-O'],
    Kubernetes: ['Kubernetes'],
    AppArmor: ['AppArmor'],
    SELinux: ['SELinux'],
    'user namespaces': ['user namespaces', 'hostUsers', 'hostUsers false'],
    'Kubernetes 1.33': ['1.33', 'Kubernetes 1.33'],
    Podman: ['Podman'],
    OpenSSH: ['OpenSSH'],
    'OpenSSH 10.1': ['OpenSSH 10.1', '10.1'],
    'OpenSSH 10.0': ['OpenSSH 10.0', '10.0'],
    WarnWeakCrypto: ['WarnWeakCrypto'],
    'mlkem768x25519-sha256': ['mlkem768x25519-sha256'],
    'ML-KEM': ['ML-KEM'],
    X25519: ['X25519'],
    DSA: ['DSA', 'DSA keys'],
    'ssh-agent': ['ssh-agent'],
    OpenSSL: ['OpenSSL'],
    'CVE-2025-9230': ['CVE-2025-9230'],
    SM2: ['SM2'],
    'OpenSSL 3.5': ['3.5', '3.5.4', 'OpenSSL 3.5'],
    'OpenSSL 3.0': ['3.0', '3.0.18', 'OpenSSL 3.0'],
    'OpenSSL 3.6': ['OpenSSL 3.6', 'OpenSSL 3.6.0', '3.6.0'],
    Wardline: ['Wardline'],
    'CISA KEV': ['CISA KEV', 'known exploited list', 'CISA known exploited list', 'KEV'],
    'Ingress NGINX': ['Ingress NGINX', 'ingress-nginx', 'kubernetes slash ingress-nginx'],
    'SIG Network': ['SIG Network', 'Kubernetes SIG Network'],
    Helm: ['Helm', 'Helm charts'],
    'F5 NGINX Ingress Controller': ['F5 NGINX Ingress Controller', 'NGINX Ingress Controller', "F5's NGINX Ingress Controller", 'F5’s NGINX Ingress Controller'],
    F5: ['F5'],
    NGINX: ['NGINX'],
    IngressNightmare: ['IngressNightmare', 'CVE-2025-1974'],
    InGate: ['InGate'],
    'Gateway API': ['Gateway API'],
    ingress2gateway: ['ingress2gateway'],
    'Envoy Gateway': ['Envoy Gateway'],
    Cilium: ['Cilium'],
    Istio: ['Istio'],
    GatewayClass: ['GatewayClass'],
    HTTPRoute: ['HTTPRoute', 'HTTPRoutes'],
    kubectl: ['kubectl'],
    jq: ['jq'],
    SecurityPolicy: ['SecurityPolicy'],
    BackendTrafficPolicy: ['BackendTrafficPolicy'],
    'cert-manager': ['cert-manager'],
    ReferenceGrant: ['ReferenceGrant'],
    'Linux 6.18': ['Linux 6.18', '6.18', '6.18-rc6', 'Linux 6.18-rc6'],
    'Linux 6.17': ['6.17', 'Linux 6.17'],
    bcachefs: ['bcachefs'],
    DKMS: ['DKMS'],
    'Rust Binder': ['Binder', 'Rust Binder'],
    sheaves: ['sheaves'],
    'dm-pcache': ['dm-pcache'],
    'Ubuntu 25.10': ['Ubuntu 25.10', '25.10'],
    'sudo-rs': ['sudo-rs'],
    'uutils coreutils': ['uutils coreutils', 'uutils', 'coreutils'],
    Debian: ['Debian'],
    APT: ['APT'],
    Sequoia: ['Sequoia'],
    sudo: ['sudo', 'sudo 1.9.17p1'],
    'CVE-2025-32463': ['CVE-2025-32463'],
    'CA/Browser Forum': ['CA/Browser Forum'],
    'SC-081': ['SC-081'],
    "Let's Encrypt": ["Let's Encrypt", 'Let’s Encrypt'],
    OCSP: ['OCSP', 'OCSP stapling'],
    CRL: ['CRLs', 'CRL'],
    ACME: ['ACME'],
    'ACME profiles': ['ACME profiles', 'shortlived', 'tlsserver'],
    ARI: ['ARI', 'ACME Renewal Information'],
    Caddy: ['Caddy'],
    'Chrome Root Program': ["Chrome's root program", 'Chrome’s root program', 'Chrome Root Program'],
    AWS: ['AWS'],
    'us-east-1': ['us-east-1'],
    DynamoDB: ['DynamoDB'],
    EC2: ['EC2'],
    'Network Load Balancer': ['network load balancer', 'Network Load Balancer'],
    'Azure Front Door': ['Azure Front Door'],
    'Kubernetes 1.35': ['Kubernetes 1.35', '1.35'],
    'cgroup v1': ['cgroup v1'],
    kubelet: ['kubelet'],
    'systemd 258': ['systemd 258', 'systemd'],
    'Fedora 43': ['Fedora 43'],
    GNOME: ['GNOME'],
    X11: ['X11'],
    Redis: ['Redis'],
    RediShell: ['RediShell'],
    Lua: ['Lua'],
    KubeCon: ['KubeCon', 'KubeCon North America'],
  },
  tolerated: [
    'Hotpatch', 'hotpatch.fm', 'hotpatch.fm/212', 'wardline.dev', 'wardline.dev/hotpatch', 'wardline dot dev', 'Havenpay', 'Rotterdam', 'Glasgow', 'UTC',
    'ChatGPT', 'X', 'post-mortem', 'postmortem', 'postmortems', 'permissions change', 'feature file', 'bot score', 'bot-scoring model', 'proxy', 'unwrap',
    'panic', 'status page', 'dashboard', 'five hundred errors', '500', 'config files', 'CVE', 'CVEs', 'container escape', 'container escapes',
    'race condition', 'race conditions', 'masked paths', 'maskedPaths', '/proc', '/dev/null', '/dev/console', 'bind mount', 'bind-mounts', 'symlink',
    'core_pattern', 'Dockerfile', 'image', 'images', 'pod spec', 'rootless', 'root', 'runc 1.4.0-rc.3', '1.4.0-rc.3', 'Rootless Docker', 'post-quantum',
    'post-quantum crypto', 'post-quantum key exchange', 'store now, decrypt later', 'ssh config', 'ssh', 'key exchange', 'NIST', 'long-term-support',
    'LTS', '/tmp', 'dot ssh slash agent', 'agent sockets', 'out-of-bounds read', 'out-of-bounds', 'memory corruption', 'password-based encryption',
    'timing side channel', 'ARM', '64-bit ARM', 'HTTP client', 'no_proxy', 'security advisory', 'NIST post-quantum', 'vulnerability management',
    'Linux fleets', 'Linux', 'CISA', 'known exploited', 'SIG', 'Security Response Committee', 'nginx.ingress.kubernetes.io', 'annotations',
    'snippet annotations', 'snippets', 'Ingress', 'Ingress objects', 'Ingress controller', 'admission controller', 'remote code execution',
    'Gateway', 'listeners', 'TLS', 'namespaces', 'namespace', 'extensions', 'rewrites', 'timeouts', 'canary', 'canary weights', 'external auth',
    'rate limits', 'headers', 'redirects', 'load balancer', 'weighted DNS', 'DNS', 'YAML', 'certificates', 'certificate', 'platform team',
    'Linus', 'Linus Torvalds', 'release candidates', 'long-term kernel', 'LTS kernel', 'Android', 'IPC', 'slab allocator', 'device-mapper',
    'persistent memory', 'block devices', 'drivers', 'kernel', 'Canonical', 'ls', 'cp', 'date', 'date -r', 'date dash r', 'stamp file',
    'automatic updates', 'unattended-upgrades', 'deb', 'ar', 'tar', 'alpha', 'hppa', 'm68k', 'sh4', 'ports', 'mailing list', 'chroot',
    'logic bug', 'local privilege escalation', 'TLS certificate', 'public TLS certificate', 'domain validation', '200 days', '100 days',
    '47 days', 'forty-seven days', 'mutual TLS', 'mTLS', 'must-staple', 'revocation', 'TLS client authentication', 'client authentication',
    'classic', 'RFC', 'mass revocation', 'Chrome', 'Amazon', 'Microsoft', 'planner', 'enactors', 'DNS Enactor', 'DNS Planner', 'leases',
    'health checks', 'Microsoft 365', 'Xbox', 'Azure', 'Azure portal', 'tenant configuration', 'rollback', 'config pipeline', 'quick hits',
    'Workstation', 'Fedora Workstation', 'use-after-free', 'Lua scripting', 'authentication', 'CVSS', 'Atlanta', 'YouTube', 'Mastodon',
    'newsletter', 'Cloudflare status page', 'outage', 'outages', 'Kubernetes nodes', 'GNOME session', 'DDoS', 'CMS', 'CMS messages',
  ],
};
const gold = {
  _source: `Synthetic held-out episode written for heldout8 (/work/heldout8/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
    html: { input: 'page.html', length: html.length, transcriptStart, segments: hSegs.segments, paragraphs: hParas },
  },
};
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'page.html'), html);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => labeledText(p.text)).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
