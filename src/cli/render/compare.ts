import type { ChalkInstance } from 'chalk';
import type { CompareView, TraitLevel } from '../../core/views/compare.js';
import type { Renderers } from '../emit.js';
import { sanitize } from '../sanitize.js';
import { fit, wrap } from '../wrap.js';
import { toJson, type Format } from './formats.js';
import { md } from './markdown.js';

const COLUMN = 37;
const GAP = '  ';

/** Two lists side by side, each entry wrapped to its column. */
const sideBySide = (left: readonly string[], right: readonly string[]): string[] => {
  const wrapAll = (items: readonly string[]) => items.flatMap((item) => wrap(sanitize(item), COLUMN, '  ').map((line, i) => (i ? line : `•${line.slice(1)}`)));
  const [a, b] = [wrapAll(left), wrapAll(right)];
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => `  ${(a[i] ?? '').padEnd(COLUMN)}${GAP}${b[i] ?? ''}`.trimEnd());
};

const show = (x: TraitLevel) => (x ? `${x.ideal} ×${x.weight}` : '–');

export const renderCompareText = ({ data: c, labels: l }: CompareView, chalk: ChalkInstance): string => {
  const [a, b] = c.roles;
  const heading = (text: string) => ['', chalk.bold(text)];
  const lines = [
    `  ${chalk.bold(fit(sanitize(a.title), COLUMN))}${GAP}${chalk.bold(sanitize(b.title))}`,
    `  ${chalk.dim(fit(a.id, COLUMN))}${GAP}${chalk.dim(b.id)}`,
    ...heading(`${l.traits} (${l.ideal} ×${l.weight})`),
    ...c.traits.map((t) => `  ${fit(sanitize(t.label), 26)}${fit(show(t.a), 11)}${GAP}${show(t.b)}`),
    ...heading(l.duties),
    ...sideBySide(a.duties, b.duties),
    ...heading(l.misconceptions),
    ...sideBySide(
      a.misconceptions.map((x) => `${x.myth} → ${x.reality}`),
      b.misconceptions.map((x) => `${x.myth} → ${x.reality}`),
    ),
  ];
  return `${lines.join('\n')}\n`;
};

export const renderCompareMarkdown = ({ data: c, labels: l }: CompareView): string => {
  const [a, b] = c.roles;
  const row = (x: string, y: string) => `| ${x} | ${y} |`;
  const list = (items: readonly string[]) => items.map((i) => `• ${md(i)}`).join('<br>') || '–';
  return [
    `# ${md(a.title)} vs ${md(b.title)}`,
    '',
    `## ${l.traits}`,
    '',
    `| | \`${a.id}\` | \`${b.id}\` |`,
    '|---|--:|--:|',
    ...c.traits.map((t) => `| ${md(t.label)} | ${show(t.a)} | ${show(t.b)} |`),
    '',
    `## ${l.duties}`,
    '',
    row(`\`${a.id}\``, `\`${b.id}\``),
    '|---|---|',
    row(list(a.duties), list(b.duties)),
    '',
    `## ${l.misconceptions}`,
    '',
    row(`\`${a.id}\``, `\`${b.id}\``),
    '|---|---|',
    row(list(a.misconceptions.map((x) => `${x.myth} → ${x.reality}`)), list(b.misconceptions.map((x) => `${x.myth} → ${x.reality}`))),
    '',
  ].join('\n');
};

export const COMPARE_RENDERERS: Renderers<CompareView, Format> = {
  text: renderCompareText,
  markdown: renderCompareMarkdown,
  json: (view) => toJson(view.data),
};
