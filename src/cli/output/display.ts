import type { ChalkInstance } from 'chalk';
import { sanitize } from './sanitize.js';

/**
 * How text output is laid out for the place it goes to: how wide it may be, whether it may use
 * characters beyond ASCII, and whether it is plain (for screen readers and dumb terminals:
 * numbers instead of bars, prompts line by line, nothing that moves the cursor).
 */
export interface Display {
  /** Columns a line may take, 40 to 100. */
  readonly width: number;
  /** ASCII only: in plain mode, and on a terminal whose locale is not UTF-8. */
  readonly ascii: boolean;
  readonly plain: boolean;
}

/** What a text renderer draws with: the run's colours and the display. */
export interface TextStyle extends Display {
  readonly c: ChalkInstance;
}

/** A style for text made outside a run (tests, fixed files): 80 columns, UTF-8, not plain. */
export const defaultStyle = (c: ChalkInstance, width: number = 80): TextStyle => ({ c, width, ascii: false, plain: false });

/** The narrowest and widest text careerfit lays out, and the width when it cannot tell (not a terminal). */
export const WIDTH = { min: 40, max: 100, fallback: 80 } as const;

const clamp = (n: number) => Math.min(WIDTH.max, Math.max(WIDTH.min, n));

type Stream = { readonly isTTY?: boolean; readonly columns?: number };

/**
 * The width for text sent to this stream: the terminal's, one column spare (a line that fills the
 * last column makes some terminals wrap twice), clamped to 40–100; 80 when it is not a terminal.
 * A terminal that reports no size (a bare pseudo-terminal) falls back to COLUMNS.
 */
export const terminalWidth = (stream: Stream, env: NodeJS.ProcessEnv = {}): number => {
  if (!stream.isTTY) return WIDTH.fallback;
  const columns = stream.columns || Number(env.COLUMNS) || 0;
  return columns > 0 ? clamp(columns - 1) : WIDTH.fallback;
};

/** --plain, else on for TERM=dumb, where nothing that moves the cursor or draws can work. */
export const isPlain = (flag: boolean | undefined, env: NodeJS.ProcessEnv): boolean => flag ?? env.TERM === 'dumb';

/** Whether the locale says UTF-8 (LC_ALL, else LC_CTYPE, else LANG, as the C library reads them). */
export const isUtf8Locale = (env: NodeJS.ProcessEnv): boolean => /utf-?8/i.test(env.LC_ALL || env.LC_CTYPE || env.LANG || '');

export interface DisplayOptions {
  /** --width N. */
  readonly width?: number;
  /** --plain (undefined when not given). */
  readonly plain?: boolean;
  /** Text for a file (--output) rather than for the stream. */
  readonly file?: boolean;
}

/** The display for text sent to `stream` (or to a file, with `file`). */
export const displayFor = (stream: Stream, env: NodeJS.ProcessEnv, options: DisplayOptions = {}): Display => {
  const plain = isPlain(options.plain, env);
  const terminal = !options.file && Boolean(stream.isTTY);
  return {
    width: options.width ?? (options.file ? WIDTH.fallback : terminalWidth(stream, env)),
    ascii: plain || (terminal && !isUtf8Locale(env)),
    plain,
  };
};

/** Characters with a plain ASCII stand-in that says the same. */
const ASCII: Readonly<Record<string, string>> = {
  '—': '-',
  '–': '-',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '…': '...',
  '≥': '>=',
  '≤': '<=',
  '≈': '~',
  '×': 'x',
  '→': '->',
  '←': '<-',
  '↑': 'Up',
  '↓': 'Down',
  '⏎': 'Enter',
  '•': '*',
  '·': '*',
  '█': '#',
  '░': '.',
  '❯': '>',
  '✔': '*',
  '➕': '+',
  '➖': '-',
  '⚠️': '!',
  '⚠': '!',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

/**
 * Text in ASCII only: punctuation and symbols replaced by what they stand for, accents dropped,
 * anything else shown as `?`. Escape sequences (colours) are ASCII already and pass through.
 */
export const toAscii = (text: string): string =>
  text
    .replace(/⚠️|[^\x00-\x7f]/gu, (ch) => ASCII[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f\ufe0f]/g, '')
    .replace(/[^\x00-\x7f]/gu, '?');

/** Text in the display's character set: ASCII when it asks for it, else as it is. */
export const inCharset = (text: string, ascii: boolean): string => (ascii ? toAscii(text) : text);

/**
 * Text from data or messages, safe for the terminal (sanitized) and in the display's character
 * set. Converted before it is wrapped or measured, so widths hold.
 */
export const safeText = (text: string, ascii: boolean): string => inCharset(sanitize(text), ascii);
