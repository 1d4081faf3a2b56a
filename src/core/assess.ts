import { BELOW_FIT, bandFor, isFit, type BandId } from './bands.js';
import { directionOf } from './directions.js';
import { LIMITS, type LimitId } from './limits.js';
import { pickReasons, type Reason } from './reasons.js';
import { runRules, type FiredRule } from './rules.js';
import { shapeScore } from './scoring.js';
import type { TraitAnswers } from './traits.js';
import type { Role } from './types.js';

export interface RoleResult {
  readonly role: Role;
  /** Final score, rounded and clamped to 0–100. */
  readonly score: number;
  /** The score before rounding: shape plus rule adjustments. It ranks the roles. */
  readonly exact: number;
  /** The profile-shape score alone, before rules and limits. */
  readonly shape: number;
  /** The person's reference level and their weighted level on what the role needs. */
  readonly reference: number;
  readonly need: number;
  readonly band: BandId;
  /** Whether the role counts as a fit: its band reaches `good`. */
  readonly fits: boolean;
  /** Why the role cannot count as a fit whatever its shape (a seed's warning, a low level). */
  readonly limits: readonly LimitId[];
  readonly reasons: readonly Reason[];
  readonly fired: readonly FiredRule[];
}

const clamp = (value: number): number => Math.min(100, Math.max(0, value));
/** A limited role's band: the one just below the fit band, or its own if that is lower still. */
const lower = (band: BandId): BandId => (isFit(band) ? BELOW_FIT : band);

export const scoreRole = (role: Role, levels: TraitAnswers): RoleResult => {
  const shape = shapeScore(role, levels);
  const fired = runRules(role.rules, levels);
  const adjusted = shape.score + fired.reduce((sum, f) => sum + f.rule.event.adjust, 0);
  const limits = LIMITS.filter((limit) => limit.applies({ fired, need: shape.need })).map((limit) => limit.id);
  const exact = clamp(adjusted);
  const score = Math.round(exact);
  // A limit keeps the band below a fit; the score stays what the profile says, so the ranking
  // does not clump at the cap and the report can say both.
  const band = limits.length ? lower(bandFor(score).id) : bandFor(score).id;
  const describe = (trait: keyof TraitAnswers) => {
    const entry = role.traits[trait]!;
    return { ideal: entry.ideal, direction: directionOf(entry) };
  };
  return {
    role,
    score,
    exact,
    shape: shape.score,
    reference: shape.reference,
    need: shape.need,
    band,
    fits: isFit(band),
    limits,
    reasons: pickReasons(shape.contributions, describe),
    fired,
  };
};

const warnings = (r: RoleResult) => r.fired.filter((f) => f.rule.event.warning).length;

/**
 * Scores every role and ranks them: by exact score; an exact tie goes to the role with fewer
 * warnings, then the higher level on what it needs, then catalog order. Never by id: a name says
 * nothing about fit.
 */
export const assess = (roles: readonly Role[], levels: TraitAnswers): RoleResult[] =>
  roles.map((role) => scoreRole(role, levels)).sort((a, b) => b.exact - a.exact || warnings(a) - warnings(b) || b.need - a.need);
