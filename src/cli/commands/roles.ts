import { BUILT_IN } from '../../core/catalog.js';
import { MESSAGES } from '../../core/messages.js';
import type { Context } from '../context.js';
import { chalkFor, emit } from '../emit.js';
import { toJson, type Format } from '../render/formats.js';
import { md } from '../render/markdown.js';
import { sanitize } from '../sanitize.js';
import { fit } from '../wrap.js';
import { loadCatalogWith } from '../user-catalog.js';
import type { RoleOptions } from './role.js';

interface Entry {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly summary: string;
  readonly origin: string;
}

/** The first sentence, so each role stays on one line. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

const RENDERERS: Readonly<Record<Format, (entries: readonly Entry[], ctx: Context, o: RoleOptions) => string | Promise<string>>> = {
  json: (entries) => toJson({ schemaVersion: 1, roles: entries }),
  markdown: (entries, _ctx, o) =>
    ['| id | Role | Summary |', '|---|---|---|', ...entries.map((e) => `| \`${e.id}\` | ${md(e.title)}${e.kind === 'contrast' ? ` _(${MESSAGES[o.lang].contrast})_` : ''} | ${md(firstSentence(e.summary))} |`)].join('\n') + '\n',
  text: async (entries, ctx, o) => {
    const c = await chalkFor(ctx, o.color, o.output);
    const width = Math.max(...entries.map((e) => e.id.length));
    return entries
      .map((e) => {
        const kind = e.kind === 'contrast' ? c.dim(` (${MESSAGES[o.lang].contrast})`) : '';
        const origin = e.origin === BUILT_IN ? '' : c.dim(` (${MESSAGES[o.lang].from(sanitize(e.origin))})`);
        return `${c.bold(e.id.padEnd(width))}  ${sanitize(e.title)}${kind}${origin}\n${' '.repeat(width + 2)}${c.dim(fit(sanitize(firstSentence(e.summary)), 78 - width).trimEnd())}`;
      })
      .join('\n')
      .concat('\n');
  },
};

export const rolesCommand = async (options: RoleOptions, ctx: Context): Promise<void> => {
  const catalog = await loadCatalogWith(ctx, options.profiles);
  const entries = catalog.roles.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title[options.lang],
    summary: r.summary[options.lang],
    origin: catalog.origins[r.id] ?? BUILT_IN,
  }));
  await emit(ctx, await RENDERERS[options.format](entries, ctx, options), options.output);
};
