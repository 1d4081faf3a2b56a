import type { AnswerSet } from './answers.js';
import { assess, type RoleResult } from './assess.js';
import { bandById, FIT_BAND, isFit, type BandId } from './bands.js';
import type { Trigger } from './conditions.js';
import { MESSAGES, type Messages } from './messages.js';
import { OPERATORS } from './operators.js';
import { checkQuality, type QualityCode } from './quality.js';
import type { Effect } from './reasons.js';
import { encodeCode } from './result-code.js';
import type { Lang, Text } from './text.js';
import { TRAIT_IDS, type TraitAnswers, type TraitId } from './traits.js';
import { BUILT_IN } from './catalog.js';
import type { Catalog, GroupKind, Role, RoleKind } from './types.js';

/** The report as every format sees it: plain data, already in the chosen language. */
export interface Report {
  readonly schemaVersion: 1;
  readonly lang: Lang;
  readonly verdict: string;
  /** True when the top role reaches the `good` band. */
  readonly fit: boolean;
  readonly answers: TraitAnswers;
  /** Whether the answers look trustworthy, and why not. */
  readonly quality: { readonly ok: boolean; readonly notes: readonly QualityNote[] };
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

export interface ReportOptions {
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
  readonly reasons: readonly { trait: TraitId; label: string; answer: number; ideal: number; effect: Effect }[];
  readonly warnings: readonly { rule: string; message: string; adjust: number }[];
  readonly notes: readonly { rule: string; message: string }[];
  /** `built-in`, or the file a user role came from. */
  readonly origin: string;
}

export const localize = (text: Text, lang: Lang): string => text[lang];

/** A role's title when the catalog has it; comparisons may name roles it does not. */
export const roleTitle = (catalog: Catalog, id: string, lang: Lang): string => {
  const role = catalog.roles.find((r) => r.id === id);
  return role ? localize(role.title, lang) : id;
};

export const groupName = (catalog: Catalog, id: string, lang: Lang): string => {
  const group = catalog.groups.find((g) => g.id === id);
  return group ? localize(group.name, lang) : id;
};

/** What a role says beyond its scores, in one language: shared by the report and the role view. */
export interface RoleContent {
  readonly misconceptions: readonly { myth: string; reality: string }[];
  readonly expectations: readonly { expectation: string; reality: string }[];
  readonly differences: readonly { role: string; title: string; text: string }[];
  readonly groups: readonly { group: string; name: string; why: string }[];
}

export const roleContent = (role: Role, catalog: Catalog, lang: Lang): RoleContent => {
  const l = (text: Text) => localize(text, lang);
  return {
    misconceptions: role.misconceptions.map((x) => ({ myth: l(x.myth), reality: l(x.reality) })),
    expectations: role.expectations.map((x) => ({ expectation: l(x.expectation), reality: l(x.reality) })),
    differences: role.differences.map((x) => ({ role: x.role, title: roleTitle(catalog, x.role, lang), text: l(x.text) })),
    groups: role.groups.map((g) => ({ group: g.group, name: groupName(catalog, g.group, lang), why: l(g.why) })),
  };
};

export const formatValue = (value: number | readonly number[]): string =>
  typeof value === 'number' ? String(value) : `{${value.join(', ')}}`;

/** "your answer for Communication: 2 (≤ 2)", for each comparison that made a rule fire. */
export const explainTriggers = (triggers: readonly Trigger[], catalog: Catalog, lang: Lang): string => {
  const m = MESSAGES[lang];
  return triggers
    .map((t) => {
      const condition = `${t.holds ? '' : `${m.not} `}${OPERATORS[t.op].symbol} ${formatValue(t.value)}`;
      return m.because(localize(catalog.traits[t.trait].label, lang), t.answer, condition);
    })
    .join('; ');
};

const verdict = (top: RoleResult | undefined, m: Messages, lang: Lang): string => {
  if (!top) return '';
  const title = localize(top.role.title, lang);
  const band = localize(bandById(top.band).label, lang);
  if (!isFit(top.band)) return m.verdictNone(bandById(FIT_BAND).min, title, top.score);
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
    reasons: result.reasons.map((r) => ({ ...r, label: l(catalog.traits[r.trait].label) })),
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
  };
};

const qualityNotes = (catalog: Catalog, set: AnswerSet, answers: TraitAnswers, ranked: readonly RoleResult[], lang: Lang) =>
  checkQuality({ questions: catalog.questions, answers: set.answers, traits: answers, scores: ranked.map((r) => r.score) }).map(
    (finding): QualityNote => ({
      ...finding,
      message: MESSAGES[lang].quality[finding.code](finding.traits.map((t) => localize(catalog.traits[t].label, lang)).join(', ')),
    }),
  );

/** Scores every role in the catalog and builds the localized report. */
export const buildReport = (catalog: Catalog, set: AnswerSet, answers: TraitAnswers, lang: Lang, options: ReportOptions = {}): Report => {
  const ranked = assess(catalog.roles, answers);
  const ordered = Object.fromEntries(TRAIT_IDS.map((id) => [id, answers[id]])) as TraitAnswers;
  const notes = qualityNotes(catalog, set, answers, ranked, lang);
  const floor = bandById(options.minBand ?? 'weak').min;
  return {
    schemaVersion: 1,
    lang,
    verdict: verdict(ranked[0], MESSAGES[lang], lang),
    fit: ranked[0] !== undefined && isFit(ranked[0].band),
    answers: ordered,
    quality: { ok: notes.length === 0, notes },
    code: encodeCode(catalog.questions, set),
    results: ranked.flatMap((result, index) => (result.score >= floor ? [toResult(result, index + 1, catalog, lang)] : [])),
    groups: catalog.groups.map((g) => ({ id: g.id, kind: g.kind, name: localize(g.name, lang), join: g.join.map((step) => localize(step, lang)) })),
  };
};

