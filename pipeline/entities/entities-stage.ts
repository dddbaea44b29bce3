import type { Doc, Entity, EntityMention, EntityType, Person, Sentence, TokenLayer } from '../document/document.js';
import { need, type Stage } from '../stages/stage.js';
import { loadCues, type Candidate, type CueSets } from './candidate.js';
import { displayForm, isAllCaps, keyOf, slugOf } from './keys.js';
import { indexLexicon, loadLexicon, type AliasRef, type LexiconIndex } from './lexicon.js';
import { findCalledNames } from './rules/called-name.js';
import { findCamelCase } from './rules/camel-case.js';
import { findCodeTokens } from './rules/code-token.js';
import { findCompoundNames } from './rules/compound-name.js';
import { findFamilyNames } from './rules/family-name.js';
import { findFamilyShortNames } from './rules/family-short-name.js';
import { findInstallCommands } from './rules/install-command.js';
import { findIsAKind } from './rules/is-a-kind.js';
import { findNameBeforeHead } from './rules/name-before-head.js';
import { findNumberedStandards } from './rules/numbered-standard.js';
import { lexiconTable, matchKeys, RULE_LEXICON, spokenDots, withoutPossessive, type KeyTable } from './rules/lexicon-match.js';
import { findPersons } from './rules/person-names.js';
import { findRecurringNames } from './rules/recurring-name.js';
import { findCaselessSplitNames, findSplitNames } from './rules/split-name.js';
import { findListMembers } from './rules/list-member.js';
import { findSponsorNames } from './rules/sponsor-name.js';
import { keepInContext } from './rules/technical-context.js';
import { findTypos } from './rules/typo.js';
import { attachVersions, findBareVersions } from './rules/version.js';
import { textOf, viewTokens, type TokenView } from './token-view.js';

export const RULE_KNOWN_NAME = 'context:name-seen-elsewhere';

/**
 * Technologies (and the people who are not) with every mention:
 *  1. people's names are marked first, so they never become technologies;
 *  2. the lexicon, by longest n-gram over tokens, then split names, typos, versions;
 *  3. context rules for names the lexicon lacks (`a thing called X`, `X is a library for`,
 *     `pip install x`, code, CamelCase, `cargo-fuzz` after `cargo`, `Pulse` near `Laravel`),
 *     then every other use
 *     of the names they found;
 *  4. overlaps resolved (longest wins), common-word names kept only in technical context;
 *  5. mentions grouped into entities with the rules that found them and a confidence.
 */
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['speech', 'tokens', 'sentences', 'people', 'episode'],
  provides: ['entities'],
  run(doc: Doc) {
    return { entities: findEntities(need(doc, 'speech').text, need(doc, 'tokens'), need(doc, 'sentences'), need(doc, 'people'), undefined, undefined, undefined, need(doc, 'episode').show) };
  },
};

