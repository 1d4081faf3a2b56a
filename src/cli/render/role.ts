import type { ChalkInstance } from 'chalk';
import { MESSAGES } from '../../core/messages.js';
import type { RoleView } from '../../core/role-view.js';
import type { Lang } from '../../core/text.js';
import { sanitize } from '../sanitize.js';
import { contentMarkdown, md, section } from './markdown.js';
import { TextWriter } from './text-writer.js';

export const renderRoleText = (v: RoleView, lang: Lang, c: ChalkInstance, width = 80): string => {
  const m = MESSAGES[lang];
  const w = new TextWriter(c, width);
  w.push(c.bold(`${sanitize(v.title)}`) + c.dim(` (${v.id}${v.kind === 'contrast' ? `, ${m.contrast}` : ''})`));
  w.para(v.summary);
  w.heading(m.headings.duties);
  for (const duty of v.duties) w.item('•', c.cyan, duty);
  w.heading(m.headings.traits);
  for (const t of v.traits) w.push(`     ${sanitize(t.label).padEnd(28)} ${m.ideal} ${t.ideal}  ${m.weight} ${t.weight}`);
  w.heading(m.headings.warnings);
  for (const x of v.warnings) w.item('!', c.yellow, `${x.message} [${x.when}]`);
  w.content(v, m);
  w.push('', c.dim(`${m.source}: ${[v.origin, ...v.source].map(sanitize).join(', ')}`));
  return w.toString();
};

export const renderRoleMarkdown = (v: RoleView, lang: Lang): string => {
  const m = MESSAGES[lang];
  const lines = [
    `# ${md(v.title)}${v.kind === 'contrast' ? ` _(${m.contrast})_` : ''}`,
    '',
    `\`${v.id}\` — ${md(v.summary)}`,
    ...section(m.headings.duties, v.duties.map((d) => `- ${md(d)}`), '##'),
    ...section(m.headings.traits, [`| Trait | ${m.ideal} | ${m.weight} |`, '|---|--:|--:|', ...v.traits.map((t) => `| ${md(t.label)} | ${t.ideal} | ${t.weight} |`)], '##'),
    ...section(m.headings.warnings, v.warnings.map((x) => `- ⚠️ ${md(x.message)} (${md(x.when)})`), '##'),
    ...contentMarkdown(v, m, '##'),
    '',
    `_${m.source}: ${[v.origin, ...v.source].map(md).join(', ')}_`,
  ];
  return `${lines.join('\n')}\n`;
};
