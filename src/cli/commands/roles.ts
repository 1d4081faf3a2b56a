import { rolesView } from '../../core/views/roles.js';
import type { Context } from '../context.js';
import { emit } from '../output/emit.js';
import type { ViewOptions } from '../options.js';
import { ROLES_RENDERERS } from '../render/roles.js';
import { loadCatalogWith } from '../input/user-catalog.js';

/** `careerfit roles`: every role with a one-line summary. */
export const rolesCommand = async (options: ViewOptions, ctx: Context): Promise<void> => {
  const catalog = await loadCatalogWith(ctx, options.profiles);
  await emit(ctx, rolesView(catalog, options.lang), ROLES_RENDERERS, options);
};
