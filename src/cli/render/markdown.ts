import { bandById } from '../../core/bands.js';
import { BUILT_IN } from '../../core/catalog.js';
import { MESSAGES, type Messages } from '../../core/messages.js';
import type { Report, ReportResult } from '../../core/report.js';
import { sanitize } from '../sanitize.js';
import type { Content } from './text-writer.js';

/** Text from data files must not break the Markdown around it (tables, emphasis, HTML). */
export const md = (text: string): string => sanitize(text).replace(/[\\`*_[\]<>|#]/g, '\\$&').replace(/\s*\n\s*/g, ' ');

export const section = (title: string, lines: readonly string[], level = '####'): string[] =>
  lines.length ? ['', `${level} ${title}`, '', ...lines] : [];

/** Misconceptions, expectations and differences: shared by the report and the role view. */
export const contentMarkdown = (x: Content, m: Messages, level = '####'): string[] => [
  ...section(m.headings.misconceptions, x.misconceptions.map((e) => `- **${m.myth}:** ${md(e.myth)}  \n  **${m.reality}:** ${md(e.reality)}`), level),
  ...section(
    m.headings.expectations,
    x.expectations.map((e) => `- **${m.expectation}:** ${md(e.expectation)}  \n  **${m.reality}:** ${md(e.reality)}`),
    level,
  ),
  ...section(m.headings.differences, x.differences.map((d) => `- **${md(m.comparedWith(d.title))}:** ${md(d.text)}`), level),
];

const details = (r: ReportResult, report: Report): string[] => {
  const m = MESSAGES[report.lang];
  const band = bandById(r.band).label[report.lang];
  const kind = r.kind === 'contrast' ? ` _(${m.contrast})_` : '';
  const origin = r.origin === BUILT_IN ? '' : ` _(${md(m.from(r.origin))})_`;
  return [
    '',
    `### ${r.rank}. ${md(r.title)}${kind} — ${r.score}/100, ${band}${origin}`,
    '',
    md(r.summary),
    ...r.limits.flatMap((x) => ['', `> ${md(x.message)}`]),
    ...section(
      m.headings.why,
      r.reasons.length === 0 ? [] : [`_${md(m.whyNote)}_`, '', ...r.reasons.map((x) => `- ${x.effect === '+' ? '➕' : '➖'} ${md(x.label)} ${md(x.message)} (${x.points > 0 ? '+' : '−'}${Math.abs(x.points)})`)],
    ),
    ...section(m.headings.fit, r.fit ? [md(r.fit)] : []),
    ...section(m.headings.warnings, r.warnings.length ? r.warnings.map((w) => `- ⚠️ ${md(w.message)}`) : [`- ${m.noWarnings}`]),
    ...section(m.headings.notes, r.notes.map((n) => `- ${md(n.message)}`)),
    ...contentMarkdown(r, m),
  ];
};

const nextSteps = (shown: readonly ReportResult[], report: Report): string[] => {
  const m = MESSAGES[report.lang];
  const used = new Set(shown.flatMap((r) => r.groups.map((g) => g.group)));
  if (used.size === 0) return [];
  return [
    '',
    `## ${m.headings.nextSteps}`,
    ...shown
      .filter((r) => r.groups.length)
      .flatMap((r) => ['', `**${md(m.joinGroups(r.title))}**`, '', ...r.groups.map((g) => `- **${md(g.name)}:** ${md(g.why)}`)]),
    ...section(
      m.headings.howToJoin,
      report.groups.filter((g) => used.has(g.id)).flatMap((g) => [`**${md(g.name)}**`, '', ...g.join.map((step, i) => `${i + 1}. ${md(step)}`), '']),
      '###',
    ),
  ];
};

export const renderMarkdown = (report: Report, { top }: { top: number }): string => {
  const m = MESSAGES[report.lang];
  const lines = [
    '# careerfit',
    '',
    `**${md(report.verdict)}**`,
    ...section(m.quality.heading, report.quality.notes.map((n) => `- ⚠️ ${md(n.message)}`), '##'),
    '',
    `## ${m.headings.ranking}`,
    '',
    '| # | Role | Score | Band |',
    '|--:|------|------:|------|',
    ...report.results.map((r) => `| ${r.rank} | ${md(r.title)} (\`${r.id}\`) | ${r.score} | ${bandById(r.band).label[report.lang]} |`),
    ...(report.closeNote ? ['', `**${md(report.closeNote.message)}**`, '', ...report.closeNote.separators.map((x) => `- ${md(x)}`)] : []),
    ...report.results.slice(0, top).flatMap((r) => details(r, report)),
    ...nextSteps(report.results.slice(0, top), report),
    '',
    `${m.codeLabel}: \`${report.code}\` (\`careerfit assess --code ${report.code}\`)`,
  ];
  return `${lines.join('\n')}\n`;
};
