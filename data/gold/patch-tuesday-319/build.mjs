// Builds Patch Tuesday #319 (SYNTHETIC held-out episode, heldout13) from source.mjs: a two-host weekly
// security news show (Nadia Farouk, who opens and closes it, and Callum Rees). Intro; June Patch Tuesday and
// the WebDAV zero-day (Callum, handed over by Nadia without a name, in a new paragraph of her own); the
// Chrome zero-day (Callum, same speaker as before); [sponsor "Perimetry", read by Callum, starting
// MID-PARAGRAPH at the end of his Chrome turn]; the npm compromise of React Native Aria and gluestack
// (Nadia); the Marks & Spencer ransomware attack (Nadia, INTRODUCED by Callum); the Erlang/OTP SSH flaw on
// CISA's KEV list (Callum, starting MID-PARAGRAPH in his reaction to the help desk story); passkeys (Nadia);
// one more thing each (Callum, handed over by Nadia; then Nadia; kind extra); outro.
//
// Renders
//   web.txt       a web page like the seed's: a page header and footer, every paragraph stamped `mm:ss` (the
//                 time of its first word on one clock: ~2.6 spoken words a second, 0.6 s between speakers,
//                 0.4 s before a same-speaker paragraph, starting at 3.1 s after the jingle), `FAROUK:` and
//                 `REES:` on the first TWO paragraphs only (the self-introductions), spoken URLs dropped
//                 (with a following comma or period), the transcription service's own paragraph breaks
//                 inside long turns (`¦`; `¦~` also loses the continuation's first word), and the first
//                 word lost on the paragraphs marked `cut`. Built with the shared `splitWebParagraphs`,
//                 `webStamps` and `render` (speechOnly); curly apostrophes. Gold paragraphs = the text after
//                 the stamp (and label). A segment starts at the stamp of its first paragraph, or at the `§`;
//                 the header belongs to the intro, the footer to the outro.
//   episode.json  a Podcasting 2.0 JSON transcript, `{"version": "1.0.0", "segments": [...]}`, one object per
//                 line, each `{"speaker", "startTime", "endTime", "body"}` with the speaker's full name on
//                 EVERY object. The cutter makes one object per sentence, splits a sentence of more than 22
//                 words at the comma nearest its middle (a phrase; at least 6 words each side), and folds a
//                 sentence of one or two words into the sentence before it in the same paragraph (or, at
//                 the start of a paragraph, into the one after it). An object never spans two source
//                 paragraphs. Times in seconds (two decimals) from the same clock: an object starts at its
//                 first word and ends 50 ms before the next word would start. Spoken URLs kept, straight
//                 apostrophes, no service breaks, no lost words; no body needs JSON escaping. Gold
//                 paragraphs = one per object, the body string without its quotes. A segment that starts
//                 at an object starts where the PREVIOUS body ends (at its closing quote), so the JSON
//                 punctuation between two bodies belongs to the new segment; a `§` inside a body starts the
//                 segment at that word. The first segment starts at 0, the last ends at the end of the file;
//                 transcriptStart = the first object's line.
//   gold.json     offsets into both files, all computed here (shared renderer:
//                 /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                 folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, segmentTracker, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, N, C } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'patch-tuesday-319';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const spoken = (t) => unsplit(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const words = (t) => t.replace('§', '').split(/\s+/).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 3.1, (text) => words(spoken(text)).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- web.txt ------------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? 0);
const stamps = webStamps(SOURCE, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const WEB = {
  header: [
    'PATCH TUESDAY — security news, every week, whether or not Microsoft shipped anything', '',
    'Episodes    Hosts    Newsletter    Advertise', '',
    '← All episodes', '',
    'Transcript for Episode #319:', 'A WebDAV zero-day, a trojan on npm, and the help desk problem', '',
    `Recorded on Thursday, Jun 12, 2025. Length ${mmss(lastTime + 9)}.`, '', '',
  ].join('\n'),
  footer: '\n\nThis transcript was produced automatically and lightly edited. Please excuse any errors.\n← All episodes',
  labels: 2,
  label: { [N]: 'FAROUK', [C]: 'REES' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [N, C].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');

// --- episode.json -------------------------------------------------------------------------------
// the objects of one source paragraph: [{ toks: [{w, seg}], from }] where `from` is the index of the first word
function objects(text) {
  const toks = spoken(text).split(/\s+/).filter(Boolean).map((w) => ({ w: w.replace(/^§/, ''), seg: w.startsWith('§') }));
  if (toks.some((t) => /§/.test(t.w) || !t.w)) throw new Error(`bad § in ${text.slice(0, 40)}`);
  // sentences
  const sents = [];
  let cur = [];
  toks.forEach((t, j) => { cur.push(j); if (/[.?!]["”’)]?$/.test(t.w)) { sents.push(cur); cur = []; } });
  if (cur.length) sents.push(cur);
  // long sentences: split at the comma nearest the middle, at least 6 words each side
  const split = (s) => {
    if (s.length <= 22) return [s];
    let best = -1;
    for (let i = 5; i < s.length - 6; i++) if (/,$/.test(toks[s[i]].w) && (best < 0 || Math.abs(i + 1 - s.length / 2) < Math.abs(best + 1 - s.length / 2))) best = i;
    return best < 0 ? [s] : [...split(s.slice(0, best + 1)), ...split(s.slice(best + 1))];
  };
  const pieces = sents.flatMap(split);
  // fold one- or two-word sentences into the one before (or, first in the paragraph, the one after)
  const out = [];
  let carry = [];
  for (const p of pieces) {
    if (p.length <= 2 && out.length) { out.at(-1).push(...p); continue; }
    if (p.length <= 2) { carry.push(...p); continue; }
    out.push([...carry, ...p]);
    carry = [];
  }
  if (carry.length) out.push(carry);
  return out.map((ix) => ({ toks: ix.map((j) => toks[j]), from: ix[0], to: ix.at(-1) }));
}
const jsonName = { [N]: N, [C]: C };
let json = '{\n  "version": "1.0.0",\n  "segments": [\n';
const jsonStart = json.length;
const jParas = [];
const tracker = segmentTracker();
let prevEnd = null, nObj = 0, midBody = 0, phraseCuts = 0;
SOURCE.forEach((item, k) => {
  if (item.seg) { tracker.seg(item); return; }
  const objs = objects(item.text);
  if (objs.reduce((n, o) => n + o.toks.length, 0) !== wordTimes[k].length) throw new Error(`word count mismatch in: ${item.text.slice(0, 40)}`);
  for (const o of objs) {
    if (nObj) json += ',\n';
    tracker.block(prevEnd ?? 0);
    const a = +wordTimes[k][o.from].toFixed(2);
    const b = +(wordTimes[k][o.to] + 1 / WPS - 0.05).toFixed(2);
    json += `    {"speaker": ${JSON.stringify(jsonName[item.speaker])}, "startTime": ${a}, "endTime": ${b}, "body": "`;
    const bodyStart = json.length;
    let body = '';
    o.toks.forEach((t, x) => {
      if (x) body += ' ';
      if (t.seg) {
        if (x === 0) tracker.mark(prevEnd);
        else { tracker.mark(bodyStart + body.length); midBody++; }
      }
      body += t.w;
    });
    if (JSON.stringify(body) !== `"${body}"`) throw new Error(`body needs escaping: ${body}`);
    if (!/[.?!]$/.test(body)) phraseCuts++;
    json += body;
    jParas.push({ start: bodyStart, end: bodyStart + body.length, speaker: item.speaker });
    prevEnd = bodyStart + body.length;
    json += '"}';
    nObj++;
  }
});
json += '\n  ]\n}\n';
tracker.close(json.length);
JSON.parse(json);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Patch Tuesday', number: 319, recorded: '2025-06-12', title: 'A WebDAV zero-day, a trojan on npm, and the help desk problem' };
const ENTITIES = {
  required: {
    'Patch Tuesday': ['Patch Tuesday'],
    Microsoft: ['Microsoft'],
    WebDAV: ['WebDAV'],
    'CVE-2025-33053': ['CVE-2025-33053'],
    'Check Point': ['Check Point'],
    'Stealth Falcon': ['Stealth Falcon'],
    'Internet shortcut (.url)': ['internet shortcut', 'dot url'],
    iediagcmd: ['iediagcmd'],
    'route.exe': ['route.exe'],
    'Horus Agent': ['Horus Agent'],
    Mythic: ['Mythic'],
    'Internet Explorer': ['Internet Explorer'],
    Windows: ['Windows'],
    'Windows 11 24H2': ['Windows 11 24H2', '24H2'],
    CISA: ['CISA'],
    'Known Exploited Vulnerabilities catalog': ['Known Exploited Vulnerabilities', 'Known Exploited', 'KEV'],
    SMB: ['SMB'],
    'Microsoft Office': ['Office'],
    Outlook: ['Outlook'],
    'preview pane': ['preview pane'],
    'CVE-2025-33073': ['CVE-2025-33073'],
    'SMB signing': ['SMB signing'],
    Chrome: ['Chrome'],
    'Chrome 137': ['Chrome 137'],
    'CVE-2025-5419': ['CVE-2025-5419'],
    V8: ['V8'],
    JavaScript: ['JavaScript'],
    'Threat Analysis Group': ['Threat Analysis Group', 'TAG'],
    Kaspersky: ['Kaspersky'],
    Chromium: ['Chromium'],
    'Microsoft Edge': ['Edge'],
    Brave: ['Brave'],
    Opera: ['Opera'],
    Slack: ['Slack'],
    'Microsoft Teams': ['Teams'],
    Perimetry: ['Perimetry'],
    npm: ['npm'],
    'Aikido Security': ['Aikido Security', 'Aikido'],
    'React Native Aria': ['React Native Aria'],
    gluestack: ['gluestack'],
    'React Native': ['React Native'],
    'remote access trojan': ['remote access trojan'],
    Python: ['Python'],
    'npm install': ['npm install'],
    GitHub: ['GitHub'],
    SSH: ['SSH'],
    SBOM: ['SBOM'],
    'Marks & Spencer': ['Marks and Spencer'],
    ransomware: ['ransomware'],
    'Scattered Spider': ['Scattered Spider'],
    DragonForce: ['DragonForce'],
    'social engineering': ['social engineering'],
    LinkedIn: ['LinkedIn'],
    MFA: ['MFA'],
    'Co-op': ['Co-op'],
    'United Natural Foods': ['United Natural Foods'],
    'Whole Foods': ['Whole Foods'],
    Erlang: ['Erlang'],
    'Erlang/OTP': ['Erlang/OTP', 'OTP'],
    'CVE-2025-32433': ['CVE-2025-32433'],
    'Ruhr University Bochum': ['Ruhr University Bochum'],
    'OTP 27.3.3': ['27.3.3'],
    'OTP 26.2.5.11': ['26.2.5.11'],
    'OTP 25.3.2.20': ['25.3.2.20'],
    Cisco: ['Cisco'],
    RabbitMQ: ['RabbitMQ'],
    passkeys: ['passkeys', 'passkey'],
    'Microsoft Authenticator': ['Microsoft Authenticator', 'Authenticator'],
    'World Passkey Day': ['World Passkey Day'],
    'Windows Hello': ['Windows Hello'],
    WWDC: ['WWDC'],
    Apple: ['Apple'],
    'iOS 26': ['iOS 26'],
    macOS: ['macOS'],
    'Apple Passwords': ['Passwords app'],
    'FIDO Alliance': ['FIDO Alliance', 'FIDO'],
    'Credential Exchange Protocol': ['Credential Exchange Protocol'],
    '1Password': ['1Password'],
    Bitwarden: ['Bitwarden'],
    zizmor: ['zizmor'],
    'GitHub Actions': ['GitHub Actions'],
    'tj-actions': ['tj-actions'],
    pull_request_target: ['pull_request_target'],
    CI: ['CI'],
    SARIF: ['SARIF'],
    OverTheWire: ['OverTheWire'],
    Bandit: ['Bandit'],
    Linux: ['Linux'],
  },
  tolerated: [
    'Patch Tuesday', 'patchtuesday.fm', 'patchtuesday dot fm', 'patchtuesday dot fm slash 319', 'perimetry.io', 'perimetry dot io', 'perimetry dot io slash patchtuesday',
    'Manchester', 'Cardiff', 'Turkey', 'Middle East', 'Russia', 'UK', 'the States', 'Las Vegas', 'Redmond', 'Clément Lecigne', 'Benoît Sevens', 'William Woodruff',
    'zero-day', 'zero-days', 'zero-day exploit', 'exploit', 'exploits', 'exploited in the wild', 'in the wild', 'vulnerability', 'vulnerabilities', 'CVE', 'CVEs', 'CVSS',
    'remote code execution', 'RCE', 'elevation of privilege', 'privilege escalation', 'SYSTEM', 'root', 'relay', 'relay attack', 'Kerberos', 'NTLM', 'reflective relay',
    'phishing', 'phishing email', 'phishing training', 'attachment', 'attachments', 'mail gateway', 'shortcut', 'shortcut file', '.url', 'url file', 'working directory',
    'signed binary', 'antivirus', 'implant', 'C2', 'open source', 'cumulative update', 'patch', 'patches', 'update', 'updates', 'release notes', 'servers', 'mitigation',
    'out-of-bounds read and write', 'out-of-bounds', 'JavaScript engine', 'configuration change', 'config change', 'sandbox escape', 'spyware', 'browser', 'browsers', 'tabs',
    'attack surface', 'external attack surface', 'subdomain', 'subdomains', 'staging server', 'login page', 'certificate', 'expired certificate', 'dashboard', 'ticketing system',
    'package', 'packages', 'typosquat', 'typosquatting', 'supply chain', 'supply-chain attack', 'component library', 'UI library', 'publishing token', 'token', 'tokens', 'npm token',
    'GitHub token', 'cloud credentials', 'SSH keys', 'maintainer', 'maintainers', 'code viewer', 'npm website', 'shell commands', 'CI runner', 'laptop', 'prototype app',
    'dependency inventory', 'registry proxy', 'internal registry', 'npm registry', 'Node.js', 'RAT', 'malware', 'obfuscation', 'whitespace',
    'retailer', 'contactless payments', 'click and collect', 'online orders', 'insurance', 'cyber insurance', 'customer data', 'data breach', 'leak site', 'encryptor', 'affiliates',
    'help desk', 'service desk', 'password reset', 'MFA reset', 'admin rights', 'video call', 'badge', 'employee number', 'casinos', 'MGM', 'Caesars', 'grocery distributor',
    'telephone exchange', 'SSH server', 'SSH daemon', 'SSH protocol', 'channel', 'standard libraries', 'advisory', 'network gear', 'telecom', 'industrial systems', 'OT',
    'port twenty-two', 'port 22', 'federal agencies', 'deadline', 'OTP 27', 'OTP 26', 'OTP 25', 'Erlang OTP', 'BEAM', 'Elixir', 'ICS',
    'passwords', 'password manager', 'password managers', 'autofill', 'push approvals', 'codes', 'one-time codes', 'Microsoft accounts', 'passwordless', 'import and export',
    'credential manager', 'Credential Exchange Format', 'CXP', 'CXF', 'account creation', 'automatic upgrades', 'API', 'account recovery', 'recovery', 'front door',
    'Google Password Manager', 'iCloud Keychain', 'Passwords', 'iPhone', 'Android',
    'static analysis', 'workflows', 'workflow', 'workflows folder', 'pull request', 'commit hash', 'tag', 'permissions', 'repos', 'repositories', 'tj-actions/changed-files',
    'wargame', 'CTF', 'levels', 'level', 'password', 'hidden file', 'compressed', 'cyber', 'university', 'Trail of Bits',
    'VPN appliance', 'VPN', 'lib/index.js', 'index.js', 'command and control', 'PATH', 'lockfile', 'lockfiles', 'ransomware as a service', 'RaaS', 'Google', 'template injection',
    'code scanning', 'cat', 'ls', 'hex dump', 'hex dumped', 'critical', 'attack vector', 'document', 'email', 'release', 'scanner', 'GitHub release',
    'pager', 'on call', 'incident response', 'managed security provider', 'MSSP', 'application security', 'security', 'biscuit', 'mug', 'snacks', 'cardigans',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout13 (/work/heldout13/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    json: { input: 'episode.json', length: json.length, transcriptStart: jsonStart, segments: tracker.segments, paragraphs: jParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'episode.json'), json);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(spoken(p.text)).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const turns = paras.filter((p, i) => i === 0 || paras[i - 1].speaker !== p.speaker).length;
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${paras.length} source paragraphs in ${turns} turns, ${count(/¦/g)} service breaks in web.txt (${count(/¦~/g)} losing a word) inside ${paras.filter((p) => /¦/.test(p.text)).length} paragraphs, ${paras.filter((x) => x.cut).length} web paragraphs losing their first word; episode.json: ${nObj} objects, ${phraseCuts} ending mid-sentence (phrase cuts), ${midBody} segment starts inside a body\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
