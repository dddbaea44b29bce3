import { personNames } from '../nlp/compromise.js';
import { outOfVocabulary } from '../nlp/wink.js';
import { loadLexicon } from '../entities/lexicon.js';
import { loadCues } from '../entities/candidate.js';
import { isCaptionFormat, type Ingested, type Person, type TokenLayer } from '../document/document.js';
import { nearSpelling } from '../ingest/labels.js';
import { escapeRegExp, namesAfter, speakerCues, speakerParams, wordsRegExp } from './cues.js';

/** A person while we gather evidence: name candidates, the label forms, why they exist. */
export interface PersonDraft {
  /** Name candidates in order of trust: option, self-introduction, introduction, label. */
  names: Array<{ name: string; from: 'option' | 'self-introduction' | 'introduced' | 'label' | 'generic' }>;
  aliases: string[];
  evidence: string[];
  roleHint: 'host' | 'guest' | null;
}

export interface PeopleFound {
  drafts: PersonDraft[];
  /** Per paragraph: index of the person its label names, or -1. */
  labelOf: Int32Array;
  /** Per paragraph: the person who introduces themselves in it, or -1. */
  selfIntroOf: Int32Array;
  /** Per paragraph: people it introduces (`with me is X`): not its speaker. */
  introducedIn: Map<number, number[]>;
  /**
   * Per person: the first paragraph that says the name of someone who introduces
   * themselves only after the opening of an unlabelled transcript (a guest who joins late),
   * or -1. Nobody speaks before their name is first said.
   */
  arrivesAt: Int32Array;
  /**
   * Per person who arrives late: the paragraph where someone else thanks them by name
   * (`Thanks, Wendell.`) before the closing, after which they do not speak but for a reply
   * right after it (a caller hanging up); -1 where none.
   */
  departsAt: Int32Array;
}

/**
 * A word each pattern of models/speakers/cues.json `selfIntroduction`/`otherIntroduction`
 * contains (`I'm`, `name is`, `this is`, `here`, `with me`, `co-host`, `guest`, `friend`,
 * `joined`, `welcome`, `conversation with`, `talking to`, `sat down with`): a paragraph without
 * one cannot match any; keep it in step with the model.
 */
