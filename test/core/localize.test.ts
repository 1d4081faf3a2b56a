import { describe, expect, it } from 'vitest';
import { localize, roleTitle } from '../../src/core/localize.js';
import { makeCatalog, makeRole } from '../helpers.js';

describe('roleTitle / localize', () => {
  const cat = makeCatalog([makeRole('known', { empathy: { ideal: 5, weight: 1 } })]);

  it('falls back to the id for a role the catalog does not have', () => {
    expect(roleTitle(cat, 'known', 'id')).toBe('Judul known');
    expect(roleTitle(cat, 'ghost', 'en')).toBe('ghost');
    expect(localize({ id: 'Halo', en: 'Hello' }, 'en')).toBe('Hello');
  });
});
