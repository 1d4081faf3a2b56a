import { readFileSync } from 'node:fs';
import { CareerfitError } from '../../core/errors.js';
import type { Catalog } from '../../core/types.js';

/** The data folder shipped beside the built code (dist/ and data/ are siblings). */
export const BUILTIN_DATA = new URL('../data/', import.meta.url);

/**
 * The built-in catalog, compiled from data/ and validated at build time, so a run parses one
 * JSON file instead of loading the YAML parser and the schema library. Read synchronously: it is
 * the first thing every command needs, and node:fs/promises alone costs ~4 ms to load on Node 24.
 */
export const loadBuiltinCatalog = async (): Promise<Catalog> => {
  const url = new URL('./catalog.json', import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as Catalog;
  } catch (error) {
    throw new CareerfitError('runtime', `the built-in catalog cannot be read (${url.pathname}); run \`npm run build\``, {
      cause: error,
    });
  }
};
