import type { AnswerSet } from './answers.js';
import type { RoleResult } from './assess.js';
import { bandById, FIT_BAND, type BandId } from './bands.js';
import { evaluate, type Evaluation } from './evaluate.js';
import { LEVEL_FLOOR, type LimitId } from './limits.js';
import { explainTriggers } from './condition-text.js';
import { localize, traitLabel } from './localize.js';
import { MESSAGES, type Messages } from './messages.js';
import type { QualityCode } from './quality.js';
import { pickReasons, type Reason } from './reasons.js';
import { encodeCode } from './result-code.js';
import { directionOf, type DirectionName } from './directions.js';
import { directionFor } from './scoring.js';
import type { Lang, Text } from './text.js';
import { TRAIT_IDS, type TraitAnswers, type TraitId } from './traits.js';
import { BUILT_IN } from './catalog.js';
import { roleContent, type RoleContent } from './role-content.js';
import type { Catalog, GroupKind, RoleKind } from './types.js';

/** The report as every format sees it: plain data, already in the chosen language. */
export interface Report {
  readonly schemaVersion: 3;
  readonly lang: Lang;
  readonly verdict: string;
  /** True when the answers are reliable and the top role reaches the `good` band. */
  readonly fit: boolean;
  /** The trait levels the answers give (items of a trait averaged, reverse-keyed ones flipped). */
  readonly levels: TraitAnswers;
  /** Each trait's name in this language, for the levels (the HTML profile chart). */
  readonly labels: Readonly<Record<TraitId, string>>;
  /** Whether the answers can be scored at all, and what looks wrong with them. */
  readonly quality: { readonly ok: boolean; readonly reliable: boolean; readonly notes: readonly QualityNote[] };
  /** The roles the answers cannot separate from #1, #1 first; more than one means "too close to call". */
  readonly close: readonly string[];
  /** When `close` has more than one role: that note, and what sets those roles apart. */
  readonly closeNote?: { readonly message: string; readonly separators: readonly string[] };
  readonly results: readonly ReportResult[];
  /** The groups the roles point to, with how to join: the report's next steps. */
  readonly groups: readonly ReportGroup[];
  /** The answers as a short code; `careerfit assess --code` rebuilds this report from it. */
  readonly code: string;
}

export interface QualityNote {
  readonly code: QualityCode;
  readonly message: string;
  readonly traits: readonly TraitId[];
}

export interface BuildReportOptions {
  /** List only roles at or above this band (the verdict still looks at every role). */
  readonly minBand?: BandId;
}

export interface ReportGroup {
  readonly id: string;
  readonly kind: GroupKind;
  readonly name: string;
  readonly join: readonly string[];
}

export interface ReportResult extends RoleContent {
  readonly rank: number;
  readonly id: string;
  readonly kind: RoleKind;
  readonly title: string;
  readonly summary: string;
  readonly score: number;
  /** The band the score reaches; null for a role a limit holds back, and for every role when the answers cannot be scored. */
  readonly band: BandId | null;
  /**
   * `counts`: no limit holds the role back (its band says how well it fits). `held`: a limit does.
   * `uncertain`: a limit does, but the answers leave that in doubt and the role is among the close
   * ones. `unscored`: the answers as a whole cannot be scored.
   */
  readonly standing: 'counts' | 'held' | 'uncertain' | 'unscored';
  /** The probability, to two decimals, that this role is the person's best fit (core/certainty.ts). */
  readonly odds: number;
  /** The same in words: "about 6 in 10". */
  readonly chance: string;
  readonly reasons: readonly ReportReason[];
  readonly warnings: readonly { rule: string; message: string; adjust: number }[];
  /** Why the role cannot count as a fit whatever its score, in words. */
  readonly limits: readonly { id: LimitId; message: string }[];
  readonly notes: readonly { rule: string; message: string }[];
  /** `built-in`, or the file a user role came from. */
  readonly origin: string;
  /** The role's trait entries, in trait order: what the levels are compared with (the HTML chart). */
  readonly profile: readonly ReportTrait[];
}

/** One trait entry of a role, put in words. */
export interface ReportTrait {
  readonly trait: TraitId;
  readonly label: string;
  readonly ideal: number;
  readonly direction: DirectionName;
  readonly weight: number;
  /** Rules behind this result's warnings that looked at this trait. */
  readonly warnings: readonly string[];
}

/** A reason as the report shows it: numbers rounded, its trait named, and the reason in a sentence. */
export interface ReportReason extends Reason {
  /** The trait's name; absent for the level reason. */
  readonly label?: string;
  readonly message: string;
}

