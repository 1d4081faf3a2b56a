import { isComplete, missingTraits, resolveTraits, type AnswerSet, type PartialTraits } from './answers.js';
import { BANDS, BELOW_FIT, bandById, bandFor, isFit, type BandId } from './bands.js';
import { CLOSE } from './close.js';
import { holds } from './conditions.js';
import { describeValue } from './describe-value.js';
import { directionOf } from './directions.js';
import { usageError } from './errors.js';
import { evaluateLevels, type Evaluation } from './evaluate.js';
import { allItems } from './items.js';
import { LIMITS } from './limits.js';
import { escapeUnsafe, isLevel, isPlainObject, QUOTED_KEY } from './plain-json.js';
import { checkQuality, isReliable, type QualityCode } from './quality.js';
import { verdictFor, type VerdictInput } from './report.js';
import { ALPHABET, CODE_VERSION, encodeCode, payloadLength } from './result-code.js';
import type { FiredRule } from './rules.js';
import { directionFor, SCORE } from './scoring.js';
import { unknownMessage } from './suggest.js';
import { CsvRecords, type CsvEvent } from './batch/csv.js';
import { Lines, type Line, type LineFault } from './batch/lines.js';
import type { Lang } from './text.js';
import { SCALE_MAX, SCALE_MIN, TRAIT_IDS, type TraitAnswers, type TraitId } from './traits.js';
import type { Catalog, Role } from './types.js';

/**
 * `careerfit assess --batch`: many people, one row each. Everything here is pure (no I/O);
 * src/cli/batch/score-batch.ts streams the rows in and the lines out.
 *
 * Rows take a fast path: the engine's arithmetic (`evaluate`, `encodeCode`) without what a
 * one-line result never shows (reasons, rule explanations), over arrays resolved once per run,
 * so a row costs a few microseconds instead of ~50. It must give exactly what the engine gives:
 * `prepareBatch` checks that on probe profiles and otherwise scores every row with the engine
 * itself, and test/core/batch.test.ts checks it over random answer sets.
 */

// --- input formats --------------------------------------------------------------------------

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

// --- the catalog, resolved once -------------------------------------------------------------

const TRAITS = TRAIT_IDS.length;
const TRAIT_INDEX: ReadonlyMap<string, number> = new Map(TRAIT_IDS.map((id, i) => [id, i]));
/** `bandFor` for every score a role can get (whole numbers 0–100), and `isFit` for every band. */
const BAND_OF: readonly BandId[] = Array.from({ length: 101 }, (_, score) => bandFor(score).id);
const FITS: ReadonlyMap<BandId, boolean> = new Map(BANDS.map((b) => [b.id, isFit(b.id)]));

/** A role's profile shape as flat arrays: the arithmetic of `shapeScore`, in the same order. */
interface CompiledRole {
  readonly role: Role;
  /** Trait indices of the reference: the neutral traits, or the named ones when there are none. */
  readonly reference: Int32Array;
  readonly named: Int32Array;
  /** Per named trait: `SCORE.slope × coefficient`, the points per step above the reference. */
  readonly slope: Float64Array;
  readonly weight: Float64Array;
  /** Per named trait: 1 when the role needs at least this much (its weight counts in `need`). */
  readonly atLeast: Uint8Array;
}

/**
 * The result code's number as a sum: for each digit position and each answer 1–5, its value
 * `answer × 6^position` in 20-bit limbs (four base-32 characters each), worked out once. Small
 * limbs keep every sum and carry in 32-bit integer arithmetic (up to 2,047 digits; a bank that
 * large would fail the probes and take the engine's path).
 */
