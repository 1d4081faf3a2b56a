// `npm run bench`: builds dist/, runs bench/startup.ts (with bench/engine-only.ts, the floor under
// `assess`), bench/imports.js, bench/engine.ts and bench/batch.ts (the TypeScript ones bundled on
// the fly with esbuild, each in its own process), prints their tables and writes them to
// bench/RESULTS.md. BENCH_RUNS=<n> sets the runs behind each median (default 30 for start-up and
// imports, at least 10 everywhere).
//
// Start-up is measured on this Node and on Node 24 when it is there (scripts/node24.js: the one
// CI installs, or NODE24=/path/to/node); `node scripts/node24.js --install` installs it.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildAll } from '../scripts/build.js';
import { bundledScripts } from '../scripts/bundled.js';
import { findNode24 } from '../scripts/node24.js';
import { measureImports } from './imports.js';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const loadBefore = os.loadavg();
await buildAll('dist');

const scripts = await bundledScripts('bench');
const sections = [];
const node24 = findNode24();
if (!node24) process.stderr.write('startup: no Node 24 (node scripts/node24.js --install, or NODE24=/path): measuring this Node only\n');
const versions = [process.version];
try {
  const runTs = async (name, args = [], env = {}) => sections.push((await scripts.run(`bench/${name}.ts`, args, env)).trim());
  if (node24) versions.push(spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim());
  const engineOnly = await scripts.bundle('bench/engine-only.ts');
  await runTs('startup', node24 ? [process.execPath, node24] : [], { BENCH_ENGINE_ONLY: engineOnly });
  process.stderr.write('imports: measuring\n');
  const runs = Math.max(10, Number(process.env.BENCH_RUNS ?? 30));
  sections.push(await measureImports({ root: process.cwd(), runs, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' } }));
  await runTs('engine');
  await runTs('batch');
} finally {
  await scripts.done();
}

const cpus = os.cpus();
const load = (values) => values.map((value) => value.toFixed(2)).join(', ');
const text = `# Benchmark results

Output of \`npm run bench\` (bench/run.js), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.

- Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()} (${os.arch()})
- Node ${versions.join(' (everything) and ')}${versions.length > 1 ? ' (start-up only)' : ''}
- Load average (1, 5, 15 min) before: ${load(loadBefore)}; after: ${load(os.loadavg())}. Other work on the machine shows up as noise.

${sections.join('\n\n')}
`;
await writeFile('bench/RESULTS.md', text);
process.stdout.write(text);
