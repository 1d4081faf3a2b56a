import { isComplete, missingTraits, resolveTraits, type AnswerSet } from './answers.js';
import { assess, type RoleResult } from './assess.js';
import { isFit } from './bands.js';
import { usageError } from './errors.js';
import { checkQuality, type QualityFinding } from './quality.js';
import type { TraitAnswers } from './traits.js';
import type { Catalog } from './types.js';

/** What the engine concludes from one person's answers, before any wording. */
export interface Evaluation {
  readonly traits: TraitAnswers;
  readonly ranked: readonly RoleResult[];
  readonly close: readonly string[];
  readonly quality: readonly QualityFinding[];
  readonly reliable: boolean;
  readonly fit: boolean;
}

/** Trait levels from an answer set, or a usage error naming the traits still missing. */
export const completeTraits = (catalog: Catalog, set: AnswerSet): TraitAnswers => {
  const traits = resolveTraits(catalog.questions, set);
  if (isComplete(traits)) return traits;
  const missing = missingTraits(traits);
  throw usageError(
    `missing answers for ${missing.length} trait(s): ${missing.join(', ')}\n` +
      'give them with --trait <id>=<1-5> or --answers <file>; `careerfit questions > me.yaml` writes a template',
  );
};

export const evaluate = (catalog: Catalog, set: AnswerSet): Evaluation => {
  const traits = completeTraits(catalog, set);
  const ranked = assess(catalog.roles, traits);
  const quality = checkQuality({ questions: catalog.questions, answers: set.answers, traits, scores: ranked.map((r) => r.score) });
  return {
    traits,
    ranked,
    close: ranked.slice(0, 1).map((r) => r.role.id),
    quality,
    reliable: true,
    fit: ranked[0] !== undefined && isFit(ranked[0].band),
  };
};
