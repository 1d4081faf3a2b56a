import { keyed, type AnswerSet } from './answers.js';
import { compileCondition, type CompiledCondition } from './conditions.js';
import { directionOf } from './directions.js';
import { allItems } from './items.js';
import { LEVEL_FLOOR } from './limits.js';
import { directionFor, SCORE } from './scoring.js';
import { SCALE_MAX, SCALE_MIN, TRAIT_IDS, type TraitAnswers } from './traits.js';
import type { Catalog, Question, Role } from './types.js';

/**
 * How sure a report can be: for every role, the probability that it is the person's best fit,
 * given their answers and how noisy answers are.
 *
 * An answer is a person's true level plus noise, rounded to a whole step of the scale and kept
 * within it. So each trait's true level is uncertain, and how uncertain follows from its answers:
 * a grid of possible levels on the scale, each weighed by how likely it makes the answers given
 * (this file's `likelihood`), times how likely it is for this person at all (`prior`: a person's
 * levels spread around their own average, by as much as their answers spread beyond what noise
 * alone would give; the ends of the scale hold what lies beyond them). Many possible profiles are
 * drawn from that, each ranked as careerfit ranks (roles that can count as a fit first, then by
 * score), and a role's odds are the share of draws in which it comes first.
 *
 * The draws are the same for everyone (a fixed, evenly spread set of quantiles), so the same
 * answers always give the same odds: a result code rebuilds the report exactly.
 */

/**
 * The noise of one answer before rounding, in scale points. A single item's test–retest
 * reliability is about 0.6 at a spread of about 1.1 points, so its standard error is about
 * 1.1 × √0.4 ≈ 0.7; rounding to a whole answer adds its own (1/12 of a step, squared).
 */
export const ITEM_NOISE = 0.7;
/** The least spread a person's levels are given around their average, so a flat profile still lets traits differ. */
const MIN_SPREAD = 0.3;
/** Possible levels per trait: 1 to 5 in tenths. */
const GRID = 41;
const LEVELS = Float64Array.from({ length: GRID }, (_, g) => SCALE_MIN + ((SCALE_MAX - SCALE_MIN) * g) / (GRID - 1));
/** Profiles drawn per person. */
export const DRAWS = 256;

const TRAITS = TRAIT_IDS.length;

/** The normal distribution function (Abramowitz–Stegun 7.1.26, error below 1.5e-7). */
const phi = (z: number): number => {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
};

/** `likelihood[a][g]`: how likely answer `a` (1–5) is from true level LEVELS[g]. */
const likelihood: readonly Float64Array[] = Array.from({ length: SCALE_MAX + 1 }, (_, a) =>
  Float64Array.from(LEVELS, (t) => {
    if (a < SCALE_MIN) return 1;
    const upper = a === SCALE_MAX ? 1 : phi((a + 0.5 - t) / ITEM_NOISE);
    const lower = a === SCALE_MIN ? 0 : phi((a - 0.5 - t) / ITEM_NOISE);
    return upper - lower;
  }),
);

