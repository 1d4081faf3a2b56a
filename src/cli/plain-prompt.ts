import { createInterface } from 'node:readline';
import { BACK, type Ask } from '../core/quiz.js';

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

/**
 * The quiz for screen readers and dumb terminals: each question printed once, line by line, with
 * numbered choices, and an answer typed on its own line. No cursor movement, no redrawing, so a
 * screen reader reads each line once and a transcript of the session reads like the questions.
 */
export const plainAsk = (input: NodeJS.ReadableStream, output: NodeJS.WritableStream, labels: PlainLabels, text: (q: Parameters<Ask>[0]['question']) => string): Ask => {
  const lines = createInterface({ input, terminal: false })[Symbol.asyncIterator]();
  const read = async (): Promise<string> => {
    const next = await lines.next();
    if (next.done) throw interrupted();
    return next.value.trim().toLowerCase();
  };
  return async ({ question, index, total, previous, canGoBack }) => {
    output.write(`\n(${index}/${total}) ${text(question)}\n`);
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
