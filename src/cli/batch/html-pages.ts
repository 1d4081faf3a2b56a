import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CareerfitError, usageError } from '../../core/errors.js';
import { buildReport } from '../../core/report.js';
import { decodeCode } from '../../core/result-code.js';
import type { Catalog } from '../../core/types.js';
import type { BandId } from '../../core/bands.js';
import type { Lang } from '../../core/text.js';
import { htmlPageView } from '../../core/views/html-page.js';
import { reportView } from '../../core/views/report.js';
import { writeFileAtomic } from '../output/files.js';
import { bestFit, type BatchResult } from '../../core/batch/score.js';
import { classIndexView, type ClassEntry } from '../../core/views/class-index.js';
import { renderClassIndex } from '../render/class-index.js';
import { renderHtml } from '../render/html.js';

/**
 * `assess --batch FILE --format html --output DIR`: one full HTML report per person, in DIR. The
 * batch reader scores the rows as usual (JSON Lines, compact); each line's result code carries the
 * person's answers, from which the full report is built again: one report per person is the
 * engine's ordinary path, and a page costs far more to lay out than to score. Once every row is in,
 * DIR/index.html shows the class as a whole and links to each page.
 */

export interface HtmlBatchOptions {
  readonly output?: string;
  readonly lang: Lang;
  readonly top: number;
  readonly minBand?: BandId;
}

/** The class index's stem: DIR/index.html. */
const INDEX = 'index';

/** Longest file-name stem taken from an id (the rest of the id is dropped). */
const MAX_STEM = 80;

/** Names Windows keeps for devices, whatever the extension (`CON.html` is the console). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/**
 * Marks a name careerfit made rather than took from an id: `~` is never kept from an id (see
 * fileStem), so `siti~2` or `CON~` can never be another person's real id.
 */
const MADE = '~';

/**
 * A person's id as a file name: letters, digits, `.`, `_` and `-` kept, any other run of
 * characters a `-`; never empty, hidden or a path, and never a name Windows reserves (`CON~`).
 * Names are unique within a run, ignoring case (some file systems do): a later `siti` becomes
 * `siti~2`, a form no real id takes, so the page of a person whose id really is `siti-2` is never
 * someone else's.
 */
export const fileStem = (id: string, taken: Set<string>): string => {
  const kept =
    id
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, MAX_STEM) || 'person';
  const base = RESERVED.test(kept) ? `${kept}${MADE}` : kept;
  let stem = base;
  for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${base}${MADE}${n}`;
  taken.add(stem.toLowerCase());
  return stem;
};

const folderError = (dir: string, error: unknown): CareerfitError => {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  if (code === 'ENOTDIR' || code === 'EEXIST') return usageError(`${dir}: is not a folder`);
  return new CareerfitError('runtime', `${dir}: cannot create the folder (${code})`, { cause: error });
};

/**
 * Where the batch reader's lines go with --format html: each line (a person's compact result) is
 * turned into that person's page and written to DIR/<id>.html. Shaped as batch.ts's sinks.
 */
export const htmlBatchSink = async (catalog: Catalog, ranking: Catalog, options: HtmlBatchOptions, date: Date) => {
  const dir = options.output;
  if (!dir) throw usageError('--format html with --batch writes one page per person: name a folder with --output DIR');
  try {
    // A new folder of reports is private, as each report in it is.
    await mkdir(dir, { recursive: true, mode: 0o700 });
    if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    throw folderError(dir, error);
  }
  // The class index is index.html: no student's page takes that name.
  const taken = new Set<string>([INDEX]);
  const entries: ClassEntry[] = [];
  let lines: string[] = [];
  const flush = async (): Promise<void> => {
    const batch = lines;
    lines = [];
    for (const line of batch) {
      const result = JSON.parse(line) as BatchResult;
      const id = String(result.id);
      const report = buildReport(ranking, decodeCode(catalog, result.code), options.lang, { minBand: options.minBand });
      const file = `${fileStem(id, taken)}.html`;
      await writeFileAtomic(join(dir, file), renderHtml(htmlPageView(reportView(report, { top: options.top }), date, id)));
      const top = bestFit(result);
      entries.push({ id, file, ...(top ? { top } : {}), close: result.close, fit: result.fit, reliable: result.reliable, quality: result.quality });
    }
  };
  return {
    closed: false,
    onClose: (): void => undefined,
    push: (text: string): void => void lines.push(text),
    flush,
    finish: async (): Promise<void> => {
      await flush();
      await writeFileAtomic(join(dir, `${INDEX}.html`), renderClassIndex(classIndexView(ranking.roles, entries, options.lang, date)));
    },
    /** Pages already written are whole (each written atomically); they stay. */
    abort: async (): Promise<void> => undefined,
  };
};
