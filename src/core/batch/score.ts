import { bandById, type BandId } from '../bands.js';
import { isComplete, missingTraits, resolveTraits } from '../answers.js';
import { evaluateLevels } from '../evaluate.js';
import { allItems } from '../items.js';
import { localize } from '../localize.js';
import { escapeUnsafe } from '../plain-json.js';
import type { QualityCode } from '../quality.js';
import { verdictFor } from '../report.js';
import { encodeCode } from '../result-code.js';
import type { Lang } from '../text.js';
import type { Catalog, Role } from '../types.js';
import { headerNames, type HeaderNames } from './header.js';
import type { ItemIds, Person, RowError } from './rows.js';

/**
 * One person's result line of `careerfit assess --batch`: what their report concludes, from the
 * same `evaluate` as a single report, with none of the report's wording but the verdict.
 */

/** What every row needs from the catalog, resolved once a run. */
export interface Batch {
  /** The whole catalog: the items answers may name, the result code's layout, the trait labels. */
  readonly catalog: Catalog;
  /** The roles ranked (after --only / --exclude), in catalog order. */
  readonly roles: readonly Role[];
  /** The catalog with only those roles: what `evaluate` ranks. */
  readonly ranking: Catalog;
  readonly lang: Lang;
  /** `results` lists roles scoring at least this (--min-band); the rank still counts every role. */
  readonly minScore: number;
  readonly items: ItemIds;
  /** The names a CSV header's columns may have. */
  readonly header: HeaderNames;
  /** --id-column: the CSV column holding each person's id. */
  readonly idColumn?: string;
  /** --titles: role titles, not ids, in the CSV header. */
  readonly titles: boolean;
}

export interface BatchSettings {
  readonly minBand?: BandId;
  readonly idColumn?: string;
  readonly titles?: boolean;
}

export const prepareBatch = (catalog: Catalog, roles: readonly Role[], lang: Lang, settings: BatchSettings = {}): Batch => {
  const list = allItems(catalog).map((q) => q.id);
  return {
    catalog,
    roles,
    ranking: { ...catalog, roles },
    lang,
    minScore: bandById(settings.minBand ?? 'weak').min,
    items: { list, set: new Set(list) },
    header: headerNames(catalog),
    idColumn: settings.idColumn,
    titles: settings.titles ?? false,
  };
};

/** One person's line of output. */
export interface BatchResult {
  readonly id: string | number;
  readonly code: string;
  readonly verdict: string;
  readonly fit: boolean;
  readonly reliable: boolean;
  readonly quality: readonly QualityCode[];
  readonly close: readonly string[];
  readonly results: readonly { readonly id: string; readonly rank: number; readonly score: number; readonly band: BandId | null }[];
}

export const isRowError = (value: BatchResult | RowError): value is RowError => 'message' in value;

/** The best fit a result names: the role ranked first, when it counts as a fit. */
export const bestFit = (result: Pick<BatchResult, 'fit' | 'results'>): string | undefined => (result.fit ? result.results.find((r) => r.rank === 1)?.id : undefined);

/**
 * The roles a result calls too close to tell apart, as the person's report says it: two or more,
 * on answers that can be scored reliably (an unreliable report names none). One role is no close call.
 */
export const closeCall = (result: Pick<BatchResult, 'reliable' | 'close'>): readonly string[] => (result.reliable && result.close.length > 1 ? result.close : []);

/** Scores one person: their result line, or (when traits are missing) the row's error. */
export const scorePerson = (batch: Batch, person: Person): BatchResult | RowError => {
  const levels = resolveTraits(allItems(batch.catalog), person);
  if (!isComplete(levels)) {
    const missing = missingTraits(levels);
    return { field: 'traits', message: `missing answers for ${missing.length} trait(s): ${missing.join(', ')}` };
  }
  const evaluation = evaluateLevels(batch.ranking, person, levels);
  const results: BatchResult['results'][number][] = [];
  evaluation.ranked.forEach((r, i) => {
    if (r.score >= batch.minScore) results.push({ id: r.role.id, rank: i + 1, score: r.score, band: r.band });
  });
  return {
    id: person.id,
    code: encodeCode(batch.catalog, person),
    verdict: verdictFor(batch.catalog, evaluation, batch.lang),
    fit: evaluation.fit,
    reliable: evaluation.reliable,
    quality: [...new Set(evaluation.quality.map((f) => f.code))],
    close: evaluation.close,
    results,
  };
};

/** What JSON.stringify would escape in a string, what `escapeUnsafe` escapes, and any surrogate. */
const SPECIAL = /["\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

const json = (value: string | number): string => (typeof value === 'string' && !SPECIAL.test(value) ? `"${value}"` : escapeUnsafe(JSON.stringify(value)));

/** Role ids (the schema allows only `a-z`, `0-9` and `-`) and quality codes need no escaping. */
const plainList = (ids: readonly string[]): string => (ids.length ? `["${ids.join('","')}"]` : '[]');

/**
 * A result as one compact line of JSON: `JSON.stringify(result)` with the same keys in the same
 * order, written out field by field (a third of the time, which counts at 100,000 rows).
 */
export const jsonLine = (result: BatchResult): string => {
  let results = '';
  for (const r of result.results) results += `${results ? ',' : ''}{"id":"${r.id}","rank":${r.rank},"score":${r.score},"band":${r.band === null ? 'null' : `"${r.band}"`}}`;
  return (
    `{"id":${json(result.id)},"code":"${result.code}","verdict":${json(result.verdict)},"fit":${result.fit},"reliable":${result.reliable},` +
    `"quality":${plainList(result.quality)},"close":${plainList(result.close)},"results":[${results}]}\n`
  );
};

/**
 * A CSV field, quoted when it must be (RFC 4180). A cell a spreadsheet would read as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, which
 * spreadsheets show as text: an id from a form export is whatever a student typed.
 */
export const csvCell = (value: string | number): string => {
  const raw = String(value);
  const text = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * `--format csv`: the id, the result code, the best fit (empty when no role counts as a fit), the
 * close roles, whether a role fits, the band of the first role, whether the answers could be scored
 * reliably, the answer-quality notes, then a score column per role in catalog order (headed by
 * role ids, or with --titles by their titles). `close` is empty unless two or more roles are too close to call on reliable answers.
 */
export const csvHeaderLine = (batch: Batch): string =>
  `${['id', 'code', 'top', 'close', 'fit', 'band', 'reliable', 'quality', ...batch.roles.map((r) => (batch.titles ? localize(r.title, batch.lang) : r.id))].map(csvCell).join(',')}\n`;

export const csvLine = (batch: Batch, result: BatchResult): string => {
  const scores = new Map(result.results.map((r) => [r.id, r.score]));
  const cells = [
    result.id,
    result.code,
    bestFit(result) ?? '',
    closeCall(result).join(';'),
    String(result.fit),
    result.results.find((r) => r.rank === 1)?.band ?? '',
    String(result.reliable),
    result.quality.join(';'),
  ];
  return `${[...cells, ...batch.roles.map((r) => scores.get(r.id) ?? '')].map(csvCell).join(',')}\n`;
};
