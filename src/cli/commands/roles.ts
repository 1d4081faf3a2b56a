import { rolesView, type RolesView } from '../../core/views/roles.js';
import type { Context } from '../context.js';
import { chalkFor, emit } from '../emit.js';
import { toJson, type Format } from '../render/formats.js';
import { md } from '../render/markdown.js';
import { sanitize } from '../sanitize.js';
import { fit } from '../wrap.js';
import { loadCatalogWith } from '../user-catalog.js';
import type { RoleOptions } from './role.js';

/** The first sentence, so each role stays on one line. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

const RENDERERS: Readonly<Record<Format, (view: RolesView, ctx: Context, o: RoleOptions) => string | Promise<string>>> = {
  json: (view) => toJson(view.data),
  markdown: ({ roles, labels: l }) =>
    [`| ${l.id} | ${l.role} | ${l.summary} |`, '|---|---|---|', ...roles.map((e) => `| \`${e.id}\` | ${md(e.title)}${e.kindLabel ? ` _(${e.kindLabel})_` : ''} | ${md(firstSentence(e.summary))} |`)].join('\n') + '\n',
  text: async ({ roles }, ctx, o) => {
    const c = await chalkFor(ctx, o.color, o.output);
    const width = Math.max(...roles.map((e) => e.id.length));
    return roles
      .map((e) => {
        const kind = e.kindLabel ? c.dim(` (${e.kindLabel})`) : '';
        const origin = e.originLabel ? c.dim(` (${sanitize(e.originLabel)})`) : '';
        return `${c.bold(e.id.padEnd(width))}  ${sanitize(e.title)}${kind}${origin}\n${' '.repeat(width + 2)}${c.dim(fit(sanitize(firstSentence(e.summary)), 78 - width).trimEnd())}`;
      })
      .join('\n')
      .concat('\n');
  },
};

export const rolesCommand = async (options: RoleOptions, ctx: Context): Promise<void> => {
  const catalog = await loadCatalogWith(ctx, options.profiles);
  await emit(ctx, await RENDERERS[options.format](rolesView(catalog, options.lang), ctx, options), options.output);
};
