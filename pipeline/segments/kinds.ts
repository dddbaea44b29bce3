import type { SegmentKind, TokenLayer } from '../document/document.js';
import { opensExtras, type GapEvidence } from './boundaries.js';
import { countSponsorMarkers, cueSet } from './cues.js';
import { tokenText, type Unit } from './units.js';

export interface KindDecision {
  kind: SegmentKind;
  why: string[];
}

/**
 * Kinds from the cue that opens each segment and what it holds: the first segment is the
 * intro when it has an intro cue, the last the outro when it opens with a sign-off; a sponsor
 * read opens with a sponsor cue, is dense with sponsor markers, or keeps naming the sponsor
 * the show thanked; once an extras cue opens a segment in the second half of the show, the
 * segments after it (up to the outro) are extras too.
 */
export function decideKinds(source: string, tokens: TokenLayer, units: readonly Unit[], ranges: ReadonlyArray<[number, number]>, ev: GapEvidence, totalWords: number): KindDecision[] {
  const out: KindDecision[] = [];
  let inExtras = false;
  const sponsors = sponsorNames(source, tokens, units);
  ranges.forEach(([a, b], i) => {
    const opening = ev.cues[a] ?? [];
    const words = units[b - 1].wordsBefore + units[b - 1].words - units[a].wordsBefore;
    // a sponsor read is short: only segments under ~700 words are read for its markers
    const text = words <= 700 ? tokenText(source, tokens, units[a].tokenStart, units[b - 1].tokenEnd) : '';
    const last = i === ranges.length - 1;
    if (i === 0) {
      // (an intro cue, a short opening, or a section marker saying so: `[INTRODUCTION]`)
      const intro = ranges.length > 1 && (ev.cues.slice(a, b).some((hs) => hs.some((h) => h.intro || h.kind === 'intro')) || words < totalWords * 0.08);
      out.push(intro ? { kind: 'intro', why: ['intro-cue'] } : { kind: 'topic', why: ['first-segment'] });
      return;
    }
    if (last && opening.some((h) => h.kind === 'outro')) {
      out.push({ kind: 'outro', why: ['sign-off'] });
      return;
    }
    const sponsorCue = opening.some((h) => h.kind === 'sponsor');
    // a sponsor cue decides alone: the markers are counted only without one
    const markers = sponsorCue ? 0 : countSponsorMarkers(text);
    // the sponsor's name counts only next to a marker
    const named = markers >= 1 && sponsors.size ? (text.match(/[\p{Lu}][\p{L}\p{N}]+/gu) ?? []).filter((w) => sponsors.has(w.toLowerCase())).length : 0;
    const dense = markers >= 2 && markers / Math.max(1, words) >= 0.006;
    const sponsorNamed = markers >= 1 && named >= 3 && named / Math.max(1, words) >= 0.01;
    if (sponsorCue || dense || sponsorNamed) {
      out.push({ kind: 'sponsor', why: sponsorCue ? ['sponsor-cue'] : dense ? [`sponsor-markers:${markers}`] : [`sponsor-named:${named}`] });
      return;
    }
    const firstWords = tokenText(source, tokens, units[a].tokenStart, units[Math.min(b, a + 2) - 1].tokenEnd);
    // the extras come at the end of a show: a bonus cue in the first half opens no section
    const late = units[a].wordsBefore >= totalWords * 0.5;
    // `That's the news. Extras?`, `Okay, extras. Hamid, you go.`: the extras cue may be next to the boundary
    const extraCue = opensExtras(units, ev, a, b);
    // (a sign-off in the closing share that is not the outro closes the news: `That's the news
    // done, then.` before each host's extras and the goodbye)
    if (late && (extraCue || (opening.some((h) => h.handoff) && cueSet().extraMarkers.test(firstWords)) || opening.some((h) => h.kind === 'outro'))) inExtras = true;
    if (inExtras) {
      out.push({ kind: 'extra', why: ['extras'] });
      return;
    }
    out.push({ kind: 'topic', why: ['topic'] });
  });
  return out;
}

/** Capitalised names in sentences that mention sponsoring (`thanks to Acme for sponsoring`). */
function sponsorNames(source: string, tokens: TokenLayer, units: readonly Unit[]): Set<string> {
  const names = new Set<string>();
  for (const u of units) {
    // only sentences with a token about sponsoring are read as text
    let about = false;
    for (let i = u.tokenStart; i < u.tokenEnd && !about; i++) {
      const w = tokens.normal[i];
      if (w.length >= 7 && w.includes('sponsor')) about = true;
    }
    if (!about) continue;
    const text = tokenText(source, tokens, u.tokenStart, u.tokenEnd);
    if (!/\bsponsor/i.test(text)) continue;
    for (const m of text.matchAll(/(?<=\s)[\p{Lu}][\p{L}\p{N}]+/gu)) if (m[0].length > 2 && !/^(?:I|I'm|The|This|Thanks|Thank|Our|And|But|So)$/.test(m[0])) names.add(m[0].toLowerCase());
  }
  return names;
}
