import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAIT_IDS } from '../../src/core/traits.js';
import { ROOT } from '../helpers.js';
import { baseEnv } from './run-cli.js';

interface PackResult {
  filename: string;
  size: number;
  files: { path: string }[];
}

/** Everything the package may contain: what runs, the data it reads, and the documents. */
const ALLOWED = /^(package\.json|README\.md|LICENSE|bin\/careerfit\.js|dist\/[\w.-]+\.(js|cjs|json)|data\/[\w/-]+\.yaml)$/;

const TIMEOUT = 60_000;

const run = (command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync(command, args, { cwd, env: baseEnv(), encoding: 'utf8', timeout: TIMEOUT });

const ok = (result: SpawnSyncReturns<string>, what: string): string => {
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${what} exited ${result.status}:\n${result.stderr}`);
  return result.stdout;
};

/**
 * The published package on its own: `npm pack`, installed from the tarball into an empty project
 * in a temporary folder (offline: careerfit has no runtime dependencies, everything is bundled),
 * and run from there, away from the repository and its node_modules.
 */
describe('the npm package (end to end)', () => {
  let temp: string;
  let pack: PackResult;
  let careerfit: string;
  let app: string;

  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'careerfit-pack-'));
    // The global setup has just built dist/; --ignore-scripts skips `prepare` rebuilding it under
    // the other end-to-end tests running from dist/ meanwhile.
    const packed = ok(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], ROOT), 'npm pack');
    [pack] = JSON.parse(packed) as [PackResult];

    app = join(temp, 'app');
    await mkdir(app);
    await writeFile(join(app, 'package.json'), `${JSON.stringify({ name: 'careerfit-pack-test', version: '1.0.0', private: true })}\n`);
    ok(
      run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', join(temp, pack.filename)], app),
      'npm install',
    );
    careerfit = join(app, 'node_modules', '.bin', 'careerfit');
  }, TIMEOUT);

  afterAll(async () => {
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  it('ships only what runs: built code, data, package.json, README and LICENSE', async () => {
    const paths = pack.files.map((file) => file.path);
    expect(paths.filter((path) => !ALLOWED.test(path))).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'LICENSE', 'bin/careerfit.js', 'dist/careerfit.js', 'dist/catalog.json']));
    expect(paths.some((path) => path.startsWith('data/roles/'))).toBe(true);
    expect(paths.some((path) => /(^|\/)(test|src|bench|scripts)\//.test(path) || path.endsWith('.map') || path.endsWith('.ts'))).toBe(false);
    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: object };
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
  });

  it('prints its version from the installed command', async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = run(careerfit, ['--version'], app);
    expect(result).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('assesses answers given as flags, as a JSON report', () => {
    const traits = TRAIT_IDS.flatMap((id) => ['--trait', `${id}=3`]);
    const stdout = ok(run(careerfit, ['assess', ...traits, '--format', 'json', '--lang', 'en'], app), 'careerfit assess');
    const report = JSON.parse(stdout) as { schemaVersion: number; lang: string; results: { rank: number; id: string }[] };
    expect(report.schemaVersion).toBe(3);
    expect(report.lang).toBe('en');
    expect(report.results.length).toBeGreaterThanOrEqual(6);
    expect(report.results.map((r) => r.rank).slice(0, 3)).toEqual([1, 2, 3]);
  });

  it('reads a YAML answer file and ranks the activist first for an advocate', async () => {
    const answers = join(app, 'me.yaml');
    const levels: Record<string, number> = { advocacy: 5, influence: 5, proactivity: 5, leadership: 5, social_awareness: 5, dedication: 5 };
    await writeFile(answers, `traits:\n${TRAIT_IDS.map((id) => `  ${id}: ${levels[id] ?? 3}`).join('\n')}\n`);
    const stdout = ok(run(careerfit, ['assess', '--answers', answers, '--format', 'json'], app), 'careerfit assess --answers');
    const report = JSON.parse(stdout) as { results: { id: string }[] };
    expect(report.results[0]!.id).toBe('aktivis-okp');
  });
});
