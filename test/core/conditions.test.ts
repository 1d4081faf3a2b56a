import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/conditions.js';
import { OPERATORS, OPERATOR_NAMES } from '../../src/core/operators.js';
import type { TraitId } from '../../src/core/traits.js';
import type { ComparisonCondition, Condition } from '../../src/core/types.js';
import { traitAnswers } from '../helpers.js';

/** Every trait answered 3 unless overridden. */
const answers = traitAnswers;

const cmp = (trait: TraitId, op: ComparisonCondition['op'], value: number | number[]): ComparisonCondition => ({ trait, op, value });

describe('OPERATORS table', () => {
  it('lists exactly the eight operators, in table order', () => {
    expect(OPERATOR_NAMES).toEqual(['lt', 'lte', 'gt', 'gte', 'eq', 'ne', 'in', 'nin']);
  });

  it('gives each operator its symbol and operand kind', () => {
    const table = Object.fromEntries(Object.entries(OPERATORS).map(([name, op]) => [name, `${op.symbol} ${op.operand}`]));
    expect(table).toEqual({
      lt: '< number',
      lte: '≤ number',
      gt: '> number',
      gte: '≥ number',
      eq: '= number',
      ne: '≠ number',
      in: '∈ list',
      nin: '∉ list',
    });
  });
});

describe('evaluate: single comparisons', () => {
  // [op, value, answer, expected]
  const cases: [ComparisonCondition['op'], number | number[], number, boolean][] = [
    ['lt', 3, 2, true],
    ['lt', 3, 3, false],
    ['lt', 3, 4, false],
    ['lte', 3, 2, true],
    ['lte', 3, 3, true],
    ['lte', 3, 4, false],
    ['gt', 3, 4, true],
    ['gt', 3, 3, false],
    ['gt', 3, 2, false],
    ['gte', 3, 4, true],
    ['gte', 3, 3, true],
    ['gte', 3, 2, false],
    ['eq', 3, 3, true],
    ['eq', 3, 4, false],
    ['eq', 3, 3.5, false],
    ['ne', 3, 4, true],
    ['ne', 3, 3, false],
    ['in', [1, 2], 2, true],
    ['in', [1, 2], 1, true],
    ['in', [1, 2], 3, false],
    ['in', [4], 4, true],
    ['in', [1, 2], 1.5, false],
    ['nin', [1, 2], 3, true],
    ['nin', [1, 2], 2, false],
    ['nin', [5], 5, false],
  ];

  it.each(cases)('%s %j with answer %d → %s', (op, value, answer, expected) => {
    const result = evaluate(cmp('empathy', op, value), answers({ empathy: answer }));
    expect(result.passed).toBe(expected);
    expect(result.because).toEqual([{ trait: 'empathy', op, value, answer, holds: expected }]);
  });

  it('covers every operator in OPERATORS', () => {
    expect(new Set(cases.map(([op]) => op))).toEqual(new Set(OPERATOR_NAMES));
  });

  it('reads the answer of the named trait, not another one', () => {
    const result = evaluate(cmp('planning', 'gte', 4), answers({ empathy: 5, planning: 2 }));
    expect(result).toEqual({ passed: false, because: [{ trait: 'planning', op: 'gte', value: 4, answer: 2, holds: false }] });
  });

  it('does not hold when a list operator gets a single number (or a number operator a list)', () => {
    expect(evaluate(cmp('empathy', 'in', 3), answers()).passed).toBe(false);
    expect(evaluate(cmp('empathy', 'nin', 4), answers()).passed).toBe(false);
    expect(evaluate(cmp('empathy', 'eq', [3]), answers()).passed).toBe(false);
  });
});

describe('evaluate: all / any / not', () => {
  const lowEmpathy = cmp('empathy', 'lte', 2);
  const lowComm = cmp('communication', 'lte', 2);
  const highPlanning = cmp('planning', 'gte', 4);

  it('a passed all is explained by every child, in order', () => {
    const result = evaluate({ all: [lowEmpathy, lowComm] }, answers({ empathy: 1, communication: 2 }));
    expect(result).toEqual({
      passed: true,
      because: [
        { trait: 'empathy', op: 'lte', value: 2, answer: 1, holds: true },
        { trait: 'communication', op: 'lte', value: 2, answer: 2, holds: true },
      ],
    });
  });

  it('a failed all is explained only by the children that failed', () => {
    const result = evaluate({ all: [lowEmpathy, lowComm, highPlanning] }, answers({ empathy: 1, communication: 4, planning: 1 }));
    expect(result).toEqual({
      passed: false,
      because: [
        { trait: 'communication', op: 'lte', value: 2, answer: 4, holds: false },
        { trait: 'planning', op: 'gte', value: 4, answer: 1, holds: false },
      ],
    });
  });

  it('a passed any is explained only by the children that passed', () => {
    const result = evaluate({ any: [lowEmpathy, lowComm, highPlanning] }, answers({ empathy: 4, communication: 1, planning: 5 }));
    expect(result).toEqual({
      passed: true,
      because: [
        { trait: 'communication', op: 'lte', value: 2, answer: 1, holds: true },
        { trait: 'planning', op: 'gte', value: 4, answer: 5, holds: true },
      ],
    });
  });

  it('a failed any is explained by every child', () => {
    const result = evaluate({ any: [lowEmpathy, lowComm] }, answers({ empathy: 3, communication: 4 }));
    expect(result.passed).toBe(false);
    expect(result.because.map((t) => `${t.trait}:${t.answer}:${t.holds}`)).toEqual(['empathy:3:false', 'communication:4:false']);
  });

  it('not inverts the result and keeps the child comparison with holds = false', () => {
    const result = evaluate({ not: highPlanning }, answers({ planning: 2 }));
    expect(result).toEqual({ passed: true, because: [{ trait: 'planning', op: 'gte', value: 4, answer: 2, holds: false }] });
  });

  it('not over a comparison that holds fails, with holds = true', () => {
    const result = evaluate({ not: highPlanning }, answers({ planning: 5 }));
    expect(result).toEqual({ passed: false, because: [{ trait: 'planning', op: 'gte', value: 4, answer: 5, holds: true }] });
  });

  it('double negation gives the original outcome', () => {
    expect(evaluate({ not: { not: lowEmpathy } }, answers({ empathy: 2 })).passed).toBe(true);
    expect(evaluate({ not: { not: lowEmpathy } }, answers({ empathy: 3 })).passed).toBe(false);
  });

  it('nests: all[ any[..], not(in) ] collects the deciding comparisons from every level', () => {
    const condition: Condition = {
      all: [{ any: [lowEmpathy, lowComm] }, { not: cmp('planning', 'in', [4, 5]) }],
    };
    const pass = evaluate(condition, answers({ empathy: 4, communication: 2, planning: 3 }));
    expect(pass).toEqual({
      passed: true,
      because: [
        { trait: 'communication', op: 'lte', value: 2, answer: 2, holds: true },
        { trait: 'planning', op: 'in', value: [4, 5], answer: 3, holds: false },
      ],
    });
    const fail = evaluate(condition, answers({ empathy: 4, communication: 2, planning: 5 }));
    expect(fail).toEqual({
      passed: false,
      because: [{ trait: 'planning', op: 'in', value: [4, 5], answer: 5, holds: true }],
    });
  });

  it('not over a failed all keeps only the failed children as the reason', () => {
    const result = evaluate({ not: { all: [lowEmpathy, lowComm] } }, answers({ empathy: 1, communication: 5 }));
    expect(result).toEqual({
      passed: true,
      because: [{ trait: 'communication', op: 'lte', value: 2, answer: 5, holds: false }],
    });
  });
});
