import type { ContentView } from '../../core/views/content.js';
import type { ReportView, ResultView } from '../../core/views/report.js';
import { sanitize } from '../sanitize.js';

/** Text from data files must not break the Markdown around it (tables, emphasis, HTML). */
export const md = (text: string): string => sanitize(text).replace(/[\\`*_[\]<>|#]/g, '\\$&').replace(/\s*\n\s*/g, ' ');

export const section = (title: string, lines: readonly string[], level = '####'): string[] =>
  lines.length ? ['', `${level} ${title}`, '', ...lines] : [];

/** Misconceptions, expectations and differences: shared by the report and the role view. */
export const contentMarkdown = ({ labels: l, ...x }: ContentView, level = '####'): string[] => [
  ...section(l.misconceptions, x.misconceptions.map((e) => `- **${l.myth}:** ${md(e.myth)}  \n  **${l.reality}:** ${md(e.reality)}`), level),
  ...section(
    l.expectations,
    x.expectations.map((e) => `- **${l.expectation}:** ${md(e.expectation)}  \n  **${l.reality}:** ${md(e.reality)}`),
    level,
  ),
  ...section(l.differences, x.differences.map((d) => `- **${md(d.label)}:** ${md(d.text)}`), level),
];

const details = (r: ResultView, { labels: l }: ReportView): string[] => {
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

const nextSteps = ({ nextSteps: steps, labels: l }: ReportView): string[] => {
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

export const renderMarkdown = (view: ReportView): string => {
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
    ...view.shown.flatMap((r) => details(r, view)),
    ...nextSteps(view),
    '',
    `${l.code}: \`${report.code}\` (\`careerfit assess --code ${report.code}\`)`,
  ];
  return `${lines.join('\n')}\n`;
};
