import { OPERATORS, type OperatorName } from './operators.js';
import { TRAIT_IDS, type TraitAnswers, type TraitId } from './traits.js';
import type { ComparisonCondition, Condition } from './types.js';

/** One comparison that decided a condition's outcome, with the answer it saw. */
export interface Trigger {
  readonly trait: TraitId;
  readonly op: OperatorName;
  readonly value: number | readonly number[];
  readonly answer: number;
  /** Whether the comparison itself held (false when it decided through a `not`). */
  readonly holds: boolean;
}

export interface Evaluation {
  readonly passed: boolean;
  /** The comparisons that decided the result, so a fired rule can say why. */
  readonly because: readonly Trigger[];
}

const compare = (node: ComparisonCondition, answers: TraitAnswers): Evaluation => {
  const passed = holds(node, answers);
  return { passed, because: [{ trait: node.trait, op: node.op, value: node.value, answer: answers[node.trait], holds: passed }] };
};

const collect = (evaluations: readonly Evaluation[]): Trigger[] => evaluations.flatMap((e) => e.because);

/** Whether a condition holds, without building an explanation: the fast check for every rule. */
export const holds = (condition: Condition, answers: TraitAnswers): boolean => {
  if ('all' in condition) {
    for (const child of condition.all) if (!holds(child, answers)) return false;
    return true;
  }
  if ('any' in condition) {
    for (const child of condition.any) if (holds(child, answers)) return true;
    return false;
  }
  if ('not' in condition) return !holds(condition.not, answers);
  const operator = OPERATORS[condition.op];
  const answer = answers[condition.trait];
  return operator.operand === 'list'
    ? Array.isArray(condition.value) && operator.test(answer, condition.value)
    : typeof condition.value === 'number' && operator.test(answer, condition.value);
};

/**
 * Evaluates a condition tree. `all` passes when every child passes and is explained by all of them
 * (or, when it fails, by the children that failed); `any` mirrors that; `not` inverts its child.
 */
export const evaluate = (condition: Condition, answers: TraitAnswers): Evaluation => {
  if ('all' in condition) {
    const results = condition.all.map((child) => evaluate(child, answers));
    const failed = results.filter((r) => !r.passed);
    return failed.length === 0 ? { passed: true, because: collect(results) } : { passed: false, because: collect(failed) };
  }
  if ('any' in condition) {
    const results = condition.any.map((child) => evaluate(child, answers));
    const passed = results.filter((r) => r.passed);
    return passed.length > 0 ? { passed: true, because: collect(passed) } : { passed: false, because: collect(results) };
  }
  if ('not' in condition) {
    const inner = evaluate(condition.not, answers);
    return { passed: !inner.passed, because: inner.because };
  }
  return compare(condition, answers);
};

/** A condition as a function of trait levels held in TRAIT_IDS order: `holds` for the engine's inner loops. */
export type CompiledCondition = (levels: Float64Array) => boolean;

export const compileCondition = (condition: Condition): CompiledCondition => {
  if ('all' in condition) {
    const children = condition.all.map(compileCondition);
    return (levels) => children.every((child) => child(levels));
  }
  if ('any' in condition) {
    const children = condition.any.map(compileCondition);
    return (levels) => children.some((child) => child(levels));
  }
  if ('not' in condition) {
    const child = compileCondition(condition.not);
    return (levels) => !child(levels);
  }
  const at = TRAIT_IDS.indexOf(condition.trait);
  const operator = OPERATORS[condition.op];
  const { value } = condition;
  if (operator.operand === 'list') return Array.isArray(value) ? (levels) => operator.test(levels[at]!, value) : () => false;
  return typeof value === 'number' ? (levels) => operator.test(levels[at]!, value) : () => false;
};
