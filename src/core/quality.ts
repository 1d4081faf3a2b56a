import { keyed } from './answers.js';
import type { TraitAnswers, TraitId } from './traits.js';
import type { Question } from './types.js';

/** Every threshold of the answer-quality checks, in one place. */
export const QUALITY = {
  /** Straight-lining: at least this share of the answers is one and the same value. */
  sameAnswerShare: 0.9,
  /** Inconsistent pair: a trait's items differ by at least this much once reverse items are flipped. */
  pairGap: 3,
  /** This many inconsistent pairs make the answers as a whole unreliable. */
  pairLimit: 3,
  /**
   * Agreement bias: over the traits measured by both a plain and a reverse-keyed item, the mean
   * answer moves this far from the scale's middle (3). Honest answers keep it near 3, since the
   * two items of a trait pull in opposite directions.
   */
  biasLimit: 1,
} as const;

export type QualityCode = 'straight-lining' | 'inconsistent-pair' | 'agreement-bias';

export interface QualityFinding {
  readonly code: QualityCode;
  readonly traits: readonly TraitId[];
}

export interface QualityInput {
  readonly questions: readonly Question[];
  /** Question answers as given (before flipping); empty when only trait levels were given. */
  readonly answers: Readonly<Record<string, number>>;
  readonly traits: TraitAnswers;
}

/** The share of values equal to the most common one. */
const topShare = (values: readonly number[]): number => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return values.length ? Math.max(...counts.values()) / values.length : 0;
};

const straightLining = ({ questions, answers, traits }: QualityInput): QualityFinding[] => {
  const given = questions.map((q) => answers[q.id]).filter((v): v is number => v !== undefined);
  // With question answers, judge those (what the person actually clicked). Trait levels given
  // directly are few and deliberate: only a profile with every level the same says nothing.
  const flat = given.length ? topShare(given) >= QUALITY.sameAnswerShare : topShare(Object.values(traits)) === 1;
  return flat ? [{ code: 'straight-lining', traits: [] }] : [];
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

/** The mean raw answer over balanced pairs, minus the middle: + agrees with everything, − disagrees. */
export const agreementBias = (questions: readonly Question[], answers: Readonly<Record<string, number>>): number | undefined => {
  const byTrait = new Map<TraitId, { plain: number[]; reverse: number[] }>();
  for (const q of questions) {
    const answer = answers[q.id];
    if (answer === undefined) continue;
    const entry = byTrait.get(q.trait) ?? { plain: [], reverse: [] };
    (q.reverse ? entry.reverse : entry.plain).push(answer);
    byTrait.set(q.trait, entry);
  }
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const balanced = [...byTrait.values()].filter((e) => e.plain.length && e.reverse.length).map((e) => (mean(e.plain) + mean(e.reverse)) / 2);
  return balanced.length ? mean(balanced) - 3 : undefined;
};

const agreement = ({ questions, answers }: QualityInput): QualityFinding[] => {
  const bias = agreementBias(questions, answers);
  return bias !== undefined && Math.abs(bias) >= QUALITY.biasLimit ? [{ code: 'agreement-bias', traits: [] }] : [];
};

/** Checks whether the answers can be trusted; each finding says what looks wrong. */
export const checkQuality = (input: QualityInput): QualityFinding[] => [
  ...straightLining(input),
  ...agreement(input),
  ...inconsistentPairs(input),
];

/** Whether the findings leave the answers fit to rank roles at all. */
export const isReliable = (findings: readonly QualityFinding[]): boolean =>
  !findings.some((f) => f.code === 'straight-lining' || f.code === 'agreement-bias') &&
  findings.filter((f) => f.code === 'inconsistent-pair').length < QUALITY.pairLimit;
