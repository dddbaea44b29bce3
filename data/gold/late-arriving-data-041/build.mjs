// Builds Late Arriving Data #41 (SYNTHETIC held-out episode, heldout7) from source.mjs: a
// data-engineering show with two regular hosts (Hana Kovač, Teo Brandt) and a guest (Yusuf Adeyemi)
// who joins after the first topic. Intro (Hana); Teo: upgrading to Airflow 3.0 (hosts only, starts
// MID-PARAGRAPH at Hana's "But first, Teo, you did a thing."); Yusuf: cutting the Snowflake bill with
// DuckDB and Parquet (starts mid-paragraph at "And I think we have our guest now."); Hana: DuckLake vs
// Iceberg; Teo: the dbt Fusion engine; Yusuf: pandas to Polars, a guest digression ("Can I go slightly
// off-script?"); three picks, one per person (Hana: DDIA 2nd edition; Teo: Harlequin; Yusuf: uv); outro.
// No sponsor.
//
//   labeled.txt  `Full Name:` on each speaker's first line, then first names, one `Yusef:` typo, one
//                unlabeled continuation (Yusuf's Parquet tip, decidable) and one unlabeled "Ha!" that
//                could be Hana or Yusuf (marked ambiguous; gold says Hana). Rendered with the shared
//                `render` (/work/main/data/gold/build-episode.mjs, unmodified).
//   episode.vtt  WebVTT as an automatic captioner writes it: `WEBVTT` header, no cue identifiers,
//                `HH:MM:SS.mmm --> HH:MM:SS.mmm` timings (~2.7 spoken words a second, each cue 2–5 s,
//                contiguous inside a turn, a short gap between turns), 1–2 lines of ≤ 42 characters,
//                straight apostrophes, and NO SPEAKER NAMES AT ALL (no <v> tags, no labels). A cue never
//                spans a turn change; inside a turn a cue ends at a sentence end once it holds 6+ words,
//                when its two lines are full, or at 13 words. Gold paragraphs = one per CUE (the cue's
//                text lines; the timing line excluded), `paragraphUnit: "cue"`. Cues whose speaker a
//                careful reader cannot tell from what is said are marked ambiguous (`vamb` in the
//                source). A segment starts at the timing line of its first cue; the first segment starts
//                at 0 (the header); a `§` forces a cue break. transcriptStart = the first timing line.
//   gold.json    offsets into both files, all computed here. Rerun with `node build.mjs`. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, segmentTracker, captionCues } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, HK, TB, YA } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'late-arriving-data-041';

// --- labeled.txt --------------------------------------------------------------------------------
const LABELS = { first: { [HK]: 'Hana Kovač', [TB]: 'Teo Brandt', [YA]: 'Yusuf Adeyemi' }, later: { [HK]: 'Hana', [TB]: 'Teo', [YA]: 'Yusuf' } };
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: labeledPrefix(LABELS),
  words: (i, p) => labeledText(p.text),
});

