import { isComplete, missingTraits, resolveTraits, type AnswerSet } from './answers.js';
import { assess, type RoleResult } from './assess.js';
import { certaintyOf, type Certainty } from './certainty.js';
import { closeRoles } from './close.js';
import { prefixedUsage } from './error-messages.js';
import { allItems } from './items.js';
import { checkQuality, isReliable, type QualityFinding } from './quality.js';
import type { TraitAnswers } from './traits.js';
import type { Catalog } from './types.js';

/** What the engine concludes from one person's answers, before any wording. */
export interface Evaluation {
  readonly levels: TraitAnswers;
  /** Every role, best first (roles that can count as a fit before those held back, each by score). */
  readonly ranked: readonly RoleResult[];
  /** Per ranked role, the probability that it is the person's best fit (certainty.ts). */
  readonly odds: readonly number[];
  /** The roles the answers cannot separate from #1, #1 first (close.ts). */
  readonly close: readonly string[];
  readonly quality: readonly QualityFinding[];
  /** False when the answers as a whole cannot be scored (straight-lining, agreement bias, contradictions): no role then has a band. */
  readonly reliable: boolean;
  /** The answers are reliable and #1 is a fit. */
  readonly fit: boolean;
  /** What the odds were drawn from, for choosing the follow-up that would settle them most (follow-ups.ts); its roles are in `assess` order. */
  readonly certainty: Certainty;
}

/** Trait levels from an answer set, or a usage error naming the traits still missing. */
const completeLevels = (catalog: Catalog, set: AnswerSet): TraitAnswers => {
  const levels = resolveTraits(allItems(catalog), set);
  if (isComplete(levels)) return levels;
  const missing = missingTraits(levels);
  throw prefixedUsage('missingTraits', missing);
};

/** `evaluate` from the set's trait levels, already resolved and complete (batch rows check that first). */
export const evaluateLevels = (catalog: Catalog, set: AnswerSet, levels: TraitAnswers): Evaluation => {
  const scored = assess(catalog.roles, levels);
  const quality = checkQuality({ questions: allItems(catalog), answers: set.answers, traits: levels });
  const reliable = isReliable(quality);
  // Answers that cannot be scored name no fit: no role gets a band to read as one.
  const ranked = reliable ? scored : scored.map((r): RoleResult => ({ ...r, band: null, fits: false }));
  const certainty = certaintyOf(catalog, scored.map((r) => r.role), set, levels);
  const close = closeRoles(ranked, Array.from(certainty.odds));
  // A held-back role among the close ones (its standing itself in doubt) is listed right after
  // the roles that count, where the report's "too close to call" finds it, not among the rest.
  const order = ranked.map((_, i) => i);
  if (ranked[0] && !ranked[0].limits.length) {
    const group = (i: number) => (!ranked[i]!.limits.length ? 0 : close.includes(ranked[i]!.role.id) ? 1 : 2);
    order.sort((a, b) => group(a) - group(b) || a - b);
  }
  return {
    levels,
    ranked: order.map((i) => ranked[i]!),
    odds: order.map((i) => certainty.odds[i]!),
    close,
    quality,
    reliable,
    fit: reliable && ranked[0] !== undefined && ranked[0].fits,
    certainty,
  };
};

export const evaluate = (catalog: Catalog, set: AnswerSet): Evaluation => evaluateLevels(catalog, set, completeLevels(catalog, set));
