// Runs a TypeScript script of the repository's (bench/*.ts) the way `npm run bench` and
// `npm run validity` need: bundled with the build's own esbuild options into a scratch folder
// inside node_modules (so a bundle still finds esbuild, which cannot be bundled), then started in
// a process of its own. The working directory must be the repository.
import { spawnSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { esbuildOptions } from './build.js';

/** A scratch folder named after `label`; `done()` removes it with every bundle in it. */
export const bundledScripts = async (label) => {
  const temp = join('node_modules', '.cache', `careerfit-${label}-${process.pid}`);
  await mkdir(temp, { recursive: true });

  /** Bundles one script and returns the bundle's path. */
  const bundle = async (path) => {
    const outfile = join(temp, basename(path).replace(/\.ts$/, '.mjs'));
    await build({ ...esbuildOptions, entryPoints: [path], outfile, external: ['esbuild'] });
    return outfile;
  };

  /** Bundles and runs one script with this Node; returns what it printed (its standard error passes through). */
  const run = async (path, args = [], env = {}) => {
    const result = spawnSync(process.execPath, [await bundle(path), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
      env: { ...process.env, ...env },
    });
    if (result.status !== 0) throw new Error(`${path} failed (exit ${result.status ?? result.signal})`);
    return result.stdout;
  };

  return { bundle, run, done: () => rm(temp, { recursive: true, force: true }) };
};