interface CodeTable {
  /** Base-32 characters in the payload. */
  readonly chars: number;
  readonly limbs: number;
  /** The first trait's digit position (item i's is i); the others follow in trait order. */
  readonly traitPosition: number;
  /** `values[(position × 6 + answer) × limbs + k]`: limb k of that digit's value. */
  readonly values: Int32Array;
  /** Scratch space for one code: the sum's limbs, then its characters with the hyphens in place. */
  readonly limbsOf: Int32Array;
  readonly codesOf: number[];
}

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
  /** Item ids in `allItems` order, and each one's index, trait index and keying. */
  readonly itemIds: readonly string[];
  readonly itemIndex: ReadonlyMap<string, number>;
  readonly itemTrait: Int32Array;
  readonly itemReverse: Uint8Array;
  /** The `answered` array of everyone who answered no item (never written to). */
  readonly noAnswers: Uint8Array;
  readonly code: CodeTable;
  readonly compiled: readonly CompiledRole[];
  /**
   * `(cᵢ − cⱼ)²` per trait for every pair of roles: the terms of `gapError` (close.ts) before it
   * divides them by the answer counts. A row finishes the sum with the operations `gapError`
   * uses, in its order, so the gap is its number to the last bit (a tie at the margin must fall
   * the same way).
   */
  readonly gaps: readonly (readonly Float64Array[])[];
  /** `gapError` for every pair of roles when no trait rests on more than one answer. */
  readonly gapsOfOnes: readonly Float64Array[];
  /**
   * Whether rows take the fast path: only when it gives exactly what the engine gives on every
   * probe profile. Should the engine change and this file not follow, rows are scored by the
   * engine itself (slower, still right).
   */
  readonly fast: boolean;
}

const compile = (role: Role): CompiledRole => {
  const { coefficients, named, reference } = directionFor(role);
  const index = (ids: readonly TraitId[]) => Int32Array.from(ids, (id) => TRAIT_INDEX.get(id)!);
  return {
    role,
    reference: index(reference.length ? reference : named),
    named: index(named),
    slope: Float64Array.from(named, (id) => SCORE.slope * coefficients[id]),
    weight: Float64Array.from(named, (id) => role.traits[id]!.weight),
    atLeast: Uint8Array.from(named, (id) => (directionOf(role.traits[id]!) === 'at-least' ? 1 : 0)),
  };
};

const RADIX = SCALE_MAX + 1;
const LIMB_BITS = 20;
const LIMB_MASK = (1 << LIMB_BITS) - 1;
const CHARS_PER_LIMB = LIMB_BITS / 5;

/** The layout of version 2 codes (result-code.ts): every item in bank order, then the traits. */
const codeTable = (items: number): CodeTable => {
  const digits = items + TRAITS;
  const chars = payloadLength(digits);
  const limbs = Math.ceil(chars / CHARS_PER_LIMB);
  const values = new Int32Array(digits * RADIX * limbs);
  for (let p = 0; p < digits; p++) {
    for (let d = 0; d < RADIX; d++) {
      let value = BigInt(d) * BigInt(RADIX) ** BigInt(p);
      for (let k = 0; k < limbs; k++, value >>= BigInt(LIMB_BITS)) values[(p * RADIX + d) * limbs + k] = Number(BigInt.asUintN(LIMB_BITS, value));
    }
  }
  return {
    chars,
    limbs,
    traitPosition: items,
    values,
    limbsOf: new Int32Array(limbs),
    // Version + payload + check character, and a hyphen between groups of six.
    codesOf: new Array<number>(chars + 2 + Math.floor((chars + 1) / 6)).fill('-'.charCodeAt(0)),
  };
};

/** Resolves what every row needs from the catalog: call once, then score any number of rows. */
export const prepareBatch = (catalog: Catalog, roles: readonly Role[], lang: Lang, minBand?: BandId): Batch => {
  const items = allItems(catalog);
  const itemIds = items.map((q) => q.id);
  const vectors = roles.map((role) => directionFor(role).vector);
  const gaps = vectors.map((a) => vectors.map((b) => a.map((x, i) => (x - b[i]!) ** 2)));
  const batch: Batch = {
    catalog,
    roles,
    ranking: { ...catalog, roles },
    lang,
    minScore: bandById(minBand ?? 'weak').min,
    itemIds,
    itemIndex: new Map(itemIds.map((id, i) => [id, i])),
    itemTrait: Int32Array.from(items, (q) => TRAIT_INDEX.get(q.trait)!),
    itemReverse: Uint8Array.from(items, (q) => (q.reverse ? 1 : 0)),
    noAnswers: new Uint8Array(items.length),
    code: codeTable(itemIds.length),
    compiled: roles.map(compile),
    gaps,
    // The same sum in the same order (x / 1 is x), so the same number.
    gapsOfOnes: gaps.map((row) => Float64Array.from(row, (terms) => SCORE.slope * CLOSE.itemNoise * Math.sqrt(terms.reduce((sum, x) => sum + x, 0)))),
    fast: true,
  };
  return { ...batch, fast: fastPathAgrees(batch) };
};

// --- rows -----------------------------------------------------------------------------------

