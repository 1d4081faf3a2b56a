// Batch scoring: `careerfit assess --batch` on the built CLI over 100,000 generated people (seeded,
// so every run scores the same rows), as JSON Lines and as CSV, and its peak memory at two sizes.
// Prints Markdown on standard output, progress on standard error. Run through `npm run bench`
// (bench/run.js builds dist/ and bundles this file first); the working directory is the repo.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { random } from './random.js';
import { TRAIT_IDS } from '../src/core/traits.js';
import type { Catalog } from '../src/core/types.js';

const ROOT = process.cwd();
const BIN = resolve(ROOT, 'bin/careerfit.js');
const PEOPLE = 100_000;
/** Every figure is the median of at least this many runs, after one warm-up run. */
const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 10));
const TARGET_MS = 2000;
const CLEAN = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' };

const log = (message: string) => process.stderr.write(`batch: ${message}\n`);
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const quantile = (values: readonly number[], q: number) => [...values].sort((a, b) => a - b)[Math.round(q * (values.length - 1))]!;
const thousands = (value: number) => Math.round(value).toLocaleString('en');

// --- the people -----------------------------------------------------------------------------

const catalog = JSON.parse(readFileSync(resolve(ROOT, 'dist/catalog.json'), 'utf8')) as Catalog;
const quiz = catalog.questions.map((q) => q.id);
const rng = random(20260102);
const level = () => 1 + Math.floor(rng() * 5);

const generate = (count: number, row: (i: number) => string, header = ''): string => {
  const lines = [header];
  for (let i = 0; i < count; i++) lines.push(row(i));
  return lines.filter(Boolean).join('\n') + '\n';
};
const traitsJson = (i: number) => JSON.stringify({ id: `p${i}`, traits: Object.fromEntries(TRAIT_IDS.map((t) => [t, level()])) });
const answersJson = (i: number) => JSON.stringify({ id: `p${i}`, answers: Object.fromEntries(quiz.map((q) => [q, level()])) });
const traitsCsv = (i: number) => [`p${i}`, ...TRAIT_IDS.map(level)].join(',');

// --- measuring ------------------------------------------------------------------------------

const temp = mkdtempSync(join(tmpdir(), 'careerfit-bench-batch-'));
const out = join(temp, 'out');

/** One run: wall time with standard output into a file (as `> results.jsonl`), and the lines written. */
const run = (args: readonly string[], nodeArgs: readonly string[] = []) => {
  const fd = openSync(out, 'w');
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...nodeArgs, BIN, 'assess', ...args], { cwd: ROOT, env: CLEAN, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(fd);
  if (result.status !== 0) throw new Error(`careerfit assess ${args.join(' ')} exited ${result.status ?? result.signal}: ${result.stderr}`);
  return { ms, stderr: result.stderr };
};

/** Checks the output once, so a broken build cannot look fast. */
const check = (lines: number, csv: boolean) => {
  const text = readFileSync(out, 'utf8');
  const rows = text.trimEnd().split('\n');
  if (rows.length !== lines) throw new Error(`expected ${lines} lines of output, got ${rows.length}`);
  if (csv ? !rows[1]!.startsWith('p0,2') : (JSON.parse(rows[0]!) as { id: string }).id !== 'p0') throw new Error('unexpected output');
};

interface Case {
  readonly label: string;
  readonly file: string;
  readonly content: () => string;
  readonly args: readonly string[];
  readonly csv: boolean;
  readonly target?: number;
}

const CASES: readonly Case[] = [
  { label: 'JSON Lines, 17 trait levels each → JSON Lines', file: 'traits.jsonl', content: () => generate(PEOPLE, traitsJson), args: [], csv: false, target: TARGET_MS },
  { label: `JSON Lines, ${quiz.length} question answers each → JSON Lines`, file: 'answers.jsonl', content: () => generate(PEOPLE, answersJson), args: [], csv: false },
  { label: 'CSV, 17 trait levels each → CSV (`--format csv`)', file: 'traits.csv', content: () => generate(PEOPLE, traitsCsv, ['id', ...TRAIT_IDS].join(',')), args: ['--format', 'csv'], csv: true },
];

/** Peak memory of one run, read inside the child as it exits. */
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;
const peakMb = (file: string) => Number(/maxrss (\d+)/.exec(run(['--batch', file], ['--import', REPORT_RSS]).stderr)![1]) / 1024;

const lines: string[] = [];
const say = (line = '') => lines.push(line);

try {
  const rows: { c: Case; times: number[]; mb: number }[] = [];
  for (const c of CASES) {
    const file = join(temp, c.file);
    writeFileSync(file, c.content());
    const args = ['--batch', file, ...c.args];
    run(args);
    check(PEOPLE + (c.csv ? 1 : 0), c.csv);
    const times = Array.from({ length: RUNS }, () => run(args).ms);
    log(`${c.label}: ${median(times).toFixed(0)} ms (${RUNS} runs)`);
    rows.push({ c, times, mb: statSync(file).size / 2 ** 20 });
  }
  const small = join(temp, 'small.jsonl');
  writeFileSync(small, generate(PEOPLE / 10, traitsJson));
  const memory = { small: peakMb(small), large: peakMb(join(temp, 'traits.jsonl')) };
  log(`peak memory: ${memory.small.toFixed(0)} MB for ${thousands(PEOPLE / 10)} rows, ${memory.large.toFixed(0)} MB for ${thousands(PEOPLE)}`);

  say('### Batch scoring: `careerfit assess --batch`');
  say();
  say(
    `${thousands(PEOPLE)} generated people (seeded), scored by the built CLI: wall time of \`node bin/careerfit.js assess --batch FILE\` ` +
      `with standard output into a file, the whole run (start-up, reading, scoring, writing). Median of ${RUNS} runs after a warm-up; ` +
      'p25–p75 shows the spread.',
  );
  say();
  say('| input → output | input MB | median ms | p25–p75 ms | people per second | target | |');
  say('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const { c, times, mb } of rows) {
    const m = median(times);
    const verdict = c.target === undefined ? '' : m <= c.target ? 'met' : 'missed';
    say(
      `| ${c.label} | ${mb.toFixed(1)} | ${m.toFixed(0)} | ${quantile(times, 0.25).toFixed(0)}–${quantile(times, 0.75).toFixed(0)} | ` +
        `${thousands((PEOPLE / m) * 1000)} | ${c.target === undefined ? '' : `≤ ${thousands(c.target)} ms`} | ${verdict} |`,
    );
  }
  say();
  say(
    `- Peak memory (max RSS, traits as JSON Lines): **${memory.small.toFixed(0)} MB** for ${thousands(PEOPLE / 10)} people, ` +
      `**${memory.large.toFixed(0)} MB** for ${thousands(PEOPLE)}: rows are streamed, not held.`,
  );
} finally {
  rmSync(temp, { recursive: true, force: true });
}

process.stdout.write(`${lines.join('\n')}\n`);
