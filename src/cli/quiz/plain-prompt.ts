import { createInterface } from 'node:readline';
import { BACK, position, type Ask } from '../../core/quiz.js';
import { takeSigint } from './take-sigint.js';

/** What the plain prompt says, already in the reader's language and in ASCII. */
export interface PlainLabels {
  readonly scale: readonly string[];
  /** After the choices: "1-5, b = back" (or without the back part on the first question). */
  readonly hint: (canGoBack: boolean) => string;
  /** After an answer it cannot read. */
  readonly again: (canGoBack: boolean) => string;
}

/** Thrown on end of input or Ctrl-C, with the name Inquirer uses, so the quiz treats both alike. */
const interrupted = (): Error => Object.assign(new Error('interrupted'), { name: 'ExitPromptError' });

const readers = new WeakMap<NodeJS.ReadableStream, { read: () => Promise<string>; close: () => void }>();

/**
 * Reads typed lines, trimmed, from one input stream. One reader per stream, shared by every plain
 * prompt, so none loses a line another has buffered; the end of input throws as Ctrl-C would.
 */
export const lineReader = (input: NodeJS.ReadableStream): (() => Promise<string>) => {
  const known = readers.get(input);
  if (known) return known.read;
  const rl = createInterface({ input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const read = async (): Promise<string> => {
    const next = await lines.next();
    if (next.done) throw interrupted();
    return next.value.trim();
  };
  // On a terminal, Ctrl-C is a signal, not a line: while plain prompts read, it ends the input, so
  // the quiz stops as it does on Ctrl-C in the Inquirer prompt (and says what was kept).
  const giveBack = (input as { isTTY?: boolean }).isTTY ? takeSigint(() => rl.close()) : undefined;
  const close = () => {
    rl.close();
    giveBack?.();
  };
  readers.set(input, { read, close });
  return read;
};

/** Lets go of the input once nothing more is asked, so a terminal's standard input no longer keeps the process alive. */
export const closeLines = (input: NodeJS.ReadableStream): void => {
  readers.get(input)?.close();
  readers.delete(input);
};

/**
 * The quiz for screen readers and dumb terminals: each question printed once, line by line, with
 * numbered choices, and an answer typed on its own line. No cursor movement, no redrawing, so a
 * screen reader reads each line once and a transcript of the session reads like the questions.
 */
export const plainAsk = (input: NodeJS.ReadableStream, output: NodeJS.WritableStream, labels: PlainLabels, text: (q: Parameters<Ask>[0]['question']) => string): Ask => {
  const line = lineReader(input);
  const read = async () => (await line()).toLowerCase();
  return async ({ question, index, total, previous, canGoBack }) => {
    output.write(`\n${position(index, total)} ${text(question)}\n`);
    labels.scale.forEach((label, i) => output.write(`  ${i + 1}. ${label}${previous === i + 1 ? ' *' : ''}\n`));
    output.write(`${labels.hint(canGoBack)} `);
    for (;;) {
      const answer = await read();
      if (answer === '' && previous !== undefined) return previous;
      if (canGoBack && (answer === 'b' || answer === '\b' || answer === '\x7f')) return BACK;
      if (/^[1-5]$/.test(answer)) return Number(answer);
      output.write(`${labels.again(canGoBack)} `);
    }
  };
};

/** A yes/no question answered on a line; an empty line takes `fallback`. */
export const plainConfirm = async (
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  words: { readonly hint: string; readonly yes: readonly string[]; readonly no: readonly string[] },
  message: string,
  fallback: boolean,
): Promise<boolean> => {
  const read = lineReader(input);
  output.write(`${message} ${words.hint} `);
  for (;;) {
    const answer = (await read()).toLowerCase();
    if (answer === '') return fallback;
    if (words.yes.includes(answer)) return true;
    if (words.no.includes(answer)) return false;
    output.write(`${words.hint} `);
  }
};

/** A numbered list, one choice a line, answered with its number. */
export const plainChoose = async <T>(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  message: string,
  choices: readonly { readonly name: string; readonly value: T }[],
  hint: string,
): Promise<T> => {
  const read = lineReader(input);
  output.write(`\n${message}\n${choices.map((c, i) => `  ${i + 1}. ${c.name}\n`).join('')}${hint} `);
  for (;;) {
    const answer = await read();
    const choice = /^\d+$/.test(answer) ? choices[Number(answer) - 1] : undefined;
    if (choice) return choice.value;
    output.write(`${hint} `);
  }
};

/** A line of text; an empty line takes `fallback`, shown in brackets. */
export const plainInput = async (input: NodeJS.ReadableStream, output: NodeJS.WritableStream, message: string, fallback: string): Promise<string> => {
  output.write(`${message} [${fallback}] `);
  return (await lineReader(input)()) || fallback;
};
