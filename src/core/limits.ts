import type { FiredRule } from './rules.js';

/**
 * When a role cannot count as a fit, however well the shape of a profile matches it. The shape
 * ranks roles; these keep the absolute level in charge of whether anything fits at all.
 */
export const LEVEL_FLOOR = 3.5;

export const LIMITS = [
  // A seed's "kurang cocok jika …" condition holds: the seed says the person is probably not a fit.
  { id: 'warning', applies: ({ fired }: LimitInput) => fired.some((f) => f.rule.event.warning !== undefined) },
  // On what the role needs, the person rates themselves closer to neutral than to "like me".
  { id: 'level', applies: ({ need }: LimitInput) => need < LEVEL_FLOOR },
] as const;

export interface LimitInput {
  readonly fired: readonly FiredRule[];
  /** Weighted mean level on the traits the role needs at least of. */
  readonly need: number;
}

export type LimitId = (typeof LIMITS)[number]['id'];
