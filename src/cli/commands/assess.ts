import { NO_ANSWERS, type AnswerSet } from '../../core/answers.js';
import type { BandId } from '../../core/bands.js';
import { selectRoles } from '../../core/catalog.js';
import { allItems } from '../../core/items.js';
import { usageError } from '../../core/errors.js';
import { buildReport, type Report } from '../../core/report.js';
import { decodeCode } from '../../core/result-code.js';
import { unknownMessage } from '../../core/suggest.js';
import { reportView } from '../../core/views/report.js';
import type { Lang } from '../../core/text.js';
import type { Catalog } from '../../core/types.js';
import type { Context } from '../context.js';
import { chalkFor, emit } from '../emit.js';
import { toJson, type ReportFormat } from '../render/formats.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import { parseTraitFlags } from '../trait-flags.js';
import { loadCatalogWith } from '../user-catalog.js';

/** Options shared by `assess` and the quiz: how to show the report and which roles to list. */
export interface ReportOptions {
  readonly format: ReportFormat;
  readonly lang: Lang;
  readonly top: number;
  readonly output?: string;
  readonly color?: boolean;
  readonly profiles?: readonly string[];
  readonly only?: readonly string[];
  readonly exclude?: readonly string[];
  readonly minBand?: BandId;
}

export interface AssessOptions extends Omit<ReportOptions, 'format'> {
  /** `csv` only with --batch. */
  readonly format: ReportFormat | 'csv';
  /** Whether --format was given (with --batch, JSON Lines is the default, not text). */
  readonly formatGiven?: boolean;
  readonly answers?: string;
  readonly traits: readonly string[];
  readonly code?: string;
  /** A file of many people, one a row (src/cli/commands/batch.ts). */
  readonly batch?: string;
  /** With --batch: stop at the first bad row. */
  readonly strict?: boolean;
}

const RENDERERS: Readonly<Record<ReportFormat, (report: Report, ctx: Context, options: ReportOptions) => string | Promise<string>>> = {
  text: async (report, ctx, o) => renderText(reportView(report, o), { chalk: await chalkFor(ctx, o.color, o.output) }),
  markdown: (report, _ctx, o) => renderMarkdown(reportView(report, o)),
  json: (report) => toJson(report),
  // Loaded only when asked for: the page's stylesheet and markup are no cost to the other formats.
  html: async (report, ctx, o) => {
    const { renderHtml, reportDate } = await import('../render/html.js');
    return renderHtml(reportView(report, o), { date: reportDate(ctx.env) });
  },
};

/** --only and --exclude, with unknown ids refused (and the closest id suggested). */
export const filterRoles = (catalog: Catalog, options: ReportOptions): Catalog => {
  const ids = catalog.roles.map((r) => r.id);
  for (const [flag, list] of [['--only', options.only ?? []], ['--exclude', options.exclude ?? []]] as const) {
    for (const id of list) if (!ids.includes(id)) throw usageError(`${flag} ${id}: ${unknownMessage('role', id, ids)}`);
  }
  const selected = selectRoles(catalog, options.only ?? [], options.exclude ?? []);
  if (selected.roles.length === 0) throw usageError('--only and --exclude leave no role to rank');
  return selected;
};

/** Builds, renders and sends the report: the one path shared by `assess` and the quiz. */
export const emitReport = async (catalog: Catalog, set: AnswerSet, options: ReportOptions, ctx: Context): Promise<Report> => {
  const report = buildReport(filterRoles(catalog, options), set, options.lang, { minBand: options.minBand });
  await emit(ctx, await RENDERERS[options.format](report, ctx, options), options.output);
  return report;
};

/** The answers to assess: a result code, or an answer file with --trait flags on top. */
const answerSet = async (options: AssessOptions, catalog: Catalog, ctx: Context): Promise<AnswerSet> => {
  const flags = parseTraitFlags(options.traits);
  if (options.code !== undefined) {
    if (options.answers || options.traits.length) throw usageError('--code holds all the answers; it cannot be combined with --answers or --trait');
    return decodeCode(catalog, options.code);
  }
  // The YAML parser and the schema library load only when there is a file to read.
  const file = options.answers
    ? await (await import('../answers-file.js')).loadAnswersFile(options.answers, ctx.stdin, allItems(catalog))
    : NO_ANSWERS;
  return { answers: file.answers, traits: { ...file.traits, ...flags } };
};

export const assessCommand = async (options: AssessOptions, ctx: Context): Promise<void> => {
  if (options.batch !== undefined) return (await import('./batch.js')).batchCommand(options, ctx);
  if (options.strict) throw usageError('--strict goes with --batch');
  const { format } = options;
  if (format === 'csv') throw usageError('--format csv goes with --batch; a single report is text, json, markdown or html');
  const catalog = await loadCatalogWith(ctx, options.profiles);
  const set = await answerSet(options, catalog, ctx);
  await emitReport(catalog, set, { ...options, format }, ctx);
};
