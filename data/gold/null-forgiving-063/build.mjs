// Builds Null Forgiving #63 (SYNTHETIC held-out episode, heldout10) from source.mjs: a two-host weekly .NET
// news show (Janneke Visser, who opens it, and Tobias Ferraro). Intro; Tobias: .NET 10, starting
// MID-PARAGRAPH at the end of Janneke's intro turn; Janneke: C# 14; Janneke: file-based apps, starting at a
// Rev block split inside Janneke's turn (mid-line in labeled.txt); [sponsor "Quayside", read by Tobias];
// Tobias: Aspire 13, starting MID-PARAGRAPH at the end of the sponsor read; Janneke: Visual Studio 2026 and
// slnx; Tobias: the licensing wave; Janneke: listener mail; picks (Tobias, then Janneke; kind extra); outro.
//
// Renders
//   rev.txt      a Rev.com-style text export: blocks of `Full Name (hh:mm:ss):` on their own line, the
//                block's text on the next line (one line), a blank line between blocks, no header and no
//                footer. Long turns are split into consecutive blocks with the SAME name and a new
//                timestamp (`¦` in the source). One block's name has a typo ("Tobias Ferrero"). Rev's tags:
//                `[crosstalk hh:mm:ss]`, `[inaudible hh:mm:ss]`, `[laughs]`. Straight apostrophes, as the
//                service writes them. Times come from ~2.6 spoken words a second, 0.6 s between speakers,
//                0.3 s before a same-speaker paragraph and 0.5 s at a split; the audio starts at 1.4 s (a
//                jingle before that). Gold paragraphs = one per block, the text line only. A segment starts at
//                the name line of its first block, or at the `§` inside a block (or at the block, when the
//                `§` opens a split block). The first starts at 0, the last ends at the end of the file.
//                transcriptStart = 0.
//   labeled.txt  the twin: `Full Name: text`, the FULL name on every line, one paragraph per line, every turn
//                whole (no splits), every name right, no Rev tags (the inaudible words are there), curly
//                apostrophes. Rendered with the shared `render`. Gold paragraphs = the text AFTER the label.
//   gold.json    offsets into both files, all computed here. Uses `render`, `labeledText` and
//                `segmentTracker` from the shared renderer (/work/main/data/gold/build-episode.mjs,
//                unmodified). Rerun with `node build.mjs` in this folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, TYPO } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'null-forgiving-063';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const hhmmss = (sec) => { const s = Math.floor(sec); return `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`; };
const isTag = (w) => w === '{xt}';

// --- rev.txt ------------------------------------------------------------------------------------
// Each block's words are timed one by one; `{xt}` becomes `[crosstalk t]`, `⟦words⟧` becomes `[inaudible t]`
// (the time of the hidden words' first word), `[laughs]` stays and is not timed.
function revBody(raw, t0) {
  let t = t0;
  const out = [];
  const tokens = raw.split(/\s+/).filter(Boolean);
  let hidden = null;
  for (const tok of tokens) {
    if (isTag(tok)) { out.push(`[crosstalk ${hhmmss(t)}]`); continue; }
    if (tok === '[laughs]') { out.push(tok); continue; }
    if (hidden) {
      if (tok.includes('⟧')) { const after = tok.slice(tok.indexOf('⟧') + 1); out.push(`[inaudible ${hhmmss(hidden)}]${after}`); hidden = null; }
      t += 1 / WPS;
      continue;
    }
    if (tok.startsWith('⟦')) {
      if (tok.includes('⟧')) out.push(`[inaudible ${hhmmss(t)}]${tok.slice(tok.indexOf('⟧') + 1)}`);
      else hidden = t;
      t += 1 / WPS;
      continue;
    }
    out.push(tok);
    t += 1 / WPS;
  }
  return { text: out.join(' '), end: t };
}
let rev = '';
const rParas = [];
const tracker = segmentTracker();
let typos = 0, splits = 0;
{
  let t = 1.4, prev = null;
  for (const item of SOURCE) {
    if (item.seg) { tracker.seg(item); continue; }
    if (prev) t += prev.speaker === item.speaker ? 0.3 : 0.6;
    const label = item.rev === 'typo' ? TYPO[item.speaker] : item.speaker;
    if (item.rev === 'typo') typos++;
    const blocks = item.text.split(/\s*¦\s*/);
    splits += blocks.length - 1;
    blocks.forEach((raw, k) => {
      if (k > 0) t += 0.5;
      if (rev) rev += '\n\n';
      const blockStart = rev.length;
      tracker.block(blockStart);
      rev += `${label} (${hhmmss(t)}):\n`;
      const mark = raw.indexOf('§');
      const { text: body, end } = revBody(raw.replace('§', mark >= 0 && raw[mark + 1] !== ' ' ? '' : '§'), t);
      if (/§/.test(body)) throw new Error('§ must be glued to the next word');
      if (mark >= 0) {
        // the `§` word's position in the rendered body: count the words before it
        const before = revBody(raw.slice(0, mark), t).text;
        tracker.mark(mark === 0 ? blockStart : rev.length + before.length + 1);
      }
      rParas.push({ start: rev.length, end: rev.length + body.length, speaker: item.speaker });
      rev += body;
      t = end;
    });
    prev = item;
  }
  rev += '\n';
  tracker.close(rev.length);
  if (typos !== 1) throw new Error(`expected 1 typo, got ${typos}`);
}

