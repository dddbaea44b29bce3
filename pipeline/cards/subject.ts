import type { EntityType } from '../document/document.js';
import type { Span } from '../document/span.js';
import { loadModel } from '../models.js';
import type { Phrase } from './keyphrases.js';

interface CardCues {
  release: string;
  work: string;
  openingFillers: string;
  noObject: string;
  labels: Array<{ id: string; pattern: string; label: string | null }>;
  defer: string;
  prompt: string;
  notSubject: string;
  talkOpening: string;
  subjectVerb: string;
}

let compiled: {
  release: RegExp;
  work: RegExp;
  fillers: RegExp;
  noObject: RegExp;
  labels: Array<{ id: string; re: RegExp; label: string | null }>;
  defer: RegExp;
  prompt: RegExp;
  notSubject: RegExp;
  talkOpening: RegExp;
  subjectVerb: RegExp;
} | null = null;

/** models/cards/cues.json, compiled once. */
export function cardCues(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const m = loadModel<CardCues>('cards/cues.json');
  compiled = {
    release: new RegExp(m.release, 'i'),
    work: new RegExp(m.work, 'i'),
    fillers: new RegExp(m.openingFillers, 'i'),
    noObject: new RegExp(m.noObject, 'i'),
    talkOpening: new RegExp(m.talkOpening, 'i'),
    labels: m.labels.map((l) => ({ id: l.id, re: new RegExp(l.pattern, 'i'), label: l.label })),
    defer: new RegExp(m.defer, 'i'),
    prompt: new RegExp(m.prompt, 'iu'),
    notSubject: new RegExp(m.notSubject, 'i'),
    subjectVerb: new RegExp(m.subjectVerb, 'i'),
  };
  return compiled;
}

/** An entity as one segment sees it. */
export interface SegmentEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Mentions in this segment, in order. */
  mentions: readonly Span[];
  /** Mentions in the whole episode. */
  total: number;
}

/** A sentence of the segment's opening, with the source offset of its first character. */
export interface OpeningSentence {
  text: string;
  start: number;
}

export interface SubjectInput {
  source: string;
  /** The first sentences of the segment (about its first hundred words), in order. */
  opening: readonly OpeningSentence[];
  entities: readonly SegmentEntity[];
  phrases: readonly Phrase[];
  /** The segment opens with a question put to others (a listener's letter read out, an interviewer's question). */
  asked?: boolean;
  /** The thing the segment names most (its subject by counts), if any. */
  counted?: string | null;
}

export interface SubjectDecision {
  /** The subject as the segment writes it. */
  text: string;
  why: string;
  confidence: number;
  /** `Chrome 126 shipped cross-document view transitions`: an announcement with an object reads as a headline. */
  headline?: string;
}

