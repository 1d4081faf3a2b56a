import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { runCli } from './run-cli.js';

describe('careerfit (end to end)', () => {
  it('prints the package version', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('exits quietly when the reader of a pipe goes away', async () => {
    // `head` closes the pipe after one line; careerfit must not print an EPIPE trace.
    const result = await runCli(['role', 'aktivis-okp', '--format', 'markdown'], { shell: (careerfit) => `${careerfit} | head -n 1; exit \${PIPESTATUS[0]}` });
    expect(result.stdout).toBe('# Youth Organisation (OKP) Activist\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