/** One person: an id, their answers, and the same answers as arrays for the fast path. */
export interface Person extends AnswerSet {
  readonly id: string | number;
  /** Level per trait (in trait order) given directly; 0 when not given. */
  readonly levels: Uint8Array;
  /** Answer per item (in `allItems` order); 0 when not answered. */
  readonly answered: Uint8Array;
  /** How many items are answered. */
  readonly count: number;
}

/** A person from an answer set whose ids are known to be valid (the probes, tests). */
export const toPerson = (batch: Batch, id: string | number, set: AnswerSet): Person => {
  const levels = new Uint8Array(TRAITS);
  const answered = new Uint8Array(batch.itemIds.length);
  let count = 0;
  for (const [key, level] of Object.entries(set.traits)) if (level !== undefined) levels[TRAIT_INDEX.get(key)!] = level;
  for (const [key, answer] of Object.entries(set.answers)) {
    answered[batch.itemIndex.get(key)!] = answer;
    count++;
  }
  return { id, answers: set.answers, traits: set.traits, levels, answered, count };
};

/** What is wrong with a row: the field (a key, a column, or `row`) and why. */
export interface RowError {
  readonly field: string;
  readonly message: string;
}

export type Parsed = { readonly ok: true; readonly person: Person } | { readonly ok: false; readonly error: RowError };

const fail = (field: string, message: string): Parsed => ({ ok: false, error: { field, message } });

const LEVEL = `expected a whole number from ${SCALE_MIN} to ${SCALE_MAX}`;

const JSON_KEYS = ['id', 'traits', 'answers'] as const;

/**
 * Whether the text holds no key twice, given how many JSON.parse kept. Every key in the text is
 * followed by a colon, so as many colons as keys settles it; otherwise (a colon in a value, or a
 * key twice) the keys are counted properly.
 */
const distinctKeys = (text: string, keys: number): boolean => {
  let colons = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) colons++;
  if (colons === keys) return true;
  QUOTED_KEY.lastIndex = 0;
  let found = 0;
  while (QUOTED_KEY.test(text)) found++;
  return found === keys;
};

const duplicateKey = (text: string): string => {
  const seen = new Set<string>();
  for (const match of text.match(QUOTED_KEY) ?? []) {
    const key = match.slice(0, match.lastIndexOf('"') + 1);
    if (seen.has(key)) return `the key ${key} appears twice`;
    seen.add(key);
  }
  return 'a key appears twice';
};

/**
 * One JSON Lines record: `{"id": …, "traits": {…}, "answers": {…}}`, checked by hand like
 * src/cli/input/plain-answers.ts (no schema library per row). `line` is the default id.
 */
export const parseJsonRecord = (batch: Batch, text: string, line: number): Parsed => {
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
  const levels = new Uint8Array(TRAITS);
  for (const key in traits) {
    keys++;
    const t = TRAIT_INDEX.get(key);
    const level = traits[key];
    if (t === undefined) return fail(`traits.${key}`, unknownMessage('trait', key, TRAIT_IDS));
    if (!isLevel(level)) return fail(`traits.${key}`, `${LEVEL}, got ${describeValue(level)}`);
    levels[t] = level;
  }
  let answered = batch.noAnswers;
  let count = 0;
  for (const key in answers) {
    if (count === 0) answered = new Uint8Array(batch.itemIds.length);
    keys++;
    const i = batch.itemIndex.get(key);
    const answer = answers[key];
    if (i === undefined) return fail(`answers.${key}`, unknownMessage('question', key, batch.itemIds));
    if (!isLevel(answer)) return fail(`answers.${key}`, `${LEVEL}, got ${describeValue(answer)}`);
    answered[i] = answer;
    count++;
  }
  if (!distinctKeys(text, keys)) return fail('row', duplicateKey(text));
  // Checked key by key above: the parsed maps are the answer set as they are.
  return { ok: true, person: { id, answers: answers as Record<string, number>, traits: traits as PartialTraits, levels, answered, count } };
};

/** What a CSV column holds: the id, a trait level (its index) or an item's answer (its index). */
type Column = { readonly kind: 'id' } | { readonly kind: 'trait' | 'answer'; readonly id: string; readonly index: number };

/** A CSV file's header: what each column holds. */
export interface CsvHeader {
  readonly names: readonly string[];
  readonly columns: readonly Column[];
  readonly items: number;
}

