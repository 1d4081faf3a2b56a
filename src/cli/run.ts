import { CommanderError } from 'commander';
import { CareerfitError, EXIT_CODES } from '../core/errors.js';
import type { Context } from './context.js';
import { buildProgram } from './program.js';

const isDebug = (argv: readonly string[], env: NodeJS.ProcessEnv) =>
  argv.includes('--debug') || (env.DEBUG ?? '').split(',').some((name) => name.trim() === 'careerfit' || name.trim() === '*');

/** The one place that turns an error into a message and an exit code. */
export const exitCodeFor = (error: unknown, ctx: Context, debug: boolean): number => {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; --help and --version end here with 0.
    return error.exitCode === 0 ? 0 : EXIT_CODES.usage;
  }
  if (error instanceof CareerfitError) {
    if (error.message) ctx.stderr.write(`careerfit: ${error.message}\n`);
    if (debug && error.cause instanceof Error) ctx.stderr.write(`${error.cause.stack}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') return EXIT_CODES.interrupted;
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`careerfit: unexpected error: ${message}\nThis is a bug; please report it with the command you ran.\n`);
  if (debug && error instanceof Error) ctx.stderr.write(`${error.stack}\n`);
  else ctx.stderr.write('Run again with --debug (or DEBUG=careerfit) for details.\n');
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
