// Bundles the CLI with esbuild and compiles data/ into dist/catalog.json. Type checking is
// separate: `npm run typecheck`.
//
//   dist/careerfit.js        src/cli/main.ts alone (2 KB): `--version` is answered here
//   dist/app.js              everything else careerfit runs, one ES module, imported by the entry
//   dist/vendor-<name>.cjs   the heavy dependencies only some commands use (YAML parser, schema
//                            library, terminal prompts), each loaded the first time it is needed
//   dist/catalog.json        the built-in data, validated at build time
//
// Why so few files: Node 20's ES module loader costs ~0.6 ms per module file (resolve, read,
// compile, link), so `assess` spread over 26 small chunks spent ~15 ms just loading them. In one
// file, esbuild wraps each module reached through `import()` in a lazily run initialiser, so a
// command still runs only the code it needs; V8 merely pre-parses the rest. The dependencies
// worth keeping out of that file are CommonJS bundles that the initialiser of the module
// importing them requires synchronously: `--version` and `assess --trait …` never load them.
//
// The layout holds only under two rules that neither esbuild nor tsc checks, so the build does
// (scripts/build-guards.js) and fails, writing nothing, with a message naming the modules:
//   1. the modules main.ts imports on demand export no name twice (`export *` would drop it);
//   2. what main.ts imports statically, copied into the entry, holds no state that app.js's
//      copy of the same module would hold separately.
//
// Usage: node scripts/build.js [outdir] [entry]
//   outdir  default dist; another folder is for experiments
//   entry   default src/cli/main.ts; another one (test/e2e/build-guards.test.ts) skips compiling data/
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BuildError, checkEntryCopies, deferredExports } from './build-guards.js';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

/** Dependencies shipped as their own lazily required file: package name → file stem. */
export const VENDORED = { yaml: 'yaml', zod: 'zod', '@inquirer/prompts': 'prompts' };

const BUILTINS = new Set(builtinModules);
/** Built-ins a dependency loads at start-up but uses only on paths careerfit never takes. */
const LAZY_BUILTINS = new Set([
  // commander requires it to spawn executable subcommands, which careerfit does not have; it
  // costs ~4 ms (it loads net, dgram and more) on every run that parses the command line.
  'child_process',
]);

/**
 * Built-in modules through `process.getBuiltinModule` (Node ≥ 20.16) instead of `import`.
 * An ESM import of a built-in makes Node build a module namespace from every export, which runs
 * lazy getters: `import process from 'node:process'` (in chalk) alone costs ~8 ms because it
 * loads process.report; `node:fs` ~2.5 ms. The object is the same either way.
 */
export const builtinsWithoutFacade = {
  name: 'builtins-without-esm-facade',
  setup(b) {
    b.onResolve({ filter: /^(node:)?[a-z_]+(\/[a-z_]+)?$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!BUILTINS.has(name)) return undefined;
      // Deferred only for require(): a CommonJS caller reads properties when it uses them, while
      // esbuild copies an ES import's names up front, which would find none on the proxy.
      const lazy = LAZY_BUILTINS.has(name) && args.kind === 'require-call';
      return { path: lazy ? `lazy:${name}` : name, namespace: 'builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path }) => {
      const get = `process.getBuiltinModule(${JSON.stringify(`node:${path.replace(/^lazy:/, '')}`)})`;
      const contents = path.startsWith('lazy:')
        ? `let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= ${get})[key] });`
        : `module.exports = ${get};`;
      return { contents, loader: 'js' };
    });
  },
};

