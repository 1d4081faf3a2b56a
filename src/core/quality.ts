import { keyed } from './answers.js';
import { SCALE_MAX, TRAIT_IDS, type TraitAnswers, type TraitId } from './traits.js';
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

/** Each item's trait (by position), and the traits in the order the bank first asks them (findings follow it): once per bank. */
const bankOrder = new WeakMap<readonly Question[], { readonly traitOf: Int32Array; readonly order: Int32Array }>();
const orderOf = (questions: readonly Question[]) => {
  let known = bankOrder.get(questions);
  if (!known) {
    const traitOf = Int32Array.from(questions, (q) => TRAIT_IDS.indexOf(q.trait));
    bankOrder.set(questions, (known = { traitOf, order: Int32Array.from(new Set(traitOf)) }));
  }
  return known;
};
/** The bank whose answers the scratch holds. */
let tallied: readonly Question[] = [];

/** Scratch space per trait, reused (a batch checks its rows one at a time): keyed answers' range, and the plain and reverse answers' sums and counts. */
const LOW = new Float64Array(TRAIT_IDS.length);
const HIGH = new Float64Array(TRAIT_IDS.length);
const PAIRS = new Int32Array(TRAIT_IDS.length);
const PLAIN = new Float64Array(TRAIT_IDS.length);
const PLAINS = new Int32Array(TRAIT_IDS.length);
const REVERSE = new Float64Array(TRAIT_IDS.length);
const REVERSES = new Int32Array(TRAIT_IDS.length);
const VALUE_COUNTS = new Int32Array(SCALE_MAX + 1);

const straightLining = ({ questions, answers, traits }: QualityInput): QualityFinding[] => {
  // With question answers, judge those (what the person actually clicked). Trait levels given
  // directly are few and deliberate: only a profile with every level the same says nothing.
  VALUE_COUNTS.fill(0);
  let given = 0;
  for (const q of questions) {
    const answer = answers[q.id];
    if (answer === undefined) continue;
    VALUE_COUNTS[answer]!++;
    given++;
  }
  if (given) return Math.max(...VALUE_COUNTS) / given >= QUALITY.sameAnswerShare ? [{ code: 'straight-lining', traits: [] }] : [];
  const levels = Object.values(traits);
  return levels.length && levels.every((level) => level === levels[0]) ? [{ code: 'straight-lining', traits: [] }] : [];
};

/** Fills the per-trait scratch from the answers: each trait's keyed range and its plain and reverse sums. */
const tally = ({ questions, answers }: QualityInput): void => {
  const { traitOf } = orderOf(questions);
  tallied = questions;
  LOW.fill(Infinity);
  HIGH.fill(-Infinity);
  PAIRS.fill(0);
  PLAIN.fill(0);
  PLAINS.fill(0);
  REVERSE.fill(0);
  REVERSES.fill(0);
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    const answer = answers[q.id];
    if (answer === undefined) continue;
    const t = traitOf[i]!;
    const value = keyed(q, answer);
    if (value < LOW[t]!) LOW[t] = value;
    if (value > HIGH[t]!) HIGH[t] = value;
    PAIRS[t]!++;
    if (q.reverse) {
      REVERSE[t]! += answer;
      REVERSES[t]!++;
    } else {
      PLAIN[t]! += answer;
      PLAINS[t]!++;
    }
  }
};

const inconsistentPairs = (): QualityFinding[] => {
  const found: QualityFinding[] = [];
  for (const t of orderOf(tallied).order) {
    if (PAIRS[t]! >= 2 && HIGH[t]! - LOW[t]! >= QUALITY.pairGap) found.push({ code: 'inconsistent-pair', traits: [TRAIT_IDS[t]!] });
  }
  return found;
};

/** The mean raw answer over balanced pairs, minus the middle: + agrees with everything, − disagrees. */
export const agreementBias = (questions: readonly Question[], answers: Readonly<Record<string, number>>): number | undefined => {
  tally({ questions, answers, traits: {} as TraitAnswers });
  return biasOfTally();
};

const biasOfTally = (): number | undefined => {
  let total = 0;
  let balanced = 0;
  for (let t = 0; t < TRAIT_IDS.length; t++) {
    if (!PLAINS[t] || !REVERSES[t]) continue;
    total += (PLAIN[t]! / PLAINS[t]! + REVERSE[t]! / REVERSES[t]!) / 2;
    balanced++;
  }
  return balanced ? total / balanced - 3 : undefined;
};

const agreement = (): QualityFinding[] => {
  const bias = biasOfTally();
  return bias !== undefined && Math.abs(bias) >= QUALITY.biasLimit ? [{ code: 'agreement-bias', traits: [] }] : [];
};

/** Checks whether the answers can be trusted; each finding says what looks wrong. */
export const checkQuality = (input: QualityInput): QualityFinding[] => {
  tally(input);
  return [...straightLining(input), ...agreement(), ...inconsistentPairs()];
};

/** Whether the findings leave the answers fit to rank roles at all. */
export const isReliable = (findings: readonly QualityFinding[]): boolean =>
  !findings.some((f) => f.code === 'straight-lining' || f.code === 'agreement-bias') &&
  findings.filter((f) => f.code === 'inconsistent-pair').length < QUALITY.pairLimit;
