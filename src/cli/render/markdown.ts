import type { ContentView } from '../../core/views/content.js';
import { sanitize } from '../output/sanitize.js';

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
