import { evaluate, type Trigger } from './conditions.js';
import type { TraitAnswers } from './traits.js';
import type { Rule } from './types.js';

export interface FiredRule {
  readonly rule: Rule;
  readonly because: readonly Trigger[];
}

/** Runs every rule against the answers and returns the ones that fired, in profile order. */
export const runRules = (rules: readonly Rule[], answers: TraitAnswers): FiredRule[] =>
  rules.flatMap((rule) => {
    const result = evaluate(rule.when, answers);
    return result.passed ? [{ rule, because: result.because }] : [];
  });
