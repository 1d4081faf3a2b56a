import { GROUP_SECTIONS, type GroupsView } from '../../core/views/groups.js';
import type { TextStyle } from '../output/display.js';
import type { Renderers } from '../output/emit.js';
import { toJson, type Format } from './formats.js';
import { md, section } from './markdown.js';
import { TextWriter } from './text-writer.js';

export const renderGroupsMarkdown = ({ data, labels: l }: GroupsView): string => {
  const lines = data.groups.flatMap((v) => [
    `## ${md(v.name)}`,
    '',
    `\`${v.id}\` — ${md(v.what)}`,
    ...GROUP_SECTIONS.flatMap((key) => section(l[key], v[key].map((x, i) => (key === 'join' ? `${i + 1}. ${md(x)}` : `- ${md(x)}`)), '###')),
    '',
    `_${l.suits}: ${v.suits.join(', ')}_`,
    '',
  ]);
  return `# ${l.title}\n\n${lines.join('\n')}`;
};

export const renderGroupsText = ({ data, labels: l }: GroupsView, style: TextStyle): string => {
  const { c } = style;
  const w = TextWriter.for(style);
  for (const v of data.groups) {
    if (w.lines.length) w.push('');
    w.title(v.name, `(${v.id})`);
    w.para(v.what);
    for (const key of GROUP_SECTIONS) {
      if (!v[key].length) continue;
      w.heading(l[key]);
      v[key].forEach((x, i) => w.item(key === 'join' ? `${i + 1}.` : '•', c.cyan, x));
    }
    w.push('');
    w.para(`${l.suits}: ${v.suits.join(', ')}`, '   ', c.dim);
  }
  return w.toString();
};

export const GROUPS_RENDERERS: Renderers<GroupsView, Format> = {
  text: renderGroupsText,
  markdown: renderGroupsMarkdown,
  json: (view) => toJson(view.data),
};
