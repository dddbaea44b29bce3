// Builds DevTools Weekly #118 (synthetic, written by the podtopics developers on 2026-11-22):
// labeled.txt (`SURNAME: text` lines, label typos, unlabeled continuation lines), web.txt
// (page header and footer, `mm:ss` prefixes, labels only on the first two paragraphs, first
// words of some paragraphs cut off, URLs dropped) and gold.json with offsets into both.
// Everything comes from the one list of segments and paragraphs below, so offsets are exact.
// Rerun with `node data/gold/devtools-weekly-118/build.mjs` and review the diff. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const P = 'Priya Natarajan';
const S = 'Sam Whitfield';
const SURNAME = { [P]: 'NATARAJAN', [S]: 'WHITFIELD' };

// seg(kind, presenter, title, titleKeys, {mid}) opens a segment at the next paragraph, or, with
// mid: true, at the `§` mark inside the paragraph before it.
// say(speaker, text, opts): lab = label as written in labeled.txt (null: unlabeled continuation),
// cut = number of words the web page lost at the paragraph start, amb = speaker undecidable.
// ⟨...⟩ marks a URL: kept in labeled.txt, dropped (with its trailing punctuation) from web.txt.
const seg = (kind, presenter, title, titleKeys, opts = {}) => ({ seg: kind, presenter, title, titleKeys, ...opts });
const say = (speaker, text, opts = {}) => ({ speaker, text, ...opts });

