import type { RoleResult } from './assess.js';
import { directionFor, SCORE } from './scoring.js';
import { TRAIT_IDS, type TraitId } from './traits.js';

/**
 * Which roles the answers cannot tell apart from #1. Each trait level is a mean of noisy answers,
 * so the gap between two roles' scores is uncertain too: its standard error follows from how
 * differently the two roles weigh each trait and how many items measured it. A role whose gap to
 * #1 is within `z` standard errors is close.
 */
export const CLOSE = {
  /**
   * The noise of one Likert answer, in scale points: a single item's test–retest reliability is
   * about 0.6 at a spread of about 1.1 points, so its standard error is about 1.1 × √0.4 ≈ 0.7,
   * plus rounding to whole answers.
   */
  itemNoise: 0.75,
  /** Gaps within this many standard errors count as a tie. */
  z: 1,
} as const;

/** Items answered per trait; a trait given directly as a level counts as one answer. */
export type ItemCounts = Readonly<Partial<Record<TraitId, number>>>;

/** The standard error, in score points, of the score gap between two roles. */
export const gapError = (a: RoleResult, b: RoleResult, counts: ItemCounts): number => {
  const ca = directionFor(a.role).vector;
  const cb = directionFor(b.role).vector;
  let variance = 0;
  for (let i = 0; i < TRAIT_IDS.length; i++) variance += (ca[i]! - cb[i]!) ** 2 / Math.max(1, counts[TRAIT_IDS[i]!] ?? 1);
  return SCORE.slope * CLOSE.itemNoise * Math.sqrt(variance);
};

/** The ids of the roles too close to #1 to call, #1 first. */
export const closeRoles = (ranked: readonly RoleResult[], counts: ItemCounts): string[] => {
  const [top, ...rest] = ranked;
  if (!top) return [];
  return [top, ...rest.filter((r) => top.exact - r.exact <= CLOSE.z * gapError(top, r, counts))].map((r) => r.role.id);
};