/** `text`: the speech text the tokens' textStart/textEnd index (mentions come out in source offsets). */
export function findEntities(
  text: string,
  tokens: TokenLayer,
  sentences: readonly Sentence[],
  people: readonly Person[],
  lexicon: LexiconIndex = loadLexicon(),
  cues: CueSets = loadCues(),
  timings?: Record<string, number>,
  show: string | null = null,
): Entity[] {
  let clock = timings ? performance.now() : 0;
  const lap = (name: string): void => {
    if (!timings) return;
    const now = performance.now();
    timings[name] = (timings[name] ?? 0) + now - clock;
    clock = now;
  };
  const v = viewTokens(text, tokens, sentences);
  lap('view');
  const ix = lexicon;
  const persons = findPersons(v, people, ix, cues);
  lap('persons');

  // 2. the lexicon
  const lex: Candidate[] = [];
  // split names first: `Tensor Flow` is TensorFlow, not the word `Flow` that is also a tool
  const before = Uint8Array.from(persons.marks);
  findSplitNames(v, ix, before, lex);
  const covered = matchKeys(v, lexiconTable(ix), RULE_LEXICON, 0.95, before, lex);
  for (let i = 0; i < covered.length; i++) if (before[i]) covered[i] = 1;
  findCaselessSplitNames(v, ix, lex, before, lex);
  findTypos(v, ix, cues, covered, lex);
  attachVersions(v, ix, lex);
  lap('lexicon');

  // 3. context rules
  const ctx: Candidate[] = [];
  findCalledNames(v, cues, ctx);
  findIsAKind(v, cues, ctx);
  findInstallCommands(v, cues, ctx);
  findCodeTokens(v, ix, ctx);
  findCamelCase(v, covered, ctx);
  findCompoundNames(v, ix, cues, lex, covered, ctx);
  findFamilyNames(v, ix, cues, lex, ctx);
  findFamilyShortNames(v, ix, cues, lex, covered, ctx);
  findNameBeforeHead(v, cues, ctx);
  findNumberedStandards(v, covered, ctx);
  findSponsorNames(v, covered, ctx);
  findListMembers(v, ix, cues, lex, covered, persons.marks, ctx);
  lap('context');
  const found = resolveKnown(v, ix, ctx);
  const again: Candidate[] = [];
  if (found.table) matchKeys(v, found.table, RULE_KNOWN_NAME, 0.6, persons.marks, again);
  for (const c of again) {
    const d = found.names[c.entry];
    c.entry = -1;
    c.name = d.name;
    c.type = d.type;
    c.confidence = Math.min(0.6, d.confidence);
    c.origin = [...d.rules].join('+');
    // a short lower-case name (`pip install notes`) is also a word: other uses need context
    if (/^[a-z]+$/.test(d.name) && d.name.length < 8) {
      c.ambiguous = true;
      c.alias = d.name;
    }
  }
  const taken = new Uint8Array(tokens.count);
  for (const list of [lex, ctx, again]) for (const c of list) for (let k = c.a; k < c.b; k++) taken[k] = 1;
  const recurring: Candidate[] = [];
  findRecurringNames(v, cues, taken, persons.marks, recurring);
  const bare: Candidate[] = [];
  findBareVersions(v, lex, taken, bare);
  lap('again');

  // 4. overlaps and context
  const inShow = showNameMarks(v, show);
  const all = resolveOverlaps([...persons.candidates, ...ctx, ...lex, ...again, ...recurring, ...bare], tokens.count).filter(
    (c) => c.type === 'person' || (!overlapsPerson(c, persons.marks) && !(inShow && within(c, inShow))),
  );
  const kept = keepInContext(v, ix, cues, all);
  lap('decide');
  const entities = group(v, ix, kept);
  lap('group');
  return entities;
}

/**
 * The tokens of every place the show says its own name (`This is Servo Loop`), when the name
 * has two words or more: a name inside it (`Servo`, the browser engine) is the show's, not a
 * technology talked about. A name that is the show's whole name stays (a security show called
 * Patch Tuesday talks about Patch Tuesday). Null when there is no such name.
 */
function showNameMarks(v: TokenView, show: string | null): Uint8Array | null {
  const words = show?.split(/\s+/).filter(Boolean) ?? [];
  if (words.length < 2) return null;
  const t = v.t;
  let marks: Uint8Array | null = null;
  for (let i = 0; i + words.length <= t.count; i++) {
    let k = 0;
    while (k < words.length && t.value[i + k] === words[k]) k++;
    if (k < words.length) continue;
    marks ??= new Uint8Array(t.count);
    for (let j = i; j < i + k; j++) marks[j] = 1;
  }
  return marks;
}

/** Inside a place the show says its name, and less than all of it. */
const within = (c: Candidate, marks: Uint8Array): boolean => {
  for (let k = c.a; k < c.b; k++) if (!marks[k]) return false;
  return (c.a > 0 && marks[c.a - 1] === 1) || (c.b < marks.length && marks[c.b] === 1);
};

const overlapsPerson = (c: Candidate, marks: Uint8Array): boolean => {
  for (let k = c.a; k < c.b; k++) if (marks[k]) return true;
  return false;
};

interface Discovered {
  name: string;
  type: EntityType;
  confidence: number;
  rules: Set<string>;
}

/**
 * Context names the lexicon knows after all become lexicon mentions (found by context, so
 * not ambiguous); the others get a table so their every other use is found too.
 */
