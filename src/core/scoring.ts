import { DIRECTIONS, directionOf } from './directions.js';
import { TRAIT_IDS, type TraitAnswers, type TraitId } from './traits.js';
import type { Role } from './types.js';

/**
 * Profile-shape fit. A role's profile names the traits it needs (`at-least`) and the ones it
 * needs little of (`at-most`); every other trait is neutral. The person's levels on the neutral
 * traits are their reference: the fit is how far the needed traits stand above that reference
 * (and the at-most ones below it), weighted, along the role's unit direction.
 *
 * Why this shape:
 * - Adding the same amount to every answer changes nothing: the ranking follows what a person is
 *   relatively strongest at, not how highly they rate themselves overall.
 * - Raising a trait the role needs only ever raises its fit: the reference is made of the other
 *   traits, so "more than the ideal" is never a misfit.
 * - Dividing by the length of the role's direction gives every role the same spread over random
 *   profiles, so a role that names one trait does not win more often than one that names eight.
 */
export const SCORE = {
  /** The score of a profile that stands neither out nor back on what the role needs. */
  neutral: 50,
  /** Score points per scale point along the role's direction. */
  slope: 12.5,
  /** Neutral traits a role must leave, so the reference is an average rather than one answer. */
  minReference: 4,
} as const;

export interface Contribution {
  readonly trait: TraitId;
  /** The person's level. */
  readonly level: number;
  /** Level minus the reference: how far this trait stands out in the person's profile. */
  readonly relative: number;
  /** Score points this trait adds (or, when negative, takes away). */
  readonly points: number;
}

export interface ShapeScore {
  /** `SCORE.neutral` plus the points of every contribution, before rules. */
  readonly score: number;
  /** The person's mean level on the role's neutral traits. */
  readonly reference: number;
  /** Weighted mean level on the traits the role needs at least of: the absolute level check. */
  readonly need: number;
  readonly contributions: readonly Contribution[];
}

/** Per-trait coefficients of a role's direction: the score is neutral + slope × Σ coefficient × level. */
export interface Direction {
  readonly coefficients: Readonly<Record<TraitId, number>>;
  /** The same coefficients in TRAIT_IDS order, for the loops that run once per person and role. */
  readonly vector: Float64Array;
  readonly named: readonly TraitId[];
  readonly reference: readonly TraitId[];
}

const directions = new WeakMap<Role, Direction>();

/** The role's unit direction over all traits; neutral traits share the reference's weight. */
export const directionFor = (role: Role): Direction => {
  const cached = directions.get(role);
  if (cached) return cached;
  const named = TRAIT_IDS.filter((id) => (role.traits[id]?.weight ?? 0) > 0);
  const reference = TRAIT_IDS.filter((id) => !named.includes(id));
  const signed = Object.fromEntries(
    named.map((id) => {
      const entry = role.traits[id]!;
      return [id, DIRECTIONS[directionOf(entry)].sign * entry.weight];
    }),
  ) as Record<TraitId, number>;
  const total = named.reduce((sum, id) => sum + signed[id], 0);
  const share = reference.length ? -total / reference.length : 0;
  const length = Math.sqrt(named.reduce((sum, id) => sum + signed[id] ** 2, 0) + reference.length * share ** 2) || 1;
  const coefficients = Object.fromEntries(TRAIT_IDS.map((id) => [id, (named.includes(id) ? signed[id] : share) / length])) as Record<TraitId, number>;
  const direction = { coefficients, vector: Float64Array.from(TRAIT_IDS, (id) => coefficients[id]), named, reference };
  directions.set(role, direction);
  return direction;
};

const mean = (values: readonly number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

export const shapeScore = (role: Role, levels: TraitAnswers): ShapeScore => {
  const { coefficients, named, reference: neutral } = directionFor(role);
  // A role that names every trait has no reference; then the whole profile is the reference.
  const reference = mean((neutral.length ? neutral : named).map((id) => levels[id]));
  let weights = 0;
  let needed = 0;
  const contributions = named.map((trait): Contribution => {
    const entry = role.traits[trait]!;
    if (directionOf(entry) === 'at-least') {
      weights += entry.weight;
      needed += entry.weight * levels[trait];
    }
    const relative = levels[trait] - reference;
    return { trait, level: levels[trait], relative, points: SCORE.slope * coefficients[trait] * relative };
  });
  const score = SCORE.neutral + contributions.reduce((sum, c) => sum + c.points, 0);
  return { score, reference, need: weights ? needed / weights : reference, contributions };
};
