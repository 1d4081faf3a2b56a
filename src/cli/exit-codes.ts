import { EXIT_CODES } from '../core/errors.js';

/** What each exit code means, as --help says it (the README's table is checked against it). */
export const EXIT_CODE_MEANINGS: readonly (readonly [code: number, meaning: string])[] = [
  [0, 'success'],
  [EXIT_CODES.runtime, 'unexpected failure (add --debug or DEBUG=careerfit for details)'],
  [EXIT_CODES.usage, 'invalid usage or input'],
  [EXIT_CODES.interrupted, 'interrupted (Ctrl-C)'],
  [EXIT_CODES.terminated, 'terminated (SIGTERM)'],
];

export const EXIT_CODE_HELP = `Exit codes:\n${EXIT_CODE_MEANINGS.map(([code, meaning]) => `  ${String(code).padEnd(5)}${meaning}`).join('\n')}`;
