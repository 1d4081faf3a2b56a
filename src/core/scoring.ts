import { SCALE_MAX, SCALE_MIN, type TraitAnswers, type TraitId } from './traits.js';
import type { Role } from './types.js';

export interface Contribution {
  readonly trait: TraitId;
  readonly answer: number;
  readonly ideal: number;
  readonly weight: number;
  /** 1 when the answer equals the ideal, 0 when it is as far away as the scale allows. */
  readonly closeness: number;
}

export interface BaseScore {
  /** Weighted closeness scaled to 0–100, before rule adjustments. */
  readonly score: number;
  readonly contributions: readonly Contribution[];
}

const SPAN = SCALE_MAX - SCALE_MIN;

/** Weighted closeness of the answers to the role's ideal levels. */
export const baseScore = (role: Role, answers: TraitAnswers): BaseScore => {
  const contributions: Contribution[] = [];
  let total = 0;
  let weights = 0;
  for (const [trait, target] of Object.entries(role.traits) as [TraitId, { ideal: number; weight: number }][]) {
    const answer = answers[trait];
    const closeness = 1 - Math.abs(answer - target.ideal) / SPAN;
    contributions.push({ trait, answer, ideal: target.ideal, weight: target.weight, closeness });
    total += target.weight * closeness;
    weights += target.weight;
  }
  return { score: weights > 0 ? (100 * total) / weights : 0, contributions };
};
