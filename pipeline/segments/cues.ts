import type { SegmentKind } from '../document/document.js';
import type { BrandReadModel } from './brand-reads.js';
import { compileRundown, type RundownData, type RundownModel } from './rundown.js';
import { loadModel } from '../models.js';
import { escapeRegExp } from '../speakers/cues.js';
import { wordCount } from '../ingest/cues.js';
import { spokenDots } from '../entities/rules/lexicon-match.js';

interface CueSpec {
  id: string;
  pattern: string;
  weight: number;
  kind: SegmentKind;
  handoff?: boolean;
  intro?: boolean;
  introEnd?: boolean;
  cutOffSuffix?: string;
  /** Literals of which every match holds one: a cheap test before a backtracking-heavy pattern. */
  gate?: string[];
  /** Multiplies the weight when two or more people take turns (a news reader's connective). */
  conversationWeight?: number;
  /** Counts only where it opens a paragraph (a bare `That's it.` inside an answer ends a list). */
  paragraphStart?: boolean;
  /** Counts only in an interview (a host and a guest): `tell me about X` opens the next topic there, but follows one up between co-hosts. */
  interviewOnly?: boolean;
  /** Whoever says it brings the item however little they say after (a listener's question read out). */
  brings?: boolean;
  /**
   * Its speaker says the item is theirs (`my segment`, `I want to start with…`, `Mine is…`,
   * `Can I do…?`): a question that follows asks the others along, it hands nothing over.
   */
  claims?: boolean;
  /** Matched before the leading fillers are removed (`but first` needs its `but`). */
  raw?: boolean;
}

interface CueModel {
  fillers: string;
  starters: string[];
  cues: CueSpec[];
  sponsorMarkers: string;
  sponsorMarkersGate: string[];
  extraMarkers: string;
  askPrompt: string;
  announceMarkers: string[];
  announceNotTopics: string[];
  sectionMarkers?: Array<{ title: string; kind: SegmentKind; weight: number }>;
  sponsorPitch: { cta: string; ctaReach: number; tlds: string[]; minYou: number; maxWords: number; platforms: string[] };
  brandRead: { show: string[]; determiners: string[]; funds: string[]; wordsBefore: number; wordsAfter: number; minMentions: number; minYouPer100: number; you: string[] };
  rundown: RundownData;
}

export interface Cue {
  id: string;
  re: RegExp;
  /**
   * In the CueSet's `anchored` alternation: the pattern can only match at the start (see
   * anchoredAtStart) and opens with no scan (`^[^.?!]{0,80},`), which would make every test of
   * the alternation scan; a sentence the alternation misses cannot match it.
   */
  joined: boolean;
  /** Literals of which the text must hold one for `re` to match (a cheap test first); null: none known. */
  gate: string[] | null;
  /** Where the cue sits in the CueSet's gate (see CueSet.gates); -1: no gate. */
  gateIndex: number;
  /** Matches what is left of the cue when the transcript cut off a paragraph's first word(s). */
  cutOffRe: RegExp | null;
  weight: number;
  kind: SegmentKind;
  handoff: boolean;
  intro: boolean;
  introEnd: boolean;
  conversationWeight: number;
  paragraphStart: boolean;
  interviewOnly: boolean;
  brings: boolean;
  claims: boolean;
  /** Matched before the leading fillers are removed (see CueSpec). */
  raw: boolean;
}

export interface CueHit {
  id: string;
  weight: number;
  kind: SegmentKind;
  handoff: boolean;
  intro: boolean;
  introEnd: boolean;
  /** Matched the cut-off remainder rather than the whole cue. */
  partial: boolean;
  /** Multiplies the weight in a conversation (see models/segments/cues.json). */
  conversationWeight: number;
  /** Counts only at a paragraph start (see Cue). */
  paragraphStart: boolean;
  /** Counts only in an interview (see Cue). */
  interviewOnly: boolean;
  /** Its speaker brings the item (see CueSpec). */
  brings: boolean;
  /** Its speaker says the item is theirs (see CueSpec). */
  claims: boolean;
}

