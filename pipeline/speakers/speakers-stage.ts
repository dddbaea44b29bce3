import { diagnostic, type Diagnostic } from '../document/diagnostics.js';
import { isCaptionFormat, type Ingested, type ParagraphSpeaker, type Person, type TokenLayer } from '../document/document.js';
import { paragraphText } from '../document/speech-text.js';
import { need, type Stage } from '../stages/stage.js';
import { speakerCues, speakerParams, wordsRegExp } from './cues.js';
import { decode, type Decoded } from './decode.js';
import { readEvidence, type ParagraphEvidence } from './evidence.js';
import { declaredNames, findPeople, openingAndClosing, runningSpellings, shoutedWords, toPeople, type PeopleFound } from './people.js';
import { styleBags, styleEmission } from './style.js';
import { buildTurns } from './turns.js';

/**
 * Who the people are and who speaks each paragraph (issue 3). People come from the
 * `--speakers` option, the labels (variants folded), self-introductions and introductions.
 * Every paragraph's speaker is decided by one sequence model (decode.ts) over scored cues
 * (evidence.ts, models/speakers/): labels are near-certain observations, the rest shifts
 * the odds. Where the best sequence barely beats one that gives a paragraph to someone
 * else (a coin flip), that paragraph's speaker is `unknown`.
 */
