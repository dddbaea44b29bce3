import type { Entity, EntityType, Segment, SegmentKind, Sentence, Tag } from '../document/document.js';
import { lastAtOrBefore } from '../document/span.js';
import { need, type Stage } from '../stages/stage.js';
import { speechIn } from '../document/speech-text.js';

/** The speech within a source span. */
type SpanText = (start: number, end: number) => string;

/**
 * Episode tags: the technologies a listener would tag, ranked by salience:
 * - mentions, weighted by where they are (a sponsor read or the intro counts little);
 * - spread: how many topics mention it;
 * - subject: it leads a topic (among the first mentions of the segment and the most
 *   mentioned technology there).
 * People, code tokens and weak guesses are never tags.
 */
export const tagsStage: Stage = {
  name: 'tags',
  requires: ['entities', 'segments', 'sentences'],
  provides: ['tags'],
  run(doc) {
    const speech = need(doc, 'speech');
    return { tags: rankTags(need(doc, 'entities'), need(doc, 'segments'), need(doc, 'sentences'), (start, end) => speechIn(speech, start, end)) };
  },
};

export const MAX_TAGS = 25;
export const MIN_SCORE = 0.3;
/** How many sentences open a topic: a name said there is what the topic is about. */
const OPENING_SENTENCES = 2;
/** Weight of leading a topic against the log of the mention count. */
const LEAD_WEIGHT = 3;

const INTRODUCING = new Set(['context:a-thing-called', 'context:is-a-library']);
/** Names only a sponsor read gave: the show's advertisers, not its subject. */
const SPONSOR = 'context:sponsor';
const KIND_WEIGHT: Record<SegmentKind, number> = { topic: 1, extra: 0.8, intro: 0.4, outro: 0.3, sponsor: 0.2 };
const TYPE_WEIGHT: Partial<Record<EntityType, number>> = {
  library: 1, framework: 1, language: 1, tool: 1, service: 0.9, database: 1, os: 1, event: 0.9, standard: 0.9,
  company: 0.7, concept: 0.6, other: 0.75,
};

/*
 * rankTags runs once per episode, so V8 optimises it late and throws the code away whenever
 * an episode brings an object of a shape it has not seen; one function holding every step
 * cost ~100 ms of compiling each time (more than the stage's run at 16×). Hence small
 * functions with plain loops: each compiles in a few ms, and a deopt recompiles one of them.
 */
/** `said`: the speech within a source span (how a mention was written). */
export function rankTags(entities: readonly Entity[], given: readonly Segment[], sentences: readonly Sentence[] = [], said: SpanText = () => ''): Tag[] {
  const sponsorEnds = entities.filter((e) => e.why.includes(SPONSOR)).flatMap((e) => e.mentions.map((m) => m.span.end));
  const segments = splitLongSponsorReads(given, sentences, sponsorEnds);
  const eligible = entities.filter(taggable);
  const counted = countPerSegment(eligible, segments);
  // advertisers named only in a sponsor read lead no topic, wherever the read was cut
  const sponsorOnly = new Set(eligible.filter((e) => e.why.includes(SPONSOR) && e.why.every((w) => w === SPONSOR || w.startsWith('context:name'))).map((e) => e.id));
  const lead = topicLeads(eligible, segments, sentences, said, counted, sponsorOnly);
  return scoreTags(eligible, segments, lead, sponsorOnly);
}

/**
 * The segments as tags read them, as parallel arrays: the layer's segment objects (and
 * their spans) are built in several places with different shapes, and code optimised for
 * one episode's shapes was thrown away on the next.
 */
interface TagSegments {
  count: number;
  /** Ascending, for the binary search from a mention to its segment. */
  start: Float64Array;
  end: Float64Array;
  kind: SegmentKind[];
  title: string[];
}

/** Per segment: mentions of each entity, the order entities first appear in it and where. */
interface SegmentCounts {
  perSegment: Map<string, number>[];
  /** Entity ids in the order of their first mention in the segment. */
  firstSeen: string[][];
  firstAt: Map<string, number>[];
  /** Mentions per entity over the episode, a release's counted for its product too. */
  total: Map<string, number>;
  /** Entities that are a release of another (`Bun 1.1` of `Bun`). */
  releases: Set<string>;
}

