import { describe, expect, it } from 'vitest';
import { pickReasons, REASON_MIN_POINTS } from '../../src/core/reasons.js';
import type { Contribution } from '../../src/core/scoring.js';
import type { TraitId } from '../../src/core/traits.js';

const c = (trait: TraitId, points: number, relative = points / 5): Contribution => ({ trait, level: 3 + relative, relative, points });
const describeTrait = () => ({ ideal: 4, direction: 'at-least' as const });

describe('pickReasons', () => {
  it('splits contributions into gains (+) and losses (−), strongest first', () => {
    const reasons = pickReasons([c('empathy', 2), c('planning', -6), c('teamwork', 5)], describeTrait);
    expect(reasons.map((r) => [r.trait, r.effect])).toEqual([
      ['teamwork', '+'],
      ['empathy', '+'],
      ['planning', '-'],
    ]);
  });

  it(`leaves out contributions smaller than ${REASON_MIN_POINTS} point either way`, () => {
    expect(pickReasons([c('empathy', 0.5), c('planning', -0.99)], describeTrait)).toEqual([]);
    expect(pickReasons([c('empathy', REASON_MIN_POINTS)], describeTrait)).toHaveLength(1);
  });

  it('keeps three of each at most', () => {
    const many = (['empathy', 'planning', 'teamwork', 'leadership', 'analytical'] as const).map((t, i) => c(t, i + 2));
    expect(pickReasons([...many, ...many.map((x) => ({ ...x, points: -x.points }))], describeTrait).map((r) => r.effect)).toEqual([
      '+', '+', '+', '-', '-', '-',
    ]);
  });

  it('carries the level, its distance from the rest of the profile, the points and the entry', () => {
    const [reason] = pickReasons([c('empathy', 7, 1.4)], () => ({ ideal: 5, direction: 'at-least' }));
    expect(reason).toEqual({ trait: 'empathy', level: 4.4, relative: 1.4, points: 7, effect: '+', ideal: 5, direction: 'at-least' });
  });

  it('returns nothing for no contributions', () => {
    expect(pickReasons([], describeTrait)).toEqual([]);
  });
});
