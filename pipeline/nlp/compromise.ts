import { createRequire } from 'node:module';
import type compromise from 'compromise';

/**
 * The compromise adapter. compromise is ~25× slower than wink-nlp, so it only ever sees a
 * few short strings (an introduction sentence), never a whole transcript. Its lexicon of
 * first and last names recognises people where capital letters cannot help (caseless
 * speech-to-text: `i'm sam ortiz`).
 *
 * Loading compromise costs ~0.3 s (it unpacks its lexicon), and most transcripts never need
 * it: it is required (its CommonJS build, synchronously) on the first call, not imported.
 */
let nlp: typeof compromise | null = null;
const load = (): typeof compromise => (nlp ??= createRequire(import.meta.url)('compromise') as typeof compromise);

export function personNames(shortText: string): string[] {
  return (load()(shortText).people().out('array') as string[]).map((s) => s.trim().replace(/[.,;:!?]+$/, '')).filter(Boolean);
}
