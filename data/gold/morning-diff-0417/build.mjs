// Builds The Morning Diff #417 (SYNTHETIC held-out episode, heldout5): a solo daily tech-news
// brief read by one host (Nell Harrow), dated Thursday 17 October 2024: intro, nine stories
// (Rust 1.82; Node.js 23; the Internet Archive back read-only after its breach; WordPress.org
// forks Advanced Custom Fields; [sponsor]; Ubuntu 24.10; Deno 2.0; the EU Cyber Resilience Act;
// TypeScript 5.7 beta; Python 3.13 follow-up), one invented sponsor ("Sitemarker"), outro.
// Each story opens with a spoken headline (gold `titleIsHeadline`).
//
// Renders, with its own small renderer (offsets computed, never typed):
//   labeled.txt  punctuated transcript: `Nell Harrow:` on the first paragraph only (one voice),
//                one paragraph per source paragraph, versions written as digits;
//   stt.txt      raw speech-to-text: no labels, lower-case, no punctuation except apostrophes,
//                numbers as spoken words, lines broken at pauses (≈ 26–40 words) with no regard
//                for story boundaries, so most stories start MID-LINE. Gold paragraphs = lines.
//   gold.json    both files.
// `{written|spoken}` in the source gives the labeled and the stt form of a phrase.
// Rerun with `node build.mjs`. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'morning-diff-0417';
const N = 'Nell Harrow';
const seg = (kind, title, titleKeys, opts = {}) => ({ seg: kind, title, titleKeys, ...opts });
const para = (text) => ({ text });

