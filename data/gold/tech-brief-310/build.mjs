// Builds Tech Brief #310 (synthetic, written by the podtopics developers on 2026-11-22): a
// one-host daily tech news show, one voice, no speaker labels. Renders plain.txt (one
// paragraph per line) and oneline.txt (the same words on one single line, like raw
// speech-to-text output), and gold.json with offsets into both. Only some items open with a
// cue phrase ("Next up", "In other news", "Finally"); the others just change subject.
// Rerun with `node data/gold/tech-brief-310/build.mjs` and review the diff. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const H = 'Nadia Brooks';

/** Segments in order: kind, title as the show notes give it, title keys, paragraphs. */
const SEGMENTS = [
  {
    kind: 'intro', title: 'Welcome', keys: [],
    paragraphs: [
      "Good morning, it's Friday, June 27th, 2025, and this is Tech Brief, episode 310. I'm Nadia Brooks. Seven stories today, one of them is a security patch you should probably apply before lunch, so stick around for that.",
      "Quick correction first. Yesterday I said the Postgres 18 beta was out this week. It was actually the second beta, the first one came out last month. Thanks to the several dozen of you who emailed. I read every one. Okay, let's go.",
      "Here's what we've got: Google explains what broke its cloud two weeks ago, Rust finally ships a feature people have wanted since 2018, a Kubernetes patch, a tiny new model from Google, some GitHub housekeeping, a big Postgres deal, and a change to how your certificates get checked.",
    ],
  },
  {
    kind: 'topic', title: 'Google Cloud publishes its report on the June outage', keys: ['Google Cloud', 'outage'],
    paragraphs: [
      "Google Cloud has published its full incident report on the outage earlier this month that took down a long list of its services for several hours. The short version: a new feature in Service Control, the system that checks API requests against quotas and policies, shipped with a code path that hadn't been exercised. When a policy change containing blank fields was replicated around the world, that code path hit a null pointer, and the binary crashed in every region at roughly the same time.",
      "Because Service Control sits in front of so much, the failures cascaded. Customers saw errors from Compute Engine, BigQuery, Cloud Storage and Identity and Access Management, and some third party services that depend on Google Cloud went down with it. Cloudflare, for example, said its Workers KV storage was affected because part of it runs on Google infrastructure. In us-central1 recovery took longer, because when the tasks restarted they all hit the same backing database at once. Classic thundering herd.",
      "One detail in the report that I think every on-call engineer will appreciate: Google's own status page was slow to update, because, you guessed it, parts of the status page ran on the infrastructure that was down. For the first hour or so, customers were finding out from social media before they found out from Google. The report says the status page is being moved to separate infrastructure.",
      "How long did it last? Most regions were back in about three hours. us-central1, the big one in Iowa, took closer to six. Google is offering service credits under its usual SLA terms, which, as anybody who has ever claimed one knows, is not quite the same thing as getting your afternoon back.",
      "Google says the feature was behind a flag, but the flag wasn't turned on in a way that protected the new code path, and there was no error handling for the blank fields. It's promising better feature flag discipline and more gradual rollouts for global configuration. If you run anything on one cloud provider and you've been putting off that multi-region conversation, this report is a good conversation starter.",
    ],
  },
  {
    kind: 'topic', title: 'Rust 1.88 stabilizes let chains', keys: ['Rust 1.88', 'Rust', 'let chains'],
    paragraphs: [
      "Next up, Rust 1.88 is out. The headline feature is let chains, which have been in the works for, and I checked this, about seven years. They let you combine if let with ordinary boolean conditions using double ampersands, so instead of nesting three if statements you can write one. The catch is that they're only available in the 2024 edition of the language, so older crates need to migrate before they can use them.",
      "Also in this release: naked functions are stable, which matters mostly to people writing operating systems and embedded code, where you need complete control over the generated assembly. And Cargo now cleans up its own cache automatically. Files in the home directory cache that haven't been used in a few months get deleted. I have personally been running out of disk space because of a Cargo cache for about three years, so, thank you.",
      "Let me do a little aside here, because I got asked about this at a meetup last week. If you've never written Rust, the reason people care about let chains is that Rust makes you unwrap optional values explicitly. So checking, is there a user, and is that user an admin, and do they have an email address, used to mean three levels of indentation. Now it's one line. It's a readability feature, really. Nothing you couldn't do before. But the number of people who told me this was the thing they were waiting for is, honestly, surprising.",
      "As usual, run rustup update stable to get it.",
    ],
  },
  {
    kind: 'topic', title: 'Kubernetes kubelet vulnerability CVE-2025-4871: patch now', keys: ['Kubernetes', 'kubelet', 'CVE-2025-4871', 'CVE'],
    paragraphs: [
      "Here's the one I mentioned at the top. The Kubernetes security team disclosed a vulnerability in the kubelet, tracked as CVE-2025-4871, rated high severity, 8.1 out of 10. The bug is in how the kubelet handles container checkpoint requests. An attacker who can already reach the kubelet API on a node, for example from a compromised pod with too much network access, can ask for a checkpoint of a container in a different pod, and the checkpoint archive includes that container's memory and any mounted secrets.",
      "The bug was reported through the Kubernetes bug bounty program by a researcher who found it while auditing the checkpoint feature, which was added a few releases ago to support container migration and forensic analysis. It's a good example of a pattern we keep seeing: a niche feature, enabled by default, that almost nobody uses, turns into the attack surface.",
      "Patched versions are 1.33.2, 1.32.6 and 1.31.10. If you're on a managed service like GKE, EKS or AKS, the providers say they're rolling out patched node images over the next few days, but you may have to trigger the node upgrade yourself. If you can't upgrade right away, the advisory suggests disabling the container checkpoint feature gate, and, more generally, making sure pods can't talk to the kubelet port on port 10250. Which, honestly, they shouldn't be able to anyway.",
      "To check where you stand, kubectl get nodes with the wide output shows the kubelet version on every node. If any of them is older than the patched releases, that's your to-do list for the day.",
    ],
  },
  {
    kind: 'topic', title: 'Google releases Gemma 3n, an open model for phones and laptops', keys: ['Gemma 3n', 'Gemma'],
    paragraphs: [
      "In other news, Google has released Gemma 3n, the newest member of its open weights Gemma family, built to run on phones and laptops rather than in a data center. The interesting part is the architecture. It comes in two sizes, called E2B and E4B, and the E stands for effective: the raw parameter counts are higher, but thanks to a technique that keeps part of the weights out of accelerator memory, the smaller one can run in about two gigabytes of memory.",
      "It handles text, images, audio and video as input, and Google says the E4B version is the first model under ten billion parameters to score above 1300 on the LMArena leaderboard. Take leaderboard numbers with the usual grain of salt. The weights are on Hugging Face and Kaggle, and it's supported out of the box in llama.cpp, Ollama and MLX, so if you've got a recent laptop you can try it this afternoon. The license is Google's own Gemma license, not a standard open source license, so read it before you ship it in a product.",
      "Why does this matter? On-device models mean the prompt and the answer never leave the phone, which helps with privacy, latency, and, not least, the cloud bill. Google is clearly aiming at the same space as Microsoft's Phi models and Meta's smaller Llama models, and Apple's on-device models, which we'll hear more about this fall. The race right now isn't for the biggest model, it's for the best model that fits in your pocket.",
    ],
  },
  {
    kind: 'topic', title: 'GitHub makes sub-issues and issue types generally available', keys: ['GitHub', 'sub-issues', 'issue types'],
    paragraphs: [
      "GitHub says sub-issues, issue types and the new advanced issue search are now generally available for everybody, after several months in public preview. Sub-issues let you break a big issue into smaller ones, up to eight levels deep, and see progress on the parent. Issue types let an organization define a shared set of types, like bug, feature and task, instead of everybody inventing their own labels.",
      "The advanced search is the part I've actually been using. You can now combine filters with and and or and parentheses, so you can search for, say, issues that are bugs and are assigned to me or unassigned, in one query. Small thing. Saves a lot of clicking. It's on by default, and there's nothing to install.",
      "And since we're on GitHub, one more from them, unrelated: billing for Copilot premium requests, the ones that go to the more expensive models, has started for paid plans. If you're on a team plan, your admin can now see a usage report and set a budget. If you're suddenly getting a warning in your editor about premium requests, that's why.",
    ],
  },
  {
    kind: 'topic', title: 'Databricks completes its acquisition of Neon', keys: ['Databricks', 'Neon'],
    paragraphs: [
      "Databricks has closed its acquisition of Neon, the serverless Postgres company, in a deal reported at around one billion dollars. Neon's pitch is Postgres that separates storage from compute, so databases can scale to zero when nobody's using them and be branched like a Git repository. That's made it popular with AI agent platforms, which create and throw away huge numbers of small databases. Neon said recently that most of the databases on its platform are now created by agents, not by people.",
      "For Databricks it's a move into transactional databases, next to its analytics platform. Neon says the service continues as is, and its open source code stays under the Apache license. This comes a few weeks after Snowflake announced it's buying Crunchy Data, another Postgres company. So, if you're keeping count, both of the big data platforms now own a Postgres business. Postgres, once again, the most popular guest at the party.",
      "Databricks has already said what it wants to do with it. At its conference in San Francisco earlier this month it announced Lakebase, a managed Postgres service built on Neon's technology, which is meant to sit right next to the lakehouse so applications and analytics share the same data. It's in public preview now.",
      "And the Snowflake deal for Crunchy Data was reported at around two hundred and fifty million dollars. Crunchy is best known for Crunchy Bridge, its managed Postgres, and for a lot of the enterprise Postgres support in government. Snowflake says it'll become Snowflake Postgres. Two different bets, same database. We'll see which one customers actually pick.",
    ],
  },
  {
    kind: 'topic', title: "Let's Encrypt ends OCSP support", keys: ["Let's Encrypt", 'OCSP'],
    paragraphs: [
      "Finally, a heads-up for anybody who runs their own web servers. Let's Encrypt has started the countdown on ending OCSP, the protocol browsers can use to check whether a certificate has been revoked. Starting in August, new certificates won't include an OCSP URL anymore, and the OCSP responders themselves will be shut off later this year. Revocation information will be published only through certificate revocation lists, CRLs.",
      "The reason given is privacy. Every OCSP check tells the certificate authority which site someone is visiting. For most people nothing changes, browsers mostly stopped relying on OCSP a while ago. But if you have a server configured with OCSP must-staple, or you run something like an older mail server that insists on OCSP stapling, check your config before August, because it might refuse to start.",
      "If you use certbot or another standard ACME client and you've never touched any of these settings, you almost certainly don't have to do anything. This is one of those changes that will affect a small number of people a lot, and everybody else not at all.",
    ],
  },
  {
    kind: 'outro', title: 'Goodbye', keys: [],
    paragraphs: [
      "That's it for today. Patch your clusters, clean your Cargo cache, and have a good weekend. Tech Brief is back on Monday, when we\'ll have the first reviews of the new Framework laptop, and I\'ll read some of your emails about Postgres versions, apparently. The links for every story are in the show notes. I'm Nadia Brooks, thanks for listening.",
    ],
  },
];

