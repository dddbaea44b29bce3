// Builds The Zero Value #73 (SYNTHETIC held-out episode, heldout6) from source.mjs: a three-person
// Go panel answering listener questions. Moderator Beatriz Conde reads every question; panelists
// Malik Henderson and Oskar Nyberg answer. Intro; six listener-question topics (generics vs
// interfaces; range-over-func iterators; error handling; net/http vs Gin; zap to log/slog;
// goroutine leaks); one
// picks segment ("what we're excited about": the go.mod tool directive, Swiss Tables maps,
// testing/synctest, all Go 1.24); outro. No sponsor. Every segment's presenter is the moderator,
// who brings it.
//
//   labeled.txt  `Full Name:` labels on every line, one speaker typo (`Oskar Nyburg:`), and two
//                unlabeled lines: the moderator's continuation of a listener letter ("He also
//                says…", decidable), and a "Ha. Yeah." reaction that nobody can attribute among three
//                people (marked ambiguous; gold says Oskar). Rendered with the shared `render`
//                (/work/main/data/gold/build-episode.mjs, unmodified).
//   gold.json    offsets, computed here. Rerun with `node build.mjs`. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, B, M, O } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'zero-value-073';
const FULL = { [B]: B, [M]: M, [O]: O };
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: labeledPrefix({ first: FULL, later: FULL }),
  words: (i, p) => labeledText(p.text),
});

const EPISODE = { show: 'The Zero Value', number: 73, recorded: '2025-02-20', title: 'Listener questions: generics, iterators, errors, slog and leaky goroutines' };
const ENTITIES = {
  required: {
    Go: ['Go', 'Golang'],
    'Go 1.24': ['Go 1.24', '1.24'],
    'Go 1.23': ['Go 1.23', '1.23'],
    'Go 1.22': ['Go 1.22', '1.22'],
    'Go 1.21': ['Go 1.21', '1.21'],
    'Go 1.20': ['Go 1.20', '1.20'],
    generics: ['generics', 'type parameters', 'type parameter'],
    interfaces: ['interfaces', 'interface'],
    'io.Writer': ['io.Writer'],
    slices: ['slices', 'slices package', 'slices.Sort', 'slices.Contains', 'slices.Index', 'slices.Collect', 'slices.Sorted'],
    maps: ['maps', 'maps package', 'maps.Keys', 'maps.All'],
    'cmp.Ordered': ['cmp.Ordered', 'cmp'],
    'GC shape stenciling': ['GC shape stenciling', 'stenciling'],
    'generic type aliases': ['generic type aliases', 'type aliases'],
    'range-over-func iterators': ['range-over-func iterators', 'range over function iterators', 'range over func', 'range-over-func', 'iterators'],
    iter: ['iter', 'iter.Seq', 'iter.Seq2', 'iter.Pull'],
    'database/sql': ['database/sql', 'sql.ErrNoRows'],
    'bufio.Scanner': ['bufio.Scanner'],
    'x/exp': ['x/exp', 'golang.org/x/exp'],
    goroutines: ['goroutines', 'goroutine'],
    'fmt.Errorf': ['fmt.Errorf'],
    'errors.Is': ['errors.Is'],
    'errors.As': ['errors.As'],
    'errors.Join': ['errors.Join'],
    'pkg/errors': ['pkg/errors'],
    'log/slog': ['slog', 'log/slog', 'log slash slog'],
    zap: ['zap'],
    zerolog: ['zerolog'],
    OpenTelemetry: ['OpenTelemetry'],
    otelslog: ['otelslog'],
    'go vet': ['go vet', 'vet'],
    pprof: ['pprof', 'net/http/pprof'],
    'http.Client': ['http.Client'],
    'net/http': ['net/http', 'http.Handler'],
    ServeMux: ['ServeMux', 'http.ServeMux'],
    Gin: ['Gin', 'gin.Context'],
    chi: ['chi'],
    'gorilla/mux': ['gorilla/mux'],
    Echo: ['Echo'],
    'os.Root': ['os.Root'],
    context: ['context', 'ctx.Done'],
    errgroup: ['errgroup', 'golang.org/x/sync'],
    goleak: ['goleak'],
    Prometheus: ['Prometheus'],
    'race detector': ['race detector', '-race', 'dash race'],
    'go.mod tool directive': ['go.mod tool directive', 'tool directive', 'go tool', 'go get -tool', 'tool dependencies'],
    'go.mod': ['go.mod'],
    stringer: ['stringer'],
    'Swiss Tables': ['Swiss Tables', 'Swiss Table', 'SwissTable'],
    Abseil: ['Abseil'],
    weak: ['weak', 'weak package', 'weak pointers'],
    'runtime.AddCleanup': ['runtime.AddCleanup', 'AddCleanup'],
    'testing/synctest': ['testing/synctest', 'synctest', 'synctest.Wait'],
    GOEXPERIMENT: ['GOEXPERIMENT'],
    'GitHub Copilot': ['Copilot', 'GitHub Copilot'],
    PlanetScale: ['PlanetScale'],
  },
  tolerated: [
    'The Zero Value', 'Go team', 'When To Use Generics', 'Ian Lance Taylor', 'C++', 'C++ templates', 'templates', 'any', 'interface{}', 'type assertions',
    'type switches', 'constraint', 'constraints', 'tilde', 'underlying type', 'Celsius', 'rule of three', 'Seq', 'Seq2', 'yield', 'for loop', 'callback',
    'callbacks', 'Next', 'Scan', 'rows', 'channels', 'channel', 'Walk', 'runtime panic', 'panic', 'loop variable', 'range over an integer', 'range',
    'Java', 'Python', 'Rust', 'wrapping', 'percent w', '%w', 'sentinel errors', 'io.EOF', 'fs.ErrNotExist', 'PathError', 'fs.PathError', 'exceptions',
    'try', 'check and handle', 'question mark operator', 'proposal', 'proposals', 'if err != nil', 'error handling', 'Logger', 'Handler', 'TextHandler',
    'JSONHandler', 'InfoContext', 'trace ID', 'request ID', 'slog.String', 'slog.Int', 'structured logging', 'benchmarks', 'profile', 'CI', 'allocations',
    'memory', 'HTTP', 'timeout', 'TestMain', 'Uber', 'tests', 'tools.go', 'build tag', 'blank imports', 'linter', 'map', 'maps', 'Google', 'CPU',
    'SetFinalizer', 'runtime.SetFinalizer', 'caches', 'bubble', 'fake clock', 'timer', 'timeouts', 'retries', 'flaky tests', 'synctest.Run', 'runtime',
    'editor', 'sql', 'r.PathValue', 'PathValue', 'middleware', 'route groups', 'path parameters', 'precedence rules', 'auth', 'slog.Default', 'logger', 'heap profile', 'stack', 'cache', 'eviction', 'symlinks', 'NextPage', 'paginated API', 'dependency injection', 'stack traces', 'stack trace', 'runtime.NumGoroutine', 'NumGoroutine', 'metric', 'dashboard', 'goroutine profile', 'Bangalore', 'Buenos Aires', 'Leeds', 'Accra', 'generic helpers', 'standard library',
  ],
};
const gold = {
  _source: `Synthetic held-out episode written for heldout6 (/work/heldout6/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
  },
};
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => labeledText(p.text)).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
