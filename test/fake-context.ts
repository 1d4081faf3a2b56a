import { PassThrough } from 'node:stream';
import { loadCatalogDir } from '../src/cli/input/catalog-dir.js';
import type { Context } from '../src/cli/context.js';
import { run } from '../src/cli/run.js';
import type { Catalog } from '../src/core/types.js';
import { stateHome } from './state-home.js';

/** A writable that keeps what was written, for asserting on a command's stdout and stderr. */
export class Capture extends PassThrough {
  text = '';
  isTTY = false;
  constructor() {
    super();
    this.setEncoding('utf8');
    this.on('data', (chunk: string) => (this.text += chunk));
  }

  /**
   * Never ends, as process.stdout and process.stderr never do: a prompt pipes its output into the
   * stream and ends that pipe when it is answered, and the quiz writes on after it.
   */
  override end(..._args: unknown[]): this {
    return this;
  }
}

let catalog: Promise<Catalog> | undefined;
/** The real built-in data, loaded once per test file. */
export const builtinCatalog = () => (catalog ??= loadCatalogDir('data', process));

export const fakeContext = (overrides: Partial<Context> & { stdinTTY?: boolean } = {}) => {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = Object.assign(new PassThrough(), { isTTY: overrides.stdinTTY ?? false });
  const ctx: Context = { stdout, stderr, stdin, env: { LANG: 'C', XDG_STATE_HOME: stateHome(), XDG_CACHE_HOME: stateHome() }, loadCatalog: builtinCatalog, ...overrides };
  return { ctx, stdout, stderr, stdin };
};

/** What a run of careerfit left: its exit status and everything it wrote. */
export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs careerfit in this process, through the same `run` that bin/careerfit.js calls, with the
 * built-in data read from data/: for everything but what only a real process shows (the
 * `--version` fast path, pipes, signals, terminals, memory and time limits; see test/e2e/).
 * Standard input holds `input` and is then closed; the environment is a clean one plus `env`.
 */
export const runInProcess = async (
  args: readonly string[],
  options: { input?: string | Uint8Array; env?: NodeJS.ProcessEnv; loadCatalog?: Context['loadCatalog'] } = {},
): Promise<RunResult> => {
  const { ctx, stdout, stderr, stdin } = fakeContext({
    env: { LANG: 'C', XDG_STATE_HOME: stateHome(), XDG_CACHE_HOME: stateHome(), ...options.env },
    ...(options.loadCatalog ? { loadCatalog: options.loadCatalog } : {}),
  });
  stdin.end(options.input ?? '');
  const status = await run(['node', 'careerfit', ...args], ctx);
  return { status, stdout: stdout.text, stderr: stderr.text };
};