const SPEAKERS = [{ name: H, aliases: ['Nadia', 'Brooks'] }];

const ENTITIES = {
  required: {
    'Google Cloud': ['Google Cloud'],
    'Service Control': ['Service Control'],
    'Compute Engine': ['Compute Engine'],
    BigQuery: ['BigQuery'],
    'Cloud Storage': ['Cloud Storage'],
    'Identity and Access Management': ['Identity and Access Management'],
    Cloudflare: ['Cloudflare'],
    'Workers KV': ['Workers KV'],
    Rust: ['Rust', 'Rust 1.88'],
    'Rust 1.88': ['Rust 1.88', '1.88'],
    'let chains': ['let chains', 'if let'],
    Cargo: ['Cargo'],
    rustup: ['rustup'],
    Kubernetes: ['Kubernetes'],
    kubelet: ['kubelet'],
    'CVE-2025-4871': ['CVE-2025-4871'],
    GKE: ['GKE', 'Google Kubernetes Engine'],
    EKS: ['EKS', 'Amazon EKS'],
    AKS: ['AKS', 'Azure Kubernetes Service'],
    'Gemma 3n': ['Gemma 3n', 'Gemma'],
    'Hugging Face': ['Hugging Face'],
    Kaggle: ['Kaggle'],
    'llama.cpp': ['llama.cpp'],
    Ollama: ['Ollama'],
    MLX: ['MLX'],
    LMArena: ['LMArena'],
    GitHub: ['GitHub'],
    'sub-issues': ['sub-issues', 'Sub-issues'],
    Databricks: ['Databricks'],
    Neon: ['Neon'],
    Postgres: ['Postgres', 'Postgres 18', 'PostgreSQL', 'PostgreSQL 18'],
    Snowflake: ['Snowflake'],
    'Crunchy Data': ['Crunchy Data'],
    "Let's Encrypt": ["Let's Encrypt"],
    OCSP: ['OCSP', 'OCSP must-staple', 'OCSP stapling'],
    CRL: ['CRLs', 'certificate revocation lists', 'CRL'],
    kubectl: ['kubectl'],
    Copilot: ['Copilot', 'GitHub Copilot'],
    Lakebase: ['Lakebase'],
    certbot: ['certbot'],
    'Crunchy Bridge': ['Crunchy Bridge'],
  },
  tolerated: [
    'Google', 'us-central1', 'API', 'null pointer', 'thundering herd', 'multi-region', 'feature flag', 'naked functions',
    '2024 edition', 'Rust 2024', 'assembly', 'CVE', 'Postgres 18 beta', 'container checkpoint', 'feature gate', '10250',
    'E2B', 'E4B', 'open weights', 'Gemma license', 'AI agent', 'agents', 'Git', 'Apache license', 'issue types',
    'advanced search', 'advanced issue search', 'certificate authority', 'Tech Brief', 'Kubernetes 1.33', '1.33.2', '1.32.6', '1.31.10',
    'serverless', 'Postgres 18', 'Framework', 'Framework laptop', 'ACME', 'Phi', 'Llama', 'Meta', 'Microsoft', 'Apple',
    'San Francisco', 'Iowa', 'SLA', 'Snowflake Postgres', 'status page', 'meetup', 'on-device models', 'lakehouse',
  ],
};

