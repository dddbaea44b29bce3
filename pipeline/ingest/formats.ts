import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, SourceFormat } from '../document/document.js';
import { parseAss, sniffAss } from './ass.js';
import { parseAudacity, sniffAudacity } from './audacity.js';
import { parseAvid, sniffAvid } from './avid.js';
import { parseChat, sniffChat } from './chat.js';
import { parseCtm, parseStm, sniffCtm, sniffStm } from './nist.js';
import { parseHtml, sniffHtml } from './html.js';
import { parseLrc, sniffLrc } from './lrc.js';
import { parsePremiere, sniffPremiere } from './premiere.js';
import { parseTimedText, sniffTimedText } from './timedtext.js';
import { lineStats, markdownStats, parseLineTranscript } from './line-transcript.js';
import { parsePodcastJson, sniffPodcastJson } from './podcast-json.js';
import { parseOtr, sniffOtr } from './otr.js';
import { parseSami, sniffSami } from './sami.js';
import { parseSbv, sniffSbv } from './sbv.js';
import { parseSrt, sniffSrt } from './srt.js';
import { parseSttJson, sniffSttJson } from './stt-json.js';
import { parseVosk, sniffVosk } from './vosk.js';
import { parseTable, sniffCsv, sniffTsv } from './table.js';
import { parseTimestampLines, sniffTimestampLines } from './timestamp-lines.js';
import { parseTrs, sniffTrs } from './trs.js';
import { parseTtml, sniffTtml } from './ttml.js';
import { parseVtt, sniffVtt } from './vtt.js';
import { parseYoutubeJson, sniffYoutubeJson } from './youtube-json.js';

/**
 * Every input format, with how sure a quick look at the text is that it is this format
 * (0..1) and its reader. Detection takes the most confident; `--input-format` skips it.
 */
interface FormatReader {
  format: SourceFormat;
  sniff(source: string): number;
  parse(source: string): Ingested;
}

const LINE_FORMAT_MIN_SHARE = 0.3;
const DECISIVE = 0.95;

