import { isComplete, missingTraits, resolveTraits, type AnswerSet } from './answers.js';
import { assess, type RoleResult } from './assess.js';
import { closeRoles, type ItemCounts } from './close.js';
import { prefixedUsage } from './error-messages.js';
import { allItems } from './items.js';
import { checkQuality, isReliable, type QualityFinding } from './quality.js';
import type { TraitAnswers, TraitId } from './traits.js';
import type { Catalog } from './types.js';

/** What the engine concludes from one person's answers, before any wording; `R` is how a ranked role is held. */
export interface Evaluation<R = RoleResult> {
  readonly levels: TraitAnswers;
  readonly ranked: readonly R[];
  /** The roles the answers cannot separate from #1, #1 first. */
  readonly close: readonly string[];
  readonly quality: readonly QualityFinding[];
  /** False when the answers as a whole cannot be scored (straight-lining, agreement bias, contradictions). */
  readonly reliable: boolean;
  /** The answers are reliable and #1 reaches the fit band. */
  readonly fit: boolean;
}

/** Trait levels from an answer set, or a usage error naming the traits still missing. */
const completeLevels = (catalog: Catalog, set: AnswerSet): TraitAnswers => {
  const levels = resolveTraits(allItems(catalog), set);
  if (isComplete(levels)) return levels;
  const missing = missingTraits(levels);
  throw prefixedUsage('missingTraits', missing);
};

/** How many answers stand behind each trait level; a level given directly is one answer. */
const itemCounts = (catalog: Catalog, set: AnswerSet): ItemCounts => {
  const counts: Partial<Record<TraitId, number>> = {};
  for (const q of allItems(catalog)) if (set.answers[q.id] !== undefined) counts[q.trait] = (counts[q.trait] ?? 0) + 1;
  for (const id of Object.keys(set.traits) as TraitId[]) counts[id] = 1;
  return counts;
};

/** `evaluate` from the set's trait levels, already resolved and complete (batch rows check that first). */
export const evaluateLevels = (catalog: Catalog, set: AnswerSet, levels: TraitAnswers): Evaluation => {
  const ranked = assess(catalog.roles, levels);
  const quality = checkQuality({ questions: allItems(catalog), answers: set.answers, traits: levels });
  const reliable = isReliable(quality);
  return {
    levels,
    ranked,
    close: closeRoles(ranked, itemCounts(catalog, set)),
    quality,
    reliable,
    fit: reliable && ranked[0] !== undefined && ranked[0].fits,
  };
};

export const evaluate = (catalog: Catalog, set: AnswerSet): Evaluation => evaluateLevels(catalog, set, completeLevels(catalog, set));
