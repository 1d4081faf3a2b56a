import { describe, expect, it } from 'vitest';
import { pickReasons } from '../../src/core/reasons.js';
import type { Contribution } from '../../src/core/scoring.js';
import type { TraitId } from '../../src/core/traits.js';

/** A contribution with the closeness computed the way baseScore does. */
const c = (trait: TraitId, answer: number, ideal: number, weight: number): Contribution => ({
  trait,
  answer,
  ideal,
  weight,
  closeness: 1 - Math.abs(answer - ideal) / 4,
});

describe('pickReasons', () => {
  it('lists + reasons (within one step) before − reasons (two or more steps away)', () => {
    const reasons = pickReasons([c('empathy', 1, 5, 2), c('planning', 4, 4, 1)]);
    expect(reasons).toEqual([
      { trait: 'planning', answer: 4, ideal: 4, effect: '+' },
      { trait: 'empathy', answer: 1, ideal: 5, effect: '-' },
    ]);
  });

  it('uses the thresholds closeness ≥ 0.75 for + and ≤ 0.5 for −; in between is neither', () => {
    const reasons = pickReasons([
      c('empathy', 4, 5, 1), // 0.75 → +
      c('planning', 3, 5, 1), // 0.5 → −
      c('teamwork', 3.5, 5, 1), // 0.625 → neither
    ]);
    expect(reasons.map((r) => `${r.effect}${r.trait}`)).toEqual(['+empathy', '-planning']);
  });

  it('orders + reasons by weight × closeness, strongest first', () => {
    const reasons = pickReasons([
      c('empathy', 4, 5, 1), // 0.75
      c('planning', 5, 5, 2), // 2
      c('teamwork', 4, 5, 2), // 1.5
    ]);
    expect(reasons.map((r) => r.trait)).toEqual(['planning', 'teamwork', 'empathy']);
  });

  it('orders − reasons by weight × (1 − closeness), strongest first', () => {
    const reasons = pickReasons([
      c('empathy', 3, 5, 1), // 0.5
      c('planning', 1, 5, 1), // 1
      c('teamwork', 2, 5, 3), // 3 × 0.75 = 2.25
    ]);
    expect(reasons.map((r) => `${r.effect}${r.trait}`)).toEqual(['-teamwork', '-planning', '-empathy']);
  });

  it('keeps at most three of each kind', () => {
    const reasons = pickReasons([
      c('empathy', 5, 5, 1),
      c('planning', 5, 5, 4),
      c('teamwork', 5, 5, 3),
      c('leadership', 5, 5, 2),
      c('analytical', 1, 5, 1),
      c('innovation', 1, 5, 5),
      c('dedication', 1, 5, 3),
      c('resilience', 1, 5, 4),
    ]);
    expect(reasons.map((r) => `${r.effect}${r.trait}`)).toEqual([
      '+planning',
      '+teamwork',
      '+leadership',
      '-innovation',
      '-resilience',
      '-dedication',
    ]);
  });

  it('ignores traits with weight 0 on both sides', () => {
    const reasons = pickReasons([c('empathy', 5, 5, 0), c('planning', 1, 5, 0), c('teamwork', 4, 5, 1)]);
    expect(reasons).toEqual([{ trait: 'teamwork', answer: 4, ideal: 5, effect: '+' }]);
  });

  it('returns no reasons when nothing qualifies', () => {
    expect(pickReasons([])).toEqual([]);
    expect(pickReasons([c('empathy', 3.5, 5, 3)])).toEqual([]);
  });
});
