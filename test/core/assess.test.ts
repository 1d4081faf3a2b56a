import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/assess.js';
import type { TraitId } from '../../src/core/traits.js';
import type { Role, Rule, TraitIdeal } from '../../src/core/types.js';
import { makeRole, traitAnswers } from '../helpers.js';

const answers = traitAnswers;

const role = (id: string, traits: Partial<Record<TraitId, TraitIdeal>>, rules: Rule[] = []): Role => makeRole(id, traits, { rules });

describe('assess', () => {
  it('ranks by score descending: the role whose needs stand out most in the profile first', () => {
    const ranked = assess(
      [
        role('low', { empathy: { ideal: 1, weight: 1, direction: 'at-most' } }),
        role('high', { empathy: { ideal: 5, weight: 1 } }),
        role('mid', { planning: { ideal: 4, weight: 1 } }),
      ],
      answers({ empathy: 5 }),
    );
    expect(ranked.map((r) => r.role.id)).toEqual(['high', 'mid', 'low']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
    expect(ranked[1]!.score).toBeGreaterThan(ranked[2]!.score);
  });

  it('ranks on the final score, after rule adjustments', () => {
    const penalty: Rule = { id: 'penalty', when: { trait: 'empathy', op: 'eq', value: 5 }, event: { adjust: -40 } };
    const ranked = assess(
      [role('penalised', { empathy: { ideal: 5, weight: 1 } }, [penalty]), role('plain', { empathy: { ideal: 4, weight: 1 } })],
      answers({ empathy: 5 }),
    );
    expect(ranked.map((r) => r.role.id)).toEqual(['plain', 'penalised']);
    expect(ranked[1]!.exact).toBeCloseTo(ranked[1]!.shape - 40, 10);
  });

  it('returns an empty ranking for no roles', () => {
    expect(assess([], answers())).toEqual([]);
  });
});