function resolveKnown(v: TokenView, ix: LexiconIndex, ctx: Candidate[]): { table: KeyTable | null; names: Discovered[] } {
  const names: Discovered[] = [];
  const byKey = new Map<string, AliasRef>();
  for (const c of ctx) {
    if (c.entry >= 0) continue;
    const text = c.name ?? mentionText(v, c);
    const key = keyOf(text);
    const ref = ix.byKey.get(key);
    if (ref && (ref.mode === 0 || text === ref.alias || text.toLowerCase() === ref.alias.toLowerCase())) {
      c.entry = ref.entry;
      c.name = undefined;
      c.notag = undefined;
      continue;
    }
    if (!c.name) c.name = text;
    if (c.notag || c.type === 'person') continue;
    const known = byKey.get(key);
    if (known) {
      const d = names[known.entry];
      if (d.type === 'other' && c.type && c.type !== 'other') d.type = c.type;
      d.confidence = Math.max(d.confidence, c.confidence);
      d.rules.add(c.rule);
    } else {
      byKey.set(key, { entry: names.length, alias: text, mode: 0, ambiguous: false, extends: false });
      names.push({ name: text, type: c.type ?? 'other', confidence: c.confidence, rules: new Set([c.rule]) });
    }
  }
  if (names.length === 0) return { table: null, names };
  const mini = indexLexicon(
    names.map((d, i) => ({ id: String(i), name: d.name, type: d.type, aliases: [], source: 'context' })),
  );
  return { table: lexiconTable(mini), names };
}

/** Rule order when two candidates cover the same tokens: earlier wins. */
const PRIORITY = (c: Candidate): number => (c.type === 'person' ? 0 : c.rule.startsWith('code') ? 1 : c.entry >= 0 ? 2 : 3);

/** Longest first, then by rule priority; a candidate overlapping a kept one is dropped. */
function resolveOverlaps(cands: Candidate[], tokenCount: number): Candidate[] {
  const prio = cands.map(PRIORITY);
  const order = cands.map((_, i) => i);
  order.sort((x, y) => cands[y].b - cands[y].a - (cands[x].b - cands[x].a) || prio[x] - prio[y] || x - y);
  const used = new Uint8Array(tokenCount);
  const kept: Candidate[] = [];
  for (const i of order) {
    const c = cands[i];
    let free = true;
    for (let k = c.a; k < c.b && free; k++) if (used[k]) free = false;
    if (!free) continue;
    for (let k = c.a; k < c.b; k++) used[k] = 1;
    kept.push(c);
  }
  return kept.sort((x, y) => x.a - y.a);
}

