import { CommanderError } from 'commander';
import { CareerfitError, EXIT_CODES } from '../core/errors.js';
import type { Context } from './context.js';
import { buildProgram } from './program.js';
import { sanitize } from './sanitize.js';

const isDebug = (argv: readonly string[], env: NodeJS.ProcessEnv) =>
  argv.includes('--debug') || (env.DEBUG ?? '').split(',').some((name) => name.trim() === 'careerfit' || name.trim() === '*');

/** The one place that turns an error into a message and an exit code. */
export const exitCodeFor = (error: unknown, ctx: Context, debug: boolean): number => {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; --help and --version end here with 0.
    return error.exitCode === 0 ? 0 : EXIT_CODES.usage;
  }
  if (error instanceof CareerfitError) {
    // Messages quote file content (a key, a path), which must not reach the terminal as escapes.
    if (error.message) ctx.stderr.write(`careerfit: ${sanitize(error.message)}\n`);
    if (debug && error.cause instanceof Error) ctx.stderr.write(`${error.cause.stack}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') return EXIT_CODES.interrupted;
  const message = sanitize(error instanceof Error ? error.message : String(error)).split('\n')[0];
  ctx.stderr.write(`careerfit: unexpected error: ${message} (please report it; --debug shows details)\n`);
  if (debug && error instanceof Error) ctx.stderr.write(`${error.stack}\n`);
  return EXIT_CODES.runtime;
};

export const run = async (argv: readonly string[], ctx: Context): Promise<number> => {
  try {
    await buildProgram(ctx).parseAsync([...argv]);
    return 0;
  } catch (error) {
    return exitCodeFor(error, ctx, isDebug(argv, ctx.env));
  }
};
