import type { ParagraphSpeaker, Person, SegmentKind, TokenLayer } from '../document/document.js';
import type { CueHit } from '../segments/cues.js';
import { tokenText, wordsBySpeaker, type Unit } from '../segments/units.js';
import { defersFloor } from './subject.js';

/** `this article that you pulled out`: the listener-facing credit goes to the other host. */
const YOU_BROUGHT = /\b(?:that|which|this|the one) you (?:pulled out|found|brought(?: up)?|picked|sent|dug up|chose|shared|put in|added|suggested)\b|\byour (?:pick|item|find|topic)\b/i;

export interface PresenterInput {
  source: string;
  tokens: TokenLayer;
  units: readonly Unit[];
  range: [number, number];
  cues: readonly CueHit[][];
  speakers: readonly ParagraphSpeaker[];
  people: readonly Person[];
  /** The segment's kind: the show's own parts (intro, sponsor, outro) belong to a host. */
  kind?: SegmentKind;
  /** Each speaker's words in the whole episode (for who speaks only here: a caller, a visiting guest). */
  episodeWords?: ReadonlyMap<string, number>;
}

export interface PresenterDecision {
  presenter: string | null;
  confidence: number;
  why: string[];
}

/**
 * Who brought the item, which is not simply who speaks first: the person a hand-off
 * addresses (`What do you have first, Michael?`) or, unnamed, whoever answers it; the one who
 * says the opener (`I want to talk about`, `Speaking of`); the other host when the first
 * speaker credits them (`this article that you pulled out`); else whoever holds most words in
 * the first part of the segment.
 */
export function choosePresenter(x: PresenterInput): PresenterDecision {
  const [a, b] = x.range;
  const who = (k: number) => x.speakers[x.units[k].paragraph]?.speaker ?? null;
  const { words } = wordsBySpeaker(x.units, x.speakers, a, b);
  if (words.size === 0) return { presenter: null, confidence: 0, why: ['no-speakers'] };
  const top = [...words.entries()].sort((p, q) => q[1] - p[1]);
  if (words.size === 1) return { presenter: top[0][0], confidence: 0.9, why: ['only-speaker'] };
  const total = x.units[b - 1].wordsBefore + x.units[b - 1].words - x.units[a].wordsBefore;
  // the welcome, a sponsor read and the goodbye are the show's, spoken by its host, even when
  // a guest answers `where can people find you` at more length; a guest holding most of a
  // long one means the segment holds a conversation too, which the guest presents
  if (x.kind === 'intro' || x.kind === 'outro' || x.kind === 'sponsor') {
    const hosts = new Set(x.people.filter((p) => p.role === 'host').map((p) => p.id));
    const host = top.find(([id]) => hosts.has(id));
    if (host && hosts.size < x.people.length && host[1] >= 0.3 * total) return { presenter: host[0], confidence: 0.75, why: ['show-part-host'] };
  }

  const opening = x.cues[a] ?? [];
  // a question that opens the segment hands the item over (`Sam, last one. What's the small
  // thing?`) to whoever it names, else to whoever answers it, unless its speaker has just said
  // the item is theirs (`My segment. … Do you both remember…?`: the others are asked along)
  const handoff = opening.some((h) => h.handoff);
  if (handoff || (opening.some((h) => h.weight > 0) && asksQuestion(x, a))) {
    const asker = who(a);
    const named = addressed(x, a, asker);
    if (named) return { presenter: named, confidence: 0.9, why: ['handoff-addressed'] };
    const claimed = !handoff && opening.some((h) => h.claims && h.weight > 0);
    for (let k = a + 1; !claimed && k < Math.min(b, a + 6); k++) {
      const s = who(k);
      if (!s || s === asker) continue;
      // `You first, because ...`: the answer gives the floor back to the one who asked
      const reply = tokenText(x.source, x.tokens, x.units[k].tokenStart, x.units[Math.min(b - 1, k + 1)].tokenEnd);
      if (asker && defersFloor(reply)) return { presenter: asker, confidence: 0.7, why: ['handoff-deferred'] };
      return { presenter: s, confidence: 0.75, why: ['handoff-answered'] };
    }
  }
  // someone heard only in this segment and at length (a caller, a guest interviewed mid-show)
  // brings it, whoever introduces them
  if (x.episodeWords && x.kind === 'topic') {
    for (const [id, n] of top) {
      const all = x.episodeWords.get(id) ?? n;
      const someoneElseLeads = [...x.episodeWords.entries()].some(([o, w]) => o !== id && w > 2 * all);
      if (n >= VISITOR_SHARE * total && n >= VISITOR_HERE * all && someoneElseLeads) return { presenter: id, confidence: 0.75, why: ['visitor'] };
    }
  }
  const early = Math.min(b, a + 4);
  // a listener's question read out (`Question four, from Dmitri…`) is brought by its reader,
  // however much the panel then says about it
  for (let k = a; k < early; k++) {
    const s = who(k);
    if (s && (x.cues[k] ?? []).some((h) => h.brings && h.weight > 0)) return { presenter: s, confidence: 0.8, why: ['read-question'] };
  }
  for (let k = a; k < early; k++) {
    // the opener's speaker presents unless the other one then does nearly all the talking
    // (an interviewer's `let's talk about the post` gives the floor to the guest)
    const s = who(k);
    if ((x.cues[k] ?? []).some((h) => h.weight > 0 && !h.handoff && !h.intro && h.kind !== 'outro') && s) {
      if ((words.get(s) ?? 0) >= 0.25 * total) return { presenter: s, confidence: 0.8, why: ['said-opener'] };
      break;
    }
  }
  for (let k = a; k < Math.min(b, a + 6); k++) {
    const text = tokenText(x.source, x.tokens, x.units[k].tokenStart, x.units[k].tokenEnd);
    const s = who(k);
    if (s && YOU_BROUGHT.test(text)) {
      const other = top.find(([id]) => id !== s);
      if (other) return { presenter: other[0], confidence: 0.7, why: ['credited-by-other'] };
    }
  }
  // most words in the first 40% of the segment
  const firstPart = new Map<string, number>();
  for (let k = a; k < b && x.units[k].wordsBefore - x.units[a].wordsBefore <= total * 0.4; k++) {
    const s = who(k);
    if (s) firstPart.set(s, (firstPart.get(s) ?? 0) + x.units[k].words);
  }
  const best = [...firstPart.entries()].sort((p, q) => q[1] - p[1])[0] ?? top[0];
  return { presenter: best[0], confidence: 0.55, why: ['most-words-early'] };
}