const SOURCE = [
  seg('intro', P, 'Welcome', []),
  say(P, "Hello and welcome to DevTools Weekly, the show where we dig through the week's JavaScript and web tooling news so you don't have to. This is episode 118, recorded Thursday, May 2nd, 2024. I'm Priya Natarajan.", { lab: 'Priya NATARAJAN' }),
  say(S, "And I'm Sam Whitfield. Hi everybody.", { lab: 'Sam WHITFIELD' }),
  say(P, "Sam, you sound suspiciously awake for this hour."),
  say(S, "I have had, and I'm not proud of this, three espressos. The machine finally got fixed. So if I talk fast, that's why. Also my neighbor is mowing his lawn, so if you hear a lawnmower, that's not a bug in your headphones."),
  say(P, "Before we start, a quick bit of housekeeping. We're both going to be at JSNation in Amsterdam in June, so if you're there, come find us. Sam is the tall one."),
  say(S, "I'm the tall one. Priya is the one who'll be holding stickers. Bring stickers, people love stickers."),
  say(P, "Noted. Okay, we've got a packed one. Five news items, a couple of extras, and I think we actually both agree on everything this week, which never happens. What have you got for us, Sam?"),

  seg('topic', S, 'Vite 5.2 speeds up cold starts and cleans up asset URLs', ['Vite']),
  say(S, "So I want to start with Vite, because Vite 5.2 came out and I've been running it on the day job for about a week now. The headline for me is cold start. We have this big, kind of crusty admin app, something like eleven hundred modules, and the dev server used to take, I timed it, around nine seconds to be usable on a fresh clone. With 5.2 it's a bit under four. And that's without touching our config at all.", { cut: 0 }),
  say(P, "Oh nice."),
  say(S, "Yeah. Most of that comes from the dependency pre-bundling getting smarter. It still uses esbuild for that step, but it's better at figuring out which dependencies actually changed, so it's not re-crawling everything every time your lock file moves. And the other thing, which is tiny but it bit us, is the way asset URLs work. If you do new URL, then a relative path, comma import.meta.url, that pattern now gets rewritten the same way in dev and in the production build. Before, we had a case where it worked in dev, then in the build it pointed at the wrong folder because the file got inlined."),
  say(P, "Wait, so the import.meta.url thing was just broken before?"),
  say(S, "Not broken, more like, inconsistent. It worked if you followed the happy path. We had a worker file imported from a package, and the package was symlinked because it's a monorepo, and that's where it fell over. Which, you know, is every bug I've ever had. It's always the monorepo.", { lab: 'WHITFILED' }),
  say(P, "It's always the monorepo. Somebody should put that on a mug."),
  say(S, "Somebody probably has. The other thing I'll mention is the Rollup side. Vite still uses Rollup for production builds, and there's all this talk about Rolldown, the Rust port, eventually replacing both esbuild and Rollup inside Vite. That's not in 5.2. People keep asking me if it's in there. It's not. There's an experimental branch, and the release notes are pretty clear that it's further out."),
  say(P, "Can I ask a dumb question about Rolldown? Because I keep seeing it and I—"),
  say(S, "It's not dumb."),
  say(P, "—I don't actually get why they need it. Like, esbuild is fast, Rollup has the plugin ecosystem, why not keep both?"),
  say(S, "So that's exactly the problem. Having both means dev and prod go through two different pipelines, and every once in a while they disagree. That's literally the import.meta.url bug I just described. Different tool, different rules. The pitch for Rolldown is one bundler, a Rollup compatible plugin API, but fast like ES build, so dev and build behave the same. Whether they pull it off, we'll see. Evan You gave a talk about it at ViteConf and the numbers looked great, but numbers in a talk always look great."),
  say(P, "Numbers in a talk. Yeah.", { lab: 'NATARJAN' }),
  say(S, "Oh, and Vitest, the test runner that's built on Vite, picked up the new version the same week, so if you use Vitest you get the faster startup there too. Our CI went down by about a minute per run. Which over a month actually adds up.", { cut: 1 }),
  say(S, "And if you're upgrading from 4, read the migration guide, because the Node support changed. Vite 5 dropped Node 14 and 16, so you want 18 or newer. Which, honestly, if you're still on 16 in 2024, we should talk.", { lab: null }),
  say(P, "We should talk. Is there a link?"),
  say(S, "Yeah, the release post is at ⟨vitejs.dev/blog⟩, and I'll put the changelog in the show notes too."),

  seg('topic', P, 'Bun 1.1 adds Windows support', ['Bun', 'Windows']),
  say(P, "Okay, so mine is related in that it's also about things getting faster, which is apparently the only thing JavaScript tooling does now. Bun 1.1 is out, and the big thing is Windows. Native Windows support. Not WSL, actual Windows.", { cut: 0 }),
  say(S, "Huh. Finally."),
  say(P, "Right? This has been the number one complaint. I know a ton of people who wanted to try Bun and then they're on a Windows laptop at work and that's the end of the conversation. So 1.1 runs on Windows 10 and 11, and they claim that something like ninety-eight percent of their test suite passes on Windows now. Bun install on Windows is, according to their benchmark, way faster than npm or yarn. I tried it on my partner's gaming PC, which, don't tell him."),
  say(S, "You installed a JavaScript runtime on his gaming PC?"),
  say(P, "For science. And, honestly, bun install on a medium sized project was really fast. The part I care about more though is the Node compatibility story. Bun's whole pitch is that it's a drop-in replacement for Node, and people have been burned by that, because drop-in works until it doesn't. So I ran our test suite at work, which is on Node 22.1, through bun test. And it got most of the way. Things fell over around the native modules, we have one dependency that uses a node-gyp build, and that just didn't work on Windows."),
  say(P, "I want to be fair to them, that's a hard problem, and it's one library. But if you're thinking about moving a production service to Bun, I would not do that based on a benchmark chart. Try your actual app.", { lab: null }),
  say(S, "Right. And the benchmark charts, I mean, every runtime has a chart where it's the fastest."),
  say(P, "Every single one. Deno has a chart, Bun has a chart, I'm sure somewhere there's a Node chart."),
  say(S, "I'm going to make a chart where my laptop is the fastest. So what else is in 1.1? I saw something about a shell."),
  say(P, "Yes, the Bun Shell. It's this cross-platform shell thing you use from JavaScript, with a tagged template literal. So you write dollar sign, backtick, and then something like rm dash rf dist, and it works on Windows and macOS and Linux the same way, because Bun implements those commands itself instead of calling bash. Which is actually kind of a big deal for build scripts, because right now half of the package.json scripts I see in the wild break on Windows because somebody used rm or cp."),
  say(S, "Oh, that's clever. That's the rimraf problem.", { lab: 'WHITFIELD' }),
  say(P, "Exactly the rimraf problem."),
  say(S, "Did they do anything about the lock file, though? Because the binary lock file is the thing that stops me. I can't review a binary diff in a pull request."),
  say(P, "Not in 1.1. It's still bun.lockb, it's still binary. There's a way to print it out as a yarn lock file so a human can read it, but it's not the default. I think they know. There's a GitHub issue about it with, like, a thousand thumbs up."),
  say(S, "A thousand and one now."),
  say(P, "Anyway, there's a bunch more in the release, they've got a bundler, there's a SQLite driver built in, but the Windows thing is the story. The release post is ⟨bun.sh/blog/bun-v1.1⟩ and they did a video as well, which, sure."),

  seg('topic', S, 'TC39 Signals proposal reaches stage 1', ['Signals', 'TC39']),
  say(S, "All right. Mine is a little more standards-y. There's a new TC39 proposal for signals. So, for folks who don't follow TC39, that's the committee that decides what goes into JavaScript the language, and proposals go through stages, zero to four. This one is at stage 1 now."),
  say(P, "And signals meaning the reactive thing? Like Solid?"),
  say(S, "Like Solid, like Preact signals, like what Angular moved to, like Vue's refs, kind of. The idea is that basically every framework has reinvented the same primitive: a value you can read, and when it changes, anything that read it gets recomputed. And every framework has its own slightly incompatible version. So the proposal is to put a common Signal object into the language. There's Signal.State, which holds a value, and Signal.Computed, which derives from other signals."),
  say(P, "Okay, but doesn't Angular already— sorry, go ahead."),
  say(S, "No, no, go."),
  say(P, "Doesn't Angular already have its own signals? Would they really rewrite on top of this?"),
  say(S, "They've said they're interested, and I think somebody from the Angular team is one of the champions. But interested, in committee language, can mean anything from we're shipping it next month to we read the email."),
  say(P, "We read the email. That's most of my job too."),
  say(S, "Anyway.", { lab: null, amb: true }),
  say(P, "Hmm. So would React use it?"),
  say(S, "That's the question everybody asks and the honest answer is nobody knows. The proposal is explicitly not trying to be the API that app developers use directly. It's more of a foundation for frameworks, so that, for example, a Solid component and a Vue component could share reactive state without glue code. The authors actually include people from a bunch of frameworks, which I think is why it got to stage 1 pretty smoothly."),
  say(P, "I'm a little skeptical, if I'm honest. Not about signals, signals are great, but about putting them in the language now. What happens in five years when the frameworks have all moved on to the next thing and we're stuck with Signal.Computed forever?"),
  say(S, "That's fair. That's the smooshgate problem. Once it's in the language, it's in the language.", { lab: 'WHITFIELD' }),
  say(P, "Right. You can't take it out.", { lab: 'NATARJAN' }),
  say(P, "And how long until it's, you know, real? Is this going to be another Temporal, where it sits at stage 3 for years?"),
  say(S, "Ha. I mean, Temporal is a much bigger thing, it's the whole date and time library. But yeah, I'd guess years, plural. Stage 1 to stage 4 for anything with this much surface area is not quick. Which is fine. I'd rather they take their time than ship another Date object."),
  say(S, "But I'll say this, stage 1 means the committee agrees the problem is worth solving. It doesn't mean this API ships. It could look totally different by stage 3. There's a polyfill on npm if you want to play with it, and I did, and it's fine. It's about what you'd expect. The repo is on GitHub under ⟨github.com/tc39/proposal-signals⟩ and the readme is honestly a good explainer even if you never use it."),
  say(P, "Cool. I'll read it on the plane. §Okay, let's take a quick break. This episode is brought to you by Tracewell. Tracewell is error monitoring and tracing built for JavaScript teams, front end and back end. You drop in their SDK, it's a couple of lines, and you get stack traces with your original source maps, so you're not staring at line one column forty-thousand of a minified bundle."),

  seg('sponsor', P, 'Sponsor: Tracewell', ['Tracewell'], { mid: true }),
  say(P, "The part I like is that it ties a front end error to the back end request that caused it, so when a user clicks a button and something blows up three services away, you see the whole path in one view. They support Node, Deno and Bun, and they've got a generous free tier for side projects. Try it at ⟨tracewell.dev/devtools⟩ and use the code DEVTOOLS for three months of the team plan. Thanks to Tracewell for supporting the show.", { lab: null }),

  seg('topic', P, 'Deno KV can now be self-hosted with denokv', ['Deno KV', 'denokv']),
  say(S, "Okay, I know you've been itching to talk about this one, because you sent me like four messages about it on Tuesday."),
  say(P, "I did, I did. So, Deno KV. Quick refresher: Deno KV is the key value database that's built into the Deno runtime. You open it with Deno.openKv, you get a handle, and you can set and get keys, and it has atomic transactions, which is nice. On your laptop it's backed by SQLite. And on Deno Deploy, their hosting, it's backed by FoundationDB and it's replicated around the world.", { cut: 3 }),
  say(S, "Right, and the knock on it was always lock-in."),
  say(P, "Exactly. The knock was, it's great, but the moment you use it in production you're on Deno Deploy forever. And now they've open sourced a standalone server called denokv, it's a single binary, and you can run it yourself, in a Docker container, wherever. Then your Deno app connects to it over HTTP with an access token. So you can self-host."),
  say(S, "Is it the same thing they run on Deploy? Or is it the, sort of, community edition?"),
  say(P, "It's not the same. This is the thing I went back and forth on. The self-hosted one is SQLite underneath, not FoundationDB. So you don't get the global replication. It's a single node, and they have this thing where you can continuously back it up to S3 or Google Cloud Storage, and then restore from that. So it's closer to, like, a very convenient SQLite server than to their managed product."),
  say(S, "Huh. Which is honestly what most people need."),
  say(P, "Honestly, yes. My side project has eleven users and four of them are me.", { lab: 'NATARAJAN' }),
  say(S, "The four of you are very loyal.", { lab: null }),
  say(S, "So how hard was it to actually set up? You tried it, right?"),
  say(P, "I tried it Tuesday night, that's why the messages. It was, honestly, ten minutes. Docker run, pass it an access token, and point the app at the URL with Deno.openKv and the token in an environment variable. The only thing that tripped me up was that the token has to be in one specific variable, DENO_KV_ACCESS_TOKEN, and I'd named it something else and got a really unhelpful error. Which, fine, that's on me, but the error could be better."),
  say(S, "Did you file an issue?"),
  say(P, "I filed an issue. Look at me, contributing to open source."),
  say(P, "Oh, and there's a Node client now too, on npm, so you can use KV from Node, not only from Denno. Which I think is a smart move, because a lot of people aren't going to switch runtimes just to get a database.", { cut: 0 }),
  say(S, "One thing I'd want to know before I used it. What about the, you know, the queue stuff? Because KV also had that enqueue API."),
  say(P, "Queues are in there, listenQueue and enqueue both work against the self-hosted server. Cron, I don't think so, that's still a Deploy thing. The announcement is on ⟨deno.com/blog⟩ and the code is on GitHub."),

  seg('topic', S, 'Ferrule: a tiny typed retry helper', ['Ferrule', 'retry']),
  say(P, "All right Sam, last one. What's the small thing?"),
  say(S, "So this is a brand-new library. It's a thing called Ferrule. Like the metal ring on a pencil that holds the eraser. I found it because somebody posted it in a Discord I'm in, it has, I think, two hundred stars on GitHub, and it's about a week old. It does one thing. It's a retry helper. You wrap an async function and it retries it with backoff.", { cut: 2 }),
  say(P, "There are, like, forty of those."),
  say(S, "There are forty of those! I said the same thing. But here's why I liked it. First, it's tiny, under one kilobyte minified and gzipped, zero dependencies. Second, it takes an AbortSignal all the way through, so if the user navigates away, the retries stop, which half of the retry libraries I've used just ignore. And third, the types. If you tell it which errors are retryable, with a type guard, then the error you get back at the end is typed as the errors that weren't. So in TypeScript you actually know what can come out of it."),
  say(P, "Oh, okay, that's nice. That last one is nice."),
  say(P, "How does it compare to p-retry, though? Because that's the one I always reach for."),
  say(S, "p-retry is great, I've used it forever. The difference is mostly the error typing, and that Ferrule doesn't pull in anything. I'm not telling anybody to rip p-retry out. If it works, it works."),
  say(S, "And it works in Node, Bun, Deno, the browser, Cloudflare Workers. Everywhere that has fetch and AbortController, basically. I rewrote one of our API clients to use it, and it went from a seventy line homemade retry loop with a bug in it to, like, six lines."),
  say(P, "With a bug in it. How did you know there was a bug?"),
  say(S, "Because the tests for Ferule caught a case that our loop had wrong. We were retrying on a four twenty-nine but not reading the Retry-After header, so we were hammering the API. Ferrule reads Retry-After if you turn that on. So, ten out of ten, would get rate limited again.", { lab: 'Sam WHITFEILD' }),
  say(P, "Now, the obvious caveat, it's a week old. One maintainer."),
  say(S, "One maintainer, version 0.3. Don't bet the company on it. But read the source, it's maybe two hundred lines, it's a nice read. It's on npm as ferrule and the repo is ⟨github.com/ferrule-js/ferrule⟩."),

  seg('extra', P, "Priya's extra: Node 22.1 and require(esm)", ['Node 22.1', 'Node 22', 'require(esm)']),
  say(S, "That's our five. Do you have any extras, Priya?"),
  say(P, "I've got one quick one. Node 22.1 came out, it's a small point release after 22, but I wanted to mention it because of the require of ESM work. In Node 22 there's a flag, experimental-require-module, that lets you require an ES module from CommonJS, as long as it doesn't use top-level await. 22.1 fixed a couple of the rough edges there. It's still behind the flag. But if you maintain a library and you've been shipping dual packages, CommonJS and ESM, just because of require, this is the thing that might eventually let you stop.", { cut: 0 }),
  say(S, "The dual package hazard. My nemesis."),
  say(P, "Everyone's nemesis. Also Node 22 becomes LTS in October, so that's the one to plan for."),
  say(S, "Is anybody actually using the flag in production?"),
  say(P, "I mean, somebody is, because somebody always is. But I wouldn't. I'd use it in a test branch to see which of your dependencies would break, that's the useful part right now. You turn the flag on, run the suite, and you find out which packages you could drop the CommonJS build for."),

  seg('extra', S, "Sam's extra: moving a blog from Gatsby to Astro", ['Astro', 'Gatsby']),
  say(P, "What about you?"),
  say(S, "Mine is personal. I finally moved my blog off Gatsby. It's been on Gatsby since, I want to say, 2019, and every time I wanted to write a post I had to first spend an hour fighting a GraphQL error from a plugin I don't remember installing. So I moved it to Astro. It took one weekend. Most of the posts were Markdown already, so it was mostly copying folders and fixing image paths.", { cut: 0 }),
  say(P, "And you wrote a post about moving your blog."),
  say(S, "Of course I wrote a post about moving my blog. That's the law. It's the only post I've written this year."),
  say(P, "Did you use the content collections thing? I keep hearing about it."),
  say(S, "I did. You define a schema for your posts' frontmatter with Zod, and then if a post is missing a date or has a typo in a tag, the build fails and tells you which file. Which found, I'm embarrassed to say, nine posts with broken dates. Some of them from 2019 said 2091."),
  say(P, "Your blog is from the future."),
  say(S, "My blog is from the future. It's the most advanced blog on the internet.", { lab: null }),

  seg('outro', P, 'Goodbye', []),
  say(P, "Amazing. Okay, that's the show. Thanks everybody for listening, and thanks to Tracewell for sponsoring."),
  say(S, "Thanks everyone. See you next week."),
  say(P, "And see you at JSNation, maybe."),
  say(S, "With stickers."),
  say(P, "You've been listening to DevTools Weekly. Show notes and links for everything we talked about are at ⟨devtoolsweekly.fm/118⟩. If you've got a tool or a library you want us to cover, send it our way on Mastodon. For Sam Whitfield, I'm Priya Natarajan. Bye!", { lab: null }),
];

