import type { CompareView, TraitLevel } from '../../core/views/compare.js';
import type { RoleDetails } from '../../core/views/role.js';
import { safeText, type TextStyle } from '../output/display.js';
import type { Renderers } from '../output/emit.js';
import { wrap } from '../output/wrap.js';
import { toJson, type Format } from './formats.js';
import { md } from './markdown.js';

const GAP = '  ';
/** Narrower columns than this read badly side by side: the two roles then follow each other. */
const MIN_COLUMN = 24;

/** Each entry wrapped to `width`, its first line marked with a bullet. */
const bullets = (items: readonly string[], width: number): string[] =>
  items.flatMap((item) => wrap(item, width, '  ').map((line, i) => (i ? line : `•${line.slice(1)}`)));

/** Two columns of wrapped text (no line wider than `column`), the same style, if any, for each line. */
const zip = (a: readonly string[], b: readonly string[], column: number, style = (s: string) => s): string[] =>
  Array.from({ length: Math.max(a.length, b.length) }, (_, i) => {
    const left = a[i] ?? '';
    return `  ${style(left)}${' '.repeat(column - left.length)}${GAP}${b[i] ? style(b[i]!) : ''}`.trimEnd();
  });

const show = (x: TraitLevel) => (x ? `${x.level}, ${x.importance}` : '–');

/** A role's misconceptions, each as "myth → reality". */
const mythToReality = (role: RoleDetails): string[] => role.misconceptions.map((x) => `${x.myth} → ${x.reality}`);

export const renderCompareText = ({ data: cmp, labels: l }: CompareView, style: TextStyle): string => {
  const { c: chalk, width } = style;
  const safe = (text: string) => safeText(text, style.ascii);
  const [a, b] = cmp.roles;
  const column = Math.floor((width - 2 - GAP.length) / 2);
  const heading = (text: string) => ['', ...wrap(safe(text), width).map((line) => chalk.bold(line))];
  const sideBySide = (items: (r: RoleDetails) => readonly string[]) => zip(bullets(items(a).map(safe), column), bullets(items(b).map(safe), column), column);
  const values = cmp.traits.map((t) => [safe(show(t.a)), safe(show(t.b))] as const);
  const valueWidth = Math.max(...values.map(([x]) => x.length));
  const labelWidth = Math.max(...cmp.traits.map((t) => safe(t.label).length));
  const traitRows = cmp.traits.flatMap((t, i) => {
    const [x, y] = values[i]!;
    if (2 + labelWidth + 2 + valueWidth + GAP.length + y.length <= width) return [`  ${safe(t.label).padEnd(labelWidth)}  ${x.padEnd(valueWidth)}${GAP}${y}`];
    return [...wrap(safe(t.label), width, '  '), `    ${x.padEnd(valueWidth)}${GAP}${y}`];
  });
  if (column >= MIN_COLUMN) {
    return `${[
      ...zip(wrap(safe(a.title), column), wrap(safe(b.title), column), column, chalk.bold),
      ...zip(wrap(a.id, column), wrap(b.id, column), column, chalk.dim),
      ...heading(`${l.traits} (${l.ideal})`),
      ...traitRows,
      ...heading(l.duties),
      ...sideBySide((r) => r.duties),
      ...heading(l.misconceptions),
      ...sideBySide(mythToReality),
    ].join('\n')}\n`;
  }
  // Too narrow for two columns: the roles one after the other, each list under its role's name.
  const stacked = (title: string, lists: readonly [string, readonly string[]][]) =>
    lists.flatMap(([name, items]) => [...heading(`${title} (${name})`), ...bullets(items.map(safe), width)]);
  return `${[
    ...wrap(`1. ${safe(a.title)} (${a.id})`, width).map((line) => chalk.bold(line)),
    ...wrap(`2. ${safe(b.title)} (${b.id})`, width).map((line) => chalk.bold(line)),
    ...heading(`${l.traits} (${l.ideal}: 1, 2)`),
    ...traitRows,
    ...stacked(l.duties, [['1', a.duties], ['2', b.duties]]),
    ...stacked(l.misconceptions, [['1', mythToReality(a)], ['2', mythToReality(b)]]),
  ].join('\n')}\n`;
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
    row(list(mythToReality(a)), list(mythToReality(b))),
    '',
  ].join('\n');
};

export const COMPARE_RENDERERS: Renderers<CompareView, Format> = {
  text: renderCompareText,
  markdown: renderCompareMarkdown,
  json: (view) => toJson(view.data),
};
