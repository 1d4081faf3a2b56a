import type { ChalkInstance } from 'chalk';
import { bandById, type BandId } from '../../core/bands.js';
import { BUILT_IN } from '../../core/catalog.js';
import { MESSAGES } from '../../core/messages.js';
import type { Report, ReportReason, ReportResult } from '../../core/report.js';
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
const TITLE_WIDTH = 37;

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
  const origin = r.origin === BUILT_IN ? '' : c.dim(` (${m.from(sanitize(r.origin))})`);
  const label = bandById(r.band).label[report.lang];
  w.push('', c.bold(`${r.rank}. ${sanitize(r.title)}`) + kind + ` — ${BAND_STYLE[r.band](c)(`${r.score}/100, ${label}`)}` + origin);
  w.para(r.summary);
  for (const limit of r.limits) w.item('!', c.yellow, limit.message);
  if (r.reasons.length) {
    w.heading(m.headings.why);
    w.para(c.dim(m.whyNote), '     ');
    for (const x of r.reasons) w.item(x.effect === '+' ? '+' : '−', x.effect === '+' ? c.green : c.red, reasonLine(x));
  }
  if (r.fit) {
    w.heading(m.headings.fit);
    w.para(r.fit, '     ');
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

/** "Empathy 4.5 — 1.2 above (+6)": above or below the average the "Why" note names. */
export const reasonLine = (x: ReportReason): string => `${sanitize(x.label)} ${x.message} (${x.points > 0 ? '+' : '−'}${Math.abs(x.points)})`;

/** For the roles shown in detail: which groups to join and why, then how to join each group once. */
const nextSteps = (w: TextWriter, shown: readonly ReportResult[], report: Report): void => {
  const m = MESSAGES[report.lang];
  const used = new Set(shown.flatMap((r) => r.groups.map((g) => g.group)));
  if (used.size === 0) return;
  w.push('', w.c.bold(m.headings.nextSteps));
  for (const r of shown.filter((x) => x.groups.length)) {
    w.para(m.joinGroups(r.title));
    for (const g of r.groups) w.item('•', w.c.cyan, `${g.name}: ${g.why}`);
  }
  w.heading(m.headings.howToJoin);
  for (const [i, group] of report.groups.filter((g) => used.has(g.id)).entries()) {
    if (i > 0) w.push('');
    w.para(`${group.name}:`, '     ');
    group.join.forEach((step, i) => w.item(`${i + 1}.`, w.c.dim, step));
  }
};

export const renderText = (report: Report, { chalk: c, top, width = 80 }: TextOptions): string => {
  const m = MESSAGES[report.lang];
  const w = new TextWriter(c, width);
  w.push(c.bold('careerfit'), '');
  w.para(report.verdict, '');
  if (report.quality.notes.length) {
    w.push('', c.bold(m.quality.heading));
    for (const note of report.quality.notes) w.item('!', c.yellow, note.message);
  }
  w.push('', c.bold(m.headings.ranking), ...report.results.map((r) => row(r, report, c)));
  if (report.results.length === 0) w.push(`   ${c.dim(m.noneShown(''))}`);
  if (report.closeNote) {
    w.push('');
    w.item('≈', c.cyan, report.closeNote.message);
    for (const line of report.closeNote.separators) w.item('•', c.dim, line);
  }
  const shown = report.results.slice(0, top);
  for (const r of shown) details(w, r, report);
  nextSteps(w, shown, report);
  if (report.results.length > top) w.push('', c.dim(m.moreDetail));
  w.push('');
  w.para(m.code(report.code), '');
  return w.toString();
};
