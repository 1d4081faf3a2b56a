import type { ErrorKind } from '../core/errors.js';

/**
 * The exit code of each kind of failure, in one table (0 is success). Literal data only: main.ts
 * copies it into the entry file (scripts/build.js, rule 2), and help-text.ts words what each means.
 */
export const EXIT_CODES = {
  usage: 2,
  runtime: 1,
  interrupted: 130,
  terminated: 143,
} as const satisfies Readonly<Record<ErrorKind, number>>;
