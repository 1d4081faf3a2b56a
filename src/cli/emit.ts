import type { ChalkInstance } from 'chalk';
import { colorLevel } from './color.js';
import type { Context } from './context.js';
import { writeFileAtomic } from './output.js';

/**
 * The chalk instance for this run: colour only for a terminal, never into a file. Imported on
 * demand: JSON and Markdown output never need it.
 */
export const chalkFor = async (ctx: Context, color: boolean | undefined, output: string | undefined): Promise<ChalkInstance> => {
  const { Chalk } = await import('chalk');
  return new Chalk({ level: colorLevel({ flag: color, env: ctx.env, isTTY: !output && Boolean(ctx.stdout.isTTY) }) });
};

/** Sends a finished report to --output (atomically) or to stdout. */
export const emit = async (ctx: Context, text: string, output: string | undefined): Promise<void> => {
  if (output) await writeFileAtomic(output, text);
  else ctx.stdout.write(text);
};
