import { describe, expect, it } from 'vitest';
import { describeCondition, explainTriggers } from '../../src/core/condition-text.js';
import { evaluate } from '../../src/core/conditions.js';
import type { Condition } from '../../src/core/types.js';
import { makeCatalog, makeRole, traitAnswers } from '../helpers.js';

const cat = makeCatalog([makeRole('known', { empathy: { ideal: 5, weight: 1 } })]);

describe('describeCondition', () => {
  const condition: Condition = {
    all: [{ trait: 'empathy', op: 'lte', value: 2 }, { not: { any: [{ trait: 'communication', op: 'in', value: [1, 2] }, { trait: 'planning', op: 'ne', value: 3 }] } }],
  };

  it('writes a nested condition in English', () => {
    expect(describeCondition(condition, cat, 'en')).toBe('(Empathy ≤ 2 and not (Communication ∈ {1, 2} or Planning ≠ 3))');
  });

  it('writes a nested condition in Indonesian', () => {
    expect(describeCondition(condition, cat, 'id')).toBe('(Empati ≤ 2 dan bukan (Komunikasi ∈ {1, 2} atau Perencanaan ≠ 3))');
  });

  it('writes a single comparison without brackets', () => {
    expect(describeCondition({ trait: 'planning', op: 'nin', value: [5] }, cat, 'en')).toBe('Planning ∉ {5}');
  });

  it('joins three or more conditions as a list', () => {
    const three: Condition = { any: [{ trait: 'empathy', op: 'lt', value: 2 }, { trait: 'planning', op: 'gt', value: 4 }, { trait: 'communication', op: 'eq', value: 1 }] };
    expect(describeCondition(three, cat, 'en')).toBe('(Empathy < 2, Planning > 4 or Communication = 1)');
    expect(describeCondition(three, cat, 'id')).toBe('(Empati < 2, Perencanaan > 4 atau Komunikasi = 1)');
  });
});

describe('explainTriggers', () => {
  it('joins several triggers with "; " and marks a comparison that did not hold with "not"', () => {
    const { because } = evaluate(
      { all: [{ trait: 'empathy', op: 'gt', value: 3 }, { not: { trait: 'planning', op: 'nin', value: [4, 5] } }] },
      traitAnswers({ empathy: 4, planning: 5 }),
    );
    expect(explainTriggers(because, cat, 'en')).toBe('your Empathy score is 4; this sign applies at anything above 3; your Planning score is 5; this sign applies at 4 or 5');
  });

  it('prints the answer as given, fractions included', () => {
    const { because } = evaluate({ trait: 'communication', op: 'ne', value: 3 }, traitAnswers({ communication: 2.5 }));
    expect(explainTriggers(because, cat, 'id')).toBe('nilaimu untuk Komunikasi: 2,5; tanda ini berlaku pada nilai selain 3');
  });

  it('puts every operator, and every negated one, in words', () => {
    // [condition, an answer that meets it, the levels it applies at]
    const cases: [Condition, number, string][] = [
      [{ trait: 'empathy', op: 'lte', value: 2 }, 2, '2 or lower'],
      [{ trait: 'empathy', op: 'lt', value: 3 }, 2, 'anything below 3'],
      [{ trait: 'empathy', op: 'gte', value: 1 }, 3, '1 or higher'],
      [{ trait: 'empathy', op: 'gt', value: 2 }, 3, 'anything above 2'],
      [{ trait: 'empathy', op: 'eq', value: 3 }, 3, 'exactly 3'],
      [{ trait: 'empathy', op: 'ne', value: 1 }, 3, 'anything but 1'],
      [{ trait: 'empathy', op: 'in', value: [2, 3, 4] }, 3, '2, 3 or 4'],
      [{ trait: 'empathy', op: 'nin', value: [1] }, 3, 'anything but 1'],
      [{ not: { trait: 'empathy', op: 'gte', value: 4 } }, 3, 'anything below 4'],
      [{ not: { trait: 'empathy', op: 'in', value: [1, 2] } }, 3, 'anything but 1 or 2'],
    ];
    for (const [condition, answer, words] of cases) {
      const { passed, because } = evaluate(condition, traitAnswers({ empathy: answer }));
      expect(passed, JSON.stringify(condition)).toBe(true);
      expect(explainTriggers(because, cat, 'en'), JSON.stringify(condition)).toBe(`your Empathy score is ${answer}; this sign applies at ${words}`);
    }
  });
});
