import { roleView } from '../../core/views/role.js';
import type { Context } from '../context.js';
import { emit } from '../emit.js';
import { findRole } from '../find-role.js';
import type { ViewOptions } from '../options.js';
import { ROLE_RENDERERS } from '../render/role.js';
import { loadCatalogWith } from '../user-catalog.js';

/** `careerfit role <id>`: one role in full. */
export const roleCommand = async (id: string, options: ViewOptions, ctx: Context): Promise<void> => {
  const catalog = await loadCatalogWith(ctx, options.profiles);
  await emit(ctx, roleView(findRole(catalog, id), catalog, options.lang), ROLE_RENDERERS, options);
};
