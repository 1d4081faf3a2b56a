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
