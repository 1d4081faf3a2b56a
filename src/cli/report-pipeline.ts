import type { AnswerSet } from '../core/answers.js';
import { buildReport, type Report } from '../core/report.js';
import type { Catalog } from '../core/types.js';
import { reportView, type ReportView } from '../core/views/report.js';
import type { Context } from './context.js';
import { emit, type Renderers } from './emit.js';
import { filterRoles } from './filter-roles.js';
import type { ReportOptions } from './options.js';
import type { ReportFormat } from './render/formats.js';
import { REPORT_RENDERERS } from './render/report.js';

/** The report's renderers for this run: the HTML page is dated, and loaded only when asked for. */
const renderers = (ctx: Context): Renderers<ReportView, ReportFormat> => ({
  ...REPORT_RENDERERS,
  html: async (view) => {
    const { renderHtml, reportDate } = await import('./render/html.js');
    return renderHtml(view, { date: reportDate(ctx.env) });
  },
});

/** Builds, renders and sends the report: the one path shared by `assess` and the quiz. */
export const emitReport = async (catalog: Catalog, set: AnswerSet, options: ReportOptions, ctx: Context): Promise<Report> => {
  const report = buildReport(filterRoles(catalog, options), set, options.lang, { minBand: options.minBand });
  await emit(ctx, reportView(report, options), renderers(ctx), options);
  return report;
};