const SPEAKERS = [
  { name: P, aliases: ['Priya NATARAJAN', 'NATARAJAN', 'NATARJAN', 'Priya', 'Natarajan'] },
  { name: S, aliases: ['Sam WHITFIELD', 'WHITFIELD', 'WHITFILED', 'WHITFEILD', 'Sam WHITFEILD', 'Sam', 'Whitfield'] },
];

const ENTITIES = {
  required: {
    Vite: ['Vite'],
    'Vite 5.2': ['Vite 5.2', '5.2'],
    esbuild: ['esbuild', 'ES build'],
    Rollup: ['Rollup'],
    Rolldown: ['Rolldown'],
    'import.meta.url': ['import.meta.url'],
    Bun: ['Bun', 'Bun 1.1'],
    'Bun Shell': ['Bun Shell'],
    'Node.js': ['Node', 'Node 22.1', 'Node 22', 'Node.js'],
    'Node 22.1': ['Node 22.1', '22.1', 'Node.js 22.1'],
    Windows: ['Windows'],
    npm: ['npm'],
    rimraf: ['rimraf'],
    TC39: ['TC39'],
    Signals: ['signals', 'Signal.State', 'Signal.Computed'],
    Solid: ['Solid'],
    Preact: ['Preact', 'Preact signals'],
    Angular: ['Angular'],
    Vue: ['Vue'],
    React: ['React'],
    Tracewell: ['Tracewell'],
    Deno: ['Deno', 'Denno'],
    'Deno KV': ['Deno KV', 'KV'],
    'Deno Deploy': ['Deno Deploy', 'Deploy'],
    denokv: ['denokv'],
    SQLite: ['SQLite'],
    FoundationDB: ['FoundationDB'],
    Ferrule: ['Ferrule', 'Ferule', 'ferrule'],
    TypeScript: ['TypeScript'],
    AbortSignal: ['AbortSignal', 'AbortController'],
    'Cloudflare Workers': ['Cloudflare Workers'],
    'require(esm)': ['experimental-require-module', 'require of ESM', 'require(esm)'],
    Gatsby: ['Gatsby'],
    Astro: ['Astro'],
    Vitest: ['Vitest'],
    'p-retry': ['p-retry'],
    Zod: ['Zod'],
  },
  tolerated: [
    'JavaScript', 'ESM', 'ES module', 'CommonJS', 'Rust', 'WSL', 'yarn', 'Windows 10', 'Windows 11', 'macOS', 'Linux', 'bash',
    'package.json', 'node-gyp', 'bun install', 'bun test', 'Node 14', 'Node 16', 'Vite 5', 'Vite 4', 'Node 18', 'Docker', 'S3',
    'Google Cloud Storage', 'HTTP', 'GitHub', 'Discord', 'Mastodon', 'GraphQL', 'Markdown', 'fetch', 'Retry-After', 'LTS',
    'Deno.openKv', 'listenQueue', 'enqueue', 'cron', 'Signal', 'smooshgate', 'polyfill', 'SDK', 'source maps', 'monorepo',
    'rm', 'cp', 'DevTools Weekly', 'devtoolsweekly.fm', 'Mastodon', 'lock file', 'dual package hazard', 'Node 22 LTS', 'Node.js', 'Node.js 22', 'Node.js 22.1', 'ViteConf', 'JSNation', 'Evan You', 'bun.lockb', 'DENO_KV_ACCESS_TOKEN', 'Temporal', 'Date', 'content collections', 'frontmatter', 'CI', 'Docker run',
  ],
};

