import type { EpisodeMeta, SegmentKind } from '../document/document.js';
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
    const t = clean(c[1]).replace(/\s+(?:of|and|the|a|an|for|in|on|to|with|is|are|now|vs\.?)$/i, '');
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

const has = (hay: string, needle: string) => hay.toLowerCase().includes(needle.toLowerCase());

/**
 * A show-notes title: the segment's subject (its most salient technology or proper name)
 * and what is said about it (a title the hosts quote, or the segment's best descriptive
 * phrase): `LUMINOTH: An Open Source Computer Vision Toolkit`. A headline line wins.
 */
export function makeTitle(x: TitleInput): string {
  if (x.headline) return clean(x.headline);
  if (x.kind === 'intro') return x.episode.show ? `Welcome to ${x.episode.show}` : 'Welcome';
  if (x.kind === 'outro') return 'Wrap-up';
  const subject = x.subject ?? x.phrases.find((p) => p.proper)?.text ?? x.phrases[0]?.text ?? null;
  const named = namedThing(x.text.slice(0, 4000));
  let desc: string | null = null;
  if (named && (!subject || !has(named, subject) || named.length > subject.length + 3)) desc = named;
  if (!desc) {
    const d = x.phrases.find((p) => !p.proper && p.key.includes(' ') && (!subject || !has(subject, p.text) && !has(p.text, subject)));
    const d2 = d ?? x.phrases.find((p) => !subject || !has(subject, p.text) && !has(p.text, subject));
    desc = d2?.text ?? null;
  }
  let title: string;
  // a named thing that carries its own description (`LUMINOTH: An Open Source ...`) stands alone
  if (desc && desc === named && /\S: \S/.test(desc)) title = desc;
  else if (subject && desc) title = has(desc, subject) ? desc : `${subject}: ${desc}`;
  else title = subject ?? desc ?? 'Untitled';
  if (x.kind === 'sponsor') return `Sponsor: ${subject ?? title}`;
  return title;
}
