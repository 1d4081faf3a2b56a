import type { ChalkInstance } from 'chalk';
import { colorLevel } from './color.js';
import type { Context } from './context.js';
import { writeFileAtomic } from './output.js';

/**
 * How a view becomes text, per output format. Text renderers get the run's colours (chalk is
 * imported only for them: JSON and Markdown never need it); the other formats get the view alone.
 */
export type Renderers<V, F extends string> = {
  readonly [K in F]: K extends 'text' ? (view: V, chalk: ChalkInstance) => string : (view: V) => string | Promise<string>;
};

/** Where and how a command's output goes: the format, --output, --no-color. */
export interface OutputOptions<F extends string> {
  readonly format: F;
  readonly output?: string;
  readonly color?: boolean;
}

/**
 * The chalk instance for this run: colour only for a terminal, never into a file. Imported on
 * demand: JSON and Markdown output never need it.
 */
const chalkFor = async (ctx: Context, color: boolean | undefined, output: string | undefined): Promise<ChalkInstance> => {
  const { Chalk } = await import('chalk');
  return new Chalk({ level: colorLevel({ flag: color, env: ctx.env, isTTY: !output && Boolean(ctx.stdout.isTTY) }) });
};

/** Sends finished output to --output (atomically) or to standard output. */
const send = async (ctx: Context, text: string, output: string | undefined): Promise<void> => {
  if (output) await writeFileAtomic(output, text);
  else ctx.stdout.write(text);
};

/** The way out for every command: renders its view in the chosen format and sends it. */
export const emit = async <V, F extends string>(ctx: Context, view: V, renderers: Renderers<V, F>, options: OutputOptions<F>): Promise<void> => {
  const render = renderers[options.format] as (view: V, chalk?: ChalkInstance) => string | Promise<string>;
  const chalk = options.format === 'text' ? await chalkFor(ctx, options.color, options.output) : undefined;
  await send(ctx, await render(view, chalk), options.output);
};