const INTRODUCTION_WORDS = /\b(?:i['’]m|i am|name|this is|here|with me|co-?host|guest|friend|joined|joins|joining|sits|sitting|belongs to|welcome|conversation with|interview with|chat with|talk with|talking (?:to|with)|speaking (?:to|with)|chatting with|sat down with|sitting down with)\b/i;

/**
 * `This is Build Talk, and I'm Ana Lima`: in one sentence, what `this is` names before the
 * speaker's own name is the show (two voices introduce themselves in two sentences).
 */
const namesShowBeforeSelf = (name: string, text: string): boolean =>
  new RegExp(`(?<![\\p{L}])[Tt]his is ${escapeRegExp(name)},? and (?:I['’]m|I am|my name is)\\s+\\p{Lu}`, 'u').test(text);

const TRUST = { option: 0, 'self-introduction': 1, introduced: 2, label: 3, generic: 4 } as const;

/**
 * A diarisation id, not a name: `Speaker 1`, `SPEAKER_02`, `spk_0`, `Speaker A`, or a bare
 * letter (`A`, `B`: AssemblyAI's and others' exports); a meeting app's numbered participant
 * (`Call-in User_2`, `Participant 3`, `Caller 1`) too.
 */
const isGenericLabel = (form: string) => /^(?:[Ss]peaker|SPEAKER)[ _]?(?:\d{1,2}|[A-Z])$|^spk_\d{1,2}$|^[A-Z]$|^(?:Call-in User|Participant|Attendee|Caller|User)[ _]?\d{1,3}$/.test(form);

/**
 * A meeting app's display name that is a shared account or a room, not a person (`Caprock
 * Rocketry Lab`, `Studio B Room`): two words or more, the last an account word of
 * models/speakers/cues.json, none a given name. Named like `Speaker 2`, by who is called
 * by name before its turns.
 */
function isAccountLabel(form: string): boolean {
  const words = form.split(/\s+/);
  const last = words[words.length - 1].toLowerCase();
  const cues = speakerCues();
  if (words.length < 2 || !(cues.accountLabelWords.has(last) || cues.deviceLabelWords.has(last))) return false;
  // (models/lexicon/given-names.json, in lower case)
  const given = loadCues().givenNames;
  return !words.some((w) => given.has(w.toLowerCase()));
}
/**
 * The owner of a device a meeting app names a participant by (`Tom's iPhone` → `Tom`,
 * `Ana’s MacBook Pro` → `Ana`), or null: a capitalised name with a possessive, then a device
 * word of models/speakers/cues.json (and a model word or two after it).
 */
export function deviceOwner(form: string): string | null {
  const m = /^(\p{Lu}[\p{L}-]+)['’]s\s+(\S+)(?:\s+\S+){0,2}$/u.exec(form.trim());
  return m && speakerCues().deviceLabelWords.has(m[2].toLowerCase()) ? m[1] : null;
}

/**
 * The people a transcript file declares (its speaker list, or its labels), as names: a meeting
 * app's shared account or device (`Kestrel iPad`) is nobody yet, an owner's device (`Tom's
 * iPhone`) is its owner. (Names the user gives with `--speakers` are taken as they are.)
 */
export function declaredNames(declared: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of declared) {
    const name = raw.trim();
    if (name && !isAccountLabel(name)) out.push(deviceOwner(name) ?? name);
  }
  return out;
}

/** A label that is only a role (`Host:`, `Guest:`): named, like `Speaker 1`, by who introduces themselves under it. */
const isRoleLabel = (form: string) => {
  const generic = speakerCues().genericLabelWords;
  return form.split(/[\s_-]+/).every((w) => generic.has(w.toLowerCase()));
};

/** The name words of a form: two letters and more (`Jo`), not role words, not particles (`de`, `van`). */
function words(form: string): string[] {
  const { genericLabelWords: generic, nameParticles: particles } = speakerCues();
  // a loop, not split().map().filter(): the optimised map makes another kind of array (document/packed.ts)
  const all: string[] = [];
  for (const raw of form.toLowerCase().split(/[\s_]+/)) {
    const w = raw.replace(/[.’']+$/, '');
    if (w.length >= 2 && !generic.has(w)) all.push(w);
  }
  if (all.length < 2) return all;
  const named: string[] = [];
  for (const w of all) if (!particles.has(w)) named.push(w);
  return named;
}

/** What tells one diarisation id from another: `Speaker 01` and `SPEAKER_1` are `1`, `A` and `Speaker A` are `a`. */
const genericId = (form: string): string => {
  const id = form.replace(/^(?:speaker|spk)[ _]?/i, '').toLowerCase();
  return /^\d+$/.test(id) ? String(Number(id)) : id;
};

/** Same person: the forms share a name word, or a word is a near spelling (`OKKE`, `OKKEN`). */
export function sameName(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (isGenericLabel(a) || isGenericLabel(b)) return isGenericLabel(a) && isGenericLabel(b) && genericId(a) === genericId(b);
  const wa = words(a);
  const wb = words(b);
  // near spellings need words of three letters and more (nearSpelling and swapped check that)
  return wa.some((x) => wb.some((y) => x === y || nearSpelling(x, y) || swapped(x, y)));
}

/**
 * A one-word form that starts exactly one known person's first name (`Jo` for Joanna, `Rafa`
 * for Rafael): a short form of that name, the way hosts label themselves after the first line.
 */
function shortFormOf(form: string, drafts: readonly PersonDraft[]): number {
  const w = words(form);
  if (w.length !== 1 || form.trim().split(/\s+/).length !== 1) return -1;
  const owners = drafts.flatMap((d, k) => (d.names.some((n) => { const first = words(n.name)[0]; return first !== undefined && first.length > w[0].length && first.startsWith(w[0]); }) ? [k] : []));
  return owners.length === 1 ? owners[0] : -1;
}

/** Two neighbouring letters swapped (`DEO` for `DOE`): the typo short labels get. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 3 || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Who the people are: the `--speakers` option, the labels (variants folded into one person),
 * self-introductions and introductions of the other person, in that order of trust.
 */
export function findPeople(ingest: Ingested, paragraphTexts: readonly string[], optionNames: readonly string[] = [], showName: string | null = null): PeopleFound {
  const c = speakerCues();
  const drafts: PersonDraft[] = [];
  const find = (name: string) => {
    const k = drafts.findIndex((d) => d.aliases.some((a) => sameName(a, name)) || d.names.some((n) => sameName(n.name, name)));
    return k >= 0 ? k : shortFormOf(name, drafts);
  };
  const add = (name: string, from: PersonDraft['names'][number]['from'], evidence: string): number => {
    let k = find(name);
    if (k < 0) {
      k = drafts.length;
      drafts.push({ names: [], aliases: [], evidence: [], roleHint: null });
    }
    const d = drafts[k];
    if (!d.names.some((n) => n.name === name && n.from === from)) d.names.push({ name, from });
    if (!d.evidence.includes(evidence)) d.evidence.push(evidence);
    return k;
  };

  // (a diarisation id a JSON transcript declares, `SPEAKER_00`, is a label to name, not a name)
  for (const name of optionNames) if (name.trim() && !isGenericLabel(name.trim())) add(name.trim(), 'option', 'option');

  const n = ingest.paragraphs.length;
  const labelOf = new Int32Array(n).fill(-1);
  // a transcript repeats a handful of label forms: fold each form once (sameName is a fuzzy match)
  const byForm = new Map<string, number>();
  ingest.paragraphs.forEach((p, i) => {
    if (!p.label) return;
    const raw = p.label.name ?? p.label.raw;
    let k = byForm.get(raw);
    if (k === undefined) {
      const owner = deviceOwner(raw);
      k = owner ? add(owner, 'label', 'device-owner') : add(raw, isGenericLabel(raw) || isRoleLabel(raw) || isAccountLabel(raw) ? 'generic' : 'label', 'label');
      if (!drafts[k].aliases.includes(raw)) drafts[k].aliases.push(raw);
      byForm.set(raw, k);
    }
    labelOf[i] = k;
  });

  const { openingEnd, closingStart } = openingAndClosing(paragraphTexts);
  // labels that are initials (`DA:`, `AV:`) of whole names the text says
  fullNamesOfInitials(drafts, paragraphTexts, openingEnd);
  // a surname label's first name, before the introductions: `Hana, welcome to the show.`
  // then names the labelled person, not a third one
  fullNamesOfSurnameLabels(drafts, labelOf, paragraphTexts, openingEnd);

  const selfIntroOf = new Int32Array(n).fill(-1);
  const introducedIn = new Map<number, number[]>();
  // New people come from introductions at the opening (self-introductions also at the
  // sign-off) only; later `joined by Carl` names someone talked about, not a third speaker.
  const canIntroduce = (i: number) => i < openingEnd || i >= closingStart;
  // nobody is labelled: a whole name said as a self-introduction (`I'm Yusuf Adeyemi`) is a
  // person wherever it comes (a guest who joins after the first segment)
  const unlabelled = !labelOf.some((k) => k >= 0);
  // `this is Stack Notes, episode 212`: the show, not a person
  const show = showName?.toLowerCase() ?? null;
  const isShow = (name: string) => show !== null && (show.includes(name.toLowerCase()) || name.toLowerCase().includes(show));
  // (a whole name that the paragraph before called by its first name, `Wendell, you're on.` /
  // `Hi, I'm Wendell Pryce`: a caller or a guest who joins later, labelled transcript or not)
  const calledBefore = (name: string, i: number) => i > 0 && /\S\s+\S/.test(name) && wordsRegExp([name.split(/\s+/)[0]]).test(paragraphTexts[i - 1]);
  const known = (name: string, i: number) => !isShow(name) && (canIntroduce(i) || find(name) >= 0 || (unlabelled && /\S\s+\S/.test(name)) || calledBefore(name, i));
  // speech-to-text without capitals: names cannot be told by their case
  // (speech-to-text that capitalises only the pronoun `I` is caseless too: `I'm nell harrow`)
  // (and a recogniser's sound note, `[Music]`, `[Applause]`, is written in its own case)
  const caseless = !paragraphTexts.slice(0, openingEnd).some((t) => /\p{Lu}/u.test(t.replace(/\bI(?=\s|['’])|\[[^\]]{1,30}\]/g, '')));
  const lateArrivals = new Map<number, number>();
  // caption cues cut sentences anywhere (`…and with me as always` / `is Teo.`): an
  // introduction is read across a cue and the next
  const captions = isCaptionFormat(ingest.format) && unlabelled;
  let guestSaidAt = -1;
  paragraphTexts.forEach((own, i) => {
    const text = captions && i + 1 < n ? `${own} ${paragraphTexts[i + 1]}` : own;
    // the cue words every introduction pattern needs, found first: most paragraphs have none
    // (a guest announced in the opening, `my guest spends…`, is named a caption or two later)
    if (caseless && guestSaidAt < 0 && i < openingEnd && c.guestCue.test(text)) guestSaidAt = i;
    const announced = caseless && guestSaidAt >= 0 && i - guestSaidAt <= GUEST_NAMED_WITHIN;
    if (!announced && !INTRODUCTION_WORDS.test(text)) return;
    const cased = namesAfter(c.selfIntroduction, text);
    const self = (cased.length || !caseless ? cased : caselessSelfIntroductions(text)).filter((name) => known(name, i) && !namesShowBeforeSelf(name, text));
    if (self.length) {
      const before = drafts.length;
      selfIntroOf[i] = add(self[0], 'self-introduction', 'self-introduction');
      if (drafts.length > before && i >= openingEnd) lateArrivals.set(selfIntroOf[i], i);
      // where nothing marks who speaks, one paragraph can hold two voices (`…I'm Ines
      // Carvalho, in Lisbon. And I'm Callum Frazer, in Leeds.` in one caption run): each
      // self-introduction in it is a person, the paragraph the first one's
      if (unlabelled) for (const name of self.slice(1)) if (!isShow(name)) add(name, 'self-introduction', 'self-introduction');
    }
    const others = namesAfter(c.otherIntroduction, text);
    for (const name of others.length || !caseless ? others : caselessIntroductions(text, announced)) {
      if (isShow(name) || (i >= openingEnd && find(name) < 0)) continue;
      const k = add(name, 'introduced', 'introduced');
      if (k === selfIntroOf[i] || k === labelOf[i]) continue;
      const list = introducedIn.get(i) ?? [];
      list.push(k);
      introducedIn.set(i, list);
      // (`with me as always is my co-host Teo. He's a developer at…` names a host)
      if (/co-?host|as always/i.test(text)) drafts[k].roleHint = 'host';
      else if (c.guestCue.test(text)) drafts[k].roleHint = 'guest';
    }
  });
  // `Speaker 1` who says `I'm Ruth Kessler` is Ruth Kessler
  const refs: DraftRefs = { drafts, labelOf, selfIntroOf, introducedIn, lateArrivals };
  nameGenericLabels(refs);
  // `Speaker 2` whom the others call `Joaquín` before each of its turns is Joaquín Ferreyra
  nameGenericByAddress(refs, paragraphTexts, openingEnd);
  const arrivesAt = new Int32Array(drafts.length).fill(-1);
  const departsAt = new Int32Array(drafts.length).fill(-1);
  for (const [k, at] of lateArrivals) {
    arrivesAt[k] = firstSaid(drafts[k], paragraphTexts, openingEnd, at);
    departsAt[k] = thankedAway(drafts[k], paragraphTexts, at, closingStart);
  }
  return { drafts, labelOf, selfIntroOf, introducedIn, arrivesAt, departsAt };
}

/**
 * Generic labels (`Speaker 1`, `SPEAKER_02`: a speech-to-text service's diarisation; roles,
 * `Host:`, `Guest:`) named by what is said under them. A generic label is the person who
 * introduces themselves under it (`I'm Ruth Kessler`, in its paragraph or in the unlabelled
 * ones right after it), when every such introduction under it names the same person and no
 * other label is theirs already (evidence `named-under-generic-label`); then, when exactly
 * one generic label and exactly one named person without a label are left (`with me is Dan`
 * said by the other voice), they are the same (evidence `only-unnamed-voice`). The named
 * person takes over the label: `labelOf`, `selfIntroOf`, `introducedIn` and `lateArrivals` are
 * rewritten and the generic draft is dropped.
 */
function nameGenericLabels(refs: DraftRefs): void {
  const { drafts, labelOf, selfIntroOf, introducedIn } = refs;
  const generic = (k: number) => isGenericDraft(drafts[k]);
  const labelled = new Set<number>();
  for (const k of labelOf) if (k >= 0) labelled.add(k);
  // per generic label: the people introducing themselves under it, in its paragraph or in
  // the unlabelled ones right after it (`Host: A quick word…` / `Hello, and welcome… I'm Priyanka Raman.`)
  const votes = new Map<number, Set<number>>();
  let under = -1;
  for (let i = 0; i < labelOf.length; i++) {
    if (labelOf[i] >= 0 || i === 0) under = labelOf[i];
    const g = under;
    const j = selfIntroOf[i];
    if (g < 0 || j < 0 || j === g || !generic(g) || generic(j)) continue;
    const set = votes.get(g) ?? new Set<number>();
    set.add(j);
    votes.set(g, set);
  }
  const merges = new Map<number, number>(); // generic draft → named draft
  const taken = new Set<number>();
  for (const [g, set] of votes) {
    const [j] = set;
    if (set.size !== 1 || labelled.has(j) || taken.has(j) || [...votes].some(([h, o]) => h !== g && o.has(j))) continue;
    merges.set(g, j);
    taken.add(j);
  }
  const unnamedGeneric = [...labelled].filter((g) => generic(g) && !merges.has(g));
  const voiceless = drafts.flatMap((d, j) => (!generic(j) && !labelled.has(j) && !taken.has(j) ? [j] : []));
  const byPairing = unnamedGeneric.length === 1 && voiceless.length === 1 && merges.size > 0;
  if (byPairing) merges.set(unnamedGeneric[0], voiceless[0]);
  const mutual = byPairing ? null : namedByTheOtherVoice(unnamedGeneric, voiceless, labelOf, introducedIn);
  if (mutual) for (const [g, j] of mutual) merges.set(g, j);
  if (!merges.size) return;
  const evidence = new Map<number, string>();
  for (const g of merges.keys()) evidence.set(g, mutual?.has(g) ? 'introduced-by-other-voice' : byPairing && g === unnamedGeneric[0] ? 'only-unnamed-voice' : 'named-under-generic-label');
  mergeDrafts(refs, merges, evidence);
}

/** What findPeople's steps rewrite when two drafts turn out to be one person. */
interface DraftRefs {
  drafts: PersonDraft[];
  labelOf: Int32Array;
  selfIntroOf: Int32Array;
  introducedIn: Map<number, number[]>;
  lateArrivals: Map<number, number>;
}

/** A draft named only by diarisation ids or role labels (`Speaker 2`, `Host`). */
const isGenericDraft = (d: PersonDraft): boolean => d.names.length > 0 && d.names.every((x) => x.from === 'generic');

/**
 * Each generic draft `g` of `merges` becomes the named draft `merges.get(g)`: its label forms
 * move over with the evidence, every reference is renumbered and the generic drafts dropped.
 */
function mergeDrafts(refs: DraftRefs, merges: ReadonlyMap<number, number>, evidence: ReadonlyMap<number, string>): void {
  const { drafts, labelOf, selfIntroOf, introducedIn, lateArrivals } = refs;
  for (const [g, j] of merges) {
    const d = drafts[j];
    for (const a of drafts[g].aliases) if (!d.aliases.includes(a)) d.aliases.push(a);
    for (const e of ['label', evidence.get(g)!]) if (!d.evidence.includes(e)) d.evidence.push(e);
  }
  // drop the generic drafts and renumber every reference
  const index = new Int32Array(drafts.length);
  let next = 0;
  for (let k = 0; k < drafts.length; k++) index[k] = merges.has(k) ? -1 : next++;
  const to = (k: number) => (k < 0 ? k : merges.has(k) ? index[merges.get(k)!] : index[k]);
  for (let i = 0; i < labelOf.length; i++) {
    labelOf[i] = to(labelOf[i]);
    selfIntroOf[i] = to(selfIntroOf[i]);
  }
  for (const [i, ks] of introducedIn) introducedIn.set(i, ks.map(to));
  const arrivals = [...lateArrivals].map(([k, at]) => [to(k), at] as const);
  lateArrivals.clear();
  for (const [k, at] of arrivals) lateArrivals.set(k, at);
  const kept = drafts.filter((_, k) => !merges.has(k));
  drafts.length = 0;
  drafts.push(...kept);
}

/** Paragraphs a generic label needs to count as one of the two voices (a stray `SPEAKER_02` on a line or two does not). */
const VOICE_MIN_PARAGRAPHS = 3;

/**
 * Two generic labels that introduce each other (`SPEAKER_01: …at the far end of a link sits
 * Benedict Auer` / `SPEAKER_00: …the voice you heard first belongs to Signe Dahlqvist`): each
 * is the person the other introduced. Null where the introductions do not decide.
 */
function namedByTheOtherVoice(unnamedGeneric: readonly number[], voiceless: readonly number[], labelOf: Int32Array, introducedIn: ReadonlyMap<number, number[]>): Map<number, number> | null {
  const paragraphs = new Map<number, number>();
  for (const g of labelOf) if (g >= 0) paragraphs.set(g, (paragraphs.get(g) ?? 0) + 1);
  const voices = unnamedGeneric.filter((g) => (paragraphs.get(g) ?? 0) >= VOICE_MIN_PARAGRAPHS);
  if (voices.length !== 2) return null;
  const introducedBy = (g: number) => {
    const out = new Set<number>();
    for (const [i, ks] of introducedIn) if (labelOf[i] === g) for (const k of ks) if (voiceless.includes(k)) out.add(k);
    return out;
  };
  const [a, b] = voices;
  const [A, B] = [introducedBy(a), introducedBy(b)];
  if (A.size !== 1 || B.size !== 1) return null;
  const [x] = A;
  const [y] = B;
  return x === y ? null : new Map([[a, y], [b, x]]);
}

/**
 * Generic labels still unnamed after the introductions (`Speaker 2`, `S3` of a panel whose host
 * introduced the guests in passing: `Joaquín Ferreyra flies gliders…, and Hyun-woo Baek writes
 * software…`), named by how the other voices call them: a paragraph that addresses someone by
 * first name (`Joaquín, you're the one with a robot out there, so you go first.`, `…what do you
 * make of it, Hyun-woo?`) hands the next turn to them. Where the turns of one unnamed label
 * follow such calls to one first name at least twice and more than twice as often as to any
 * other (its own paragraphs calling that name count against it), and the opening says that
 * person's whole name, the label is that person (evidence `addressed-before-turns`).
 */
function nameGenericByAddress(refs: DraftRefs, texts: readonly string[], openingEnd: number): void {
  const { drafts, labelOf } = refs;
  const generic = (k: number) => isGenericDraft(drafts[k]);
  const paragraphs = new Map<number, number>();
  for (const g of labelOf) if (g >= 0) paragraphs.set(g, (paragraphs.get(g) ?? 0) + 1);
  const unnamed = [...paragraphs].filter(([g, count]) => generic(g) && count >= VOICE_MIN_PARAGRAPHS).map(([g]) => g);
  if (!unnamed.length) return;
  // whole names the opening says, by first name (`Joaquín Ferreyra`, `Hyun-woo Baek`)
  const whole = new Map<string, string>();
  // (overlapping: `Tonight Anand Vara Rajan` holds `Anand Vara` after `Tonight Anand`)
  for (const t of texts.slice(0, openingEnd)) {
    WHOLE_NAME.lastIndex = 0;
    for (let m = WHOLE_NAME.exec(t); m; m = WHOLE_NAME.exec(t)) {
      if (!whole.has(m[1])) whole.set(m[1], `${m[1]} ${m[2]}`);
      WHOLE_NAME.lastIndex = m.index + m[1].length;
    }
  }
  // and the one-word names of people found without a label (`Maddie, welcome.`: a short name)
  for (const d of drafts) {
    const name = d.names[0]?.name;
    if (name && !isGenericDraft(d) && /^\p{Lu}\p{Ll}+$/u.test(name) && !whole.has(name)) whole.set(name, name);
  }
  if (!whole.size) return;
  const votes = new Map<number, Map<string, number>>();
  const vote = (g: number, name: string, by: number) => {
    const m = votes.get(g) ?? new Map<string, number>();
    m.set(name, (m.get(name) ?? 0) + by);
    votes.set(g, m);
  };
  for (let i = 0; i < texts.length; i++) {
    const called = calledName(texts[i]);
    if (!called || !whole.has(called)) continue;
    const g = labelOf[i];
    // one's own paragraph calling a name is someone else's name
    if (g >= 0 && unnamed.includes(g)) vote(g, called, -1);
    const next = i + 1 < texts.length ? labelOf[i + 1] : -1;
    if (next >= 0 && next !== g && unnamed.includes(next)) vote(next, called, 1);
  }
  const chosen = new Map<number, string>();
  for (const [g, m] of votes) {
    const ranked = [...m].sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked;
    if (best && best[1] >= 2 && best[1] >= 2 * Math.max(0, second?.[1] ?? 0)) chosen.set(g, best[0]);
  }
  // one person, one label
  const byName = new Map<string, number>();
  for (const [g, name] of chosen) byName.set(name, byName.has(name) ? -1 : g);
  const merges = new Map<number, number>();
  const evidence = new Map<number, string>();
  const taken = new Set<number>();
  for (const k of labelOf) if (k >= 0) taken.add(k);
  for (const [name, g] of byName) {
    if (g < 0) continue;
    const full = whole.get(name)!;
    const j = drafts.findIndex((d, k) => k !== g && !generic(k) && d.names.some((x) => sameName(x.name, full)));
    if (j >= 0) {
      // a person the opening introduced who holds no label yet (by the whole name the opening
      // says, where they were found by a first name only: `Hi, Anand.`)
      if (taken.has(j)) continue;
      const d = drafts[j];
      if (full !== name && !d.names.some((x) => /\s/.test(x.name))) d.names.unshift({ name: full, from: 'introduced' });
      merges.set(g, j);
      evidence.set(g, 'addressed-before-turns');
      continue;
    }
    const d = drafts[g];
    d.names.unshift({ name: full, from: 'introduced' });
    if (!d.evidence.includes('addressed-before-turns')) d.evidence.push('addressed-before-turns');
  }
  if (merges.size) mergeDrafts(refs, merges, evidence);
}

/** A first name as said to someone: `Joaquín`, `Hyun-woo`. */
const FIRST_NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Ll}+)?`;
/** `Joaquín Ferreyra`, `Hyun-woo Baek`: two capitalised words, the first a first name (group 1). */
const WHOLE_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${FIRST_NAME})\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(?![\p{L}\p{N}'’-])`, 'gu');

/**
 * The first name a paragraph calls last: at the start of one of its sentences (`It is.
 * Joaquín, you're the one…`, `Okay, Hana, …`) or at its end (`…, Hyun-woo?`); null if none.
 */
function calledName(text: string): string | null {
  const t = text.trim();
  const end = CALLED_LAST.exec(t);
  if (end) return end[1];
  let last: string | null = null;
  for (const m of t.matchAll(CALLED_FIRST)) last = m[1];
  return last;
}
const CALLED_FIRST = new RegExp(String.raw`(?:^|[.!?]["”’)]*\s+)(?:(?:so|okay|ok|right|and|well|now|alright|all right),?\s+)?(${FIRST_NAME}),\s+`, 'gu');
const CALLED_LAST = new RegExp(String.raw`,\s+(${FIRST_NAME})\s*\?["”’)]*$`, 'u');

/** The last paragraph in (from, to) that thanks or says goodbye to the person by first name (`Thanks, Wendell.`), else -1. */
function thankedAway(d: PersonDraft, texts: readonly string[], from: number, to: number): number {
  const first = d.names.map((x) => x.name.split(/\s+/)[0]).find((w) => w.length >= 3 && /^\p{Lu}/u.test(w));
  if (!first) return -1;
  const bye = new RegExp(`\\b(?:[Tt]hanks?(?: (?:you|so much|again))?|[Bb]ye|[Gg]oodbye|[Cc]heers)[,!]?\\s+${escapeRegExp(first)}(?![\\p{L}])`, 'u');
  let last = -1;
  for (let i = from + 1; i < to; i++) if (bye.test(texts[i])) last = i;
  return last;
}

/** The first paragraph in [from, to] that says one of the person's name words (`Yusuf, are you there?`), else `to`. */
function firstSaid(d: PersonDraft, texts: readonly string[], from: number, to: number): number {
  const forms = new Set(d.names.flatMap((x) => x.name.split(/\s+/)).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w)));
  if (!forms.size) return to;
  const said = wordsRegExp([...forms]);
  for (let i = from; i < to; i++) if (said.test(texts[i])) return i;
  return to;
}

/**
 * Where the opening ends and the closing starts (paragraph indexes): the opening is at least
 * introductionParagraphs paragraphs, and as many more as its first introductionWords words
 * take (a caption cue holds a dozen words, a web page's paragraph a hundred), up to a quarter
 * of the paragraphs; the closing is the last closingParagraphs.
 */
export function openingAndClosing(texts: readonly string[]): { openingEnd: number; closingStart: number } {
  const p = speakerParams();
  const n = texts.length;
  const wordsOf = (t: string) => (t.match(/\S+/g) ?? []).length;
  let openingEnd = Math.min(n, p.introductionParagraphs);
  // (never more than a quarter of a longer transcript: a short one is not all opening)
  const most = Math.max(openingEnd, Math.ceil(n / 4));
  for (let i = 0, words = 0; i < most && words < p.introductionWords; i++) {
    words += wordsOf(texts[i]);
    openingEnd = Math.max(openingEnd, i + 1);
  }
  // the closing stays closingParagraphs long: counted in words, a web page's sign-off
  // reached back into the last item's talk (a co-host page lost 0.2 of its speakers)
  return { openingEnd, closingStart: Math.max(0, n - p.closingParagraphs) };
}

/** `…, Kofi, hi.`, `Thanks, Brian.`, `Kofi?`, `Hana, welcome to the show.` closing a paragraph: the first name of who is addressed. */
const ADDRESSED_LAST = /(?:^|[,.!?]\s+|\b(?:hi|hey|hello|thanks|thank you),?\s+)(\p{Lu}\p{Ll}+)(?:,\s*(?:hi|hey|hello|welcome(?: back)?(?: to (?:the )?(?:show|podcast|program|programme))?|you (?:go )?first|go ahead|take it away)|\?)?[.!?]*["”’)]*\s*$/u;

/** `DA`, `JVR`: two or three capitals, the way some services label speakers by their initials. */
const INITIALS = /^\p{Lu}{2,3}$/u;

/**
 * Labels that are a person's initials (`DA:` and `AV:`, as Software Engineering Daily labels
 * its transcripts) take the whole name the text says with exactly those initials (`I'm Dominic
 * Ashworth`, `my guest today is Anouk Verbeek`; evidence `initials-of-name`), when one name
 * only has them, or one of those the opening says. Run before the surname step, which would
 * read `AV` as a surname.
 */
function fullNamesOfInitials(drafts: PersonDraft[], texts: readonly string[], opening: number): void {
  const labels = drafts.flatMap((d, k) => (d.names.length === 1 && d.names[0].from === 'label' && INITIALS.test(d.names[0].name) ? [k] : []));
  if (!labels.length) return;
  const notName = speakerCues().notName;
  const byInitials = new Map<string, Set<string>>();
  const inOpening = new Set<string>();
  const head = texts.slice(0, opening).join('\n').length;
  const text = texts.join('\n');
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}(?![\p{L}\p{N}])/gu)) {
    const all = m[0].split(/\s+/);
    // the run, and for three words its last two (`Thanks Dominic Ashworth`); words that are
    // never names (`Thanks`) end no name
    for (const words of all.length === 3 ? [all, all.slice(1)] : [all]) {
      if (words.some((w) => notName.has(w.toLowerCase()))) continue;
      const name = words.join(' ');
      const key = words.map((w) => w[0]).join('');
      const set = byInitials.get(key) ?? new Set<string>();
      set.add(name);
      byInitials.set(key, set);
      if (m.index < head) inOpening.add(name);
    }
  }
  for (const k of labels) {
    const d = drafts[k];
    let names = [...(byInitials.get(d.names[0].name) ?? [])];
    // (`Data Analytics` has the initials too: the opening introduces the people)
    if (names.length > 1) names = names.filter((x) => inOpening.has(x));
    if (names.length !== 1) continue;
    d.names.push({ name: names[0], from: 'introduced' });
    if (!d.evidence.includes('initials-of-name')) d.evidence.push('initials-of-name');
  }
}

/**
 * The first name of a person labelled by a surname only (`MENSAH:`), from either
 * - a paragraph that ends by addressing someone by first name (`Kofi, hi.`) right before that
 *   label: the addressed person answers (Kofi Mensah; evidence `addressed-before-label`); or
 * - the opening paragraphs saying the whole name (`Hana Kobayashi is a research software
 *   engineer…`) with one first name only (evidence `full-name-in-text`).
 * Only for people known by one label word, and first names no one else has.
 */
function fullNamesOfSurnameLabels(drafts: PersonDraft[], labelOf: Int32Array, texts: readonly string[], opening: number): void {
  const notName = speakerCues().notName;
  const given = loadCues().givenNames;
  const surnameOnly = (d: PersonDraft) => !d.names.some((n) => n.from === 'generic' || n.name.trim().includes(' '));
  const name = (k: number, first: string, evidence: string) => {
    const d = drafts[k];
    // a first name: a given name, or no English word (`Seagull?` asks, it calls nobody)
    if (notName.has(first.toLowerCase()) || (!given.has(first.toLowerCase()) && !outOfVocabulary(first.toLowerCase()))) return;
    if (drafts.some((o, j) => j !== k && o.names.some((n) => sameName(n.name, first)))) return;
    const surname = d.names[0]?.name ?? d.aliases[0];
    if (!surname || sameName(surname, first)) return;
    d.names.push({ name: `${first} ${surname}`, from: 'introduced' });
    if (!d.evidence.includes(evidence)) d.evidence.push(evidence);
  };
  const head = texts.slice(0, opening).join('\n');
  // a one-word label that is a first name (`RUTHANNE:`, the opening says `Ruthanne Kimura
  // runs…`): the whole name the opening says after it
  drafts.forEach((d) => {
    const first = d.names[0]?.name;
    if (!first || !surnameOnly(d) || d.names[0].from !== 'label' || !/^\p{L}{3,}$/u.test(first)) return;
    const lower = first.toLowerCase();
    const wholes = new Set<string>();
    for (const m of head.matchAll(WHOLE_NAME)) if (m[1].toLowerCase() === lower && !notName.has(m[2].toLowerCase())) wholes.add(`${m[1]} ${m[2]}`);
    if (wholes.size !== 1) return;
    const whole = [...wholes][0];
    if (drafts.some((o) => o !== d && o.names.some((n) => sameName(n.name, whole.split(' ')[1])))) return;
    d.names.push({ name: whole, from: 'introduced' });
    if (!d.evidence.includes('full-name-in-text')) d.evidence.push('full-name-in-text');
  });
  for (let i = 1; i < texts.length; i++) {
    const k = labelOf[i];
    if (k < 0 || labelOf[i - 1] === k || !surnameOnly(drafts[k])) continue;
    const m = ADDRESSED_LAST.exec(texts[i - 1].trim());
    if (m) name(k, m[1], 'addressed-before-label');
  }
  drafts.forEach((d, k) => {
    const surname = d.names[0]?.name;
    if (!surname || !surnameOnly(d) || d.names[0].from !== 'label' || !/^\p{L}{3,}$/u.test(surname)) return;
    const said = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+)\\s+${surname}(?![\\p{L}\\p{N}])`, 'giu');
    const firsts = new Set<string>();
    for (const m of head.matchAll(said)) if (/^\p{Lu}/u.test(m[1]) && !notName.has(m[1].toLowerCase())) firsts.add(m[1]);
    if (firsts.size === 1) name(k, [...firsts][0], 'full-name-in-text');
  });
}

/**
 * The display name: the fullest trusted candidate, each word in the case the running text
 * spells it (`OKKEN` → `Okken` when the text says `Okken`), else Title Case.
 */
export function naturalName(d: PersonDraft, spelling: ReadonlyMap<string, string>): string {
  const best = [...d.names].sort((a, b) => b.name.split(/\s+/).length - a.name.split(/\s+/).length || TRUST[a.from] - TRUST[b.from])[0];
  if (!best) return 'Unknown';
  if (best.from === 'generic') return best.name.replace(/_/g, ' ').replace(/^speaker/i, 'Speaker').replace(/ 0*(\d)/, ' $1');
  return best.name
    .split(/\s+/)
    .map((w) => {
      if (!(w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w)) && /^\p{Lu}/u.test(w)) return w;
      // mixed case is written so on purpose (`iPad` in a display name, `deVries`)
      if (/\p{Ll}/u.test(w) && /\p{Lu}/u.test(w)) return w;
      if (speakerCues().nameParticles.has(w)) return w; // `de` in `Anneke de Vries` stays as written
      return spelling.get(w.toLowerCase()) ?? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
    })
    .join(' ');
}

/**
 * Lower-case word → how the running text spells it when capitalised but not shouted, for
 * the words of `wanted` only (the shouted label words: one set lookup per token).
 */
export function runningSpellings(tokens: TokenLayer, wanted: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  if (!wanted.size) return out;
  for (let i = 0; i < tokens.count; i++) {
    const key = tokens.normal[i];
    if (!wanted.has(key) || out.has(key)) continue;
    const v = tokens.value[i];
    if (v.length > 1 && v[0] !== v[0].toLowerCase() && v[1] !== v[1].toUpperCase()) out.set(key, v);
    if (out.size === wanted.size) break;
  }
  return out;
}

/** Name words written in capitals (`OKKEN`): their natural case has to be looked up. */
export function shoutedWords(drafts: readonly PersonDraft[]): Set<string> {
  const out = new Set<string>();
  for (const d of drafts) for (const n of d.names) for (const w of n.name.split(/\s+/)) if (w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase()) out.add(w.toLowerCase());
  return out;
}

export const kebab = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Turns drafts into people with unique ids. */
export function toPeople(drafts: readonly PersonDraft[], spelling: ReadonlyMap<string, string>): Person[] {
  const used = new Set<string>();
  return drafts.map((d, k) => {
    const name = naturalName(d, spelling);
    let id = kebab(name) || `speaker-${k + 1}`;
    for (let j = 2; used.has(id); j++) id = `${kebab(name) || 'speaker'}-${j}`;
    used.add(id);
    return { id, name, aliases: [...d.aliases], role: 'unknown', evidence: [...d.evidence] };
  });
}

/** Forms by which a person is called in speech: the full name and each name word. */
export function nameForms(person: Person): string[] {
  const generic = speakerCues().genericLabelWords;
  if (/^Speaker \d+$/.test(person.name)) return [];
  const forms = new Set<string>([person.name]);
  const notName = speakerCues().notName;
  for (const w of person.name.split(/\s+/)) {
    if (generic.has(w.toLowerCase())) continue;
    // a two-letter first name (`Jo`, `Ed`) counts too; it is matched in its own case only (see isShortForm)
    if (w.length >= 3 || (/^\p{Lu}\p{Ll}$/u.test(w) && !notName.has(w.toLowerCase()))) forms.add(w);
  }
  return [...forms];
}

/** A name form short enough to be a word in another case (`Jo`, not `jo`/`JO`): matched case-sensitively. */
export const isShortForm = (form: string) => form.length < 3;

/** `i'm sam ortiz`, `this is sam ortiz`: a caseless self-introduction, the name checked by compromise's lexicon of names. */
const CASELESS_SELF = /\b(?:[iI]['’]?m|[iI] am|this is|my name is)\s+((?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*)/g;

export function caselessSelfIntroductions(text: string): string[] {
  const out: string[] = [];
  CASELESS_SELF.lastIndex = 0;
  for (let m = CASELESS_SELF.exec(text); m && out.length < 3; m = CASELESS_SELF.exec(text)) {
    const found = caselessName(m[1], m[0]) ?? (/^(?:this|my)/i.test(m[0]) ? null : unlistedWord(m[1]));
    if (found) out.push(found);
  }
  return out;
}

/**
 * A first name no list has, as a recogniser spells it (`i'm wakeen sour in copenhagen`): the
 * one word after `I'm`, of four letters or more, in no English vocabulary and no technology's
 * name (the next word may be a word: `sour`). Title Case.
 */
function unlistedWord(after: string): string | null {
  const w = after.split(/\s+/)[0];
  return unlisted(w, 4) ? w.charAt(0).toUpperCase() + w.slice(1) : null;
}

/**
 * `rohan welcome`, `my guest today is priya natarajan`: someone introduced in caseless
 * speech-to-text (auto-captions), the name checked by compromise's lexicon of names (or, after
 * `my guest is`, a first and last name that no vocabulary has).
 */
const CASELESS_WELCOME = /(?:^|\s)([a-z][a-z'’-]{2,}) (?:you['’]re |you are )?(?:very |most |so )?welcome(?: to the (?:show|podcast)| back)?(?=\s|$)/g;
/** Paragraphs after the one announcing a guest in which a caseless introduction may name them. */
const GUEST_NAMED_WITHIN = 3;

/** A first and last name, then what the person does (`… runs mainframe engineering at`). */
const CASELESS_ROLE = /(?:^|\s)([a-z][a-z'’-]{2,} [a-z][a-z'’-]{2,}) (?:runs|leads|heads|manages|works|founded|co-founded|maintains|builds|built|joined|spent|has spent|has been|teaches|is (?:a|an|the))\b/g;
const CASELESS_GUEST = /\bmy guest (?:today |this week )?is\s+((?:[a-z][a-z'’-]*\s+){0,1}[a-z][a-z'’-]*)/g;

export function caselessIntroductions(text: string, guestAnnounced = false): string[] {
  const out: string[] = [];
  // `my guest spends her life in one of those machines tandiwe nkosi runs mainframe
  // engineering at…`: right after a guest was announced, a first and last name followed by
  // what the person does
  if (guestAnnounced) {
    CASELESS_ROLE.lastIndex = 0;
    for (let m = CASELESS_ROLE.exec(text); m && out.length < 1; m = CASELESS_ROLE.exec(text)) {
      const found = caselessName(m[1], m[1]);
      if (found && /\s/.test(found)) out.push(found);
    }
  }
  CASELESS_WELCOME.lastIndex = 0;
  for (let m = CASELESS_WELCOME.exec(text); m && out.length < 3; m = CASELESS_WELCOME.exec(text)) {
    const word = m[1];
    if (personNames(word).some((n) => n.toLowerCase() === word)) out.push(word.charAt(0).toUpperCase() + word.slice(1));
  }
  CASELESS_GUEST.lastIndex = 0;
  for (let m = CASELESS_GUEST.exec(text); m && out.length < 3; m = CASELESS_GUEST.exec(text)) {
    const found = caselessName(m[1], m[1]);
    if (found) out.push(found);
  }
  return out;
}

/**
 * The name a caseless phrase starts with, in Title Case: one compromise finds in `context`
 * (the phrase with its cue), else a first and last name no vocabulary has (unlistedName).
 */
function caselessName(phrase: string, context: string): string | null {
  const [name] = personNames(context).filter((n) => phrase.startsWith(n.toLowerCase()));
  const found = name ?? unlistedName(phrase);
  return found ? found.replace(/\b\p{Ll}/gu, (ch) => ch.toUpperCase()) : null;
}

/**
 * A first and last name that compromise's name lists lack (`priya natarajan`): two words
 * after the introduction cue that are neither in wink-nlp's English vocabulary nor names of
 * technologies (`python bytes`), each of three letters or more.
 */
function unlistedName(after: string): string | null {
  const words = after.split(/\s+/).slice(0, 2);
  return words.length === 2 && words.every((w) => unlisted(w, 3)) ? words.join(' ') : null;
}

/** A lower-case word of `min` letters or more that neither English nor any technology's name is. */
const unlisted = (w: string, min: number): boolean => w.length >= min && /^\p{Ll}+$/u.test(w) && outOfVocabulary(w) && !loadLexicon().byKey.has(w);
