#!/usr/bin/env node
// Writes models/lexicon/given-names.json: the given names (first names) of compromise's
// lexicon (words it tags FirstName, MaleName or FemaleName: ~3,000 names of many languages),
// read by the entities stage's person rule: a given name followed by a capitalised word is a
// person said by name (`Evan You gave a talk`, `from Sam Gross`, `Brendan Gregg's tools`).
// compromise tags a word by its most common use, so `will`, `may`, `rust`, `jade` are not
// among them. Names that are technologies too (`Ray`, `Julia`) are kept out at run time by
// the lexicon. Deterministic: the names sorted. Run `node models/lexicon/derive-given-names.mjs`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const { version } = nlp;
const lexicon = nlp.world().model.one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const names = Object.keys(lexicon)
  .filter((w) => [lexicon[w]].flat().some((tag) => NAME_TAGS.has(tag)))
  .filter((w) => /^\p{L}{2,}$/u.test(w))
  .sort();
const out = {
  _source: `Derived by derive-given-names.mjs on 2026-11-22 from compromise ${version}'s lexicon (MIT licence): every word it tags FirstName, MaleName or FemaleName, letters only, lower case.`,
  version: 1,
  names,
};
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'given-names.json'), JSON.stringify(out, null, 0).replace('"names":[', '"names":[\n') + '\n');
console.log(`${names.length} given names`);
