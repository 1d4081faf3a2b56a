import { EventEmitter } from 'node:events';
import { fstatSync, writeSync } from 'node:fs';
import type { Output } from '../context.js';

/**
 * Standard output, written to file descriptor 1 directly when that is a pipe, a socket or a file.
 * Node's process.stdout loads the stream and net modules the first time it is touched (~3 ms on a
 * pipe: as much as scoring a whole report), and only a character device can be a terminal, so
 * nothing is lost. A write takes its turn: the process waits while a slow reader catches up, as
 * process.stdout does on a pipe on Linux anyway.
 *
 * If the reader made the pipe non-blocking and it is full (EAGAIN), process.stdout takes over,
 * from the first unwritten byte, and everything after goes through it, in order.
 */
class DirectOutput extends EventEmitter implements Output {
  readonly isTTY = false;
  #stream: NodeJS.WriteStream | undefined;
  #closed = false;

  constructor(private readonly onEnd: (code: string) => void) {
    super();
  }

  write(chunk: string | Uint8Array): boolean {
    if (this.#closed) return false;
    if (this.#stream) return this.#stream.write(chunk);
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    try {
      // A pipe may take part of a large write; the rest follows.
      while (bytes.byteLength > 0) bytes = bytes.subarray(writeSync(1, bytes));
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      if (code === 'EAGAIN') return this.#handOver().write(bytes);
      this.close(code);
      return false;
    }
  }

  /** Ends the output for good; 'close' tells a producer (the batch scorer) to stop. */
  close(code: string): void {
    if (this.#closed) return;
    this.#closed = true;
    this.onEnd(code);
    this.emit('close');
  }

  #handOver(): NodeJS.WriteStream {
    const stream = watched(process.stdout, (code) => this.close(code));
    stream.on('drain', () => this.emit('drain'));
    this.#stream = stream;
    return stream;
  }
}

/** process.stdout, with its asynchronous errors sent to `end`. */
const watched = (stream: NodeJS.WriteStream, end: (code: string) => void): NodeJS.WriteStream =>
  stream.on('error', (error: NodeJS.ErrnoException) => end(error.code ?? error.message));

/** A pipe, a socket or a file: not a character device, which a terminal (or /dev/null) is. */
const isNeverTerminal = (): boolean => {
  try {
    return !fstatSync(1).isCharacterDevice();
  } catch {
    // Closed (`careerfit >&-`): process.stdout knows how to stand in for it.
    return false;
  }
};

/**
 * Standard output for a run. It ends the same way whichever way it writes: a reader that went
 * away (EPIPE: `careerfit … | head`) stops the output quietly; any other failure (ENOSPC from
 * `> /dev/full`) is passed to `failed` once, with its error code, and nothing more is written.
 */
export const standardOutput = (failed: (code: string) => void): Output => {
  let ended = false;
  const end = (code: string) => {
    if (ended) return;
    ended = true;
    if (code !== 'EPIPE') failed(code);
  };
  return isNeverTerminal() ? new DirectOutput(end) : watched(process.stdout, end);
};
