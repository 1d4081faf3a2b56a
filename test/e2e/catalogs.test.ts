import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers.js';
import { runCli } from './run-cli.js';

const tempDir = tempDirs('catalogs');

// The other catalog tests run in process (test/cli/run/catalogs.test.ts); the built-in data folder
// is found beside the built code, so checking it takes the built CLI.
describe('careerfit validate', () => {
  it('passes the built-in data', async () => {
    const result = await runCli(['validate']);
    expect(result).toMatchObject({ status: 0, stdout: '' });
    expect(result.stderr).toMatch(/^careerfit: \d+ checked, no problems\n$/);
  });

});

describe('role folders through the cache', () => {
  /** Names the vendored libraries the run loaded, on standard error, as it exits. */
  const LOADED = `--import=data:text/javascript,${encodeURIComponent(
    "import{createRequire}from'node:module';const c=createRequire('/').cache;" +
      "process.on('exit',()=>process.stderr.write('loaded:'+Object.keys(c).filter(f=>/vendor-/.test(f)).map(f=>f.split('/').pop()).join(',')+'\\n'))",
  )}`;

  it('reads an unchanged folder without the YAML parser or the schema, and notices a change', async () => {
    const base = await tempDir();
    const dir = join(base, 'roles');
    await mkdir(dir);
    const file = join(dir, 'fasilitator-desa.yaml');
    const role = (title: string) => `id: fasilitator-desa\ntitle: { id: "${title}", en: "${title}" }\nsummary: { id: "R", en: "S" }\ntraits:\n  empathy: { ideal: 5, weight: 3 }\n`;
    const write = async (text: string) => {
      await writeFile(file, text);
      const past = new Date(Date.now() - 60_000);
      await utimes(file, past, past);
    };
    await write(role('Fasilitator'));
    const env = { XDG_CACHE_HOME: join(base, 'cache') };
    const run = () => runCli(['roles', '--format', 'json', '--profiles', dir], { env, nodeFlags: [LOADED] });
    const first = await run();
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/loaded:.*vendor-yaml\.cjs/);
    const second = await run();
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe('loaded:\n');
    await write(role('Pendamping'));
    const third = await run();
    expect(third.stdout).toContain('Pendamping');
    await write('id: fasilitator-desa\ntraits: { empathy: { ideal: 9 } }\n');
    const broken = await run();
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain(`${file}:`);
  });
});