/**
 * The header row: an optional `id` column, then trait ids and/or question ids, in any order. A
 * header that is wrong spoils every row, so the caller stops at the error this returns.
 */
export const parseCsvHeader = (batch: Batch, fields: readonly string[]): CsvHeader | RowError => {
  const names = fields.map((name) => name.trim());
  const columns: Column[] = [];
  const seen = new Set<string>();
  for (const [i, name] of names.entries()) {
    if (name === '') return { field: `column ${i + 1}`, message: 'the header cell is empty; name it id, a trait id or a question id' };
    if (seen.has(name)) return { field: name, message: 'the column appears twice' };
    seen.add(name);
    const trait = TRAIT_INDEX.get(name);
    const item = batch.itemIndex.get(name);
    if (name === 'id') columns.push({ kind: 'id' });
    else if (trait !== undefined) columns.push({ kind: 'trait', id: name, index: trait });
    else if (item !== undefined) columns.push({ kind: 'answer', id: name, index: item });
    else return { field: name, message: `${unknownMessage('column', name, ['id', ...TRAIT_IDS, ...batch.itemIds])}; expected id, trait ids and question ids` };
  }
  if (!columns.some((c) => c.kind !== 'id')) return { field: 'row', message: 'the header names no trait or question column' };
  return { names, columns, items: batch.itemIds.length };
};

/** Whether a CSV record is all empty cells (a spreadsheet's trailing row): skipped like a blank line. */
const isEmptyCsvRecord = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/** One CSV record under its header. Empty cells are unanswered; `line` is the default id. */
export const parseCsvRecord = (header: CsvHeader, fields: readonly string[], line: number): Parsed => {
  if (fields.length !== header.columns.length) return fail('row', `${fields.length} fields, the header has ${header.columns.length}`);
  let id: string | number = line;
  const traits: PartialTraits = {};
  const answers: Record<string, number> = {};
  const levels = new Uint8Array(TRAITS);
  const answered = new Uint8Array(header.items);
  let count = 0;
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
    if (column.kind === 'trait') {
      traits[column.id as TraitId] = level;
      levels[column.index] = level;
    } else {
      answers[column.id] = level;
      answered[column.index] = level;
      count++;
    }
  }
  return { ok: true, person: { id, answers, traits, levels, answered, count } };
};

// --- scoring --------------------------------------------------------------------------------

/** One role's result for one person: what `scoreRole` gives, without reasons or explanations. */
interface Scored {
  readonly role: Role;
  readonly index: number;
  readonly exact: number;
  readonly score: number;
  readonly need: number;
  readonly band: BandId;
  readonly fits: boolean;
  readonly warnings: number;
}

/** What `evaluate` concludes for one person, with roles held without what only the full report shows. */
export type BatchEvaluation = Evaluation<Scored>;

/**
 * Scratch space for one row, reused: rows are scored one at a time, synchronously, and a fresh
 * typed array per row costs more than the arithmetic done in it.
 */
const SUMS = new Float64Array(TRAITS);
const COUNTS = new Int32Array(TRAITS);
const LEVELS = new Float64Array(TRAITS);

/** Whether some trait of the row rests on more than one answer (else every count is 1). */
let moreThanOne = false;

/**
 * Trait levels from a person's answers (as `resolveTraits`: a trait's items averaged, reverse
 * ones flipped, levels given directly winning) into LEVELS, and the answers behind each (as
 * `itemCounts` in evaluate.ts) into COUNTS; or the traits still missing.
 */
const resolve = (batch: Batch, person: Person): TraitId[] | undefined => {
  SUMS.fill(0);
  COUNTS.fill(0);
  if (person.count) {
    const { answered } = person;
    for (let i = 0; i < answered.length; i++) {
      const answer = answered[i]!;
      if (!answer) continue;
      const t = batch.itemTrait[i]!;
      SUMS[t]! += batch.itemReverse[i] ? SCALE_MIN + SCALE_MAX - answer : answer;
      COUNTS[t]!++;
    }
  }
  let missing: TraitId[] | undefined;
  moreThanOne = false;
  for (let t = 0; t < TRAITS; t++) {
    const given = person.levels[t]!;
    if (given) {
      LEVELS[t] = given;
      COUNTS[t] = 1;
    } else if (COUNTS[t]) {
      LEVELS[t] = Math.round((100 * SUMS[t]!) / COUNTS[t]!) / 100;
      if (COUNTS[t]! > 1) moreThanOne = true;
    } else (missing ??= []).push(TRAIT_IDS[t]!);
  }
  return missing;
};

