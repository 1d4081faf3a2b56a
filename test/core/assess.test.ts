import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/assess.js';
import type { TraitId } from '../../src/core/traits.js';
import type { Role, Rule, TraitIdeal } from '../../src/core/types.js';
import { makeRole, traitAnswers } from '../helpers.js';

const answers = traitAnswers;

const role = (id: string, traits: Partial<Record<TraitId, TraitIdeal>>, rules: Rule[] = []): Role => makeRole(id, traits, { rules });

describe('assess', () => {
  it('ranks by score descending', () => {
    const ranked = assess(
      [
        role('low', { empathy: { ideal: 1, weight: 1 } }), // answer 5 → 0
        role('high', { empathy: { ideal: 5, weight: 1 } }), // 100
        role('mid', { empathy: { ideal: 3, weight: 1 } }), // 50
      ],
      answers({ empathy: 5 }),
    );
    expect(ranked.map((r) => [r.role.id, r.score])).toEqual([
      ['high', 100],
      ['mid', 50],
      ['low', 0],
    ]);
  });

  it('breaks ties by id, whatever the input order', () => {
    const same = { planning: { ideal: 4, weight: 1 } };
    const ranked = assess(
      [role('zeta', same), role('alpha', same), role('top', { planning: { ideal: 3, weight: 1 } }), role('mu', same)],
      answers({ planning: 3 }),
    );
    expect(ranked.map((r) => `${r.role.id}:${r.score}`)).toEqual(['top:100', 'alpha:75', 'mu:75', 'zeta:75']);
  });

  it('ranks on the final score, after rule adjustments', () => {
    const penalty: Rule = { id: 'penalty', when: { trait: 'empathy', op: 'eq', value: 5 }, event: { adjust: -40 } };
    const ranked = assess(
      [role('penalised', { empathy: { ideal: 5, weight: 1 } }, [penalty]), role('plain', { empathy: { ideal: 4, weight: 1 } })],
      answers({ empathy: 5 }),
    );
    expect(ranked.map((r) => [r.role.id, r.score, r.base])).toEqual([
      ['plain', 75, 75],
      ['penalised', 60, 100],
    ]);
  });

  it('returns an empty ranking for no roles', () => {
    expect(assess([], answers())).toEqual([]);
  });
});
