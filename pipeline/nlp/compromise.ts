import nlp from 'compromise';

/**
 * The compromise adapter. compromise is ~25× slower than wink-nlp, so it only ever sees a
 * few short strings (an introduction sentence), never a whole transcript. Its lexicon of
 * first and last names recognises people where capital letters cannot help (caseless
 * speech-to-text: `i'm sam ortiz`).
 */
export function personNames(shortText: string): string[] {
  return (nlp(shortText).people().out('array') as string[]).map((s) => s.trim().replace(/[.,;:!?]+$/, '')).filter(Boolean);
}
