import { localize } from '../localize.js';
import { MESSAGES } from '../messages.js';
import type { Lang, Text } from '../text.js';
import type { Catalog, Group } from '../types.js';

/** A catalog entry in one language: every text a string, every list of texts a list of strings. */
type Localized<T> = { readonly [K in keyof T]: T[K] extends Text ? string : T[K] extends readonly Text[] ? readonly string[] : T[K] };

/** One group in one language, and the roles in the catalog that suggest it. */
export interface GroupDetails extends Localized<Group> {
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
