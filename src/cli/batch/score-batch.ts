import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { BatchReader } from '../../core/batch/reader.js';
import { inputFromPath } from '../../core/batch/rows.js';
import { prepareBatch } from '../../core/batch/score.js';
import { CareerfitError, usageError } from '../../core/errors.js';
import type { Context } from '../context.js';
import type { AssessOptions } from '../options.js';
import { openOutput } from '../output/files.js';
import { filterRoles } from '../input/filter-roles.js';
import { fsError } from '../words/fs-error.js';
import { localUsage } from '../words/error-messages.js';
import { sanitize } from '../output/sanitize.js';
import { loadCatalogWith } from '../input/user-catalog.js';
import { openInput } from '../input/read-text.js';

/**
 * `careerfit assess --batch FILE|-`: one person a row in (JSON Lines or CSV), one result a row
 * out, in input order. It streams: a chunk of input is read, its rows scored, their lines written
 * (waiting while the reader is behind), so memory stays flat however long the file. A bad row is
 * reported on standard error and skipped; the exit status says whether any was.
 */

type Out = Context['stdout'];

interface Sink {
  /** The reader went away (`| head`): stop. */
  readonly closed: boolean;
  /** Called once when the reader goes away. */
  onClose(callback: () => void): void;
  push(text: string): void;
  flush(): Promise<void>;
  /** All rows are written: make the output whole. */
  finish(): Promise<void>;
  /** The run failed: keep what a stream has had, leave no file behind. */
  abort(): Promise<void>;
}

const BLOCK = 256 * 1024;

/**
 * Output lines, encoded as they come into blocks of bytes: cheaper than joining 100,000 strings and
 * encoding the result (V8 would first flatten the joined string, piece by piece).
 */
class Blocks {
  private block = Buffer.allocUnsafe(BLOCK);
  private used = 0;
  private full: Buffer[] = [];

  push(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    if (this.used + text.length * 3 > BLOCK) this.seal();
    if (text.length * 3 > BLOCK) this.full.push(Buffer.from(text));
    else this.used += this.block.write(text, this.used);
  }

  /** Everything pushed so far, as one piece of bytes (empty when nothing was). */
  take(): Buffer {
    this.seal();
    const bytes = this.full.length === 1 ? this.full[0]! : Buffer.concat(this.full);
    this.full = [];
    return bytes;
  }

  private seal(): void {
    if (this.used === 0) return;
    this.full.push(this.block.subarray(0, this.used));
    this.block = Buffer.allocUnsafe(BLOCK);
    this.used = 0;
  }
}

/** Standard output: written as it comes, waiting for 'drain' when the reader is behind. */
const streamSink = (stream: Out): Sink => {
  const buffer = new Blocks();
  let closed = false;
  let wake: (() => void) | undefined;
  let stop: (() => void) | undefined;
  const onDrain = () => wake?.();
  const onClose = () => {
    if (closed) return;
    closed = true;
    wake?.();
    stop?.();
  };
  stream.on('drain', onDrain);
  stream.on('close', onClose);
  stream.on('error', onClose);
  const flush = async () => {
    const bytes = buffer.take();
    if (bytes.length === 0 || closed) return;
    if (stream.write(bytes) || closed) return;
    await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
  };
  const done = async () => {
    await flush();
    stream.off('drain', onDrain);
    stream.off('close', onClose);
    stream.off('error', onClose);
  };
  return {
    get closed() {
      return closed;
    },
    onClose: (callback) => (stop = callback),
    push: (text) => buffer.push(text),
    flush,
    finish: done,
    abort: done,
  };
};

/** --output: written as openOutput writes (a regular file is replaced only once every row is in). */
const fileSink = async (path: string): Promise<Sink> => {
  const out = await openOutput(path);
  const buffer = new Blocks();
  const flush = async () => {
    const bytes = buffer.take();
    if (bytes.length) await out.write(bytes);
  };
  return {
    closed: false,
    onClose: () => undefined,
    push: (text) => buffer.push(text),
    flush,
    finish: async () => {
      await flush();
      await out.commit();
    },
    abort: () => out.abort(),
  };
};

/** Checks the input is there before anything is written; how messages name it. */
const checkInput = async (path: string): Promise<string> => {
  if (path === '-') return '<stdin>';
  try {
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  } catch (error) {
    throw fsError(path, error, 'read');
  }
  return path;
};

/**
 * JSON Lines unless --format says csv; text and Markdown have no one-line-per-person form. HTML
 * pages are made from JSON Lines (batch/html-pages.ts).
 */