const SOURCE = [
  seg('intro', 'Welcome', []),
  para("Good morning, it's Thursday, {October 17th|october seventeenth}, and this is The Morning Diff, the tech news you need before your first stand-up. I'm Nell Harrow. Nine stories today, a new Rust, a new Node, the Internet Archive is limping back, and the WordPress fight, um, continues. I'm recording this a little early because I've got a dentist appointment, so if something huge broke in the last hour, that's on the dentist. Let's go."),

  seg('topic', 'Rust 1.82 is out', ['Rust 1.82', 'Rust'], { headline: true }),
  para("Rust {1.82|one point eight two} is out. The Rust team shipped it this morning, and the headline for a lot of people is a new syntax for precise capturing in impl Trait, that's the use keyword with angle brackets, so you can say exactly which lifetimes a returned impl Trait captures. There are also new raw pointer operators, {&raw const|ampersand raw const} and {&raw mut|ampersand raw mut}, which replace the addr_of macros, and extern blocks can now be marked unsafe."),
  para("And one for Mac users: {aarch64-apple-darwin|aarch sixty-four apple darwin}, so Rust on Apple silicon, is now a Tier 1 target. Which, honestly, most of us assumed it already was. Tier 1 means it's built and fully tested on every change, so, in practice, fewer surprises for the many, many people writing Rust on a MacBook. Update with rustup, and if you maintain a library with a minimum supported version, this is not one you need to rush."),

  seg('topic', 'Node.js 23 released', ['Node.js 23', 'Node 23', 'Node.js', 'require(esm)'], { headline: true }),
  para("Node.js 23 has been released. The big— okay, the big change is that {require(esm)|require esm} is now on by default, so CommonJS code can require an ES module without a flag, as long as that module doesn't use top-level await. It'll print an experimental warning for now. Node 23 also drops support for 32-bit Windows, and the node {--run|dash dash run} command for package.json scripts is now stable. This is the release where the, uh, the CommonJS versus ES modules pain gets a lot smaller, at least for library authors, because you can finally ship ESM-only packages without breaking everybody who still uses require."),
  para("Reminder, odd-numbered releases never become LTS, so for production the news is really that Node 22 moves to long-term support at the end of the month."),

  seg('topic', 'Internet Archive back online, read-only, after breach', ['Internet Archive', 'Wayback Machine', 'breach'], { headline: true }),
  para("The Internet Archive is partly back online. After last week's DDoS attacks and a data breach that exposed, uh, around {31 million|thirty-one million} user records, the Wayback Machine is back up in read-only mode. Saving new pages is still off, and other services are coming back gradually. The breached data, email addresses and bcrypt-hashed passwords, has been added to Have I Been Pwned, so if you ever made an archive.org account, go check, and, you know, change that password. The archive hasn't said much about who was behind it, and honestly, the team there is tiny, so, be patient with them. A lot of the web's memory lives on those servers. If you rely on the Wayback Machine in, like, docs or in tests, and yes, people do that, this is a good week to notice how much you depend on one nonprofit staying up."),

  seg('topic', 'WordPress.org takes over the Advanced Custom Fields plugin', ['Advanced Custom Fields', 'ACF', 'Secure Custom Fields', 'WordPress'], { headline: true }),
  para("WordPress.org has taken over the Advanced Custom Fields plugin. This happened over the weekend. In the latest round of the fight between Automattic, the company run by WordPress's co-founder, and the hosting company WP Engine, WordPress.org forked ACF, which WP Engine develops, into a new plugin called Secure Custom Fields, and moved the existing ACF listing, with its two million-plus installs, to the fork. WordPress.org says it was to fix a security issue. The ACF team called it, quote, a plugin being taken without consent, and says their version is still available directly from them."),
  para("If you run WordPress sites with ACF, check which one you're actually getting updates from. That's, that's a sentence I did not expect to say this year. And whatever you think of either side, a plugin directory quietly swapping who publishes a plugin is exactly the kind of supply-chain question every package registry has to answer at some point. npm, PyPI, crates.io, they all have policies for this. Worth reading yours."),

  seg('sponsor', 'Sponsor: Sitemarker', ['Sitemarker'], {}),
  para("This brief is supported by Sitemarker. Sitemarker checks your sites, your APIs and your cron jobs from twelve locations every thirty seconds, and it pages the right person, not the whole team, when something breaks. It also watches your TLS certificates and your domain expiry, which, let's be honest, is how most outages actually start. I've been there. Expired certificate, Saturday morning, two coffees in. Never again. Morning Diff listeners get their first three months free at {sitemarker.io/diff|sitemarker dot io slash diff}."),

  seg('topic', 'Ubuntu 24.10 Oracular Oriole released', ['Ubuntu 24.10', 'Oracular Oriole', 'Ubuntu'], { headline: true }),
  para("Ubuntu {24.10|twenty-four ten}, Oracular Oriole, is out. It ships Linux kernel {6.11|six point eleven} and GNOME 47, and it's an interim release, so nine months of support. Most servers should stay on {24.04|twenty-four oh four} LTS, but if you want the newest kernel and desktop, it's there. Canonical also says this release improves support for newer laptops and, uh, Arm hardware, which fits, since everybody seems to want an Arm laptop this year."),

  seg('topic', 'Deno 2.0 ships with Node and npm compatibility', ['Deno 2', 'Deno'], { headline: true }),
  para("Deno 2.0 is here, it came out last week and I, uh, I missed it. The headline is backwards compatibility with Node.js and npm. Deno now understands package.json and node_modules, so you can run a lot of existing Node projects, Next.js, Astro, that kind of thing, with Deno directly. There's also a deno install command, workspaces, and a long-term support branch. And JSR, the JavaScript registry the Deno team launched this year, is of course front and center. I tried it on a small side project last night, deno install, then deno task dev, and it just ran. Which is more than I can say for some of my Node projects after a year in a drawer. Bun, Node, Deno, the runtimes are, uh, converging, and that's probably good for all of us."),

  seg('topic', 'EU adopts the Cyber Resilience Act', ['Cyber Resilience Act', 'CRA'], { headline: true }),
  para("The EU has adopted the Cyber Resilience Act. The Council gave its final approval last week, which means security requirements for basically every product with software in it sold in the EU, things like no known exploitable vulnerabilities at launch, security updates, and reporting actively exploited vulnerabilities. For open source, the final text has a lighter regime for, quote, open-source software stewards, foundations that support projects, and non-commercial open source is mostly out of scope. The reporting duties start in 2026 and the rest in 2027, so there's time, but if you ship a commercial product, start reading now. And if you maintain an open-source project that companies build products on, expect more emails asking about your security process. Maybe write it down in a SECURITY.md file before they ask. The short version of the law, though: if you sell it, you're responsible for it, for years, not just on launch day."),

  seg('topic', 'TypeScript 5.7 beta', ['TypeScript 5.7', 'TypeScript'], { headline: true }),
  para("TypeScript {5.7|five point seven} is in beta. Highlights: it now catches variables that are never initialized, even when you use them inside a nested function, there's a new flag, {--rewriteRelativeImportExtensions|rewrite relative import extensions}, for projects that import dot ts files directly, and there's support for targeting {ES2024|es twenty twenty-four}. Final release is planned for November. Also a quiet note in the post: the team is still working on the native port of the compiler, no news there yet, so don't believe the rumors."),

  seg('topic', 'Python 3.13, ten days on', ['Python 3.13', 'Python', 'free-threaded'], { headline: true }),
  para("And finally, Python {3.13|three thirteen}, ten days on. In case you missed it, it shipped on the seventh with an experimental free-threaded build, that's Python without the GIL, as a separate binary, plus an experimental JIT compiler that's off by default, and a much nicer interactive REPL, with colors and multi-line editing. Early reports this week say that a lot of C extensions don't support the free-threaded build yet, so treat it as something to test with, not something to deploy. If you do maintain a C extension, the Python docs now have a how-to for supporting free-threading, and, uh, NumPy already has wheels for it, which is a pretty good sign."),

  seg('outro', 'Goodbye', []),
  para("That's the diff for today. Links to every story are in the show notes, and if I got something wrong, and with nine stories that's, uh, statistically likely, reply to the newsletter and I'll correct it tomorrow. I'm Nell Harrow, this has been The Morning Diff, and I'll see you tomorrow."),
];