export interface CueSet {
  cues: Cue[];
  /** The cues outside the `anchored` alternation, in order: all a sentence it misses can match. */
  unjoined: Cue[];
  /** Every gate literal of every cue, found in one scan of a text (see passedGates). */
  gates: GateScan;
  /** The cues anchored at the start (`^…`) as one alternation: a sentence it misses matches none of them (most do not). */
  anchored: RegExp | null;
  starters: Set<string>;
  fillers: RegExp;
  sponsorMarkers: RegExp;
  /** Literals of which every sponsor-marker match holds one (see countSponsorMarkers). */
  sponsorMarkersGate: string[];
  extraMarkers: RegExp;
  /** Besides a question mark, what makes a turn to a guest a question (`you told me…`, `tell us…`). */
  askPrompt: RegExp;
  /** Discourse markers before a topic announced by name (`Okay. Laravel.`): see boundaries.ts announcesTopic. */
  announceMarkers: Set<string>;
  /** Words that make such a phrase speak of the episode or the audience (`Okay. Big week.`), not a topic. */
  announceNotTopics: Set<string>;
  /** Section markers (`[SPONSOR MESSAGE]`) that open a part of the show of a kind: see sectionCue. */
  sectionMarkers: Array<{ re: RegExp; kind: SegmentKind; weight: number }>;
  /** A sponsor read that opens with its pitch: see pitchesSponsor. */
  sponsorPitch: { cta: RegExp; ctaReach: number; address: RegExp; maySite: RegExp; minYou: number; maxWords: number; platforms: Set<string> };
  /** A sponsor read in words no cue knows: see brand-reads.ts. */
  brandRead: BrandReadModel;
  /** A list of the episode's items in its opening: see rundown.ts. */
  rundown: RundownModel;
}

let cached: CueSet | null = null;

/** The discourse cues of models/segments/cues.json, compiled once. */
export function cueSet(): CueSet {
  if (cached) return cached;
  const m = loadModel<CueModel>('segments/cues.json');
  // matched against lower-cased text (normaliseStart): without the `i` flag when the pattern
  // allows it (no upper-case escape such as \S), which makes it up to ~20× faster in V8
  const lower = (pattern: string) => new RegExp(pattern, pattern === pattern.toLowerCase() ? '' : 'i');
  cached = {
    anchored: anyOf(m.cues.filter((c) => !c.raw && joinable(c.pattern)).map((c) => c.pattern)),
    fillers: lower(m.fillers),
    starters: new Set(m.starters),
    // countSponsorMarkers lower-cases the text first
    sponsorMarkers: new RegExp(m.sponsorMarkers, m.sponsorMarkers === m.sponsorMarkers.toLowerCase() ? 'g' : 'gi'),
    sponsorMarkersGate: m.sponsorMarkersGate,
    extraMarkers: new RegExp(m.extraMarkers, 'i'),
    askPrompt: new RegExp(m.askPrompt, 'i'),
    announceMarkers: new Set(m.announceMarkers),
    announceNotTopics: new Set(m.announceNotTopics),
    sectionMarkers: (m.sectionMarkers ?? []).map((x) => ({ re: new RegExp(x.title), kind: x.kind, weight: x.weight })),
    sponsorPitch: {
      cta: new RegExp(m.sponsorPitch.cta, 'i'),
      ctaReach: m.sponsorPitch.ctaReach,
      // a web address written or said (`tallyhook.io/show`, `quaystack dot dev`): group 1 is the site's name
      address: new RegExp(`\\b([a-z][a-z0-9-]{2,30})(?:\\.| dot )(?:${m.sponsorPitch.tlds.join('|')})\\b`, 'gi'),
      // one scan first, most paragraphs have no address (a piece may be one word: a caption's or
      // a TTML word span)
      maySite: new RegExp(`\\.(?:${m.sponsorPitch.tlds.join('|')})\\b|(?:^| )dot\\b`, 'i'),
      minYou: m.sponsorPitch.minYou,
      maxWords: m.sponsorPitch.maxWords,
      platforms: new Set(m.sponsorPitch.platforms),
    },
    brandRead: { ...m.brandRead, show: new Set(m.brandRead.show), determiners: new Set(m.brandRead.determiners), funds: new Set(m.brandRead.funds), you: new Set(m.brandRead.you) },
    rundown: compileRundown(m.rundown),
    gates: gateScan(m.cues.map((c) => c.gate ?? null)),
    unjoined: [],
    cues: m.cues.map((c, i, all) => ({
      id: c.id,
      re: lower(c.pattern),
      joined: !c.raw && joinable(c.pattern),
      gate: c.gate ?? null,
      gateIndex: c.gate ? all.slice(0, i).filter((x) => x.gate).length : -1,
      cutOffRe: c.cutOffSuffix ? lower(c.cutOffSuffix) : null,
      weight: c.weight,
      kind: c.kind,
      handoff: c.handoff === true,
      intro: c.intro === true,
      introEnd: c.introEnd === true,
      conversationWeight: c.conversationWeight ?? 1,
      paragraphStart: c.paragraphStart === true,
      interviewOnly: c.interviewOnly === true,
      brings: c.brings === true,
      claims: c.claims === true,
      raw: c.raw === true,
    })),
  };
  cached.unjoined = cached.cues.filter((c) => !c.joined);
  return cached;
}

