import { localize } from '../localize.js';
import { MESSAGES } from '../messages.js';
import { closest } from '../suggest.js';
import { LANGS } from '../text.js';
import { TRAIT_IDS, type TraitId } from '../traits.js';
import type { Catalog, Question } from '../types.js';
import { allItems } from '../items.js';

/**
 * A CSV header as form tools write it: besides ids, a column may be named by the statement itself,
 * in either language, as the form showed it (Google Forms puts a grid's row in brackets after the
 * grid's title: `Seberapa sesuai? [Saya ikut merasakan…]`). Columns careerfit does not read
 * (`Timestamp`, `Email address`) are passed over and named once.
 */

/** What a CSV column holds: the person's id, a trait level, an item's answer, or nothing careerfit reads. */
export type Column = { readonly kind: 'id' } | Named | { readonly kind: 'ignored' };

/** A column a header names by what it answers: a trait level, or an item's answer. */
type Named = { readonly kind: 'trait'; readonly id: TraitId } | { readonly kind: 'answer'; readonly id: string; readonly trait: TraitId };

/** A CSV file's header: what each column holds, and what a reader should be told about it. */
export interface CsvHeader {
  readonly names: readonly string[];
  readonly columns: readonly Column[];
  /** Columns passed over, as the header names them. */
  readonly ignored: readonly string[];
  /** Items of the fixed quiz no column answers (their traits are scored from the rest). */
  readonly missing: readonly string[];
  /** When ids come from one of several columns that could hold them: that one, and the others. */
  readonly idChoice?: { readonly from: string; readonly others: readonly string[] };
}

/** What is wrong with a header: the field (a column, or `row`) and why. */
export interface HeaderError {
  readonly field: string;
  readonly message: string;
}

/** The id column when --id-column does not name one: the first of these, in this order. */
export const ID_COLUMNS = ['id', 'name', 'nama', 'email'] as const;

/**
 * Header text as compared: Unicode compatibility forms folded, lower case, every run of
 * punctuation, quotes and spaces one space. `Saya “suka” — bekerja.` and `saya suka bekerja` match.
 */
export const normalizeHeader = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Every name a column may have, normalised: trait ids, item ids and each item's statement in every language. */
export interface HeaderNames {
  readonly lookup: ReadonlyMap<string, Named>;
  /** The ids, for "did you mean" on a column that looks like a mistyped one. */
  readonly ids: readonly string[];
  readonly quiz: readonly Question[];
}

const namesCache = new WeakMap<Catalog, HeaderNames>();

export const headerNames = (catalog: Catalog): HeaderNames => {
  let names = namesCache.get(catalog);
  if (names) return names;
  const lookup = new Map<string, Named>();
  for (const id of TRAIT_IDS) lookup.set(normalizeHeader(id), { kind: 'trait', id });
  const items = allItems(catalog);
  for (const q of items) lookup.set(normalizeHeader(q.id), { kind: 'answer', id: q.id, trait: q.trait });
  for (const q of items) {
    for (const lang of LANGS) {
      const key = normalizeHeader(localize(q.text, lang));
      if (!lookup.has(key)) lookup.set(key, { kind: 'answer', id: q.id, trait: q.trait });
    }
  }
  names = { lookup, ids: [...TRAIT_IDS, ...items.map((q) => q.id)], quiz: catalog.questions };
  namesCache.set(catalog, names);
  return names;
};

/** What a header cell names: the whole text, else the text outside a trailing `[…]`, else the text inside it. */
const columnOf = (names: HeaderNames, header: string): Named | undefined => {
  const whole = names.lookup.get(normalizeHeader(header));
  if (whole) return whole;
  const grid = /^(.*)\[([^\]]*)\]\s*$/s.exec(header);
  if (!grid) return undefined;
  return names.lookup.get(normalizeHeader(grid[1]!)) ?? names.lookup.get(normalizeHeader(grid[2]!));
};

/** How a column is named in messages: its header, shortened when it is a long statement. */
export const columnName = (header: string): string => (header.length > 60 ? `${header.slice(0, 57).trimEnd()}…` : header);

