import { styleText } from 'node:util';
import { confirm, input, select, Separator } from '@inquirer/prompts';
import { MESSAGES } from '../../core/messages.js';
import { BACK, position, type Ask } from '../../core/quiz.js';
import type { Lang } from '../../core/text.js';
import type { Context } from '../context.js';
import { CLI_MESSAGES } from '../words/messages.js';
import { safeText, terminalWidth } from '../output/display.js';
import type { Prompter } from './prompter.js';
import { noticeLines } from '../output/notice.js';
import { wrap } from '../output/wrap.js';

/** What the prompts draw with: the width to wrap questions to, and whether only ASCII may be shown. */
export interface PromptDisplay {
  readonly width: number;
  readonly ascii: boolean;
}

/** Inquirer's prefixes and pointer, in ASCII when the terminal cannot show more. */
const asciiTheme = (ascii: boolean) => (ascii ? { prefix: { idle: '?', done: '*' }, icon: { cursor: '>' } } : {});

const isBackKey = (key: { name?: string; ctrl?: boolean; meta?: boolean } | undefined): boolean =>
  Boolean(key && !key.ctrl && !key.meta && (key.name === 'b' || key.name === 'backspace'));

/**
 * The real question prompt: a five-choice Likert select with number keys, written to stderr so
 * that stdout carries only the report (`careerfit > report.txt` still shows the questions). `b` or
 * Backspace goes back a question, as does the numbered Back choice. The prompt is cleared when it
 * is answered and one line stays in its place: the question and the answer.
 */
export const inquirerAsk =
  (ctx: Context, lang: Lang, display: PromptDisplay = { width: terminalWidth(ctx.stderr, ctx.env), ascii: false }): Ask =>
  async ({ question, index, total, previous, canGoBack }) => {
    const m = MESSAGES[lang];
    const t = (text: string) => safeText(text, display.ascii);
    const likert = m.scale.map((name, i) => ({ name: t(name), value: i + 1 }));
    const back = canGoBack ? [new Separator(' '), { name: `${display.ascii ? '' : '← '}${t(CLI_MESSAGES[lang].quiz.back)}`, value: BACK } as const] : [];
    const message = wrap(`${position(index, total)} ${t(question.text[lang])}`, display.width, '  ').join('\n').trimStart();
    // Inquirer's select has no key of its own for this; a keypress listener on the same input
    // aborts the prompt, which then counts as the Back choice.
    const controller = new AbortController();
    const onKey = (_text: string, key?: { name?: string; ctrl?: boolean; meta?: boolean }) => {
      if (canGoBack && isBackKey(key)) controller.abort();
    };
    ctx.stdin.on('keypress', onKey);
    try {
      const answer = await select<number | typeof BACK>(
        {
          message,
          choices: [...likert, ...back],
          default: previous ?? 3,
          loop: false,
          pageSize: 8,
          theme: { ...asciiTheme(display.ascii), indexMode: 'number', style: { keysHelpTip: () => wrap(display.ascii ? CLI_MESSAGES[lang].quiz.keysAscii : CLI_MESSAGES[lang].quiz.keys, display.width).join('\n') } },
        },
        { input: ctx.stdin, output: ctx.stderr, clearPromptOnDone: true, signal: controller.signal },
      );
      if (answer !== BACK) {
        const done = display.ascii ? '*' : styleText('green', '✔');
        const label = likert[answer - 1]!.name;
        // The answer after the statement's last line, or on a line of its own when it would not fit.
        const lines = message.split('\n');
        const last = (lines.length === 1 ? 2 : 0) + lines[lines.length - 1]!.length;
        const gap = last + 1 + label.length <= display.width ? ' ' : '\n  ';
        ctx.stderr.write(`${done} ${styleText('bold', message)}${gap}${styleText('cyan', label)}\n`);
      }
      return answer;
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortPromptError') return BACK;
      throw error;
    } finally {
      ctx.stdin.off('keypress', onKey);
    }
  };

/** Room Inquirer takes on a prompt's first line beside the message: its "? " prefix, and a confirm's " (Y/n) " hint. */
const PROMPT_ROOM = 2;
const CONFIRM_ROOM = PROMPT_ROOM + 7;

/** The quiz's other questions (resume, what to do with the report) as Inquirer prompts on standard error, in the run's language. */
export const inquirerPrompter = (ctx: Context, lang: Lang, display: PromptDisplay): Prompter => {
  const io = { input: ctx.stdin, output: ctx.stderr };
  const q = CLI_MESSAGES[lang].quiz;
  // Wrapped here at word boundaries: Inquirer leaves long lines to the terminal, which breaks words.
  const t = (text: string, room = PROMPT_ROOM) => noticeLines(safeText(text, display.ascii), display.width - room, '  ').join('\n').trimStart();
  const theme = asciiTheme(display.ascii);
  return {
    ask: inquirerAsk(ctx, lang, display),
    confirm: (message, fallback) =>
      confirm({ message: t(message, CONFIRM_ROOM), default: fallback, theme: { ...theme, keywords: { yes: q.confirm.yes, no: q.confirm.no, error: q.confirm.error } } }, io),
    choose: (message, choices) =>
      select(
        {
          message: t(message),
          // Names stay whole (a wrapped name would push the last choice off the page); each is short.
          choices: choices.map((c) => ({ name: safeText(c.name, display.ascii), value: c.value })),
          loop: false,
          pageSize: choices.length,
          theme: { ...theme, indexMode: 'number', style: { keysHelpTip: () => '' } },
        },
        io,
      ),
    input: (message, fallback) => input({ message: t(message), default: fallback, theme }, io),
  };
};