/** `import … from 'zod'` becomes a require of dist/vendor-zod.cjs, run when the importer initialises. */
const vendoredOnDemand = {
  name: 'vendored-on-demand',
  setup(b) {
    const names = Object.keys(VENDORED).map((name) => name.replace(/[/@]/g, '\\$&'));
    b.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'vendored' }));
    b.onLoad({ filter: /.*/, namespace: 'vendored' }, ({ path }) => ({
      contents: `module.exports = require(${JSON.stringify(`./vendor-${VENDORED[path]}.cjs`)});`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/vendor-[a-z]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * The names careerfit imports from each vendored package, read from a throwaway bundle that
 * leaves them external, so each vendor file keeps only what is used (tree shaking): the prompts
 * package is 48 KB for `select` and `Separator`, 630 KB whole. `null`: a default or namespace
 * import, which takes the whole package.
 */
const importedNames = async (entry) => {
  const probe = await build({
    ...esbuildOptions,
    entryPoints: [entry],
    external: Object.keys(VENDORED),
    plugins: [],
    banner: {},
    minifyWhitespace: false,
    write: false,
  });
  const used = new Map();
  for (const [, clause, from] of probe.outputFiles[0].text.matchAll(/^import\s+(.+?)\s+from\s*"([^"]+)";?$/gm)) {
    if (!(from in VENDORED) || used.get(from) === null) continue;
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    if (!named) {
      used.set(from, null);
      continue;
    }
    const names = used.get(from) ?? new Set();
    for (const item of named[1].split(',')) if (item.trim()) names.add(item.trim().split(/\s+as\s+/)[0]);
    used.set(from, names);
  }
  return used;
};

const reexport = (name, names) =>
  names ? `export { ${[...names].join(', ')} } from ${JSON.stringify(name)};` : `export * from ${JSON.stringify(name)};`;

/** Options shared by every bundle of careerfit code (ES modules for Node 20). */
export const esbuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The require() that bundled CommonJS code and the vendored files are loaded with. Built-ins
  // come from the plugin above, so this costs no `import` of node:module either.
  banner: { js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);" },
  define: { __CAREERFIT_VERSION__: JSON.stringify(pkg.version) },
  plugins: [builtinsWithoutFacade],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/** Writes esbuild's output files beside their targets, then renames them into place. */
const writeAtomically = async (outputFiles) => {
  for (const file of outputFiles) {
    const temp = `${file.path}.${process.pid}.tmp`;
    await writeFile(temp, file.contents);
    await rename(temp, file.path);
  }
  return outputFiles.map((file) => basename(file.path));
};

const MAIN = 'src/cli/main.ts';

export const buildAll = async (outdir = 'dist', entry = MAIN) => {
  await mkdir(outdir, { recursive: true });
  const outputs = [];

  // The entry: main.ts alone, its `import()`s of careerfit modules pointed at app.js. `--version`
  // ends here, without compiling app.js (~7 ms). Whatever main.ts imports statically is copied
  // into it, so that must hold no state shared with app.js (rule 2): today, the EXIT_CODES table of src/cli/exit-codes.ts.
  const deferred = new Set();
  const entryOptions = {
    ...esbuildOptions,
    entryPoints: [entry],
    outfile: join(outdir, 'careerfit.js'),
    banner: {}, // it requires nothing; createRequire would cost ~1 ms
    write: false,
    metafile: true,
    plugins: [
      {
        name: 'defer-to-app',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind !== 'dynamic-import' || !args.path.startsWith('.')) return undefined;
            deferred.add(join(args.resolveDir, args.path).replace(/\.js$/, '.ts'));
            return { path: './app.js', external: true };
          });
        },
      },
      builtinsWithoutFacade,
    ],
  };
  const entryBundle = await build(entryOptions);
  // The same bundle printed readably, each module's code under a `// path` line: what rule 2 reads.
  const readableEntry = await build({ ...entryOptions, minifyWhitespace: false, minifySyntax: false });

  // Everything else, in one file: the modules main.ts imports on demand, re-exported by name.
  const names = await deferredExports([...deferred], esbuildOptions);
  const appOptions = {
    ...esbuildOptions,
    stdin: {
      contents: [...names].map(([path, exported]) => `export { ${exported.join(', ')} } from ${JSON.stringify(path)};`).join('\n'),
      resolveDir: process.cwd(),
      sourcefile: 'app.js',
      loader: 'ts',
    },
    outfile: join(outdir, 'app.js'),
    write: false,
    metafile: true,
    plugins: [vendoredOnDemand, builtinsWithoutFacade],
  };
  const app = await build(appOptions);

  const [entryMeta] = Object.values(entryBundle.metafile.outputs);
  const [appMeta] = Object.values(app.metafile.outputs);
  await checkEntryCopies({
    entry: entryMeta.entryPoint,
    readable: readableEntry.outputFiles[0].text,
    entryInputs: entryMeta.inputs,
    appInputs: appMeta.inputs,
  });

  outputs.push(...(await writeAtomically(entryBundle.outputFiles)));
  outputs.push(...(await writeAtomically(app.outputFiles)));

  const used = await importedNames(entry);
  for (const [name, stem] of Object.entries(VENDORED)) {
    if (!used.has(name)) continue; // imported nowhere (any more): no file
    const vendor = await build({
      ...esbuildOptions,
      stdin: { contents: reexport(name, used.get(name)), resolveDir: process.cwd(), loader: 'js' },
      format: 'cjs',
      banner: {},
      plugins: [],
      outfile: join(outdir, `vendor-${stem}.cjs`),
      write: false,
    });
    outputs.push(...(await writeAtomically(vendor.outputFiles)));
  }

  // Files are replaced one by one and stale ones removed afterwards, never the whole folder
  // first: a CLI running from dist/ meanwhile (a parallel test run) never finds its files missing.
  const fresh = new Set(outputs);
  for (const file of await readdir(outdir)) {
    if (/\.(c?js|map)$/.test(file) && !fresh.has(file)) await rm(join(outdir, file), { force: true });
  }
  if (entry !== MAIN) return;

  const temp = await mkdtemp(join(tmpdir(), 'careerfit-build-'));
  try {
    const compiler = join(temp, 'compile-catalog.mjs');
    await build({ ...esbuildOptions, entryPoints: ['scripts/compile-catalog.ts'], outfile: compiler });
    const result = spawnSync(process.execPath, [compiler, 'data', join(outdir, 'catalog.json')], { stdio: 'inherit' });
    // The compiler has printed what is wrong with data/; its exit code (2: invalid data) is ours.
    if (result.status !== 0) throw Object.assign(new Error('compiling data/ failed'), { exitCode: result.status ?? 1 });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
};

// Run as a script (`node scripts/build.js`), not when imported by the benchmark for its options.
// (Real paths: argv[1] keeps a symlinked folder's name, import.meta.url does not.)
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildAll(process.argv[2], process.argv[3]);
  } catch (error) {
    if (!(error instanceof Error && 'exitCode' in error)) throw error;
    // A broken layout rule says what is wrong itself; the catalog compiler has printed its own.
    if (error instanceof BuildError) process.stderr.write(`build failed: ${error.message}\n`);
    process.exitCode = Number(error.exitCode);
  }
}