/** The draws' quantiles: for each trait, in which order the evenly spaced quantiles are handed to the draws (a fixed shuffle). */
const ORDER: readonly Uint16Array[] = (() => {
  let seed = 20261207;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return TRAIT_IDS.map(() => {
    const order = Uint16Array.from({ length: DRAWS }, (_, k) => k);
    for (let k = DRAWS - 1; k > 0; k--) {
      const j = Math.floor(next() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    return order;
  });
})();

/** A role as the draws score it: its score's slope per trait, its needs, its rules. */
interface Scorer {
  readonly slope: Float64Array;
  /** Weight per trait of what the role needs at least of, summing to 1: the level check. */
  readonly need: Float64Array;
  readonly warnings: readonly CompiledCondition[];
  readonly adjusts: readonly { readonly when: CompiledCondition; readonly adjust: number }[];
}

const scorers = new WeakMap<Role, Scorer>();
const scorerFor = (role: Role): Scorer => {
  let scorer = scorers.get(role);
  if (scorer) return scorer;
  const { vector } = directionFor(role);
  const need = new Float64Array(TRAITS);
  let total = 0;
  TRAIT_IDS.forEach((id, t) => {
    const entry = role.traits[id];
    if (entry && entry.weight > 0 && directionOf(entry) === 'at-least') total += need[t] = entry.weight;
  });
  // A role that needs nothing at least (only at-most entries) is checked on the whole profile, as shapeScore does.
  for (let t = 0; t < TRAITS; t++) need[t] = total ? need[t]! / total : 1 / TRAITS;
  scorer = {
    slope: Float64Array.from(vector, (c) => SCORE.slope * c),
    need,
    warnings: role.rules.filter((r) => r.event.warning).map((r) => compileCondition(r.when)),
    adjusts: role.rules.filter((r) => r.event.adjust).map((r) => ({ when: compileCondition(r.when), adjust: r.event.adjust })),
  };
  scorers.set(role, scorer);
  return scorer;
};

/** What the answers say about each trait's true level, and the profiles drawn from it. */
export interface Certainty {
  /** Per role (in the order given), the share of draws in which it is the best fit. */
  readonly odds: Float64Array;
  /** Per role, the share of draws in which no limit holds it back. */
  readonly counting: Float64Array;
  /** Per trait, the probability of each grid level. */
  readonly posterior: readonly Float64Array[];
  /** Per draw, the role (its index) that came first. */
  readonly first: Uint16Array;
  /** Per draw and trait (draw × TRAITS + trait), the grid level drawn. */
  readonly drawn: Uint8Array;
}

/** Each trait's answers as keyed levels (reverse-keyed items flipped); a level given directly counts as one answer. */
const evidence = (items: readonly Question[], set: AnswerSet): number[][] => {
  const byTrait: number[][] = TRAIT_IDS.map(() => []);
  for (const q of items) {
    const answer = set.answers[q.id];
    if (answer !== undefined) byTrait[TRAIT_IDS.indexOf(q.trait)]!.push(keyed(q, answer));
  }
  TRAIT_IDS.forEach((id, t) => {
    const level = set.traits[id];
    if (level !== undefined) byTrait[t] = [level];
  });
  return byTrait;
};

/** The grid probabilities of each trait's true level. */
const posteriorOf = (byTrait: readonly (readonly number[])[], levels: TraitAnswers): Float64Array[] => {
  const values = TRAIT_IDS.map((id) => levels[id]);
  const mean = values.reduce((a, b) => a + b, 0) / TRAITS;
  const spread = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (TRAITS - 1);
  const noise = byTrait.reduce((a, answers) => a + (ITEM_NOISE ** 2 + 1 / 12) / Math.max(1, answers.length), 0) / TRAITS;
  const sd = Math.sqrt(Math.max(MIN_SPREAD ** 2, spread - noise));
  const half = (LEVELS[1]! - LEVELS[0]!) / 2;
  // The ends of the grid hold what lies beyond the scale: a level cannot pass 5 or fall under 1.
  const prior = Float64Array.from(LEVELS, (t, g) => {
    const upper = g === GRID - 1 ? 1 : phi((t + half - mean) / sd);
    const lower = g === 0 ? 0 : phi((t - half - mean) / sd);
    return upper - lower;
  });
  return byTrait.map((answers) => {
    const p = Float64Array.from(prior);
    for (const a of answers) {
      const l = likelihood[a]!;
      for (let g = 0; g < GRID; g++) p[g]! *= l[g]!;
    }
    let total = 0;
    for (let g = 0; g < GRID; g++) total += p[g]!;
    for (let g = 0; g < GRID; g++) p[g]! /= total;
    return p;
  });
};

/** Scratch space for one draw's levels. */
const DRAWN_LEVELS = new Float64Array(TRAITS);

/**
 * The best-fit odds of each of `roles` for these answers, whose levels (means of the answers, as
 * the report shows them) are `levels`. A draw ranks as `assess` does: roles without a limit first,
 * (those held back by the level alone before those a warning sign holds back), then by score
 * (clamped to 0–100, as reports show it), then by level on what they need.
 */
export const certaintyOf = (catalog: Catalog, roles: readonly Role[], set: AnswerSet, levels: TraitAnswers): Certainty => {
  const posterior = posteriorOf(evidence(allItems(catalog), set), levels);
  const drawn = new Uint8Array(DRAWS * TRAITS);
  for (let t = 0; t < TRAITS; t++) {
    // Quantile j of the trait's distribution for the evenly spaced probability (j + ½) / DRAWS, handed to the draw ORDER says.
    const p = posterior[t]!;
    const order = ORDER[t]!;
    let g = 0;
    let cumulative = p[0]!;
    for (let j = 0; j < DRAWS; j++) {
      const u = (j + 0.5) / DRAWS;
      while (cumulative < u && g < GRID - 1) cumulative += p[++g]!;
      drawn[order[j]! * TRAITS + t] = g;
    }
  }
  const scorer = roles.map(scorerFor);
  const odds = new Float64Array(roles.length);
  const counting = new Float64Array(roles.length);
  const first = new Uint16Array(DRAWS);
  for (let k = 0; k < DRAWS; k++) {
    for (let t = 0; t < TRAITS; t++) DRAWN_LEVELS[t] = LEVELS[drawn[k * TRAITS + t]!]!;
    let best = -1;
    let bestTier = 3;
    let bestScore = -Infinity;
    let bestNeed = -Infinity;
    for (let r = 0; r < scorer.length; r++) {
      const s = scorer[r]!;
      let score: number = SCORE.neutral;
      let need = 0;
      for (let t = 0; t < TRAITS; t++) {
        score += s.slope[t]! * DRAWN_LEVELS[t]!;
        need += s.need[t]! * DRAWN_LEVELS[t]!;
      }
      for (const a of s.adjusts) if (a.when(DRAWN_LEVELS)) score += a.adjust;
      score = Math.min(100, Math.max(0, score));
      // As tierOf (assess.ts): held back by a warning sign ranks below held back by the level alone.
      const tier = s.warnings.some((w) => w(DRAWN_LEVELS)) ? 2 : need < LEVEL_FLOOR ? 1 : 0;
      if (tier === 0) counting[r]! += 1 / DRAWS;
      if (tier < bestTier || (tier === bestTier && (score > bestScore || (score === bestScore && need > bestNeed)))) {
        best = r;
        bestTier = tier;
        bestScore = score;
        bestNeed = need;
      }
    }
    first[k] = best;
    odds[best]! += 1 / DRAWS;
  }
  return { odds, counting, posterior, first, drawn };
};

/**
 * How settled the answer would be after one more answer to `question`, expected over the answers
 * the person might give: the draws are weighed by how likely each makes that answer (the same
 * profiles, seen in the light of one more answer), and settledness is the chance that two draws
 * agree on the best fit (the sum of the squared odds). Today's value, for comparison: `settled`.
 */
export const settledAfter = (certainty: Certainty, question: Question, roles: number): number => {
  const t = TRAIT_IDS.indexOf(question.trait);
  const p = certainty.posterior[t]!;
  const weights = new Float64Array(roles);
  let expected = 0;
  for (let a = SCALE_MIN; a <= SCALE_MAX; a++) {
    const l = likelihood[keyed(question, a)]!;
    let chance = 0;
    for (let g = 0; g < GRID; g++) chance += p[g]! * l[g]!;
    weights.fill(0);
    let total = 0;
    for (let k = 0; k < DRAWS; k++) {
      const w = l[certainty.drawn[k * TRAITS + t]!]!;
      weights[certainty.first[k]!]! += w;
      total += w;
    }
    if (total === 0) continue;
    let agree = 0;
    for (let r = 0; r < roles; r++) agree += (weights[r]! / total) ** 2;
    expected += chance * agree;
  }
  return expected;
};

/** The chance that two draws agree on the best fit, as the answers stand. */
export const settled = (certainty: Certainty): number => certainty.odds.reduce((sum, p) => sum + p * p, 0);
