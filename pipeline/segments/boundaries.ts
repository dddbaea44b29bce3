import type { Boundary, Doc, Entity, Ingested, ParagraphSpeaker, Person, TokenLayer } from '../document/document.js';
import { paragraphText } from '../document/speech-text.js';
import { contentTokens, cosine, lexicalDepth, type ContentTokens } from './cohesion.js';
import { escapeRegExp, speakerCues } from '../speakers/cues.js';
import { brandReads } from './brand-reads.js';
import { isRundown } from './rundown.js';
import { cueSet, matchCues, maySponsorSite, pitchesSponsor, ruleHit, sectionCue, type CueHit } from './cues.js';
import { tokenText, wordsBySpeaker, type Unit } from './units.js';

export interface SegmentParams {
  maxUnitTokens: number;
  window: number;
  smoothing: number;
  depthWeight: number;
  paragraphBonus: number;
  speakerChangeBonus: number;
  headlineWeight: number;
  /** A topic announced by name (`Okay. Laravel.`): its weight, and the words that must follow in its paragraph. */
  announceWeight: number;
  announceMinRestWords: number;
  entityShiftWeight: number;
  threshold: number;
  smallWindow: number;
  lexicalThresholdSd: number;
  minSegmentWords: number;
  lexicalMinSegmentWords: number;
  introMaxShare: number;
  outroMinShare: number;
  /** The most words an outro runs (the longest gold outro has 225): an earlier sign-off with more after it and another sign-off later is not the outro. */
  outroMaxWords: number;
  mergeSimilarity: number;
  /** Shortest sponsor read: a boundary after one may come this soon, whatever the items' length. */
  sponsorMinWords: number;
  /** An intro cue this many words after the previous one is talk, not the intro. */
  introGapWords: number;
  /** In a conversation, a segment cut by a lexical dip or a weak cue is at least this share of the typical item. */
  lexicalShareOfItem: number;
  /** The typical item's length where no cue cut the body (see typicalItemWords). */
  typicalItemPriorWords: number;
  /** ...where the cued boundaries cut the body into at most this many pieces. */
  typicalItemPriorPieces: number;
  /** In an interview, a paragraph turning to a guest by name with a question (`Amara, what's next?`): a weak opener. */
  asksGuestWeight: number;
  /** A sponsor read found by its brand and a sentence about paying for the show (brand-reads.ts); 0: off. */
  brandReadWeight: number;
}

/** Everything known about the gap before each unit; the cards reuse the cue hits. */
export interface GapEvidence {
  cues: CueHit[][];
  headline: boolean[];
  depth: Float64Array;
  score: Float64Array;
  /** The reasons for gap k (rule ids with their values), built when asked for. */
  why: (k: number) => string[];
  /** Reasons found later (`sides-differ`), appended to `why(k)`. */
  later: Map<number, string[]>;
  /** 1 at gaps inside a visitor's stretch (see visitorStretches): only a strong cue cuts there. */
  visiting?: Uint8Array;
  /** The small-window depth (z-scores): where exactly a lexical dip is. */
  fine: Float64Array;
  content: ContentTokens;
}

/**
 * A headline: a paragraph of one short line in title case without a closing period, as
 * written-out transcripts put before each news item.
 */
