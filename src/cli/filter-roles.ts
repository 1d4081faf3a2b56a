import { selectRoles } from '../core/catalog.js';
import { usageError } from '../core/errors.js';
import { unknownMessage } from '../core/suggest.js';
import type { Catalog } from '../core/types.js';
import type { ReportOptions } from './options.js';

/** --only and --exclude, with unknown ids refused (and the closest id suggested). */
export const filterRoles = (catalog: Catalog, options: Pick<ReportOptions, 'only' | 'exclude'>): Catalog => {
  const ids = catalog.roles.map((r) => r.id);
  for (const [flag, list] of [['--only', options.only ?? []], ['--exclude', options.exclude ?? []]] as const) {
    for (const id of list) if (!ids.includes(id)) throw usageError(`${flag} ${id}: ${unknownMessage('role', id, ids)}`);
  }
  const selected = selectRoles(catalog, options.only ?? [], options.exclude ?? []);
  if (selected.roles.length === 0) throw usageError('--only and --exclude leave no role to rank');
  return selected;
};
