// Start-up time of the built CLI against bare Node. Spawns fresh processes; every figure is a
// median of runs interleaved with the baseline's (bench/imports.js measures the dependencies).
// Prints Markdown on standard output, progress on standard error. Run through `npm run bench`
// (bench/run.js builds dist/ and bundles this file first); the working directory is the repo.
//
// Arguments: the Node binaries to measure (default: the one running this). Each command is
// compared with `node -e 0` of the same binary, and all of them, every binary's, take turns in
// one run, so a change in the machine's load hits every figure alike. One table per binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TRAIT_IDS } from '../src/core/traits.js';

const ROOT = process.cwd();
const BIN = resolve(ROOT, 'bin/careerfit.js');
const ANSWERS = 'bench/answers.json';
/** bench/engine-only.ts, bundled by bench/run.js: the floor under `assess`, what the engine itself costs. */
const ENGINE_ONLY = process.env.BENCH_ENGINE_ONLY;
/** Every figure is the median of this many runs (at least 10), after two discarded warm-up rounds. */
const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 30));
const WARMUP = 2;

const log = (message: string) => process.stderr.write(`startup: ${message}\n`);
type Env = Record<string, string | undefined>;
/** A clean environment, the same for every process: no NODE_* settings or colour from the caller. */
const TEMP = mkdtempSync(join(tmpdir(), 'careerfit-bench-startup-'));
process.on('exit', () => rmSync(TEMP, { recursive: true, force: true }));
/** A clean environment, the same for every process: no NODE_* settings or colour from the caller, a cache of its own. */
const CLEAN: Env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', XDG_CACHE_HOME: join(TEMP, 'cache') };

/**
 * 60 user roles: the built-in profiles copied ten times under new ids, dated a minute back (a file
 * changed a moment ago is not kept in the role cache, src/cli/input/role-cache.ts).
 */
const USER_ROLES = join(TEMP, 'roles');
mkdirSync(USER_ROLES);
const builtIn = readdirSync(resolve(ROOT, 'data/roles')).filter((name) => name.endsWith('.yaml'));
for (let copy = 1; copy <= 10; copy++) {
  for (const name of builtIn) {
    const id = name.replace(/\.yaml$/, '');
    const text = readFileSync(resolve(ROOT, 'data/roles', name), 'utf8')
      .replace(new RegExp(`^id: ${id}$`, 'm'), `id: u${copy}-${id}`)
      .replace(/^aliases: .*\n/m, '');
    writeFileSync(join(USER_ROLES, `u${copy}-${name}`), text);
  }
}
const past = new Date(Date.now() - 60_000);
for (const name of readdirSync(USER_ROLES)) utimesSync(join(USER_ROLES, name), past, past);
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
  /** Allowed ratio to `node -e 0`, by Node's major version (the last one listed for any later). */
  readonly target?: Readonly<Record<number, number>>;
  /** Checks the output once, so a broken build cannot look fast. */
  readonly check?: (stdout: string) => void;
  /** Also compared with another case (its label): at most `target` times its median; `what` names this one in that line. */
  readonly against?: { readonly label: string; readonly target: number; readonly what: string };
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
  {
    label: '`careerfit --version`',
    args: [BIN, '--version'],
    target: { 20: 1.3, 24: 1.2 },
    check: (out) => expect(out === `${pkg.version}\n`, 'the version'),
  },
  { label: '`careerfit --help`', args: [BIN, '--help'], check: (out) => expect(out.startsWith('Usage: careerfit'), 'the help') },
  {
    label: `\`careerfit assess --answers ${ANSWERS} --format json\``,
    args: [BIN, 'assess', '--answers', ANSWERS, '--format', 'json'],
    target: { 20: 1.5, 24: 1.5 },
    check: isReport,
  },
  {
    label: `\`careerfit assess --answers ${ANSWERS} --format json --profiles DIR\` (${builtIn.length * 10} user roles, kept in the role cache)`,
    args: [BIN, 'assess', '--answers', ANSWERS, '--format', 'json', '--profiles', USER_ROLES],
    check: (stdout) => expect((JSON.parse(stdout) as { results: unknown[] }).results.length === builtIn.length * 11, `${builtIn.length * 11} roles ranked`),
    against: { label: `\`careerfit assess --answers ${ANSWERS} --format json\``, target: 1.5, what: `Assess with ${builtIn.length * 10} user roles from the role cache (${builtIn.length * 11} roles ranked)` },
  },
  ...(ENGINE_ONLY
    ? [
        {
          label: `the engine alone on ${ANSWERS}, JSON out (bench/engine-only.ts: no command line, no compile cache)`,
          args: [ENGINE_ONLY, ANSWERS],
          check: isReport,
        },
      ]
    : []),
  {
    label: '`careerfit assess --trait …` ×17 `--format json` (no answer file)',
    args: [BIN, 'assess', ...TRAIT_IDS.flatMap((id, i) => ['--trait', `${id}=${(i % 5) + 1}`]), '--format', 'json'],
    check: isReport,
  },
];

