import { localize } from '../localize.js';
import { MESSAGES } from '../messages.js';
import type { Lang } from '../text.js';
import type { Catalog, GroupKind } from '../types.js';

/** One group in one language. */
export interface GroupDetails {
  readonly id: string;
  readonly kind: GroupKind;
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

/** The lists of a group, in the order `careerfit groups` shows them. */
export const GROUP_SECTIONS = ['benefits', 'drawbacks', 'examples', 'roles', 'join'] as const;

/** The occupational and volunteer groups: `data` is what `careerfit groups --format json` prints. */
export interface GroupsView {
  readonly data: { readonly schemaVersion: 1; readonly groups: readonly GroupDetails[] };
  readonly labels: { readonly title: string; readonly suits: string } & Readonly<Record<(typeof GROUP_SECTIONS)[number], string>>;
}

export const groupsView = (catalog: Catalog, lang: Lang): GroupsView => {
  const l = (text: { id: string; en: string }) => localize(text, lang);
  const m = MESSAGES[lang];
  return {
    data: {
      schemaVersion: 1,
      groups: catalog.groups.map((g) => ({
        id: g.id,
        kind: g.kind,
        name: l(g.name),
        what: l(g.what),
        benefits: g.benefits.map(l),
        drawbacks: g.drawbacks.map(l),
        examples: g.examples.map(l),
        roles: g.roles.map(l),
        join: g.join.map(l),
        suits: catalog.roles.filter((r) => r.groups.some((link) => link.group === g.id)).map((r) => r.id),
      })),
    },
    labels: { title: m.headings.groups, ...m.groupSections },
  };
};