export const speakersStage: Stage = {
  name: 'speakers',
  requires: ['ingest', 'tokens', 'sentences', 'episode'],
  provides: ['people', 'paragraphSpeakers', 'turns'],
  run(doc) {
    const ingest = need(doc, 'ingest');
    const tokens = need(doc, 'tokens');
    const sentences = need(doc, 'sentences');
    const texts = ingest.paragraphs.map(paragraphText);
    const found = findPeople(ingest, texts, doc.options.speakers ?? declaredNames(ingest.declared.people ?? []), need(doc, 'episode').show);
    const people = toPeople(found.drafts, runningSpellings(tokens, shoutedWords(found.drafts)));
    // automatic captions (no case, no punctuation): paragraphs are cut at pauses (ingest), and
    // a lower-case start or a missing full stop says nothing of a turn there
    const unpunctuated = isCaptionFormat(ingest.format) && !ingest.paragraphs.some((x) => x.label || x.speakerChange) && isUnpunctuated(texts);
    const evidence = readEvidence(doc.source, texts, people, tokens, sentences, unpunctuated, need(doc, 'speech').text);
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
  const want = n === 0 ? people.length : people.length === 0 ? (dialogue ? 2 : 1) : people.length === 1 && dialogue && !labelled ? 2 : people.length;
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

/** The scored evidence of a transcript: what the sequence model decodes. */
interface Scores {
  switchLogit: Float64Array;
  emission: Float64Array;
  asks: Uint8Array;
  youAsked: Float64Array;
  labelsMarkTurns: boolean;
  dashesMarkTurns: boolean;
  /** Per paragraph: captions marked a new voice where it starts. */
  speakerChange: readonly boolean[];
  /** Who opens the show: its first label or self-introduction, else the first person listed. */
  opener: number;
  /** In an interview (a host and one introduced guest), the host; else -1. */
  interviewer: number;
  closing: Uint8Array;
}

/** 0 at `from` or less, 1 at `full` or more, linear between. */
const ramp = (x: number, from: number, full: number) => Math.max(0, Math.min(1, (x - from) / Math.max(1, full - from)));

/**
 * Turns the cues into scores. Transitions: a log-odds that the speaker changes at each
 * paragraph. Emissions: log-scores for or against each person at each paragraph.
 */
function score(texts: readonly string[], K: number, found: PeopleFound, ev: readonly ParagraphEvidence[], speakerChange: readonly boolean[], captions: boolean, lengthCut: readonly boolean[]): Scores {
  const p = speakerParams();
  const n = texts.length;
  const dashesMarkTurns = speakerChange.some(Boolean);
  const labelsMarkTurns = labelsReachThrough(found.labelOf, p.labelsMarkTurns.reach, p.labelsMarkTurns.share);
  const { closingStart } = openingAndClosing(texts);
  // captions that mark no voice at all: a cue is a few seconds of one turn, and most cues
  // go on with the voice of the one before
  const unmarkedCaptions = captions && !dashesMarkTurns && !found.labelOf.some((k) => k >= 0);
  const switchLogit = new Float64Array(n);
  const emission = new Float64Array(n * K);
  const asks = new Uint8Array(n);
  const youAsked = new Float64Array(n);
  const closing = new Uint8Array(n);
  const against = (i: number, k: number, w: number) => {
    if (k >= 0 && k < K) emission[i * K + k] -= w;
  };
  const onlyFor = (i: number, k: number, w: number) => {
    for (let s = 0; s < K; s++) if (s !== k) emission[i * K + s] -= w;
  };
  const first = openingParagraph(found, n);
  const opener = n ? Math.max(0, found.labelOf[first] >= 0 ? found.labelOf[first] : found.selfIntroOf[first]) : -1;
  const guests = found.drafts.flatMap((d, k) => (d.roleHint === 'guest' && k !== opener ? [k] : []));
  const interviewer = K === 2 && guests.length === 1 ? 1 - guests[0] : -1;
  for (let i = 0; i < n; i++) {
    const e = ev[i];
    const labelled = found.labelOf[i] >= 0;
    asks[i] = e.asks ? 1 : 0;
    if (e.youAsked) youAsked[i] = -p.emission.youAsked;
    if (i > 0) {
      const prev = ev[i - 1];
      // where labels mark the turns, an unlabeled paragraph continues one (a label decides by
      // itself, below); captions that mark each new voice with a `>>` dash do the same without names
      let z = unmarkedCaptions ? p.switch.baseInCaptions : p.switch.base;
      if (labelsMarkTurns || dashesMarkTurns) z = dashesMarkTurns && speakerChange[i] ? p.switch.speakerChange : p.switch.baseWhereLabelsMarkTurns;
      // a paragraph that breaks off with a dash was cut into, not left unfinished
      const stopped = prev.unfinished && !prev.interrupted;
      if (e.cutOff) z += stopped ? p.switch.midSentence : p.switch.cutOff;
      else if (stopped) z += p.switch.unfinished;
      // (a paragraph of automatic captions closed for length, not at a pause, goes on mid-sentence)
      if (lengthCut[i]) z += p.switch.midSentence;
      if (prev.interrupted) z += p.switch.interrupted;
      if (e.resumes) z += p.switch.resumes;
      if (prev.asks) z += unmarkedCaptions ? p.switch.questionInCaptions : p.switch.question;
      if (e.reaction || prev.reaction) z += p.switch.reaction;
      if (e.answerOpener) z += p.switch.answerOpener;
      if (e.reactsFirst) z += p.switch.reactsFirst;
      if (e.echoes) z += p.switch.echo;
      if (prev.handsOver) z += p.switch.handOver;
      if (prev.adGoesOn) z += p.switch.adGoesOn;
      // one voice going on at length is often split into paragraphs by the page
      const both = Math.min(prev.words, e.words);
      z += p.switch.longPair * ramp(both, p.longPair.from, p.longPair.full);
      // a label decides by itself: cues about the change would only pull its neighbours around
      switchLogit[i] = labelled ? 0 : z;
      if (prev.handsTo >= 0) onlyFor(i, prev.handsTo, p.emission.addressedNext);
    }
    if (labelled) onlyFor(i, found.labelOf[i], p.emission.label);
    if (found.selfIntroOf[i] >= 0) onlyFor(i, found.selfIntroOf[i], p.emission.selfIntroduction);
    for (const k of found.introducedIn.get(i) ?? []) against(i, k, p.emission.introducesOther);
    for (const k of e.vocatives) against(i, k, p.emission.vocativeNotSelf);
    for (const k of e.mentions) if (k !== found.selfIntroOf[i] && k !== found.labelOf[i]) against(i, k, p.emission.mentionNotSelf);
    for (const m of e.mine) onlyFor(i, m.person, p.emission.ownership);
    for (const m of e.yours) against(i, m.person, p.emission.ownership);
    if (i === 0 && !labelled && found.selfIntroOf[0] < 0) onlyFor(0, 0, p.emission.firstSpeaker);
    // the one who opens the show signs off
    if (i > 0 && i >= closingStart && speakerCues().hostCue.test(texts[i])) {
      closing[i] = 1;
      if (!labelled) onlyFor(i, opener, p.emission.closesShow);
    }
    if (interviewer >= 0 && asksAtAll(e) && !labelled) onlyFor(i, interviewer, p.emission.interviewerAsks);
    // and the guest answers at length: a long paragraph that asks nothing is rarely the interviewer's
    // (but for a sponsor read: in an interview the host reads it)
    if (interviewer >= 0 && !asksAtAll(e) && !labelled && !readsAd(ev, i)) against(i, interviewer, p.emission.guestAnswers * ramp(e.words, p.guestAnswers.from, p.guestAnswers.full));
    if (interviewer >= 0 && e.opensAd && !labelled) onlyFor(i, interviewer, p.emission.hostReadsAd);
    // someone a paragraph introduces speaks next (`…and with me as always is Teo.` / `Hi, Hana.`)
    if (i > 0 && !labelled) for (const k of found.introducedIn.get(i - 1) ?? []) onlyFor(i, k, p.emission.introducedNext);
    // a guest who joins late does not speak before their name is first said
    for (let k = 0; k < K; k++) if (i < found.arrivesAt[k] && !labelled) against(i, k, p.emission.beforeArrival);
    // nor after someone thanks them away (`Thanks, Wendell.`), but for a reply right after it
    for (let k = 0; k < K; k++) if (found.departsAt[k] >= 0 && i > found.departsAt[k] + 1 && !labelled) against(i, k, p.emission.beforeArrival);
  }
  return { switchLogit, emission, asks, youAsked, labelsMarkTurns, dashesMarkTurns, speakerChange, opener, interviewer, closing };
}

/** Nearly no paragraph holds a sentence end: automatic captions. */
function isUnpunctuated(texts: readonly string[]): boolean {
  let ended = 0;
  for (const t of texts) if (/[.!?…](?:\s|["”’')\]]*$)/.test(t)) ended++;
  return texts.length >= 4 && ended <= texts.length * 0.02;
}

/** A question at the end of the paragraph, or a short one asked before a remark (see ParagraphEvidence.asksInside). */
const asksAtAll = (e: ParagraphEvidence): boolean => e.asks || e.asksInside;

/** Paragraph i opens a sponsor read or goes on with one. */
const readsAd = (ev: readonly ParagraphEvidence[], i: number): boolean => ev[i].opensAd || (i > 0 && ev[i - 1].adGoesOn);

function attribute(ingest: Ingested, tokens: TokenLayer, texts: readonly string[], people: readonly Person[], found: PeopleFound, ev: readonly ParagraphEvidence[]): ParagraphSpeaker[] {
  const p = speakerParams();
  const n = ingest.paragraphs.length;
  const K = people.length;
  if (K === 1) {
    return ingest.paragraphs.map((_, i) => ({
      paragraph: i,
      speaker: people[0].id,
      attribution: found.labelOf[i] === 0 ? 'label' : 'inferred',
      confidence: found.labelOf[i] === 0 ? p.maxConfidence : p.singleVoiceConfidence,
      why: found.labelOf[i] === 0 ? ['label'] : [people[0].evidence.includes('single-voice') ? 'single-voice' : 'only-person-named'],
    }));
  }
  const sc = score(texts, K, found, ev, ingest.paragraphs.map((x) => x.speakerChange === true), isCaptionFormat(ingest.format), ingest.paragraphs.map((x) => x.lengthCut === true));
  const { switchLogit, emission, asks, youAsked } = sc;
  // where labels mark the turns they decide; a style profile would only echo them
  const rounds = sc.labelsMarkTurns || sc.dashesMarkTurns ? 0 : p.style.iterations;
  let decoded = decode({ n, K, switchLogit, emission, asks, youAsked });
  const evidenceOnly = decoded;
  // hard EM: learn how each person talks from the current attribution, decode again
  let styleScores: Float64Array = new Float64Array(n * K);
  if (rounds > 0) {
    const style = styleBags(tokens, n);
    const withStyle = new Float64Array(n * K);
    for (let round = 0; round < rounds; round++) {
      styleScores = styleEmission(style, decoded.path, K, p.style.scale, p.style.cap, p.style.fullAtWords);
      for (let j = 0; j < withStyle.length; j++) withStyle[j] = emission[j] + styleScores[j];
      decoded = decode({ n, K, switchLogit, emission: withStyle, asks, youAsked, pathOnly: round < rounds - 1 });
    }
  }
  const { path } = decoded;
  const margin = rounds > 0 ? evidenceMargins(path, evidenceOnly, decoded, p.style.aloneMargin) : decoded.margin;
  return path.reduce<ParagraphSpeaker[]>((out, s, i) => {
    const label = found.labelOf[i];
    const why = whyOf(i, path, sc, found, ev, styleScores, K);
    if (rounds > 0 && evidenceOnly.path[i] !== s) why.push('style-alone');
    // the odds of the best sequence against the best one giving this paragraph to another,
    // tempered: the cues are not independent, so their summed log-scores overstate the odds
    const confidence = Math.min(p.maxConfidence, Math.round(1000 / (1 + Math.exp(-margin[i] / p.confidenceTemperature))) / 1000);
    const decided = label === s || confidence >= p.unknownBelow;
    out.push({
      paragraph: i,
      speaker: decided ? people[s].id : null,
      attribution: label === s ? 'label' : decided ? 'inferred' : 'unknown',
      confidence,
      why: decided ? why : [...why, `undecided:${people[s].id}`],
    });
    return out;
  }, []);
}

/**
 * The margins a confidence is read from once the style profile has had its say. The profile
 * is learned from the attribution it then scores, so over a long stretch its small
 * per-paragraph votes add up to a large margin for whichever reading it learned from: on the
 * gold web pages, paragraphs given 0.95–0.98 that way were right 71% of the time. So a
 * paragraph is as sure as the smaller of its margins with and without the profile where both
 * readings agree, and near a tie (`alone`, nats) where the profile alone decides it: still
 * decided, as before (a real tie with the profile stays below `unknownBelow`).
 */
export function evidenceMargins(path: Int32Array, evidenceOnly: Decoded, withStyle: Decoded, alone: number): Float64Array {
  const out = new Float64Array(path.length);
  for (let i = 0; i < path.length; i++) out[i] = Math.min(withStyle.margin[i], evidenceOnly.path[i] === path[i] ? Math.max(alone, evidenceOnly.margin[i]) : alone);
  return out;
}

/** The rule ids behind paragraph i's decision, for --explain. */
function whyOf(i: number, path: Int32Array, sc: Scores, found: PeopleFound, ev: readonly ParagraphEvidence[], styleScores: Float64Array, K: number): string[] {
  const p = speakerParams();
  const s = path[i];
  const e = ev[i];
  const prev = i > 0 ? ev[i - 1] : null;
  const label = found.labelOf[i];
  const why: string[] = [];
  if (label >= 0) why.push(label === s ? 'label' : 'label-overruled');
  if (found.selfIntroOf[i] >= 0) why.push('self-introduction');
  if (found.introducedIn.has(i)) why.push('introduces-other');
  if (prev && prev.handsTo >= 0) why.push(prev.handsTo === s ? 'addressed-by-name' : 'addressed-other');
  if (e.vocatives.length) why.push('addresses-other');
  else if (e.mentions.some((k) => k !== s)) why.push('names-other');
  for (const m of e.mine) why.push(`says-my:${m.thing}`);
  for (const m of e.yours) why.push(`says-your:${m.thing}`);
  if (e.youAsked) why.push('you-asked');
  if (prev && label < 0) {
    if (sc.labelsMarkTurns) why.push('labels-mark-turns');
    if (sc.dashesMarkTurns) why.push(sc.speakerChange[i] ? 'caption-voice-change' : 'captions-mark-turns');
    if (e.cutOff) why.push('cut-off');
    if (e.echoes) why.push('echo');
    if (prev.unfinished) why.push('after-unfinished');
    if (prev.asks) why.push('after-question');
    if (e.reaction) why.push('reaction');
    if (prev.reaction) why.push('after-reaction');
    if (e.answerOpener) why.push('answer-opener');
    if (e.reactsFirst) why.push('reacts-first');
    if (prev.interrupted) why.push('after-interruption');
    if (e.resumes) why.push('resumes');
    if (prev.handsOver) why.push('after-hand-over');
    if (prev.adGoesOn) why.push('sponsor-read-goes-on');
    if (Math.min(prev.words, e.words) > p.longPair.from) why.push('long-pair');
    why.push(path[i - 1] !== s ? 'turn-taking:change' : 'turn-taking:same');
  }
  if (i === 0 && label < 0 && found.selfIntroOf[0] < 0) why.push('first-speaker');
  if (sc.closing[i] && label < 0) why.push(s === sc.opener ? 'closes-show' : 'closes-show-other');
  if (sc.interviewer >= 0 && asksAtAll(e) && label < 0) why.push(s === sc.interviewer ? 'interviewer-asks' : 'guest-asks');
  if (sc.interviewer >= 0 && !asksAtAll(e) && label < 0 && e.words > p.guestAnswers.from && !readsAd(ev, i)) why.push(s === sc.interviewer ? 'interviewer-states' : 'guest-answers');
  if (sc.interviewer >= 0 && e.opensAd && label < 0) why.push(s === sc.interviewer ? 'host-reads-ad' : 'guest-reads-ad');
  let other = -Infinity;
  for (let o = 0; o < K; o++) if (o !== s) other = Math.max(other, styleScores[i * K + o]);
  const st = styleScores[i * K + s] - other;
  if (Math.abs(st) >= 0.5) why.push(st > 0 ? 'style' : 'style-against');
  return why;
}

/**
 * Whether the labels mark every change of speaker (a labelled transcript, subtitles with a
 * name where the voice changes), so an unlabeled paragraph goes on with the last label; or
 * stop early (a web page labelling only its first lines), so turn-taking has to decide.
 */
function labelsReachThrough(labelOf: Int32Array, reach: number, share: number): boolean {
  let covered = 0;
  let last = -Infinity;
  let labels = 0;
  let repeats = 0;
  let previous = -1;
  for (let i = 0; i < labelOf.length; i++) {
    if (labelOf[i] >= 0) {
      last = i;
      labels++;
      if (labelOf[i] === previous) repeats++;
      previous = labelOf[i];
    }
    if (i - last <= reach) covered++;
  }
  // and they go on past the opening: a page that labels its first lines only does not count
  const pastOpening = last >= labelOf.length / 4;
  // a page that names the speaker only where the voice changes (`<strong>Name:</strong>` on
  // the first paragraph of each turn): no two labels in a row name the same person, however
  // long the one voice reads between them
  const atChangesOnly = labels >= 4 && repeats === 0;
  return labelOf.length > 0 && pastOpening && (covered / labelOf.length >= share || atChangesOnly);
}

/** Host: opens or closes the show, or introduces themselves up front; guest: introduced as one. */
function assignRoles(people: Person[], speakers: readonly ParagraphSpeaker[], texts: readonly string[], found: PeopleFound): void {
  const c = speakerCues();
  const index = new Map(people.map((x, k) => [x.id, k]));
  const { openingEnd, closingStart } = openingAndClosing(texts);
  const host = new Set<number>();
  const guest = new Set<number>();
  const prompted = new Set<number>();
  const n = speakers.length;
  const speakerAt = (i: number) => (speakers[i]?.speaker ? index.get(speakers[i].speaker!)! : -1);
  // (a page's header lines may come before the first words of the show)
  const start = openingParagraph(found, n);
  speakers.forEach((s, i) => {
    const k = speakerAt(i);
    if (k < 0) return;
    const edge = i < start + 3 || i >= n - 3;
    // asked to say who they are (`remind people who you are`), they answer as a guest
    if (i > 0 && i < openingEnd && found.selfIntroOf[i] === k && speakerAt(i - 1) !== k && speakerAt(i - 1) >= 0 && c.guestPrompt.test(texts[i - 1])) prompted.add(k);
    if (i === start || (edge && c.hostCue.test(texts[i])) || (i < start + 3 && found.selfIntroOf[i] === k)) host.add(k);
    // guests thank for the invitation as they arrive or leave, not in the middle of a story
    if ((i < openingEnd || i >= closingStart) && c.guestSelfCue.test(texts[i])) guest.add(k);
  });
  const opener = speakerAt(start);
  // a panel: once the opener has asked one guest to say who they are, the others they then
  // call on by name (`Inês?`, `And Hannah.`) and who introduce themselves are guests too
  if (prompted.size > 0) {
    // (a panel's round of introductions can outlast the opening's few hundred words: what
    // counts is that the introduction comes with their first words, a caption cue or two in)
    const firstAt = new Map<number, number>();
    speakers.forEach((_, i) => {
      const k = speakerAt(i);
      if (k >= 0 && !firstAt.has(k)) firstAt.set(k, i);
      if (i === 0 || k < 0 || k === opener || found.selfIntroOf[i] !== k || i - firstAt.get(k)! >= 3) return;
      // (their turn may begin a caption cue or two before the introduction: `Hi everyone!`)
      let j = i - 1;
      while (j > 0 && i - j < 3 && speakerAt(j) === k) j--;
      if (speakerAt(j) !== opener) return;
      const first = people[k].name.split(/\s+/)[0];
      if (first.length >= 2 && wordsRegExp([first]).test(texts[j])) prompted.add(k);
    });
  }
  people.forEach((person, k) => {
    const hint = found.drafts[k]?.roleHint ?? null;
    person.role = hint ?? (prompted.has(k) && k !== opener ? 'guest' : host.has(k) ? 'host' : guest.has(k) ? 'guest' : 'unknown');
  });
  // two people, the opener a host and the other nothing yet: a guest, when the opener's opening
  // speaks of one (`My guest spends her working life…`, `I'm talking to…`) before they first speak
  if (people.length === 2 && opener >= 0 && people[opener].role === 'host' && people[1 - opener].role === 'unknown') {
    const other = 1 - opener;
    let announced = false;
    for (let i = start; i < Math.min(n, openingEnd) && speakerAt(i) !== other; i++) if (speakerAt(i) === opener && c.guestCue.test(texts[i])) announced = true;
    if (announced) people[other].role = 'guest';
  }
}

/**
 * Where the show's talk starts: the first of the first eight paragraphs with a label or a
 * self-introduction (a page's header lines come before it), else 0.
 */
function openingParagraph(found: PeopleFound, n: number): number {
  for (let i = 0; i < Math.min(n, 8); i++) if (found.labelOf[i] >= 0 || found.selfIntroOf[i] >= 0) return i;
  return 0;
}
