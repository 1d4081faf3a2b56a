/**
 * A short, safe rendering of a bad value for an error message. Its own module, free of the schema
 * library, so batch rows (src/core/batch.ts) word their errors as answer files do without loading it.
 */
export const describeValue = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  // Values of YAML tags such as !!binary, !!timestamp and !!set.
  if (value instanceof Uint8Array) return 'binary data';
  if (value instanceof Date) return 'a date';
  if (value instanceof Set || value instanceof Map) return 'a set';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
};
