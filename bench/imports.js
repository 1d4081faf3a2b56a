// What each dependency costs to load, measured the way dist/ ships it. Plain JavaScript (not
// TypeScript like its neighbours) because it bundles with scripts/build.js's own esbuild options.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { builtinsWithoutFacade, esbuildOptions } from '../scripts/build.js';

/** What careerfit imports from the dependencies bundled into dist/app.js. */
const IN_APP = [
  { name: 'commander', names: 'Command, CommanderError, InvalidArgumentError, Option', when: 'every command but `--version` (in app.js)' },
  { name: 'chalk', names: 'Chalk', when: 'text reports only: `chalkFor` in src/cli/output/emit.ts imports it on demand (in app.js)' },
];
/** The dependencies dist/ ships as their own files, loaded on first use. */
const VENDOR = [
  { file: 'vendor-yaml.cjs', name: 'yaml', when: '`--answers <file>` in YAML (a clean JSON file skips it), `--profiles` when the role cache does not hold the folder as it is, `validate`' },
  { file: 'vendor-zod.cjs', name: 'zod', when: 'with yaml, to validate those files' },
  { file: 'vendor-prompts.cjs', name: '@inquirer/prompts', when: 'the interactive quiz only' },
];
const BUILTINS = [
  { name: 'node:crypto', when: 'nothing any more: temp file names use the pid and a counter (measured for comparison)' },
  { name: 'node:child_process', when: 'what commander would cost on top if dist/ did not defer it to first use, which never comes' },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Markdown: each import timed inside a fresh `node` process that has already set up
 * process.stdout, as every command but `--version` does, so a cost shared with that (the `net`
 * module behind a piped stdout) is not counted twice. Median of `runs` processes, interleaved.
 */
export const measureImports = async ({ root, runs, env }) => {
  const temp = await mkdtemp(join(tmpdir(), 'careerfit-imports-'));
  try {
    const probe = join(temp, 'probe.cjs');
    await writeFile(
      probe,
      'process.stdout;\nconst start = performance.now();\nrequire(process.argv[2]);\nprocess.stdout.write(String(performance.now() - start));\n',
    );
    const probeEsm = join(temp, 'probe.mjs');
    await writeFile(
      probeEsm,
      "process.stdout;\nconst start = performance.now();\nawait import(process.argv[2]);\nprocess.stdout.write(String(performance.now() - start));\n",
    );

    const targets = [];
    for (const dep of IN_APP) {
      const outfile = join(temp, `${dep.name}.cjs`);
      await build({
        ...esbuildOptions,
        stdin: { contents: `export { ${dep.names} } from ${JSON.stringify(dep.name)};`, resolveDir: root, loader: 'js' },
        format: 'cjs',
        banner: {},
        plugins: [builtinsWithoutFacade],
        outfile,
      });
      targets.push({ label: `\`${dep.name}\``, args: [probe, outfile], size: (await stat(outfile)).size, when: dep.when });
    }
    for (const dep of VENDOR) {
      const file = resolve(root, 'dist', dep.file);
      targets.push({ label: `\`${dep.name}\` (dist/${dep.file})`, args: [probe, file], size: (await stat(file)).size, when: dep.when });
    }
    for (const builtin of BUILTINS) targets.push({ label: `\`${builtin.name}\` (built-in)`, args: [probe, builtin.name], when: builtin.when });
    const app = resolve(root, 'dist', 'app.js');
    targets.push({
      label: '`dist/app.js` as a whole',
      // Importing app.js runs its module initialisers only; the command line is parsed by careerfit.js.
      args: [probeEsm, pathToFileURL(app).href],
      size: (await stat(app)).size,
      when: 'careerfit itself with commander and chalk: every command but `--version`',
    });

    const times = targets.map(() => []);
    for (let round = 0; round < runs + 2; round++) {
      targets.forEach((target, i) => {
        const result = spawnSync(process.execPath, target.args, { env, encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`loading ${target.args[1]} failed: ${result.stderr}`);
        if (round >= 2) times[i].push(Number(result.stdout));
      });
    }

    const lines = [
      '### Start-up: what each dependency costs to load',
      '',
      'Each import timed inside a fresh `node` process that has already set up `process.stdout` (as every command but ' +
        '`--version` does); median of ' +
        `${runs} processes, after 2 warm-up rounds. commander and chalk are bundled alone here with the build's own esbuild ` +
        'options (CommonJS, only the names careerfit imports); in dist/ they are part of `app.js`. yaml, zod and the prompts ' +
        'are measured as shipped: `dist/vendor-*.cjs`, required the first time a command needs them.',
      '',
      '| import | KiB | load ms | loaded by |',
      '| --- | ---: | ---: | --- |',
      ...targets.map(
        (target, i) =>
          `| ${target.label} | ${target.size === undefined ? '' : (target.size / 1024).toFixed(0)} | ${median(times[i]).toFixed(1)} | ${target.when} |`,
      ),
    ];
    return lines.join('\n');
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
};
