import { CommanderError } from 'commander';
import { CareerfitError } from '../core/errors.js';
import { messageIn } from '../core/localized-error.js';
import type { Lang } from '../core/text.js';
import type { Context } from './context.js';
import { errorText } from './words/error-messages.js';
import { EXIT_CODES } from './exit-codes.js';
import { commandPrefix } from './words/invocation.js';
import { scanLang } from './words/locale.js';
import { buildProgram } from './program.js';
import { writeNotice } from './output/notice.js';
import { sanitize } from './output/sanitize.js';

const isDebug = (argv: readonly string[], env: NodeJS.ProcessEnv) =>
  argv.includes('--debug') || (env.DEBUG ?? '').split(',').some((name) => name.trim() === 'careerfit' || name.trim() === '*');

/**
 * Commander's own errors (unknown option, missing argument, invalid choice…) in the run's
 * language, read from its error code and the parts of its message.
 */
const commanderMessage = (error: CommanderError, lang: Lang): string => {
  const text = error.message.replace(/^error: /, '');
  const match = (pattern: RegExp) => pattern.exec(text) ?? undefined;
  switch (error.code) {
    case 'commander.unknownOption': {
      const m = match(/^unknown option '([^']*)'(?:\s*\(Did you mean (\S+)\?\))?/);
      if (m) return errorText(lang, 'unknownOption', m[1]!, m[2]);
      break;
    }
    case 'commander.missingArgument': {
      const m = match(/^missing required argument '([^']*)'/);
      if (m) return errorText(lang, 'missingArgument', m[1]!);
      break;
    }
    case 'commander.optionMissingArgument': {
      const m = match(/^option '([^']*)' argument missing/);
      if (m) return errorText(lang, 'optionMissingArgument', m[1]!);
      break;
    }
    case 'commander.invalidArgument': {
      const m = match(/^option '([^']*)' argument '([^']*)' is invalid\. ([\s\S]*)$/);
      if (!m) break;
      const choices = /^Allowed choices are (.*)\.$/.exec(m[3]!.trim());
      if (choices) return errorText(lang, 'invalidChoice', m[1]!, m[2]!, choices[1]!);
      return errorText(lang, 'invalidValue', m[1]!, m[2]!, m[3]!.trim());
    }
  }
  return text;
};

/**
 * The one place that turns an error into a message and an exit code. Every message starts with
 * `careerfit:` and is worded in the run's language when the error carries both wordings.
 */
/** One error message on standard error, `careerfit:` first. */
const say = (ctx: Context, message: string): void => writeNotice(ctx.stderr, ctx.env, `careerfit: ${message}`);

export const exitCodeFor = (error: unknown, ctx: Context, debug: boolean, lang: Lang = 'en'): number => {
  if (error instanceof CommanderError) {
    // --help and --version end here with 0, their output already written.
    if (error.exitCode === 0) return 0;
    // `help <unknown>`: commander has written the help to standard error as the explanation.
    if (error.code === 'commander.help') return EXIT_CODES.usage;
    say(ctx, sanitize(commanderMessage(error, lang)));
    return EXIT_CODES.usage;
  }
  if (error instanceof CareerfitError) {
    // Messages quote file content (a key, a path), which must not reach the terminal as escapes.
    const message = messageIn(error, lang, commandPrefix(ctx.env));
    if (message) say(ctx, sanitize(message));
    if (debug && error.cause instanceof Error) ctx.stderr.write(`${error.cause.stack}\n`);
    return EXIT_CODES[error.kind];
  }
  if (error instanceof Error && error.name === 'ExitPromptError') return EXIT_CODES.interrupted;
  const message = sanitize(error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  say(ctx, errorText(lang, 'unexpected', message));
  if (debug && error instanceof Error) ctx.stderr.write(`${error.stack}\n`);
  return EXIT_CODES.runtime;
};

export const run = async (argv: readonly string[], ctx: Context): Promise<number> => {
  // The language first, from argv and the environment: commander builds help and errors in it.
  const lang = scanLang(argv.slice(2), ctx.env);
  try {
    await buildProgram(ctx, lang).parseAsync([...argv]);
    return 0;
  } catch (error) {
    return exitCodeFor(error, ctx, isDebug(argv, ctx.env), lang);
  }
};
