import type { AnswerSet } from './answers.js';
import { coreUsage } from './error-messages.js';
import { SCALE_MAX, TRAIT_IDS } from './traits.js';
import { allItems } from './items.js';
import type { Catalog } from './types.js';

/**
 * A result code holds the answers behind a report, so `careerfit assess --code` rebuilds it.
 *
 * Layout: one version character, the payload, one check character, in Crockford's base 32 (no I,
 * L, O or U; case-insensitive). The payload is one number written in base 6 with a digit per item,
 * then per trait, in trait order: 0 for "not given", else the answer 1–5. Version 3's items are
 * the fixed quiz, the follow-ups and the retired items, in bank order (so an old answer file's
 * report has a code too); earlier versions' are listed in the bank's `codes`. The check
 * character is Luhn mod 32 over the version and the payload, so any single mistyped character
 * is caught. Hyphens and spaces are ignored; codes are printed in groups of six.
 */
export const CODE_VERSION = '3';
/** Crockford's base 32, digit values 0–31 in order. */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE = BigInt(SCALE_MAX + 1);

/** Base-32 characters needed for `digits` base-6 digits. */
export const payloadLength = (digits: number): number => Math.ceil((digits * Math.log2(SCALE_MAX + 1)) / 5);

const luhn = (text: string, withCheck: boolean): number => {
  let sum = 0;
  let double = !withCheck;
  for (let i = text.length - 1; i >= 0; i--) {
    let addend = ALPHABET.indexOf(text[i]!) * (double ? 2 : 1);
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
    double = !double;
  }
  return sum % 32;
};

const checkChar = (text: string) => ALPHABET[(32 - luhn(text, false)) % 32]!;

const group = (code: string) => code.match(/.{1,6}/g)!.join('-');

/** The item ids a code version's digits stand for; undefined for a version this bank cannot read. */
const itemsOf = (catalog: Catalog, version: string): readonly string[] | undefined =>
  version === CODE_VERSION ? itemIds(catalog) : catalog.codeItems?.[`v${version}`];

const ids = new WeakMap<Catalog, readonly string[]>();
const itemIds = (catalog: Catalog): readonly string[] => {
  let list = ids.get(catalog);
  if (!list) ids.set(catalog, (list = allItems(catalog).map((q) => q.id)));
  return list;
};

/** Base-6 digits gathered in a plain number before one BigInt step: 6²⁰ < 2⁵³, so it stays exact. */
const CHUNK = 20;
const CHUNK_BASE = BASE ** BigInt(CHUNK);
/** BigInt's own base-32 digits (0–9, a–v) in Crockford's alphabet. */
const CROCKFORD: Readonly<Record<string, string>> = Object.fromEntries([...'0123456789abcdefghijklmnopqrstuv'].map((ch, i) => [ch, ALPHABET[i]!]));

/** The digits as one number, the last digit most significant (as decodeCode reads them back). */
const toValue = (digits: readonly number[]): bigint => {
  let value = 0n;
  for (let end = digits.length; end > 0; end -= CHUNK) {
    const start = Math.max(0, end - CHUNK);
    let chunk = 0;
    for (let i = end - 1; i >= start; i--) chunk = chunk * (SCALE_MAX + 1) + digits[i]!;
    value = value * (end - start === CHUNK ? CHUNK_BASE : BASE ** BigInt(end - start)) + BigInt(chunk);
  }
  return value;
};

export const encodeCode = (catalog: Catalog, coded: AnswerSet): string => {
  const items = itemsOf(catalog, CODE_VERSION)!;
  const digits = [...items.map((id) => coded.answers[id] ?? 0), ...TRAIT_IDS.map((t) => coded.traits[t] ?? 0)];
  // Batch scoring writes a code per person, so this takes the fast road: BigInt's own base-32
  // printing, mapped to Crockford's letters, instead of one division per character.
  const payload = [...toValue(digits).toString(32)].map((ch) => CROCKFORD[ch]).join('').padStart(payloadLength(digits.length), '0');
  const body = CODE_VERSION + payload;
  return group(body + checkChar(body));
};

/** Crockford's reading rules: case does not matter, O is read as 0, I and L as 1; hyphens and spaces are ignored. */
const normalize = (code: string): string =>
  code
    .replace(/[\s-]/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

export const decodeCode = (catalog: Catalog, input: string): AnswerSet => {
  const code = normalize(input);
  const bad = [...code].find((ch) => !ALPHABET.includes(ch));
  if (bad !== undefined) throw coreUsage('codeCharacter', bad);
  const items = itemsOf(catalog, code[0] ?? '');
  if (!items) throw coreUsage('codeVersion', code[0] ?? '', CODE_VERSION);
  const count = items.length + TRAIT_IDS.length;
  const length = 1 + payloadLength(count) + 1;
  if (code.length !== length) throw coreUsage('codeLength', code.length, length);
  if (luhn(code, true) !== 0) throw coreUsage('codeCheck');

  let value = 0n;
  for (const ch of code.slice(1, -1)) value = value * 32n + BigInt(ALPHABET.indexOf(ch));
  const digits: number[] = [];
  for (let i = 0; i < count; i++) {
    digits.push(Number(value % BASE));
    value /= BASE;
  }
  if (value !== 0n) throw coreUsage('codeInvalid');
  const answers = Object.fromEntries(items.flatMap((id, i) => (digits[i] ? [[id, digits[i]]] : [])));
  const traits = Object.fromEntries(TRAIT_IDS.flatMap((t, i) => (digits[items.length + i] ? [[t, digits[items.length + i]]] : [])));
  return { answers, traits };
};
