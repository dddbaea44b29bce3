import { diagnostic, type Diagnostic } from '../document/diagnostics.js';
import type { Ingested, ParagraphSpeaker, Person, TokenLayer } from '../document/document.js';
import { need, type Stage } from '../stages/stage.js';
import { speakerCues, speakerParams } from './cues.js';
import { decode } from './decode.js';
import { readEvidence, type ParagraphEvidence } from './evidence.js';
import { findPeople, runningSpellings, shoutedWords, toPeople, type PeopleFound } from './people.js';
import { styleBags, styleEmission } from './style.js';
import { buildTurns } from './turns.js';

/**
 * Who the people are and who speaks each paragraph (issue 3). People come from the
 * `--speakers` option, the labels (variants folded), self-introductions and introductions.
 * Every paragraph's speaker is decided by one sequence model (decode.ts) over scored cues
 * (evidence.ts, models/speakers/): labels are near-certain observations, the rest shifts
 * the odds. Where the posterior stays near a coin flip, the speaker is `unknown`.
 */
export const speakersStage: Stage = {
  name: 'speakers',
  requires: ['ingest', 'tokens', 'sentences'],
  provides: ['people', 'paragraphSpeakers', 'turns'],
  run(doc) {
    const ingest = need(doc, 'ingest');
    const tokens = need(doc, 'tokens');
    const sentences = need(doc, 'sentences');
    const texts = ingest.paragraphs.map((p) => p.pieces.map((x) => x.text).join(' '));
    const found = findPeople(ingest, texts, doc.options.speakers ?? ingest.declared.people ?? []);
    const people = toPeople(found.drafts, runningSpellings(tokens, shoutedWords(found.drafts)));
    const evidence = readEvidence(doc.source, texts, people, tokens, sentences);
    const synthetic = addUnnamedSpeakers(people, evidence, found);
    const paragraphSpeakers = attribute(ingest, tokens, texts, people, found, evidence);
    assignRoles(people, paragraphSpeakers, texts, found);
    const diagnostics: Diagnostic[] = [];
    const inferred = paragraphSpeakers.filter((s) => s.attribution === 'inferred').length;
    const unknown = paragraphSpeakers.filter((s) => s.attribution === 'unknown').length;
    if (inferred + unknown > 0 && paragraphSpeakers.length > 1) {
      diagnostics.push(
        diagnostic(
          'info',
          'SPEAKER_INFERRED',
          `${inferred + unknown} of ${paragraphSpeakers.length} paragraphs have no speaker label: ${inferred} speaker(s) inferred, ${unknown} left unknown` +
            (synthetic ? '; the speakers never say their names, so they are numbered (pass --speakers "A,B" to name them)' : '; see --explain for the evidence'),
        ),
      );
    }
    return { people, paragraphSpeakers, turns: buildTurns(ingest, paragraphSpeakers), diagnostics };
  },
};

/** Numbered speakers when nobody is named: two when the text reads as a dialogue, else one. */
function addUnnamedSpeakers(people: Person[], evidence: readonly ParagraphEvidence[], found: PeopleFound): boolean {
  const p = speakerParams();
  const n = evidence.length;
  let replies = 0;
  for (let i = 0; i < n; i++) if (evidence[i].reaction || (i > 0 && evidence[i - 1].asks && evidence[i].answerOpener)) replies++;
  const dialogue = n >= 2 && replies / n >= p.dialogueMinShare;
  const labelled = found.labelOf.some((k) => k >= 0);
  const want = people.length === 0 ? (dialogue ? 2 : 1) : people.length === 1 && dialogue && !labelled ? 2 : people.length;
  let added = false;
  for (let k = people.length; k < want; k++) {
    const taken = new Set(people.map((x) => x.id));
    let j = k + 1;
    while (taken.has(`speaker-${j}`)) j++;
    people.push({ id: `speaker-${j}`, name: `Speaker ${j}`, aliases: [], role: 'unknown', evidence: [dialogue ? 'turn-taking' : 'single-voice'] });
    added = true;
  }
  return added;
}

