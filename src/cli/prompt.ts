import { select, Separator } from '@inquirer/prompts';
import { MESSAGES } from '../core/messages.js';
import { BACK, type Ask } from '../core/quiz.js';
import type { Lang } from '../core/text.js';
import type { Context } from './context.js';
import { sanitize } from './sanitize.js';
import { width, wrap } from './wrap.js';

/**
 * The real question prompt: a five-choice Likert select with number keys, written to stderr so
 * that stdout carries only the report (`careerfit > report.txt` still shows the questions).
 */
export const inquirerAsk =
  (ctx: Context, lang: Lang): Ask =>
  async ({ question, index, total, previous, canGoBack }) => {
    const m = MESSAGES[lang];
    const likert = m.scale.map((name, i) => ({ name, value: i + 1 }));
    const back = canGoBack ? [new Separator(' '), { name: m.quiz.back, value: BACK } as const] : [];
    return select<number | typeof BACK>(
      {
        message: wrap(`(${index}/${total}) ${sanitize(question.text[lang])}`, width(ctx.stderr), '  ').join('\n').trimStart(),
        choices: [...likert, ...back],
        default: previous ?? 3,
        loop: false,
        pageSize: 8,
        theme: { indexMode: 'number', style: { keysHelpTip: () => m.quiz.keys } },
      },
      { input: ctx.stdin, output: ctx.stderr, clearPromptOnDone: false },
    );
  };
