import type { AnswerSet } from '../../core/answers.js';
import { buildReport, type Report } from '../../core/report.js';
import type { Catalog } from '../../core/types.js';
import { reportView, type ReportView } from '../../core/views/report.js';
import type { Context } from '../context.js';
import { CLI_MESSAGES } from '../words/messages.js';
import { render, send, textStyle, type OutputOptions, type Renderers } from './emit.js';
import { filterRoles } from '../input/filter-roles.js';
import { inCharset, type TextStyle } from './display.js';
import { commandPrefix } from '../words/invocation.js';
import type { ReportOptions } from '../options.js';
import { page, pagerCommand } from './pager.js';
import type { ReportFormat } from '../render/formats.js';
import { REPORT_RENDERERS } from '../render/report.js';
import { renderSummary } from '../render/summary.js';

/** The report's renderers for this run: the HTML page is dated, and it and its words are loaded only when asked for. */
const renderers = (ctx: Context): Renderers<ReportView, ReportFormat> => ({
  ...REPORT_RENDERERS,
  html: async (view) => {
    const [{ renderHtml, reportDate }, { htmlPageView }] = await Promise.all([import('../render/html.js'), import('../../core/views/html-page.js')]);
    return renderHtml(htmlPageView(view, reportDate(ctx.env)));
  },
});

/** How the report is shown: the report options, and for a terminal whether to page it. */
export type ShowOptions = ReportOptions & Omit<OutputOptions<ReportFormat>, 'format'> & { readonly pager?: boolean };

/**
 * The report and its words, for a catalog whose roles --only and --exclude have already chosen
 * (filterRoles); suggested commands are written the way this person runs careerfit.
 */
export const buildView = (selected: Catalog, set: AnswerSet, options: ReportOptions, ctx: Context): { report: Report; view: ReportView } => {
  const report = buildReport(selected, set, options.lang, { minBand: options.minBand });
  return { report, view: reportView(report, { top: options.top, prefix: commandPrefix(ctx.env) }) };
};

/** The report as text in a format, for standard output or a file. */
export const renderReport = (ctx: Context, view: ReportView, options: Omit<ShowOptions, 'top'>): Promise<string> => render(ctx, view, renderers(ctx), options);

/**
 * The one-screen summary, for standard output; `hint` says how to see or keep the full report.
 * `given` is the style already made for standard output, when the caller has one.
 */
export const summaryText = async (ctx: Context, view: ReportView, options: Omit<ShowOptions, 'top'>, hint?: string, given?: TextStyle): Promise<string> => {
  const style = given ?? (await textStyle(ctx, { ...options, output: undefined }));
  return inCharset(renderSummary(view, style, hint), style.ascii);
};

/**
 * The full text report on the terminal: in the pager when there is one (not with --no-pager or in
 * plain mode), else printed; then the summary, so the last screen holds the verdict, the ranking
 * and the code.
 */
export const showOnTerminal = async (ctx: Context, view: ReportView, options: Omit<ShowOptions, 'top'>, hint?: string): Promise<void> => {
  // One style for the report, the rule and the summary: all three go to standard output.
  const style = await textStyle(ctx, { ...options, output: undefined });
  const full = inCharset(REPORT_RENDERERS.text(view, style), style.ascii);
  const pager = options.pager === false || style.plain ? undefined : pagerCommand(ctx.env);
  if (!pager || !(await page(full, pager, ctx.env, style.ascii))) ctx.stdout.write(full);
  // A rule marks where the summary starts under the report's last page (not in plain mode: a screen reader would read it out).
  const rule = style.plain ? '' : `${style.c.dim((style.ascii ? '-' : '─').repeat(Math.min(style.width, 40)))}\n`;
  ctx.stdout.write(`\n${rule}${await summaryText(ctx, view, options, hint, style)}`);
};

/** The report to --output (then a line on standard error says where) or to standard output. */
export const writeReport = async (ctx: Context, view: ReportView, options: Omit<ShowOptions, 'top'>): Promise<void> => {
  await send(ctx, await renderReport(ctx, view, options), options.output);
  if (options.output) ctx.stderr.write(`${CLI_MESSAGES[options.lang].written(options.output)}\n`);
};

/**
 * Builds, renders and sends the report: the one path shared by `assess` and the quiz. Text for a
 * terminal is shown in full and then summed up (showOnTerminal); anything else (a pipe, a file,
 * another format) is the report alone, as it always was.
 */
export const emitReport = async (catalog: Catalog, set: AnswerSet, options: ShowOptions, ctx: Context): Promise<Report> => {
  const { report, view } = buildView(filterRoles(catalog, options), set, options, ctx);
  if (options.format === 'text' && !options.output && ctx.stdout.isTTY) await showOnTerminal(ctx, view, options, view.summary.keep);
  else await writeReport(ctx, view, options);
  return report;
};
