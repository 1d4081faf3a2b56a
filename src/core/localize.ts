import type { Lang, Text } from './text.js';
import type { Catalog } from './types.js';

/** A text of the catalog in one language. */
export const localize = (text: Text, lang: Lang): string => text[lang];

/** A role's title when the catalog has it; comparisons may name roles it does not. */
export const roleTitle = (catalog: Catalog, id: string, lang: Lang): string => {
  const role = catalog.roles.find((r) => r.id === id);
  return role ? localize(role.title, lang) : id;
};

export const groupName = (catalog: Catalog, id: string, lang: Lang): string => {
  const group = catalog.groups.find((g) => g.id === id);
  return group ? localize(group.name, lang) : id;
};

export const traitLabel = (catalog: Catalog, trait: keyof Catalog['traits'], lang: Lang): string => localize(catalog.traits[trait].label, lang);
