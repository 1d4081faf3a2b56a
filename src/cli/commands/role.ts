import { roleView } from '../../core/views/role.js';
import type { Context } from '../context.js';
import { emit } from '../output/emit.js';
import { findRole } from '../input/find-role.js';
import type { ViewOptions } from '../options.js';
import { ROLE_RENDERERS } from '../render/role.js';
import { loadCatalogWith } from '../input/user-catalog.js';

/** `careerfit role <id>`: one role in full, by id or alias; without an id, the list of roles (`careerfit roles`). */
export const roleCommand = async (id: string | undefined, options: ViewOptions, ctx: Context): Promise<void> => {
  if (id === undefined) return (await import('./roles.js')).rolesCommand(options, ctx);
  const catalog = await loadCatalogWith(ctx, options.profiles);
  await emit(ctx, roleView(findRole(catalog, id), catalog, options.lang), ROLE_RENDERERS, options);
};
