import type { ChalkInstance } from 'chalk';
import type { RoleView } from '../../core/views/role.js';
import type { Renderers } from '../emit.js';
import { sanitize } from '../sanitize.js';
import { toJson, type Format } from './formats.js';
import { contentMarkdown, md, section } from './markdown.js';
import { TextWriter } from './text-writer.js';

export const renderRoleText = ({ data: v, labels: l, ...view }: RoleView, c: ChalkInstance, width = 80): string => {
  const w = new TextWriter(c, width);
  w.push(c.bold(`${sanitize(v.title)}`) + c.dim(` (${v.id}${view.kindLabel ? `, ${view.kindLabel}` : ''})`));
  w.para(v.summary);
  w.heading(l.duties);
  for (const duty of v.duties) w.item('•', c.cyan, duty);
  w.heading(l.traits);
  for (const t of v.traits) w.push(`     ${sanitize(t.label).padEnd(28)} ${l.ideal} ${t.level}  ${l.weight} ${t.weight}`);
  if (v.fit) {
    w.heading(l.fit);
    w.para(v.fit, '     ');
  }
  w.heading(l.warnings);
  if (!v.warnings.length) w.push(`     ${c.dim(l.noWarnings)}`);
  for (const x of v.warnings) w.item('!', c.yellow, `${x.message} [${x.when}]`);
  w.content(view.content);
  w.push('', c.dim(`${l.source}: ${view.sources.map(sanitize).join(', ')}`));
  return w.toString();
};

export const renderRoleMarkdown = ({ data: v, labels: l, ...view }: RoleView): string => {
  const lines = [
    `# ${md(v.title)}${view.kindLabel ? ` _(${view.kindLabel})_` : ''}`,
    '',
    `\`${v.id}\` — ${md(v.summary)}`,
    ...section(l.duties, v.duties.map((d) => `- ${md(d)}`), '##'),
    ...section(l.traits, [`| ${l.trait} | ${l.ideal} | ${l.weight} |`, '|---|--:|--:|', ...v.traits.map((t) => `| ${md(t.label)} | ${t.level} | ${t.weight} |`)], '##'),
    ...section(l.fit, v.fit ? [md(v.fit)] : [], '##'),
    ...section(l.warnings, v.warnings.map((x) => `- ⚠️ ${md(x.message)} (${md(x.when)})`), '##'),
    ...contentMarkdown(view.content, '##'),
    '',
    `_${l.source}: ${view.sources.map(md).join(', ')}_`,
  ];
  return `${lines.join('\n')}\n`;
};

export const ROLE_RENDERERS: Renderers<RoleView, Format> = {
  text: (view, c) => renderRoleText(view, c),
  markdown: renderRoleMarkdown,
  json: (view) => toJson(view.data),
};
