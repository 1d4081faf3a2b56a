/**
 * What went wrong, as careerfit's commands tell it apart. The command line maps each kind to its
 * exit code (src/cli/exit-codes.ts); the core only says which kind it is.
 */
export type ErrorKind =
  /** Bad flags, bad input files, unknown ids: the user can fix it. */
  | 'usage'
  /** The environment failed us: a full disk, a closed stream. */
  | 'runtime'
  /** Ctrl-C. */
  | 'interrupted'
  /** SIGTERM. */
  | 'terminated';

/** The one error type careerfit throws on purpose, so every command fails the same way. */
export class CareerfitError extends Error {
  override readonly name = 'CareerfitError';

  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Shorthand for the common case: input the user must correct. */
export const usageError = (message: string): CareerfitError => new CareerfitError('usage', message);
