import type { DirectionName } from './directions.js';
import type { Contribution } from './scoring.js';
import type { TraitId } from './traits.js';

export type Effect = '+' | '-';

export interface Reason {
  readonly trait: TraitId;
  readonly level: number;
  readonly ideal: number;
  readonly direction: DirectionName;
  /** Level minus the person's reference (their mean on the traits the role leaves out). */
  readonly relative: number;
  /** Score points gained (+) or lost (−) through this trait. */
  readonly points: number;
  readonly effect: Effect;
}

/** A trait counts as a reason when it moves the score by at least this many points. */
export const REASON_MIN_POINTS = 1;
const LIMIT = 3;

/** The traits that raised and lowered the score most, strongest first: three of each at most. */
export const pickReasons = (contributions: readonly Contribution[], describe: (trait: TraitId) => { ideal: number; direction: DirectionName }): Reason[] => {
  const strongest = (effect: Effect, sign: 1 | -1) =>
    contributions
      .filter((c) => sign * c.points >= REASON_MIN_POINTS)
      .sort((a, b) => sign * (b.points - a.points))
      .slice(0, LIMIT)
      .map((c): Reason => ({ trait: c.trait, level: c.level, relative: c.relative, points: c.points, effect, ...describe(c.trait) }));
  return [...strongest('+', 1), ...strongest('-', -1)];
};
