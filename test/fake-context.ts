import { PassThrough } from 'node:stream';
import { loadCatalogDir } from '../src/cli/catalog-dir.js';
import type { Context } from '../src/cli/context.js';
import type { Catalog } from '../src/core/types.js';

/** A writable that keeps what was written, for asserting on a command's stdout and stderr. */
export class Capture extends PassThrough {
  text = '';
  isTTY = false;
  constructor() {
    super();
    this.setEncoding('utf8');
    this.on('data', (chunk: string) => (this.text += chunk));
  }
}

let catalog: Promise<Catalog> | undefined;
/** The real built-in data, loaded once per test file. */
export const builtinCatalog = () => (catalog ??= loadCatalogDir('data', process.stdin));

export const fakeContext = (overrides: Partial<Context> & { stdinTTY?: boolean } = {}) => {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = Object.assign(new PassThrough(), { isTTY: overrides.stdinTTY ?? false });
  const ctx: Context = { stdout, stderr, stdin, env: { LANG: 'C' }, loadCatalog: builtinCatalog, ...overrides };
  return { ctx, stdout, stderr, stdin };
};
