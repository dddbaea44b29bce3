// Builds Power Cycle #61 (SYNTHETIC held-out episode, heldout12) from source.mjs: a two-host homelab and
// self-hosting discussion show (Gus Whitmore, who opens and closes it, and Shauna McCready). Intro; the UPS
// failure (Shauna, starting MID-PARAGRAPH with Gus's nameless hand-over at the end of his intro turn);
// Proxmox VE 8.4 (Gus, same speaker as before); TrueNAS and RAIDZ expansion (Shauna, starting MID-PARAGRAPH
// inside her turn, at a Rev block split); [sponsor "Stowaway", read by Gus, starting MID-PARAGRAPH with
// Shauna's hand-over]; Immich (Shauna, INTRODUCED by Gus); Tailscale (Gus, ASKED FOR by Shauna); Home
// Assistant voice (Shauna, who raises it herself MID-PARAGRAPH); picks (Gus, handed over by Shauna; then
// Shauna; kind extra); outro.
//
// Renders
//   rev.txt   a Rev.com-style text export: blocks of `Full Name (hh:mm:ss):` on their own line, the block's
//             text on the next line (one line), a blank line between blocks, no header and no footer, a final
//             newline. Long turns are split into consecutive blocks with the SAME name and a new timestamp
//             (`‖` in the source). One block's name has a typo ("Shauna McCreedy"). Rev's tags:
//             `[crosstalk hh:mm:ss]`, `[inaudible hh:mm:ss]` (the time of the first lost word), `[laughs]`.
//             Spoken URLs kept, straight apostrophes, as the service writes them. A block's stamp is the time
//             of its first word. Gold paragraphs = one per block, the text line only. A segment starts at the
//             name line of its first block, or at the `§` inside a block (at the block's name line when the
//             `§` opens the block). The first starts at 0, the last ends at the end of the file.
//             transcriptStart = 0.
//   web.txt   a web page like the seed's, from the same clock: a page header and footer, every paragraph
//             stamped `mm:ss`, `WHITMORE:` and `MCCREADY:` on the first TWO paragraphs only (the
//             self-introductions), spoken URLs dropped, the page's own transcription breaks (`¦`; `¦~` also
//             loses the continuation's first word; Rev's `‖` splits are not there), the first word lost on
//             the paragraphs marked `cut`, `(laughs)` for Rev's `[laughs]`, the inaudible words present and
//             no crosstalk. Built with the shared `splitWebParagraphs`, `webStamps` and `render` (speechOnly);
//             curly apostrophes. Gold paragraphs = the text after the stamp (and label). A segment starts at
//             the stamp of its first paragraph, or at the `§`.
//   The clock: ~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph,
//   starting at 1.8 s (a jingle before that); tags take no time.
//   gold.json offsets into both files, all computed here (shared renderer:
//             /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//             folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText, splitWebParagraphs, webStamps, segmentTracker, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, TYPO, G, S } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'power-cycle-061';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const hhmmss = (sec) => { const s = Math.floor(sec); return `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`; };
const unURL = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const noWeb = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const noRev = (t) => t.replace(/\s*‖\s*/g, ' ');
const isTag = (w) => w === '{xt}' || w === '[laughs]';
// the spoken words of a source paragraph: no tags, inaudible words included
const spokenWords = (t) => noRev(noWeb(unURL(t))).replace(/[⟦⟧]/g, '').split(/\s+/).filter((w) => w && !isTag(w)).map((w) => w.replace('§', '')).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 1.8, (text) => spokenWords(text).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- rev.txt ------------------------------------------------------------------------------------
let rev = '';
const rParas = [];
const tracker = segmentTracker();
let typos = 0, splits = 0, tags = 0;
SOURCE.forEach((item, k) => {
  if (item.seg) { tracker.seg(item); return; }
  const label = item.rev === 'typo' ? TYPO[item.speaker] : item.speaker;
  if (item.rev === 'typo') typos++;
  const times = wordTimes[k];
  let w = 0;
  const blocks = noWeb(unURL(item.text)).split(/\s*‖\s*/);
  splits += blocks.length - 1;
  blocks.forEach((raw) => {
    if (rev) rev += '\n\n';
    const blockStart = rev.length;
    tracker.block(blockStart);
    if (isTag(raw.split(/\s+/)[0])) throw new Error('a block must open with a word');
    rev += `${label} (${hhmmss(times[w])}):\n`;
    const textStart = rev.length;
    let text = '';
    let hidden = null;
    const push = (s) => { text += (text ? ' ' : '') + s; };
    for (const tok of raw.split(/\s+/).filter(Boolean)) {
      if (tok === '{xt}') { push(`[crosstalk ${hhmmss(times[w])}]`); tags++; continue; }
      if (tok === '[laughs]') { push(tok); tags++; continue; }
      if (tok.startsWith('⟦')) hidden = times[w];
      if (hidden != null) {
        if (tok.includes('⟧')) { push(`[inaudible ${hhmmss(hidden)}]${tok.slice(tok.indexOf('⟧') + 1)}`); hidden = null; tags++; }
        w++;
        continue;
      }
      let word = tok;
      if (word.startsWith('§')) {
        word = word.slice(1);
        tracker.mark(text ? textStart + text.length + 1 : blockStart);
      }
      if (/§/.test(word)) throw new Error('§ must open a word');
      push(word);
      w++;
    }
    rParas.push({ start: textStart, end: textStart + text.length, speaker: item.speaker });
    rev += text;
  });
  if (w !== times.length) throw new Error(`word count mismatch in: ${item.text.slice(0, 40)}`);
});
rev += '\n';
tracker.close(rev.length);
if (typos !== 1) throw new Error(`expected 1 typo, got ${typos}`);

