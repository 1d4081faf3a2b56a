import { groupsView } from '../../core/views/groups.js';
import type { Context } from '../context.js';
import { emit } from '../output/emit.js';
import type { ViewOptions } from '../options.js';
import { GROUPS_RENDERERS } from '../render/groups.js';
import { loadCatalogWith } from '../input/user-catalog.js';

/** `careerfit groups`: the occupational and volunteer groups worth joining. */
export const groupsCommand = async (options: ViewOptions, ctx: Context): Promise<void> => {
  const catalog = await loadCatalogWith(ctx, options.profiles);
  await emit(ctx, groupsView(catalog, options.lang), GROUPS_RENDERERS, options);
};
