import { describe, expect, it } from 'vitest';
import { scoreRole } from '../../src/core/assess.js';
import { baseScore } from '../../src/core/scoring.js';
import type { TraitId } from '../../src/core/traits.js';
import type { Role, Rule, TraitIdeal } from '../../src/core/types.js';
import { makeRole, traitAnswers } from '../helpers.js';

const answers = traitAnswers;

const role = (traits: Partial<Record<TraitId, TraitIdeal>>, rules: Rule[] = [], id = 'test-role'): Role => makeRole(id, traits, { rules });

const always = (id: string, adjust: number): Rule => ({ id, when: { trait: 'empathy', op: 'gte', value: 1 }, event: { adjust } });

describe('baseScore', () => {
  it('weights closeness: ideal 5 (w1) with answer 3 and ideal 1 (w3) with answer 2 give 68.75', () => {
    const r = role({ empathy: { ideal: 5, weight: 1 }, profit_focus: { ideal: 1, weight: 3 } });
    const { score, contributions } = baseScore(r, answers({ empathy: 3, profit_focus: 2 }));
    // (1 × 0.5 + 3 × 0.75) / 4 = 0.6875
    expect(score).toBe(68.75);
    expect(contributions).toEqual([
      { trait: 'empathy', answer: 3, ideal: 5, weight: 1, closeness: 0.5 },
      { trait: 'profit_focus', answer: 2, ideal: 1, weight: 3, closeness: 0.75 },
    ]);
  });

  it('gives 100 for a perfect match and 0 when every answer is at the far end of the scale', () => {
    const r = role({ empathy: { ideal: 5, weight: 2 }, profit_focus: { ideal: 1, weight: 1 } });
    expect(baseScore(r, answers({ empathy: 5, profit_focus: 1 })).score).toBe(100);
    expect(baseScore(r, answers({ empathy: 1, profit_focus: 5 })).score).toBe(0);
  });

  it('lets the heavier trait dominate: ideal 5 (w1) met, ideal 1 (w3) missed by 4 → 25', () => {
    const r = role({ empathy: { ideal: 5, weight: 1 }, profit_focus: { ideal: 1, weight: 3 } });
    expect(baseScore(r, answers({ empathy: 5, profit_focus: 5 })).score).toBe(25);
  });

  it('computes closeness as 1 − |answer − ideal| / 4, also for fractional answers', () => {
    const r = role({ empathy: { ideal: 5, weight: 1 }, planning: { ideal: 2, weight: 1 }, teamwork: { ideal: 3, weight: 1 } });
    const { contributions } = baseScore(r, answers({ empathy: 3.5, planning: 5, teamwork: 1 }));
    expect(contributions.map((c) => [c.trait, c.closeness])).toEqual([
      ['empathy', 0.625],
      ['planning', 0.25],
      ['teamwork', 0.5],
    ]);
  });

  it('only scores the traits the role lists; other answers do not matter', () => {
    const r = role({ planning: { ideal: 4, weight: 2 } });
    const low = baseScore(r, answers({ planning: 4, empathy: 1, communication: 1 }));
    const high = baseScore(r, answers({ planning: 4, empathy: 5, communication: 5 }));
    expect(low.score).toBe(100);
    expect(high.score).toBe(100);
    expect(low.contributions).toHaveLength(1);
  });

  it('keeps weight-0 traits as contributions but they do not move the score', () => {
    const r = role({ empathy: { ideal: 5, weight: 2 }, planning: { ideal: 5, weight: 0 } });
    const { score, contributions } = baseScore(r, answers({ empathy: 4, planning: 1 }));
    expect(score).toBe(75);
    expect(contributions.map((c) => c.trait)).toEqual(['empathy', 'planning']);
  });

  it('returns 0 rather than NaN when every weight is 0', () => {
    const r = role({ empathy: { ideal: 5, weight: 0 } });
    expect(baseScore(r, answers({ empathy: 5 })).score).toBe(0);
  });
});

describe('scoreRole', () => {
  const mixed = { empathy: { ideal: 5, weight: 1 }, profit_focus: { ideal: 1, weight: 3 } };

  it('rounds the base score: 68.75 → 69, and keeps the unrounded base', () => {
    const result = scoreRole(role(mixed), answers({ empathy: 3, profit_focus: 2 }));
    expect(result.score).toBe(69);
    expect(result.base).toBe(68.75);
    expect(result.fired).toEqual([]);
  });

  it('rounds a half up: 62.5 → 63', () => {
    const r = role({ empathy: { ideal: 5, weight: 1 }, planning: { ideal: 5, weight: 1 } });
    expect(scoreRole(r, answers({ empathy: 3, planning: 4 })).score).toBe(63);
  });

  it('adds the adjustments of every fired rule before rounding: 68.75 − 10 + 3 → 62', () => {
    const result = scoreRole(role(mixed, [always('minus', -10), always('plus', 3)]), answers({ empathy: 3, profit_focus: 2 }));
    expect(result.score).toBe(62);
    expect(result.base).toBe(68.75);
    expect(result.fired.map((f) => f.rule.id)).toEqual(['minus', 'plus']);
  });

  it('ignores the adjustment of a rule that did not fire', () => {
    const never: Rule = { id: 'never', when: { trait: 'empathy', op: 'gt', value: 5 }, event: { adjust: -50 } };
    expect(scoreRole(role(mixed, [never]), answers({ empathy: 3, profit_focus: 2 })).score).toBe(69);
  });

  it('clamps to 100 when adjustments push above it', () => {
    const result = scoreRole(role({ empathy: { ideal: 5, weight: 1 } }, [always('bonus', 20)]), answers({ empathy: 5 }));
    expect(result.score).toBe(100);
    expect(result.base).toBe(100);
    expect(result.band).toBe('strong');
  });

  it('clamps to 0 when adjustments push below it', () => {
    const result = scoreRole(role({ empathy: { ideal: 5, weight: 1 } }, [always('penalty', -30)]), answers({ empathy: 2 }));
    // base 25, minus 30
    expect(result.base).toBe(25);
    expect(result.score).toBe(0);
    expect(Object.is(result.score, 0)).toBe(true);
    expect(result.band).toBe('weak');
  });

  it('derives the band from the final (rounded, adjusted) score, not the base', () => {
    // base 100 lands in strong; −40 leaves 60, which is partial
    const result = scoreRole(role({ empathy: { ideal: 5, weight: 1 } }, [always('penalty', -40)]), answers({ empathy: 5 }));
    expect([result.base, result.score, result.band]).toEqual([100, 60, 'partial']);
  });

  it('attaches the reasons picked from the contributions', () => {
    const result = scoreRole(role(mixed), answers({ empathy: 3, profit_focus: 2 }));
    expect(result.reasons).toEqual([
      { trait: 'profit_focus', answer: 2, ideal: 1, effect: '+' },
      { trait: 'empathy', answer: 3, ideal: 5, effect: '-' },
    ]);
  });
});
