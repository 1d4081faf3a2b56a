import { constants, createReadStream, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { usageError } from '../../core/errors.js';
import { fsError } from '../words/fs-error.js';

/**
 * Where `-` reads from: anything with a `stdin`, such as the run's Context. Passed whole, not as
 * the stream, because Node sets standard input up on first access (~2 ms), and only `-` needs it.
 */
export type StdinSource = { readonly stdin: NodeJS.ReadableStream };

export interface Source {
  /** How messages name it: the path as given, or `<stdin>`. */
  readonly name: string;
  readonly text: string;
}

export const MAX_INPUT_BYTES = 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

const tooLarge = (name: string, maxBytes: number) => usageError(`${name}: file is larger than ${maxBytes / 1024} KiB`);

/** Bytes → text, refusing what is plainly not a text file (so YAML never sees it). */
export const decode = (name: string, bytes: Uint8Array, maxBytes = MAX_INPUT_BYTES): Source => {
  if (bytes.byteLength > maxBytes) throw tooLarge(name, maxBytes);
  if (bytes.includes(0)) throw usageError(`${name}: looks like a binary file, expected YAML or JSON text`);
  try {
    // The decoder drops a leading byte-order mark, which editors on Windows like to add.
    return { name, text: decoder.decode(bytes) };
  } catch {
    throw usageError(`${name}: is not valid UTF-8 text`);
  }
};

/**
 * A stream over a file that is not a regular one. A named pipe is opened without blocking and read
 * through the event loop: opened the ordinary way, it would wait for a writer inside Node's
 * thread pool, and a process cannot exit while one of those threads waits, so Ctrl-C and SIGTERM
 * would not end it. Read this way it still waits for a writer (Linux reports the end of a pipe
 * only once a writer has come and gone), and a signal ends the wait.
 */
export const openInput = async (path: string, info: Stats = statSync(path)): Promise<NodeJS.ReadableStream> => {
  if (!info.isFIFO()) return createReadStream(path);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const { Socket } = await import('node:net');
  return new Socket({ fd, readable: true, writable: false });
};

/** Reads a stream up to one byte past the limit, so a huge or endless input (`/dev/zero`) stops early. */
const readCapped = async (stdin: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.byteLength;
    // Stop reading early: a huge pipe should not be buffered just to be rejected.
    if (size > maxBytes) break;
    chunks.push(buffer);
  }
  return size > maxBytes ? new Uint8Array(size) : Buffer.concat(chunks);
};

/**
 * Reads a text file, or standard input for `-`, with one clear message for each way it can fail.
 * A file is read synchronously: it is at most 1 MiB and nothing else runs meanwhile, and
 * node:fs/promises would add ~4 ms to the start-up of every command that reads one (Node 24).
 */
export const readText = async (path: string, input: StdinSource, maxBytes = MAX_INPUT_BYTES): Promise<Source> => {
  if (path === '-') return decode('<stdin>', await readCapped(input.stdin, maxBytes), maxBytes);
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.size > maxBytes) throw tooLarge(path, maxBytes);
    // Devices and pipes report size 0 whatever they hold; read them as a capped stream.
    if (!info.isFile()) return decode(path, await readCapped(await openInput(path, info), maxBytes), maxBytes);
    return decode(path, readFileSync(path), maxBytes);
  } catch (error) {
    throw fsError(path, error, 'read');
  }
};
