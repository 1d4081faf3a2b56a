import type { ReportView, ResultView } from '../../core/views/report.js';
import type { TextStyle } from '../output/display.js';
import type { Renderers } from '../output/emit.js';
import { toJson, type Format } from './formats.js';
import { contentMarkdown, md, section } from './markdown.js';
import { bar, profileChart, rankingRows } from './ranking.js';
import { TextWriter } from './text-writer.js';

// ---------------------------------------------------------------------------------------------
// Text

const textDetails = (w: TextWriter, r: ResultView, { labels: l }: ReportView): void => {
  const { c } = w;
  const kind = r.kindLabel ? ` (${r.kindLabel})` : '';
  w.push('');
  // The heading wraps like any text; bold throughout, so no colour code splits a word.
  w.hanging(`${r.rank}. ${r.title}${kind} — ${r.score}/100, ${r.bandLabel}`, '   ', c.bold);
  if (r.originLabel) w.para(`(${r.originLabel})`, '   ', c.dim);
  w.para(r.summary);
  for (const limit of r.limits) w.item('!', c.yellow, limit.message);
  if (r.why.length) {
    w.heading(l.why);
    w.para(l.whyNote, '     ', c.dim);
    for (const x of r.why) w.item(x.effect === '+' ? '+' : '−', x.effect === '+' ? c.green : c.red, x.text);
  }
  if (r.fit) {
    w.heading(l.fit);
    w.para(r.fit, '     ');
  }
  w.heading(l.warnings);
  if (!r.warnings.length) w.push(`     ${c.dim(w.t(l.noWarnings))}`);
  for (const x of r.warnings) w.item('!', c.yellow, x.message);
  if (r.notes.length) {
    w.heading(l.notes);
    for (const x of r.notes) w.item('•', c.cyan, x.message);
  }
  w.content(r.content);
};

/** For the roles shown in detail: which groups to join and why, then how to join each group once. */
const textNextSteps = (w: TextWriter, { nextSteps: steps, labels: l }: ReportView): void => {
  if (!steps) return;
  w.push('');
  w.para(l.nextSteps, '', w.c.bold);
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

/** The ranking and the close call with what would separate the roles (the summary lays out its own ranking: compactRows). */
const textRanking = (w: TextWriter, view: ReportView, style: TextStyle): void => {
  const { data: report, labels: l } = view;
  const { c } = w;
  w.push(...view.results.length ? rankingRows(view.results, style) : [`   ${c.dim(w.t(l.noneShown))}`]);
  if (report.closeNote) {
    w.push('');
    w.item('≈', c.cyan, report.closeNote.message);
    for (const line of report.closeNote.separators) w.item('•', c.dim, line);
  }
};

/** Your trait levels beside what #1 asks for. */
const textProfile = (w: TextWriter, view: ReportView, style: TextStyle): void => {
  const { profile } = view;
  if (!profile) return;
  w.push('', w.c.bold(w.t(profile.heading)));
  w.para(profile.note, '   ', w.c.dim);
  w.push(...profileChart(profile, style));
  if (profile.gapNote) w.para(profile.gapNote, '   ', w.c.dim);
};

export const renderReportText = (view: ReportView, style: TextStyle): string => {
  const { data: report, labels: l } = view;
  const { c } = style;
  const w = TextWriter.for(style);
  w.push(c.bold('careerfit'), '');
  w.para(report.verdict, '');
  if (report.quality.notes.length) {
    w.push('', c.bold(w.t(l.quality)));
    for (const note of report.quality.notes) w.item('!', c.yellow, note.message);
  }
  w.push('', c.bold(w.t(l.ranking)));
  textRanking(w, view, style);
  w.push('');
  for (const line of view.legend) w.para(line, '   ', c.dim);
  textProfile(w, view, style);
  for (const r of view.shown) textDetails(w, r, view);
  textNextSteps(w, view);
  if (view.more) {
    w.push('');
    w.para(l.moreDetail, '', c.dim);
  }
  w.push('');
  w.para(`${l.code}: ${report.code}`, '');
  w.command(l.rerun, view.rerunCommand);
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
      r.why.length === 0 ? [] : [`_${md(l.whyNote)}_`, '', ...r.why.map((x) => `- ${x.effect === '+' ? '➕' : '➖'} ${md(x.text)}`)],
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

/** Your trait levels beside what #1 asks for, as a table with a small bar. */
const markdownProfile = ({ profile }: ReportView): string[] => {
  if (!profile) return [];
  return [
    '',
    `## ${md(profile.heading)}`,
    '',
    `_${md(profile.note)}_`,
    '',
    `| ${profile.columns.map(md).join(' | ')} |`,
    '|---|---|---|',
    ...profile.rows.map((r) => `| ${md(r.label)} | \`${bar(r.level, 5, 5, false)}\` ${r.levelText} | ${r.ideal ? md(r.ideal) : ''}${r.gap ? ' **!**' : ''} |`),
    ...(profile.gapNote ? ['', `_${md(profile.gapNote)}_`] : []),
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
    ...view.results.map((r) => `| ${r.rank} | ${md(r.title)} (\`${r.id}\`) | ${r.score} | ${r.bandLabel}${r.heldWhy ? `: ${md(r.heldWhy)}` : ''} |`),
    ...(report.closeNote ? ['', `**${md(report.closeNote.message)}**`, '', ...report.closeNote.separators.map((x) => `- ${md(x)}`)] : []),
    '',
    ...view.legend.map((line, i) => `_${md(line)}_${i < view.legend.length - 1 ? '  ' : ''}`),
    ...markdownProfile(view),
    ...view.shown.flatMap((r) => markdownDetails(r, view)),
    ...markdownNextSteps(view),
    '',
    `${l.code}: \`${report.code}\` (\`${view.rerunCommand}\`)`,
  ];
  return `${lines.join('\n')}\n`;
};

/** The report in text, Markdown and JSON; the HTML page is render/html.ts. */
export const REPORT_RENDERERS: Renderers<ReportView, Format> = {
  text: renderReportText,
  markdown: renderReportMarkdown,
  json: (view) => toJson(view.data),
};
