import { describe, expect, it } from 'vitest';
import { loadCatalogDir } from '../../src/cli/input/catalog-dir.js';
import { TRAIT_IDS } from '../../src/core/traits.js';

describe('built-in data', () => {
  it('validates and covers every trait with a question', async () => {
    const catalog = await loadCatalogDir('data', process);
    expect(Object.keys(catalog.traits).sort()).toEqual([...TRAIT_IDS].sort());
    expect(new Set(catalog.questions.map((q) => q.trait))).toEqual(new Set(TRAIT_IDS));
    expect(catalog.roles.map((r) => r.id).sort()).toEqual([
      'aktivis-okp',
      'konsultan-pemberdayaan',
      'manajer-proyek',
      'pekerja-sosial',
      'pemberdayaan-masyarakat',
      'pengelola-program-lsm',
    ]);
  });

  it('measures every trait with two items, one reverse-keyed, never adjacent, in at most 36 items', async () => {
    const { questions } = await loadCatalogDir('data', process);
    for (const trait of TRAIT_IDS) {
      const items = questions.filter((q) => q.trait === trait);
      expect(items.length, trait).toBeGreaterThanOrEqual(2);
      // Agreement bias cancels within a trait only when its items are balanced.
      expect(items.filter((q) => q.reverse).length, trait).toBe(items.length / 2);
    }
    expect(questions.length).toBeLessThanOrEqual(36);
    questions.slice(1).forEach((q, i) => expect(q.trait, `items ${i + 1} and ${i + 2}`).not.toBe(questions[i]!.trait));
  });

  it('keeps at most one follow-up per trait, and every retired item readable', async () => {
    const { questions, followUps = [], retired = [], codeItems = {} } = await loadCatalogDir('data', process);
    expect(followUps.length).toBeGreaterThanOrEqual(6);
    expect(new Set(followUps.map((q) => q.trait)).size).toBe(followUps.length);
    const ids = new Set([...questions, ...followUps, ...retired].map((q) => q.id));
    expect(codeItems.v1).toHaveLength(24);
    for (const id of codeItems.v1 ?? []) expect(ids.has(id), id).toBe(true);
  });
});
