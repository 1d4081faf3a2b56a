import { spawnSync } from 'node:child_process';

/** End-to-end tests spawn the built CLI, so build it once before any test runs. */
export default function setup(): void {
  const result = spawnSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
}