/** Mentions grouped by entity, in order of first mention. */
function group(v: TokenView, ix: LexiconIndex, cands: Candidate[]): Entity[] {
  const t = v.t;
  interface Acc {
    id: string;
    names: Map<string, number>;
    /** Forms said that are one of the lexicon's own spellings of the name (not a typo or a short form found by context). */
    aliases: Set<string>;
    fixedName: string | null;
    type: EntityType;
    ecosystem?: string;
    mentions: EntityMention[];
    why: Set<string>;
    notag: boolean;
    generic: boolean;
    source: string;
  }
  const byId = new Map<string, Acc>();
  for (const c of cands) {
    let id: string;
    let fixedName: string | null = null;
    let type: EntityType;
    let ecosystem: string | undefined;
    let notag = !!c.notag;
    let generic = false;
    let source = 'context';
    if (c.entry >= 0) {
      const e = ix.entries[c.entry];
      id = c.version ? `${e.id}-${c.version}` : e.id;
      fixedName = c.version ? `${e.name} ${c.version}` : e.name;
      // a context rule's kind (`a tool called Quill`) says more than a derived entry's `other`
      type = e.type === 'other' && c.type && c.type !== 'other' ? c.type : e.type;
      ecosystem = e.ecosystem;
      notag = notag || !!e.notag;
      generic = !!e.generic;
      source = e.source;
    } else {
      const text = c.name ?? mentionText(v, c);
      id = `${c.type === 'person' ? 'person-' : ''}${slugOf(text)}`;
      type = c.type ?? 'other';
      notag = notag || type === 'person';
    }
    let acc = byId.get(id);
    if (!acc) {
      acc = { id, names: new Map(), aliases: new Set(), fixedName, type, ecosystem, mentions: [], why: new Set(), notag, generic, source };
      byId.set(id, acc);
    }
    // what was said: the name of a context find, and how a known name was said (spokenName)
    // (one space for any run of white space: a caption's line may break a name)
    // (a release as the release line it names, after the name as said: `Rails 8.0.1` → `Rails 8.0`)
    // (a bare release, `3.6` alone, has one token: no name said)
    const lexiconVersion = c.version !== undefined && c.rule.startsWith(LEXICON_CONFIRMED) && c.b - c.a >= 2;
    const said = c.name ?? (lexiconVersion ? `${mentionText(v, { ...c, b: c.b - 1 })} ${c.version}` : c.possessive ? withoutPossessive(mentionText(v, c)) : mentionText(v, c));
    const text = /\s\s|[^\S ]/.test(said) ? said.replace(/\s+/g, ' ') : said;
    acc.names.set(text, (acc.names.get(text) ?? 0) + 1);
    // (an alias confirmed by context, `lexicon+context:technical`, is still the lexicon's spelling: `Azure`)
    // (a release said with the name is one too: `Rails 8.0`)
    if (c.rule === RULE_LEXICON || c.rule.startsWith(LEXICON_CONFIRMED)) acc.aliases.add(text);
    if (acc.type === 'other' && type !== 'other') acc.type = type;
    acc.notag = acc.notag && notag;
    acc.mentions.push({ span: { start: t.start[c.a], end: t.end[c.b - 1] }, rule: c.rule, confidence: round(c.confidence) });
    for (const r of c.rule.split('+')) acc.why.add(r);
    if (c.origin) for (const r of c.origin.split('+')) acc.why.add(r);
  }
  const out: Entity[] = [];
  for (const acc of byId.values()) {
    const mentions = acc.mentions.sort((x, y) => x.span.start - y.span.start);
    let miss = 1;
    for (const m of mentions) miss *= 1 - m.confidence;
    const e: Entity = {
      id: acc.id,
      name: acc.fixedName ? spokenName(acc.fixedName, acc.names, acc.aliases, acc.type === 'concept') : bestName(acc.names),
      type: acc.type,
      mentions,
      confidence: round(Math.min(0.99, 1 - miss)),
      why: [...acc.why].sort(),
      source: acc.source,
    };
    if (acc.ecosystem) e.ecosystem = acc.ecosystem;
    if (acc.notag) e.notag = true;
    if (acc.generic) e.generic = true;
    out.push(e);
  }
  return out.sort((x, y) => x.mentions[0].span.start - y.mentions[0].span.start);
}

/** The most used spelling, preferring any over SHOUTING (`LUMINOTH` → `Luminoth`). */
function bestName(names: Map<string, number>): string {
  let best = '';
  let score = -1;
  for (const [name, count] of names) {
    const s = count + (isAllCaps(name) && name.length >= 5 ? 0 : 1000);
    if (s > score || (s === score && name < best)) {
      best = name;
      score = s;
    }
  }
  return displayForm(best);
}

/**
 * A known name as the episode says it, where it never says the lexicon's form: the acronym
 * people use (`CNCF`, `RBAC`, `EKS` for `Cloud Native Computing Foundation`, `role-based access
 * control`, `Amazon EKS`), another of the lexicon's own spellings of a product's name (`VS
 * Code` for `Visual Studio Code`, `Postgres` for `PostgreSQL`: `aliases`, the forms that
 * matched the lexicon as written; not a plural, a typo or a short form found by context) or
 * the singular of a plural concept (`golden path`). The entity's id stays the lexicon's, so a
 * catalogue counts it as one thing whatever an episode calls it.
 */
