import type { Contribution } from './scoring.js';
import type { TraitId } from './traits.js';

export type Effect = '+' | '-';

export interface Reason {
  readonly trait: TraitId;
  readonly answer: number;
  readonly ideal: number;
  readonly effect: Effect;
}

/**
 * Which traits count as reasons. A trait raises the score when the answer is within one step of
 * the ideal (closeness ≥ 0.75) and lowers it when two or more steps away (closeness ≤ 0.5).
 */
const REASON_RULES = [
  { effect: '+', limit: 3, qualifies: (c: Contribution) => c.closeness >= 0.75, impact: (c: Contribution) => c.weight * c.closeness },
  { effect: '-', limit: 3, qualifies: (c: Contribution) => c.closeness <= 0.5, impact: (c: Contribution) => c.weight * (1 - c.closeness) },
] as const satisfies readonly { effect: Effect; limit: number; qualifies: unknown; impact: unknown }[];

/** The traits that raised and lowered the score most, strongest first. */
export const pickReasons = (contributions: readonly Contribution[]): Reason[] =>
  REASON_RULES.flatMap(({ effect, limit, qualifies, impact }) =>
    contributions
      .filter((c) => c.weight > 0 && qualifies(c))
      .sort((a, b) => impact(b) - impact(a))
      .slice(0, limit)
      .map((c) => ({ trait: c.trait, answer: c.answer, ideal: c.ideal, effect })),
  );