// --- web.txt ------------------------------------------------------------------------------------
const WEB_INPUT = SOURCE.map((x) => (x.seg ? x : { ...x, text: noRev(x.text).replace(/ ?\{xt\}/g, '').replace(/[⟦⟧]/g, '').replace(/\[laughs\]/g, '(laughs)') }));
const WEB_SOURCE = splitWebParagraphs(WEB_INPUT, (item) => item.cut ?? 0);
const stamps = webStamps(WEB_INPUT, wordTimes, undefined, (part) => part.replace('§', '').split(/\s+/).filter((x) => x && x !== '(laughs)').length);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const WEB = {
  header: [
    'POWER CYCLE — a homelab podcast', '',
    'Episodes    Hosts    Discord    Support the show', '',
    '← Back to episode 61', '',
    'Transcript for Episode #61:', 'The UPS that cried wolf', '',
    `Recorded on Tuesday, Jun 24, 2025. Length ${mmss(lastTime + 9)}.`, '', '',
  ].join('\n'),
  footer: '\n\nTranscript generated automatically. Timestamps are approximate.\n← Back to episode 61',
  labels: 2,
  label: { [G]: 'WHITMORE', [S]: 'MCCREADY' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [G, S].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Power Cycle', number: 61, recorded: '2025-06-24', title: 'The UPS that cried wolf' };
const ENTITIES = {
  required: {
    Proxmox: ['Proxmox'],
    'Proxmox VE 8.4': ['Proxmox VE 8.4', '8.4'],
    'Proxmox VE 9': ['Proxmox 9'],
    TrueNAS: ['TrueNAS'],
    UPS: ['UPS'],
    APC: ['APC'],
    'Home Assistant': ['Home Assistant'],
    'mini PC': ['mini PC', 'mini PCs'],
    eBay: ['eBay'],
    BIOS: ['BIOS'],
    Immich: ['Immich'],
    PostgreSQL: ['Postgres'],
    'USB': ['USB'],
    'Network UPS Tools': ['NUT', 'NUT server', 'NUT integration'],
    'sealed lead acid battery': ['sealed lead acid'],
    'Raspberry Pi': ['Raspberry Pi', 'Pi'],
    Grafana: ['Grafana'],
    'Lenovo ThinkCentre Tiny': ['Lenovo Tiny'],
    'virtual machine': ['VM', 'VMs'],
    virtiofs: ['virtiofs'],
    NFS: ['NFS'],
    Samba: ['Samba'],
    Windows: ['Windows'],
    VirtIO: ['VirtIO'],
    WinFsp: ['WinFsp'],
    Veeam: ['Veeam'],
    VMware: ['VMware'],
    'Proxmox Backup Server': ['Proxmox Backup Server'],
    Broadcom: ['Broadcom'],
    LXC: ['LXC'],
    Debian: ['Debian'],
    'Debian 13 Trixie': ['Trixie'],
    'TrueNAS Community Edition': ['TrueNAS Community Edition', 'Community Edition'],
    'TrueNAS SCALE': ['SCALE'],
    'TrueNAS 25.04 Fangtooth': ['Fangtooth', '25.04'],
    'TrueNAS CORE': ['CORE'],
    FreeBSD: ['FreeBSD'],
    Linux: ['Linux'],
    'RAIDZ expansion': ['RAIDZ expansion'],
    RAIDZ: ['RAIDZ'],
    RAIDZ1: ['RAIDZ1'],
    vdev: ['vdev'],
    resilver: ['resilver'],
    OpenZFS: ['OpenZFS'],
    ZFS: ['ZFS'],
    'TrueNAS 24.10 Electric Eel': ['Electric Eel'],
    Stowaway: ['Stowaway'],
    restic: ['restic'],
    Borg: ['Borg'],
    'Amazon S3': ['S3'],
    'TrueNAS cloud sync': ['cloud sync'],
    rclone: ['rclone'],
    'Google Photos': ['Google Photos'],
    'face recognition': ['face recognition'],
    'smart search': ['smart search'],
    CLIP: ['CLIP'],
    'Google Takeout': ['Google Takeout', 'Takeout'],
    JSON: ['JSON'],
    'immich-go': ['immich-go'],
    'Unix epoch': ['Unix epoch'],
    'Docker Compose': ['Docker Compose'],
    Docker: ['Docker'],
    Tailscale: ['Tailscale'],
    VPN: ['VPN'],
    WireGuard: ['WireGuard'],
    tailnet: ['tailnet'],
    NAT: ['NAT'],
    'subnet router': ['subnet router'],
    MagicDNS: ['MagicDNS'],
    'Tailscale Funnel': ['Tailscale Funnel', 'Funnel'],
    Headscale: ['Headscale'],
    'Home Assistant Voice Preview Edition': ['Voice Preview Edition', 'Home Assistant Voice Preview Edition'],
    'wake word': ['wake word'],
    'speech-to-text': ['speech-to-text'],
    Whisper: ['Whisper'],
    Assist: ['Assist'],
    Piper: ['Piper'],
    Amazon: ['Amazon'],
    Google: ['Google'],
    Ollama: ['Ollama'],
    Beszel: ['Beszel'],
    ntfy: ['ntfy'],
    HTTP: ['HTTP'],
    curl: ['curl'],
  },
  tolerated: [
    'Power Cycle', 'powercycle.show', 'powercycle dot show', 'powercycle dot show slash 61', 'stowaway.io', 'stowaway dot io', 'stowaway dot io slash powercycle',
    'Sheffield', 'Belfast', 'Frankfurt', 'Toronto', 'Ciarán', 'Sharpie', 'hoover', 'desk fan', 'air con', 'rack', 'switch', 'router', 'NAS', 'homelab', 'lab', 'cupboard',
    'line-interactive UPS', 'self-test', 'battery', 'mains', 'power cut', 'automations', 'blinds', 'heating', 'lock file', 'container', 'containers', 'apps', 'app', 'USB cable',
    'UPS service', 'shutdown', 'runtime', 'battery charge', 'nodes', 'node', 'cluster', 'Proxmox cluster', 'Proxmox host', 'host', 'consumable', 'monitoring',
    'rolling upgrade', 'migrate', 'reboot', 'directory mapping', 'directory', 'share', 'media VM', 'mount', 'UI', 'Windows VM', 'guest', 'guests', 'label printer', 'drivers',
    'backup providers', 'backup API', 'API', 'backups', 'backup', 'branch offices', 'forum', 'point-one release', 'Proxmox guy', 'council', 'loft', 'IT',
    'pool', 'disk', 'disks', 'drives', 'parity', 'stripe', 'blocks', 'scripts', 'family photos', 'offsite', 'offsite storage', 'data centres', 'append-only key', 'snapshots', 'terabyte',
    'photo library', 'phone app', 'timeline', 'albums', 'map', 'shared albums', 'machine learning', 'CPU', 'zip files', 'release notes', 'breaking changes', 'database', 'faces',
    'remote access', 'port', 'ports', 'wifi', 'mesh VPN', 'IP address', 'addresses', 'public internet', 'certificate', 'URL', 'login page', 'free plan', 'coordination server',
    'control server', 'open-source', 'self-host', 'self-hosted', 'voice assistant', 'voice pipeline', 'speaker', 'intent', 'lamps', 'extractor fan', 'gaming PC', 'model', 'cloud',
    'microphones', 'mute switch', 'hub', 'agent', 'memory', 'network', 'temperatures', 'alerts', 'push notifications', 'notification', 'topic', 'backup job', 'Proxmox UI',
    'Proxmox VE', 'Proxmox 8.4', 'Open Home Foundation', 'Home Assistant Voice', 'FUTO', 'Uptime Kuma', 'Discord', 'Rev', 'jingle', 'epoch', '1970', 'telly', 'Google Photos app',
    'ransomware', 'scrub', 'language model', 'Android', 'Android phones', 'iPhone', 'Apple', 'background refresh', 'media server', 'logs', 'login attempts', 'port forwarding', 'mirrors', 'mirrored pairs', 'maths', 'RAID',
    'Proxmox forum', 'Lenovo', 'ThinkCentre', 'Tailscale app', 'Tailscale apps', 'Immich database', 'Postgres database', 'Postgres container', 'Tailscale the company',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout12 (/work/heldout12/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    rev: { input: 'rev.txt', length: rev.length, transcriptStart: 0, segments: tracker.segments, paragraphs: rParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'rev.txt'), rev);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + spokenWords(p.text).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${splits} Rev block splits, ${tags} Rev tags, ${count(/¦/g)} web breaks (${count(/¦~/g)} losing a word) inside ${paras.filter((p) => /¦/.test(p.text)).length} turns, ${paras.filter((x) => x.cut).length} web paragraphs losing their first word\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
