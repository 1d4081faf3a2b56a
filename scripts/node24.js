// Node 24 (the current LTS) beside the machine's Node 20, for CI (.ci/run runs the whole suite on
// both) and the start-up benchmark (bench/run.js measures both). It comes from the npm registry's
// `node` package, installed into a cache folder outside the repository, so neither the lockfile
// nor node_modules knows about it and a second run finds it there.
//
//   node scripts/node24.js            prints the path of Node 24's binary, if installed (exit 1 if not)
//   node scripts/node24.js --install  installs it first when missing
//
// NODE24=/path/to/node uses that binary instead; CAREERFIT_NODE24_DIR moves the cache folder
// (default: $XDG_CACHE_HOME or ~/.cache, then careerfit-node24).
import { execFileSync, spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE24_DIR =
  process.env.CAREERFIT_NODE24_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'careerfit-node24');
const BINARY = join(NODE24_DIR, 'node_modules', 'node', 'bin', 'node');

const major = (node) => {
  const result = spawnSync(node, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? Number(/^v(\d+)\./.exec(result.stdout)?.[1]) : undefined;
};

/** Node 24's binary, or undefined when it is not installed. */
export const findNode24 = () => {
  const { NODE24 } = process.env;
  if (NODE24 && major(NODE24) !== 24) throw new Error(`NODE24=${NODE24} is not a Node 24 binary`);
  const node = NODE24 || BINARY;
  return major(node) === 24 ? node : undefined;
};

/** Installs node@24 from the npm registry into NODE24_DIR (~190 MB on disk, once) and returns its binary. */
const installNode24 = () => {
  const found = findNode24();
  if (found) return found;
  process.stderr.write(`installing node@24 from the npm registry into ${NODE24_DIR}\n`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', NODE24_DIR, 'node@24'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (major(BINARY) !== 24) throw new Error(`npm installed node@24, but ${BINARY} is not a Node 24 binary`);
  return BINARY;
};

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const node = process.argv.includes('--install') ? installNode24() : findNode24();
    if (!node) throw new Error(`Node 24 is not installed in ${NODE24_DIR}: node scripts/node24.js --install`);
    process.stdout.write(`${node}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}