const TITLE_RUN = /[\p{Lu}][\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|in|and|the|a|an|for|on|to|with|at|by|from|vs\.?)\s+)*[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*)*/gu;
const VERSION_AFTER = /^\s+v?\d+(?:\.\d+)*\b/;
/** `, by Alex Petrov`: an author's name after a title. */
const BY_AUTHOR = /^[.'’]?,\s+by\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}\b/u;
const NAME_RUN = String.raw`(\p{Lu}[\p{L}\p{N}.+#-]*(?:\s+\p{Lu}[\p{L}\p{N}.+#-]*){0,3})`;
/** `Mine is Wokwi.`, `My pick is Harlequin, which…`: the sentence names the pick, then at most a comma's aside. */
const PICK_IS = new RegExp(String.raw`^(?:[Mm]ine|[Mm]y (?:pick|extra|item|one|thing|tool)(?: this week)?)(?:['’]s| is)\s+${NAME_RUN}(?:[.!]?$|,\s)`, 'u');
/** `It's called Mago, and it's a linter`: the opening names its thing. */
const IT_IS_CALLED = new RegExp(String.raw`^(?:[Ii]t(?:['’]s| is)|[Tt]his is|[Tt]hat(?:['’]s| is)|[Ii]t(?:['’]s| was)) (?:called|named)\s+${NAME_RUN}(?:[.!,]|$)`, 'u');
/** A sentence that is only a capitalised name (`Harlequin.`). */
const BARE_NAME = new RegExp(String.raw`^${NAME_RUN}[.!]$`, 'u');
/** The sentence after a bare name defines it (`It's a SQL IDE that runs in the terminal.`). */
const DEFINES = /^(?:it['’]?s|it is|that['’]?s|this is|which is)\s+(?:a|an)\s/i;

/** How many of the opening's sentences rule 7 of openingSubject reads. */
const SUBJECT_SENTENCES = 4;

const wordsIn = (s: string) => (s.trim() ? s.trim().split(/\s+/).length : 0);

/**
 * What the item is about, read from how it is opened, before any counting: the name a
 * sentence announces (`X is out`, `X came out`), a work named by its title after `reading`,
 * `watching`, `the book`, or a name said as a sentence of its own (`X.`). People are never the subject (they are
 * who is talked to or quoted, not what the item is). Null when the opening names nothing.
 */
export function openingSubject(x: SubjectInput): SubjectDecision | null {
  const cues = cardCues();
  const things = x.entities.filter((e) => e.type !== 'person');
  // a Set, not filter().map(): V8's optimised map makes another kind of array than the
  // interpreter's, and this function was thrown away and recompiled on every change of kind
  const people = new Set<string>();
  for (const e of x.entities) if (e.type === 'person') people.add(e.name.toLowerCase());
  const inSentence = (s: OpeningSentence) => {
    const end = s.start + s.text.length;
    const out: Array<{ e: SegmentEntity; m: Span }> = [];
    for (const e of things) for (const m of e.mentions) if (m.start >= s.start && m.end <= end) out.push({ e, m });
    return out.sort((p, q) => p.m.start - q.m.start);
  };
  // 1. `Kotlin 2.0 is out.`: the name near the start of an announcing sentence
  for (const s of x.opening) {
    for (const { m } of inSentence(s)) {
      const before = s.text.slice(0, m.start - s.start).replace(cues.fillers, '');
      if (wordsIn(before) > 4) continue;
      let end = m.end - s.start;
      const version = VERSION_AFTER.exec(s.text.slice(end));
      if (version) end += version[0].length;
      const rel = cues.release.exec(s.text.slice(end));
      if (rel) {
        const text = s.text.slice(m.start - s.start, end).trim();
        const headline = announcement(s.text.slice(m.start - s.start), end - (m.start - s.start) + rel[0].length);
        return { text, why: 'subject:release-statement', confidence: 0.85, ...(headline ? { headline } : {}) };
      }
    }
  }
  // 2. `I've been reading Thinking in Systems`: a title after a word that introduces a work,
  // or before its author (`Database Internals, by Alex Petrov.`)
  for (const s of x.opening) {
    for (const r of s.text.matchAll(TITLE_RUN)) {
      const byAuthor = BY_AUTHOR.test(s.text.slice(r.index + r[0].length));
      if (!byAuthor && (!r.index || !cues.work.test(s.text.slice(Math.max(0, r.index - 40), r.index)))) continue;
      const name = r[0].replace(/[.'’]+$/, '').replace(/\s+(?:of|in|and|the|a|an|for|on|to|with|at|by|from)$/i, '');
      if (people.has(name.toLowerCase()) || /^(?:It|This|That|Them|Him|Her|I)$/.test(name)) continue;
      return { text: name, why: 'subject:named-work', confidence: 0.75 };
    }
  }
  // 3. `Quillpad.` / `Anchor positioning.`: a name said as a sentence of its own (an entity
  // the lexicon knows, or a phrase the segment says three times or more: twice is an echo
  // in banter, `Rain twins.` `Rain twins, yeah.`)
  for (const s of x.opening) {
    const bare = s.text.replace(cues.fillers, '').replace(/[\s.!?,:;]+$/, '').trim();
    if (!bare || wordsIn(bare) > 4) continue;
    for (const { e, m } of inSentence(s)) {
      if (x.source.slice(m.start, m.end) === bare) return { text: bare, why: 'subject:bare-name', confidence: e.mentions.length >= 2 ? 0.75 : 0.6 };
    }
    // (one word too where it is the topic a host announces: `Okay, so evaluation.`, `Right. Runtimes.`)
    const p = x.phrases.find((ph) => ph.count >= 3 && ph.text.toLowerCase() === bare.toLowerCase() && (ph.key.includes(' ') || !cues.notSubject.test(bare)));
    if (p) return { text: bare.charAt(0).toUpperCase() + bare.slice(1), why: 'subject:bare-name', confidence: 0.65 };
  }
  // 3b. `Mine is Wokwi.`, `It's called Mago.`, `Harlequin. It's a SQL IDE…`: a capitalised name a
  // host's pick is or the opening calls its thing, or that the next sentence defines
  for (let i = 0; i < x.opening.length; i++) {
    const text = x.opening[i].text.replace(cues.fillers, '').trim();
    const pick = PICK_IS.exec(text) ?? (i < 3 ? IT_IS_CALLED.exec(text) : null);
    const bare = pick ? null : BARE_NAME.exec(text);
    const name = (pick?.[1] ?? (bare && DEFINES.test(x.opening[i + 1]?.text ?? '') ? bare[1] : null))?.replace(/\.+$/, '');
    if (!name || people.has(name.toLowerCase()) || cues.notSubject.test(name)) continue;
    return { text: name, why: pick ? 'subject:pick-named' : 'subject:defined-name', confidence: 0.65 };
  }
  // 4. `She writes: when should I use generics instead of interfaces?`: a question that opens
  // the item asks about its subject: the technology it names that the segment says most
  const questions = x.asked ? x.opening.filter((s) => /\?["”’')]*$/.test(s.text.trim())) : [];
  for (const q of questions) {
    let best: SegmentEntity | null = null;
    for (const { e } of inSentence(q)) if (!best || e.mentions.length > best.mentions.length) best = e;
    if (best) return { text: best.name, why: 'subject:question', confidence: 0.6 };
  }
  // 5. `Okay, so tell me about the model.`, `You mentioned opinions about careers.`: what an
  // interviewer asks about opens the item (`the`, `your` dropped)
  for (const s of x.opening.slice(0, 3)) {
    const m = cues.prompt.exec(s.text);
    if (!m) continue;
    const topic = m[1].trim().replace(/^(?:the|your|this|that|a|an|some|those|these)\s+/i, '').replace(/[\s'’.,;:!?]+$/, '');
    if (!topic || wordsIn(topic) > 5 || /^(?:it|this|that|them|him|her|you|yourself|me|us)$/i.test(topic) || people.has(topic.toLowerCase())) continue;
    return { text: topic.charAt(0).toUpperCase() + topic.slice(1), why: 'subject:prompted', confidence: 0.6 };
  }
  // 6. else the segment's best phrase the opening question holds
  for (const q of questions) {
    const lower = q.text.toLowerCase();
    const p = x.phrases.slice(0, 8).find((ph) => lower.includes(ph.text.toLowerCase()));
    if (p) return { text: p.text, why: 'subject:question', confidence: 0.5 };
  }
  // 7. `So the Web Audio API has been around for ten years…`: a technology that opens one of
  // the first sentences as its subject (at most a filler and `the` before it, a verb after)
  // and that the segment names again, before the thing the segment names most is said
  // (`…Gleam is right up at the top. And Elixir's up there too`: Gleam's item)
  const counted = x.counted?.toLowerCase() ?? null;
  for (const s of x.opening.slice(0, SUBJECT_SENTENCES)) {
    if (counted && s.text.toLowerCase().includes(counted)) break;
    for (const { e, m } of inSentence(s)) {
      if (e.mentions.length < 2) continue;
      const before = s.text.slice(0, m.start - s.start).replace(cues.fillers, '').trim();
      if (before && !/^the$/i.test(before)) continue;
      let end = m.end - s.start;
      const version = VERSION_AFTER.exec(s.text.slice(end));
      if (version) end += version[0].length;
      if (cues.subjectVerb.test(s.text.slice(end))) return { text: s.text.slice(m.start - s.start, end).trim(), why: 'subject:sentence-subject', confidence: 0.5 };
    }
  }
  return null;
}

/**
 * `Chrome 126 shipped cross-document view transitions, which ...` → the clause up to its
 * first break, 4 to 12 words; null when the verb takes no object (`Bun 1.1 is out, and ...`).
 */
export function announcement(sentence: string, verbEnd: number): string | null {
  const rest = sentence.slice(verbEnd).replace(/^\s+/, '');
  if (!/^[\p{L}\p{N}]/u.test(rest) || cardCues().noObject.test(rest)) return null;
  const clause = sentence.split(/[,;:!?]|\.(?:\s|$)|\s[–—-]\s|\s(?:which|that|and|but|so|because|after|when|while)\s/)[0].replace(/\s+/g, ' ').trim();
  const n = clause.split(' ').length;
  if (n < 4 || n > 12) return null;
  return clause;
}

/** A recurring section the opening names (`let's do the listener question`): its label, or null. */
export function sectionLabel(opening: readonly OpeningSentence[]): { label: string; why: string } | null {
  for (const s of opening) {
    for (const l of cardCues().labels) {
      const m = l.re.exec(s.text);
      if (m) {
        const label = l.label ?? m[0].charAt(0).toUpperCase() + m[0].slice(1).toLowerCase();
        return { label, why: `title:section-label:${l.id}` };
      }
    }
  }
  return null;
}

/** A reply that hands the floor back to whoever asked (`You first, because ...`). */
export const defersFloor = (reply: string): boolean => cardCues().defer.test(reply.replace(/^[\s"“]+/, ''));
