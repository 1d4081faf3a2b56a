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
/** A form export as it comes: Timestamp, Name, then the statements as headers, answered with the scale's labels. */
const LABELS = ['Not at all like me', 'Not like me', 'Neither like nor unlike me', 'Like me', 'Very much like me'];
const formHeader = `\ufeffTimestamp,Name,${catalog.questions.map((q) => `"${q.text.en.replaceAll('"', '""')}"`).join(',')}`;
const formRow = (i: number) => [`2026/12/07 09:00:00`, `"Student ${i}"`, ...catalog.questions.map(() => LABELS[level() - 1])].join(',');
/** One million rows, a stray quote opening at line 3 (the second person's id). */
const strayRow = (i: number) => `${i === 1 ? '"' : ''}p${i},${TRAIT_IDS.map(level).join(',')}`;
const MILLION = PEOPLE * 10;

// --- measuring ------------------------------------------------------------------------------

const temp = mkdtempSync(join(tmpdir(), 'careerfit-bench-batch-'));
const out = join(temp, 'out');

/** One run: wall time with standard output into a file (as `> results.jsonl`), and the lines written. */
const run = (args: readonly string[], nodeArgs: readonly string[] = [], status = 0) => {
  const fd = openSync(out, 'w');
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...nodeArgs, BIN, 'assess', ...args], { cwd: ROOT, env: CLEAN, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(fd);
  if (result.status !== status) throw new Error(`careerfit assess ${args.join(' ')} exited ${result.status ?? result.signal}: ${result.stderr}`);
  return { ms, stderr: result.stderr };
};

/** Checks the output once, so a broken build cannot look fast. */
const check = (lines: number, csv: boolean) => {
  // As bytes: a million results is more text than one string may hold.
  const bytes = readFileSync(out);
  let count = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) count++;
  if (count !== lines) throw new Error(`expected ${lines} lines of output, got ${count}`);
  const [head = '', second = ''] = bytes.subarray(0, 64 * 1024).toString('utf8').split('\n');
  if (csv ? !/^(p0|Student 0),[0-9A-Z]/.test(second) : (JSON.parse(head) as { id: string }).id !== 'p0') throw new Error('unexpected output');
};

interface Case {
  readonly label: string;
  readonly file: string;
  readonly content: () => string;
  readonly args: readonly string[];
  readonly csv: boolean;
  readonly target?: number;
  /** People in the file (default PEOPLE). */
  readonly people?: number;
  /** Runs behind the median (default RUNS): a million rows take long enough to time once. */
  readonly runs?: number;
  /** Exit status expected (1 when a row is skipped). */
  readonly status?: number;
  /** Checked on standard error once. */
  readonly stderr?: RegExp;
}

const CASES: readonly Case[] = [
  { label: 'JSON Lines, 17 trait levels each → JSON Lines', file: 'traits.jsonl', content: () => generate(PEOPLE, traitsJson), args: [], csv: false, target: TARGET_MS },
  { label: `JSON Lines, ${quiz.length} question answers each → JSON Lines`, file: 'answers.jsonl', content: () => generate(PEOPLE, answersJson), args: [], csv: false },
  { label: 'CSV, 17 trait levels each → CSV (`--format csv`)', file: 'traits.csv', content: () => generate(PEOPLE, traitsCsv, ['id', ...TRAIT_IDS].join(',')), args: ['--format', 'csv'], csv: true },
  {
    label: `a form export as it comes (Timestamp, Name, ${quiz.length} statements as headers, answers as scale labels) → CSV`,
    file: 'form-export.csv',
    content: () => generate(PEOPLE, formRow, formHeader),
    args: ['--format', 'csv'],
    csv: true,
    runs: 3,
    stderr: /not read: "Timestamp"/,
  },
  {
    label: 'JSON Lines, 17 trait levels each, **1,000,000 people** → JSON Lines',
    file: 'million.jsonl',
    content: () => generate(MILLION, traitsJson),
    args: [],
    csv: false,
    people: MILLION,
    runs: 1,
    target: TARGET_MS * 10,
  },
  {
    label: 'CSV of **1,000,000 people** with a stray `"` opening at line 3 → CSV',
    file: 'stray.csv',
    content: () => generate(MILLION, strayRow, ['id', ...TRAIT_IDS].join(',')),
    args: ['--format', 'csv'],
    csv: true,
    people: MILLION - 1,
    runs: 1,
    status: 1,
    stderr: /stray\.csv:3: row: a quoted field opens on this line and is never closed/,
    target: TARGET_MS * 10,
  },
];