/** The same arithmetic, in the same order, as `scoreRole` (assess.ts) over `shapeScore` (scoring.ts). */
const scoreCompiled = (compiled: CompiledRole, index: number, levels: TraitAnswers): Scored => {
  const { reference: ref, named, slope, weight, atLeast } = compiled;
  let reference = 0;
  for (let i = 0; i < ref.length; i++) reference += LEVELS[ref[i]!]!;
  reference = ref.length ? reference / ref.length : 0;
  let weights = 0;
  let needed = 0;
  let points = 0;
  for (let i = 0; i < named.length; i++) {
    const level = LEVELS[named[i]!]!;
    if (atLeast[i]) {
      weights += weight[i]!;
      needed += weight[i]! * level;
    }
    points += slope[i]! * (level - reference);
  }
  const shape = SCORE.neutral + points;
  const need = weights ? needed / weights : reference;
  // As `runRules`, without the explanation (`because`) it builds for each rule that fires: a result
  // line never shows it and no limit reads it (one that did would make the probes disagree).
  const fired: FiredRule[] = [];
  let adjust = 0;
  let warnings = 0;
  for (const rule of compiled.role.rules) {
    if (!holds(rule.when, levels)) continue;
    fired.push({ rule, because: [] });
    adjust += rule.event.adjust;
    if (rule.event.warning) warnings++;
  }
  const adjusted = shape + adjust;
  const limited = LIMITS.some((limit) => limit.applies({ fired, need }));
  const exact = Math.min(100, Math.max(0, adjusted));
  const score = Math.round(exact);
  const own = BAND_OF[score]!;
  const band = limited && FITS.get(own) ? BELOW_FIT : own;
  return { role: compiled.role, index, exact, score, need, band, fits: FITS.get(band)!, warnings };
};

/** As `assess`: by exact score, then fewer warnings, then the higher level on what the role needs. */
const byRank = (a: Scored, b: Scored): number => b.exact - a.exact || a.warnings - b.warnings || b.need - a.need;

/** `evaluate` for one person, or the traits their answers leave missing. */
const evaluateRow = (batch: Batch, person: Person): BatchEvaluation | { readonly missing: readonly TraitId[] } => {
  const missing = resolve(batch, person);
  if (missing) return { missing };
  // Every level given directly: the person's own map will do.
  let levels = person.traits as TraitAnswers;
  if (person.count) {
    const built = {} as Record<TraitId, number>;
    for (let t = 0; t < TRAITS; t++) built[TRAIT_IDS[t]!] = LEVELS[t]!;
    levels = built;
  }
  const ranked: Scored[] = [];
  for (let i = 0; i < batch.compiled.length; i++) ranked.push(scoreCompiled(batch.compiled[i]!, i, levels));
  ranked.sort(byRank);
  // Without question answers, the item-based checks find nothing: skip walking every item.
  const quality = checkQuality({ questions: person.count ? allItems(batch.catalog) : [], answers: person.answers, traits: levels });
  const reliable = isReliable(quality);
  // As `closeRoles`: a role is close when its gap to #1 is within z standard errors.
  const top = ranked[0];
  const close: string[] = [];
  if (top) {
    close.push(top.role.id);
    const gaps = batch.gaps[top.index]!;
    const ofOnes = batch.gapsOfOnes[top.index]!;
    for (let r = 1; r < ranked.length; r++) {
      const other = ranked[r]!;
      let gap = ofOnes[other.index]!;
      if (moreThanOne) {
        const terms = gaps[other.index]!;
        let variance = 0;
        for (let t = 0; t < TRAITS; t++) variance += terms[t]! / Math.max(1, COUNTS[t] || 1);
        gap = SCORE.slope * CLOSE.itemNoise * Math.sqrt(variance);
      }
      if (top.exact - other.exact <= CLOSE.z * gap) close.push(other.role.id);
    }
  }
  return { levels, ranked, close, quality, reliable, fit: reliable && top !== undefined && top.fits };
};

// --- result codes ---------------------------------------------------------------------------

const CHAR_CODES = Array.from(ALPHABET, (ch) => ch.charCodeAt(0));
/** The version character's value: the code's first character, and part of its check. */
const VERSION = ALPHABET.indexOf(CODE_VERSION);

