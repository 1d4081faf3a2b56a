import type { RoleResult } from './assess.js';
import { directionOf, type DirectionName } from './directions.js';
import type { TraitId } from './traits.js';

/**
 * Why a role scored as it did, as a reader should meet it: what holds the role back first, then
 * the person's strengths on what the role needs (what it needs most first), then their weaker
 * sides on what it needs, then what it needs little of. A trait on which a warning sign fires is
 * never a strength, and a trait the role needs little of is never the first reason.
 */

/**
 * `level`: below the level the role needs (the limit that holds it back). `strength`, `gap`: a
 * trait the role needs, standing above or below the rest of the person's profile. `suits`,
 * `against`: a trait the role needs little of, low or high for the person.
 */
export type ReasonKind = 'level' | 'strength' | 'gap' | 'suits' | 'against';
export type Effect = '+' | '-';

/** How much a role needs a trait, from its weight: 3 most, 2 plainly, 1 as well. */
export type Importance = 1 | 2 | 3;
export const importanceOf = (weight: number): Importance => (weight >= 3 ? 3 : weight >= 2 ? 2 : 1);

export interface Reason {
  readonly kind: ReasonKind;
  readonly effect: Effect;
  /** The trait, for every kind but `level`. */
  readonly trait?: TraitId;
  readonly level?: number;
  readonly direction?: DirectionName;
  readonly importance?: Importance;
  /** Level minus the person's reference (their mean on the traits the role leaves out). */
  readonly relative?: number;
  /** Score points gained (+) or lost (−) through this trait. */
  readonly points?: number;
}

/** A trait counts as a reason when it moves the score by at least this many points. */
export const REASON_MIN_POINTS = 1;
const STRENGTHS = 3;
const GAPS = 2;

export const pickReasons = (result: RoleResult): Reason[] => {
  const { role } = result;
  const warned = new Set(result.fired.filter((f) => f.rule.event.warning).flatMap((f) => f.because.map((b) => b.trait)));
  const entries = result.contributions.map((c) => {
    const entry = role.traits[c.trait]!;
    return { ...c, weight: entry.weight, direction: directionOf(entry) };
  });
  // What the role needs most first; between equals, the trait that moves the score more.
  const ordered = [...entries].sort((a, b) => b.weight - a.weight || Math.abs(b.points) - Math.abs(a.points));
  const reason = (kind: ReasonKind, effect: Effect) => (c: (typeof entries)[number]): Reason => ({
    kind,
    effect,
    trait: c.trait,
    level: c.level,
    direction: c.direction,
    importance: importanceOf(c.weight),
    relative: c.relative,
    points: c.points,
  });
  const atLeast = ordered.filter((c) => c.direction === 'at-least');
  const atMost = ordered.filter((c) => c.direction === 'at-most');
  return [
    ...(result.limits.includes('level') ? [{ kind: 'level', effect: '-' } as const] : []),
    ...atLeast.filter((c) => c.points >= REASON_MIN_POINTS && !warned.has(c.trait)).slice(0, STRENGTHS).map(reason('strength', '+')),
    ...atLeast.filter((c) => c.points <= -REASON_MIN_POINTS).slice(0, GAPS).map(reason('gap', '-')),
    ...atMost.filter((c) => c.points >= REASON_MIN_POINTS).slice(0, 1).map(reason('suits', '+')),
    ...atMost.filter((c) => c.points <= -REASON_MIN_POINTS).slice(0, 1).map(reason('against', '-')),
  ];
};