function attribute(ingest: Ingested, tokens: TokenLayer, texts: readonly string[], people: readonly Person[], found: PeopleFound, ev: readonly ParagraphEvidence[]): ParagraphSpeaker[] {
  const p = speakerParams();
  const n = ingest.paragraphs.length;
  const K = people.length;
  const labelled = found.labelOf.reduce((m, k) => m + (k >= 0 ? 1 : 0), 0);
  const labelsMarkTurns = n > 0 && labelled / n >= p.labelsMarkTurnsShare;

  const switchLogit = new Float64Array(n);
  const emission = new Float64Array(n * K);
  const asks = new Uint8Array(n);
  const youAsked = new Float64Array(n);
  const against = (i: number, k: number, w: number) => {
    if (k >= 0 && k < K) emission[i * K + k] -= w;
  };
  const onlyFor = (i: number, k: number, w: number) => {
    for (let s = 0; s < K; s++) if (s !== k) emission[i * K + s] -= w;
  };
  // who opens the show: its first label or self-introduction, else the first person listed
  const opener = n ? (found.labelOf[0] >= 0 ? found.labelOf[0] : found.selfIntroOf[0] >= 0 ? found.selfIntroOf[0] : 0) : -1;
  // an interview (a host and one introduced guest): the host asks the questions
  const guests = found.drafts.flatMap((d, k) => (d.roleHint === 'guest' && k !== opener ? [k] : []));
  const interviewer = K === 2 && guests.length === 1 ? 1 - guests[0] : -1;
  const closes = (i: number) => i >= n - p.closingParagraphs && i > 0 && speakerCues().hostCue.test(texts[i]);
  for (let i = 0; i < n; i++) {
    const e = ev[i];
    asks[i] = e.asks ? 1 : 0;
    if (closes(i) && found.labelOf[i] < 0) onlyFor(i, opener, p.emission.closesShow);
    if (interviewer >= 0 && e.asks && found.labelOf[i] < 0) onlyFor(i, interviewer, p.emission.interviewerAsks);
    if (e.youAsked) youAsked[i] = -p.emission.youAsked;
    if (i > 0) {
      const prev = ev[i - 1];
      // where labels mark the turns, an unlabeled paragraph continues one; a label decides by itself
      let z = !labelsMarkTurns ? p.switch.base : found.labelOf[i] >= 0 ? 0 : p.switch.baseWhereLabelsMarkTurns;
      if (e.cutOff) z += p.switch.cutOff;
      if (prev.unfinished) z += p.switch.unfinished;
      if (prev.asks) z += p.switch.question;
      if (e.reaction || prev.reaction) z += p.switch.reaction;
      if (e.answerOpener) z += p.switch.answerOpener;
      switchLogit[i] = z;
      if (prev.handsTo >= 0) onlyFor(i, prev.handsTo, p.emission.addressedNext);
    }
    if (found.labelOf[i] >= 0) onlyFor(i, found.labelOf[i], p.emission.label);
    if (found.selfIntroOf[i] >= 0) onlyFor(i, found.selfIntroOf[i], p.emission.selfIntroduction);
    for (const k of found.introducedIn.get(i) ?? []) against(i, k, p.emission.introducesOther);
    for (const k of e.vocatives) against(i, k, p.emission.vocativeNotSelf);
    for (const m of e.mine) onlyFor(i, m.person, p.emission.ownership);
    for (const m of e.yours) against(i, m.person, p.emission.ownership);
    if (i === 0 && found.labelOf[0] < 0 && found.selfIntroOf[0] < 0) onlyFor(0, 0, p.emission.firstSpeaker);
  }

  if (K === 1) {
    return ingest.paragraphs.map((_, i) => ({
      paragraph: i,
      speaker: people[0].id,
      attribution: found.labelOf[i] === 0 ? 'label' : 'inferred',
      confidence: found.labelOf[i] === 0 ? p.maxConfidence : 0.9,
      why: found.labelOf[i] === 0 ? ['label'] : [people[0].evidence.includes('single-voice') ? 'single-voice' : 'only-person-named'],
    }));
  }

  let decoded = decode({ n, K, switchLogit, emission, asks, youAsked });
  // hard EM: learn how each person talks from the current attribution, decode again
  const style = styleBags(tokens, n);
  let styleScores: Float64Array = new Float64Array(n * K);
  for (let round = 0; round < p.style.iterations; round++) {
    styleScores = styleEmission(style, decoded.path, K, p.style.scale, p.style.cap, p.style.fullAtWords);
    const withStyle = emission.map((v, j) => v + styleScores[j]);
    decoded = decode({ n, K, switchLogit, emission: withStyle, asks, youAsked });
  }
  const { path, margin } = decoded;
  const out: ParagraphSpeaker[] = [];
  for (let i = 0; i < n; i++) {
    const s = path[i];
    const e = ev[i];
    const prev = i > 0 ? ev[i - 1] : null;
    const why: string[] = [];
    const label = found.labelOf[i];
    if (label >= 0) why.push(label === s ? 'label' : 'label-overruled');
    if (found.selfIntroOf[i] >= 0) why.push('self-introduction');
    if (found.introducedIn.has(i)) why.push('introduces-other');
    if (prev && prev.handsTo >= 0) why.push(prev.handsTo === s ? 'addressed-by-name' : 'addressed-other');
    if (e.vocatives.length) why.push('addresses-other');
    for (const m of e.mine) why.push(`says-my:${m.thing}`);
    for (const m of e.yours) why.push(`says-your:${m.thing}`);
    if (e.youAsked) why.push('you-asked');
    if (label < 0 && i > 0) {
      const changed = path[i - 1] !== s;
      if (labelsMarkTurns) why.push('labels-mark-turns');
      if (e.cutOff) why.push('cut-off');
      if (prev!.unfinished) why.push('after-unfinished');
      if (prev!.asks) why.push('after-question');
      if (e.reaction) why.push('reaction');
      if (prev!.reaction) why.push('after-reaction');
      if (e.answerOpener) why.push('answer-opener');
      why.push(changed ? 'turn-taking:change' : 'turn-taking:same');
    }
    if (i === 0 && label < 0 && found.selfIntroOf[0] < 0) why.push('first-speaker');
    if (closes(i) && label < 0) why.push(s === opener ? 'closes-show' : 'closes-show-other');
    if (interviewer >= 0 && e.asks && label < 0) why.push(s === interviewer ? 'interviewer-asks' : 'guest-asks');
    const st = styleScores[i * K + s] - Math.max(...Array.from({ length: K }, (_, o) => (o === s ? -Infinity : styleScores[i * K + o])));
    if (Math.abs(st) >= 0.5) why.push(st > 0 ? 'style' : 'style-against');
    // the odds of the best sequence against the best one giving this paragraph to another
    const confidence = Math.min(p.maxConfidence, +(1 / (1 + Math.exp(-margin[i]))).toFixed(3));
    const decided = label === s || confidence >= p.unknownBelow;
    out.push({
      paragraph: i,
      speaker: decided ? people[s].id : null,
      attribution: label === s ? 'label' : decided ? 'inferred' : 'unknown',
      confidence: decided ? confidence : +(1 - confidence).toFixed(3),
      why: decided ? why : [...why, `undecided:${people[s].id}`],
    });
  }
  return out;
}

/** Host: opens or closes the show, or introduces themselves up front; guest: introduced as one. */
function assignRoles(people: Person[], speakers: readonly ParagraphSpeaker[], texts: readonly string[], found: PeopleFound): void {
  const c = speakerCues();
  const index = new Map(people.map((x, k) => [x.id, k]));
  const host = new Set<number>();
  const guest = new Set<number>();
  const n = speakers.length;
  speakers.forEach((s, i) => {
    const k = s.speaker ? index.get(s.speaker)! : -1;
    if (k < 0) return;
    const edge = i < 3 || i >= n - 3;
    if (i === 0 || (edge && c.hostCue.test(texts[i])) || (i < 3 && found.selfIntroOf[i] === k)) host.add(k);
    if (c.guestSelfCue.test(texts[i])) guest.add(k);
  });
  people.forEach((person, k) => {
    const hint = found.drafts[k]?.roleHint ?? null;
    person.role = hint ?? (guest.has(k) && !host.has(k) ? 'guest' : host.has(k) ? 'host' : guest.has(k) ? 'guest' : 'unknown');
  });
}