/** The binaries to measure, each with its version. */
const NODES = (process.argv.length > 2 ? process.argv.slice(2) : [process.execPath]).map((bin) => {
  const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  return { bin, version, major: Number(/^v(\d+)/.exec(version)?.[1]) };
});
type Binary = (typeof NODES)[number];

const targetFor = (c: Case, node: Binary): number | undefined => {
  if (!c.target) return undefined;
  const majors = Object.keys(c.target).map(Number).sort((a, b) => a - b);
  const major = majors.filter((m) => m <= node.major).at(-1) ?? majors[0]!;
  return c.target[major];
};

const time = (node: Binary, args: readonly string[], env: Env = CLEAN): { ms: number; stdout: string } => {
  const start = process.hrtime.bigint();
  const result = spawnSync(node.bin, args, { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status} on ${node.version}: ${result.stderr}`);
  return { ms: elapsed, stdout: result.stdout };
};

interface Run {
  readonly node: Binary;
  readonly args: readonly string[];
}

/** Round-robin, starting one run later each round, so no run always follows the same one. */
const measure = (runs: readonly Run[], rounds: number, env: Env): number[][] => {
  const times = runs.map((): number[] => []);
  for (let round = 0; round < WARMUP + rounds; round++) {
    for (let k = 0; k < runs.length; k++) {
      const i = (round + k) % runs.length;
      const { ms: elapsed } = time(runs[i]!.node, runs[i]!.args, env);
      if (round >= WARMUP) times[i]!.push(elapsed);
    }
  }
  return times;
};

// --- commands -------------------------------------------------------------------------------

const lines: string[] = [];
const out = (line = '') => lines.push(line);

for (const node of NODES) for (const c of CASES) c.check?.(time(node, c.args).stdout);

const tables = (env: Env, heading: string, intro: string): void => {
  log(`${heading}: ${NODES.length} × ${CASES.length} commands × ${RUNS} runs`);
  const runs = NODES.flatMap((node) => CASES.map((c) => ({ node, args: c.args })));
  const times = measure(runs, RUNS, env);
  out(`### ${heading}`);
  out();
  out(intro);
  out();
  NODES.forEach((node, n) => {
    const at = (i: number) => times[n * CASES.length + i]!;
    const floor = median(at(0));
    out(`#### Node ${node.version}`);
    out();
    out('| command | median ms | × `node -e 0` | p25–p75 ms | target | |');
    out('| --- | ---: | ---: | ---: | ---: | --- |');
    CASES.forEach((c, i) => {
      const m = median(at(i));
      const ratio = m / floor;
      const target = targetFor(c, node);
      const verdict = target === undefined ? '' : ratio <= target ? 'met' : `missed by ${ms(m - target * floor)} ms`;
      out(
        `| ${c.label} | ${ms(m)} | ${ratio.toFixed(2)}× | ${ms(quantile(at(i), 0.25))}–${ms(quantile(at(i), 0.75))} | ` +
          `${target === undefined ? '' : `≤ ${target}×`} | ${verdict} |`,
      );
    });
    out();
    CASES.forEach((c, i) => {
      if (!c.against) return;
      const base = median(at(CASES.findIndex((other) => other.label === c.against!.label)));
      const ratio = median(at(i)) / base;
      out(`- ${c.against.what} takes ${ratio.toFixed(2)}× the built-in catalog's assess (target ≤ ${c.against.target}×: ${ratio <= c.against.target ? 'met' : 'missed'}).`);
    });
    out();
  });
};

const versions = NODES.map((node) => node.version).join(' and ');
tables(
  CLEAN,
  'Start-up: commands against bare Node',
  `Wall time of \`node …\` spawned with \`spawnSync\`, stdout piped, in a clean environment (PATH, HOME, LANG=C); ` +
    `median of ${RUNS} runs, interleaved with the \`node -e 0\` runs of the same binary` +
    `${NODES.length > 1 ? ` and with every run on ${versions}` : ''} (after ${WARMUP} warm-up rounds); p25–p75 shows the spread. ` +
    '`careerfit` is `node bin/careerfit.js`, as the installed command runs it. On Node ≥ 22.1 it keeps compiled code ' +
    "in Node's compile cache (src/cli/main.ts), which the warm-up rounds fill, as any earlier run does for a user.",
);

if (Object.keys(NODE_VARS).length > 0) {
  tables(
    { ...CLEAN, ...NODE_VARS },
    `Start-up: the same with the caller's ${Object.keys(NODE_VARS).join(', ')}`,
    'The same commands with the NODE_* variables of the environment `npm run bench` ran in. They add a fixed cost to every ' +
      '`node` process, the floor included, so the ratios look better than in the clean table above, which is the one ' +
      'that holds for users.',
  );
}

process.stdout.write(`${lines.join('\n')}\n`);
