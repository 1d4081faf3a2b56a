/**
 * The one error type careerfit throws on purpose. Its kind decides the exit code, in one table,
 * so every command fails the same way.
 */
export const EXIT_CODES = {
  /** Bad flags, bad input files, unknown ids: the user can fix it. */
  usage: 2,
  /** The environment failed us: a full disk, a closed stream. */
  runtime: 1,
  /** Ctrl-C. */
  interrupted: 130,
  /** SIGTERM. */
  terminated: 143,
} as const;

export type ErrorKind = keyof typeof EXIT_CODES;

export class CareerfitError extends Error {
  override readonly name = 'CareerfitError';
  readonly exitCode: number;

  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.exitCode = EXIT_CODES[kind];
  }
}

/** Shorthand for the common case: input the user must correct. */
export const usageError = (message: string): CareerfitError => new CareerfitError('usage', message);