// --- labeled.txt --------------------------------------------------------------------------------
const plainWords = (t) => labeledText(t.replace(/\s*¦\s*/g, ' ').replace(/ ?\{xt\}/g, '').replace(/[⟦⟧]/g, '').replace(/\[laughs\]/g, '(laughs)'));
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => `${p.speaker}: `, speechOnly: true,
  words: (i, p) => plainWords(p.text),
});

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Null Forgiving', number: 63, recorded: '2025-11-19', title: '.NET 10, C# 14, one-file apps and the year of the license' };
const ENTITIES = {
  required: {
    '.NET': ['.NET', 'dotnet'],
    '.NET 10': ['.NET 10'],
    '.NET 9': ['.NET 9'],
    '.NET 8': ['.NET 8'],
    '.NET Conf': ['.NET Conf'],
    'C#': ['C#'],
    'C# 14': ['C# 14'],
    'C# 3': ['C# 3'],
    LTS: ['LTS', 'long-term support'],
    STS: ['STS', 'standard term support'],
    Microsoft: ['Microsoft'],
    'Visual Studio': ['Visual Studio'],
    'Visual Studio 2026': ['Visual Studio 2026', '2026'],
    'Visual Studio 2022': ['2022'],
    'Blazor': ['Blazor'],
    'Blazor Web App': ['Blazor Web App', 'Blazor Web Apps', 'Blazor United'],
    JIT: ['JIT'],
    IEnumerable: ['IEnumerable', 'IEnumerable of T'],
    'AVX10.2': ['AVX10.2'],
    'Native AOT': ['Native AOT'],
    'ML-KEM': ['ML-KEM'],
    'ML-DSA': ['ML-DSA'],
    NIST: ['NIST'],
    OpenSSL: ['OpenSSL', 'OpenSSL 3.5'],
    Linux: ['Linux'],
    Windows: ['Windows'],
    NuGet: ['NuGet'],
    'global.json': ['global.json'],
    'EF Core': ['EF Core', 'EF Core 10', 'EF'],
    LINQ: ['LINQ'],
    LeftJoin: ['LeftJoin'],
    RightJoin: ['RightJoin'],
    GroupJoin: ['GroupJoin'],
    'named query filters': ['named query filters', 'query filters'],
    'SQL Server 2025': ['SQL Server 2025', 'SQL Server'],
    'Azure SQL': ['Azure SQL'],
    'field keyword': ['field keyword', 'field'],
    'extension members': ['extension members', 'extension block', 'extension properties', 'static extension members'],
    'extension methods': ['extension methods'],
    'null-conditional assignment': ['null-conditional assignment'],
    nameof: ['nameof'],
    Span: ['Span'],
    ReadOnlySpan: ['ReadOnlySpan'],
    'partial constructors': ['partial constructors', 'partial events'],
    'source generators': ['source generators'],
    LangVersion: ['LangVersion'],
    'file-based apps': ['file-based apps'],
    'dotnet run': ['dotnet run', 'dotnet run app dot cs'],
    csproj: ['csproj'],
    '#:package': ['hash colon package'],
    '#:sdk': ['hash colon sdk'],
    '#:property': ['hash colon property'],
    Humanizer: ['Humanizer'],
    'minimal API': ['minimal API'],
    MSBuild: ['MSBuild'],
    'dotnet project convert': ['dotnet project convert'],
    PowerShell: ['PowerShell'],
    dnx: ['dnx'],
    npx: ['npx'],
    'dotnet tool install': ['dotnet tool install', 'global tools'],
    Quayside: ['Quayside'],
    'GitHub Actions': ['GitHub Actions'],
    'Azure Pipelines': ['Azure Pipelines'],
    YAML: ['YAML'],
    Aspire: ['Aspire', 'Aspire 13', '.NET Aspire'],
    AppHost: ['AppHost', 'apphost dot cs'],
    PostgreSQL: ['Postgres'],
    Redis: ['Redis'],
    OpenTelemetry: ['OpenTelemetry'],
    Python: ['Python'],
    JavaScript: ['JavaScript'],
    Vite: ['Vite'],
    npm: ['npm', 'npm install'],
    Flask: ['Flask'],
    'aspire CLI': ['aspire CLI', 'aspire run', 'aspire deploy'],
    'aspire.dev': ['aspire dot dev'],
    Docker: ['Docker'],
    Podman: ['Podman'],
    'GitHub Copilot': ['Copilot'],
    slnx: ['slnx', 'dot slnx'],
    sln: ['sln', 'sln file'],
    XML: ['XML'],
    'dotnet new sln': ['dotnet new sln'],
    'dotnet sln migrate': ['dotnet sln migrate'],
    Rider: ['Rider'],
    FluentAssertions: ['FluentAssertions', 'FluentAssertions 6'],
    Xceed: ['Xceed'],
    'Apache 2.0': ['Apache 2', 'Apache'],
    MediatR: ['MediatR'],
    AutoMapper: ['AutoMapper'],
    'Lucky Penny Software': ['Lucky Penny Software', 'Lucky Penny'],
    MassTransit: ['MassTransit'],
    IdentityServer: ['IdentityServer'],
    Duende: ['Duende'],
    Moq: ['Moq'],
    SponsorLink: ['SponsorLink'],
    git: ['git config', 'git'],
    AwesomeAssertions: ['AwesomeAssertions'],
    Shouldly: ['Shouldly'],
    'Assert.Equal': ['Assert dot Equal'],
    'GitHub Sponsors': ['GitHub Sponsors'],
    'ASP.NET': ['ASP.NET'],
    'ASP.NET Core': ['ASP.NET Core'],
    '.NET Framework': ['.NET Framework', '.NET Framework 4.8'],
    WebForms: ['WebForms'],
    WCF: ['WCF'],
    CoreWCF: ['CoreWCF'],
    'Razor Pages': ['Razor Pages'],
    YARP: ['YARP'],
    'System.Web adapters': ['System.Web adapters'],
    'Upgrade Assistant': ['Upgrade Assistant'],
    'GitHub Copilot app modernization': ['Copilot app modernization', 'app modernization'],
    'Spectre.Console': ['Spectre.Console'],
    'Spectre.Console.Cli': ['Spectre.Console.Cli'],
    'Dependency Injection Principles, Practices, and Patterns': ['Dependency Injection Principles, Practices, and Patterns'],
    DbContext: ['DbContext'],
  },
  tolerated: [
    'devirtualization', 'devirtualize', 'escape analysis', 'post-quantum cryptography', 'vector search',
    'Null Forgiving', 'nullforgiving.fm', 'null forgiving dot fm', 'null forgiving dot fm slash sixty-three', 'quayside.dev', 'quayside dot dev', 'quayside dot dev slash null',
    'Utrecht', 'Denver', 'Ghent', 'Maud', 'Stephen Toub', 'Toub', 'Jimmy Bogard', 'Bogard', 'Mark Seemann', 'Steven van Deursen', 'Seemann', 'van Deursen',
    'keynote', 'support policy', 'patches', 'performance', 'performance improvements', 'blog post', 'deabstraction', 'inline', 'inlining', 'for loop', 'array', 'arrays',
    'stack', 'heap', 'garbage collection', 'GC', 'hardware', 'key encapsulation', 'signatures', 'harvest now, decrypt later', 'harvest now decrypt later', 'government', 'banking',
    'target framework', 'analyzer', 'analyzer warning', 'warnings as errors', 'build', 'LINQ operators', 'SelectMany', 'DefaultIfEmpty', 'left join', 'soft delete', 'soft-delete filter',
    'tenant filter', 'entity', 'backing field', 'getter', 'setter', 'accessor', 'Trim', 'at-field', 'this dot field', 'receiver', 'static factory method', 'this-parameter',
    'IsEmpty', 'question-mark dot', 'unbound generic types', 'List', 'implicit conversions', 'library authors', 'partial', 'C# file', 'app dot cs', 'app.cs', 'script', 'scripts', 'Mac',
    'chmod', 'user bin env dotnet', 'directives', 'package', 'packages', 'web SDK', 'SDK', '.NET 10 SDK', 'MSBuild properties', 'project', 'solution', 'repo', 'README', 'tool', 'tools',
    'dash g', 'CI', 'build agents', 'SDKs', 'restore', 'tests', 'test', 'commit', 'AI', 'Python app', 'virtual environment', 'front end', 'API', 'connection strings', 'traces', 'logs',
    'distributed system', 'laptop', 'production', 'cloud bill', 'containers', 'container', 'architecture', 'consulting', 'internal version', '18', 'themes', 'extensions', 'chat',
    'AI-native IDE', 'IDE', 'GUIDs', 'Global sections', 'merge conflicts', 'regex', 'build server', 'commercial license', 'license', 'licenses', 'licensing', 'community edition',
    'open source', 'bait and switch', 'email addresses', 'fork', 'forks', 'coffee', 'listener mail', 'mailbag', 'tabs', 'migration plan', 'migration', 'rewrite', 'bindings',
    'reverse proxy', 'route', 'routes', 'session', 'class libraries', 'payroll page', 'progress bar', 'progress bars', 'console apps', 'tables', 'trees', 'spinners', 'prompts',
    'command-line parsing', 'build script', 'book', 'e-book', 'singleton', 'scoped', 'lifetimes', 'container', 'DI container', 'patterns', 'code review', 'show notes', 'Rev', 'Rev.com',
    '.NET 11', 'Windows and Linux', 'GitHub', 'Azure', 'C# 3.0', 'Visual Studio 18', 'VS 2026', 'VS', 'Copilot Chat', 'ML-KEM and ML-DSA', 'SLH-DSA', 'Apache License', 'Apache 2.0',
    'FluentAssertions 7', 'FluentAssertions 8', 'MassTransit 8', 'MassTransit 9', 'version 7', 'version 8', 'version 9', 'Blazor Web Apps', 'Razor', 'Azure DevOps', '.NET tool', 'dotnet tool',
    'dashboard', 'Aspire dashboard', 'Fluent', 'Fluent design', 'shebang', 'foreach', 'captive dependency', 'Reddit', 'Manning', 'strangler fig', 'auto-property',
    'Flask thing', 'Postgres', 'PostgreSQL', 'Copilot', 'deabstraction', 'NuGet package', 'NuGet cache',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout10 (/work/heldout10/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    rev: { input: 'rev.txt', length: rev.length, transcriptStart: 0, segments: tracker.segments, paragraphs: rParas },
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
  },
};
writeFileSync(join(here, 'rev.txt'), rev);
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => plainWords(p.text).replace('§', '').replace(/\(laughs\)/g, '')).join(' ').split(/\s+/).filter(Boolean).length;
console.log(`${speech} spoken words, ${hhmmss(+(rev.match(/\((\d\d:\d\d:\d\d)\):\n[^\n]*\n$/)?.[1].split(':').reduce((a, x) => a * 60 + +x, 0)))} last block, ${splits} Rev block splits, ${typos} name typo\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
