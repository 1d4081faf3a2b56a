import { evaluate, holds, type Trigger } from './conditions.js';
import type { TraitAnswers } from './traits.js';
import type { Rule } from './types.js';

export interface FiredRule {
  readonly rule: Rule;
  readonly because: readonly Trigger[];
}

/**
 * Runs every rule against the answers and returns the ones that fired, in profile order. Most
 * rules do not fire, so each is checked cheaply first and only a firing one is explained.
 */
export const runRules = (rules: readonly Rule[], answers: TraitAnswers): FiredRule[] => {
  const fired: FiredRule[] = [];
  for (const rule of rules) {
    if (holds(rule.when, answers)) fired.push({ rule, because: evaluate(rule.when, answers).because });
  }
  return fired;
};
