// The ways a report can contradict itself, each a check over the report as every format sees it
// (its data and the view's words): the validity harness counts them over simulated people, and
// test/core/contradictions.test.ts holds each at zero on the profiles that used to produce them.
import type { Report } from '../src/core/report.js';

const FIT = new Set(['good', 'strong']);

export const CONTRADICTIONS = {
  /** "No role reaches a good fit (65/100 or more)…" while #1 shows 65 or more. */
  'none-verdict-high-score': (r: Report) => /^(No role reaches a good fit|Tidak ada peran yang mencapai tingkat cocok)/.test(r.verdict) && (r.results[0]?.score ?? 0) >= 65,
  /** A role a limit holds back shows a band beside its score ("91, partial fit"). */
  'held-role-with-band': (r: Report) => r.results.some((x) => x.limits.length > 0 && x.band !== null),
  /** "Best fit: X." while the report also says the top roles are too close to call. */
  'best-fit-but-close': (r: Report) => /^(Best fit|Paling cocok):/.test(r.verdict) && r.close.length > 1,
  /** A role the sources rule out (a warning fires) ranked #1 above a role labelled a fit. */
  'warned-first-above-fit': (r: Report) => (r.results[0]?.warnings.length ?? 0) > 0 && r.results.slice(1).some((x) => x.band !== null && FIT.has(x.band)),
  /** A role held back by the level floor whose reasons all speak for it. */
  'level-held-all-plus': (r: Report) => r.results.some((x) => x.limits.some((l) => l.id === 'level') && x.reasons.every((reason) => reason.effect === '+')),
  /** A trait given as a strength while that role's warning fires on the same trait. */
  'strength-warned': (r: Report) => r.results.some((x) => x.reasons.some((reason) => reason.kind === 'strength' && warnedTraits(x).has(reason.trait!))),
  /** The roles "too close to call" mix one that counts as a fit with one the report says cannot count ("not counted"). */
  'close-mixes-standing': (r: Report) => {
    const close = r.close.map((id) => r.results.find((x) => x.id === id)).filter((x) => x !== undefined);
    return close.some((x) => x.standing === 'counts') && close.some((x) => x.standing === 'held');
  },
  /** "Sits closest to a comparison role … rather than to the community roles" while a community role is close. */
  'contrast-verdict-with-community-close': (r: Report) =>
    /comparison role|peran pembanding/.test(r.verdict) && r.close.some((id) => r.results.find((x) => x.id === id)?.kind === 'role'),
  /** "Cannot be scored reliably" and yet a role labelled a fit. */
  'unreliable-with-fit-band': (r: Report) => !r.quality.reliable && r.results.some((x) => x.band !== null),
} as const satisfies Record<string, (report: Report) => boolean>;

export type ContradictionKind = keyof typeof CONTRADICTIONS;

/** The traits a role's fired warnings looked at (as the report's profile records them). */
const warnedTraits = (x: Report['results'][number]): Set<string> => new Set(x.profile.filter((p) => p.warnings.length > 0).map((p) => p.trait));

/** Which kinds a report shows. */
export const contradictionsOf = (report: Report): ContradictionKind[] =>
  (Object.keys(CONTRADICTIONS) as ContradictionKind[]).filter((kind) => CONTRADICTIONS[kind](report));

/** Words a student should not have to read: statistics, the scoring's weights, how items are keyed. */
const JARGON = /standard error|galat baku|12[.,]5|\bweight\b|\bbobot\b|reversed|worded the other way|dibalik/i;

/** What a rendered report says that it should not: jargon, or a "+" on a line that says "below". */
export const wordingProblems = (text: string): string[] =>
  text.split('\n').filter((line) => JARGON.test(line) || (/^\s*(\+|➕)/.test(line) && /\bbelow\b|di bawah/.test(line)));
