import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Two lanes. `unit`: core and cli in process, no build and no child process (`npm run test:fast`,
 * `vitest --project unit`). `e2e`: the built CLI as a user runs it, so its global setup builds
 * dist/ first; only a run that includes this project pays for the build. `npm test` runs both.
 */
export default defineConfig({
  define: { __CAREERFIT_VERSION__: JSON.stringify(pkg.version) },
  test: {
    // End-to-end tests spawn the built CLI; two cores are plenty for a few workers.
    testTimeout: 20_000,
    // At least two workers, also on two cores (vitest's default there is one): the unit lane is
    // CPU-bound in process, and end-to-end tests mostly wait on their child processes.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Nothing here changes process-wide state, so test files may share a worker's modules
        // (the built-in catalog is then parsed once per worker rather than once per file).
        test: { name: 'unit', include: ['test/{core,cli,data,golden}/**/*.test.ts'], pool: 'threads', isolate: false },
      },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/global-setup.ts'] } },
    ],
  },
});