export function isHeadline(text: string): boolean {
  const t = text.trim();
  // a line broken off (`So, Hana—`, `and then…`) is speech cut short, not a title
  if (!t || t.length > 110 || /[.!?,;:…—–-]["”’)]*$/.test(t) || /\n/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 14) return false;
  const small = /^(?:a|an|the|and|or|of|in|on|to|for|with|at|by|from|as|is|vs\.?|but|its|into|over|up)$/i;
  let caps = 0;
  let counted = 0;
  for (const w of words) {
    if (small.test(w)) continue;
    counted++;
    if (/^[\p{Lu}\p{N}"“'‘(]/u.test(w)) caps++;
  }
  return counted > 0 && caps / counted >= 0.7;
}

/**
 * A section heading in a transcript that labels every turn: one line of one to six words,
 * starting with a capital or a digit, with no closing punctuation (`Comptime`, `Build system`,
 * `Bun, TigerBeetle and Ghostty`): an unlabelled line there is no speech.
 */
export function isSectionHeading(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 60 || /\n/.test(t) || /[.!?,;:…—–-]["”’)]*$/.test(t) || !/^[\p{Lu}\p{N}]/u.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words >= 1 && words <= 6;
}

/** Speaker label and timestamp prefixes are not the headline's words. */
function paragraphSpeech(ingest: Ingested, p: number): string {
  return paragraphText(ingest.paragraphs[p]);
}

/** The intro cue a rundown of the items carries (see gatherEvidence). */
const RUNDOWN_CUE = 'intro:rundown';
/** Tokens before a sentence read for a rundown's lead-in (the model reads the last leadChars of them). */
const RUNDOWN_LEAD_TOKENS = 80;
const HEADLINE = 1;
const PARAGRAPH = 2;
const SPEAKER = 4;

export function gatherEvidence(
  doc: Doc,
  tokens: TokenLayer,
  units: readonly Unit[],
  ingest: Ingested,
  speakers: readonly ParagraphSpeaker[] | null,
  entities: readonly Entity[],
  params: SegmentParams,
  conversation = false,
): GapEvidence {
  const n = units.length;
  const source = doc.source;
  // an interview: the speakers stage found a guest
  const interview = doc.layers.people?.some((p) => p.role === 'guest') ?? false;
  const c = contentTokens(tokens, units);
  // two scales: short news items and long conversational ones; each as a z-score
  const z = zScores(lexicalDepth(c, units, params.smallWindow, 0).depth);
  const fine = Float64Array.from(z);
  const zl = zScores(lexicalDepth(c, units, params.window, params.smoothing).depth);
  for (let k = 0; k < n; k++) z[k] = Math.max(z[k], zl[k]);
  const depth = z;
  // paragraphs mean something when they hold more than one unit on average
  const paragraphsReal = ingest.paragraphs.length >= 3 && n / Math.max(1, ingest.paragraphs.length) >= 1.3;
  const shifts = entityShifts(entities, units, 12);
  const oneVoiceLeads = conversation && leadShare(units, speakers) >= ONE_VOICE_LEADS;
  const outroFrom = n ? (units[n - 1].wordsBefore + units[n - 1].words) * params.outroMinShare : 0;
  const introUntil = n ? (units[n - 1].wordsBefore + units[n - 1].words) * params.introMaxShare : 0;
  const asksGuest = interview ? guestAsker(ingest, speakers, doc.layers.people ?? []) : null;
  const cues: CueHit[][] = [];
  const headline: boolean[] = [];
  // paragraphs that pitch a sponsor, read once each; `cued`: a sponsor cue is said in it too
  // (`…Let's take a break. This episode is brought to you by Acme…`), which places the read;
  // one said in the paragraph before opened the read there (`…because this episode is brought
  // to you by Acme.` / `You can quarantine…`)
  const pitches = new Map<number, { ends: boolean; cued: boolean } | null>();
  const sponsorSince = (k: number, words: number) => {
    for (let j = k - 1; j >= 0 && units[k].wordsBefore - units[j].wordsBefore <= words; j--) if (cues[j].some((h) => h.kind === 'sponsor')) return true;
    return false;
  };
  const adSaid = (p: number) => {
    const adStart = speakerCues().adStart;
    adStart.lastIndex = 0;
    return adStart.test(paragraphSpeech(ingest, p));
  };
  const pitchAt = (p: number) => {
    let r = pitches.get(p);
    if (r === undefined) {
      // (the pieces tested before they are joined: most paragraphs name no address)
      const pitch = ingest.paragraphs[p].pieces.some((x) => maySponsorSite(x.text)) ? pitchesSponsor(paragraphSpeech(ingest, p)) : null;
      r = pitch && { ends: pitch.ends, cued: adSaid(p) };
      pitches.set(p, r);
    }
    return r;
  };
  // a transcript that labels (nearly) every paragraph from its first label on: an unlabelled
  // short line there is a heading
  let labelled = 0;
  let from = -1;
  ingest.paragraphs.forEach((p, i) => {
    if (!p.label) return;
    labelled++;
    if (from < 0) from = i;
  });
  const labelledFile = from >= 0 && labelled >= 10 && labelled >= (ingest.paragraphs.length - from) * 0.8;
  const score = new Float64Array(n);
  // reasons are kept as numbers and flags; their strings are built only for chosen gaps
  const whyDepth = new Float64Array(n);
  const whyFlags = new Uint8Array(n);
  // section markers (`[SPONSOR MESSAGE]`): the first unit after each opens the part it names
  const sectionAt = new Map<number, CueHit>();
  for (const sec of ingest.sections ?? []) {
    const hit = sectionCue(sec.title);
    if (!hit) continue;
    let k = 0;
    while (k < n && units[k].start < sec.span.end) k++;
    // (an intro marker opens the show: its first unit, wherever the marker sits before it)
    if (hit.kind === 'intro' && k < n) sectionAt.set(k, hit);
    else if (k > 0 && k < n && !sectionAt.has(k)) sectionAt.set(k, hit);
  }
  for (let k = 0; k < n; k++) {
    const u = units[k];
    // a few words past a short unit's end: a cue cut from running text may end there
    // cues read only the first 160 characters (normaliseStart)
    const text = tokenText(source, tokens, u.tokenStart, Math.min(tokens.count, Math.max(Math.min(u.tokenEnd, u.tokenStart + 30), u.tokenStart + 10)), 200);
    // intro cues count only in the opening share (the intro search stops there)
    const late = u.wordsBefore > introUntil;
    const atStart = u.sentenceStart || k === 0;
    const hits = matchCues(text, atStart && u.cutOff, undefined, false, late);
    // The hits are this call's own objects: weights are scaled and outro cues dropped in
    // place. Copies made with map/filter/spread are other kinds of arrays and objects (and
    // V8's optimised map makes holey arrays where the interpreter makes packed ones): code
    // reading `ev.cues` was thrown away and recompiled whenever a new kind came along.
    if (!atStart) for (const h of hits) h.weight = h.weight * 0.7;
    // (in a show one voice leads, a connective opens the next item of its read even when a
    // guest talks elsewhere: there only talk around the gap that is a conversation scales it;
    // between co-hosts, one host's long story says `meanwhile` inside an item)
    if (conversation && hits.some((h) => h.conversationWeight !== 1) && (!oneVoiceLeads || talkAround(units, speakers, k, CONVERSATION_REACH_WORDS))) for (const h of hits) h.weight = h.weight * h.conversationWeight;
    // `That's it.` in the middle of a show ends an answer, not the show
    const drop = (bad: (h: CueHit) => boolean) => {
      let kept = 0;
      for (const h of hits) if (!bad(h)) hits[kept++] = h;
      hits.length = kept;
    };
    if (u.wordsBefore < outroFrom && hits.some((h) => h.kind === 'outro')) drop((h) => h.kind === 'outro');
    if (!u.firstOfParagraph && hits.some((h) => h.paragraphStart)) drop((h) => h.paragraphStart);
    if (!interview && hits.some((h) => h.interviewOnly)) drop((h) => h.interviewOnly);
    const section = sectionAt.get(k);
    if (section) hits.push({ ...section });
    // an interviewer turning to a guest by name with a question (`Amara, what's coming next?`)
    if (k > 0 && u.firstOfParagraph && asksGuest !== null && !hits.some((h) => h.weight >= 2.5) && asksGuest(u.paragraph)) hits.push(ruleHit('opener:asks-guest', params.asksGuestWeight, 'topic', { handoff: true, interviewOnly: true }));
    // what follows a sponsor read's thanks (`Thanks to Acme for supporting the show.`) goes back
    // to the show, in the next paragraph or the same one (`Acme, thank you for backing the show.
    // Now, ledgers.`); a thanks that names no sponsoring (`for helping us make X`) ends a read
    // only where one was cued shortly before. Inside a paragraph too only then (`…thanks to Acme
    // for sponsoring. Acme is…` opens a read), and not at a second thanks (`Thanks, Acme.`)
    if (k > 0 && (u.firstOfParagraph || u.sentenceStart) && u.wordsBefore < outroFrom && !hits.some((h) => h.weight >= 2.5)) {
      const cuedRead = (u.firstOfParagraph || !THANKS.test(text)) && sponsorSince(k, AD_THANKS_REACH_WORDS);
      const ends = u.firstOfParagraph || cuedRead ? endsSponsorRead(source, tokens, units[k - 1]) : null;
      if ((ends === 'sponsoring' && u.firstOfParagraph) || (ends !== null && cuedRead)) hits.push(ruleHit('after:sponsor-read', 3, 'topic', { paragraphStart: u.firstOfParagraph }));
    }
    // a sponsor read that opens with its pitch (`Your dashboards are green. Acme watches…
    // Try it free at acme dot io slash show.`), and the paragraph after one that ends with it
    if (k > 0 && u.firstOfParagraph && u.wordsBefore < outroFrom && !hits.some((h) => h.weight >= 2.5)) {
      const here = pitchAt(u.paragraph);
      // (not the second paragraph of a read a cue opened: `…brought to you by Acme. / Acme watches…`)
      if (here && !here.cued && !sponsorSince(k, params.sponsorMinWords * 2.5) && !(u.paragraph > 0 && adSaid(u.paragraph - 1))) hits.push(ruleHit('sponsor:pitch', PITCH_WEIGHT, 'sponsor'));
      else if (u.paragraph > 0 && pitchAt(u.paragraph - 1)?.ends) hits.push(ruleHit('after:sponsor-read', 3));
    }
    // a topic announced by name (`Okay. Laravel. Nightwatch is out…`)
    if (k > 0 && u.firstOfParagraph && params.announceWeight > 0 && !hits.some((h) => h.weight >= params.announceWeight) && announcesTopic(tokens, u.tokenStart, params.announceMinRestWords)) hits.push(ruleHit('opener:announces-topic', params.announceWeight));
    cues.push(hits);
    // a line someone is labelled as saying is speech, whatever its case
    const line = u.firstOfParagraph && units[k + 1]?.paragraph !== u.paragraph && !ingest.paragraphs[u.paragraph].label ? paragraphSpeech(ingest, u.paragraph) : null;
    headline.push(line !== null && (isHeadline(line) || (labelledFile && isSectionHeading(line))));
  }
  // a rundown of the items in the opening (`Tonight's pile, in order: an echo…, three
  // physicists…, and…`) belongs to the intro: the last piece of its sentence carries an intro
  // cue that ends the opening (see chooseBoundaries)
  const sentences = doc.layers.sentences ?? [];
  const rundown = cueSet().rundown;
  for (let k = 0, first = 0; k < n; k++) {
    if (k > 0 && units[k].sentence !== units[k - 1].sentence) {
      first = k;
      if (units[first].wordsBefore > introUntil) break;
    }
    if (k + 1 < n && units[k + 1].sentence === units[k].sentence) continue;
    const s = sentences[units[k].sentence];
    if (s && isRundown(tokenText(source, tokens, s.tokenStart, s.tokenEnd), tokenText(source, tokens, Math.max(0, s.tokenStart - RUNDOWN_LEAD_TOKENS), s.tokenStart), rundown)) {
      // (its items are no cues: `…a big rocket that finally brought its first stage home, …`)
      for (let j = first + 1; j <= k; j++) cues[j].length = 0;
      cues[k].push({ ...ruleHit(RUNDOWN_CUE, 0, 'intro', { paragraphStart: false }), intro: true, introEnd: true });
    }
  }
  // a sponsor read in words no cue knows (`The bill for this episode went to Acme…`): where
  // no cue placed a read near it
  if (params.brandReadWeight > 0) {
    for (const read of brandReads(tokens, units, doc.layers.people ?? [], cueSet().brandRead, introUntil)) {
      const k = read.start;
      if (k === 0 || units[k].wordsBefore >= outroFrom || cues[k].some((h) => h.weight >= 2.5)) continue;
      let cued = false;
      for (let j = read.from; j <= read.to && !cued; j++) cued = cues[j].some((h) => h.kind === 'sponsor');
      if (!cued) cues[k].push(ruleHit('sponsor:brand-read', params.brandReadWeight, 'sponsor', { paragraphStart: false }));
    }
  }
  for (let k = 0; k < n; k++) {
    const u = units[k];
    const hits = cues[k];
    const head = headline[k];
    let s = 0;
    let flags = 0;
    if (k > 0) {
      const best = hits.reduce((m, h) => Math.max(m, h.weight), 0);
      // a cue or a paragraph start takes the deepest dip next to it: the windows smear it
      let d = depth[k];
      if (best > 0 || u.firstOfParagraph) for (let j = Math.max(1, k - 2); j <= Math.min(n - 1, k + 1); j++) d = Math.max(d, depth[j]);
      s += (params.depthWeight * Math.min(4, Math.max(0, d))) / 2;
      whyDepth[k] = d;
      if (best > 0) s += best;
      if (head) {
        s += params.headlineWeight;
        flags |= HEADLINE;
      }
      if (u.firstOfParagraph && paragraphsReal) {
        s += params.paragraphBonus;
        flags |= PARAGRAPH;
      }
      if (u.firstOfParagraph && speakers) {
        const a = speakers[units[k - 1].paragraph]?.speaker;
        const b = speakers[u.paragraph]?.speaker;
        if (a && b && a !== b) {
          s += params.speakerChangeBonus;
          flags |= SPEAKER;
        }
      }
      if (shifts[k] > 0) s += params.entityShiftWeight * shifts[k];
    }
    score[k] = s;
    whyFlags[k] = flags;
  }
  const later = new Map<number, string[]>();
  const why = (k: number): string[] => {
    const w: string[] = [];
    if (k > 0) {
      if (whyDepth[k] > 0.5) w.push(`lexical-z:${whyDepth[k].toFixed(2)}`);
      for (const h of cues[k]) if (h.weight > 0) w.push(`cue:${h.id}${h.partial ? ':cut-off' : ''}`);
      if (whyFlags[k] & HEADLINE) w.push('headline');
      if (whyFlags[k] & PARAGRAPH) w.push('paragraph-start');
      if (whyFlags[k] & SPEAKER) w.push('speaker-change');
      if (shifts[k] > 0) w.push(`entity-shift:${shifts[k].toFixed(2)}`);
    }
    const more = later.get(k);
    return more ? [...w, ...more] : w;
  };
  return { cues, headline, depth, fine, score, why, later, content: c, visiting: visitorStretches(units, speakers) };
}

/**
 * Per gap k: 1 − overlap of the entities mentioned in the `span` units before and after it
 * (0 when either side names none). The three window edges only move forward, so the
 * counts slide along the mentions once: linear in units + mentions.
 */
function entityShifts(entities: readonly Entity[], units: readonly Unit[], span: number): Float64Array {
  const n = units.length;
  const out = new Float64Array(n);
  const starts: number[] = [];
  const ids: number[] = [];
  // (general ideas, `pull requests`, run through every item: what changes is the named things)
  const list = entities.flatMap((e, id) => (e.generic ? [] : e.mentions.map((m) => ({ start: m.span.start, id })))).sort((a, b) => a.start - b.start);
  if (!list.length) return out;
  for (const m of list) {
    starts.push(m.start);
    ids.push(m.id);
  }
  const left = new Int32Array(entities.length);
  const right = new Int32Array(entities.length);
  let leftSize = 0;
  let rightSize = 0;
  let shared = 0;
  // mentions [pa, pm) are left of the gap, [pm, pb) right of it
  let pa = 0;
  let pm = 0;
  let pb = 0;
  for (let k = 1; k < n; k++) {
    const a = units[Math.max(0, k - span)].start;
    const m = units[k].start;
    const b = units[Math.min(n - 1, k + span)].end;
    for (; pb < starts.length && starts[pb] < b; pb++) {
      const id = ids[pb];
      if (right[id]++ === 0) {
        rightSize++;
        if (left[id] > 0) shared++;
      }
    }
    for (; pm < pb && starts[pm] < m; pm++) {
      const id = ids[pm];
      if (--right[id] === 0) {
        rightSize--;
        if (left[id] > 0) shared--;
      }
      if (left[id]++ === 0) {
        leftSize++;
        if (right[id] > 0) shared++;
      }
    }
    for (; pa < pm && starts[pa] < a; pa++) {
      const id = ids[pa];
      if (--left[id] === 0) {
        leftSize--;
        if (right[id] > 0) shared--;
      }
    }
    if (leftSize && rightSize) out[k] = 1 - shared / Math.min(leftSize, rightSize);
  }
  return out;
}

/**
 * Picks boundaries: the intro's end and the outro's start from their cues, then the best
 * remaining gaps above the threshold, best first, none closer than a minimum segment length
 * to another. Gaps with no cue and no headline need a clearly deeper lexical dip and a longer
 * distance. The number of segments is whatever survives. In a conversation (`conversation`:
 * two or more people take turns) hosts digress inside an item, so a lexical boundary must
 * also leave segments at least half as long as the typical item the strong cues delimit
 * (`typicalItemWords`: few cues, few long topics), and banter between the welcome and a
 * hand-off soon after it joins the intro; a monologue (a news read) changes vocabulary only
 * when it changes story.
 */
export function chooseBoundaries(units: readonly Unit[], ev: GapEvidence, params: SegmentParams, totalWords: number, conversation = false): Boundary[] {
  const n = units.length;
  if (n < 2) return [];
  const chosen = new Map<number, Boundary>();
  // the chosen gaps in order too: neighbours by binary search, not a scan of every boundary
  const sorted: number[] = [];
  const lowerBound = (k: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const at = (k: number, score: number, why: string[]) => {
    if (!chosen.has(k)) sorted.splice(lowerBound(k), 0, k);
    chosen.set(k, { offset: units[k].start, sentence: units[k].sentence, score, why });
  };

  // intro: ends after the last intro cue in the opening share of the words
  let introEnd = -1;
  let introStop = false;
  // once a cue has ended the opening (an agenda, `let's get started`), only another such cue
  // within introGapWords moves its end (`We have a packed one.` … a follow-up … `All right,
  // I'll kick us off`)
  let stopsAt = Infinity;
  for (let k = 0; k < n && units[k].wordsBefore <= totalWords * params.introMaxShare && !introStop; k++) {
    if (k > 0 && ev.headline[k]) break;
    if (k > 0 && ev.cues[k].some((h) => !h.intro && h.weight >= 2.5 && h.kind !== 'sponsor')) break;
    if (units[k].wordsBefore > stopsAt) break;
    const ends = ev.cues[k].some((h) => h.intro && h.introEnd);
    // (in running speech-to-text a later cue is a piece of one long run that goes on into the
    // next story: keep the first)
    const wholeSentence = units[k].sentenceStart && (k + 1 >= n || units[k + 1].sentence !== units[k].sentence);
    if (!ev.cues[k].some((h) => h.intro) || (stopsAt < Infinity && !(ends && wholeSentence))) continue;
    // the intro is one stretch: a welcome-like phrase long after the last one is talk, not intro
    // (`let's get started`, `I'll kick us off` end the opening wherever they come in it)
    if (introEnd >= 0 && units[k].wordsBefore - (units[introEnd].wordsBefore + units[introEnd].words) > params.introGapWords && !ends) break;
    introEnd = k;
    if (ends) stopsAt = units[k].wordsBefore + units[k].words + params.introGapWords;
  }
  if (stopsAt < Infinity) introStop = true;
  let introK = -1;
  if (introEnd >= 0) {
    let k = introEnd + 1;
    const byRundown = ev.cues[introEnd].some((h) => h.id === RUNDOWN_CUE);
    // a short sentence after a rundown closes it (`…and a comet. Afterwards, one find each.`),
    // unless a cue opens the first item there
    if (byRundown && k < n && !ev.cues[k].some((h) => !h.intro && h.weight >= 2.5)) {
      let j = k;
      let words = 0;
      while (j < n && units[j].sentence === units[k].sentence) words += units[j++].words;
      if (j < n && words <= cueSet().rundown.tailWords) k = j;
    }
    // a written-out transcript: finish the intro's paragraph when little of it is left
    if (!introStop && k < n && !units[k].firstOfParagraph) {
      let j = k;
      while (j < n && !units[j].firstOfParagraph && !ev.cues[j].some((h) => h.weight >= 2.5) && !ev.headline[j]) j++;
      if (j < n && units[j].firstOfParagraph && j - k <= 4) k = j;
    }
    // running speech-to-text: the intro's last sentence runs on past its cue; end it at the
    // sharpest lexical turn in the next few pieces
    if (!introStop && k < n && !units[k].sentenceStart) {
      let best = k;
      for (let j = k + 1; j < n && j <= k + 3 && units[j].wordsBefore - units[k].wordsBefore <= 60 && !ev.headline[j]; j++) if (ev.fine[j] > ev.fine[best]) best = j;
      k = best;
    }
    // a sponsor read that starts a few words later starts right after the intro (`Thanks for
    // having me.` / `This episode is supported by…`): the intro ends there, not before a sliver
    for (let j = k + 1; j < n && units[j].wordsBefore - units[k].wordsBefore < params.minSegmentWords; j++) {
      if (ev.cues[j].some((h) => h.kind === 'sponsor' && h.weight >= 2.5)) {
        k = j;
        break;
      }
    }
    if (k < n) {
      introK = k;
      at(k, 5, ['intro-end', ...(byRundown ? ['after-rundown'] : []), ...ev.why(k)]);
    }
  }

  // outro: the first sign-off in the closing share after the last extras cue (`that's the
  // news; extras?` closes the items, not the show)
  let outroK = n;
  let lastExtra = 0;
  for (let k = n - 1; k > introK && !lastExtra && units[k].wordsBefore >= totalWords * params.outroMinShare; k--) if (ev.cues[k].some((h) => h.kind === 'extra')) lastExtra = k;
  // an outro is short: a sign-off with more than outroMaxWords after it and another sign-off
  // later (`Okay, that's the news. Let's do the listener question…`) closes a part, not the show
  const signOffs: number[] = [];
  for (let k = Math.max(1, introK + 1, lastExtra + 1); k < n; k++) if (units[k].wordsBefore >= totalWords * params.outroMinShare && ev.cues[k].some((h) => h.kind === 'outro')) signOffs.push(k);
  const outroAt = signOffs.find((k, i) => i === signOffs.length - 1 || totalWords - units[k].wordsBefore <= params.outroMaxWords);
  if (outroAt !== undefined) {
    outroK = outroAt;
    at(outroAt, 5, ['outro-start', ...ev.why(outroAt)]);
  }

  // the rest: best first
  const lexicalCut = params.lexicalThresholdSd;
  // only gaps that can pass the first tests below are sorted (the tests do not depend on order)
  const candidate = (k: number): boolean => {
    const cued = ev.headline[k] || ev.cues[k].some((h) => h.weight > 0 && !h.intro);
    return cued ? ev.score[k] >= params.threshold : ev.depth[k] >= lexicalCut && localMax(ev.depth, k, 1);
  };
  const order: number[] = [];
  for (let k = 1; k < n; k++) if (candidate(k)) order.push(k);
  order.sort((a, b) => ev.score[b] - ev.score[a] || a - b);
  const idf = unitIdf(ev.content, n);
  let lexicalMin = params.lexicalMinSegmentWords;
  // where the extras start: the first chosen extras cue in the second half of the show
  let extrasAt = -1;
  for (const pass of ['cued', 'lexical'] as const) {
  if (pass === 'lexical') for (const k of sorted) if (extrasAt < 0 && units[k].wordsBefore >= totalWords * 0.5 && opensExtras(units, ev, k)) extrasAt = k;
  if (pass === 'lexical' && conversation) {
    lexicalMin = lexicalMinWords(typicalItemWords(units, sorted, ev, totalWords, introK, outroK, params.typicalItemPriorWords, params.typicalItemPriorPieces), params, totalWords);
    // the talk between the welcome and a hand-off soon after it is banter: the intro ends at the hand-off
    const next = introK > 0 ? sorted[lowerBound(introK) + 1] : undefined;
    // (a sponsor read right after the welcome is no banter: it keeps its own segment)
    const sponsorAt = (k: number) => ev.cues[k].some((h) => h.kind === 'sponsor');
    if (next !== undefined && next < outroK && !sponsorAt(next) && !sponsorAt(introK) && units[next].wordsBefore - units[introK].wordsBefore < lexicalMin) {
      chosen.delete(introK);
      sorted.splice(lowerBound(introK), 1);
      const b = chosen.get(next)!;
      chosen.set(next, { ...b, score: Math.max(b.score, 5), why: ['intro-end', 'intro-banter', ...b.why] });
      introK = next;
    }
  }
  for (let k of order) {
    let s = ev.score[k];
    if (k <= introK || k >= outroK || chosen.has(k)) continue;
    // strong cues and headlines first; weak cues and lexical dips then face the stricter tests
    const strong = ev.cues[k].some((h) => h.weight >= 2.5 && !h.intro) || ev.headline[k];
    const weak = !strong && ev.cues[k].some((h) => h.weight > 0 && !h.intro);
    const cued = strong || weak;
    if (strong !== (pass === 'cued')) continue;
    if (cued && s < params.threshold) continue;
    if (!cued && (ev.depth[k] < lexicalCut || !localMax(ev.depth, k, 1))) continue;
    if (!strong && ev.visiting?.[k]) continue;
    if (!cued) {
      // the small window places the dip: within one sentence, or two pieces of running text
      const r = units[k].sentenceStart ? 1 : 2;
      let best = k;
      for (let j = Math.max(1, k - r); j <= Math.min(n - 1, k + r); j++) if (ev.fine[j] > ev.fine[best]) best = j;
      k = best;
      const snapped = snapToParagraph(units, k, ev);
      s = Math.max(s, ev.score[snapped]);
      if (snapped !== k) {
        if (chosen.has(snapped) || snapped <= introK || snapped >= outroK) continue;
        k = snapped;
      }
    }
    // in the extras section each host's pick is short: a weak opener there (`Mine's a tool.`)
    // needs only a sponsor read's length, not half an item's
    const inExtras = weak && extrasAt >= 0 && k > extrasAt && ev.cues[k].some((h) => h.weight > 0 && !h.intro && (h.kind === 'topic' || h.kind === 'extra'));
    const minWords = strong ? params.minSegmentWords : inExtras ? Math.min(lexicalMin, Math.max(params.minSegmentWords, params.sponsorMinWords)) : lexicalMin;
    let ok = true;
    // words only grow with k: the nearest chosen gap on each side is the one to test
    const pos = lowerBound(k);
    if (pos < sorted.length && units[sorted[pos]].wordsBefore - units[k].wordsBefore < minWords) ok = false;
    // a sponsor read is short whatever the items' length: after one, the next item may start soon
    const leftMin = pos > 0 && ev.cues[sorted[pos - 1]].some((h) => h.kind === 'sponsor') ? Math.min(minWords, Math.max(params.minSegmentWords, params.sponsorMinWords)) : minWords;
    if (pos > 0 && units[k].wordsBefore - units[sorted[pos - 1]].wordsBefore < leftMin) ok = false;
    // nor too close to the start or the end of the file
    if (units[k].wordsBefore < minWords / 2 || totalWords - units[k].wordsBefore < minWords / 2) ok = false;
    if (ok && !strong) {
      // the two sides, up to the nearest chosen boundaries, must differ in vocabulary
      const left = pos > 0 ? sorted[pos - 1] : 0;
      const right = pos < sorted.length ? sorted[pos] : n;
      const sim = cosine(tfidf(ev.content, idf, Math.max(left, k - 60), k), tfidf(ev.content, idf, k, Math.min(right, k + 60)));
      if (sim > params.mergeSimilarity) ok = false;
      else ev.later.set(k, [...(ev.later.get(k) ?? []), `sides-differ:${sim.toFixed(2)}`]);
    }
    if (ok) {
      const why = ev.why(k);
      at(k, s, why.length ? why : ['score']);
    }
  }
  }
  // pushed, not mapped: the cards read this list, and V8's optimised map makes another kind
  // of array than the interpreter's (see gatherEvidence's cues)
  const out: Boundary[] = [];
  for (const [, b] of [...chosen.entries()].sort((x, y) => x[0] - y[0])) out.push(b);
  return out;
}

/**
 * An extras cue opens the segment at gap k: at k, in the sentence after it (`That's the news.
 * Extras?`), or just before a hand-off that won the boundary (`Okay, extras. Hamid, you
 * first.`, `Should we do what we're playing? / Yes. You first.`).
 */
export function opensExtras(units: readonly Unit[], ev: Pick<GapEvidence, 'cues'>, k: number, end = units.length): boolean {
  const extra = (j: number) => (ev.cues[j] ?? []).some((h) => h.kind === 'extra');
  if (extra(k) || (k + 1 < end && extra(k + 1))) return true;
  if (!ev.cues[k].some((h) => h.handoff)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 3) && units[k].wordsBefore - units[j].wordsBefore <= HANDOFF_REACH_WORDS; j--) if (extra(j)) return true;
  return false;
}

/** How far (in words) before a hand-off the extras cue it answers may be. */
const HANDOFF_REACH_WORDS = 30;

/**
 * Gaps inside a visitor's stretch: someone heard in one stretch only (a caller, a guest
 * interviewed mid-show) whose words are at most VISITOR_MAX_SHARE of the episode's, all within
 * a stretch of at most VISITOR_MAX_STRETCH of its words, while someone else says more than
 * twice as much. The stretch runs from their first paragraph to the first paragraph after
 * their last (the host's answer to a call belongs to it): a weak cue or a lexical dip there
 * does not cut the visit in two. Null without such a visitor.
 */
export function visitorStretches(units: readonly Unit[], speakers: readonly ParagraphSpeaker[] | null): Uint8Array | undefined {
  if (!speakers || units.length === 0) return undefined;
  const total = units[units.length - 1].wordsBefore + units[units.length - 1].words;
  const stats = new Map<string, { words: number; first: number; last: number }>();
  for (let k = 0; k < units.length; k++) {
    const s = speakers[units[k].paragraph]?.speaker;
    if (!s) continue;
    const e = stats.get(s);
    if (e) {
      e.words += units[k].words;
      e.last = k;
    } else stats.set(s, { words: units[k].words, first: k, last: k });
  }
  let out: Uint8Array | undefined;
  for (const [id, e] of stats) {
    const span = units[e.last].wordsBefore + units[e.last].words - units[e.first].wordsBefore;
    const leader = [...stats].some(([o, f]) => o !== id && f.words > 2 * e.words);
    if (e.words < VISITOR_MIN_WORDS || e.words > VISITOR_MAX_SHARE * total || span > VISITOR_MAX_STRETCH * total || !leader) continue;
    let end = e.last + 1;
    while (end < units.length && units[end].paragraph === units[e.last].paragraph) end++;
    out ??= new Uint8Array(units.length);
    for (let k = e.first + 1; k <= Math.min(end, units.length - 1); k++) out[k] = 1;
  }
  return out;
}
const VISITOR_MIN_WORDS = 40;
const VISITOR_MAX_SHARE = 0.2;
const VISITOR_MAX_STRETCH = 0.3;

/**
 * Whether paragraph p is someone other than a guest turning to a guest by name with a
 * question: the name said as an address at the start of one of its first two sentences
 * (`Amara, …`, `So, Amara, …`, `Okay. Sebastián, …`, `I promised, so, Amara. Overlays.`), and a question mark in its first
 * 800 characters or a prompt (`you told me…`, `tell us…`: cues.json askPrompt) in those two
 * sentences. Null without guests.
 */
export function guestAsker(ingest: Ingested, speakers: readonly ParagraphSpeaker[] | null, people: readonly Person[]): ((p: number) => boolean) | null {
  const guests = people.filter((x) => x.role === 'guest');
  const names = new Set<string>();
  for (const g of guests) for (const w of g.name.split(/\s+/)) if (/^\p{Lu}\p{Ll}+$/u.test(w) && w.length >= 3) names.add(w);
  if (!names.size || !speakers) return null;
  const guestIds = new Set(guests.map((g) => g.id));
  // at a sentence start, after a filler (`So, Amara,`) or a short clause and one (`I promised,
  // so, Amara.`); a name at a question's end (`…in screen readers, Amara?`) follows one up
  const vocative = new RegExp(`(?:^|[.!?]["”’)]*\\s+)(?:(?:[^,.!?]{0,30},\\s+)?(?:[Ss]o|[Oo]kay|[Oo]k|[Rr]ight|[Aa]lright|[Nn]ow|[Aa]nd|[Ww]ell),?\\s+)?(?:${[...names].map(escapeRegExp).join('|')})(?=\\s*[,.?!])`, 'u');
  return (p) => {
    const who = speakers[p]?.speaker;
    if (!who || guestIds.has(who)) return false;
    const text = paragraphSpeech(ingest, p).slice(0, 800);
    const second = /[.!?]["”’)]*\s+[^.!?]*[.!?]/.exec(text);
    const head = second ? text.slice(0, second.index + second[0].length) : text;
    return vocative.test(head) && (text.includes('?') || cueSet().askPrompt.test(head));
  };
}

/** Parts of speech a topic's name is made of; one noun, name or number at least. */
const NAME_POS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'X', 'SYM']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'NUM', 'X']);
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * Whether the paragraph starting at token `from` announces its topic by name before talking
 * about it: discourse markers (cues.json announceMarkers), each closed by `,` `.` `!` or `:`,
 * then a sentence of one to four words that names a thing (`Laravel.`, `Liquid Glass.`,
 * `Java 25.`, `Supply chain.`), capitalised, then at least `minRest` more words of the same
 * paragraph. A marker that runs on (`So now I have rules`), a phrase with a verb, a pronoun
 * or an article (`Okay, that's fair.`, `So, the fix.`: a step inside the item) or in lower
 * case after a comma (`So, short version.`) is not an announcement, nor is one about the
 * episode or the audience (`Okay. Big week.`: cues.json announceNotTopics).
 */
export function announcesTopic(tokens: TokenLayer, from: number, minRest: number): boolean {
  const set = cueSet();
  const markers = set.announceMarkers;
  const p = tokens.paragraph[from];
  const inPara = (i: number) => i < tokens.count && tokens.paragraph[i] === p;
  const isMark = (i: number, marks: string) => inPara(i) && tokens.type[i] === 'punctuation' && marks.includes(tokens.value[i]);
  let i = from;
  let saidMarker = false;
  for (;;) {
    const w = tokens.normal[i];
    // `all right` is two tokens
    const len = w === 'all' && tokens.normal[i + 1] === 'right' && inPara(i + 1) ? 2 : markers.has(w) ? 1 : 0;
    if (!len || !inPara(i)) break;
    if (!isMark(i + len, ',.!:')) return false;
    i += len + 1;
    saidMarker = true;
  }
  if (!saidMarker) return false;
  // a name: capitalised even after a comma (`So, QUIC.`, not `So, the fix.` or `Right, 4.3.`)
  if (!inPara(i) || !UPPER_FIRST.test(tokens.value[i])) return false;
  let words = 0;
  let head = false;
  for (; inPara(i) && !isMark(i, '.!:'); i++) {
    const pos = tokens.pos[i];
    if (!NAME_POS.has(pos) || tokens.type[i] === 'punctuation' || ++words > 4 || set.announceNotTopics.has(tokens.normal[i])) return false;
    if (HEAD_POS.has(pos)) head = true;
  }
  if (!head || !isMark(i, '.!:')) return false;
  let rest = 0;
  for (i++; inPara(i) && rest < minRest; i++) if (tokens.type[i] === 'word' || tokens.type[i] === 'number') rest++;
  return rest >= minRest;
}

/**
 * The unit thanks a sponsor for the read (models/speakers/cues.json `adEnd`): `sponsoring` where
 * it says so (`for supporting the show`), `thanks` where it thanks someone for backing or helping
 * to make the show (a sponsor or a guest: see AD_THANKS_REACH_WORDS), else null.
 */
function endsSponsorRead(source: string, tokens: TokenLayer, u: Unit): 'sponsoring' | 'thanks' | null {
  const text = tokenText(source, tokens, u.tokenStart, u.tokenEnd, 300);
  const sponsoring = text.includes('sponsor') || text.includes('supporting');
  if (!sponsoring && !text.includes('backing') && !text.includes('helping') && !text.includes('possible')) return null;
  const re = speakerCues().adEnd;
  re.lastIndex = 0;
  return re.test(text) ? (sponsoring ? 'sponsoring' : 'thanks') : null;
}

/** A unit that opens with a thanks (`Thanks, Acme.`): still the read. */
const THANKS = /^\W*thanks?\b/i;

/** How far back (in words) a sponsor cue must be for `thank you for backing X` to end its read. */
const AD_THANKS_REACH_WORDS = 400;

/** The weight of a sponsor read found by its pitch alone: a strong cue. */
const PITCH_WEIGHT = 3;

/** Depth scores as z-scores over the document (gap 0 has none). */
function zScores(d: Float64Array): Float64Array {
  const n = d.length - 1;
  const out = new Float64Array(d.length);
  if (n < 2) return out;
  let mean = 0;
  for (let k = 1; k < d.length; k++) mean += d[k];
  mean /= n;
  let v = 0;
  for (let k = 1; k < d.length; k++) v += (d[k] - mean) ** 2;
  const sd = Math.sqrt(v / n) || 1;
  for (let k = 1; k < d.length; k++) out[k] = (d[k] - mean) / sd;
  return out;
}

function localMax(d: Float64Array, k: number, r: number): boolean {
  for (let j = Math.max(1, k - r); j <= Math.min(d.length - 1, k + r); j++) if (d[j] > d[k] || (d[j] === d[k] && j < k)) return false;
  return true;
}

/** A one-to-three word paragraph (`Definitely.`, `Oh, wow.`) answers what came before. */
export function isBackchannel(units: readonly Unit[], k: number): boolean {
  const u = units[k];
  if (!u.firstOfParagraph) return false;
  let words = 0;
  for (let j = k; j < units.length && units[j].paragraph === u.paragraph; j++) words += units[j].words;
  return words <= 3;
}

/**
 * A boundary found by lexical cohesion alone moves to the nearest paragraph start within two
 * units (when the source has paragraphs), skipping back-channel replies.
 */
function snapToParagraph(units: readonly Unit[], k: number, ev: GapEvidence): number {
  let best = k;
  let bestScore = -Infinity;
  for (let j = Math.max(1, k - 2); j <= Math.min(units.length - 1, k + 2); j++) {
    if (!units[j].firstOfParagraph || isBackchannel(units, j)) continue;
    const sc = ev.score[j] - 0.1 * Math.abs(j - k);
    if (sc > bestScore) {
      bestScore = sc;
      best = j;
    }
  }
  return best;
}

/** Inverse unit frequency of each content lemma (by id): words every unit uses tell no topic apart. */
function unitIdf(c: ContentTokens, units: number): Float64Array {
  const df = new Int32Array(c.vocabulary);
  const seenIn = new Int32Array(c.vocabulary).fill(-1);
  for (let k = 0; k < units; k++) {
    for (let i = c.unitFirst[k]; i < c.unitFirst[k + 1]; i++) {
      const id = c.id[i];
      if (seenIn[id] === k) continue;
      seenIn[id] = k;
      df[id]++;
    }
  }
  const idf = new Float64Array(c.vocabulary);
  for (let id = 0; id < c.vocabulary; id++) if (df[id]) idf[id] = Math.log(units / df[id]);
  return idf;
}

/** tf·idf bag of the content lemmas (by id) of units [a, b). */
function tfidf(c: ContentTokens, idf: Float64Array, a: number, b: number): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = c.unitFirst[a]; i < c.unitFirst[b]; i++) m.set(c.id[i], (m.get(c.id[i]) ?? 0) + idf[c.id[i]] * c.weight[i]);
  return m;
}

/** How far on each side of a gap the talk is read to tell a conversation from one voice reading. */
const CONVERSATION_REACH_WORDS = 300;

/**
 * The talk within `reach` words on each side of gap k is a conversation: a second person
 * speaks at least a sixth of its words (one voice reading its items with a one-word
 * reaction from the other, or a guest segment further off, is not).
 */
export function talkAround(units: readonly Unit[], speakers: readonly ParagraphSpeaker[] | null, k: number, reach: number): boolean {
  if (!speakers) return false;
  const at = units[k]?.wordsBefore ?? 0;
  let a = k;
  while (a > 0 && at - units[a - 1].wordsBefore <= reach) a--;
  let b = k;
  while (b < units.length && units[b].wordsBefore - at < reach) b++;
  const v = voices(units, speakers, a, b);
  return v.total > 0 && v.spoken - v.most >= v.total / 6;
}

/** A show one voice leads: it speaks at least this share of the words (a news read with a guest segment). */
const ONE_VOICE_LEADS = 0.7;

/** The share of the words the person who speaks most speaks. */
function leadShare(units: readonly Unit[], speakers: readonly ParagraphSpeaker[] | null): number {
  if (!speakers) return 1;
  const v = voices(units, speakers, 0, units.length);
  return v.total ? v.most / v.total : 1;
}

/** Words in units [a, b): all of them, those with a known speaker, and the most one person speaks. */
function voices(units: readonly Unit[], speakers: readonly ParagraphSpeaker[], a: number, b: number): { total: number; spoken: number; most: number } {
  const { words, total } = wordsBySpeaker(units, speakers, a, b);
  let spoken = 0;
  let most = 0;
  for (const w of words.values()) {
    spoken += w;
    most = Math.max(most, w);
  }
  return { total, spoken, most };
}

/** Two or more people each speak at least a tenth of the words, in more than two turns; or a host and a guest were found in a transcript without labels. */
export function isConversation(units: readonly Unit[], speakers: readonly ParagraphSpeaker[] | null, people: readonly Person[] = []): boolean {
  if (!speakers) return false;
  // a host and a guest were found, but nothing marks who speaks where (caseless auto-captions
  // of an interview read as one voice): still a conversation
  if (people.some((p) => p.role === 'guest') && people.some((p) => p.role === 'host') && speakers.every((s) => s.attribution !== 'label')) return true;
  const words = new Map<string, number>();
  let total = 0;
  let turns = 0;
  let prev: string | null = null;
  for (const u of units) {
    const s = speakers[u.paragraph]?.speaker ?? null;
    total += u.words;
    if (!s) continue;
    words.set(s, (words.get(s) ?? 0) + u.words);
    if (s !== prev) turns++;
    prev = s;
  }
  return [...words.values()].filter((w) => w >= total * 0.1).length >= 2 && turns > 2;
}

/**
 * The typical length of an item as the cues delimit it: the words between the intro and the
 * outro, less the sponsor reads, over the number of pieces the cued boundaries cut them into.
 * Many hand-offs and headlines are evidence of many short items; few are evidence of few long
 * ones (an interview, a loose chat). But few cued boundaries between the intro and the outro
 * (at most `priorPieces` pieces) say little of the items' length (the hosts moved on in words
 * no cue knows): then at most `priorWords`, an item of a few minutes. `sorted`: the chosen gaps
 * in order.
 */
export function typicalItemWords(units: readonly Unit[], sorted: readonly number[], ev: Pick<GapEvidence, 'cues'>, totalWords: number, introK: number, outroK: number, priorWords = Infinity, priorPieces = 1): number {
  const at = (k: number) => (k >= units.length ? totalWords : units[k].wordsBefore);
  let words = 0;
  let pieces = 0;
  const cuts = [introK > 0 ? introK : 0, ...sorted.filter((k) => k > introK && k < outroK), outroK];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    if (a > 0 && ev.cues[a].some((h) => h.kind === 'sponsor')) continue;
    words += at(cuts[i + 1]) - at(a);
    pieces++;
  }
  const typical = pieces ? words / pieces : totalWords;
  return pieces <= priorPieces ? Math.min(typical, priorWords) : typical;
}

/**
 * How long a segment found by lexical cohesion alone (or a weak cue) must be in a
 * conversation, where hosts digress inside an item: a share of the typical item length,
 * within bounds.
 */
export function lexicalMinWords(typical: number, params: SegmentParams, totalWords: number): number {
  return Math.max(params.minSegmentWords, Math.min(Math.round(typical * params.lexicalShareOfItem), Math.round(totalWords / 4)));
}
