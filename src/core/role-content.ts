import { groupName, localize, roleTitle } from './localize.js';
import type { Lang, Text } from './text.js';
import type { Catalog, Role } from './types.js';

/** What a role says beyond its scores, in one language: shared by the report and the role view. */
export interface RoleContent {
  /** Who the seed says fits the role; absent when the profile does not say. */
  readonly fit?: string;
  readonly misconceptions: readonly { myth: string; reality: string }[];
  readonly expectations: readonly { expectation: string; reality: string }[];
  readonly differences: readonly { role: string; title: string; text: string }[];
  readonly groups: readonly { group: string; name: string; why: string }[];
}

export const roleContent = (role: Role, catalog: Catalog, lang: Lang): RoleContent => {
  const l = (text: Text) => localize(text, lang);
  return {
    ...(role.fit ? { fit: l(role.fit.text) } : {}),
    misconceptions: role.misconceptions.map((x) => ({ myth: l(x.myth), reality: l(x.reality) })),
    expectations: role.expectations.map((x) => ({ expectation: l(x.expectation), reality: l(x.reality) })),
    differences: role.differences.map((x) => ({ role: x.role, title: roleTitle(catalog, x.role, lang), text: l(x.text) })),
    groups: role.groups.map((g) => ({ group: g.group, name: groupName(catalog, g.group, lang), why: l(g.why) })),
  };
};
