import { usageError } from '../../core/errors.js';
import { roleView, type RoleView } from '../../core/views/role.js';
import { closest } from '../../core/suggest.js';
import type { Lang } from '../../core/text.js';
import type { Catalog, Role } from '../../core/types.js';
import type { Context } from '../context.js';
import { chalkFor, emit } from '../emit.js';
import { toJson, type Format } from '../render/formats.js';
import { renderRoleMarkdown, renderRoleText } from '../render/role.js';
import { loadCatalogWith } from '../user-catalog.js';

export interface RoleOptions {
  readonly format: Format;
  readonly lang: Lang;
  readonly output?: string;
  readonly color?: boolean;
  /** Extra role folders (after CAREERFIT_PROFILES). */
  readonly profiles?: readonly string[];
}

/** Finds a role by id, or fails with the closest id as a suggestion. */
export const findRole = (catalog: Catalog, id: string): Role => {
  const role = catalog.roles.find((r) => r.id === id);
  if (role) return role;
  const ids = catalog.roles.map((r) => r.id);
  const hint = closest(id, ids);
  throw usageError(`unknown role "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; known roles: ${ids.join(', ')}`);
};

const RENDERERS: Readonly<Record<Format, (view: RoleView, ctx: Context, o: RoleOptions) => string | Promise<string>>> = {
  text: async (view, ctx, o) => renderRoleText(view, await chalkFor(ctx, o.color, o.output)),
  markdown: (view) => renderRoleMarkdown(view),
  json: (view) => toJson(view.data),
};

export const roleCommand = async (id: string, options: RoleOptions, ctx: Context): Promise<void> => {
  const catalog = await loadCatalogWith(ctx, options.profiles);
  const view = roleView(findRole(catalog, id), catalog, options.lang);
  await emit(ctx, await RENDERERS[options.format](view, ctx, options), options.output);
};