const EPISODE = { show: 'DevTools Weekly', number: 118, recorded: '2024-05-02', title: 'Bun on Windows, signals in the language, and self-hosted Deno KV' };

// ---- rendering ----------------------------------------------------------------------------
const curly = (s) => s.replace(/(\w)'(\w)/g, '$1’$2').replace(/(\s)'(\w)/g, '$1‘$2');
const labeledText = (t) => curly(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const webText = (t) => curly(t.replace(/\s?⟨[^⟩]*⟩[.,]?/g, ''));
const mmss = (sec) => `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;

/** Lays the paragraphs out; `piece(i, para, text)` gives the line text before the spoken words. */
function render({ header, footer, sep, prefix, words, trailer = '' }) {
  let out = header;
  const paragraphs = [];
  const segments = [];
  let pendingMid = null;
  let open = null;
  let i = 0;
  const firstStart = header.length;
  for (const item of SOURCE) {
    if (item.seg) {
      const start = item.mid ? pendingMid : (segments.length ? out.length + sep.length : firstStart);
      if (start == null) throw new Error(`mid segment ${item.title} without a § mark`);
      if (open) open.end = start;
      open = { kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start, end: null };
      segments.push(open);
      pendingMid = null;
      continue;
    }
    if (i > 0) out += sep;
    const start = out.length;
    const pre = prefix(i, item);
    let body = words(i, item);
    const mark = body.indexOf('§');
    body = body.replace('§', '');
    out += pre + body;
    if (mark >= 0) pendingMid = start + pre.length + mark + (body[mark] === ' ' ? 1 : 0);
    const para = { start, end: out.length, speaker: item.speaker };
    if (item.amb) para.ambiguous = true;
    paragraphs.push(para);
    i++;
  }
  out += footer + trailer;
  open.end = out.length;
  return { text: out, transcriptStart: firstStart, paragraphs, segments };
}

// labeled.txt: first line of each host uses the full label; later lines the surname unless given.
const seen = new Set();
const labeled = render({
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => {
    if (p.lab === null) return '';
    const lab = p.lab ?? (seen.has(p.speaker) ? SURNAME[p.speaker] : `${p.speaker.split(' ')[0]} ${SURNAME[p.speaker]}`);
    seen.add(p.speaker);
    return `${lab}: `;
  },
  words: (i, p) => labeledText(p.text),
});

// web.txt: real timestamps from a speaking rate of ~155 words a minute plus pauses between turns.
const times = [];
{
  let t = 0;
  for (const p of SOURCE.filter((x) => !x.seg)) { times.push(t); t += labeledText(p.text).split(/\s+/).length / 2.6 + 0.7; }
}
const webHeader = [
  'DevTools Weekly', 'Episodes   Guests   Sponsor the show   Subscribe', '',
  '« Back to episode 118', '', 'Transcript for Episode 118:', 'Bun on Windows, signals in the language, and self-hosted Deno KV', '',
  'Recorded on Thursday, May 2, 2024.', '', '',
].join('\n');
const webFooter = '\n\n« Back to episode 118\n\n© 2024 DevTools Weekly · Hosted by Priya Natarajan and Sam Whitfield · RSS · Privacy';
const web = render({
  header: webHeader, footer: webFooter, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `${mmss(times[i])} ${i < 2 ? SURNAME[p.speaker] + ': ' : ''}`,
  words: (i, p) => {
    const t = webText(p.text);
    return p.cut ? t.split(' ').slice(p.cut).join(' ') : t;
  },
});

const gold = {
  _source: 'Synthetic episode written by the podtopics developers on 2026-11-22 (data/gold/devtools-weekly-118/build.mjs); offsets computed by the script.',
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, r] of Object.entries({ labeled, web })) {
  writeFileSync(join(here, `${key}.txt`), r.text);
  gold.files[key] = { input: `${key}.txt`, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
