import type { Boundary, Doc, Entity, EpisodeMeta, Ingested, ParagraphSpeaker, Person, Segment, Sentence, TokenLayer } from '../document/document.js';
import { packedMap } from '../document/packed.js';
import { speechOffset, type SpeechText } from '../document/speech-text.js';
import type { Span } from '../document/span.js';
import type { GapEvidence } from '../segments/boundaries.js';
import type { KindDecision } from '../segments/kinds.js';
import { tokenText, wordsBySpeaker, type Unit } from '../segments/units.js';
import { need } from '../stages/stage.js';
import { phraseCandidates, rankPhrases, type Phrase, type PhraseCandidate } from './keyphrases.js';
import { choosePresenter } from './presenter.js';
import { speakerShare } from './speaker-share.js';
import { summarise } from './summaries.js';
import { cardCues, openingSubject, sectionLabel, type OpeningSentence, type SegmentEntity } from './subject.js';
import { leadHeadline, makeTitle } from './titles.js';

/** How much of a segment's start is read for what it opens with. */
const OPENING_WORDS = 100;
const OPENING_UNITS = 12;

export interface CardInput {
  units: readonly Unit[];
  /** Unit range [start, end) of each segment. */
  ranges: ReadonlyArray<[number, number]>;
  spans: readonly Span[];
  kinds: readonly KindDecision[];
  evidence: GapEvidence;
  boundaries: readonly Boundary[];
}

/** The card of every segment: title, summary, presenter, speaker share, entities, keyphrases, time. */
export function buildCards(doc: Doc, x: CardInput): Segment[] {
  const source = doc.source;
  const speech = need(doc, 'speech');
  const ingest = need(doc, 'ingest');
  const tokens = need(doc, 'tokens');
  const sentences = need(doc, 'sentences');
  const speakers = need(doc, 'paragraphSpeakers');
  const people = need(doc, 'people');
  const entities = need(doc, 'entities');
  const episode = need(doc, 'episode');
  const { units, ranges } = x;

  // Arrays here are built by push, not Array.prototype.map: V8's optimised map makes holey
  // arrays where the interpreter made packed ones, and code optimised on one kind was
  // thrown away (and recompiled, ~50 ms) when the other came, episode after episode.
  const cands: Array<Map<string, PhraseCandidate>> = [];
  for (const [a, b] of ranges) cands.push(phraseCandidates(tokens, units[a].tokenStart, units[b - 1].tokenEnd));
  const segmentsWith = new Map<string, number>();
  for (const c of cands) for (const key of c.keys()) segmentsWith.set(key, (segmentsWith.get(key) ?? 0) + 1);
  // entity mentions per segment, and where in the segment each is first mentioned
  const entityCounts: Map<string, number>[] = [];
  const entityFirst: Map<string, number>[] = [];
  const entityMentions: Map<string, Span[]>[] = [];
  for (let i = 0; i < ranges.length; i++) {
    entityCounts.push(new Map());
    entityFirst.push(new Map());
    entityMentions.push(new Map());
  }
  const entityTotal = new Map<string, number>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const i = segmentAt(x.spans, m.span.start);
      if (i < 0) continue;
      entityCounts[i].set(e.id, (entityCounts[i].get(e.id) ?? 0) + 1);
      const here = entityMentions[i].get(e.id);
      if (here) here.push(m.span);
      else entityMentions[i].set(e.id, [m.span]);
      if (!entityFirst[i].has(e.id)) entityFirst[i].set(e.id, m.span.start);
      entityTotal.set(e.id, (entityTotal.get(e.id) ?? 0) + 1);
    }
  }
  const entityName = new Map(entities.map((e) => [e.id, e.name]));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const episodeWords = wordsBySpeaker(units, speakers, 0, units.length).words;
  const c: CardContext = {
    source, speech, ingest, tokens, sentences, speakers, people, episode, x,
    cands, segmentsWith, entityCounts, entityFirst, entityTotal, entityMentions, entityName, entityById, episodeWords,
  };
  const cards: Segment[] = [];
  for (let i = 0; i < ranges.length; i++) cards.push(card(c, i));
  return cards;
}

