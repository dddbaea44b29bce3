import type { Entity, EntityType, Segment, SegmentKind, Tag } from '../document/document.js';
import { findAtOrBefore } from '../document/span.js';
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
    return { tags: rankTags(need(doc, 'entities'), need(doc, 'segments')) };
  },
};

export const MAX_TAGS = 25;
export const MIN_SCORE = 0.3;

const INTRODUCING = new Set(['context:a-thing-called', 'context:is-a-library']);
const KIND_WEIGHT: Record<SegmentKind, number> = { topic: 1, extra: 0.8, intro: 0.4, outro: 0.3, sponsor: 0.2 };
const TYPE_WEIGHT: Partial<Record<EntityType, number>> = {
  library: 1, framework: 1, language: 1, tool: 1, service: 0.9, database: 1, os: 1, event: 0.9, standard: 0.8,
  company: 0.7, concept: 0.6, other: 0.75,
};

export function rankTags(entities: readonly Entity[], segments: readonly Segment[]): Tag[] {
  const spans = segments.map((s) => s.span);
  const segOf = (offset: number): number => findAtOrBefore(spans, offset);
  // per segment: mentions of each entity, and the order entities first appear in it
  const perSegment = segments.map(() => new Map<string, number>());
  const firstSeen = segments.map(() => [] as string[]);
  const firstAt = segments.map(() => new Map<string, number>());
  const eligible = entities.filter(taggable);
  for (const e of eligible) {
    for (const m of e.mentions) {
      const s = segOf(m.span.start);
      if (s < 0) continue;
      const counts = perSegment[s];
      if (!counts.has(e.id)) firstSeen[s].push(e.id);
      const at = firstAt[s].get(e.id);
      if (at === undefined || m.span.start < at) firstAt[s].set(e.id, m.span.start);
      counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    }
  }
  for (let s = 0; s < segments.length; s++) {
    const at = firstAt[s];
    firstSeen[s].sort((a, b) => at.get(a)! - at.get(b)!);
  }
  // the lead technologies of each topic: said there often, said mostly there (not the
  // show's umbrella language), named in the title, introduced by the speakers, said early
  const total = new Map(eligible.map((e) => [e.id, e.mentions.length]));
  const introduced = new Set(eligible.filter((e) => e.why.some((w) => INTRODUCING.has(w))).map((e) => e.id));
  const names = new Map(eligible.map((e) => [e.id, e.name]));
  const typeWeight = new Map(eligible.map((e) => [e.id, TYPE_WEIGHT[e.type] ?? 0.5]));
  const lead = new Map<string, number>();
  segments.forEach((seg, s) => {
    if (seg.kind !== 'topic' && seg.kind !== 'extra') return;
    const ranked = [...perSegment[s]]
      .map(([id, count]) => {
        const own = count * (count / total.get(id)!);
        const title = seg.title && mentionsName(seg.title, names.get(id)!) ? 2 : 0;
        const early = Math.max(0, 1 - firstSeen[s].indexOf(id) * 0.34);
        // a concept (`deep learning`) or a company rarely is what a topic is about
        return { id, local: typeWeight.get(id)! * (own + title + (introduced.has(id) ? 2 : 0) + early) };
      })
      .sort((x, y) => y.local - x.local || (x.id < y.id ? -1 : 1));
    const weight = seg.kind === 'topic' ? 1 : 0.8;
    ranked.slice(0, 2).forEach((r, k) => lead.set(r.id, Math.max(lead.get(r.id) ?? 0, weight * (k === 0 ? 1 : 0.5))));
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
      (detail * (Math.log2(1 + weighted) + 0.2 * Math.min(topics.size, 3)) + 1.6 * (lead.get(e.id) ?? 0));
    const score = 1 - Math.exp(-raw / 2.5);
    if (score >= MIN_SCORE) scored.push({ name: e.name, entity: e.id, score: Math.round(score * 1000) / 1000 });
  }
  scored.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, MAX_TAGS);
}

/** People, code tokens and names seen only in passing are entities, not tags. */
function taggable(e: Entity): boolean {
  if (e.notag || e.type === 'person') return false;
  // a name only a shape rule found (capitalised, CamelCase) needs to come back to be a tag
  const weakOnly = e.why.every((w) => w.startsWith('shape:') || w === 'context:name-seen-elsewhere');
  if (weakOnly && e.mentions.length < 4) return false;
  return true;
}

/** Does a title name the entity, as whole words (`Pytest` in "The Cleaning Hand of Pytest")? */
function mentionsName(title: string, name: string): boolean {
  const i = title.toLowerCase().indexOf(name.toLowerCase());
  if (i < 0) return false;
  const before = i === 0 ? ' ' : title[i - 1];
  const after = title[i + name.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}