// ---- forms ---------------------------------------------------------------------------------------
const curly = (s) => s.replace(/(\w)'(\w)/g, '$1’$2');
const written = (t) => curly(t.replace(/\{([^|}]*)\|[^}]*\}/g, '$1'));
const NUM_WORDS = { 2: 'two', 9: 'nine', 12: 'twelve', 32: 'thirty-two', 47: 'forty-seven', 2026: 'twenty twenty-six', 2027: 'twenty twenty-seven', 23: 'twenty-three', 22: 'twenty-two', 1: 'one', 2.0: 'two' };
function spoken(t) {
  let s = t.replace(/\{[^|}]*\|([^}]*)\}/g, '$1');
  s = s.replace(/Deno 2\.0/g, 'deno two point oh').replace(/\b(\d+)\b/g, (m) => NUM_WORDS[m] ?? m);
  s = s.replace(/package\.json/g, 'package json').replace(/node_modules/g, 'node modules').replace(/WordPress\.org/g, 'wordpress org')
    .replace(/archive\.org/g, 'archive org').replace(/Next\.js/g, 'next js').replace(/Node\.js/g, 'node js').replace(/addr_of/g, 'adder of')
    .replace(/impl Trait/g, 'impl trait').replace(/\bTLS\b/g, 'tls').replace(/\bGIL\b/g, 'gill').replace(/\bJIT\b/g, 'jit')
    .replace(/\bDDoS\b/g, 'ddos').replace(/\bACF\b/g, 'acf').replace(/\bLTS\b/g, 'lts').replace(/\bJSR\b/g, 'jsr').replace(/\bREPL\b/g, 'repl')
    .replace(/\bAPIs\b/g, 'apis').replace(/\bEU\b/g, 'eu').replace(/\bGNOME\b/g, 'gnome').replace(/\bnpm\b/g, 'npm')
    .replace(/Have I Been Pwned/g, 'have i been pawned').replace(/rustup/g, 'rust up').replace(/CommonJS/g, 'common js').replace(/ES module/g, 'es module')
    .replace(/bcrypt/g, 'b crypt').replace(/WP Engine/g, 'wp engine').replace(/Tier 1/g, 'tier one').replace(/Automattic/g, 'automatic').replace(/crates\.io/g, 'crates io').replace(/SECURITY\.md/g, 'security md').replace(/NumPy/g, 'numpy').replace(/ESM-only/g, 'esm only');
  s = s.replace(/[—–]/g, ' ').replace(/[.,:;!?"“”()]/g, ' ').replace(/-(?=\s)/g, ' ');
  s = s.toLowerCase().replace(/\bi\b/g, 'I').replace(/\bi'm\b/g, "I'm").replace(/\bi'd\b/g, "I'd");
  return s.split(/\s+/).filter(Boolean);
}

// labeled.txt: a label on the first paragraph only (one voice), paragraphs separated by newlines.
function renderLabeled() {
  let out = '';
  const paragraphs = [], segments = [];
  let open = null, first = true;
  for (const item of SOURCE) {
    if (item.seg) {
      const start = segments.length ? out.length : 0;
      if (open) open.end = start;
      open = mkSeg(item, start); segments.push(open);
      continue;
    }
    const pre = first ? `${N}: ` : '';
    first = false;
    const start = out.length;
    out += pre + written(item.text);
    paragraphs.push({ start, end: out.length, speaker: N });
    out += '\n';
  }
  open.end = out.length;
  return { text: out, transcriptStart: 0, paragraphs, segments };
}
function mkSeg(item, start) {
  const s = { kind: item.seg, presenter: N, title: item.title, titleKeys: item.titleKeys, start, end: null };
  if (item.headline) s.titleIsHeadline = true;
  return s;
}

// stt.txt: one stream of spoken words; a line ends after a "pause" — at a sentence end once the line
// has 26+ words, at a comma once it has 30+, or hard at 40 words. Segments start at their first word.
function renderStt() {
  const words = []; // {w, pauseAfter: 'sent'|'comma'|null, segStart: item|null}
  let pendingSeg = null;
  for (const item of SOURCE) {
    if (item.seg) { pendingSeg = item; continue; }
    // pauses come from the written punctuation: split the spoken text sentence by sentence
    const sentences = item.text.match(/[^.?!]+(?:[.?!]+(?=\s|$)|$)|[^\s]+/g).join(' ').split(/(?<=[.?!])\s+(?=[A-Z{])/);
    for (const sent of sentences) {
      const clauses = sent.split(/(?<=,)\s+/);
      clauses.forEach((cl, ci) => {
        const ws = spoken(cl);
        ws.forEach((w, wi) => {
          const last = wi === ws.length - 1;
          words.push({ w, pauseAfter: last ? (ci === clauses.length - 1 ? 'sent' : 'comma') : null, segStart: pendingSeg });
          pendingSeg = null;
        });
      });
    }
  }
  let out = '', line = [];
  const paragraphs = [], segments = [];
  let open = null;
  const flush = () => {
    if (!line.length) return;
    if (out) out += '\n';
    const start = out.length;
    let text = '';
    for (const x of line) {
      if (text) text += ' ';
      if (x.segStart) {
        const s = segments.length ? start + text.length : 0;
        if (open) open.end = s;
        open = mkSeg(x.segStart, s); segments.push(open);
      }
      text += x.w;
    }
    out += text;
    paragraphs.push({ start, end: out.length, speaker: N });
    line = [];
  };
  for (const x of words) {
    line.push(x);
    const n = line.length;
    if ((x.pauseAfter === 'sent' && n >= 26) || (x.pauseAfter === 'comma' && n >= 30) || n >= 40) flush();
  }
  flush();
  out += '\n';
  open.end = out.length;
  return { text: out, transcriptStart: 0, paragraphs, segments };
}

const labeled = renderLabeled();
const stt = renderStt();

const SPEAKERS = [{ name: N, aliases: ['Nell Harrow', 'Nell', 'Harrow', 'HARROW'] }];
const ENTITIES = {
  required: {
    Rust: ['Rust', 'Rust 1.82', '1.82', 'rust'],
    rustup: ['rustup', 'rust up'],
    'Apple silicon': ['Apple silicon', 'aarch64-apple-darwin', 'Apple Silicon'],
    'Node.js': ['Node.js', 'Node', 'Node 23', 'Node.js 23', 'Node 22', 'node js', 'node'],
    CommonJS: ['CommonJS', 'common js'],
    'ES modules': ['ES modules', 'ES module', 'ESM', 'es module', 'require(esm)'],
    'package.json': ['package.json', 'package json'],
    Windows: ['Windows', '32-bit Windows'],
    'Internet Archive': ['Internet Archive', 'archive.org'],
    'Wayback Machine': ['Wayback Machine'],
    'Have I Been Pwned': ['Have I Been Pwned', 'HIBP', 'have i been pawned'],
    bcrypt: ['bcrypt', 'b crypt'],
    WordPress: ['WordPress', 'WordPress.org', 'wordpress', 'wordpress org'],
    'Advanced Custom Fields': ['Advanced Custom Fields', 'ACF', 'acf'],
    'Secure Custom Fields': ['Secure Custom Fields'],
    'WP Engine': ['WP Engine', 'wp engine'],
    Automattic: ['Automattic', 'automatic'],
    Ubuntu: ['Ubuntu', 'Ubuntu 24.10', 'Oracular Oriole', 'Ubuntu 24.04', '24.04 LTS'],
    'Linux kernel': ['Linux kernel', 'Linux', 'kernel 6.11', 'Linux 6.11'],
    GNOME: ['GNOME', 'GNOME 47', 'gnome'],
    Deno: ['Deno', 'Deno 2.0', 'Deno 2'],
    npm: ['npm'],
    'Next.js': ['Next.js', 'next js', 'Next'],
    Astro: ['Astro'],
    JSR: ['JSR', 'jsr', 'JavaScript Registry'],
    'Cyber Resilience Act': ['Cyber Resilience Act', 'CRA', 'EU Cyber Resilience Act'],
    TypeScript: ['TypeScript', 'TypeScript 5.7', 'typescript'],
    Python: ['Python', 'Python 3.13', 'python'],
    NumPy: ['NumPy', 'numpy'],
    Bun: ['Bun', 'bun'],
    PyPI: ['PyPI', 'Python Package Index'],
    'crates.io': ['crates.io', 'crates'],
    Canonical: ['Canonical'],
    'free-threaded Python': ['free-threaded Python', 'free-threaded', 'free-threaded build', 'free threaded', 'GIL', 'no-GIL', 'free-threading'],
  },
  tolerated: [
    'The Morning Diff', 'Sitemarker', 'sitemarker.io', 'impl Trait', 'use<..>', 'precise capturing', '&raw const', '&raw mut', 'addr_of', 'addr_of!',
    'unsafe extern', 'extern blocks', 'Tier 1', 'Mac', 'macOS', 'top-level await', 'LTS', 'node --run', '--run', 'DDoS', 'API', 'APIs', 'cron', 'cron jobs', 'TLS',
    'TLS certificates', 'Apple', 'Rust team', 'node_modules', 'workspaces', 'deno install', 'JavaScript', 'EU', 'European Union', 'Council',
    'open-source software stewards', 'open source', '--rewriteRelativeImportExtensions', 'ES2024', 'JIT', 'REPL', 'GIL', 'C extensions', 'Python 3.13',
    'Rust 1.82', 'Node 23', 'Node 22', 'Ubuntu 24.10', 'Deno 2.0', 'TypeScript 5.7', 'stand-up', 'interim release', 'WordPress.org', 'plugin', 'CVE', 'MacBook', 'Arm', 'SECURITY.md', 'deno task', 'deno task dev', 'supply chain', 'wheels', 'C extension', 'native port', 'newsletter', 'ESM',
  ],
};
const EPISODE = { show: 'The Morning Diff', number: 417, recorded: '2024-10-17', title: 'Rust 1.82, Node 23, and WordPress takes a plugin' };

const gold = {
  _source: `Synthetic held-out episode written for heldout5 (data/gold/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, r, file] of [['labeled', labeled, 'labeled.txt'], ['stt', stt, 'stt.txt']]) {
  writeFileSync(join(here, file), r.text);
  gold.files[key] = { input: file, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = labeled.text.split(/\s+/).filter(Boolean).length - 2;
console.log(`${speech} spoken words (labeled), ${stt.text.split(/\s+/).filter(Boolean).length} stt words\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
