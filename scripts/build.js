// Bundles the CLI with esbuild (one small entry plus lazily loaded chunks) and compiles data/ into
// dist/catalog.json. Type checking is separate: `npm run typecheck`.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some dependencies are CommonJS and call require(); ESM output needs one to hand them.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  define: { __CAREERFIT_VERSION__: JSON.stringify(pkg.version) },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
};

// Files are overwritten in place and stale chunks removed afterwards, never the whole folder first:
// a CLI running from dist/ meanwhile (a parallel test run) never finds its files missing.
const result = await build({
  ...common,
  entryPoints: { careerfit: 'src/cli/main.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: '[name]-[hash]',
  metafile: true,
});
const fresh = new Set(Object.keys(result.metafile.outputs).map((file) => file.replace(/^dist\//, '')));
for (const file of await readdir('dist')) {
  if (file.endsWith('.js') && !fresh.has(file)) await rm(join('dist', file), { force: true });
}

const temp = await mkdtemp(join(tmpdir(), 'careerfit-build-'));
try {
  const compiler = join(temp, 'compile-catalog.mjs');
  await build({ ...common, entryPoints: ['scripts/compile-catalog.ts'], outfile: compiler });
  const result = spawnSync(process.execPath, [compiler, 'data', 'dist/catalog.json'], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
} finally {
  await rm(temp, { recursive: true, force: true });
}