/**
 * A pattern that can only match at the start: every top-level alternative begins with `^`
 * (`^a|^b` too; groups at any depth, escapes and character classes are skipped over).
 */
export function anchoredAtStart(pattern: string): boolean {
  let depth = 0;
  let altStart = true;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (altStart) {
      if (ch !== '^') return false;
      altStart = false;
    }
    if (ch === '\\') i++;
    else if (ch === '[') {
      // a class: `]` right after `[` or `[^` is a character; escapes inside are skipped
      i++;
      if (pattern[i] === '^') i++;
      if (pattern[i] === ']') i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) altStart = true;
  }
  return !altStart;
}

/** Anchored at the start and no negated class repeated (a scan) anywhere: cheap to join (see Cue.joined). */
function joinable(pattern: string): boolean {
  return anchoredAtStart(pattern) && !SCAN.test(pattern);
}
const SCAN = /\[\^(?:\\.|[^\]\\])*\](?:\{\d*,\d*\}|[*+])/;

/**
 * One regex that matches wherever one of `patterns` does. Twenty patterns anchored at the
 * start that each fail at the first character cost twenty calls; their alternation, anchored
 * too, costs one (an alternation with an unanchored pattern would try every position: slower
 * than the separate calls). Null where the patterns cannot be joined (a back-reference or a
 * repeated group name).
 */
function anyOf(patterns: readonly string[]): RegExp | null {
  if (!patterns.length || patterns.some((p) => /\\[1-9k]/.test(p))) return null;
  const insensitive = patterns.some((p) => p !== p.toLowerCase());
  try {
    return new RegExp(patterns.map((p) => `(?:${p})`).join('|'), insensitive ? 'i' : '');
  } catch {
    return null;
  }
}

/**
 * The gate literals of all cues, found in one pass over a text. Twenty gated cues tested one
 * by one scan a sentence twenty times (and one alternation of their literals tries every
 * literal at every place); here an Aho–Corasick automaton over the literals reads each
 * character once with one table lookup, and every literal ending there, inside or over
 * another one, is found (a table of candidates by a place's first two characters, compared
 * one by one, cost three times as much: `the mic`, `though` and eight more open with `th`).
 */
export interface GateScan {
  /** The automaton's moves, failures folded in: `next[state * symbols + symbol]`; state 0 is the start. */
  next: Int32Array;
  symbols: number;
  /** A character's symbol: its code below 128, else its place among the literals' other characters (numbered as gateScan meets them), else `symbols - 1`, which no literal holds. */
  wide: Map<number, number>;
  /** Per state, the gates whose literals end there (an index into `lists`, or -1). */
  emits: Int32Array;
  lists: number[][];
  /** Scratch: per gate, 1 where the last scan of a text found one of its literals... */
  passed: Uint8Array;
  /** ...and where the last scan of a raw text did (see matchCues). */
  passedRaw: Uint8Array;
}

export function gateScan(gates: ReadonlyArray<readonly string[] | null>): GateScan {
  const present = gates.filter((g): g is readonly string[] => g !== null);
  const literals = [...new Set(present.flat())].filter((l) => l.length > 0);
  const wide = new Map<number, number>();
  for (const l of literals) for (let i = 0; i < l.length; i++) if (l.charCodeAt(i) >= 128 && !wide.has(l.charCodeAt(i))) wide.set(l.charCodeAt(i), 128 + wide.size);
  const symbols = 128 + wide.size + 1;
  const symbol = (c: number) => (c < 128 ? c : wide.get(c)!);
  // the trie of the literals, then its failure links breadth first (each state's moves are
  // those of its failure state where it has none of its own)
  const moves: Int32Array[] = [new Int32Array(symbols).fill(-1)];
  const ends: Array<Set<number>> = [new Set()];
  literals.forEach((l) => {
    let s = 0;
    for (let j = 0; j < l.length; j++) {
      const c = symbol(l.charCodeAt(j));
      if (moves[s][c] < 0) {
        moves[s][c] = moves.length;
        moves.push(new Int32Array(symbols).fill(-1));
        ends.push(new Set());
      }
      s = moves[s][c];
    }
    present.forEach((g, k) => g.includes(l) && ends[s].add(k));
  });
  const fail = new Int32Array(moves.length);
  const queue: number[] = [];
  for (let c = 0; c < symbols; c++) {
    if (moves[0][c] < 0) moves[0][c] = 0;
    else queue.push(moves[0][c]);
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head];
    for (const k of ends[fail[s]]) ends[s].add(k);
    for (let c = 0; c < symbols; c++) {
      const t = moves[s][c];
      if (t < 0) moves[s][c] = moves[fail[s]][c];
      else {
        fail[t] = moves[fail[s]][c];
        queue.push(t);
      }
    }
  }
  const next = new Int32Array(moves.length * symbols);
  moves.forEach((m, s) => next.set(m, s * symbols));
  const lists: number[][] = [];
  const emits = new Int32Array(moves.length).fill(-1);
  ends.forEach((e, s) => {
    if (e.size) emits[s] = lists.push([...e].sort((a, b) => a - b)) - 1;
  });
  return { next, symbols, wide, emits, lists, passed: new Uint8Array(present.length), passedRaw: new Uint8Array(present.length) };
}