/**
 * Reads the header row. The id column is `idColumn` (matched ignoring case), else the first of
 * ID_COLUMNS present. A header that is wrong spoils every row, so the caller stops at the error.
 */
export const parseCsvHeader = (names: HeaderNames, fields: readonly string[], idColumn?: string): CsvHeader | HeaderError => {
  const trimmed = fields.map((name, i) => (i === 0 ? name.replace(/^\ufeff/, '') : name).trim());
  const lower = trimmed.map((name) => name.toLowerCase());
  const wanted = idColumn?.trim().toLowerCase();
  const idAt = wanted !== undefined ? lower.indexOf(wanted) : ID_COLUMNS.map((id) => lower.indexOf(id)).find((i) => i >= 0);
  if (wanted !== undefined && idAt! < 0) return { field: idColumn!, message: `--id-column names no column of the header (it has ${trimmed.map((n) => `"${columnName(n)}"`).join(', ')})` };
  const columns: Column[] = [];
  const ignored: string[] = [];
  // What the header answers, each by the header that names it: trait levels, and items' answers.
  const given = new Map<TraitId, string>();
  const answered = new Map<string, string>();
  const covered = new Set<TraitId>();
  for (const [i, name] of trimmed.entries()) {
    if (i === idAt) {
      columns.push({ kind: 'id' });
      continue;
    }
    const column = columnOf(names, name);
    if (!column) {
      columns.push({ kind: 'ignored' });
      const hint = /^[a-z0-9_-]+$/.test(name) ? closest(name, names.ids) : undefined;
      ignored.push(hint ? `${name} (did you mean "${hint}"?)` : name || `column ${i + 1}`);
      continue;
    }
    const earlier = column.kind === 'trait' ? given.get(column.id) : answered.get(column.id);
    if (earlier !== undefined) {
      const what = earlier === name ? 'the column appears twice' : `the same ${column.kind === 'trait' ? 'trait' : 'statement'} as the column "${columnName(earlier)}"`;
      return { field: columnName(name), message: what };
    }
    if (column.kind === 'trait') given.set(column.id, name);
    else answered.set(column.id, name);
    covered.add(column.kind === 'trait' ? column.id : column.trait);
    columns.push(column);
  }
  if (covered.size === 0) {
    return { field: 'row', message: 'the header names no statement, trait or question column (see `careerfit form` for the statements and their ids)' };
  }
  const uncovered = TRAIT_IDS.filter((t) => !covered.has(t));
  if (uncovered.length) {
    const ids = names.quiz.filter((q) => uncovered.includes(q.trait)).map((q) => q.id);
    return { field: 'row', message: `no column answers ${uncovered.length} trait(s) (${uncovered.join(', ')}): add the statements ${ids.join(', ')}` };
  }
  const missing = answered.size ? names.quiz.filter((q) => !answered.has(q.id) && !given.has(q.trait)).map((q) => q.id) : [];
  const candidates = trimmed.filter((_, i) => i !== idAt && (ID_COLUMNS as readonly string[]).includes(lower[i]!));
  const idChoice = wanted === undefined && idAt !== undefined && candidates.length ? { from: trimmed[idAt]!, others: candidates } : undefined;
  return { names: trimmed, columns, ignored, missing, ...(idChoice ? { idChoice } : {}) };
};

/** The scale's labels in every language, normalised, with their values: "Sangat sesuai" is 5. */
const LABELS: ReadonlyMap<string, number> = new Map(LANGS.flatMap((lang) => MESSAGES[lang].scale.map((label, i) => [normalizeHeader(label), i + 1] as const)));

/** The scale value a cell holds: a whole number 1–5, or one of the scale's labels (any language). */
export const scaleValue = (text: string): number | undefined => {
  const digit = text.length === 1 ? text.charCodeAt(0) - 48 : NaN;
  if (digit >= 1 && digit <= 5) return digit;
  return LABELS.get(normalizeHeader(text));
};
