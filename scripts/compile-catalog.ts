// Build step: validates data/ and writes the catalog the CLI loads at run time.
import { loadCatalogDir } from '../src/cli/input/catalog-dir.js';
import { writeFileAtomic } from '../src/cli/output/files.js';
import { CareerfitError } from '../src/core/errors.js';

const [dir = 'data', out = 'dist/catalog.json'] = process.argv.slice(2);
try {
  const catalog = await loadCatalogDir(dir, process);
  // Shared: an installed careerfit is run by other accounts than the one that built it.
  await writeFileAtomic(out, JSON.stringify(catalog), { privacy: 'shared' });
} catch (error) {
  if (!(error instanceof CareerfitError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}
