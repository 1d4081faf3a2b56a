import { describe, expect, it } from 'vitest';
import { assess, scoreRole } from '../../src/core/assess.js';
import { directionFor, SCORE, shapeScore } from '../../src/core/scoring.js';
import { TRAIT_IDS, type TraitId } from '../../src/core/traits.js';
import type { Role, Rule, TraitIdeal } from '../../src/core/types.js';
import { makeRole, traitAnswers } from '../helpers.js';

const answers = traitAnswers;

const role = (traits: Partial<Record<TraitId, TraitIdeal>>, rules: Rule[] = [], id = 'test-role'): Role => makeRole(id, traits, { rules });

const always = (id: string, adjust: number): Rule => ({ id, when: { trait: 'empathy', op: 'gte', value: 1 }, event: { adjust } });
const warns = (id: string, trait: TraitId): Rule => ({
  id,
  when: { trait, op: 'lte', value: 2 },
  event: { adjust: -10, warning: { id: 'peringatan', en: 'warning' } },
});

/** One trait needed at weight 1: the unit direction gives it 1/√(1 + 1/16) of a point per point. */
const single = role({ empathy: { ideal: 5, weight: 1, direction: 'at-least' } });
const SINGLE = 1 / Math.sqrt(1 + 1 / 16);

describe('shapeScore', () => {
  it('is neutral when the needed trait stands level with the rest of the profile', () => {
    expect(shapeScore(single, answers({})).score).toBe(SCORE.neutral);
  });

  it('adds slope × coefficient points per scale point the needed trait stands above the others', () => {
    const { score, reference, contributions } = shapeScore(single, answers({ empathy: 5 }));
    expect(reference).toBe(3);
    expect(score).toBeCloseTo(SCORE.neutral + SCORE.slope * SINGLE * 2, 10);
    expect(contributions).toEqual([{ trait: 'empathy', level: 5, relative: 2, points: expect.closeTo(SCORE.slope * SINGLE * 2, 10) }]);
  });

  it('ignores the overall level: adding the same amount to every trait changes nothing', () => {
    const r = role({ empathy: { ideal: 5, weight: 3 }, planning: { ideal: 4, weight: 1 }, profit_focus: { ideal: 1, weight: 2, direction: 'at-most' } });
    const low = answers({ empathy: 3, planning: 2, profit_focus: 1, teamwork: 2 });
    const shifted = Object.fromEntries(TRAIT_IDS.map((id) => [id, low[id] + 1.5])) as typeof low;
    expect(shapeScore(r, shifted).score).toBeCloseTo(shapeScore(r, low).score, 10);
  });

  it('counts an at-most trait the other way round: less of it than of the rest raises the fit', () => {
    const r = role({ profit_focus: { ideal: 1, weight: 2, direction: 'at-most' } });
    expect(shapeScore(r, answers({ profit_focus: 1 })).score).toBeGreaterThan(SCORE.neutral);
    expect(shapeScore(r, answers({ profit_focus: 5 })).score).toBeLessThan(SCORE.neutral);
  });

  it('reads an entry without a direction from its ideal: 3 or more is at least, below 3 at most', () => {
    const up = role({ empathy: { ideal: 4, weight: 1 } });
    const down = role({ empathy: { ideal: 2, weight: 1 } });
    expect(shapeScore(up, answers({ empathy: 5 })).score).toBeGreaterThan(SCORE.neutral);
    expect(shapeScore(down, answers({ empathy: 5 })).score).toBeLessThan(SCORE.neutral);
  });

  it('gives every role a unit direction: the same spread whether it names one trait or many', () => {
    const many = role(Object.fromEntries(TRAIT_IDS.slice(0, 8).map((id) => [id, { ideal: 5, weight: 2 }])));
    for (const r of [single, many]) {
      const c = directionFor(r).coefficients;
      expect(TRAIT_IDS.reduce((sum, id) => sum + c[id] ** 2, 0)).toBeCloseTo(1, 10);
      expect(TRAIT_IDS.reduce((sum, id) => sum + c[id], 0)).toBeCloseTo(0, 10);
    }
  });

  it('never lowers the fit when a needed trait rises above its ideal', () => {
    const r = role({ empathy: { ideal: 4, weight: 2 }, planning: { ideal: 4, weight: 1 } });
    const at = shapeScore(r, answers({ empathy: 4, planning: 4 })).score;
    expect(shapeScore(r, answers({ empathy: 5, planning: 4 })).score).toBeGreaterThan(at);
  });

  it('weighs the needed level (for the level floor) over the at-least traits only', () => {
    const r = role({ empathy: { ideal: 5, weight: 3 }, planning: { ideal: 4, weight: 1 }, profit_focus: { ideal: 1, weight: 2, direction: 'at-most' } });
    expect(shapeScore(r, answers({ empathy: 5, planning: 1, profit_focus: 5 })).need).toBe(4);
  });
});

