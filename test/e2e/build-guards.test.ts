import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDirs } from '../helpers.js';
import { runCli } from './run-cli.js';

/**
 * scripts/build.js refuses a layout that would break at run time without a word from esbuild:
 * a name two on-demand modules export (`export *` in dist/app.js drops it), and state that the
 * entry would copy from a module app.js bundles too. Each case is a small program in a temp
 * folder, built with its own main.ts (scripts/build.js OUTDIR ENTRY).
 */

interface Built {
  readonly status: number | null;
  readonly stderr: string;
  readonly files: readonly string[];
}

const tempDir = tempDirs('guards');

/** Writes the files of one program and builds it; `main.ts` is the entry. */
const buildProgram = async (name: string, files: Record<string, string>): Promise<Built> => {
  const dir = join(await tempDir(), name);
  await mkdir(dir);
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  return buildEntry(join(dir, 'main.ts'), join(dir, 'dist'));
};

/** scripts/build.js OUTDIR ENTRY, run as careerfit's tests run the CLI; then what it wrote. */
const buildEntry = async (entry: string, outdir: string): Promise<Built> => {
  const { status, stderr } = await runCli([outdir, entry], { bin: join(ROOT, 'scripts/build.js') });
  return { status, stderr, files: await readdir(outdir).catch(() => []) };
};

describe.concurrent('the build guards its own layout', () => {
  it('fails, writing nothing, when two modules main.ts imports on demand export one name', async () => {
    // With `export *` in dist/app.js the name would vanish; by name, it can come from one module only.
    const built = await buildProgram('duplicate', {
      'main.ts': "const { one } = await import('./one.js');\nconst { two } = await import('./two.js');\nconsole.log(one, two);\n",
      'one.ts': "export const one = 1;\nexport const describe = () => 'one';\n",
      'two.ts': "export const two = 2;\nexport const describe = () => 'two';\n",
    });
    expect(built.status).toBe(1);
    expect(built.stderr).toMatch(/^build failed: the modules main\.ts imports on demand share one namespace/);
    expect(built.stderr).toMatch(/`describe`: exported by \S*one\.ts and \S*two\.ts/);
    expect(built.stderr).not.toMatch(/`(one|two)`/);
    expect(built.files).toEqual([]);
  });

  it('fails when main.ts copies state from a module app.js bundles too', async () => {
    const built = await buildProgram('stateful', {
      'main.ts': [
        "import { count } from './counter.js';",
        "import { Oops } from './errors.js';",
        "import { LIMITS } from './limits.js';",
        "const { run } = await import('./run.js');",
        'console.log(count, new Oops(), LIMITS, run());',
        '',
      ].join('\n'),
      'counter.ts': 'export let count = 0;\nexport const bump = (): number => ++count;\n',
      'errors.ts': 'export class Oops extends Error {}\n',
      'limits.ts': 'export const LIMITS = { rules: 200, depth: [1, -2], name: `x` } as const;\n',
      'run.ts': [
        "import { bump } from './counter.js';",
        "import { Oops } from './errors.js';",
        "import { LIMITS } from './limits.js';",
        'export const run = () => (bump() > LIMITS.rules ? new Oops() : undefined);',
        '',
      ].join('\n'),
    });
    expect(built.status).toBe(1);
    expect(built.stderr).toMatch(/^build failed: \S*main\.ts imports statically from modules that dist\/app\.js bundles too/);
    expect(built.stderr).toMatch(/counter\.ts holds state: `export let count = 0;`/);
    expect(built.stderr).toMatch(/errors\.ts, copied into the entry: `var Oops = class extends Error/);
    // A table of literal data is a constant: the same in both copies.
    expect(built.stderr).not.toMatch(/limits\.ts/);
    expect(built.files).toEqual([]);
  });

  it('passes functions and a constant table imported statically, and modules sharing a helper', async () => {
    const built = await buildProgram('valid', {
      'main.ts': [
        "import { CODES, label } from './codes.js';",
        "const [{ one }, { two, shared }] = await Promise.all([import('./one.js'), import('./two.js')]);",
        'console.log(label(CODES.ok), one(), two(), shared());',
        '',
      ].join('\n'),
      'codes.ts': 'export const CODES = { ok: 0, failed: 1 } as const;\nexport function label(code: number): string {\n  return `exit ${code}`;\n}\n',
      'shared.ts': "import { label } from './codes.js';\nexport const shared = (): string => label(0);\n",
      'one.ts': "import { shared } from './shared.js';\nexport const one = (): string => shared();\n",
      'two.ts': "export { shared } from './shared.js';\nexport const two = 2;\n",
    });
    expect(built).toMatchObject({ status: 0, stderr: '' });
    expect(built.files).toEqual(expect.arrayContaining(['app.js', 'careerfit.js']));
  });

  it('passes careerfit itself', async () => {
    const built = await buildEntry(join(ROOT, 'src/cli/main.ts'), join(await tempDir(), 'careerfit'));
    expect(built).toMatchObject({ status: 0, stderr: '' });
    expect(built.files).toEqual(expect.arrayContaining(['app.js', 'careerfit.js']));
  });
});
