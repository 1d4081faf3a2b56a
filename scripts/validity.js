// `npm run validity`: bundles bench/validity.ts with esbuild, runs it, prints its table and writes
// it to bench/VALIDITY.md, so a change to data/, the questions or the scoring shows up in git diff.
// VALIDITY_PEOPLE=<n> simulates fewer people for a quick look (the committed table uses 20,000).
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildOptions } from './build.js';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
// Inside node_modules, so the bundle still finds its dependencies.
const temp = join('node_modules', '.cache', `careerfit-validity-${process.pid}`);
await mkdir(temp, { recursive: true });
try {
  const outfile = join(temp, 'validity.mjs');
  await build({ ...esbuildOptions, entryPoints: ['bench/validity.ts'], outfile, external: ['esbuild'] });
  const result = spawnSync(process.execPath, [outfile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`bench/validity.ts failed (exit ${result.status ?? result.signal})`);
  process.stdout.write(result.stdout);
  if (!process.env.VALIDITY_PEOPLE) await writeFile('bench/VALIDITY.md', result.stdout);
} finally {
  await rm(temp, { recursive: true, force: true });
}
