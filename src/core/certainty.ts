import { keyed, type AnswerSet } from './answers.js';
import { compileCondition, type CompiledCondition } from './conditions.js';
import { OPERATORS, type OperatorName } from './operators.js';
import { directionOf } from './directions.js';
import { allItems } from './items.js';
import { LEVEL_FLOOR } from './limits.js';
import { directionFor, SCORE } from './scoring.js';
import { SCALE_MAX, SCALE_MIN, TRAIT_IDS, type TraitAnswers } from './traits.js';
import type { Catalog, Condition, Question, Role } from './types.js';

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
/**
 * Profiles drawn per person. Against 4,096 draws, 128 err by 0.012 on average in a role's odds
 * (at most 0.10, over 2,000 people), 256 by 0.009: half the time for a quarter less precision,
 * well inside the tenths the report speaks in, and a batch scores a draw per role per person.
 */
export const DRAWS = 128;

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

/**
 * A condition on the draws' levels: a plain comparison of one trait is checked over all draws at
 * once (`at`, `op`, `value`); anything else draw by draw, through `compileCondition`.
 */
type Check =
  | { readonly at: number; readonly op: 'lt' | 'lte' | 'gt' | 'gte' | 'eq' | 'ne'; readonly value: number }
  | { readonly holds: CompiledCondition };

const checkOf = (condition: Condition): Check => {
  if ('trait' in condition && typeof condition.value === 'number' && OPERATORS[condition.op].operand === 'number') {
    return { at: TRAIT_IDS.indexOf(condition.trait), op: condition.op as Exclude<OperatorName, 'in' | 'nin'>, value: condition.value };
  }
  return { holds: compileCondition(condition) };
};

/** Scratch space: one draw's levels, in trait order, for the conditions checked draw by draw. */
const ROW = new Float64Array(TRAIT_IDS.length);

/** Sets `out[k]` to 1 for every draw on which the check holds (leaving the others as they are). */
const markWhere = (check: Check, levels: Float64Array, out: Uint8Array): void => {
  if ('holds' in check) {
    for (let k = 0; k < DRAWS; k++) {
      for (let t = 0; t < TRAITS; t++) ROW[t] = levels[t * DRAWS + k]!;
      if (check.holds(ROW)) out[k] = 1;
    }
    return;
  }
  const from = check.at * DRAWS;
  const v = check.value;
  // One loop per operator, so the comparison is no call: this runs for every draw of every row of a batch.
  switch (check.op) {
    case 'lte': for (let k = 0; k < DRAWS; k++) if (levels[from + k]! <= v) out[k] = 1; break;
    case 'lt': for (let k = 0; k < DRAWS; k++) if (levels[from + k]! < v) out[k] = 1; break;
    case 'gte': for (let k = 0; k < DRAWS; k++) if (levels[from + k]! >= v) out[k] = 1; break;
    case 'gt': for (let k = 0; k < DRAWS; k++) if (levels[from + k]! > v) out[k] = 1; break;
    case 'eq': for (let k = 0; k < DRAWS; k++) if (levels[from + k]! === v) out[k] = 1; break;
    case 'ne': for (let k = 0; k < DRAWS; k++) if (levels[from + k]! !== v) out[k] = 1; break;
  }
};

/**
 * A role as the draws score it. Every trait a role leaves out has the same coefficient (`share`),
 * so its score is 50 + share × (the sum of all levels) + what its named traits add beyond that:
 * a handful of terms per role rather than one per trait, the sum shared by every role of a draw.
 */
interface Scorer {
  readonly share: number;
  readonly named: Int32Array;
  readonly extra: Float64Array;
  /** What the role needs at least of, and each trait's part in the level check (summing to 1). */
  readonly needs: Int32Array;
  readonly needWeights: Float64Array;
  readonly warnings: readonly Check[];
  readonly adjusts: readonly { readonly check: Check; readonly adjust: number }[];
}

