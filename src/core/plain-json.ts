/**
 * JSON handled by hand rather than by a library. Read: answer files on their fast path
 * (src/cli/input/plain-answers.ts) and batch rows (src/core/batch/rows.ts), which must agree on what they
 * accept. Written: JSON output (`toJson` in src/cli/render/formats.ts, batch lines), made safe alike.
 */
import { SCALE_MAX, SCALE_MIN } from './traits.js';

/** An answer or a trait level as given: a whole number on the scale. */
export const isLevel = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX;

/** What JSON.parse gives for an object: not null, not a list. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keys in the text, counted to notice duplicates, which JSON.parse would silently collapse.
 * Global, so its `lastIndex` carries over: use it with `match`, or reset `lastIndex` before `test`.
 */
export const QUOTED_KEY = /"(?:[^"\\]|\\.)*"\s*:/g;

/**
 * JSON.stringify escapes C0 controls but not C1 controls or bidirectional overrides, which a
 * terminal would still act on; escaping them keeps the data intact and the screen safe.
 */
const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text (from JSON.stringify) with those characters written as `\uXXXX` escapes. */
export const escapeUnsafe = (json: string): string => json.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Whether JSON text holds no key twice, given how many keys JSON.parse kept (it keeps the last of
 * a repeated key without a word). Every key in the text is followed by a colon, so as many colons
 * as keys settles it at once; otherwise (a colon inside a value, or a key twice) the keys are
 * counted properly.
 */
export const hasDistinctKeys = (text: string, keys: number): boolean => {
  let colons = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) colons++;
  if (colons === keys) return true;
  return (text.match(QUOTED_KEY)?.length ?? 0) === keys;
};

/** Which key a text with a repeated key repeats, in words. */
export const repeatedKey = (text: string): string => {
  const seen = new Set<string>();
  for (const match of text.match(QUOTED_KEY) ?? []) {
    const key = match.slice(0, match.lastIndexOf('"') + 1);
    if (seen.has(key)) return `the key ${key} appears twice`;
    seen.add(key);
  }
  return 'a key appears twice';
};
