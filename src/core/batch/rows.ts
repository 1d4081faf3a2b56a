import type { AnswerSet, PartialTraits } from '../answers.js';
import { describeValue } from '../describe-value.js';
import { hasDistinctKeys, isLevel, isPlainObject, repeatedKey } from '../plain-json.js';
import { unknownMessage } from '../suggest.js';
import { SCALE_MAX, SCALE_MIN, TRAIT_IDS, isTraitId, type TraitId } from '../traits.js';

/**
 * One person a row: a JSON Lines record or a CSV record under its header, read into an answer set
 * (as an answer file gives one), or what is wrong with it. Checked by hand, as answer files are
 * on their fast path (src/cli/input/plain-answers.ts): no schema library per row.
 */

export type BatchInput = 'jsonl' | 'csv';

/** The input format a file name promises, if its extension says. */
export const inputFromPath = (path: string): BatchInput | undefined => {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'jsonl' || ext === 'ndjson' || ext === 'json') return 'jsonl';
  if (ext === 'csv') return 'csv';
  return undefined;
};

/** Otherwise the first non-blank character decides: an object is JSON Lines, anything else a CSV header. */
export const inputFromText = (firstChar: string): BatchInput => (firstChar === '{' ? 'jsonl' : 'csv');

/** One person: an id (given, or the line number) and their answers. */
export interface Person extends AnswerSet {
  readonly id: string | number;
}

/** What is wrong with a row: the field (a key, a column, or `row`) and why. */
export interface RowError {
  readonly field: string;
  readonly message: string;
}

export type Parsed = { readonly ok: true; readonly person: Person } | { readonly ok: false; readonly error: RowError };

/** The question ids an answer may name (every item of the bank), in bank order. */
export interface ItemIds {
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
}

const fail = (field: string, message: string): Parsed => ({ ok: false, error: { field, message } });

const LEVEL = `expected a whole number from ${SCALE_MIN} to ${SCALE_MAX}`;

const JSON_KEYS = ['id', 'traits', 'answers'] as const;

/** One JSON Lines record: `{"id": …, "traits": {…}, "answers": {…}}`. `line` is the default id. */
export const parseJsonRecord = (items: ItemIds, text: string, line: number): Parsed => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('row', `not valid JSON (${(error as Error).message})`);
  }
  if (!isPlainObject(value)) return fail('row', `expected an object with "traits" and/or "answers", got ${describeValue(value)}`);
  let keys = 0;
  for (const key in value) {
    keys++;
    if (key !== 'id' && key !== 'traits' && key !== 'answers') return fail(key, unknownMessage('field', key, JSON_KEYS));
  }
  const { id = line, traits = {}, answers = {} } = value;
  if (!(typeof id === 'string' && id !== '') && !(typeof id === 'number' && Number.isFinite(id))) {
    return fail('id', `expected text or a number, got ${describeValue(id)}`);
  }
  if (!isPlainObject(traits)) return fail('traits', `expected a map of trait levels, got ${describeValue(traits)}`);
  if (!isPlainObject(answers)) return fail('answers', `expected a map of question answers, got ${describeValue(answers)}`);
  for (const key in traits) {
    keys++;
    if (!isTraitId(key)) return fail(`traits.${key}`, unknownMessage('trait', key, TRAIT_IDS));
    if (!isLevel(traits[key])) return fail(`traits.${key}`, `${LEVEL}, got ${describeValue(traits[key])}`);
  }
  for (const key in answers) {
    keys++;
    if (!items.set.has(key)) return fail(`answers.${key}`, unknownMessage('question', key, items.list));
    if (!isLevel(answers[key])) return fail(`answers.${key}`, `${LEVEL}, got ${describeValue(answers[key])}`);
  }
  if (!hasDistinctKeys(text, keys)) return fail('row', repeatedKey(text));
  // Checked key by key above: the parsed maps are the answer set as they are.
  return { ok: true, person: { id, answers: answers as Record<string, number>, traits: traits as PartialTraits } };
};

/** What a CSV column holds: the id, a trait level or an item's answer. */
export type Column = { readonly kind: 'id' } | { readonly kind: 'trait'; readonly id: TraitId } | { readonly kind: 'answer'; readonly id: string };

/** A CSV file's header: what each column holds. */
export interface CsvHeader {
  readonly names: readonly string[];
  readonly columns: readonly Column[];
}

/**
 * The header row: an optional `id` column, then trait ids and/or question ids, in any order. A
 * header that is wrong spoils every row, so the caller stops at the error this returns.
 */
export const parseCsvHeader = (items: ItemIds, fields: readonly string[]): CsvHeader | RowError => {
  const names = fields.map((name) => name.trim());
  const columns: Column[] = [];
  const seen = new Set<string>();
  for (const [i, name] of names.entries()) {
    if (name === '') return { field: `column ${i + 1}`, message: 'the header cell is empty; name it id, a trait id or a question id' };
    if (seen.has(name)) return { field: name, message: 'the column appears twice' };
    seen.add(name);
    if (name === 'id') columns.push({ kind: 'id' });
    else if (isTraitId(name)) columns.push({ kind: 'trait', id: name });
    else if (items.set.has(name)) columns.push({ kind: 'answer', id: name });
    else return { field: name, message: `${unknownMessage('column', name, ['id', ...TRAIT_IDS, ...items.list])}; expected id, trait ids and question ids` };
  }
  if (!columns.some((c) => c.kind !== 'id')) return { field: 'row', message: 'the header names no trait or question column' };
  return { names, columns };
};

/** Whether a CSV record is all empty cells (a spreadsheet's trailing row): skipped like a blank line. */
export const isEmptyCsvRecord = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/** One CSV record under its header. Empty cells are unanswered; `line` is the default id. */
export const parseCsvRecord = (header: CsvHeader, fields: readonly string[], line: number): Parsed => {
  if (fields.length !== header.columns.length) return fail('row', `${fields.length} fields, the header has ${header.columns.length}`);
  let id: string | number = line;
  const traits: PartialTraits = {};
  const answers: Record<string, number> = {};
  for (let i = 0; i < fields.length; i++) {
    const column = header.columns[i]!;
    const cell = fields[i]!;
    if (column.kind === 'id') {
      if (cell.trim() !== '') id = cell;
      continue;
    }
    const text = cell.trim();
    if (text === '') continue;
    const level = text.length === 1 ? text.charCodeAt(0) - 48 : NaN;
    if (!(level >= SCALE_MIN && level <= SCALE_MAX)) return fail(header.names[i]!, `${LEVEL}, got ${describeValue(text)}`);
    if (column.kind === 'trait') traits[column.id] = level;
    else answers[column.id] = level;
  }
  return { ok: true, person: { id, answers, traits } };
};