function countPerSegment(eligible: readonly Entity[], segments: TagSegments): SegmentCounts {
  const perSegment: Map<string, number>[] = [];
  const firstSeen: string[][] = [];
  const firstAt: Map<string, number>[] = [];
  for (let s = 0; s < segments.count; s++) {
    perSegment.push(new Map());
    firstSeen.push([]);
    firstAt.push(new Map());
  }
  // `Bun 1.1` is said about Bun: a release's mentions count for its product in a topic too
  const idByName = new Map<string, string>();
  const total = new Map<string, number>();
  for (const e of eligible) {
    idByName.set(e.name, e.id);
    total.set(e.id, e.mentions.length);
  }
  const releases = new Set<string>();
  const count = (s: number, id: string, at: number) => {
    const counts = perSegment[s];
    if (!counts.has(id)) firstSeen[s].push(id);
    const first = firstAt[s].get(id);
    if (first === undefined || at < first) firstAt[s].set(id, at);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const e of eligible) {
    const release = RELEASE.exec(e.name);
    const base = release ? idByName.get(release[1]) : undefined;
    if (base) {
      total.set(base, total.get(base)! + e.mentions.length);
      releases.add(e.id);
    }
    for (const m of e.mentions) {
      const at = m.span.start;
      const s = lastAtOrBefore(segments.start, at);
      if (s < 0) continue;
      count(s, e.id, at);
      if (base) count(s, base, at);
    }
  }
  for (let s = 0; s < segments.count; s++) {
    const at = firstAt[s];
    firstSeen[s].sort((a, b) => at.get(a)! - at.get(b)!);
  }
  return { perSegment, firstSeen, firstAt, total, releases };
}

/** A name that is a product and a version: `Python 3.4`, `Bun 1.1`. */
const RELEASE = /^(.+) \d+(?:\.\d+)?$/;

/**
 * The lead technologies of each topic: said there often, said mostly there (not the
 * show's umbrella language), named in the title, introduced by the speakers, said early.
 * Returns each entity's best share of leading a topic (weighted by the segment's kind).
 */
function topicLeads(
  eligible: readonly Entity[],
  segments: TagSegments,
  sentences: readonly Sentence[],
  said: SpanText,
  { perSegment, firstSeen, firstAt, total, releases }: SegmentCounts,
  sponsorOnly: ReadonlySet<string>,
): Map<string, number> {
  const introduced = new Set<string>();
  // a title may write the name as the show says it (`Node 22.1` for Node.js 22.1)
  const names = new Map<string, string[]>();
  const typeWeight = new Map<string, number>();
  for (const e of eligible) {
    if (e.why.some((w) => INTRODUCING.has(w))) introduced.add(e.id);
    names.set(e.id, writtenForms(e, said));
    typeWeight.set(e.id, TYPE_WEIGHT[e.type] ?? 0.5);
  }
  const lead = new Map<string, number>();
  for (let s = 0; s < segments.count; s++) {
    const kind = segments.kind[s];
    if (kind !== 'topic' && kind !== 'extra') continue;
    // the title's subject: a card titled `Subject: what about it` names its subject first
    // (the part after the colon may name a second thing the segment is about)
    const fullTitle = segments.title[s];
    const colon = fullTitle.lastIndexOf(': ');
    const title = colon > 0 ? fullTitle.slice(0, colon) : fullTitle;
    // where the segment's opening sentences end: `Rust 1.88 is out.` names the topic
    const openingEnd = openingEndOf(segments.start[s], segments.end[s], sentences);
    const ranked: RankedLead[] = [];
    for (const [id, count] of perSegment[s]) {
      // the product leads, not its release (its mentions counted for the product)
      if (sponsorOnly.has(id) || releases.has(id)) continue;
      const own = count * (count / total.get(id)!);
      const titled = title && names.get(id)!.some((n) => mentionsName(title, n)) ? 2 : 0;
      const early = Math.max(0, 1 - firstSeen[s].indexOf(id) * 0.34);
      const opening = firstAt[s].get(id)! < openingEnd ? 1.5 : 0;
      // a concept (`deep learning`) or a company rarely is what a topic is about
      ranked.push({ id, local: typeWeight.get(id)! * (own + titled + (introduced.has(id) ? 2 : 0) + early + opening) });
    }
    ranked.sort((x, y) => y.local - x.local || (x.id < y.id ? -1 : 1));
    const weight = kind === 'topic' ? 1 : 0.8;
    // the first two names lead; any other name the topic opens with is a lesser subject
    for (let k = 0; k < ranked.length; k++) {
      const id = ranked[k].id;
      const share = k === 0 ? 1 : k === 1 ? 0.5 : firstAt[s].get(id)! < openingEnd ? 0.35 : 0;
      if (share > 0) lead.set(id, Math.max(lead.get(id) ?? 0, weight * share));
    }
  }
  return lead;
}

interface RankedLead {
  id: string;
  local: number;
}

