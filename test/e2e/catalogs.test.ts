import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// The other catalog tests run in process (test/cli/run/catalogs.test.ts); the built-in data folder
// is found beside the built code, so checking it takes the built CLI.
describe('careerfit validate', () => {
  it('passes the built-in data', async () => {
    const result = await runCli(['validate']);
    expect(result).toMatchObject({ status: 0, stdout: '' });
    expect(result.stderr).toMatch(/^careerfit: \d+ checked, no problems\n$/);
  });

});