/**
 * A title that names nothing (no capital letter: `spot instances`) with the named thing a
 * segment is most about in front (`Karpenter: spot instances`), unless a word of the name is
 * already in it (`uv: uv build` says it twice).
 */
export function withNamedThing(title: string, name: string): string {
  if (/\p{Lu}/u.test(title)) return title;
  const lower = title.toLowerCase();
  return name.toLowerCase().split(/\s+/).some((w) => lower.includes(w)) ? title : `${name}: ${title}`;
}

/** What every card of an episode reads: its layers and the per-segment counts of buildCards. */
interface CardContext {
  source: string;
  speech: SpeechText;
  ingest: Ingested;
  tokens: TokenLayer;
  sentences: readonly Sentence[];
  speakers: readonly ParagraphSpeaker[];
  people: readonly Person[];
  episode: EpisodeMeta;
  x: CardInput;
  cands: ReadonlyArray<Map<string, PhraseCandidate>>;
  segmentsWith: ReadonlyMap<string, number>;
  entityCounts: ReadonlyArray<Map<string, number>>;
  entityFirst: ReadonlyArray<Map<string, number>>;
  entityTotal: ReadonlyMap<string, number>;
  entityMentions: ReadonlyArray<Map<string, Span[]>>;
  entityName: ReadonlyMap<string, string>;
  entityById: ReadonlyMap<string, Entity>;
  /** Each speaker's words in the whole episode. */
  episodeWords: ReadonlyMap<string, number>;
}

/**
 * The card of segment i. A function of its own, not a closure in buildCards: V8 compiled a
 * closure anew for each episode's buildCards (~100-200 ms each time, the biggest compile in
 * the pipeline); a top-level function is compiled once.
 */
