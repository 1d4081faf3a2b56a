import { MESSAGES } from '../../core/messages.js';
import type { Ask } from '../../core/quiz.js';
import type { Lang } from '../../core/text.js';
import type { Context } from '../context.js';
import { safeText } from '../output/display.js';
import { CLI_MESSAGES } from '../words/messages.js';
import { closeLines, plainAsk, plainChoose, plainConfirm, plainInput } from './plain-prompt.js';
import { wrap } from '../output/wrap.js';

export interface Choice<T> {
  readonly name: string;
  readonly value: T;
}

/** Everything the quiz asks on the terminal: the questions, whether to resume, what to do with the report. */
export interface Prompter {
  readonly ask: Ask;
  confirm(message: string, fallback: boolean): Promise<boolean>;
  choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T>;
  input(message: string, fallback: string): Promise<string>;
  /** Called when nothing more will be asked. */
  close?(): void;
}

/**
 * A prompter that only answers questions (tests, and callers that pass their own `ask`): it
 * takes every default, so an unfinished quiz is resumed, and picks the last choice of a menu
 * (Done).
 */
export const answersOnly = (ask: Ask): Prompter => ({
  ask,
  confirm: async (_message, fallback) => fallback,
  choose: async (_message, choices) => choices[choices.length - 1]!.value,
  input: async (_message, fallback) => fallback,
});

/** The plain prompter: line by line on standard error, ASCII only, answers typed on their own line. */
export const plainPrompter = (ctx: Context, lang: Lang, width = 80): Prompter => {
  const m = MESSAGES[lang];
  const q = CLI_MESSAGES[lang].quiz;
  const ascii = (text: string) => safeText(text, true);
  return {
    ask: plainAsk(ctx.stdin, ctx.stderr, { scale: m.scale.map(ascii), hint: q.plainHint, again: q.plainAgain }, (question) =>
      // Wrapped short of the width, as "(12/34) " goes before the first line.
      wrap(ascii(question.text[lang]), width - 8).join('\n  '),
    ),
    confirm: (message, fallback) => plainConfirm(ctx.stdin, ctx.stderr, { hint: q.yesNo, yes: q.yes, no: q.no }, ascii(message), fallback),
    choose: (message, choices) =>
      plainChoose(ctx.stdin, ctx.stderr, ascii(message), choices.map((c) => ({ ...c, name: ascii(c.name) })), q.menu.choose(choices.length)),
    input: (message, fallback) => plainInput(ctx.stdin, ctx.stderr, ascii(message), fallback),
    close: () => closeLines(ctx.stdin),
  };
};
