#!/usr/bin/env node
// The CLI runs the compiled pipeline in dist/ (built by `npm install` through `prepare`):
// plain JavaScript starts in well under a second.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('podtopics: dist/ is missing; run `npm install` (or `npm run build`) in the podtopics folder first\n');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv);
