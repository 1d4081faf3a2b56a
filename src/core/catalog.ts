import type { Catalog, Role } from './types.js';

export const BUILT_IN = 'built-in';

/**
 * Adds roles to a catalog. A role whose id is already there replaces it, so a user can adapt a
 * built-in profile by copying it; `origins` records where each role now comes from.
 */
export const withRoles = (catalog: Catalog, extra: readonly { role: Role; origin: string }[]): Catalog => {
  const replaced = new Set(extra.map((x) => x.role.id));
  return {
    ...catalog,
    roles: [...catalog.roles.filter((r) => !replaced.has(r.id)), ...extra.map((x) => x.role)],
    origins: { ...catalog.origins, ...Object.fromEntries(extra.map((x) => [x.role.id, x.origin])) },
  };
};

/** Keeps only the roles with the given ids (all when none given) minus the excluded ones. */
export const selectRoles = (catalog: Catalog, only: readonly string[], exclude: readonly string[]): Catalog => ({
  ...catalog,
  roles: catalog.roles.filter((r) => (only.length === 0 || only.includes(r.id)) && !exclude.includes(r.id)),
});

/** Aliases that would make a name ambiguous: one that is another role's id, or one two roles share. */
export const aliasClashes = (roles: readonly Role[]): string[] => {
  const ids = new Set(roles.map((r) => r.id));
  const owner = new Map<string, string>();
  return roles.flatMap((role) =>
    (role.aliases ?? []).flatMap((alias) => {
      if (ids.has(alias)) return [`${role.id}: alias "${alias}" is the id of a role`];
      const other = owner.get(alias);
      owner.set(alias, other ?? role.id);
      return other ? [`${role.id}: alias "${alias}" is also an alias of ${other}`] : [];
    }),
  );
};