/** What the verdict reads of an evaluation. */
export type VerdictInput = Pick<Evaluation, 'reliable' | 'quality' | 'ranked' | 'odds' | 'close'>;

const verdict = (evaluation: VerdictInput, notes: readonly QualityNote[], m: Messages, lang: Lang): string => {
  const { ranked, odds, close } = evaluation;
  const top = ranked[0];
  if (!top) return '';
  if (!evaluation.reliable) return m.verdictUnreliable(notes.map((n) => n.message));
  const title = localize(top.role.title, lang);
  // When no role counts, which of them would be "best" is no question the report asks.
  if (top.limits.length) return m.verdictHeld();
  if (close.length > 1) {
    const roles = close.map((id) => ranked.findIndex((r) => r.role.id === id));
    const standing = top.fits ? 'fit' : 'none';
    // Held-back roles among the close ones: their standing itself is in doubt.
    const doubtful = roles.filter((i) => ranked[i]!.limits.length).map((i) => ({ title: localize(ranked[i]!.role.title, lang), limit: ranked[i]!.limits[0]! }));
    return m.verdictClose(
      roles.map((i) => localize(ranked[i]!.role.title, lang)),
      roles.map((i) => m.chance(odds[i]!)),
      standing,
      doubtful,
    );
  }
  if (!top.fits) return m.verdictNone(bandById(FIT_BAND).min, title, top.score);
  const band = localize(bandById(top.band!).label, lang);
  return (top.role.kind === 'contrast' ? m.verdictContrast : m.verdictFit)(title, top.score, band, m.chance(odds[0]!));
};

/**
 * A role's standing in words: its band, or "not counted" (or "may not count") with why, in a few
 * words; nothing for answers that cannot be scored.
 */
export const standingLabel = (result: Pick<ReportResult, 'band' | 'limits' | 'standing'>, lang: Lang): { readonly label: string; readonly why?: string } => {
  if (result.band) return { label: localize(bandById(result.band).label, lang) };
  const [limit] = result.limits;
  if (!limit || result.standing === 'unscored') return { label: '' };
  const words = result.standing === 'uncertain' ? MESSAGES[lang].mayNotCount : MESSAGES[lang].held;
  return { label: words.label, why: words[limit.id] };
};

/** A reason in the report's words. */
const reportReason = (reason: Reason, result: RoleResult, catalog: Catalog, lang: Lang): ReportReason => {
  const m = MESSAGES[lang];
  const one = (value: number) => m.number(Math.round(value * 10) / 10);
  const label = reason.trait ? traitLabel(catalog, reason.trait, lang) : undefined;
  // The level reason rounds down, so a level just under the floor never reads as the floor itself.
  const traits = label ? [{ label, level: one(reason.level ?? 0) }] : [];
  const message = m.reason(reason.kind, traits, reason.importance ?? 1, m.number(Math.floor(result.need * 10) / 10), m.number(LEVEL_FLOOR));
  return {
    ...reason,
    ...(reason.relative === undefined ? {} : { relative: Math.round(reason.relative * 10) / 10 }),
    ...(reason.points === undefined ? {} : { points: Math.round(reason.points) }),
    ...(label ? { label } : {}),
    message,
  };
};

const toResult = (result: RoleResult, rank: number, odds: number, doubtful: boolean, reliable: boolean, catalog: Catalog, lang: Lang): ReportResult => {
  const { role } = result;
  const l = (text: Text) => localize(text, lang);
  const standing = !reliable ? 'unscored' : !result.limits.length ? 'counts' : doubtful ? 'uncertain' : 'held';
  return {
    rank,
    id: role.id,
    kind: role.kind,
    title: l(role.title),
    summary: l(role.summary),
    score: result.score,
    band: result.band,
    standing,
    odds: Math.round(odds * 100) / 100,
    chance: MESSAGES[lang].chance(odds),
    reasons: pickReasons(result).map((reason) => reportReason(reason, result, catalog, lang)),
    limits: result.limits.map((id) => ({ id, message: (standing === 'uncertain' ? MESSAGES[lang].doubtfulLimits : MESSAGES[lang].limits)[id] })),
    warnings: result.fired
      .filter((f) => f.rule.event.warning)
      .map((f) => ({
        rule: f.rule.id,
        message: `${l(f.rule.event.warning!)} (${explainTriggers(f.because, catalog, lang)})`,
        adjust: f.rule.event.adjust,
      })),
    notes: result.fired.filter((f) => f.rule.event.note).map((f) => ({ rule: f.rule.id, message: l(f.rule.event.note!) })),
    ...roleContent(role, catalog, lang),
    origin: catalog.origins[role.id] ?? BUILT_IN,
    profile: TRAIT_IDS.flatMap((trait): ReportTrait[] => {
      const entry = role.traits[trait];
      if (!entry) return [];
      const warnings = result.fired.filter((f) => f.rule.event.warning && f.because.some((t) => t.trait === trait)).map((f) => f.rule.id);
      return [{ trait, label: traitLabel(catalog, trait, lang), ideal: entry.ideal, direction: directionOf(entry), weight: entry.weight, warnings }];
    }),
  };
};

