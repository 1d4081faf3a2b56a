/**
 * JSON checked by hand rather than by the schema library: answer files on their fast path
 * (src/cli/plain-answers.ts) and batch rows (src/core/batch.ts), which must agree on what they accept.
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
