import { selectRoles } from '../../core/catalog.js';
import { localUsage } from '../words/error-messages.js';
import type { Catalog } from '../../core/types.js';
import { resolveRoles } from './find-role.js';
import type { ReportOptions } from '../options.js';

/** --only and --exclude, by id or alias in any case, with unknown names refused (and the closest suggested). */
export const filterRoles = (catalog: Catalog, options: Pick<ReportOptions, 'only' | 'exclude'>): Catalog => {
  const selected = selectRoles(catalog, resolveRoles(catalog, '--only', options.only ?? []), resolveRoles(catalog, '--exclude', options.exclude ?? []));
  if (selected.roles.length === 0) throw localUsage('noRoleLeft');
  return selected;
};