const scorers = new WeakMap<Role, Scorer>();
const scorerFor = (role: Role): Scorer => {
  let scorer = scorers.get(role);
  if (scorer) return scorer;
  const { vector, named, reference } = directionFor(role);
  const share = reference.length ? SCORE.slope * vector[TRAIT_IDS.indexOf(reference[0]!)]! : 0;
  const namedAt = Int32Array.from(named, (id) => TRAIT_IDS.indexOf(id));
  const needs = TRAIT_IDS.flatMap((id, t) => {
    const entry = role.traits[id];
    return entry && entry.weight > 0 && directionOf(entry) === 'at-least' ? [[t, entry.weight] as const] : [];
  });
  const total = needs.reduce((sum, [, w]) => sum + w, 0);
  // A role that needs nothing at least (only at-most entries) is checked on the whole profile, as shapeScore does.
  const checked = total ? needs : TRAIT_IDS.map((_, t) => [t, 1] as const);
  const weights = total || TRAITS;
  scorer = {
    share,
    named: namedAt,
    extra: Float64Array.from(namedAt, (t) => SCORE.slope * vector[t]! - share),
    needs: Int32Array.from(checked, ([t]) => t),
    needWeights: Float64Array.from(checked, ([, w]) => w / weights),
    warnings: role.rules.filter((r) => r.event.warning).map((r) => checkOf(r.when)),
    adjusts: role.rules.filter((r) => r.event.adjust).map((r) => ({ check: checkOf(r.when), adjust: r.event.adjust })),
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
  /** Per trait, the probability of each grid level (trait × GRID + level). */
  readonly posterior: Float64Array;
  /** Per draw, the role (its index) that came first. */
  readonly first: Uint16Array;
  /** Per draw and trait (draw × TRAITS + trait), the grid level drawn. */
  readonly drawn: Uint8Array;
}

/** Each item's trait, by position in `allItems`, worked out once per catalog. */
const itemTraits = new WeakMap<readonly Question[], Int32Array>();
const traitsOf = (items: readonly Question[]): Int32Array => {
  let traits = itemTraits.get(items);
  if (!traits) itemTraits.set(items, (traits = Int32Array.from(items, (q) => TRAIT_IDS.indexOf(q.trait))));
  return traits;
};

/** Scratch space: the prior over the grid, and how many answers stand behind each trait. */
const PRIOR = new Float64Array(GRID);
const ANSWERS = new Int32Array(TRAITS);

/**
 * The grid probabilities of each trait's true level (trait × GRID + level): the prior times how
 * likely each level makes the trait's answers (reverse-keyed items flipped; a level given directly
 * counts as one answer, and wins over the trait's items, as it does in the report).
 */
const posteriorOf = (items: readonly Question[], set: AnswerSet, given: TraitAnswers): Float64Array => {
  const traitOf = traitsOf(items);
  ANSWERS.fill(0);
  for (let i = 0; i < items.length; i++) if (set.answers[items[i]!.id] !== undefined) ANSWERS[traitOf[i]!]!++;
  let mean = 0;
  for (let t = 0; t < TRAITS; t++) {
    if (set.traits[TRAIT_IDS[t]!] !== undefined) ANSWERS[t] = 1;
    mean += given[TRAIT_IDS[t]!];
  }
  mean /= TRAITS;
  let spread = 0;
  let noise = 0;
  for (let t = 0; t < TRAITS; t++) {
    spread += (given[TRAIT_IDS[t]!] - mean) ** 2;
    noise += (ITEM_NOISE ** 2 + 1 / 12) / Math.max(1, ANSWERS[t]!);
  }
  const sd = Math.sqrt(Math.max(MIN_SPREAD ** 2, spread / (TRAITS - 1) - noise / TRAITS));
  const half = (LEVELS[1]! - LEVELS[0]!) / 2;
  // The ends of the grid hold what lies beyond the scale: a level cannot pass 5 or fall under 1.
  let below = 0;
  for (let g = 0; g < GRID; g++) {
    const upper = g === GRID - 1 ? 1 : phi((LEVELS[g]! + half - mean) / sd);
    PRIOR[g] = upper - below;
    below = upper;
  }
  const posterior = new Float64Array(TRAITS * GRID);
  for (let t = 0; t < TRAITS; t++) posterior.set(PRIOR, t * GRID);
  const times = (t: number, answer: number) => {
    const l = likelihood[answer]!;
    for (let g = 0, at = t * GRID; g < GRID; g++, at++) posterior[at]! *= l[g]!;
  };
  for (let i = 0; i < items.length; i++) {
    const q = items[i]!;
    const answer = set.answers[q.id];
    if (answer !== undefined && set.traits[q.trait] === undefined) times(traitOf[i]!, keyed(q, answer));
  }
  for (let t = 0; t < TRAITS; t++) {
    const level = set.traits[TRAIT_IDS[t]!];
    if (level !== undefined) times(t, level);
    let total = 0;
    for (let g = 0, at = t * GRID; g < GRID; g++, at++) total += posterior[at]!;
    for (let g = 0, at = t * GRID; g < GRID; g++, at++) posterior[at]! /= total;
  }
  return posterior;
};

/**
 * Scratch space reused from one person to the next (a batch scores people one at a time, and
 * fresh arrays per person cost more than the arithmetic done in them): the draws' levels and
 * sums, a mark per draw, and per role and draw its score, level and tier.
 */
const scratch = { levels: new Float64Array(TRAITS * DRAWS), sum: new Float64Array(DRAWS), mark: new Uint8Array(DRAWS) };
let perRole = { roles: 0, score: new Float64Array(0), need: new Float64Array(0), tier: new Uint8Array(0) };
const scratchFor = (roles: number) => {
  if (perRole.roles < roles) perRole = { roles, score: new Float64Array(roles * DRAWS), need: new Float64Array(roles * DRAWS), tier: new Uint8Array(roles * DRAWS) };
  return perRole;
};

/**
 * The best-fit odds of each of `roles` for these answers, whose levels (means of the answers, as
 * the report shows them) are `levels`. A draw ranks as `assess` does: roles without a limit first,
 * (those held back by the level alone before those a warning sign holds back), then by score
 * (clamped to 0–100, as reports show it), then by level on what they need.
 */
export const certaintyOf = (catalog: Catalog, roles: readonly Role[], set: AnswerSet, given: TraitAnswers): Certainty => {
  const posterior = posteriorOf(allItems(catalog), set, given);
  const drawn = new Uint8Array(DRAWS * TRAITS);
  for (let t = 0; t < TRAITS; t++) {
    // Quantile j of the trait's distribution for the evenly spaced probability (j + ½) / DRAWS, handed to the draw ORDER says.
    const at = t * GRID;
    const order = ORDER[t]!;
    let g = 0;
    let cumulative = posterior[at]!;
    for (let j = 0; j < DRAWS; j++) {
      const u = (j + 0.5) / DRAWS;
      while (cumulative < u && g < GRID - 1) cumulative += posterior[at + ++g]!;
      drawn[order[j]! * TRAITS + t] = g;
    }
  }
  // The draws' levels trait by trait (trait × DRAWS + draw), and each draw's sum of levels: the
  // loops below run over draws, in contiguous arrays, role by role.
  const levels = scratch.levels;
  const sum = scratch.sum.fill(0);
  for (let t = 0; t < TRAITS; t++) {
    for (let k = 0; k < DRAWS; k++) {
      const level = LEVELS[drawn[k * TRAITS + t]!]!;
      levels[t * DRAWS + k] = level;
      sum[k]! += level;
    }
  }
  const count = roles.length;
  const { score, need, tier } = scratchFor(count);
  for (let r = 0; r < count; r++) {
    const s = scorerFor(roles[r]!);
    const at = r * DRAWS;
    for (let k = 0; k < DRAWS; k++) score[at + k] = SCORE.neutral + s.share * sum[k]!;
    for (let i = 0; i < s.named.length; i++) {
      const from = s.named[i]! * DRAWS;
      const e = s.extra[i]!;
      for (let k = 0; k < DRAWS; k++) score[at + k]! += e * levels[from + k]!;
    }
    if (s.adjusts.length) {
      const fired = scratch.mark;
      for (const a of s.adjusts) {
        fired.fill(0);
        markWhere(a.check, levels, fired);
        for (let k = 0; k < DRAWS; k++) if (fired[k]) score[at + k]! += a.adjust;
      }
    }
    for (let k = 0; k < DRAWS; k++) need[at + k] = 0;
    for (let i = 0; i < s.needs.length; i++) {
      const from = s.needs[i]! * DRAWS;
      const w = s.needWeights[i]!;
      for (let k = 0; k < DRAWS; k++) need[at + k]! += w * levels[from + k]!;
    }
    // As tierOf (assess.ts): held back by a warning sign ranks below held back by the level alone.
    const warned = scratch.mark.fill(0);
    for (const w of s.warnings) markWhere(w, levels, warned);
    for (let k = 0; k < DRAWS; k++) {
      const x = score[at + k]!;
      score[at + k] = x < 0 ? 0 : x > 100 ? 100 : x;
      tier[at + k] = warned[k] ? 2 : need[at + k]! < LEVEL_FLOOR ? 1 : 0;
    }
  }
  const odds = new Float64Array(count);
  const counting = new Float64Array(count);
  const first = new Uint16Array(DRAWS);
  for (let k = 0; k < DRAWS; k++) {
    let best = 0;
    for (let r = 1; r < count; r++) {
      const a = r * DRAWS + k;
      const b = best * DRAWS + k;
      if (tier[a]! < tier[b]! || (tier[a] === tier[b] && (score[a]! > score[b]! || (score[a] === score[b] && need[a]! > need[b]!)))) best = r;
    }
    for (let r = 0; r < count; r++) if (tier[r * DRAWS + k] === 0) counting[r]! += 1 / DRAWS;
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
  const at = t * GRID;
  const weights = new Float64Array(roles);
  let expected = 0;
  for (let a = SCALE_MIN; a <= SCALE_MAX; a++) {
    const l = likelihood[keyed(question, a)]!;
    let chance = 0;
    for (let g = 0; g < GRID; g++) chance += certainty.posterior[at + g]! * l[g]!;
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
