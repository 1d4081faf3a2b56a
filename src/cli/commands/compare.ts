import type { ChalkInstance } from 'chalk';
import { MESSAGES } from '../../core/messages.js';
import { describeRole, type RoleView } from '../../core/role-view.js';
import type { Lang } from '../../core/text.js';
import { TRAIT_IDS, type TraitId } from '../../core/traits.js';
import type { Context } from '../context.js';
import { chalkFor, emit } from '../emit.js';
import { toJson, type Format } from '../render/formats.js';
import { md } from '../render/markdown.js';
import { sanitize } from '../sanitize.js';
import { fit, wrap } from '../wrap.js';
import { loadCatalogWith } from '../user-catalog.js';
import { findRole, type RoleOptions } from './role.js';

type Level = { ideal: number; weight: number } | null;

interface Comparison {
  readonly schemaVersion: 1;
  readonly lang: Lang;
  readonly roles: readonly [RoleView, RoleView];
  /** Every trait either role weighs, with both profiles' ideal and weight (null when absent). */
  readonly traits: readonly { trait: TraitId; label: string; a: Level; b: Level }[];
}

const level = (view: RoleView, trait: TraitId): Level => {
  const t = view.traits.find((x) => x.trait === trait);
  return t ? { ideal: t.ideal, weight: t.weight } : null;
};

const COLUMN = 37;
const GAP = '  ';

/** Two lists side by side, each entry wrapped to its column. */
const sideBySide = (left: readonly string[], right: readonly string[]): string[] => {
  const wrapAll = (items: readonly string[]) => items.flatMap((item) => wrap(sanitize(item), COLUMN, '  ').map((line, i) => (i ? line : `•${line.slice(1)}`)));
  const [a, b] = [wrapAll(left), wrapAll(right)];
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => `  ${(a[i] ?? '').padEnd(COLUMN)}${GAP}${b[i] ?? ''}`.trimEnd());
};

const show = (x: Level) => (x ? `${x.ideal} ×${x.weight}` : '–');

const renderText = (c: Comparison, chalk: ChalkInstance): string => {
  const m = MESSAGES[c.lang];
  const [a, b] = c.roles;
  const heading = (text: string) => ['', chalk.bold(text)];
  const lines = [
    `  ${chalk.bold(fit(sanitize(a.title), COLUMN))}${GAP}${chalk.bold(sanitize(b.title))}`,
    `  ${chalk.dim(fit(a.id, COLUMN))}${GAP}${chalk.dim(b.id)}`,
    ...heading(`${m.headings.traits} (${m.ideal} ×${m.weight})`),
    ...c.traits.map((t) => `  ${fit(sanitize(t.label), 26)}${fit(show(t.a), 11)}${GAP}${show(t.b)}`),
    ...heading(m.headings.duties),
    ...sideBySide(a.duties, b.duties),
    ...heading(m.headings.misconceptions),
    ...sideBySide(
      a.misconceptions.map((x) => `${x.myth} → ${x.reality}`),
      b.misconceptions.map((x) => `${x.myth} → ${x.reality}`),
    ),
  ];
  return `${lines.join('\n')}\n`;
};

const renderMarkdown = (c: Comparison): string => {
  const m = MESSAGES[c.lang];
  const [a, b] = c.roles;
  const row = (x: string, y: string) => `| ${x} | ${y} |`;
  const list = (items: readonly string[]) => items.map((i) => `• ${md(i)}`).join('<br>') || '–';
  return [
    `# ${md(a.title)} vs ${md(b.title)}`,
    '',
    `## ${m.headings.traits}`,
    '',
    `| | \`${a.id}\` | \`${b.id}\` |`,
    '|---|--:|--:|',
    ...c.traits.map((t) => `| ${md(t.label)} | ${show(t.a)} | ${show(t.b)} |`),
    '',
    `## ${m.headings.duties}`,
    '',
    row(`\`${a.id}\``, `\`${b.id}\``),
    '|---|---|',
    row(list(a.duties), list(b.duties)),
    '',
    `## ${m.headings.misconceptions}`,
    '',
    row(`\`${a.id}\``, `\`${b.id}\``),
    '|---|---|',
    row(list(a.misconceptions.map((x) => `${x.myth} → ${x.reality}`)), list(b.misconceptions.map((x) => `${x.myth} → ${x.reality}`))),
    '',
  ].join('\n');
};

export const compareCommand = async (first: string, second: string, options: RoleOptions, ctx: Context): Promise<void> => {
  const catalog = await loadCatalogWith(ctx, options.profiles);
  const roles = [first, second].map((id) => describeRole(findRole(catalog, id), catalog, options.lang)) as [RoleView, RoleView];
  const comparison: Comparison = {
    schemaVersion: 1,
    lang: options.lang,
    roles,
    traits: TRAIT_IDS.filter((t) => level(roles[0], t) || level(roles[1], t)).map((trait) => ({
      trait,
      label: catalog.traits[trait].label[options.lang],
      a: level(roles[0], trait),
      b: level(roles[1], trait),
    })),
  };
  const RENDERERS: Readonly<Record<Format, () => string | Promise<string>>> = {
    text: async () => renderText(comparison, await chalkFor(ctx, options.color, options.output)),
    markdown: () => renderMarkdown(comparison),
    json: () => toJson(comparison),
  };
  await emit(ctx, await RENDERERS[options.format](), options.output);
};