/** Marks in `passed` (by default `g.passed`) the gates whose literals `text` holds. */
export function passedGates(text: string, g: GateScan, passed: Uint8Array = g.passed): void {
  passed.fill(0);
  const { next, symbols, emits, lists, wide } = g;
  const other = symbols - 1;
  let s = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    s = next[s * symbols + (c < 128 ? c : (wide.get(c) ?? other))];
    const e = emits[s];
    if (e >= 0) for (const k of lists[e]) passed[k] = 1;
  }
}

/** Lower case, straight quotes, one space, leading fillers (`so`, `okay`, `and`) removed. */
export function normaliseStart(text: string, cues: CueSet = cueSet()): string {
  return normaliseRaw(text).replace(cues.fillers, '');
}

/** normaliseStart before the fillers go. */
function normaliseRaw(text: string): string {
  // every replace is guarded by a test: this runs once per sentence, and a global replace
  // that rewrites every single space with a space costs more than all the cue patterns
  let t = text.slice(0, 160).toLowerCase();
  if (CURLY.test(t)) t = t.replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"');
  if (ODD_SPACE.test(t)) t = t.replace(/\s+/g, ' ');
  if (LEAD.test(t)) t = t.replace(LEAD, '');
  return t;
}

const CURLY = /[‘’`´“”]/;
/** White space other than one plain space (what [^\S ] means, spelled out: V8 runs it faster). */
const ODD_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;
const LEAD = /^[\s"'(\-–—]+/;

/**
 * Every cue the start of a sentence matches (`cutOff`: the sentence lost its first words;
 * `atStartOnly`: unanchored cues such as `welcome to` must match at the very start too;
 * `skipIntro`: past the opening, where intro cues decide nothing).
 */
export function matchCues(text: string, cutOff: boolean, cues: CueSet = cueSet(), atStartOnly = false, skipIntro = false): CueHit[] {
  const raw = normaliseRaw(text);
  const norm = raw.replace(cues.fillers, '');
  const hits: CueHit[] = [];
  // without a cut-off there is no partial match: an anchored cue the alternation misses cannot hit
  const anchoredMiss = !cutOff && cues.anchored !== null && !cues.anchored.test(norm);
  // the gates read the text the cue does: the raw text only for raw cues, and only when it differs
  const gates = cues.gates;
  passedGates(norm, gates);
  let rawScanned = false;
  for (const c of anchoredMiss ? cues.unjoined : cues.cues) {
    if (skipIntro && c.intro) continue;
    let partial = false;
    const t = c.raw ? raw : norm;
    let open = true;
    if (c.gateIndex >= 0) {
      if (c.raw && raw !== norm) {
        if (!rawScanned) passedGates(raw, gates, gates.passedRaw);
        rawScanned = true;
        open = gates.passedRaw[c.gateIndex] === 1;
      } else open = gates.passed[c.gateIndex] === 1;
    }
    const m = open ? c.re.exec(t) : null;
    if (!m || (atStartOnly && m.index !== 0)) {
      if (!(cutOff && c.cutOffRe && c.cutOffRe.test(norm))) continue;
      partial = true;
    }
    hits.push({ id: c.id, weight: partial ? c.weight * 0.9 : c.weight, kind: c.kind, handoff: c.handoff, intro: c.intro, introEnd: c.introEnd, partial, conversationWeight: c.conversationWeight, paragraphStart: c.paragraphStart, interviewOnly: c.interviewOnly, brings: c.brings, claims: c.claims });
  }
  return hits;
}

/** How many sponsor-read markers (`check them out at`, `promo code`, a vanity URL) a text has. */
export function countSponsorMarkers(text: string, cues: CueSet = cueSet()): number {
  const t = text.toLowerCase().replace(/[‘’]/g, "'");
  if (!cues.sponsorMarkersGate.some((g) => t.includes(g))) return 0;
  cues.sponsorMarkers.lastIndex = 0;
  let n = 0;
  while (cues.sponsorMarkers.exec(t)) n++;
  return n;
}

/** The site names of the web addresses a text writes or says (`tallyhook dot io` → `tallyhook`), lower case. */
export function addressSites(text: string, cues: CueSet = cueSet()): Set<string> {
  const sites = new Set<string>();
  for (const m of text.matchAll(cues.sponsorPitch.address)) sites.add(m[1].toLowerCase());
  return sites;
}

/** The text may name a web address (written, or spoken with `dot`): a cheap test before pitchesSponsor. */
export const maySponsorSite = (text: string, cues: CueSet = cueSet()): boolean => cues.sponsorPitch.maySite.test(text);

/** Words after a pitched address that still end the read with it (`…slash show. Thanks, Acme.`). */
const PITCH_TAIL_WORDS = 25;

/**
 * The product a paragraph pitches (and whether its call to action ends it), or null: it talks to the listener (`you`, `your`), names a
 * product as a capitalised word and, in its second half, sends the listener to the product's own
 * site with a call to action (`Try it free at tallyhook dot io slash show.`). A sponsor read that
 * opens with its pitch says no `brought to you by`. Spoken addresses are read (`dot`, `slash`);
 * platforms where news lives (`github.com/…`) are no product. See models/segments/cues.json
 * `sponsorPitch`.
 */
export function pitchesSponsor(said: string, cues: CueSet = cueSet()): { brand: string; ends: boolean } | null {
  const sp = cues.sponsorPitch;
  if (!sp.maySite.test(said) || wordCount(said) > sp.maxWords) return null;
  // a spoken address as written (`quayside dot dev slash null` → `quayside.dev/null`): its
  // place in the paragraph and the words said after it are counted so
  const dotted = spokenDots(said);
  const text = dotted === said ? said : dotted.replace(/(?<=\w) [Ss]lash (?=\w)/g, '/');
  let you = 0;
  for (const _ of text.matchAll(/\byou(?:r|['’]re|['’]ll)?\b/gi)) if (++you >= sp.minYou) break;
  if (you < sp.minYou) return null;
  for (const m of text.matchAll(sp.address)) {
    if (m.index < text.length / 2) continue;
    const brand = m[1].toLowerCase();
    if (sp.platforms.has(brand)) continue;
    if (!sp.cta.test(text.slice(Math.max(0, m.index - sp.ctaReach), m.index))) continue;
    // the product said as a name: one capitalised word or two run together (`Digital Ocean`)
    const named = [...text.slice(0, m.index).matchAll(/\b\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*)?/gu)].some((w) => w[0].replace(/ /g, '').toLowerCase() === brand || w[0].split(' ')[0].toLowerCase() === brand);
    // the read ends with its call to action when little is said after the address
    if (named) return { brand, ends: wordCount(text.slice(m.index)) <= PITCH_TAIL_WORDS };
  }
  return null;
}

/**
 * The cue a section marker (`[SPONSOR MESSAGE]`, `[INTERVIEW]`) gives the first paragraph after
 * it, or null for a marker of no listed kind. Its id names the kind (`section:sponsor`).
 */
export function sectionCue(title: string, cues: CueSet = cueSet()): CueHit | null {
  const t = title.toUpperCase().replace(/\s+/g, ' ').trim();
  const m = cues.sectionMarkers.find((x) => x.re.test(t));
  return m ? ruleHit(`section:${m.kind}`, m.weight, m.kind) : null;
}

/**
 * A cue found by a rule rather than a pattern (a section marker, an interviewer turning to a
 * guest, the end of a sponsor read), at a paragraph start unless said otherwise (a read's end
 * may be inside one); a fresh hit each time (hits are scaled in place).
 */
export const ruleHit = (id: string, weight: number, kind: SegmentKind = 'topic', more: { handoff?: boolean; interviewOnly?: boolean; paragraphStart?: boolean } = {}): CueHit => ({
  id,
  weight,
  kind,
  handoff: more.handoff ?? false,
  intro: false,
  introEnd: false,
  partial: false,
  conversationWeight: 1,
  paragraphStart: more.paragraphStart ?? true,
  interviewOnly: more.interviewOnly ?? false,
  brings: false,
  claims: false,
});