describe('scoreRole', () => {
  it('adds the adjustments of every fired rule to the shape: neutral − 10 + 3 → 43', () => {
    const result = scoreRole(role({ empathy: { ideal: 5, weight: 1 } }, [always('minus', -10), always('plus', 3)]), answers({}));
    expect(result.score).toBe(43);
    expect(result.shape).toBe(SCORE.neutral);
    expect(result.fired.map((f) => f.rule.id)).toEqual(['minus', 'plus']);
  });

  it('ignores the adjustment of a rule that did not fire', () => {
    const never: Rule = { id: 'never', when: { trait: 'empathy', op: 'gt', value: 5 }, event: { adjust: -50 } };
    expect(scoreRole(role({ empathy: { ideal: 5, weight: 1 } }, [never]), answers({})).score).toBe(SCORE.neutral);
  });

  it('clamps to 0–100', () => {
    expect(scoreRole(role({ empathy: { ideal: 5, weight: 1 } }, [always('bonus', 90)]), answers({ empathy: 5 })).score).toBe(100);
    const low = scoreRole(role({ empathy: { ideal: 5, weight: 1 } }, [always('penalty', -90)]), answers({ empathy: 2 }));
    expect(Object.is(low.score, 0)).toBe(true);
    // Empathy 2 is below the level the role needs: held back, so no band.
    expect(low.band).toBeNull();
    expect(scoreRole(role({ empathy: { ideal: 5, weight: 1 } }, [always('penalty', -90)]), answers({ empathy: 5 })).band).toBe('weak');
  });

  it('counts a high shape as a fit when the level is high enough and no warning fires', () => {
    const result = scoreRole(single, answers({ empathy: 5 }));
    expect(result.fits).toBe(true);
    expect(result.limits).toEqual([]);
  });

  it('keeps a role with a firing warning out of the fit bands, whatever its score', () => {
    const r = role({ empathy: { ideal: 5, weight: 3 } }, [warns('dislikes-teamwork', 'teamwork')]);
    const result = scoreRole(r, answers({ empathy: 5, teamwork: 2 }));
    expect(result.score).toBeGreaterThanOrEqual(65);
    // Held back: no band at all, so a high score never sits beside "partial fit".
    expect(result.band).toBeNull();
    expect(result.fits).toBe(false);
    expect(result.limits).toEqual(['warning']);
  });

  it('keeps a role out of the fit bands when the needed traits are rated below the level floor', () => {
    // Empathy stands far above the rest, but 3 is below the 3.5 floor on what the role needs.
    const result = scoreRole(single, answers(Object.fromEntries(TRAIT_IDS.map((id) => [id, id === 'empathy' ? 3 : 1]))));
    expect(result.score).toBeGreaterThanOrEqual(65);
    expect(result.fits).toBe(false);
    expect(result.limits).toEqual(['level']);
  });
});

describe('assess', () => {
  it('never breaks a tie by id: an exact tie keeps catalog order', () => {
    const zeta = role({ empathy: { ideal: 5, weight: 1 } }, [], 'zeta');
    const alpha = role({ empathy: { ideal: 5, weight: 1 } }, [], 'alpha');
    expect(assess([zeta, alpha], answers({ empathy: 4 })).map((r) => r.role.id)).toEqual(['zeta', 'alpha']);
  });

  it('breaks an exact tie by fewer warnings first', () => {
    // The warning moves no points here, so the two scores tie exactly.
    const warned = role({ empathy: { ideal: 5, weight: 1 } }, [{ ...warns('w', 'planning'), event: { adjust: 0, warning: { id: 'x', en: 'x' } } }], 'warned');
    const clean = role({ empathy: { ideal: 5, weight: 1 } }, [], 'clean');
    expect(assess([warned, clean], answers({ empathy: 4, planning: 2 })).map((r) => r.role.id)).toEqual(['clean', 'warned']);
  });
});
