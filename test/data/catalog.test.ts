import { describe, expect, it } from 'vitest';
import { loadCatalogDir } from '../../src/cli/catalog-dir.js';
import { TRAIT_IDS } from '../../src/core/traits.js';

describe('built-in data', () => {
  it('validates and covers every trait with a question', async () => {
    const catalog = await loadCatalogDir('data', process.stdin);
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

  it('asks two items, one reverse-keyed, for each trait behind the seeds’ warnings, never adjacent', async () => {
    const { questions } = await loadCatalogDir('data', process.stdin);
    const paired = ['empathy', 'communication', 'teamwork', 'social_awareness', 'helping_motivation', 'leadership', 'resilience'];
    for (const trait of paired) {
      const items = questions.filter((q) => q.trait === trait);
      expect(items, trait).toHaveLength(2);
      expect(items.filter((q) => q.reverse), trait).toHaveLength(1);
    }
    expect(questions).toHaveLength(TRAIT_IDS.length + paired.length);
    questions.slice(1).forEach((q, i) => expect(q.trait, `items ${i + 1} and ${i + 2}`).not.toBe(questions[i]!.trait));
  });
});
