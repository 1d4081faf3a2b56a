import { usageError } from '../core/errors.js';
import { closest } from '../core/suggest.js';
import type { Catalog, Role } from '../core/types.js';

/** Finds a role by id, or fails with the closest id as a suggestion. */
export const findRole = (catalog: Catalog, id: string): Role => {
  const role = catalog.roles.find((r) => r.id === id);
  if (role) return role;
  const ids = catalog.roles.map((r) => r.id);
  const hint = closest(id, ids);
  throw usageError(`unknown role "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; known roles: ${ids.join(', ')}`);
};