/** `encodeCode` (result-code.ts) without BigInt per row: the digits' values added limb by limb. */
export const fastCode = (batch: Batch, person: Person): string => {
  const { chars, limbs: count, traitPosition, values, limbsOf: limbs, codesOf: codes } = batch.code;
  limbs.fill(0);
  if (person.count) {
    const { answered } = person;
    for (let i = 0; i < answered.length; i++) {
      if (!answered[i]) continue;
      const at = (i * RADIX + answered[i]!) * count;
      for (let k = 0; k < count; k++) limbs[k]! += values[at + k]!;
    }
  }
  for (let t = 0; t < TRAITS; t++) {
    if (!person.levels[t]) continue;
    const at = ((traitPosition + t) * RADIX + person.levels[t]!) * count;
    for (let k = 0; k < count; k++) limbs[k]! += values[at + k]!;
  }
  for (let k = 0, carry = 0; k < count; k++) {
    const x = limbs[k]! + carry;
    limbs[k] = x & LIMB_MASK;
    carry = x >>> LIMB_BITS;
  }
  // The version, the payload (most significant first), the check; a hyphen every six characters.
  // Luhn mod 32 doubles every other value from the right, starting with the payload's last.
  let sum = 0;
  for (let j = 0; j < chars; j++) {
    const digit = (limbs[(j / CHARS_PER_LIMB) | 0]! >>> (5 * (j % CHARS_PER_LIMB))) & 31;
    const at = chars - j;
    codes[at + Math.floor(at / 6)] = CHAR_CODES[digit]!;
    const addend = j % 2 === 0 ? digit * 2 : digit;
    sum += Math.floor(addend / 32) + (addend % 32);
  }
  const addend = chars % 2 === 0 ? VERSION * 2 : VERSION;
  sum += Math.floor(addend / 32) + (addend % 32);
  codes[0] = CHAR_CODES[VERSION]!;
  codes[chars + 1 + Math.floor((chars + 1) / 6)] = CHAR_CODES[(32 - (sum % 32)) % 32]!;
  return String.fromCharCode(...codes);
};

// --- results --------------------------------------------------------------------------------

/** One person's line of output. */
export interface BatchResult {
  readonly id: string | number;
  readonly code: string;
  readonly verdict: string;
  readonly fit: boolean;
  readonly reliable: boolean;
  readonly quality: readonly QualityCode[];
  readonly close: readonly string[];
  readonly results: readonly { readonly id: string; readonly rank: number; readonly score: number; readonly band: BandId }[];
}

export const isRowError = (value: BatchResult | RowError): value is RowError => 'message' in value;

const missingError = (missing: readonly TraitId[]): RowError => ({
  field: 'traits',
  message: `missing answers for ${missing.length} trait(s): ${missing.join(', ')}`,
});

const toResult = (batch: Batch, person: Person, evaluation: VerdictInput & Pick<BatchEvaluation, 'close' | 'fit'>, code: string): BatchResult => {
  const results: BatchResult['results'][number][] = [];
  for (let i = 0; i < evaluation.ranked.length; i++) {
    const r = evaluation.ranked[i]!;
    if (r.score >= batch.minScore) results.push({ id: r.role.id, rank: i + 1, score: r.score, band: r.band });
  }
  const quality: QualityCode[] = [];
  for (const finding of evaluation.quality) if (!quality.includes(finding.code)) quality.push(finding.code);
  return {
    id: person.id,
    code,
    verdict: verdictFor(batch.catalog, evaluation, batch.lang),
    fit: evaluation.fit,
    reliable: evaluation.reliable,
    quality,
    close: evaluation.close,
    results,
  };
};

/** One person scored by the engine itself: `evaluate`, `encodeCode` and the report's verdict. */
export const engineResult = (batch: Batch, person: Person): BatchResult | RowError => {
  const set = { answers: person.answers, traits: person.traits };
  const levels = resolveTraits(allItems(batch.catalog), set);
  if (!isComplete(levels)) return missingError(missingTraits(levels));
  return toResult(batch, person, evaluateLevels(batch.ranking, set, levels), encodeCode(batch.catalog, set));
};

/** The same through the fast path. */
export const fastResult = (batch: Batch, person: Person): BatchResult | RowError => {
  const evaluation = evaluateRow(batch, person);
  if ('missing' in evaluation) return missingError(evaluation.missing);
  return toResult(batch, person, evaluation, fastCode(batch, person));
};

