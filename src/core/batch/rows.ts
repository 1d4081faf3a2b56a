import type { AnswerSet, PartialTraits } from '../answers.js';
import { describeValue } from '../describe-value.js';
import { hasDistinctKeys, isLevel, isPlainObject, repeatedKey } from '../plain-json.js';
import { unknownMessage } from '../suggest.js';
import { SCALE_MAX, SCALE_MIN, TRAIT_IDS, isTraitId, type TraitId } from '../traits.js';
import { columnName, scaleValue, type CsvHeader } from './header.js';

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
const CELL = `${LEVEL} or a label of the scale such as "Sangat sesuai" or "Not like me"`;

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

/** Whether a CSV record is all empty cells (a spreadsheet's trailing row): skipped like a blank line. */
export const isEmptyCsvRecord = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/**
 * One CSV record under its header. A value is a whole number 1–5 or a label of the scale ("Sangat
 * sesuai"); an empty id is the line number `line`. An empty trait cell leaves the trait to its
 * statements; an empty statement is a skipped answer, and the row is not scored on fewer answers
 * than it was meant to give, unless the row gives that trait's level itself.
 */
export const parseCsvRecord = (header: CsvHeader, fields: readonly string[], line: number): Parsed => {
  if (fields.length !== header.columns.length) return fail('row', `${fields.length} fields, the header has ${header.columns.length}`);
  let id: string | number = line;
  const traits: PartialTraits = {};
  const answers: Record<string, number> = {};
  let blank: { readonly at: number; readonly trait: TraitId } | undefined;
  for (let i = 0; i < fields.length; i++) {
    const column = header.columns[i]!;
    if (column.kind === 'ignored') continue;
    const cell = fields[i]!;
    if (column.kind === 'id') {
      if (cell.trim() !== '') id = cell;
      continue;
    }
    const text = cell.trim();
    if (text === '') {
      if (column.kind === 'answer' && !blank) blank = { at: i, trait: column.trait };
      continue;
    }
    const level = scaleValue(text);
    if (level === undefined) return fail(columnName(header.names[i]!), `${CELL}, got ${describeValue(text)}`);
    if (column.kind === 'trait') traits[column.id] = level;
    else answers[column.id] = level;
  }
  if (blank && traits[blank.trait] === undefined) {
    const others = header.columns.filter((c, i) => c.kind === 'answer' && i > blank!.at && fields[i]!.trim() === '' && traits[c.trait] === undefined).length;
    return fail(columnName(header.names[blank.at]!), `no answer${others ? ` (nor in ${others} more statement column(s))` : ''}; every statement needs one`);
  }
  return { ok: true, person: { id, answers, traits } };
};
