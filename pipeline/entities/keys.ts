/**
 * The lookup key of a name: lower case, curly apostrophes straightened, spaces, hyphens and
 * underscores folded to one space. `Flask-Marshmallow`, `flask marshmallow` and
 * `Flask_Marshmallow` share a key. MUST stay identical to `keyOf` in
 * models/lexicon/build-lexicon.mjs (test/entities-lexicon.test.ts checks every key).
 */
export const keyOf = (s: string): string => {
  const lower = s.toLowerCase();
  // most names need no folding: one test instead of two replaces
  return FOLD.test(lower) ? lower.replace(/[’‘]/g, "'").replace(/[\s_\-]+/g, ' ').trim() : lower;
};
const FOLD = /[\s_\-’‘]/;

/** A stable id for a name: `DigitalOcean Spaces` → `digitalocean-spaces`, `C++` → `cpp`. */
export const slugOf = (s: string): string =>
  s.toLowerCase().replace(/\+/g, 'p').replace(/#/g, 'sharp').replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '') || 'x';

const UPPER = /^[A-Z]/;
export const isCapitalized = (s: string): boolean => UPPER.test(s);
export const isAllCaps = (s: string): boolean => s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
/** CamelCase inside a word (`DigitalOcean`, `PyGotham`, `iPhone`, `SQLAlchemy`). */
export const isCamelCase = (s: string): boolean => hasInnerCapital(s) && (/[a-z][A-Z]/.test(s) || /^[A-Z]{2,}[a-z]{2,}/.test(s));
/** A capital letter after the first character: a cheap test most words fail, run before the regexes. */
export function hasInnerCapital(s: string): boolean {
  for (let k = 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * How a name read off the text is shown: SHOUTING (`LUMINOTH`) becomes `Luminoth`; short
 * all-caps words stay acronyms (`PHP`, `AWS`).
 */
export function displayForm(surface: string): string {
  const words = surface.split(/(\s+)/);
  return words
    .map((w) => (isAllCaps(w) && w.length >= 5 && /^[A-Z]+$/.test(w) ? w[0] + w.slice(1).toLowerCase() : w))
    .join('');
}