// --- episode.vtt ----------------------------------------------------------------------------------
const MAX = 42, MAX_WORDS = 13;
const captionText = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1'); // straight apostrophes, as captioners write them
const ts = (sec) => {
  const ms = Math.round(sec * 1000);
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
};
/** Splits one turn into cues of ≤ 2 lines of ≤ MAX chars. */
const cuesOf = (text) => captionCues(text, { max: MAX, sentenceWords: 6, maxWords: MAX_WORDS });
const HEADER = 'WEBVTT\nKind: captions\nLanguage: en\n';
let vtt = HEADER;
const vParas = [], vSegs = segmentTracker();
let t = 0.4;
for (const item of SOURCE) {
  if (item.seg) {
    vSegs.seg(item);
    continue;
  }
  for (const c of cuesOf(captionText(item.text))) {
    vtt += '\n';
    const blockStart = vtt.length;
    vSegs.block(blockStart);
    if (c.segStart) vSegs.mark(blockStart);
    const dur = Math.min(5, Math.max(2, c.words / 2.7 + 0.3));
    vtt += `${ts(t)} --> ${ts(t + dur)}\n`;
    t += dur;
    const pStart = vtt.length;
    vtt += c.lines.join('\n');
    const para = { start: pStart, end: vtt.length, speaker: item.speaker };
    if (item.vamb) para.ambiguous = true;
    vParas.push(para);
    vtt += '\n';
    for (const l of c.lines) if (l.length > MAX) throw new Error(`long line: ${l}`);
    if (c.lines.length > 2) throw new Error('3 lines');
  }
  t += 0.35; // pause between turns
}
vSegs.close(vtt.length);
const transcriptStart = HEADER.length + 1;

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Late Arriving Data', number: 41, recorded: '2025-06-18', title: 'Airflow 3, DuckLake, dbt Fusion and a smaller Snowflake bill, with Yusuf Adeyemi' };
const ENTITIES = {
  required: {
    'Apache Airflow': ['Airflow', 'Apache Airflow'],
    'Airflow 3.0': ['Airflow 3', 'Airflow 3.0', '3.0', '3.0.2'],
    'Airflow 2': ['Airflow 2'],
    React: ['React'],
    'DAG versioning': ['DAG versioning'],
    'Task SDK': ['Task SDK'],
    'Task Execution API': ['Task Execution API'],
    PostgreSQL: ['Postgres', 'PostgreSQL'],
    SubDAGs: ['SubDAGs', 'SubDAG'],
    ruff: ['ruff'],
    Dagster: ['Dagster'],
    dbt: ['dbt'],
    BigQuery: ['BigQuery'],
    'GitHub Actions': ['GitHub Actions'],
    Kafka: ['Kafka'],
    Snowflake: ['Snowflake'],
    Parquet: ['Parquet'],
    'Amazon S3': ['S3', 'Amazon S3'],
    DuckDB: ['DuckDB'],
    'Amazon EC2': ['EC2', 'Amazon EC2'],
    'Apache Iceberg': ['Iceberg', 'Apache Iceberg'],
    DuckLake: ['DuckLake'],
    'DuckDB Labs': ['DuckDB Labs'],
    'Delta Lake': ['Delta Lake'],
    'AWS Glue': ['Glue', 'AWS Glue'],
    'Apache Polaris': ['Polaris', 'Apache Polaris'],
    MySQL: ['MySQL'],
    SQLite: ['SQLite'],
    'Apache Spark': ['Spark', 'Apache Spark'],
    Trino: ['Trino'],
    Databricks: ['Databricks'],
    Tabular: ['Tabular'],
    'S3 Tables': ['S3 Tables'],
    MotherDuck: ['MotherDuck'],
    AWS: ['AWS'],
    Neon: ['Neon'],
    'Crunchy Data': ['Crunchy Data'],
    Lakebase: ['Lakebase'],
    'Snowflake Postgres': ['Snowflake Postgres'],
    'dbt Labs': ['dbt Labs'],
    SDF: ['SDF'],
    'dbt Fusion engine': ['dbt Fusion engine', 'Fusion engine', 'Fusion', 'dbt Fusion'],
    Rust: ['Rust'],
    'VS Code': ['VS Code', 'VS Code extension'],
    'dbt Core': ['dbt Core'],
    'Apache 2.0': ['Apache 2.0'],
    'Elastic License': ['Elastic License', 'ELv2'],
    'Amazon Redshift': ['Redshift', 'Amazon Redshift'],
    Python: ['Python'],
    pandas: ['pandas', 'pandas 2'],
    Kubernetes: ['Kubernetes'],
    Polars: ['Polars'],
    'Apache Arrow': ['Arrow', 'Apache Arrow'],
    'Polars streaming engine': ['Polars streaming engine', 'streaming engine', 'new streaming engine'],
    'Polars GPU engine': ['Polars GPU engine', 'GPU engine'],
    NVIDIA: ['NVIDIA'],
    cuDF: ['cuDF'],
    'Designing Data-Intensive Applications': ['Designing Data-Intensive Applications', 'DDIA'],
    Harlequin: ['Harlequin'],
    uv: ['uv'],
    Astral: ['Astral'],
    pip: ['pip'],
    virtualenv: ['virtualenv'],
    'pip-tools': ['pip-tools'],
    pyenv: ['pyenv'],
    Docker: ['Docker', 'Docker image'],
  },
  tolerated: [
    'Late Arriving Data', 'Velocita', 'Zagreb', 'Utrecht', 'Lisbon', 'Portugal', 'Spain', 'UI', 'dark mode', 'DAG', 'DAGs', 'metadata database',
    'API server', 'database session', 'SLAs', 'SLA', 'execution_date', 'logical_date', 'catchup', 'migration guide', 'AIR rules', 'datasets', 'assets',
    'asset', 'decorator', 'scheduler', 'point release', 'staging', 'cron', 'incremental', 'full refresh', 'credits', 'warehouse', 'large warehouse',
    'telemetry', 'columnar', 'row groups', 'row group', 'spills to disk', 'larger-than-memory', 'external Iceberg table', 'Iceberg table', 'on-demand',
    'on-demand BigQuery', 'editions', 'slots', 'partitioning', 'clustering', 'lakehouse', 'table format', 'table formats', 'metadata JSON', 'manifest lists',
    'manifest files', 'catalog', 'REST catalog', 'Iceberg catalog', 'object storage', 'snapshots', 'snapshot', 'time travel', 'AT clause', 'transactions',
    'extension', 'spec', 'summit', 'Snowflake Summit', 'Data + AI Summit', 'SQL', 'SQL compiler', 'parser', 'models', 'go to definition', 'hover',
    'column-level lineage', 'lineage', 'licence', 'license', 'source-available', 'proprietary', 'CLI', 'sign-in', 'groupbys', 'group by', 'pods', 'pod',
    'lazy API', 'scan_parquet', 'pl.scan_parquet', 'pl dot scan_parquet', 'read_parquet', 'collect', 'filters', 'joins', 'pushdown', 'predicate pushdown',
    'dataframe', 'dataframes', 'cores', 'GPU', 'GPUs', 'statistics', 'min and max statistics', 'index', 'expressions', 'lambdas', 'Arrow backend',
    'Martin Kleppmann', 'Chris Riccomini', 'early release', 'O’Reilly', "O'Reilly", 'SQL IDE', 'terminal', 'data catalog', 'adapters',
    'requirements files', 'package manager', 'Snowflake-is-bad', 'finance', 'auditors', 'insurer', 'grocer', 'forecasting', 'Kafka episode',
  ],
};
const gold = {
  _source: `Synthetic held-out episode written for heldout7 (/work/heldout7/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
    vtt: { input: 'episode.vtt', length: vtt.length, transcriptStart, paragraphUnit: 'cue', segments: vSegs.segments, paragraphs: vParas },
  },
};
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'episode.vtt'), vtt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => labeledText(p.text)).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words, ${vParas.length} cues (${vParas.filter((p) => p.ambiguous).length} ambiguous), ${ts(t)} long\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
