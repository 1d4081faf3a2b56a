import { compareView } from '../../core/views/compare.js';
import type { Context } from '../context.js';
import { emit } from '../output/emit.js';
import { findRole } from '../input/find-role.js';
import { COMPARE_RENDERERS } from '../render/compare.js';
import type { ViewOptions } from '../options.js';
import { loadCatalogWith } from '../input/user-catalog.js';

/** `careerfit compare <first> <second>`: two roles side by side. */
export const compareCommand = async (first: string, second: string, options: ViewOptions, ctx: Context): Promise<void> => {
  const catalog = await loadCatalogWith(ctx, options.profiles);
  await emit(ctx, compareView(findRole(catalog, first), findRole(catalog, second), catalog, options.lang), COMPARE_RENDERERS, options);
};