const EPISODE = { show: 'Tech Brief', number: 310, recorded: '2025-06-27', title: null };

// ---- rendering ----------------------------------------------------------------------------
function render(sep) {
  let text = '';
  const segments = [];
  const paragraphs = [];
  for (const s of SEGMENTS) {
    const start = text.length ? text.length + sep.length : 0;
    s.paragraphs.forEach((p) => {
      if (text.length) text += sep;
      paragraphs.push({ start: text.length, end: text.length + p.length, speaker: H });
      text += p;
    });
    if (segments.length) segments.at(-1).end = start;
    segments.push({ kind: s.kind, presenter: H, title: s.title, titleKeys: s.keys, start, end: null });
  }
  text += '\n';
  segments.at(-1).end = text.length;
  return { text, segments, paragraphs };
}

const gold = {
  _source: 'Synthetic episode written by the podtopics developers on 2026-11-22 (data/gold/tech-brief-310/build.mjs); offsets computed by the script.',
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, sep] of [['plain', '\n'], ['oneline', ' ']]) {
  const r = render(sep);
  writeFileSync(join(here, `${key}.txt`), r.text);
  gold.files[key] = { input: `${key}.txt`, length: r.text.length, transcriptStart: 0, segments: r.segments, paragraphs: r.paragraphs };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
