import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { PodtopicsError } from '../document/diagnostics.js';
import { SOURCE_FORMATS, type SourceFormat } from '../document/document.js';

const OUTPUT_FORMATS = ['json', 'markdown', 'chapters', 'explain', 'text'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

interface ExtractFlags {
  format: OutputFormat;
  output?: string;
  inputFormat?: SourceFormat;
  speakers?: string;
  explain?: boolean;
  maxBytes?: string;
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('read one transcript and print its topic cards')
    .argument('<file>', 'transcript file (.txt .md .vtt .srt .sbv .tsv .csv .json .html .ttml .lrc .ass .xml .docx), or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (text: the text every span indexes, a Word document\'s as read)').choices(OUTPUT_FORMATS).default('json'))
    .option('-o, --output <file>', 'write the result to a file instead of standard output')
    .addOption(new Option('--input-format <format>', 'skip format detection').choices(SOURCE_FORMATS))
    .option('--speakers <names>', 'the people on the show, comma separated ("Jane Doe,John Roe")')
    .option('--explain', 'print why each speaker, boundary and entity was chosen (same as --format explain)')
    .option('--max-bytes <n>', 'largest input accepted, in bytes')
    .action(async (file: string, flags: ExtractFlags) => {
      const maxBytes = flags.maxBytes === undefined ? undefined : Number(flags.maxBytes);
      if (maxBytes !== undefined && !(maxBytes > 0)) throw new PodtopicsError('USAGE', '--max-bytes takes a positive number', 2);
      const speakers = flags.speakers?.split(',').map((s) => s.trim()).filter(Boolean);
      if (speakers && speakers.length === 0) throw new PodtopicsError('USAGE', '--speakers names no one: give the names, comma separated ("Jane Doe,John Roe")', 2);
      if (speakers && new Set(speakers.map((s) => s.toLowerCase())).size < speakers.length) throw new PodtopicsError('USAGE', `--speakers names someone twice (${speakers.join(', ')})`, 2);
      const options = { inputFormat: flags.inputFormat, speakers, explain: flags.explain, maxBytes };
      const format: OutputFormat = flags.explain ? 'explain' : flags.format;
      // the pipeline (wink-nlp and its model, the lexicon) loads only for this command: the
      // index command's writer thread never runs it and stays small
      const { displayPath, runFile } = await import('../extract.js');
      const { toResult } = await import('../output/result.js');
      const { renderChapters } = await import('../output/chapters.js');
      const { renderExplain } = await import('../output/explain.js');
      const { renderMarkdown } = await import('../output/markdown.js');
      let out: string;
      try {
        const doc = runFile(file, options);
        const result = toResult(doc, displayPath(file));
        out =
          format === 'json' ? JSON.stringify(result, null, 2) + '\n'
          : format === 'markdown' ? renderMarkdown(result)
          : format === 'chapters' ? renderChapters(result) + '\n'
          : format === 'text' ? doc.source
          : renderExplain(doc, displayPath(file));
      } catch (err) {
        if (err instanceof PodtopicsError) throw withFile(err, displayPath(file));
        throw err;
      }
      if (flags.output) writeFileSync(flags.output, out);
      else process.stdout.write(out);
    });
}

function withFile(err: PodtopicsError, shown: string): PodtopicsError {
  return new PodtopicsError(err.code, `${shown}: ${err.message}`, err.exitCode);
}
