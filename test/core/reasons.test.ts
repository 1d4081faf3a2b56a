import { describe, expect, it } from 'vitest';
import { scoreRole } from '../../src/core/assess.js';
import { importanceOf, pickReasons } from '../../src/core/reasons.js';
import { makeRole, traitAnswers } from '../helpers.js';

/** A role that needs advocacy most, planning plainly, innovation a little, and little profit focus. */
const ROLE = makeRole('r', {
  advocacy: { ideal: 5, weight: 3, direction: 'at-least' },
  planning: { ideal: 4, weight: 2, direction: 'at-least' },
  innovation: { ideal: 4, weight: 1, direction: 'at-least' },
  profit_focus: { ideal: 2, weight: 2, direction: 'at-most' },
});
const reasons = (levels: Parameters<typeof traitAnswers>[0], role = ROLE) => pickReasons(scoreRole(role, traitAnswers(levels)));

describe('pickReasons', () => {
  it('leads with what the role needs most, then what it needs less, strengths before gaps', () => {
    const x = reasons({ advocacy: 5, planning: 1, innovation: 5, profit_focus: 3 });
    expect(x.map((r) => [r.kind, r.trait])).toEqual([
      ['strength', 'advocacy'],
      ['strength', 'innovation'],
      ['gap', 'planning'],
    ]);
  });

  it('never makes a trait the role needs little of the first reason, even when it moves the score most', () => {
    const [first, ...rest] = reasons({ advocacy: 4, planning: 3, innovation: 3, profit_focus: 1 });
    expect(first).toMatchObject({ kind: 'strength', trait: 'advocacy' });
    expect(rest.at(-1)).toMatchObject({ kind: 'suits', trait: 'profit_focus', effect: '+' });
  });

  it('gives a role held back by the level floor that reason first, against it', () => {
    // Advocacy stands out, but every level is low: the floor holds the role back.
    const [first] = reasons({ empathy: 1, communication: 1, teamwork: 1, advocacy: 3, planning: 2, innovation: 2, profit_focus: 1 });
    expect(first).toEqual({ kind: 'level', effect: '-' });
  });

  it('never gives a trait as a strength while a warning sign fires on it', () => {
    const warned = makeRole('w', { teamwork: { ideal: 4, weight: 3, direction: 'at-least' } }, {
      rules: [{ id: 'no-team', when: { trait: 'teamwork', op: 'lte', value: 2 }, event: { adjust: 0, warning: { id: 'x', en: 'x' } } }],
    });
    // Teamwork 2 stands above the rest of a flat profile at 1, yet the warning fires on it.
    const x = reasons(Object.fromEntries(Object.keys(traitAnswers()).map((t) => [t, t === 'teamwork' ? 2 : 1])) as never, warned);
    expect(x.some((r) => r.kind === 'strength' && r.trait === 'teamwork')).toBe(false);
  });

  it('keeps at most three strengths and two gaps, and leaves out what moves the score by less than a point', () => {
    const wide = makeRole('wide', {
      empathy: { ideal: 5, weight: 3 },
      communication: { ideal: 5, weight: 3 },
      teamwork: { ideal: 5, weight: 3 },
      leadership: { ideal: 5, weight: 3 },
      planning: { ideal: 5, weight: 2 },
      analytical: { ideal: 5, weight: 2 },
      innovation: { ideal: 5, weight: 2 },
    });
    const x = reasons({ empathy: 5, communication: 5, teamwork: 5, leadership: 5, planning: 1, analytical: 1, innovation: 1 }, wide);
    expect(x.filter((r) => r.kind === 'strength')).toHaveLength(3);
    expect(x.filter((r) => r.kind === 'gap')).toHaveLength(2);
    // A flat profile: nothing stands out either way (only the level floor, at 3 everywhere, is a reason).
    expect(reasons({}).map((r) => r.kind)).toEqual(['level']);
  });

  it('reads importance from the weight', () => {
    expect([3, 2.5, 2, 1, 0.5].map(importanceOf)).toEqual([3, 2, 2, 1, 1]);
  });
});