/** Peak memory of one run, read inside the child as it exits. */
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;
const peakMb = (file: string) => Number(/maxrss (\d+)/.exec(run(['--batch', file], ['--import', REPORT_RSS]).stderr)![1]) / 1024;

const lines: string[] = [];
const say = (line = '') => lines.push(line);

try {
  const rows: { c: Case; times: number[]; mb: number; rss?: number }[] = [];
  for (const c of CASES) {
    const file = join(temp, c.file);
    writeFileSync(file, c.content());
    const args = ['--batch', file, ...c.args];
    const people = c.people ?? PEOPLE;
    const runs = c.runs ?? RUNS;
    // A million rows: the one run is also the memory measurement (no warm-up: it would double an already long wait).
    const first = run(args, people > PEOPLE ? ['--import', REPORT_RSS] : [], c.status);
    check(people + (c.csv ? 1 : 0), c.csv);
    if (c.stderr && !c.stderr.test(first.stderr)) throw new Error(`${c.label}: standard error does not match ${c.stderr}: ${first.stderr.slice(0, 500)}`);
    const times = people > PEOPLE ? [first.ms] : Array.from({ length: runs }, () => run(args, [], c.status).ms);
    const rss = people > PEOPLE ? Number(/maxrss (\d+)/.exec(first.stderr)![1]) / 1024 : undefined;
    log(`${c.label}: ${median(times).toFixed(0)} ms (${times.length} run${times.length > 1 ? 's' : ''})`);
    rows.push({ c, times, mb: statSync(file).size / 2 ** 20, ...(rss === undefined ? {} : { rss }) });
    rmSync(file);
  }
  const small = join(temp, 'small.jsonl');
  writeFileSync(small, generate(PEOPLE / 10, traitsJson));
  const large = join(temp, 'large.jsonl');
  writeFileSync(large, generate(PEOPLE, traitsJson));
  const million = rows.find((r) => r.rss !== undefined && !r.c.csv)?.rss;
  const memory = { small: peakMb(small), large: peakMb(large) };
  log(`peak memory: ${memory.small.toFixed(0)} MB for ${thousands(PEOPLE / 10)} rows, ${memory.large.toFixed(0)} MB for ${thousands(PEOPLE)}, ${million?.toFixed(0)} MB for ${thousands(MILLION)}`);

  say('### Batch scoring: `careerfit assess --batch`');
  say();
  say(
    `${thousands(PEOPLE)} generated people (seeded; a million where the table says), scored by the built CLI: wall time of ` +
      '`node bin/careerfit.js assess --batch FILE` with standard output into a file, the whole run (start-up, reading, scoring, writing). ' +
      `Median of ${RUNS} runs after a warm-up (3 for the form export, 1 for a million rows); p25–p75 shows the spread.`,
  );
  say();
  say('| input → output | input MB | median ms | p25–p75 ms | people per second | target | |');
  say('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const { c, times, mb } of rows) {
    const m = median(times);
    const people = c.people ?? PEOPLE;
    const verdict = c.target === undefined ? '' : m <= c.target ? 'met' : 'missed';
    say(
      `| ${c.label} | ${mb.toFixed(1)} | ${m.toFixed(0)} | ${quantile(times, 0.25).toFixed(0)}–${quantile(times, 0.75).toFixed(0)} | ` +
        `${thousands((people / m) * 1000)} | ${c.target === undefined ? '' : `≤ ${thousands(c.target)} ms`} | ${verdict} |`,
    );
  }
  say();
  say(
    `- Peak memory (max RSS, traits as JSON Lines): **${memory.small.toFixed(0)} MB** for ${thousands(PEOPLE / 10)} people, ` +
      `**${memory.large.toFixed(0)} MB** for ${thousands(PEOPLE)}, **${million?.toFixed(0)} MB** for ${thousands(MILLION)}: rows are streamed, not held.`,
  );
} finally {
  rmSync(temp, { recursive: true, force: true });
}

process.stdout.write(`${lines.join('\n')}\n`);
