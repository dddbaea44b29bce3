import type { Entity, EntityType, Segment, SegmentKind, Sentence, Tag } from '../document/document.js';
import { lastAtOrBefore } from '../document/span.js';
import { need, type Stage } from '../stages/stage.js';

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
    return { tags: rankTags(need(doc, 'entities'), need(doc, 'segments'), need(doc, 'sentences'), doc.source) };
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

export function rankTags(entities: readonly Entity[], given: readonly Segment[], sentences: readonly Sentence[] = [], source = ''): Tag[] {
  const sponsorEnds = entities.filter((e) => e.why.includes(SPONSOR)).flatMap((e) => e.mentions.map((m) => m.span.end));
  const segments = splitLongSponsorReads(given, sentences, sponsorEnds);
  // segment starts as numbers: spans built in different places have different shapes
  const starts = Float64Array.from(segments, (s) => s.span.start);
  const segOf = (offset: number): number => lastAtOrBefore(starts, offset);
  // per segment: mentions of each entity, and the order entities first appear in it
  const perSegment = segments.map(() => new Map<string, number>());
  const firstSeen = segments.map(() => [] as string[]);
  const firstAt = segments.map(() => new Map<string, number>());
  const eligible = entities.filter(taggable);
  // `Bun 1.1` is said about Bun: a release's mentions count for its product in a topic too
  const idByName = new Map(eligible.map((e) => [e.name, e.id]));
  const total = new Map(eligible.map((e) => [e.id, e.mentions.length]));
  const releases = new Set<string>();
  for (const e of eligible) {
    const release = /^(.+) \d+(?:\.\d+)?$/.exec(e.name);
    const base = release ? idByName.get(release[1]) : undefined;
    if (base) total.set(base, total.get(base)! + e.mentions.length);
    if (base) releases.add(e.id);
    for (const m of e.mentions) {
      const s = segOf(m.span.start);
      if (s < 0) continue;
      const counts = perSegment[s];
      for (const id of base ? [e.id, base] : [e.id]) {
        if (!counts.has(id)) firstSeen[s].push(id);
        const at = firstAt[s].get(id);
        if (at === undefined || m.span.start < at) firstAt[s].set(id, m.span.start);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
  }
  for (let s = 0; s < segments.length; s++) {
    const at = firstAt[s];
    firstSeen[s].sort((a, b) => at.get(a)! - at.get(b)!);
  }
  // where each segment's opening sentences end: `Rust 1.88 is out.` names the topic
  const openingEnd = segments.map((seg) => openingEndOf(seg, sentences));
  // the lead technologies of each topic: said there often, said mostly there (not the
  // show's umbrella language), named in the title, introduced by the speakers, said early
  const introduced = new Set(eligible.filter((e) => e.why.some((w) => INTRODUCING.has(w))).map((e) => e.id));
  // advertisers named only in a sponsor read lead no topic, wherever the read was cut
  const sponsorOnly = new Set(eligible.filter((e) => e.why.includes(SPONSOR) && e.why.every((w) => w === SPONSOR || w.startsWith('context:name'))).map((e) => e.id));
  // a title may write the name as the show says it (`Node 22.1` for Node.js 22.1)
  const names = new Map(eligible.map((e) => [e.id, writtenForms(e, source)]));
  const typeWeight = new Map(eligible.map((e) => [e.id, TYPE_WEIGHT[e.type] ?? 0.5]));
  const lead = new Map<string, number>();
  segments.forEach((seg, s) => {
    if (seg.kind !== 'topic' && seg.kind !== 'extra') return;
    const ranked = [...perSegment[s]]
      // the product leads, not its release (its mentions counted for the product)
      .filter(([id]) => !sponsorOnly.has(id) && !releases.has(id))
      .map(([id, count]) => {
        const own = count * (count / total.get(id)!);
        const title = seg.title && names.get(id)!.some((n) => mentionsName(seg.title, n)) ? 2 : 0;
        const early = Math.max(0, 1 - firstSeen[s].indexOf(id) * 0.34);
        const opening = firstAt[s].get(id)! < openingEnd[s] ? 1.5 : 0;
        // a concept (`deep learning`) or a company rarely is what a topic is about
        return { id, local: typeWeight.get(id)! * (own + title + (introduced.has(id) ? 2 : 0) + early + opening) };
      })
      .sort((x, y) => y.local - x.local || (x.id < y.id ? -1 : 1));
    const weight = seg.kind === 'topic' ? 1 : 0.8;
    // the first two names lead; any other name the topic opens with is a lesser subject
    ranked.forEach((r, k) => {
      const share = k === 0 ? 1 : k === 1 ? 0.5 : firstAt[s].get(r.id)! < openingEnd[s] ? 0.35 : 0;
      if (share > 0) lead.set(r.id, Math.max(lead.get(r.id) ?? 0, weight * share));
    });
  });
  const bases = new Set(eligible.map((e) => e.name));
  const scored: Tag[] = [];
  for (const e of eligible) {
    let weighted = 0;
    const topics = new Set<number>();
    for (const m of e.mentions) {
      const s = segOf(m.span.start);
      const kind: SegmentKind = s >= 0 ? segments[s].kind : 'topic';
      weighted += KIND_WEIGHT[kind] * m.confidence;
      if (s >= 0 && (kind === 'topic' || kind === 'extra')) topics.add(s);
    }
    // `Python 3.4` when `Python` is a tag too: a detail of it, unless it leads a topic
    const version = /^(.+) \d+(?:\.\d+)?$/.exec(e.name);
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

function splitLongSponsorReads(segments: readonly Segment[], sentences: readonly Sentence[], sponsorEnds: number[]): readonly Segment[] {
  if (!segments.some((s) => s.kind === 'sponsor' && s.span.end - s.span.start > 2 * SPONSOR_READ_CHARS)) return segments;
  const out: Segment[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'sponsor' || seg.span.end - seg.span.start <= 2 * SPONSOR_READ_CHARS) {
      out.push(seg);
      continue;
    }
    const named = sponsorEnds.filter((x) => x > seg.span.start && x < seg.span.start + 2 * SPONSOR_READ_CHARS);
    const target = named.length ? Math.max(...named) : seg.span.start + SPONSOR_READ_CHARS;
    const cut = sentences.find((x) => x.span.start >= target && x.span.start < seg.span.end)?.span.start ?? target;
    out.push({ ...seg, span: { start: seg.span.start, end: cut } });
    out.push({ ...seg, id: `${seg.id}-rest`, kind: 'topic', title: '', span: { start: cut, end: seg.span.end } });
  }
  return out;
}

/** The offset where a segment's first OPENING_SENTENCES sentences end (its start when unknown). */
function openingEndOf(seg: Segment, sentences: readonly Sentence[]): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].span.start < seg.span.start) lo = mid + 1;
    else hi = mid;
  }
  let end = seg.span.start;
  for (let k = lo; k < sentences.length && k < lo + OPENING_SENTENCES && sentences[k].span.start < seg.span.end; k++) end = sentences[k].span.end;
  return Math.min(end, seg.span.end);
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
function writtenForms(e: Entity, source: string): string[] {
  const out = [e.name];
  for (const m of e.mentions) {
    if (out.length > 4) break;
    const f = source.slice(m.span.start, m.span.end);
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
