import type { ChalkInstance } from 'chalk';
import { bandById, type BandId } from '../../core/bands.js';
import { MESSAGES } from '../../core/messages.js';
import type { Report, ReportResult } from '../../core/report.js';
import { sanitize } from '../sanitize.js';
import { fit } from '../wrap.js';
import { TextWriter } from './text-writer.js';

export interface TextOptions {
  readonly chalk: ChalkInstance;
  /** How many roles get full details; the rest get one line each. */
  readonly top: number;
  readonly width?: number;
}

const BAR_WIDTH = 16;
const TITLE_WIDTH = 34;

export const BAND_STYLE: Readonly<Record<BandId, (c: ChalkInstance) => ChalkInstance>> = {
  strong: (c) => c.green.bold,
  good: (c) => c.green,
  partial: (c) => c.yellow,
  weak: (c) => c.red,
};

const bar = (score: number): string => {
  const filled = Math.round((score / 100) * BAR_WIDTH);
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
};

/** One ranking row: rank, title, bar, score, band — 80 columns at most. */
const row = (r: ReportResult, report: Report, c: ChalkInstance): string => {
  const style = BAND_STYLE[r.band](c);
  const label = bandById(r.band).label[report.lang];
  const rank = `${r.rank}.`.padStart(3);
  return `  ${rank} ${fit(sanitize(r.title), TITLE_WIDTH)} ${style(bar(r.score))} ${String(r.score).padStart(3)}  ${style(label)}`;
};

const details = (w: TextWriter, r: ReportResult, report: Report): void => {
  const { c } = w;
  const m = MESSAGES[report.lang];
  const kind = r.kind === 'contrast' ? c.dim(` (${m.contrast})`) : '';
  const label = bandById(r.band).label[report.lang];
  w.push('', c.bold(`${r.rank}. ${sanitize(r.title)}`) + kind + ` — ${BAND_STYLE[r.band](c)(`${r.score}/100, ${label}`)}`);
  w.para(r.summary);
  if (r.reasons.length) {
    w.heading(m.headings.why);
    for (const x of r.reasons) {
      const sign = x.effect === '+' ? c.green('+') : c.red('−');
      w.push(`     ${sign} ${sanitize(x.label)}: ${x.answer} (${m.ideal} ${x.ideal})`);
    }
  }
  w.heading(m.headings.warnings);
  if (!r.warnings.length) w.push(`     ${c.dim(m.noWarnings)}`);
  for (const x of r.warnings) w.item('!', c.yellow, x.message);
  if (r.notes.length) {
    w.heading(m.headings.notes);
    for (const x of r.notes) w.item('•', c.cyan, x.message);
  }
  w.content(r, m);
};

export const renderText = (report: Report, { chalk: c, top, width = 80 }: TextOptions): string => {
  const m = MESSAGES[report.lang];
  const w = new TextWriter(c, width);
  w.push(c.bold('careerfit'), '');
  w.para(report.verdict, '');
  w.push('', c.bold(m.headings.ranking), ...report.results.map((r) => row(r, report, c)));
  for (const r of report.results.slice(0, top)) details(w, r, report);
  if (report.results.length > top) w.push('', c.dim(m.moreDetail));
  return w.toString();
};
