import { bandFor, isFit, type BandId } from './bands.js';
import { pickReasons, type Reason } from './reasons.js';
import { runRules, type FiredRule } from './rules.js';
import { baseScore } from './scoring.js';
import type { TraitAnswers } from './traits.js';
import type { Role } from './types.js';

export interface RoleResult {
  readonly role: Role;
  /** Final score: base score plus rule adjustments, rounded and clamped to 0–100. */
  readonly score: number;
  /** Weighted closeness alone, before rules. */
  readonly base: number;
  /** The score before rounding, for ranking and statistics. */
  readonly exact: number;
  readonly band: BandId;
  /** Whether the band counts as a fit. */
  readonly fits: boolean;
  readonly reasons: readonly Reason[];
  readonly fired: readonly FiredRule[];
}

const clamp = (value: number): number => Math.min(100, Math.max(0, value));

export const scoreRole = (role: Role, answers: TraitAnswers): RoleResult => {
  const base = baseScore(role, answers);
  const fired = runRules(role.rules, answers);
  const adjustment = fired.reduce((sum, f) => sum + f.rule.event.adjust, 0);
  const score = clamp(Math.round(base.score + adjustment));
  const band = bandFor(score).id;
  return { role, score, exact: score, base: base.score, band, fits: isFit(band), reasons: pickReasons(base.contributions), fired };
};

/** Scores every role and ranks them: score descending, ties broken by id. */
export const assess = (roles: readonly Role[], answers: TraitAnswers): RoleResult[] =>
  roles
    .map((role) => scoreRole(role, answers))
    .sort((a, b) => b.score - a.score || (a.role.id < b.role.id ? -1 : a.role.id > b.role.id ? 1 : 0));
