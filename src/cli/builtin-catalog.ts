import { readFile } from 'node:fs/promises';
import { CareerfitError } from '../core/errors.js';
import type { Catalog } from '../core/types.js';

/** The data folder shipped beside the built code (dist/ and data/ are siblings). */
export const BUILTIN_DATA = new URL('../data/', import.meta.url);

/**
 * The built-in catalog, compiled from data/ and validated at build time, so a run parses one
 * JSON file instead of loading the YAML parser and the schema library.
 */
export const loadBuiltinCatalog = async (): Promise<Catalog> => {
  const url = new URL('./catalog.json', import.meta.url);
  try {
    return JSON.parse(await readFile(url, 'utf8')) as Catalog;
  } catch (error) {
    throw new CareerfitError('runtime', `the built-in catalog cannot be read (${url.pathname}); run \`npm run build\``, {
      cause: error,
    });
  }
};
