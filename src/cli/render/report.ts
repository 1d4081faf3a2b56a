import type { ChalkInstance } from 'chalk';
import type { BandId } from '../../core/bands.js';
import type { ReportReason } from '../../core/report.js';
import type { ReportView, ResultView } from '../../core/views/report.js';
import type { Renderers } from '../emit.js';
import { sanitize } from '../sanitize.js';
import { fit } from '../wrap.js';
import { toJson, type Format } from './formats.js';
import { contentMarkdown, md, section } from './markdown.js';
import { TextWriter } from './text-writer.js';

// ---------------------------------------------------------------------------------------------
// Text

export interface TextOptions {
  readonly chalk: ChalkInstance;
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
const row = (r: ResultView, c: ChalkInstance): string => {
  const style = BAND_STYLE[r.band](c);
  const rank = `${r.rank}.`.padStart(3);
  return `  ${rank} ${fit(sanitize(r.title), TITLE_WIDTH)} ${style(bar(r.score))} ${String(r.score).padStart(3)}  ${style(r.bandLabel)}`;
};

const textDetails = (w: TextWriter, r: ResultView, { labels: l }: ReportView): void => {
  const { c } = w;
  const kind = r.kindLabel ? c.dim(` (${r.kindLabel})`) : '';
  const origin = r.originLabel ? c.dim(` (${sanitize(r.originLabel)})`) : '';
  w.push('', c.bold(`${r.rank}. ${sanitize(r.title)}`) + kind + ` — ${BAND_STYLE[r.band](c)(`${r.score}/100, ${r.bandLabel}`)}` + origin);
  w.para(r.summary);
  for (const limit of r.limits) w.item('!', c.yellow, limit.message);
  if (r.reasons.length) {
    w.heading(l.why);
    w.para(c.dim(l.whyNote), '     ');
    for (const x of r.reasons) w.item(x.effect === '+' ? '+' : '−', x.effect === '+' ? c.green : c.red, reasonLine(x));
  }
  if (r.fit) {
    w.heading(l.fit);
    w.para(r.fit, '     ');
  }
  w.heading(l.warnings);
  if (!r.warnings.length) w.push(`     ${c.dim(l.noWarnings)}`);
  for (const x of r.warnings) w.item('!', c.yellow, x.message);
  if (r.notes.length) {
    w.heading(l.notes);
    for (const x of r.notes) w.item('•', c.cyan, x.message);
  }
  w.content(r.content);
};

/** "Empathy 4.5 — 1.2 above (+6)": above or below the average the "Why" note names. */
export const reasonLine = (x: ReportReason): string => `${sanitize(x.label)} ${x.message} (${x.points > 0 ? '+' : '−'}${Math.abs(x.points)})`;

/** For the roles shown in detail: which groups to join and why, then how to join each group once. */
const textNextSteps = (w: TextWriter, { nextSteps: steps, labels: l }: ReportView): void => {
  if (!steps) return;
  w.push('', w.c.bold(l.nextSteps));
  for (const r of steps.roles) {
    w.para(r.heading);
    for (const g of r.groups) w.item('•', w.c.cyan, `${g.name}: ${g.why}`);
  }
  w.heading(l.howToJoin);
  for (const [i, group] of steps.groups.entries()) {
    if (i > 0) w.push('');
    w.para(`${group.name}:`, '     ');
    group.steps.forEach((step, i) => w.item(`${i + 1}.`, w.c.dim, step));
  }
};

export const renderReportText = (view: ReportView, { chalk: c, width = 80 }: TextOptions): string => {
  const { data: report, labels: l } = view;
  const w = new TextWriter(c, width);
  w.push(c.bold('careerfit'), '');
  w.para(report.verdict, '');
  if (report.quality.notes.length) {
    w.push('', c.bold(l.quality));
    for (const note of report.quality.notes) w.item('!', c.yellow, note.message);
  }
  w.push('', c.bold(l.ranking), ...view.results.map((r) => row(r, c)));
  if (view.results.length === 0) w.push(`   ${c.dim(l.noneShown)}`);
  if (report.closeNote) {
    w.push('');
    w.item('≈', c.cyan, report.closeNote.message);
    for (const line of report.closeNote.separators) w.item('•', c.dim, line);
  }
  for (const r of view.shown) textDetails(w, r, view);
  textNextSteps(w, view);
  if (view.more) w.push('', c.dim(l.moreDetail));
  w.push('');
  w.para(view.rerun, '');
  return w.toString();
};

// ---------------------------------------------------------------------------------------------
// Markdown

const markdownDetails = (r: ResultView, { labels: l }: ReportView): string[] => {
  const kind = r.kindLabel ? ` _(${r.kindLabel})_` : '';
  const origin = r.originLabel ? ` _(${md(r.originLabel)})_` : '';
  return [
    '',
    `### ${r.rank}. ${md(r.title)}${kind} — ${r.score}/100, ${r.bandLabel}${origin}`,
    '',
    md(r.summary),
    ...r.limits.flatMap((x) => ['', `> ${md(x.message)}`]),
    ...section(
      l.why,
      r.reasons.length === 0 ? [] : [`_${md(l.whyNote)}_`, '', ...r.reasons.map((x) => `- ${x.effect === '+' ? '➕' : '➖'} ${md(x.label)} ${md(x.message)} (${x.points > 0 ? '+' : '−'}${Math.abs(x.points)})`)],
    ),
    ...section(l.fit, r.fit ? [md(r.fit)] : []),
    ...section(l.warnings, r.warnings.length ? r.warnings.map((w) => `- ⚠️ ${md(w.message)}`) : [`- ${l.noWarnings}`]),
    ...section(l.notes, r.notes.map((n) => `- ${md(n.message)}`)),
    ...contentMarkdown(r.content),
  ];
};

const markdownNextSteps = ({ nextSteps: steps, labels: l }: ReportView): string[] => {
  if (!steps) return [];
  return [
    '',
    `## ${l.nextSteps}`,
    ...steps.roles.flatMap((r) => ['', `**${md(r.heading)}**`, '', ...r.groups.map((g) => `- **${md(g.name)}:** ${md(g.why)}`)]),
    ...section(
      l.howToJoin,
      steps.groups.flatMap((g) => [`**${md(g.name)}**`, '', ...g.steps.map((step, i) => `${i + 1}. ${md(step)}`), '']),
      '###',
    ),
  ];
};

export const renderReportMarkdown = (view: ReportView): string => {
  const { data: report, labels: l } = view;
  const lines = [
    '# careerfit',
    '',
    `**${md(report.verdict)}**`,
    ...section(l.quality, report.quality.notes.map((n) => `- ⚠️ ${md(n.message)}`), '##'),
    '',
    `## ${l.ranking}`,
    '',
    `| # | ${l.role} | ${l.score} | ${l.band} |`,
    '|--:|------|------:|------|',
    ...view.results.map((r) => `| ${r.rank} | ${md(r.title)} (\`${r.id}\`) | ${r.score} | ${r.bandLabel} |`),
    ...(report.closeNote ? ['', `**${md(report.closeNote.message)}**`, '', ...report.closeNote.separators.map((x) => `- ${md(x)}`)] : []),
    ...view.shown.flatMap((r) => markdownDetails(r, view)),
    ...markdownNextSteps(view),
    '',
    `${l.code}: \`${report.code}\` (\`careerfit assess --code ${report.code}\`)`,
  ];
  return `${lines.join('\n')}\n`;
};

/** The report in text, Markdown and JSON; the HTML page is render/html.ts. */
export const REPORT_RENDERERS: Renderers<ReportView, Format> = {
  text: (view, chalk) => renderReportText(view, { chalk }),
  markdown: renderReportMarkdown,
  json: (view) => toJson(view.data),
};
