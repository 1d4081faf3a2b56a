// Start-up time of the built CLI against bare Node. Spawns fresh processes; every figure is a
// median of runs interleaved with the baseline's (bench/imports.js measures the dependencies).
// Prints Markdown on standard output, progress on standard error. Run through `npm run bench`
// (bench/run.js builds dist/ and bundles this file first); the working directory is the repo.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TRAIT_IDS } from '../src/core/traits.js';

const ROOT = process.cwd();
const BIN = resolve(ROOT, 'bin/careerfit.js');
const ANSWERS = 'bench/answers.json';
/** Every figure is the median of this many runs (at least 10), after two discarded warm-up rounds. */
const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 30));
const WARMUP = 2;

const log = (message: string) => process.stderr.write(`startup: ${message}\n`);
type Env = Record<string, string | undefined>;
/** A clean environment, the same for every process: no NODE_* settings or colour from the caller. */
const CLEAN: Env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' };
/**
 * The caller's NODE_* variables, which change what bare Node costs: NODE_EXTRA_CA_CERTS (set on
 * machines behind a TLS-inspecting proxy) makes every `node` read a certificate bundle at start-up.
 */
const NODE_VARS = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('NODE_')));

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const quantile = (values: readonly number[], q: number) => [...values].sort((a, b) => a - b)[Math.round(q * (values.length - 1))]!;
const ms = (value: number) => value.toFixed(1);

interface Case {
  readonly label: string;
  readonly args: readonly string[];
  /** Allowed ratio to `node -e 0`. */
  readonly target?: number;
  /** Checks the output once, so a broken build cannot look fast. */
  readonly check?: (stdout: string) => void;
}

const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
const expect = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`unexpected output: ${what}`);
};
const isReport = (stdout: string) => {
  const report = JSON.parse(stdout) as { results?: unknown[] };
  expect(Array.isArray(report.results) && report.results.length > 0, 'a JSON report');
};

const CASES: readonly Case[] = [
  { label: '`node -e 0` (the floor)', args: ['-e', '0'] },
  { label: '`careerfit --version`', args: [BIN, '--version'], target: 1.3, check: (out) => expect(out === `${pkg.version}\n`, 'the version') },
  { label: '`careerfit --help`', args: [BIN, '--help'], check: (out) => expect(out.startsWith('Usage: careerfit'), 'the help') },
  {
    label: `\`careerfit assess --answers ${ANSWERS} --format json\``,
    args: [BIN, 'assess', '--answers', ANSWERS, '--format', 'json'],
    target: 1.5,
    check: isReport,
  },
  {
    label: '`careerfit assess --trait …` ×17 `--format json` (no answer file)',
    args: [BIN, 'assess', ...TRAIT_IDS.flatMap((id, i) => ['--trait', `${id}=${(i % 5) + 1}`]), '--format', 'json'],
    check: isReport,
  },
];

const time = (args: readonly string[], env: Env = CLEAN): { ms: number; stdout: string } => {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms: elapsed, stdout: result.stdout };
};

/** Round-robin, starting one case later each round, so no case always follows the same one. */
const measure = (cases: readonly { args: readonly string[] }[], runs: number, env: Env): number[][] => {
  const times = cases.map((): number[] => []);
  for (let round = 0; round < WARMUP + runs; round++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (round + k) % cases.length;
      const { ms: elapsed } = time(cases[i]!.args, env);
      if (round >= WARMUP) times[i]!.push(elapsed);
    }
  }
  return times;
};

// --- commands -------------------------------------------------------------------------------

const lines: string[] = [];
const out = (line = '') => lines.push(line);

for (const c of CASES) c.check?.(time(c.args).stdout);

const table = (env: Env, heading: string, intro: string): void => {
  log(`${heading}: ${CASES.length} commands × ${RUNS} runs`);
  const times = measure(CASES, RUNS, env);
  const floor = median(times[0]!);
  out(`### ${heading}`);
  out();
  out(intro);
  out();
  out('| command | median ms | × `node -e 0` | p25–p75 ms | target | |');
  out('| --- | ---: | ---: | ---: | ---: | --- |');
  CASES.forEach((c, i) => {
    const m = median(times[i]!);
    const ratio = m / floor;
    const verdict = c.target === undefined ? '' : ratio <= c.target ? 'met' : `missed by ${ms(m - c.target * floor)} ms`;
    out(
      `| ${c.label} | ${ms(m)} | ${ratio.toFixed(2)}× | ${ms(quantile(times[i]!, 0.25))}–${ms(quantile(times[i]!, 0.75))} | ` +
        `${c.target === undefined ? '' : `≤ ${c.target}×`} | ${verdict} |`,
    );
  });
  out();
};

table(
  CLEAN,
  'Start-up: commands against bare Node',
  `Wall time of \`node …\` spawned with \`spawnSync\`, stdout piped, in a clean environment (PATH, HOME, LANG=C); ` +
    `median of ${RUNS} runs, interleaved with the \`node -e 0\` runs (after ${WARMUP} warm-up rounds); p25–p75 shows the spread. ` +
    '`careerfit` is `node bin/careerfit.js`, as the installed command runs it.',
);

if (Object.keys(NODE_VARS).length > 0) {
  table(
    { ...CLEAN, ...NODE_VARS },
    `Start-up: the same with the caller's ${Object.keys(NODE_VARS).join(', ')}`,
    'The same commands with the NODE_* variables of the environment `npm run bench` ran in. They add a fixed cost to every ' +
      '`node` process, the floor included, so the ratios look better than in the clean table above, which is the one ' +
      'that holds for users.',
  );
}

process.stdout.write(`${lines.join('\n')}\n`);
