import { delimiter } from 'node:path';
import { withRoles } from '../../core/catalog.js';
import type { Catalog } from '../../core/types.js';
import type { Context } from '../context.js';

/** Role folders from CAREERFIT_PROFILES (a path list) and then --profiles flags, in that order. */
export const profileDirs = (env: NodeJS.ProcessEnv, flags: readonly string[] = []): string[] => [
  ...(env.CAREERFIT_PROFILES ?? '').split(delimiter).filter(Boolean),
  ...flags,
];

/** The built-in catalog plus the user's role folders; the YAML loader is imported only when there are any. */
export const loadCatalogWith = async (ctx: Context, flags?: readonly string[]): Promise<Catalog> => {
  const catalog = await ctx.loadCatalog();
  const dirs = profileDirs(ctx.env, flags);
  if (dirs.length === 0) return catalog;
  const { loadRoleDirs } = await import('./catalog-dir.js');
  const loaded = await loadRoleDirs(dirs, ctx, catalog.groups.map((g) => g.id));
  return withRoles(catalog, loaded.map(({ role, file }) => ({ role, origin: file })));
};