/** Each eligible entity's tag score: weighted mentions, spread over topics, leading topics. */
function scoreTags(eligible: readonly Entity[], segments: TagSegments, lead: ReadonlyMap<string, number>, sponsorOnly: ReadonlySet<string>): Tag[] {
  const bases = new Set<string>();
  for (const e of eligible) bases.add(e.name);
  const scored: Tag[] = [];
  for (const e of eligible) {
    let weighted = 0;
    const topics = new Set<number>();
    for (const m of e.mentions) {
      const s = lastAtOrBefore(segments.start, m.span.start);
      const kind: SegmentKind = s >= 0 ? segments.kind[s] : 'topic';
      weighted += KIND_WEIGHT[kind] * m.confidence;
      if (s >= 0 && (kind === 'topic' || kind === 'extra')) topics.add(s);
    }
    // `Python 3.4` when `Python` is a tag too: a detail of it, unless it leads a topic
    const version = RELEASE.exec(e.name);
    const detail = version && bases.has(version[1]) ? 0.75 : 1;
    const raw = (TYPE_WEIGHT[e.type] ?? 0.5) * Math.min(1, e.confidence + 0.1) *
      (detail * (Math.log2(1 + weighted) + 0.2 * Math.min(topics.size, 3)) + LEAD_WEIGHT * (lead.get(e.id) ?? 0)) *
      (sponsorOnly.has(e.id) ? 0.5 : 1);
    const score = 1 - Math.exp(-raw / 2.5);
    if (score >= MIN_SCORE) scored.push({ name: e.name, entity: e.id, score: Math.round(score * 1000) / 1000 });
  }
  scored.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, MAX_TAGS);
}

/**
 * A sponsor read lasts a minute or two (~1,500 characters). A `sponsor` segment much longer
 * than that has swallowed the topic after it (the boundary was missed): the rest, from the
 * sentence after the sponsor's last mention (`Thanks to X for supporting the show.`), or
 * else after ~1,500 characters, counts as a topic of its own, so its subject can lead.
 */
const SPONSOR_READ_CHARS = 1500;

function splitLongSponsorReads(segments: readonly Segment[], sentences: readonly Sentence[], sponsorEnds: number[]): TagSegments {
  const start: number[] = [];
  const end: number[] = [];
  const kind: SegmentKind[] = [];
  const title: string[] = [];
  const add = (s: number, e: number, k: SegmentKind, t: string) => {
    start.push(s);
    end.push(e);
    kind.push(k);
    title.push(t);
  };
  for (const seg of segments) {
    if (seg.kind !== 'sponsor' || seg.span.end - seg.span.start <= 2 * SPONSOR_READ_CHARS) {
      add(seg.span.start, seg.span.end, seg.kind, seg.title);
      continue;
    }
    const named = sponsorEnds.filter((x) => x > seg.span.start && x < seg.span.start + 2 * SPONSOR_READ_CHARS);
    const target = named.length ? Math.max(...named) : seg.span.start + SPONSOR_READ_CHARS;
    const cut = sentences.find((x) => x.span.start >= target && x.span.start < seg.span.end)?.span.start ?? target;
    add(seg.span.start, cut, seg.kind, seg.title);
    add(cut, seg.span.end, 'topic', '');
  }
  return { count: start.length, start: Float64Array.from(start), end: Float64Array.from(end), kind, title };
}

/** The offset where a segment's first OPENING_SENTENCES sentences end (its start when unknown). */
function openingEndOf(segStart: number, segEnd: number, sentences: readonly Sentence[]): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].span.start < segStart) lo = mid + 1;
    else hi = mid;
  }
  let end = segStart;
  for (let k = lo; k < sentences.length && k < lo + OPENING_SENTENCES && sentences[k].span.start < segEnd; k++) end = sentences[k].span.end;
  return Math.min(end, segEnd);
}

/** People, code tokens and names seen only in passing are entities, not tags. */
function taggable(e: Entity): boolean {
  if (e.notag || e.type === 'person') return false;
  // a name only a shape rule found (capitalised, CamelCase) needs to come back to be a tag
  const weakOnly = e.why.every((w) => w.startsWith('shape:') || w === 'context:name-seen-elsewhere');
  if (weakOnly && e.mentions.length < 4) return false;
  return true;
}

/** The entity's name and up to four other forms its mentions write it in. */
function writtenForms(e: Entity, said: SpanText): string[] {
  const out = [e.name];
  for (const m of e.mentions) {
    if (out.length > 4) break;
    const f = said(m.span.start, m.span.end);
    if (f && !out.some((o) => o.toLowerCase() === f.toLowerCase())) out.push(f);
  }
  return out;
}

/** Does a title name the entity, as whole words (`Pytest` in "The Cleaning Hand of Pytest")? */
function mentionsName(title: string, name: string): boolean {
  const i = title.toLowerCase().indexOf(name.toLowerCase());
  if (i < 0) return false;
  const before = i === 0 ? ' ' : title[i - 1];
  const after = title[i + name.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}
