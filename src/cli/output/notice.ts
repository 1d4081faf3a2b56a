import { terminalWidth } from './display.js';
import { wrap } from './wrap.js';

type Stream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/** Stands in for the spaces of a `command` while the line is wrapped, so it stays whole where it fits. */
const KEEP = '\u001f';

/**
 * A notice for the terminal (the quiz's lines, an error), wrapped at word boundaries to `width`
 * so the terminal never breaks a word; a `command` in backticks is kept on one line where it
 * fits, so it can be copied whole.
 */
export const noticeLines = (text: string, width: number, indent = ''): string[] =>
  wrap(text.replace(/`[^`]*`/g, (command) => command.replaceAll(' ', KEEP)), width, indent).map((line) => line.replaceAll(KEEP, ' '));

/**
 * A notice on standard error: on a terminal wrapped as noticeLines wraps it (the terminal would
 * break a word at its edge); in a pipe every line stays whole, for scripts that read it.
 */
export const writeNotice = (stream: Stream, env: NodeJS.ProcessEnv, text: string): void => {
  const lines = stream.isTTY ? text.split('\n').flatMap((line) => noticeLines(line, terminalWidth(stream, env))) : [text];
  stream.write(`${lines.join('\n')}\n`);
};
