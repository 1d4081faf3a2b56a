// `npm run validity`: bundles bench/validity.ts with esbuild, runs it, prints its table and writes
// it to bench/VALIDITY.md, so a change to data/, the questions or the scoring shows up in git diff.
// VALIDITY_PEOPLE=<n> simulates fewer people for a quick look (the committed table uses 20,000).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundledScripts } from './bundled.js';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const scripts = await bundledScripts('validity');
try {
  const table = await scripts.run('bench/validity.ts');
  process.stdout.write(table);
  if (!process.env.VALIDITY_PEOPLE) await writeFile('bench/VALIDITY.md', table);
} finally {
  await scripts.done();
}
