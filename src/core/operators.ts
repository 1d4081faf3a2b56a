/**
 * Comparison operators a rule condition may use on a trait answer.
 * A table, not a switch, so the schema, the engine and the docs share one list.
 */
export type Operator = { readonly symbol: string; readonly negation: string } & (
  | { readonly operand: 'number'; readonly test: (answer: number, value: number) => boolean }
  | { readonly operand: 'list'; readonly test: (answer: number, value: readonly number[]) => boolean }
);

/** `negation`: the operator that holds exactly when this one does not ("not ≥ 4" is "< 4"). */
export const OPERATORS = {
  lt: { operand: 'number', symbol: '<', negation: 'gte', test: (a, v) => a < v },
  lte: { operand: 'number', symbol: '≤', negation: 'gt', test: (a, v) => a <= v },
  gt: { operand: 'number', symbol: '>', negation: 'lte', test: (a, v) => a > v },
  gte: { operand: 'number', symbol: '≥', negation: 'lt', test: (a, v) => a >= v },
  eq: { operand: 'number', symbol: '=', negation: 'ne', test: (a, v) => a === v },
  ne: { operand: 'number', symbol: '≠', negation: 'eq', test: (a, v) => a !== v },
  in: { operand: 'list', symbol: '∈', negation: 'nin', test: (a, v) => v.includes(a) },
  nin: { operand: 'list', symbol: '∉', negation: 'in', test: (a, v) => !v.includes(a) },
} as const satisfies Record<string, Operator>;

export type OperatorName = keyof typeof OPERATORS;
export const OPERATOR_NAMES = Object.keys(OPERATORS) as [OperatorName, ...OperatorName[]];
