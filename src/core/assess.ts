import { bandFor, isFit, type BandId } from './bands.js';
import { LIMITS, type LimitId } from './limits.js';
import { runRules, type FiredRule } from './rules.js';
import { shapeScore, type Contribution } from './scoring.js';
import type { TraitAnswers } from './traits.js';
import type { Role } from './types.js';

export interface RoleResult {
  readonly role: Role;
  /** Final score, rounded and clamped to 0–100. */
  readonly score: number;
  /** The score before rounding: shape plus rule adjustments. It ranks the roles. */
  readonly exact: number;
  /** The profile-shape score alone, before rules. */
  readonly shape: number;
  /** The person's reference level and their weighted level on what the role needs. */
  readonly reference: number;
  readonly need: number;
  /** Why the role cannot count as a fit whatever its shape (a seed's warning, a low level). */
  readonly limits: readonly LimitId[];
  /** The band the score reaches, for a role that can count as a fit; null for one a limit holds back (and for answers that cannot be scored). */
  readonly band: BandId | null;
  /** Whether the role is a fit: it can count as one and its band reaches `good`. */
  readonly fits: boolean;
  /** Each named trait's part in the score: what the report's reasons are made of. */
  readonly contributions: readonly Contribution[];
  readonly fired: readonly FiredRule[];
}

const clamp = (value: number): number => Math.min(100, Math.max(0, value));

export const scoreRole = (role: Role, levels: TraitAnswers): RoleResult => {
  const shape = shapeScore(role, levels);
  const fired = runRules(role.rules, levels);
  const adjusted = shape.score + fired.reduce((sum, f) => sum + f.rule.event.adjust, 0);
  const limits = LIMITS.filter((limit) => limit.applies({ fired, need: shape.need })).map((limit) => limit.id);
  const exact = clamp(adjusted);
  const score = Math.round(exact);
  // A limit keeps the role from counting as a fit: it has no band, and the report says why; the
  // score stays what the profile says, so the report can say both.
  const band = limits.length ? null : bandFor(score).id;
  return {
    role,
    score,
    exact,
    shape: shape.score,
    reference: shape.reference,
    need: shape.need,
    limits,
    band,
    fits: band !== null && isFit(band),
    contributions: shape.contributions,
    fired,
  };
};

/**
 * How far a limit holds a role back, for the ranking: 0 not at all, 1 only by the level it needs
 * (careerfit's own floor), 2 by a warning sign, with which a seed says the person is probably not
 * a fit: so when every role is held back, one the sources rule out never comes first.
 */
export const tierOf = (limits: readonly LimitId[]): number => (limits.includes('warning') ? 2 : limits.length ? 1 : 0);

/**
 * Scores every role and ranks them: roles that can count as a fit before those a limit holds back
 * (tierOf), and within each by exact score; an exact tie goes to the higher level on what the role
 * needs, then to catalog order. Never by id: a name says nothing about fit.
 */
export const assess = (roles: readonly Role[], levels: TraitAnswers): RoleResult[] =>
  roles.map((role) => scoreRole(role, levels)).sort((a, b) => tierOf(a.limits) - tierOf(b.limits) || b.exact - a.exact || b.need - a.need);