const outputFormat = (options: AssessOptions): 'json' | 'csv' => {
  if (!options.formatGiven || options.format === 'json' || options.format === 'html') return 'json';
  if (options.format === 'csv') return 'csv';
  throw usageError(`--format ${options.format} does not go with --batch: use json (JSON Lines, the default), csv, or html with --output DIR`);
};

/** Reads the input chunk by chunk into the reader (bytes: it finds the lines and their text), writing each chunk's lines before the next is read. */
const pump = async (stream: NodeJS.ReadableStream, name: string, reader: BatchReader, sink: Sink): Promise<void> => {
  // The reader has gone (`| head`): stop reading, even while the input is waiting; nothing is wrong.
  sink.onClose(() => (stream as Partial<Readable>).destroy?.());
  try {
    for await (const chunk of stream) {
      reader.write(chunk as Buffer | string);
      // Whatever the input waits for (a slow pipe, a person typing), the rows so far are out.
      await sink.flush();
      if (sink.closed) return;
    }
  } catch (error) {
    if (sink.closed) return;
    throw fsError(name, error, 'read');
  }
  if (sink.closed) return;
  reader.end();
};

export const scoreBatch = async (options: AssessOptions, ctx: Context): Promise<void> => {
  const path = options.batch!;
  if (options.answers !== undefined || options.traits.length > 0 || options.code !== undefined) {
    throw usageError('--batch reads every answer from its file; it cannot be combined with --answers, --trait or --code');
  }
  const format = outputFormat(options);
  if (format === 'csv' && options.minBand) throw usageError('--min-band does not go with --format csv, which has a column for every role');
  if (format !== 'csv' && options.titles) throw localUsage('titlesWithoutCsv');
  const catalog = await loadCatalogWith(ctx, options.profiles);
  // --only and --exclude as for one report (filterRoles reads nothing else).
  const selected = filterRoles(catalog, options);
  const { roles } = selected;
  const batch = prepareBatch(catalog, roles, options.lang, { minBand: options.minBand, idColumn: options.idColumn, titles: options.titles });
  const name = await checkInput(path);
  const sink =
    options.format === 'html'
      ? await (await import('./html-pages.js')).htmlBatchSink(catalog, selected, options, (await import('../render/html.js')).reportDate(ctx.env))
      : options.output
        ? await fileSink(options.output)
        : streamSink(ctx.stdout);
  const strict = options.strict ?? false;
  const skipped: number[] = [];
  const reader = new BatchReader(
    batch,
    name,
    format,
    {
      line: sink.push,
      bad: (line, error) => {
        const message = `${name}:${line}: ${error.field}: ${error.message}`;
        if (strict) throw usageError(message);
        skipped.push(line);
        // Messages quote the file (a key, a value), which must not reach the terminal as escapes.
        ctx.stderr.write(`careerfit: ${sanitize(message)}\n`);
      },
      note: (text) => ctx.stderr.write(`careerfit: ${sanitize(text)}\n`),
    },
    path === '-' ? undefined : inputFromPath(path),
  );
  try {
    await pump(path === '-' ? ctx.stdin : await openInput(path).catch((error: unknown) => Promise.reject(fsError(path, error, 'read'))), name, reader, sink);
    await sink.finish();
  } catch (error) {
    await sink.abort();
    throw error;
  }
  // The reader went away (`| head`): nothing more to say.
  if (sink.closed) return;
  const summary = batchSummary(reader, skipped);
  if (skipped.length > 0) throw new CareerfitError('runtime', summary);
  ctx.stderr.write(`careerfit: ${summary}\n`);
};

/** Line numbers of skipped rows the closing line lists; the messages above name every one. */
const LISTED = 10;

/** The closing line: rows scored and skipped (where), and how many have no fit or unreliable answers. */
const batchSummary = (reader: Pick<BatchReader, 'rows' | 'scored' | 'noFit' | 'unreliable'>, skipped: readonly number[]): string => {
  const lines = skipped.length ? ` (line${skipped.length > 1 ? 's' : ''} ${skipped.slice(0, LISTED).join(', ')}${skipped.length > LISTED ? ', …' : ''})` : '';
  return (
    `${reader.scored} of ${reader.rows} rows scored, ${skipped.length} skipped${lines}; ` +
    `${reader.noFit} with no role that fits, ${reader.unreliable} with answers that cannot be scored reliably`
  );
};
