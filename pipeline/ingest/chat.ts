import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, Piece } from '../document/document.js';
import type { TimeRange } from '../document/span.js';
import { cappedDiagnostics, declaredPeople, groupCueParts, lineNumberer, outsideParagraphs, runsBetweenCodes, settleTiming, type CuePart } from './cues.js';
import { splitLines } from './lines.js';

/**
 * A TalkBank CHAT transcript (`.cha`, as CLAN writes it for a corpus): `@` header lines
 * (`@Participants:	HOL Hollis_Ferreira Host, JUN Junie_Castellanos Guest` names each
 * speaker's three-letter code), one utterance per main tier (`*HOL:	…`, long ones wrapped
 * onto lines that open with a tab), dependent tiers (`%com:`, `%mor:`) under them, `@End`.
 * An utterance ends with its terminator set off by a space (` .`, ` ?`, ` +/.` where the
 * other speaker cut in, ` +//.` where the speaker broke off, ` +...` trailing off) and may
 * carry its time as a bullet (`\u0015101746_105150\u0015`, milliseconds). What is said is
 * kept as written; CHAT's codes for what is not words (`&=laughs`, a pause `(.)`, retracing
 * `[/]`, scope brackets `<…>`, the bullet) are no speech, and its fillers (`&-um`) are said:
 * `um`. Consecutive utterances of one speaker make one paragraph (a turn).
 */
const MAIN_TIER = /^\*([A-Z0-9]{2,4}):\t/;

export function sniffChat(source: string): number {
  const head = source.slice(0, 20_000);
  return /^(?:\uFEFF)?@(?:UTF8|Begin)\s*$/m.test(head) && /^\*[A-Z0-9]{2,4}:\t/m.test(head) ? 0.97 : 0;
}

/** Codes that are no words: events (`&=laughs`), pauses (`(.)`, `(1.5)`), bracketed codes (`[/]`, `[= text]`), scope brackets, the bullet, `+<`, `+"`. */
const NOT_SPEECH = /&=[^\s]+|\((?:\.{1,3}|\d+(?:\.\d+)?)\)|\[[^\]]*\]|\u0015[^\u0015]*\u0015|(?<=^|\s)\+[<",^]+(?=\s)|[<>]/g;
/** A terminator set off by a space, at the end: what it reads as. */
const TERMINATOR = /\s+(\+\/\/?\.|\+\/\/?\?|\+\.\.\.|\+!\?|\+"\/\.|\+\.|[.?!])\s*$/;
const TERMINATOR_TEXT: Record<string, string> = { '.': '.', '?': '?', '!': '!', '+/.': '—', '+//.': '—', '+/?': '—?', '+//?': '—?', '+...': '…', '+!?': '?!', '+"/.': '.', '+.': '.' };

export function parseChat(source: string): Ingested {
  const found = cappedDiagnostics();
  const lineOf = lineNumberer(source);
  // code → whole name, from `@Participants:` (`Hollis_Ferreira`; a code alone where no name is given)
  const names = new Map<string, string>();
  const participants = /^@Participants:\t(.*)$/m.exec(source);
  if (participants) {
    for (const entry of participants[1].split(',')) {
      const [code, name] = entry.trim().split(/\s+/);
      if (code && name && /_|\p{Lu}\p{Ll}/u.test(name) && !/^(?:Target_Child|Child|Mother|Father|Investigator|Participant|Unidentified)$/.test(name)) names.set(code, name.replace(/_/g, ' '));
    }
  }
  const parts: CuePart[] = [];
  // the lines of each utterance: a main tier and its continuation lines (a tab first)
  const lines = splitLines(source);
  for (let i = 0; i < lines.length; i++) {
    const tier = MAIN_TIER.exec(lines[i].text);
    if (!tier) continue;
    const start = lines[i].start;
    while (i + 1 < lines.length && lines[i + 1].text.startsWith('\t')) i++;
    const end = lines[i].end;
    const textStart = start + tier[0].length;
    const utterance = source.slice(textStart, end);
    // the time bullet: start and end in milliseconds
    const bullet = /\u0015(\d+)_(\d+)\u0015/.exec(utterance);
    const time: TimeRange | null = bullet ? { start: Number(bullet[1]) / 1000, end: Number(bullet[2]) / 1000 } : null;
    const pieces = utterancePieces(textStart, utterance, time);
    if (!pieces.length) {
      found.report('info', 'CHAT_NO_WORDS', `line ${lineOf(start)}: an utterance with no words (${tier[1]}); kept as no speech`, { start, end });
      continue;
    }
    const code = tier[1];
    parts.push({ span: { start, end }, pieces, label: { raw: code, span: { start: start + 1, end: start + 1 + code.length }, ...(names.has(code) ? { name: names.get(code) } : {}) }, dash: false, time });
  }
  if (!parts.length) throw new PodtopicsError('CHAT_EMPTY', 'is a CHAT transcript with no utterances (`*CODE:` lines); there is no speech');
  const paragraphs = groupCueParts(parts, { pauseSeconds: Infinity, pauseSplitsLabeled: false });
  const timed = settleTiming(paragraphs);
  return { format: 'chat', paragraphs, nonSpeech: outsideParagraphs(source, paragraphs), timed, declared: { people: names.size ? [...names.values()] : declaredPeople(paragraphs) }, diagnostics: found.close() };
}

/**
 * The words of an utterance as pieces: the runs between CHAT's codes, each a verbatim piece
 * (a filler `&-um` read as `um`), and the terminator a piece glued to the word before.
 */
function utterancePieces(at: number, utterance: string, time: TimeRange | null): Piece[] {
  const bulletAt = utterance.indexOf('\u0015');
  const body = bulletAt >= 0 ? utterance.slice(0, bulletAt) : utterance;
  const term = TERMINATOR.exec(body);
  const words = term ? body.slice(0, term.index) : body;
  // the runs of words between the codes (a filler `&-um` said as `um`)
  const pieces = runsBetweenCodes(words, at, NOT_SPEECH, (run) => run.replace(/&-(\p{L}+)/gu, '$1').replace(/\s+/g, ' '), time);
  if (term && pieces.length) {
    const start = at + term.index + term[0].indexOf(term[1]);
    const text = TERMINATOR_TEXT[term[1]] ?? '.';
    pieces.push({ span: { start, end: start + term[1].length }, text, verbatim: text === term[1], glued: true });
  }
  return pieces;
}