const qualityNotes = (catalog: Catalog, evaluation: Pick<Evaluation, 'quality'>, lang: Lang): QualityNote[] =>
  evaluation.quality.map(
    (finding): QualityNote => ({
      ...finding,
      message: MESSAGES[lang].quality[finding.code](finding.traits.map((t) => traitLabel(catalog, t, lang)).join(', ')),
    }),
  );

/**
 * The report's one-sentence verdict alone, worded exactly as the report words it (for `assess --batch`).
 * Only the verdict on unreliable answers quotes the quality notes, so only then are they worded.
 */
export const verdictFor = (catalog: Catalog, evaluation: VerdictInput, lang: Lang): string =>
  verdict(evaluation, evaluation.reliable ? [] : qualityNotes(catalog, evaluation, lang), MESSAGES[lang], lang);

/** How many traits to name as what separates two close roles. */
const SEPARATORS = 3;

/** The traits two roles weigh most differently (each role's detail states the seeds' own comparison). */
const separators = (catalog: Catalog, top: RoleResult, other: RoleResult, lang: Lang): string[] => {
  const a = directionFor(top.role).coefficients;
  const b = directionFor(other.role).coefficients;
  const label = (t: TraitId) => traitLabel(catalog, t, lang);
  const ranked = TRAIT_IDS.filter((t) => Math.abs(a[t] - b[t]) > 0.05).sort((x, y) => Math.abs(a[y] - b[y]) - Math.abs(a[x] - b[x])).slice(0, SEPARATORS);
  const more = (sign: 1 | -1) => ranked.filter((t) => sign * (a[t] - b[t]) > 0).map(label);
  const m = MESSAGES[lang];
  return [
    m.separates(localize(top.role.title, lang), more(1), localize(other.role.title, lang), more(-1)),
  ];
};

const closeNote = (catalog: Catalog, evaluation: Evaluation, lang: Lang): Report['closeNote'] => {
  if (!evaluation.reliable || evaluation.close.length < 2 || evaluation.ranked[0]!.limits.length) return undefined;
  const at = evaluation.close.map((id) => evaluation.ranked.findIndex((r) => r.role.id === id));
  const roles = at.map((i) => evaluation.ranked[i]!);
  const [top, ...others] = roles;
  return {
    message: MESSAGES[lang].close(at.map((i) => ({ title: localize(evaluation.ranked[i]!.role.title, lang), chance: MESSAGES[lang].chance(evaluation.odds[i]!) }))),
    separators: others.flatMap((other) => separators(catalog, top!, other, lang)),
  };
};

/** A held-back role among the close ones while #1 can count as a fit: the answers leave its standing in doubt. */
const doubted = (evaluation: Evaluation, result: RoleResult): boolean =>
  result.limits.length > 0 && evaluation.ranked[0]!.limits.length === 0 && evaluation.close.includes(result.role.id);

/** Scores every role in the catalog and builds the localized report. */
export const buildReport = (catalog: Catalog, set: AnswerSet, lang: Lang, options: BuildReportOptions = {}): Report => {
  const evaluation = evaluate(catalog, set);
  const notes = qualityNotes(catalog, evaluation, lang);
  const floor = bandById(options.minBand ?? 'weak').min;
  const note = closeNote(catalog, evaluation, lang);
  return {
    schemaVersion: 3,
    lang,
    verdict: verdict(evaluation, notes, MESSAGES[lang], lang),
    fit: evaluation.fit,
    levels: evaluation.levels,
    labels: Object.fromEntries(TRAIT_IDS.map((t) => [t, traitLabel(catalog, t, lang)])) as Record<TraitId, string>,
    quality: { ok: notes.length === 0, reliable: evaluation.reliable, notes },
    close: evaluation.close,
    ...(note ? { closeNote: note } : {}),
    code: encodeCode(catalog, set),
    results: evaluation.ranked.flatMap((result, index) =>
      result.score >= floor
        ? [toResult(result, index + 1, evaluation.odds[index]!, doubted(evaluation, result), evaluation.reliable, catalog, lang)]
        : [],
    ),
    groups: catalog.groups.map((g) => ({ id: g.id, kind: g.kind, name: localize(g.name, lang), join: g.join.map((step) => localize(step, lang)) })),
  };
};
