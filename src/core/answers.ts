import { SCALE_MAX, SCALE_MIN, TRAIT_IDS, type TraitAnswers, type TraitId } from './traits.js';
import type { Question } from './types.js';

export type PartialTraits = Partial<Record<TraitId, number>>;

/** What a person gave: question answers (as answered) and explicit trait levels (which win). */
export interface AnswerSet {
  readonly answers: Readonly<Record<string, number>>;
  readonly traits: PartialTraits;
}

export const NO_ANSWERS: AnswerSet = { answers: {}, traits: {} };

/** A reverse-keyed item measures the opposite of its trait, so its answer is mirrored on the scale. */
export const keyed = (question: Question, answer: number): number =>
  question.reverse ? SCALE_MIN + SCALE_MAX - answer : answer;

/** Averages the (keyed) answers of each trait's questions. Unanswered questions are skipped. */
export const aggregate = (questions: readonly Question[], answers: Readonly<Record<string, number>>): PartialTraits => {
  const sums = new Map<TraitId, { total: number; count: number }>();
  for (const question of questions) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    const entry = sums.get(question.trait) ?? { total: 0, count: 0 };
    entry.total += keyed(question, answer);
    entry.count += 1;
    sums.set(question.trait, entry);
  }
  const traits: PartialTraits = {};
  for (const [trait, { total, count }] of sums) traits[trait] = Math.round((100 * total) / count) / 100;
  return traits;
};

export const missingTraits = (traits: PartialTraits): TraitId[] => TRAIT_IDS.filter((id) => traits[id] === undefined);

/** Narrows a partial map once every trait is present; the caller reports `missingTraits` otherwise. */
export const isComplete = (traits: PartialTraits): traits is TraitAnswers => missingTraits(traits).length === 0;

/** Trait levels from `over` where it has them, else from `base` (question answers under explicit levels). */
export const mergeTraits = (base: PartialTraits, over: PartialTraits): PartialTraits => {
  const merged: PartialTraits = {};
  for (const id of TRAIT_IDS) {
    const value = over[id] ?? base[id];
    if (value !== undefined) merged[id] = value;
  }
  return merged;
};

/** Trait levels from an answer set: question answers aggregated, then explicit levels on top. */
export const resolveTraits = (questions: readonly Question[], set: AnswerSet): PartialTraits =>
  mergeTraits(aggregate(questions, set.answers), set.traits);
