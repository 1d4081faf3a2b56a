import type { Ask } from '../core/quiz.js';
import type { Catalog } from '../core/types.js';

type Out = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/** Everything a command touches outside itself, so tests can hand in their own. */
export interface Context {
  readonly stdout: Out;
  readonly stderr: Out;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly loadCatalog: () => Promise<Catalog>;
  /** Asks one quiz question; tests pass their own instead of the terminal prompt. */
  readonly ask?: Ask;
}