export function spokenName(known: string, said: ReadonlyMap<string, number>, aliases: ReadonlySet<string> = new Set(), concept = false): string {
  const lower = known.toLowerCase();
  const squashed = squash(known);
  let best = '';
  let count = 0;
  for (const [name, n] of said) {
    // the same name spelt apart or together, with a curly apostrophe (`WasmGC`, `Let’s Encrypt`)
    if (squash(name) === squashed) return known;
    // an adjective made of the name (`OSI-approved`, `S3-compatible`) names nothing
    if (ADJECTIVE_FORM.test(name)) continue;
    if (n > count || (n === count && name < best)) {
      best = name;
      count = n;
    }
  }
  if (!best) return known;
  const b = best.toLowerCase();
  if (ACRONYM.test(best)) return best;
  // a name in the number said, in the lexicon's case: the singular (`Service Worker` for
  // `Service Workers` said `service worker`, `mutex` for `mutexes`); the plural of a concept
  // only (`golden paths`, `Pod Disruption Budgets`; a product's plural is grammar, `AudioMoths`,
  // and so an acronym's, `CRLs`)
  if ((known === lower || aliases.has(best)) && (b + 's' === lower || b + 'es' === lower) && /\p{Ll}/u.test(known)) return known.slice(0, b.length);
  if ((known === lower || (concept && /\p{Ll}/u.test(known))) && (b === lower + 's' || b === lower + 'es')) return known + best.slice(known.length);
  // (not a longer phrase around the name, `SCIM provisioning`; some of its words are fine,
  // `Fargate` for `AWS Fargate`: show notes name it as the episode does)
  // (said in lower case, some of its words: those words in the lexicon's case, `Anchor
  // Positioning` for `CSS Anchor Positioning` said `anchor positioning`, `Runtime Fee`)
  if (known !== lower && aliases.has(best) && best === b) {
    const part = wordsWithin(known, b);
    if (part) return part;
  }
  if (known !== lower) return aliases.has(best) && /\p{Lu}/u.test(best) && b !== lower + 's' && b !== lower + 'es' && !b.includes(lower) ? best : known;
  // a concept (lower case) said in another of the lexicon's own spellings of it, in lower case
  // too: the term the episode uses (`garbage collector`, `relabelling`, `undefined behaviour`;
  // not a longer phrase around the name, `text-wrap: balance`, nor a part of it, `deliverability`
  // for `email deliverability`, nor a word made of it, `encrypted`, `permissively licensed`)
  if (aliases.has(best) && best === b && SAID_TERM.test(best) && !b.includes(lower) && !lower.includes(b) && (!/ed$/.test(b) || /ed$/.test(lower)) && !/\wly \w+ed\b/.test(b)) return best;
  return known;
}
/** Rules that build on a lexicon match (`lexicon+context:technical`, a release after the name): the said form is still one of the lexicon's spellings. */
const LEXICON_CONFIRMED = `${RULE_LEXICON}+`;
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
/** The run of `name`'s words that is `said` in lower case, short of the whole name; null if none is. */
function wordsWithin(name: string, said: string): string | null {
  const words = name.split(' ');
  const n = said.split(' ').length;
  if (n >= words.length) return null;
  for (let i = 0; i + n <= words.length; i++) {
    const part = words.slice(i, i + n).join(' ');
    if (part.toLowerCase() === said) return part;
  }
  return null;
}
/** Words, digits and the marks inside a term (`write-ahead log`, `ipv4`): no markup or clause punctuation. */
const SAID_TERM = /^[\p{Ll}\p{N}][\p{Ll}\p{N} .'’/-]*$/u;
const ADJECTIVE_FORM = /-(?:approved|compatible|based|style|like|powered|certified|compliant|native|friendly|aware|enabled|backed)$/i;
const squash = (name: string): string => keyOf(name).replace(/[ ']/g, '');

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The text of a candidate found by context, without the sentence's period when the tokenizer
 * kept it on the word (`… a tool. pyinstrument. It's …`): a name never ends in one.
 */
function mentionText(v: TokenView, c: Candidate): string {
  const text = spokenDots(textOf(v, c.a, c.b));
  return text.length > 2 && text.endsWith('.') && /[\p{L}\p{N}]$/u.test(text.slice(0, -1)) ? text.slice(0, -1) : text;
}
