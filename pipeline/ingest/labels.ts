import { CLOCK } from './lines.js';

/**
 * Speaker labels at the start of a line: `KENNEDY: `, `Michael Kennedy: `, `Speaker 1: `,
 * `SPEAKER_00: `, `Dr. Jane Doe (00:01:02): `, `Hannah Lindqvist (she/her): ` (a meeting app's
 * display name with pronouns or a role). Deciding whether a candidate really is a label
 * (and not `Note: ...` in speech) needs the whole file: see `acceptLabels`.
 */
// any script's letters: `Lucía Ferrández:`, `FERRÁNDEZ:`, `Zoë:`, `Øyvind:`
// (and a meeting app's numbered participant, `Call-in User_2`)
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}0-9'’.\-]*(?:_\d{1,3})?|\p{Ll}{1,3}(?= \p{Lu})|\p{Ll}\p{Lu}[\p{L}\p{M}0-9]*)`;
/** A name of up to four words, or a diarisation's `Speaker 2`: what a label or a header line names. */
const NAME_OR_SPEAKER = String.raw`${NAME_WORD}(?: ${NAME_WORD}){0,3}|[Ss]peaker[ _]?\d{1,2}`;
/** Roles said in place of a name (`Host:`) or after one (`Dana (Host):`). */
const ROLES = String.raw`[Hh]ost|HOST|[Cc]o-?[Hh]ost|[Gg]uest|GUEST|[Mm]oderator|[Pp]anell?ist|[Ii]nterviewer|[Pp]roducer|[Pp]resenter`;
/** `(she/her)`, `(they/them)`, `(Host)`: what a meeting app shows after a display name. */
const PRONOUNS_OR_ROLE = String.raw`\(\s*(?:(?:she|he|they|ze|xe|it)\s*\/\s*(?:her|him|them|hers|his|theirs|zir|xem|she|he|they)(?:\s*\/\s*[a-z]+)?|${ROLES})\s*\)`;
/**
 * A meeting app's display name that is its device's (`iPhone de Rosalía`, `Dana's iPad`,
 * `Galaxy S23 de Kofi`): the label of the person whose device it is.
 */
const DEVICE = String.raw`(?:iPhone|iPad|iPod|Galaxy(?: [A-Z]?\d{1,3}\w*)?|Pixel(?: \d{1,2}\w*)?|Android|MacBook(?: Pro| Air)?)`;
const OWNER = String.raw`${NAME_WORD}(?: ${NAME_WORD})?`;
const DEVICE_NAME = new RegExp(String.raw`^(?:${DEVICE} (?:de|di|da|do|von|van) (${OWNER})|(${OWNER})['’]s ${DEVICE})$`, 'u');
/** The owner a device's display name names (`iPhone de Rosalía` → `Rosalía`), or null. */
export function deviceOwner(label: string): string | null {
  const m = DEVICE_NAME.exec(label);
  return m ? (m[1] ?? m[2]) : null;
}

/**
 * The name, then a colon (`Dana: `, `Dana (00:01:02): `), or a clock in brackets or
 * parentheses that does the colon's work (`Lex Fridman (00:00:00) The following is…`,
 * `Dana [00:01:02] So…`).
 */
const LABEL_RE = new RegExp(
  String.raw`^(${DEVICE} (?:de|di|da|do|von|van) ${OWNER}|${OWNER}['’]s ${DEVICE}|${NAME_OR_SPEAKER}|SPEAKER_\d{1,2})\s*(?:${PRONOUNS_OR_ROLE}\s*)?(?:(?:\(\s*(${CLOCK})\s*\))?\s*:|\(\s*(${CLOCK})\s*\)|\[\s*(${CLOCK})\s*\])(?:\s+|$)`,
  'u',
);

/**
 * `Michael Kennedy  0:03` alone on a line, the text on the lines below (Otter-style exports);
 * also with the clock in brackets or parentheses, `Michael Kennedy [00:01:23]` (other
 * transcription services' exports).
 */
const HEADER_RE = new RegExp(String.raw`^(${NAME_OR_SPEAKER})[ \t]+(?:(${CLOCK})|\[(${CLOCK})\]|\((${CLOCK})\))[ \t]*$`, 'u');

/**
 * A name alone after a line's time (`[00:00:01.40] - Dana Reyes`, `00:01:23 Speaker 2`): a
 * header when the file writes its turns so (see line-transcript.ts), speech otherwise
 * (`00:38 Right.`). No punctuation after the name, and no word that opens sentences.
 */
