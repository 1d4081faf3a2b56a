import { keyed } from './answers.js';
import type { TraitAnswers, TraitId } from './traits.js';
import type { Question } from './types.js';

/** Every threshold of the answer-quality checks, in one place. */
export const QUALITY = {
  /** Straight-lining: at least this share of the answers is one and the same value. */
  sameAnswerShare: 0.9,
  /** Inconsistent pair: a trait's items differ by at least this much once reverse items are flipped. */
  pairGap: 3,
  /** Flat ranking: every role's score is less than this many points from the next one's. */
  rankingGap: 3,
} as const;

export type QualityCode = 'straight-lining' | 'inconsistent-pair' | 'flat-ranking';

export interface QualityFinding {
  readonly code: QualityCode;
  readonly traits: readonly TraitId[];
}

export interface QualityInput {
  readonly questions: readonly Question[];
  /** Question answers as given (before flipping); empty when only trait levels were given. */
  readonly answers: Readonly<Record<string, number>>;
  readonly traits: TraitAnswers;
  /** Role scores in ranking order. */
  readonly scores: readonly number[];
}

/** The share of values equal to the most common one. */
const topShare = (values: readonly number[]): number => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return values.length ? Math.max(...counts.values()) / values.length : 0;
};

const straightLining = ({ questions, answers, traits }: QualityInput): QualityFinding[] => {
  const given = questions.map((q) => answers[q.id]).filter((v): v is number => v !== undefined);
  // With question answers, judge those (what the person actually clicked); otherwise the trait levels.
  const values = given.length ? given : Object.values(traits);
  return topShare(values) >= QUALITY.sameAnswerShare ? [{ code: 'straight-lining', traits: [] }] : [];
};

const inconsistentPairs = ({ questions, answers }: QualityInput): QualityFinding[] => {
  const byTrait = new Map<TraitId, number[]>();
  for (const q of questions) {
    const answer = answers[q.id];
    if (answer !== undefined) byTrait.set(q.trait, [...(byTrait.get(q.trait) ?? []), keyed(q, answer)]);
  }
  return [...byTrait]
    .filter(([, values]) => values.length >= 2 && Math.max(...values) - Math.min(...values) >= QUALITY.pairGap)
    .map(([trait]) => ({ code: 'inconsistent-pair', traits: [trait] }));
};

const flatRanking = ({ scores }: QualityInput): QualityFinding[] =>
  scores.length >= 2 && scores.every((score, i) => i === 0 || scores[i - 1]! - score < QUALITY.rankingGap)
    ? [{ code: 'flat-ranking', traits: [] }]
    : [];

/** Checks whether the answers can be trusted; each finding says what looks wrong. */
export const checkQuality = (input: QualityInput): QualityFinding[] => [
  ...straightLining(input),
  ...inconsistentPairs(input),
  ...flatRanking(input),
];
