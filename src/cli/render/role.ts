import type { RoleView } from '../../core/views/role.js';
import type { TextStyle } from '../output/display.js';
import type { Renderers } from '../output/emit.js';
import { toJson, type Format } from './formats.js';
import { contentMarkdown, md, section } from './markdown.js';
import { TextWriter } from './text-writer.js';

export const renderRoleText = ({ data: v, labels: l, ...view }: RoleView, style: TextStyle): string => {
  const { c } = style;
  const w = TextWriter.for(style);
  w.title(v.title, `(${v.id}${view.kindLabel ? `, ${view.kindLabel}` : ''})`);
  w.para(v.summary);
  w.heading(l.duties);
  for (const duty of v.duties) w.item('•', c.cyan, duty);
  w.heading(l.traits);
  const labelWidth = Math.max(...v.traits.map((t) => w.t(t.label).length));
  const columns = (t: (typeof v.traits)[number]) => w.t(`${l.ideal} ${t.level}  ${t.importance}`);
  const fits = v.traits.every((t) => 5 + labelWidth + 1 + columns(t).length <= style.width);
  for (const t of v.traits) {
    if (fits) w.push(`     ${w.t(t.label).padEnd(labelWidth)} ${columns(t)}`);
    else w.para(`${t.label}: ${l.ideal} ${t.level}, ${t.importance}`, '     ');
  }
  if (v.fit) {
    w.heading(l.fit);
    w.para(v.fit, '     ');
  }
  w.heading(l.warnings);
  if (!v.warnings.length) w.push(`     ${c.dim(l.noWarnings)}`);
  for (const x of v.warnings) w.item('!', c.yellow, `${x.message} [${x.when}]`);
  w.content(view.content);
  w.push('');
  w.para(`${l.source}: ${view.sources.join(', ')}`, '', c.dim);
  return w.toString();
};

export const renderRoleMarkdown = ({ data: v, labels: l, ...view }: RoleView): string => {
  const lines = [
    `# ${md(v.title)}${view.kindLabel ? ` _(${view.kindLabel})_` : ''}`,
    '',
    `\`${v.id}\` — ${md(v.summary)}`,
    ...section(l.duties, v.duties.map((d) => `- ${md(d)}`), '##'),
    ...section(l.traits, [`| ${l.trait} | ${l.ideal} | ${l.needs} |`, '|---|--:|---|', ...v.traits.map((t) => `| ${md(t.label)} | ${t.level} | ${md(t.importance)} |`)], '##'),
    ...section(l.fit, v.fit ? [md(v.fit)] : [], '##'),
    ...section(l.warnings, v.warnings.map((x) => `- ⚠️ ${md(x.message)} (${md(x.when)})`), '##'),
    ...contentMarkdown(view.content, '##'),
    '',
    `_${l.source}: ${view.sources.map(md).join(', ')}_`,
  ];
  return `${lines.join('\n')}\n`;
};

export const ROLE_RENDERERS: Renderers<RoleView, Format> = {
  text: renderRoleText,
  markdown: renderRoleMarkdown,
  json: (view) => toJson(view.data),
};
