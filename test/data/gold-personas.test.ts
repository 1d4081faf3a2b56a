import { beforeAll, describe, expect, it } from 'vitest';
import { checkPersona, loadPersonas, type Persona } from '../../bench/gold-personas.js';
import { loadCatalogDir } from '../../src/cli/input/catalog-dir.js';
import { TRAIT_IDS } from '../../src/core/traits.js';
import type { Catalog } from '../../src/core/types.js';

// Written from the seeds alone, without looking at the profiles or the scoring: each persona quotes
// the seed sentence that decides its outcome.
const personas = await loadPersonas();
let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogDir('data', process);
});

describe('gold personas', () => {
  it('cover every kind of outcome, each citing its seed', () => {
    expect(personas.length).toBeGreaterThanOrEqual(20);
    for (const kind of ['top', 'none', 'not', 'above'] as const) expect(personas.some((p) => p.expect[kind] !== undefined), kind).toBe(true);
    for (const p of personas) {
      expect(p.cites.length, p.id).toBeGreaterThan(10);
      for (const trait of Object.keys(p.traits)) expect(TRAIT_IDS, p.id).toContain(trait);
    }
  });

  it.each(personas.map((p): [string, Persona] => [p.id, p]))('%s', (_, persona) => {
    expect(checkPersona(catalog, persona)).toBeUndefined();
  });
});
