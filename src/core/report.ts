import type { AnswerSet } from './answers.js';
import type { RoleResult } from './assess.js';
import { bandById, FIT_BAND, type BandId } from './bands.js';
import { evaluate, type Evaluation } from './evaluate.js';
import { LEVEL_FLOOR, type LimitId } from './limits.js';
import { explainTriggers } from './condition-text.js';
import { localize, traitLabel } from './localize.js';
import { MESSAGES, type Messages } from './messages.js';
import type { QualityCode } from './quality.js';
import type { Reason } from './reasons.js';
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
  readonly schemaVersion: 2;
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
  readonly band: BandId;
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

/** A reason as the report shows it: points rounded, relative to one decimal, and put in words. */
export interface ReportReason extends Reason {
  readonly label: string;
  /** The level and the reason in words: "4.5 — 1.2 above your average on the traits this role leaves out". */
  readonly message: string;
}

/** What the verdict reads of an evaluation: the top role and whether the answers can be scored. */
export type VerdictInput = Pick<Evaluation, 'reliable' | 'quality'> & {
  readonly ranked: readonly Pick<RoleResult, 'role' | 'score' | 'band' | 'fits'>[];
};

const verdict = (evaluation: VerdictInput, notes: readonly QualityNote[], m: Messages, lang: Lang): string => {
  const top = evaluation.ranked[0];
  if (!top) return '';
  if (!evaluation.reliable) return m.verdictUnreliable(notes.map((n) => n.message));
  const title = localize(top.role.title, lang);
  const band = localize(bandById(top.band).label, lang);
  if (!top.fits) return m.verdictNone(bandById(FIT_BAND).min, title, top.score);
  return top.role.kind === 'contrast' ? m.verdictContrast(title, top.score, band) : m.verdictFit(title, top.score, band);
};

const toResult = (result: RoleResult, rank: number, catalog: Catalog, lang: Lang): ReportResult => {
  const { role } = result;
  const l = (text: Text) => localize(text, lang);
  return {
    rank,
    id: role.id,
    kind: role.kind,
    title: l(role.title),
    summary: l(role.summary),
    score: result.score,
    band: result.band,
    reasons: result.reasons.map((r) => ({
      ...r,
      points: Math.round(r.points),
      relative: Math.round(r.relative * 10) / 10,
      label: traitLabel(catalog, r.trait, lang),
      message: MESSAGES[lang].relative(r.level, Math.round(r.relative * 10) / 10),
    })),
    // Rounded down, so a level just under the floor never reads as the floor itself.
    limits: result.limits.map((id) => ({ id, message: MESSAGES[lang].limits[id](Math.floor(result.need * 10) / 10, LEVEL_FLOOR) })),
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
  if (!evaluation.reliable || evaluation.close.length < 2) return undefined;
  const roles = evaluation.close.map((id) => evaluation.ranked.find((r) => r.role.id === id)!);
  const [top, ...others] = roles;
  return {
    message: MESSAGES[lang].close(roles.map((r) => localize(r.role.title, lang))),
    separators: others.flatMap((other) => separators(catalog, top!, other, lang)),
  };
};

/** Scores every role in the catalog and builds the localized report. */
export const buildReport = (catalog: Catalog, set: AnswerSet, lang: Lang, options: BuildReportOptions = {}): Report => {
  const evaluation = evaluate(catalog, set);
  const notes = qualityNotes(catalog, evaluation, lang);
  const floor = bandById(options.minBand ?? 'weak').min;
  const note = closeNote(catalog, evaluation, lang);
  return {
    schemaVersion: 2,
    lang,
    verdict: verdict(evaluation, notes, MESSAGES[lang], lang),
    fit: evaluation.fit,
    levels: evaluation.levels,
    labels: Object.fromEntries(TRAIT_IDS.map((t) => [t, traitLabel(catalog, t, lang)])) as Record<TraitId, string>,
    quality: { ok: notes.length === 0, reliable: evaluation.reliable, notes },
    close: evaluation.close,
    ...(note ? { closeNote: note } : {}),
    code: encodeCode(catalog, set),
    results: evaluation.ranked.flatMap((result, index) => (result.score >= floor ? [toResult(result, index + 1, catalog, lang)] : [])),
    groups: catalog.groups.map((g) => ({ id: g.id, kind: g.kind, name: localize(g.name, lang), join: g.join.map((step) => localize(step, lang)) })),
  };
};
