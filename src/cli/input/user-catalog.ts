import { delimiter } from 'node:path';
import { withRoles } from '../../core/catalog.js';
import type { Catalog } from '../../core/types.js';
import type { Context } from '../context.js';

/** Role folders from CAREERFIT_PROFILES (a path list) and then --profiles flags, in that order. */
export const profileDirs = (env: NodeJS.ProcessEnv, flags: readonly string[] = []): string[] => [
  ...(env.CAREERFIT_PROFILES ?? '').split(delimiter).filter(Boolean),
  ...flags,
];

/** The built-in catalog plus the user's role folders (kept in the cache while their files are unchanged: input/role-cache.ts). */
export const loadCatalogWith = async (ctx: Context, flags?: readonly string[]): Promise<Catalog> => {
  const catalog = await ctx.loadCatalog();
  const dirs = profileDirs(ctx.env, flags);
  if (dirs.length === 0) return catalog;
  const groups = catalog.groups.map((g) => g.id);
  const [{ loadRoleDirs }, { cachedRoleDir }] = await Promise.all([import('./role-dirs.js'), import('./role-cache.js')]);
  // The YAML parser and the schema load only for a folder the cache does not hold as it is.
  const readFiles = async (dir: string) => (await import('./catalog-dir.js')).loadRoleDir(dir, ctx, groups);
  const loaded = await loadRoleDirs(dirs, (dir) => cachedRoleDir(dir, groups, ctx.env, readFiles));
  return withRoles(catalog, loaded.map(({ role, file }) => ({ role, origin: file })));
};
