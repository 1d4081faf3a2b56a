import type { ChalkInstance } from 'chalk';
import { colorLevel } from './color.js';
import type { Context } from '../context.js';
import { displayFor, inCharset, type Display, type TextStyle } from './display.js';

/**
 * How a view becomes text, per output format. Text renderers get the run's colours and display
 * (width, ASCII, plain; chalk is imported only for them: JSON and Markdown never need it); the
 * other formats get the view alone.
 */
export type Renderers<V, F extends string> = {
  readonly [K in F]: K extends 'text' ? (view: V, style: TextStyle) => string : (view: V) => string | Promise<string>;
};

/** Where and how a command's output goes: the format, --output, --no-color, --width, --plain. */
export interface OutputOptions<F extends string> {
  readonly format: F;
  readonly output?: string;
  readonly color?: boolean;
  readonly width?: number;
  readonly plain?: boolean;
}

/**
 * The chalk instance for this run: colour only for a terminal, never into a file (not even with
 * FORCE_COLOR: a file is read later, elsewhere) and never in plain mode. Imported on demand: JSON
 * and Markdown output never need it.
 */
export const chalkFor = async (ctx: Context, color: boolean | undefined, output: string | undefined, plain = false): Promise<ChalkInstance> => {
  const { Chalk } = await import('chalk');
  const level = output || plain ? 0 : colorLevel({ flag: color, env: ctx.env, isTTY: Boolean(ctx.stdout.isTTY) });
  return new Chalk({ level });
};

/** The display for text output of this run, to standard output or to --output. */
const outputDisplay = (ctx: Context, options: Omit<OutputOptions<string>, 'format'>): Display =>
  displayFor(ctx.stdout, ctx.env, { width: options.width, plain: options.plain, file: Boolean(options.output) });

/** The colours and display for text output of this run, to standard output or to --output. */
export const textStyle = async (ctx: Context, options: Omit<OutputOptions<string>, 'format'>): Promise<TextStyle> => {
  const display = outputDisplay(ctx, options);
  return { ...display, c: await chalkFor(ctx, options.color, options.output, display.plain) };
};

/** Sends finished output to --output (atomically) or to standard output. */
export const send = async (ctx: Context, text: string, output: string | undefined): Promise<void> => {
  // The file writer loads only for a file: it brings node:fs/promises, ~4 ms of start-up on Node 24.
  if (output) await (await import('./files.js')).writeFileAtomic(output, text);
  else ctx.stdout.write(text);
};

/** Renders a view in the chosen format; text and Markdown in ASCII when the display asks for it. */
export const render = async <V, F extends string>(ctx: Context, view: V, renderers: Renderers<V, F>, options: OutputOptions<F>): Promise<string> => {
  const renderer = renderers[options.format] as (view: V, style?: TextStyle) => string | Promise<string>;
  if (options.format === 'text') {
    const style = await textStyle(ctx, options);
    return inCharset(await renderer(view, style), style.ascii);
  }
  // Markdown has no colours: the display alone says whether it must be ASCII, and chalk stays unloaded.
  if (options.format === 'markdown') return inCharset(await renderer(view), outputDisplay(ctx, options).ascii);
  return renderer(view);
};

/** The way out for every command: renders its view in the chosen format and sends it. */
export const emit = async <V, F extends string>(ctx: Context, view: V, renderers: Renderers<V, F>, options: OutputOptions<F>): Promise<void> => {
  await send(ctx, await render(ctx, view, renderers, options), options.output);
};
