import { GROUP_SECTIONS, groupsView, type GroupsView } from '../../core/views/groups.js';
import type { Context } from '../context.js';
import { chalkFor, emit } from '../emit.js';
import { toJson, type Format } from '../render/formats.js';
import { md, section } from '../render/markdown.js';
import { TextWriter } from '../render/text-writer.js';
import { sanitize } from '../sanitize.js';
import { loadCatalogWith } from '../user-catalog.js';
import type { RoleOptions } from './role.js';

const RENDERERS: Readonly<Record<Format, (view: GroupsView, ctx: Context, o: RoleOptions) => string | Promise<string>>> = {
  json: (view) => toJson(view.data),
  markdown: ({ data, labels: l }) => {
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
  },
  text: async ({ data, labels: l }, ctx, o) => {
    const w = new TextWriter(await chalkFor(ctx, o.color, o.output), 80);
    for (const v of data.groups) {
      if (w.lines.length) w.push('');
      w.push(w.c.bold(sanitize(v.name)) + w.c.dim(` (${v.id})`));
      w.para(v.what);
      for (const key of GROUP_SECTIONS) {
        if (!v[key].length) continue;
        w.heading(l[key]);
        v[key].forEach((x, i) => w.item(key === 'join' ? `${i + 1}.` : '•', w.c.cyan, x));
      }
      w.push('', `   ${w.c.dim(`${l.suits}: ${v.suits.join(', ')}`)}`);
    }
    return w.toString();
  },
};

export const groupsCommand = async (options: RoleOptions, ctx: Context): Promise<void> => {
  const catalog = await loadCatalogWith(ctx, options.profiles);
  await emit(ctx, await RENDERERS[options.format](groupsView(catalog, options.lang), ctx, options), options.output);
};
