import type { ReportView } from '../../core/views/report.js';
import type { TextStyle } from '../output/display.js';
import { compactRows } from './ranking.js';
import { TextWriter } from './text-writer.js';

/**
 * The report on one screen, with room for a menu below it: the ranking with each role's id, the
 * close call, #1's top reasons, the result code, then the verdict and, when given, one line on how
 * to see or keep the full report. The verdict comes last, right above the menu or the prompt, so
 * it is on the screen however narrow or short the terminal (at 60×24 the ranking's titles wrap and
 * its first lines scroll away). Made from the same view as the full report, so it says nothing
 * the report does not.
 */
export const renderSummary = (view: ReportView, style: TextStyle, hint?: string): string => {
  const { data: report, labels: l, summary } = view;
  const { c } = style;
  const w = TextWriter.for(style);
  if (view.results.length) w.push(...compactRows(view.results, style));
  else w.para(l.noneShown, '   ', c.dim);
  // Flush left like the rest of the summary, the marker hanging.
  if (report.closeNote) w.hanging(`≈ ${report.closeNote.message}`, '  ', c.cyan);
  if (summary.reasons.length) w.para(`${summary.why}: ${summary.reasons.join(', ')}`, '');
  w.para(`${l.code}: ${report.code}`, '');
  w.push('');
  w.para(summary.verdict, '', c.bold);
  if (hint) w.para(hint, '', c.dim);
  return w.toString();
};
