import type { Ask } from '../core/quiz.js';
import type { Catalog } from '../core/types.js';

type Out = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/**
 * Where a command's output goes: what commands use of a stream, so standard output can be the
 * cheaper direct writer of stdout.ts. Listeners: 'drain' after a write returned false, 'close'
 * when nothing more can be written (the reader went away).
 */
export interface Output extends Pick<NodeJS.EventEmitter, 'on' | 'off'> {
  write(chunk: string | Uint8Array): boolean;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything a command touches outside itself, so tests can hand in their own. */
export interface Context {
  readonly stdout: Output;
  readonly stderr: Out;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly loadCatalog: () => Promise<Catalog>;
  /** Asks one quiz question; tests pass their own instead of the terminal prompt. */
  readonly ask?: Ask;
}