/** Scores one person: their result line, or (when traits are missing) the row's error. */
export const scorePerson = (batch: Batch, person: Person): BatchResult | RowError =>
  batch.fast ? fastResult(batch, person) : engineResult(batch, person);

/** Probe profiles, the same every run: levels only, answers only, both, flat, incomplete. */
const probes = (batch: Batch): Person[] => {
  let seed = 20260101;
  const level = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return 1 + ((seed >>> 16) % 5);
  };
  const people: Person[] = [];
  const pick = (ids: readonly string[], share: number) =>
    Object.fromEntries(ids.flatMap((id, i) => ((i * 7 + people.length) % 10 < share * 10 ? [[id, level()]] : [])));
  const add = (answers: Record<string, number>, traits: PartialTraits) => people.push(toPerson(batch, people.length, { answers, traits }));
  for (let i = 0; i < 8; i++) add({}, pick(TRAIT_IDS, 1));
  for (let i = 0; i < 6; i++) add(pick(batch.itemIds, 1), {});
  for (let i = 0; i < 6; i++) add(pick(batch.itemIds, 0.6), pick(TRAIT_IDS, 0.3));
  add(Object.fromEntries(batch.itemIds.map((id) => [id, 5])), {});
  add({}, Object.fromEntries(TRAIT_IDS.map((id) => [id, 3])));
  add(pick(batch.itemIds, 0.2), {});
  add({}, pick(TRAIT_IDS, 0.5));
  return people;
};

const sameResult = (a: BatchResult | RowError, b: BatchResult | RowError): boolean =>
  isRowError(a) || isRowError(b) ? JSON.stringify(a) === JSON.stringify(b) : jsonLine(a) === jsonLine(b);

/** Whether the fast path gives what the engine gives on every probe (exported for the tests). */
export const fastPathAgrees = (batch: Batch): boolean =>
  probes(batch).every((person) => sameResult(fastResult(batch, person), engineResult(batch, person)));

// --- output ---------------------------------------------------------------------------------

