/**
 * Comparison operators a rule condition may use on a trait answer.
 * A table, not a switch, so the schema, the engine and the docs share one list.
 */
export type Operator =
  | { readonly operand: 'number'; readonly symbol: string; readonly test: (answer: number, value: number) => boolean }
  | {
      readonly operand: 'list';
      readonly symbol: string;
      readonly test: (answer: number, value: readonly number[]) => boolean;
    };

export const OPERATORS = {
  lt: { operand: 'number', symbol: '<', test: (a, v) => a < v },
  lte: { operand: 'number', symbol: '≤', test: (a, v) => a <= v },
  gt: { operand: 'number', symbol: '>', test: (a, v) => a > v },
  gte: { operand: 'number', symbol: '≥', test: (a, v) => a >= v },
  eq: { operand: 'number', symbol: '=', test: (a, v) => a === v },
  ne: { operand: 'number', symbol: '≠', test: (a, v) => a !== v },
  in: { operand: 'list', symbol: '∈', test: (a, v) => v.includes(a) },
  nin: { operand: 'list', symbol: '∉', test: (a, v) => !v.includes(a) },
} as const satisfies Record<string, Operator>;

export type OperatorName = keyof typeof OPERATORS;
export const OPERATOR_NAMES = Object.keys(OPERATORS) as [OperatorName, ...OperatorName[]];
