import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/core/rules.js';
import type { Condition, Rule } from '../../src/core/types.js';
import { traitAnswers } from '../helpers.js';

const answers = traitAnswers;

const rule = (id: string, when: Condition, adjust = -5): Rule => ({ id, when, event: { adjust } });

describe('runRules', () => {
  const rules = [
    rule('z-low-empathy', { trait: 'empathy', op: 'lte', value: 2 }),
    rule('a-high-planning', { trait: 'planning', op: 'gte', value: 4 }, 5),
    rule('m-low-comm', { trait: 'communication', op: 'lt', value: 2 }),
    rule('b-either', { any: [{ trait: 'empathy', op: 'eq', value: 1 }, { trait: 'planning', op: 'eq', value: 5 }] }),
  ];

  it('returns the fired rules in profile order (not sorted by id), skipping rules that did not fire', () => {
    const fired = runRules(rules, answers({ empathy: 1, planning: 5, communication: 3 }));
    expect(fired.map((f) => f.rule.id)).toEqual(['z-low-empathy', 'a-high-planning', 'b-either']);
  });

  it('keeps the rule object itself and the comparisons that made it fire', () => {
    const fired = runRules(rules, answers({ empathy: 1, planning: 2 }));
    expect(fired).toHaveLength(2);
    expect(fired[0]!.rule).toBe(rules[0]);
    expect(fired[1]!.rule).toBe(rules[3]);
    expect(fired[1]!.because).toEqual([{ trait: 'empathy', op: 'eq', value: 1, answer: 1, holds: true }]);
  });

  it('returns an empty list when nothing fires or there are no rules', () => {
    expect(runRules(rules, answers())).toEqual([]);
    expect(runRules([], answers({ empathy: 1 }))).toEqual([]);
  });
});
