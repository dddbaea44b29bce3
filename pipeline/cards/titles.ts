import type { EpisodeMeta, SegmentKind } from '../document/document.js';
import { addressSites } from '../segments/cues.js';
import { escapeRegExp } from '../speakers/cues.js';
import type { Phrase } from './keyphrases.js';

/** `a thing called “Visualizing Garbage Collection Algorithms”`: the name of what is discussed. */
const CALLED_QUOTED = /\b(?:called|named|titled|entitled)[,:]?\s+["“]([^"”]{3,90})["”]/u;
const CALLED_CAPS = /\b(?:called|named|titled|entitled)[,:]?\s+((?:[\p{Lu}\p{N}][\p{L}\p{N}'’+#-]*(?:\.[\p{L}\p{N}]+)*:?(?:\s+|$)(?:(?:of|and|the|a|an|for|in|on|to|with|is|are|now|vs\.?)\s+)*){2,12})/u;
const QUOTED = /["“]([\p{Lu}][^"”]{6,90})["”]/u;

export interface TitleInput {
  kind: SegmentKind;
  text: string;
  headline: string | null;
  subject: string | null;
  phrases: readonly Phrase[];
  episode: EpisodeMeta;
  /** The segment's opening statement, when one person reads the item (a news read). */
  lead: string | null;
  /** Other things the segment is about (salient entities besides the subject), most salient first. */
  related?: readonly string[];
  /** Further things the segment names, mostly here: listed after the description (see listed). */
  also?: readonly string[];
}

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/[\s,:;.–—-]+$/, '').trim();

function namedThing(text: string): string | null {
  const m = CALLED_QUOTED.exec(text);
  if (m) {
    const t = clean(m[1]);
    if (t.split(' ').length >= 2) return t;
  }
  const c = CALLED_CAPS.exec(text);
  if (c) {
    // the name's last word, when a period ends the sentence right after it
    const tail = /^([\p{Lu}\p{N}][\p{L}\p{N}'’+#-]*)[.!?](?:\s|$)/u.exec(text.slice(c.index + c[0].length));
    const t = clean(c[1] + (tail ? ` ${tail[1]}` : '')).replace(/\s+(?:of|and|the|a|an|for|in|on|to|with|is|are|now|vs\.?)$/i, '');
    if (t.split(' ').length >= 3) return t;
  }
  const q = QUOTED.exec(text);
  if (q) {
    const t = clean(q[1]);
    const words = t.split(' ');
    const caps = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
    if (words.length >= 2 && words.length <= 12 && caps / words.length >= 0.5) return t;
  }
  return null;
}

/**
 * `brought to you by Acme Cloud.`, `thanks to Acme for sponsoring`, `this week's sponsor,
 * Acme, who…`: the capitalised name read out.
 */
const SPONSORED_BY = /\b(?:[Bb]rought to you by|[Ss]ponsored by|[Ss]upported by|[Mm]ade possible by|[Tt]hanks? (?:you )?to|[Ww]ord from|(?:[Tt]his (?:week|episode)['’]?s|[Tt]oday['’]?s|[Oo]ur) sponsor(?:,| is| this week is))\s+(?:our (?:friends|sponsor)s? (?:at|over at) )?((?:[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*(?:\.[\p{L}\p{N}]+)*)(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*){0,3})/u;
const NOT_A_SPONSOR = /^(?:Our|The|This|Today|Today's|Everyone|Everybody|You|All|Them|Us)$/;

export function sponsorName(text: string): string | null {
  const m = SPONSORED_BY.exec(text);
  if (!m) return null;
  const name = m[1].replace(/[.'’]+$/, '').replace(/[’']s$/, '');
  return NOT_A_SPONSOR.test(name.split(' ')[0]) ? null : name;
}

const has = (hay: string, needle: string) => hay.toLowerCase().includes(needle.toLowerCase());

/**
 * The name of the site a sponsor read sends listeners to, as the read writes it where it
 * does (`Tallyhook` for `tallyhook dot io`), else in title case; null without one address
 * only (two sites: a partner's and the sponsor's, say nothing).
 */
function addressName(text: string): string | null {
  const sites = addressSites(text);
  if (sites.size !== 1) return null;
  const [site] = sites;
  const written = new RegExp(`(?<![\\w.])(${escapeRegExp(site)})(?![\\w.])`, 'gi');
  for (const m of text.matchAll(written)) if (/^\p{Lu}/u.test(m[1])) return m[1];
  return site[0].toUpperCase() + site.slice(1);
}

/** The one-word proper name a segment says most, at least twice and more than any other; else null. */
function mostRepeatedName(phrases: readonly Phrase[]): string | null {
  let best: Phrase | null = null;
  let tie = false;
  for (const p of phrases) {
    if (!p.proper || p.count < 2 || p.key.includes(' ')) continue;
    if (!best || p.count > best.count) {
      best = p;
      tie = false;
    } else if (p.count === best.count) tie = true;
  }
  return best && !tie ? best.text : null;
}

/**
 * A show-notes title: the segment's subject (its most salient technology or proper name)
 * and what is said about it (a title the hosts quote, or the segment's best descriptive
 * phrase): `LUMINOTH: An Open Source Computer Vision Toolkit`. A headline line wins.
 */
export function makeTitle(x: TitleInput): string {
  if (x.headline) return clean(x.headline);
  if (x.kind === 'intro') return x.episode.show ? `Welcome to ${x.episode.show}` : 'Welcome';
  if (x.kind === 'outro') return 'Wrap-up';
  if (x.kind === 'sponsor') {
    const name = sponsorName(x.text.slice(0, 1500));
    if (name) return `Sponsor: ${name}`;
    // the read sends listeners to the sponsor's address (`tallyhook dot io slash show`)
    const site = addressName(x.text.slice(0, 3000));
    if (site) return `Sponsor: ${site}`;
    // a read names its sponsor again and again; what it mentions in passing (`it pings you on
    // Slack`) once: the proper name it repeats most
    // (a subject that holds it says more: `DigitalOcean Spaces`, not `Spaces`)
    const repeated = mostRepeatedName(x.phrases);
    if (repeated && !(x.subject && has(x.subject, repeated))) return `Sponsor: ${repeated}`;
  }
  const subject = x.subject ?? x.phrases.find((p) => p.proper)?.text ?? x.phrases[0]?.text ?? null;
  const named = namedThing(x.text.slice(0, 4000));
  if (!named && x.lead && x.kind === 'topic') return x.lead;
  let desc: string | null = null;
  if (named && (!subject || !has(named, subject) || named.length > subject.length + 3)) desc = named;
  if (!desc && subject) {
    // the subject in a phrase of the segment (`Quill formatter`, `new glob engine`) says what it is
    const around = x.phrases.find((p) => p.key.includes(' ') && has(p.text, subject) && p.text.length > subject.length);
    if (around) return x.kind === 'sponsor' ? `Sponsor: ${around.text}` : around.text;
  }
  // a second thing the segment is about (`Kamal 2: Traefik`) says more than a phrase it repeats
  if (!desc && subject && x.related?.length) desc = x.related[0];
  if (!desc) {
    const apart = (p: Phrase) => !subject || (!has(subject, p.text) && !has(p.text, subject));
    // a descriptive phrase the segment repeats, else one from its opening
    const d = x.phrases.find((p) => !p.proper && p.key.includes(' ') && p.count >= 2 && apart(p)) ?? x.phrases.find((p) => !p.proper && p.key.includes(' ') && p.early && apart(p));
    desc = d?.text ?? (subject ? null : x.phrases.find(apart)?.text ?? null);
  }
  // a named thing that carries its own description (`LUMINOTH: An Open Source ...`) stands alone
  if (desc && desc === named && /\S: \S/.test(desc)) return desc;
  const title = subject && desc ? (has(desc, subject) ? desc : `${subject}: ${desc}`) : subject ?? desc ?? 'Untitled';
  if (x.kind === 'sponsor') return `Sponsor: ${subject ?? title}`;
  // (a title the hosts named is theirs: nothing is added to it)
  return desc && desc === named ? title : listed(title, [...(x.related ?? []), ...(x.also ?? [])]);
}

// measured over the golds' 792 titled items (2026-11-23): listing up to two more things 0.722, three 0.741, four 0.751 (four reads as a list, not a title)
const LISTED_MAX = 3;
const LISTED_LENGTH = 80;
const squashed = (s: string) => s.toLowerCase().replace(/[\s.-]+/g, '');

/**
 * Show notes list what an item covers (`Protected Audience: third-party cookies, Privacy
 * Sandbox, FedCM`): the title's subject and description, then the segment's other things
 * not yet in it, up to three after the colon and a title of at most ~80 characters.
 */
function listed(title: string, things: readonly string[]): string {
  const colon = title.indexOf(': ');
  let items = colon < 0 ? 0 : title.slice(colon + 2).split(', ').length;
  let out = title;
  for (const t of things) {
    if (items >= LISTED_MAX) break;
    // (`QLab` is in `Q lab: …`)
    if (has(out, t) || squashed(out).includes(squashed(t)) || out.length + t.length > LISTED_LENGTH) continue;
    out = items === 0 && colon < 0 ? `${out}: ${t}` : `${out}, ${t}`;
    items++;
  }
  return out;
}

const CLAUSE_BREAK = /,\s|\s(?:that|which|who|because|while|after|when|but|so)\s/;
const TRAILING_SMALL = /\s+(?:a|an|the|of|in|on|to|for|with|by|from|at|and|or|its|their|his|her|is|was|are|were)$/i;

/**
 * A headline from the opening statement of a news read: the cue before the first comma
 * dropped (`In other news, ...`), cut at the first clause break after five words, at most
 * twelve words, no dangling small word at the end.
 */
export function leadHeadline(sentence: string, hasCue: boolean): string | null {
  let s = sentence.replace(/\s+/g, ' ').trim();
  if (hasCue) {
    const comma = s.indexOf(', ');
    if (comma > 0 && comma < 40) s = s.slice(comma + 2);
  }
  const words = s.split(' ');
  if (words.length < 5) return null;
  let out = words.slice(0, 12).join(' ');
  const m = CLAUSE_BREAK.exec(out.slice(out.split(' ').slice(0, 5).join(' ').length));
  if (m) out = out.slice(0, out.split(' ').slice(0, 5).join(' ').length + m.index);
  out = out.replace(/[.,;:!?]+$/, '');
  while (TRAILING_SMALL.test(out)) out = out.replace(TRAILING_SMALL, '');
  if (out.split(' ').length < 4) return null;
  return out.charAt(0).toUpperCase() + out.slice(1);
}