function card(c: CardContext, i: number): Segment {
  const { source, speech, ingest, tokens, sentences, speakers, people, episode, x, cands, segmentsWith, entityCounts, entityFirst, entityTotal, entityMentions, entityName, entityById } = c;
  const { units, ranges } = x;
  const [a, b] = ranges[i];
  const kind = x.kinds[i];
  const span = x.spans[i];
  const tokA = units[a].tokenStart;
  const tokB = units[b - 1].tokenEnd;
  const phrases: Phrase[] = rankPhrases(cands[i], segmentsWith, ranges.length, tokB - tokA, tokA);
  // salience: mentions here, the share of all its mentions that are here, an early first mention
  const ents: Array<{ id: string; score: number }> = [];
  for (const [id, n] of entityCounts[i]) {
    const rel = (entityFirst[i].get(id)! - span.start) / Math.max(1, span.end - span.start);
    ents.push({ id, score: n * (n / (entityTotal.get(id) ?? n)) * (1.5 - rel) });
  }
  ents.sort((p, q) => q.score - p.score);
  // the subject: of the entities mentioned about as often as the most frequent one and
  // mostly here, the one named first (show notes name what the item opens with; on a tie,
  // the more salient)
  // people are who talks or is quoted, never what a card is about
  // (nor a general idea, `breaking changes`, `senior engineers`: an item is about something more
  // particular; nor what is never an episode's tag, `USB`, `HDD`: what a show runs on)
  const thing = (id: string) => {
    const e = entityById.get(id);
    return e?.type !== 'person' && !e?.generic && !e?.notag;
  };
  let maxCount = 0;
  for (const [id, n] of entityCounts[i]) if (thing(id) && n > maxCount) maxCount = n;
  let lead: { id: string; score: number } | undefined;
  let top: { id: string; score: number } | undefined;
  for (const e of ents) {
    if (!thing(e.id)) continue;
    top ??= e;
    const n = entityCounts[i].get(e.id)!;
    if (n * 2 < maxCount || n * 2 < (entityTotal.get(e.id) ?? 0)) continue;
    if (!lead || entityFirst[i].get(e.id)! < entityFirst[i].get(lead.id)!) lead = e;
  }
  const counted = lead ? entityName.get(lead.id) ?? null : top ? entityName.get(top.id) ?? null : null;
  // what the segment opens with names its subject better than counts (`Kotlin 2.0 is out`);
  // intros, outros and sponsor reads have their own titles
  const openingText: OpeningSentence[] = [];
  for (let k = a; k < Math.min(b, a + OPENING_UNITS) && units[k].wordsBefore - units[a].wordsBefore < OPENING_WORDS; k++) {
    const u = units[k];
    // (in the speech text: a word-level JSON result's source holds JSON between the words)
    openingText.push({ text: speech.text.slice(tokens.textStart[u.tokenStart], tokens.textEnd[u.tokenEnd - 1]), start: tokens.textStart[u.tokenStart] });
  }
  const segEntities: SegmentEntity[] = [];
  for (const [id, ms] of entityMentions[i]) {
    const e = entityById.get(id)!;
    segEntities.push({ id, name: e.name, type: e.type, mentions: ms, total: entityTotal.get(id) ?? ms.length });
  }
  // a listener's question read out (a cue whose reader brings the item) or an interviewer's
  // question (the interview-only cue) opens the segment
  let asked = false;
  for (let k = a; k < Math.min(b, a + 3) && !asked; k++) for (const h of x.evidence.cues[k] ?? []) if (h.weight > 0 && (h.brings || h.interviewOnly)) asked = true;
  const opened = kind.kind === 'topic' || kind.kind === 'extra' ? openingSubject({ source: speech.text, opening: openingText, entities: inSpeech(segEntities, speech), phrases, asked, counted }) : null;
  const subject = opened?.text ?? counted;
  // six opening sentences: a welcome's last banter can come before the section's question
  const section = kind.kind === 'topic' || kind.kind === 'extra' ? sectionLabel(openingText.slice(0, 6)) : null;
  const text = tokenText(source, tokens, units[a].tokenStart, Math.min(units[b - 1].tokenEnd, units[a].tokenStart + 600));
  const headline = x.evidence.headline[a] ? tokenText(source, tokens, units[a].tokenStart, units[a].tokenEnd) : null;
  const share = speakerShare(units, [a, b], speakers);
  const monologue = Object.keys(share).length <= 1;
  let opening: string | null = null;
  if (monologue) {
    const leads: string[] = [];
    let firstIsTalk = false;
    for (let k = a; k < Math.min(b, a + 4); k++) {
      const u = units[k];
      // a whole written sentence only: speech-to-text pieces make poor headlines
      if (!u.sentenceStart || u.cutOff || !/[.!?]["”’')]*$/.test(tokens.value[u.tokenEnd - 1])) continue;
      const lead = leadHeadline(tokenText(source, tokens, u.tokenStart, Math.min(u.tokenEnd, u.tokenStart + 40)), x.evidence.cues[k].some((h) => h.weight > 0));
      if (!lead) continue;
      if (!leads.length) firstIsTalk = opensLikeTalk(lead);
      leads.push(lead);
    }
    // show notes name the subject: the first opening sentence that does (`Here's the one I
    // mentioned at the top.` is no title), else the first one, unless it opens like talk (`If
    // you've ever taught Java to anyone…`: a solo host's tutorial, titled by its subject)
    const named = subject ? leads.find((l) => l.toLowerCase().includes(subject.toLowerCase()) && !opensLikeTalk(l)) : undefined;
    opening = named ?? (firstIsTalk ? null : leads[0] ?? null);
  }
  // a news read keeps its opening statement; a conversation's announcement is its headline
  const announced = !headline && !opening && opened?.headline ? opened.headline : null;
  // the next most salient things of the segment, said at least twice and mostly here; then,
  // for a title that lists what the item covers, things said mostly here, once or more
  const second: string[] = [];
  const also: string[] = [];
  for (const e of ents) {
    if (second.length >= 2 && also.length >= 3) break;
    const name = entityName.get(e.id);
    const n = entityCounts[i].get(e.id) ?? 0;
    if (!name || !thing(e.id) || n * 2 < (entityTotal.get(e.id) ?? 0)) continue;
    if (subject && (name.toLowerCase().includes(subject.toLowerCase()) || subject.toLowerCase().includes(name.toLowerCase()))) continue;
    if (n >= 2 && second.length < 2) second.push(name);
    else if (also.length < 3 && !second.includes(name)) also.push(name);
  }
  let title = announced ? announced : makeTitle({ kind: kind.kind, text, headline, subject, phrases, episode, lead: opening, related: second, also });
  if (section && !headline && !title.toLowerCase().includes(section.label.toLowerCase())) title = `${section.label}: ${title}`;
  // a title that names nothing (`spot instances`, `mix igniter`) takes the named thing the
  // segment is most about, said at least twice and mostly here (`Karpenter: spot instances`)
  if (!headline && title !== opening && title !== announced && (kind.kind === 'topic' || kind.kind === 'extra')) {
    const e = ents.find((x) => thing(x.id));
    const name = e ? entityName.get(e.id) : undefined;
    const n = e ? entityCounts[i].get(e.id) ?? 0 : 0;
    if (e && name && entityById.get(e.id)?.type !== 'concept' && n >= 2 && n * 2 >= (entityTotal.get(e.id) ?? 0)) title = withNamedThing(title, name);
  }
  const first = units[a].sentence;
  const last = units[b - 1].sentence + 1;
  const summary = summarise(source, tokens, units, a, b, phrases);
  const pres = choosePresenter({ source, tokens, units, range: [a, b], cues: x.evidence.cues, speakers, people, kind: kind.kind, episodeWords: c.episodeWords });
  const boundary = i === 0 ? null : x.boundaries[i - 1];
  let time = null;
  if (ingest.timed) {
    const t0 = sentences[first]?.time?.start ?? null;
    const next = i + 1 < ranges.length ? sentences[units[ranges[i + 1][0]].sentence]?.time?.start ?? null : null;
    const lastTime = sentences[last - 1]?.time;
    const t1 = next ?? lastTime?.end ?? lastTime?.start ?? null;
    if (t0 !== null) time = { start: i === 0 ? 0 : t0, end: t1 !== null && t1 >= t0 ? t1 : null };
  }
  return {
    id: `seg-${i + 1}`,
    kind: kind.kind,
    span,
    time,
    sentenceStart: first,
    sentenceEnd: last,
    title,
    summary,
    presenter: pres.presenter,
    speakerShare: share,
    // packedMap: the output schema's checks read these (see packed.ts)
    // (the technologies discussed: general ideas, `pull requests`, are the episode's entities only)
    entities: packedMap(ents.filter((e) => !entityById.get(e.id)?.generic), (e) => e.id),
    keyphrases: packedMap(phrases.slice(0, 6), (p) => p.text),
    confidence: boundary ? Math.min(1, boundary.score / 5) : 1,
    why: cardWhy(boundary?.why ?? ['file-start'], kind.why, pres.why, opened?.why ?? null, announced !== null, section?.why ?? null),
  };
}

/** A sentence that opens like talk, not a headline (models/cards/cues.json `talkOpening`). */
const opensLikeTalk = (sentence: string): boolean => cardCues().talkOpening.test(sentence);

/** A card's rule ids: its boundary's, its kind's, its presenter's, its title's. Pushed one by one: see buildCards. */
function cardWhy(boundary: readonly string[], kind: readonly string[], presenter: readonly string[], opened: string | null, announced: boolean, section: string | null): string[] {
  const why: string[] = [];
  for (const w of boundary) why.push(w);
  for (const w of kind) why.push(w);
  for (const w of presenter) why.push(`presenter:${w}`);
  if (opened !== null) {
    why.push(opened);
    if (announced) why.push('title:announcement');
  }
  if (section !== null) why.push(section);
  return why;
}

function segmentAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[mid].start) hi = mid - 1;
    else if (offset >= spans[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The entities with their mentions' spans in the speech text (see SubjectInput). */
function inSpeech(entities: readonly SegmentEntity[], speech: SpeechText): SegmentEntity[] {
  return entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ start: speechOffset(speech, m.start), end: speechOffset(speech, m.end) })) }));
}