/** What JSON.stringify would escape in a string, what `escapeUnsafe` escapes, and any surrogate. */
const SPECIAL = /["\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

const json = (value: string | number): string =>
  typeof value === 'string' && !SPECIAL.test(value)
    ? `"${value}"`
    : escapeUnsafe(JSON.stringify(value));

/** Role ids (the schema allows only `a-z`, `0-9` and `-`) and quality codes need no escaping. */
const plainList = (ids: readonly string[]): string => (ids.length ? `["${ids.join('","')}"]` : '[]');

/**
 * A result as one compact line of JSON: `JSON.stringify(result)` with the same keys in the same
 * order, written out field by field (a third of the time, which counts at 100,000 rows).
 */
export const jsonLine = (result: BatchResult): string => {
  let results = '';
  for (const r of result.results) results += `${results ? ',' : ''}{"id":"${r.id}","rank":${r.rank},"score":${r.score},"band":"${r.band}"}`;
  return (
    `{"id":${json(result.id)},"code":"${result.code}","verdict":${json(result.verdict)},"fit":${result.fit},"reliable":${result.reliable},` +
    `"quality":${plainList(result.quality)},"close":${plainList(result.close)},"results":[${results}]}\n`
  );
};

/** A CSV field, quoted when it must be (RFC 4180). */
export const csvCell = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** `--format csv`: id, code, top role, close roles, then a score column per role in catalog order. */
const csvHeaderLine = (batch: Batch): string => `${['id', 'code', 'top', 'close', ...batch.roles.map((r) => r.id)].map(csvCell).join(',')}\n`;

const csvLine = (batch: Batch, result: BatchResult): string => {
  const scores = new Map(result.results.map((r) => [r.id, r.score]));
  const cells = [result.id, result.code, result.results.find((r) => r.rank === 1)?.id ?? '', result.close.join(';')];
  return `${[...cells, ...batch.roles.map((r) => scores.get(r.id) ?? '')].map(csvCell).join(',')}\n`;
};

// --- a whole input --------------------------------------------------------------------------

/** No row of answers is this long (in characters); a longer one is something else, and is skipped. */
export const MAX_RECORD = 1024 * 1024;

/** Where a reader sends what it makes of the rows. */
export interface RowSink {
  /** A person's line of output (with its line break), in input order. */
  readonly line: (text: string) => void;
  /** A row that could not be scored: its (first) line number and why. May throw to stop. */
  readonly bad: (line: number, error: RowError) => void;
}

const FAULTS: Readonly<Record<LineFault, RowError>> = {
  'not-utf8': { field: 'row', message: 'is not valid UTF-8 text (save the file as UTF-8 and score it again)' },
  'too-long': { field: 'row', message: `longer than ${MAX_RECORD / 1024 / 1024} MiB; expected JSON Lines or CSV, one person a row` },
};
const UNCLOSED: RowError = { field: 'row', message: 'a quoted field opens on this line and is never closed' };

/**
 * Reads one input, JSON Lines or CSV, handed over as bytes in chunks of any size (lines.ts makes
 * them lines, csv.ts makes CSV lines records), and scores each row into the sink. A row that
 * cannot be read (not UTF-8, too long, a quote never closed) is one bad row, and the rest are
 * read on. A broken CSV header spoils every row: it is a usage error naming `name` and the line.
 */
export class BatchReader {
  /** Rows holding a person (not blank lines, not the CSV header), scored or not. */
  rows = 0;
  private started = false;
  private header: CsvHeader | undefined;
  private readonly lines: Lines;
  private csv: CsvRecords | undefined;

  constructor(
    private readonly batch: Batch,
    private readonly name: string,
    private readonly output: 'json' | 'csv',
    private readonly sink: RowSink,
    private input?: BatchInput,
  ) {
    this.lines = new Lines(MAX_RECORD, (line) => this.onLine(line));
  }

  write(chunk: Uint8Array | string): void {
    if (!this.started) {
      this.started = true;
      if (this.output === 'csv') this.sink.line(csvHeaderLine(this.batch));
    }
    this.lines.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }

  /** The end of the input: its last line, and a CSV record left open. */
  end(): void {
    this.write(new Uint8Array(0));
    this.lines.end();
    this.csv?.end();
  }

  private onLine(line: Line): void {
    if ('fault' in line) {
      if (this.input === 'csv' && !this.header) throw usageError(`${this.name}:${line.line}: ${FAULTS[line.fault].field}: the header ${FAULTS[line.fault].message}`);
      if (this.input === undefined && line.fault === 'not-utf8') throw usageError(`${this.name}:${line.line}: row: ${FAULTS[line.fault].message}`);
      // Inside a CSV record a bad line ends it, as a line that is not text cannot continue a field.
      this.rows++;
      this.sink.bad(line.line, FAULTS[line.fault]);
      return;
    }
    const { text } = line;
    if (this.input === undefined) {
      if (isBlank(text)) return;
      this.input = inputFromText(text.trimStart()[0] ?? '');
    }
    if (this.input === 'jsonl') {
      if (isBlank(text)) return;
      this.rows++;
      this.score(parseJsonRecord(this.batch, text, line.line), line.line);
      return;
    }
    this.csv ??= new CsvRecords((event) => this.onRecord(event), () => true, MAX_RECORD);
    this.csv.line(text, line.line);
  }

  private onRecord(event: CsvEvent): void {
    if ('unclosed' in event) {
      if (!this.header) throw usageError(`${this.name}:${event.unclosed}: row: the header's ${UNCLOSED.message.replace(/^a /, '')}`);
      this.rows++;
      this.sink.bad(event.unclosed, UNCLOSED);
      return;
    }
    const { fields, line } = event.record;
    if (!this.header) {
      const header = parseCsvHeader(this.batch, fields);
      // A wrong header spoils every row: stop here, whatever --strict says.
      if ('message' in header) throw usageError(`${this.name}:${line}: ${header.field}: ${header.message}`);
      this.header = header;
      // Only an id is text; an answer or a trait level never holds a line break (a quote left open there is a stray one).
      this.csv!.setSpans((column) => header.columns[column]?.kind === 'id');
      return;
    }
    if (isEmptyCsvRecord(fields)) return;
    this.rows++;
    this.score(parseCsvRecord(this.header, fields, line), line);
  }

  private score(parsed: Parsed, line: number): void {
    if (!parsed.ok) return this.sink.bad(line, parsed.error);
    const result = scorePerson(this.batch, parsed.person);
    if (isRowError(result)) return this.sink.bad(line, result);
    this.sink.line(this.output === 'csv' ? csvLine(this.batch, result) : jsonLine(result));
  }
}

const isBlank = (text: string): boolean => text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '');
