// Build step: validates data/ and writes the catalog the CLI loads at run time.
import { loadCatalogDir } from '../src/cli/input/catalog-dir.js';
import { writeFileAtomic } from '../src/cli/output/files.js';
import { CareerfitError } from '../src/core/errors.js';

const [dir = 'data', out = 'dist/catalog.json'] = process.argv.slice(2);
try {
  const catalog = await loadCatalogDir(dir, process);
  await writeFileAtomic(out, JSON.stringify(catalog));
} catch (error) {
  if (!(error instanceof CareerfitError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}