/** A visitor holds at least this share of the segment's words, and says at least VISITOR_HERE of all their words in it. */
const VISITOR_SHARE = 0.3;
const VISITOR_HERE = 0.9;

/** The opening paragraph's last sentence (within its first three) ends with a question mark. */
function asksQuestion(x: PresenterInput, k: number): boolean {
  const p = x.units[k].paragraph;
  let last = k;
  for (let j = k; j < Math.min(x.units.length, k + 3) && x.units[j].paragraph === p; j++) last = j;
  if (last + 1 < x.units.length && x.units[last + 1].paragraph === p) return false;
  const u = x.units[last];
  return /^\?["”’')]*$/.test(x.tokens.value[u.tokenEnd - 1]) || x.tokens.value[u.tokenEnd - 1].endsWith('?');
}

/** A person named in the hand-off sentence or the next one of its paragraph (`Okay. Sebastián, …`), other than the one asking. */
function addressed(x: PresenterInput, k: number, asker: string | null): string | null {
  const u = x.units[k];
  const next = x.units[k + 1];
  const end = next && next.paragraph === u.paragraph ? next.tokenEnd : u.tokenEnd;
  for (let i = u.tokenStart; i < end; i++) {
    const w = x.tokens.value[i];
    if (!/^\p{Lu}/u.test(w) || w.length < 3) continue;
    const lw = w.toLowerCase();
    for (const p of x.people) {
      if (p.id === asker) continue;
      const forms = [p.name, ...p.aliases].flatMap((f) => f.toLowerCase().split(/\s+/));
      if (forms.includes(lw)) return p.id;
    }
  }
  return null;
}
