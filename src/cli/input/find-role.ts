import { localUsage } from '../words/error-messages.js';
import { closest } from '../../core/suggest.js';
import type { Catalog, Role } from '../../core/types.js';

/**
 * The one place a role named on the command line is looked up: by id or by one of its aliases
 * (`activist` for `aktivis-okp`), either way without regard to case. An id wins over an alias, so a
 * user role cannot take a built-in id away by naming it as an alias.
 */
export const lookupRole = (catalog: Catalog, name: string): Role | undefined => {
  const wanted = name.trim().toLowerCase();
  return catalog.roles.find((r) => r.id === wanted) ?? catalog.roles.find((r) => r.aliases?.includes(wanted));
};

/** Every name a role answers to: ids, then aliases (for "did you mean" hints). */
export const roleNames = (catalog: Catalog): string[] => [...catalog.roles.map((r) => r.id), ...catalog.roles.flatMap((r) => r.aliases ?? [])];

/** Finds a role by id or alias, or fails with the closest name as a suggestion. */
export const findRole = (catalog: Catalog, name: string): Role => {
  const role = lookupRole(catalog, name);
  if (role) return role;
  throw localUsage('unknownRole', name, closest(name, roleNames(catalog)), catalog.roles.map((r) => r.id));
};

/** The ids of roles named by id or alias (--only, --exclude), or a usage error naming the flag. */
export const resolveRoles = (catalog: Catalog, flag: string, names: readonly string[]): string[] =>
  names.map((name) => {
    const role = lookupRole(catalog, name);
    if (!role) throw localUsage('unknownRoleIn', flag, name, closest(name, roleNames(catalog)));
    return role.id;
  });
