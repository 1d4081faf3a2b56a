import type { ChalkInstance } from 'chalk';
import { BUILT_IN } from '../../core/catalog.js';
import { MESSAGES, type Messages } from '../../core/messages.js';
import type { RoleView } from '../../core/role-view.js';
import type { Lang } from '../../core/text.js';
import { sanitize } from '../sanitize.js';
import { contentMarkdown, md, section } from './markdown.js';
import { TextWriter } from './text-writer.js';

/** Where the role came from: "built-in" in words, or the file it was loaded from. */
const origin = (v: RoleView, m: Messages): string => (v.origin === BUILT_IN ? m.builtIn : v.origin);

export const renderRoleText = (v: RoleView, lang: Lang, c: ChalkInstance, width = 80): string => {
  const m = MESSAGES[lang];
  const w = new TextWriter(c, width);
  w.push(c.bold(`${sanitize(v.title)}`) + c.dim(` (${v.id}${v.kind === 'contrast' ? `, ${m.contrast}` : ''})`));
  w.para(v.summary);
  w.heading(m.headings.duties);
  for (const duty of v.duties) w.item('•', c.cyan, duty);
  w.heading(m.headings.traits);
  for (const t of v.traits) w.push(`     ${sanitize(t.label).padEnd(28)} ${m.ideal} ${t.level}  ${m.weight} ${t.weight}`);
  if (v.fit) {
    w.heading(m.headings.fit);
    w.para(v.fit, '     ');
  }
  w.heading(m.headings.warnings);
  if (!v.warnings.length) w.push(`     ${c.dim(m.noWarnings)}`);
  for (const x of v.warnings) w.item('!', c.yellow, `${x.message} [${x.when}]`);
  w.content(v, m);
  w.push('', c.dim(`${m.source}: ${[origin(v, m), ...v.source].map(sanitize).join(', ')}`));
  return w.toString();
};

export const renderRoleMarkdown = (v: RoleView, lang: Lang): string => {
  const m = MESSAGES[lang];
  const lines = [
    `# ${md(v.title)}${v.kind === 'contrast' ? ` _(${m.contrast})_` : ''}`,
    '',
    `\`${v.id}\` — ${md(v.summary)}`,
    ...section(m.headings.duties, v.duties.map((d) => `- ${md(d)}`), '##'),
    ...section(m.headings.traits, [`| ${m.headings.trait} | ${m.ideal} | ${m.weight} |`, '|---|--:|--:|', ...v.traits.map((t) => `| ${md(t.label)} | ${t.level} | ${t.weight} |`)], '##'),
    ...section(m.headings.fit, v.fit ? [md(v.fit)] : [], '##'),
    ...section(m.headings.warnings, v.warnings.map((x) => `- ⚠️ ${md(x.message)} (${md(x.when)})`), '##'),
    ...contentMarkdown(v, m, '##'),
    '',
    `_${m.source}: ${[origin(v, m), ...v.source].map(md).join(', ')}_`,
  ];
  return `${lines.join('\n')}\n`;
};