const NAME_ONLY_RE = new RegExp(String.raw`^(${NAME_OR_SPEAKER})[ \t]*$`, 'u');
export function nameOnly(text: string): string | null {
  const m = NAME_ONLY_RE.exec(text);
  return m && !/[.'’-]$/.test(m[1]) && !NOT_NAME.has(m[1].split(/\s+/)[0].toLowerCase()) ? m[1] : null;
}

export function speakerHeaderLine(text: string): { raw: string; clock: string } | null {
  const m = HEADER_RE.exec(text);
  if (!m || NOT_NAME.has(m[1].split(/\s+/)[0].toLowerCase())) return null;
  return { raw: m[1], clock: m[2] ?? m[3] ?? m[4] };
}

export interface LabelCandidate {
  raw: string;
  /** Whose device a display name is (`iPhone de Rosalía`): the person the label stands for. */
  owner?: string;
  /** Offset of the label within the line text, and where the speech after it starts. */
  labelStart: number;
  labelEnd: number;
  textStart: number;
  /** The clock written with the label (`Lex Fridman (00:00:00)`), as written. */
  clock: string | null;
}

/** Words that start sentences, never names: a line `So here's the thing: …` has no label. */
const NOT_NAME = new Set(['so', 'and', 'but', 'the', 'a', 'an', 'this', 'that', 'here', 'there', 'note', 'update', 'edit', 'question', 'answer', 'yes', 'no', 'well', 'okay', 'ok', 'now', 'then', 'also', 'it', 'i', 'we', 'you', 'they', 'he', 'she', 'what', 'why', 'how', 'when', 'where', 'step', 'tip', 'http', 'https', 'warning', 'error', 'example', 'result', 'title', 'summary', 'pros', 'cons', 'links', 'link', 'source', 'transcript', 'episode', 'recorded', 'sponsor', 'sponsored', 'brought']);

/** Words a name does not end with (`van`, `de` end none either, but open family names: not here). */
const NOT_LAST = new Set(['by', 'of', 'for', 'to', 'with', 'from', 'at', 'in', 'on', 'and', 'or', 'the', 'a', 'an', 'is', 'are', 'was']);

/** `[SPEAKER_01]: text`, `[Dana Reyes]: text`: a label in square brackets, as WhisperX's text output writes it. */
const BRACKET_LABEL_RE = new RegExp(String.raw`^\[(${NAME_OR_SPEAKER}|SPEAKER_\d{1,2})\][ \t]*:(?:\s+|$)`, 'u');

export function labelCandidate(text: string, from = 0): LabelCandidate | null {
  const rest = text.slice(from);
  const b = rest.charCodeAt(0) === 91 ? BRACKET_LABEL_RE.exec(rest) : null;
  if (b) {
    if (NOT_NAME.has(b[1].split(/\s+/)[0].toLowerCase())) return null;
    return { raw: b[1], labelStart: from + 1, labelEnd: from + 1 + b[1].length, textStart: from + b[0].length, clock: null };
  }
  const m = LABEL_RE.exec(rest);
  if (!m) return null;
  const raw = m[1];
  const words = raw.split(/\s+/);
  if (NOT_NAME.has(words[0].toLowerCase())) return null;
  // a name never ends in a preposition: `CART CAPTIONING PROVIDED BY:` heads a credit
  if (words.length > 1 && NOT_LAST.has(words[words.length - 1].toLowerCase())) return null;
  const owner = deviceOwner(raw);
  return { raw, labelStart: from, labelEnd: from + raw.length, textStart: from + m[0].length, clock: m[2] ?? m[3] ?? m[4] ?? null, ...(owner ? { owner } : {}) };
}

/**
 * Decides which label candidates are labels: a form that recurs, one in capitals, a role
 * (`Host:`, `Guest:`), or one that shares a word with, or is a near spelling of, an accepted
 * label (`OKKE` beside `OKKEN`), or a full name that an accepted one-word label is the short
 * form of (`Joanna Kowalczyk`, `Jo`). With `openingPair` (the first two candidates are on the
 * file's first two lines of talk), the one of them beside an accepted label is one too.
 */
/** A role said as a label (`Host:`): a label wherever it opens a line. */
const ROLE_LABEL = new RegExp(`^(?:${ROLES})$`);

export function acceptLabels(candidates: readonly string[], openingPair = false): Set<string> {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c, (counts.get(c) ?? 0) + 1);
  const accepted = new Set<string>();
  for (const [form, n] of counts) {
    const shouting = /\p{Lu}{2,}/u.test(form) && form === form.toUpperCase();
    if (n >= 2 || shouting || /^(speaker|SPEAKER)[ _]?\d/.test(form) || ROLE_LABEL.test(form)) accepted.add(form);
  }
  // `Host: Hi, and welcome…` / `Rohan: Thanks, Hanna.`: a page that labels only its first two
  // turns; the second label is as good as the first
  if (openingPair && candidates.length >= 2 && candidates[0] !== candidates[1]) {
    if (accepted.has(candidates[0])) accepted.add(candidates[1]);
    else if (accepted.has(candidates[1])) accepted.add(candidates[0]);
  }
  const words = (f: string) => f.toLowerCase().split(/\s+/);
  let grew = true;
  while (grew) {
    grew = false;
    for (const form of counts.keys()) {
      if (accepted.has(form)) continue;
      const near = [...accepted].some((a) => {
        const shared = words(form).some((w) => w.length >= 3 && words(a).includes(w));
        // `Joanna Kowalczyk` once, then `Jo` on every line: the short form starts the full name,
        // which comes first (a later `Joking aside:` is not a name `Jo` is short for)
        const short = !a.includes(' ') && a.length >= 2 && form.includes(' ') && form.toLowerCase().startsWith(a.toLowerCase()) && /^\p{L}/u.test(form.charAt(a.length)) && candidates.indexOf(form) < candidates.indexOf(a);
        return shared || short || nearSpelling(form.toLowerCase(), a.toLowerCase());
      });
      if (near) {
        accepted.add(form);
        grew = true;
      }
    }
  }
  return accepted;
}

/** One or two edits apart, for labels of at least four letters. */
export function nearSpelling(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4 || Math.abs(a.length - b.length) > 2) return false;
  return levenshtein(a, b) <= (Math.min(a.length, b.length) >= 6 ? 2 : 1);
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