export const FORMAT_READERS: readonly FormatReader[] = [
  { format: 'vtt', sniff: sniffVtt, parse: parseVtt },
  { format: 'srt', sniff: sniffSrt, parse: parseSrt },
  { format: 'sbv', sniff: sniffSbv, parse: parseSbv },
  // a header row naming a text column (Whisper's TSV, a transcription service's CSV); the
  // reader says tsv or csv by the delimiter
  { format: 'tsv', sniff: sniffTsv, parse: parseTable },
  { format: 'csv', sniff: sniffCsv, parse: parseTable },
  // YouTube's json3 captions (yt-dlp's `.json3`): `events[].segs[].utf8`
  { format: 'youtube-json', sniff: sniffYoutubeJson, parse: parseYoutubeJson },
  // a speech-to-text service's result (AssemblyAI, Deepgram, Amazon Transcribe, Rev.ai,
  // Speechmatics): keys only they use, looked for before the Podcasting 2.0 sniffer parses the file
  { format: 'stt-json', sniff: sniffSttJson, parse: parseSttJson },
  // the Vosk recogniser's results, one JSON object per utterance one after another (not one JSON value)
  { format: 'vosk-json', sniff: sniffVosk, parse: parseVosk },
  // oTranscribe's .otr: JSON holding the HTML a person typed
  { format: 'otr', sniff: sniffOtr, parse: parseOtr },
  { format: 'podcast-json', sniff: sniffPodcastJson, parse: parsePodcastJson },
  // OpenAI Whisper's JSON: the Podcasting 2.0 reader tells it by its keys and names it so
  // (sniffed there; listed for --input-format)
  { format: 'whisper-json', sniff: () => 0, parse: parsePodcastJson },
  // YouTube's caption XML (`<transcript><text start=…>`), before TTML and HTML
  { format: 'timedtext', sniff: sniffTimedText, parse: parseTimedText },
  // lines `[mm:ss.xx]text` (whisper.cpp's LRC)
  { format: 'lrc', sniff: sniffLrc, parse: parseLrc },
  // an Audacity label track (`START<TAB>END<TAB>text`, no header), a recogniser's transcript as labels
  { format: 'audacity', sniff: sniffAudacity, parse: parseAudacity },
  // Avid's SubCap caption text (`<begin subtitles>`, `HH:MM:SS:FF HH:MM:SS:FF` timecodes)
  { format: 'avid', sniff: sniffAvid, parse: parseAvid },
  // SubStation Alpha (`[Script Info]`, `[Events]`, `Dialogue:` lines), as subtitle editors write it
  { format: 'ass', sniff: sniffAss, parse: parseAss },
  // a video editor's text export: timecode ranges with frames, a speaker line, the text
  { format: 'premiere', sniff: sniffPremiere, parse: parsePremiere },
  // SAMI captions (`<SAMI>`, `<SYNC Start=…>`, `<P Class=…>`), before HTML too
  { format: 'sami', sniff: sniffSami, parse: parseSami },
  // TalkBank CHAT (`.cha`: `@Begin`, `*HOL:	…` utterances, `%com:` tiers)
  { format: 'chat', sniff: sniffChat, parse: parseChat },
  // NIST's STM reference transcripts (`file channel speaker begin end <labels> words`) and
  // CTM word files (`recording channel start duration word confidence`), `;;` comments
  { format: 'stm', sniff: sniffStm, parse: parseStm },
  { format: 'ctm', sniff: sniffCtm, parse: parseCtm },
  // Transcriber's .trs XML (`<Trans>`, `<Turn speaker>`, `<Sync time>`)
  { format: 'trs', sniff: sniffTrs, parse: parseTrs },
  // before HTML, whose sniffer takes any markup with a </p>
  { format: 'ttml', sniff: sniffTtml, parse: parseTtml },
  { format: 'html', sniff: sniffHtml, parse: parseHtml },
  {
    // `**Name:** text` paragraphs under `#` headings (a transcript as a blog or a repository publishes it)
    format: 'markdown',
    sniff: (s) => {
      const st = markdownStats(s);
      return st.labeled >= 2 && st.labeled / Math.max(1, st.lines) >= LINE_FORMAT_MIN_SHARE ? 0.7 : 0;
    },
    parse: (s) => parseLineTranscript(s, 'markdown'),
  },
  // a transcript copied from a video page: clock lines, each with the caption's text below
  { format: 'timestamp-lines', sniff: sniffTimestampLines, parse: parseTimestampLines },
  {
    format: 'web-transcript',
    sniff: (s) => {
      const st = lineStats(s);
      return st.lines && st.timestamped / st.lines >= LINE_FORMAT_MIN_SHARE ? 0.6 : 0;
    },
    parse: (s) => parseLineTranscript(s, 'web-transcript'),
  },
  {
    format: 'labeled-text',
    sniff: (s) => {
      const st = lineStats(s);
      return st.labeled >= 2 && st.labeled / st.lines >= LINE_FORMAT_MIN_SHARE ? 0.5 : 0;
    },
    parse: (s) => parseLineTranscript(s, 'labeled-text'),
  },
  // Anything that is text: raw speech-to-text output, with or without line breaks.
  { format: 'plain-text', sniff: () => 0.1, parse: (s) => parseLineTranscript(s, 'plain-text') },
];

export function detectFormat(source: string): SourceFormat {
  let best: FormatReader = FORMAT_READERS[FORMAT_READERS.length - 1];
  let bestScore = 0;
  for (const r of FORMAT_READERS) {
    const score = r.sniff(source);
    // A header or a parsed structure (WEBVTT, <!DOCTYPE html>, JSON with segments) is decisive;
    // skip the line-statistics sniffers, which read the first 200 KB.
    if (score >= DECISIVE) return r.format;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best.format;
}

export function readerFor(format: SourceFormat): FormatReader {
  const r = FORMAT_READERS.find((x) => x.format === format);
  if (!r) throw new PodtopicsError('FORMAT_UNKNOWN', `unknown input format "${format}"`);
  return r;
}
