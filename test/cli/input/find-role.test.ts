import { describe, expect, it } from 'vitest';
import { filterRoles } from '../../../src/cli/input/filter-roles.js';
import { findRole } from '../../../src/cli/input/find-role.js';
import { aliasClashes } from '../../../src/core/catalog.js';
import { LocalizedError } from '../../../src/core/localized-error.js';
import { builtinCatalog } from '../../fake-context.js';
import { failure, makeRole } from '../../helpers.js';

describe('role names on the command line', () => {
  it('takes ids and the English aliases, in any case', async () => {
    const catalog = await builtinCatalog();
    const pairs = {
      activist: 'aktivis-okp',
      'empowerment-worker': 'pemberdayaan-masyarakat',
      'ngo-manager': 'pengelola-program-lsm',
      consultant: 'konsultan-pemberdayaan',
      'social-worker': 'pekerja-sosial',
      'project-manager': 'manajer-proyek',
    };
    for (const [alias, id] of Object.entries(pairs)) {
      expect(findRole(catalog, alias).id).toBe(id);
      expect(findRole(catalog, alias.toUpperCase()).id).toBe(id);
      expect(findRole(catalog, id).id).toBe(id);
    }
    expect(findRole(catalog, 'Aktivis-OKP').id).toBe('aktivis-okp');
  });

  it('suggests the closest id or alias, in both languages', async () => {
    const catalog = await builtinCatalog();
    const error = failure(() => findRole(catalog, 'activst'));
    expect(error.message).toMatch(/^unknown role "activst" \(did you mean "activist"\?\); known roles: aktivis-okp, /);
    expect((error as LocalizedError).text.id).toMatch(/^peran "activst" tidak dikenal \(maksudnya "activist"\?\)/);
  });

  it('resolves --only and --exclude the same way', async () => {
    const catalog = await builtinCatalog();
    expect(filterRoles(catalog, { only: ['Activist', 'social-worker'], exclude: [] }).roles.map((r) => r.id)).toEqual(['aktivis-okp', 'pekerja-sosial']);
    expect(filterRoles(catalog, { only: [], exclude: ['CONSULTANT'] }).roles.map((r) => r.id)).not.toContain('konsultan-pemberdayaan');
    expect(failure(() => filterRoles(catalog, { only: ['nobody'], exclude: [] })).message).toBe('--only nobody: unknown role "nobody"');
  });

  it('an id wins over an alias, and clashing aliases are reported', () => {
    const a = makeRole('a', {}, { aliases: ['b'] });
    const b = makeRole('b', {});
    const c = makeRole('c', {}, { aliases: ['x'] });
    const d = makeRole('d', {}, { aliases: ['x'] });
    expect(findRole({ roles: [a, b] } as never, 'b').id).toBe('b');
    expect(aliasClashes([a, b, c, d])).toEqual(['a: alias "b" is the id of a role', 'd: alias "x" is also an alias of c']);
  });
});
