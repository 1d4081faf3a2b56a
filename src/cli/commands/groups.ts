import { MESSAGES } from '../../core/messages.js';
import { localize } from '../../core/report.js';
import type { Lang } from '../../core/text.js';
import type { Catalog } from '../../core/types.js';
import type { Context } from '../context.js';
import { chalkFor, emit } from '../emit.js';
import { toJson, type Format } from '../render/formats.js';
import { md, section } from '../render/markdown.js';
import { TextWriter } from '../render/text-writer.js';
import { sanitize } from '../sanitize.js';
import { loadCatalogWith } from '../user-catalog.js';
import type { RoleOptions } from './role.js';

interface GroupView {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly what: string;
  readonly benefits: readonly string[];
  readonly drawbacks: readonly string[];
  readonly examples: readonly string[];
  readonly roles: readonly string[];
  readonly join: readonly string[];
  /** Roles in the catalog that suggest this group. */
  readonly suits: readonly string[];
}

const LABELS = {
  en: { benefits: 'Benefits', drawbacks: 'Drawbacks', examples: 'Examples', roles: 'Roles inside the group', join: 'How to join', suits: 'Suits' },
  id: { benefits: 'Manfaat', drawbacks: 'Kekurangan', examples: 'Contoh', roles: 'Peran di dalam kelompok', join: 'Cara bergabung', suits: 'Cocok untuk' },
} as const satisfies Record<Lang, Record<string, string>>;

const SECTIONS = ['benefits', 'drawbacks', 'examples', 'roles', 'join'] as const;

export const describeGroups = (catalog: Catalog, lang: Lang): GroupView[] =>
  catalog.groups.map((g) => ({
    id: g.id,
    kind: g.kind,
    name: localize(g.name, lang),
    what: localize(g.what, lang),
    benefits: g.benefits.map((t) => localize(t, lang)),
    drawbacks: g.drawbacks.map((t) => localize(t, lang)),
    examples: g.examples.map((t) => localize(t, lang)),
    roles: g.roles.map((t) => localize(t, lang)),
    join: g.join.map((t) => localize(t, lang)),
    suits: catalog.roles.filter((r) => r.groups.some((link) => link.group === g.id)).map((r) => r.id),
  }));

const RENDERERS: Readonly<Record<Format, (views: readonly GroupView[], ctx: Context, o: RoleOptions) => string | Promise<string>>> = {
  json: (views) => toJson({ schemaVersion: 1, groups: views }),
  markdown: (views, _ctx, o) => {
    const l = LABELS[o.lang];
    const lines = views.flatMap((v) => [
      `## ${md(v.name)}`,
      '',
      `\`${v.id}\` — ${md(v.what)}`,
      ...SECTIONS.flatMap((key) => section(l[key], v[key].map((x, i) => (key === 'join' ? `${i + 1}. ${md(x)}` : `- ${md(x)}`)), '###')),
      '',
      `_${l.suits}: ${v.suits.join(', ')}_`,
      '',
    ]);
    return `# ${MESSAGES[o.lang].headings.groups}\n\n${lines.join('\n')}`;
  },
  text: async (views, ctx, o) => {
    const l = LABELS[o.lang];
    const w = new TextWriter(await chalkFor(ctx, o.color, o.output), 80);
    for (const v of views) {
      if (w.lines.length) w.push('');
      w.push(w.c.bold(sanitize(v.name)) + w.c.dim(` (${v.id})`));
      w.para(v.what);
      for (const key of SECTIONS) {
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
  await emit(ctx, await RENDERERS[options.format](describeGroups(catalog, options.lang), ctx, options), options.output);
};
