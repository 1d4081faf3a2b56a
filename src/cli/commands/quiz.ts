import { aggregate, isComplete } from '../../core/answers.js';
import { CareerfitError, usageError } from '../../core/errors.js';
import { MESSAGES } from '../../core/messages.js';
import { evaluate } from '../../core/evaluate.js';
import { pickFollowUps } from '../../core/follow-ups.js';
import { allItems } from '../../core/items.js';
import { runQuiz, type Ask } from '../../core/quiz.js';
import type { Lang } from '../../core/text.js';
import { TRAIT_IDS } from '../../core/traits.js';
import type { Context } from '../context.js';
import { writeFileAtomic } from '../output.js';
import type { QuizOptions } from '../options.js';
import { filterRoles } from '../filter-roles.js';
import { emitReport } from '../report-pipeline.js';
import { loadCatalogWith } from '../user-catalog.js';
import { width, wrap } from '../wrap.js';

/** Reading speed for the welcome line: short statements take about seven seconds each. */
const SECONDS_PER_ITEM = 7;

/** An answer file `careerfit assess --answers` reads back into the same report. */
export const answersYaml = (answers: Readonly<Record<string, number>>, traits: Readonly<Record<string, number>>): string =>
  [
    '# careerfit answers, from the interactive quiz.',
    '# Rerun with: careerfit assess --answers <this file>',
    '# Trait levels these answers give (reverse-keyed items flipped, items of a trait averaged):',
    ...TRAIT_IDS.map((id) => `#   ${id}: ${traits[id]}`),
    'answers:',
    ...Object.entries(answers).map(([id, value]) => `  ${id}: ${value}`),
    '',
  ].join('\n');

const interrupted = (lang: Lang) => new CareerfitError('interrupted', MESSAGES[lang].quiz.interrupted);

/** `careerfit` without a command: the interactive quiz, then the report. */
export const quizCommand = async (options: QuizOptions, ctx: Context, ask?: Ask): Promise<void> => {
  const m = MESSAGES[options.lang];
  // Inquirer would wait forever on a pipe or a closed stdin; scripts have `assess`.
  if (!ask && !ctx.stdin.isTTY) throw usageError(m.quiz.needsTerminal);
  const catalog = await loadCatalogWith(ctx, options.profiles);
  // Refuse bad filters before asking the questions, not after.
  const selected = filterRoles(catalog, options);
  const minutes = Math.max(1, Math.round((catalog.questions.length * SECONDS_PER_ITEM) / 60));
  const say = (lines: readonly string[]) => ctx.stderr.write(`${lines.flatMap((line) => wrap(line, width(ctx.stderr))).join('\n')}\n`);
  say([...m.quiz.welcome(catalog.questions.length, minutes), '']);

  const prompt = ask ?? (await import('../prompt.js')).inquirerAsk(ctx, options.lang);
  let answers: Record<string, number>;
  try {
    answers = await runQuiz(catalog.questions, prompt);
    // When the fixed items leave the top roles too close to call, a few more items separate them.
    const extra = pickFollowUps(selected, evaluate(selected, { answers, traits: {} }), answers);
    if (extra.length) {
      say(['', m.quiz.followUps(extra.length), '']);
      answers = { ...answers, ...(await runQuiz(extra, prompt)) };
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw interrupted(options.lang);
    throw error;
  }
  const traits = aggregate(allItems(catalog), answers);
  // The bank has a question for every trait (checked when the catalog is built).
  if (!isComplete(traits)) throw new CareerfitError('runtime', 'the question bank does not cover every trait');

  ctx.stderr.write('\n');
  const report = await emitReport(catalog, { answers, traits: {} }, options, ctx);
  if (options.save) await writeFileAtomic(options.save, answersYaml(answers, traits));
  const lines = options.save ? [m.quiz.saved(options.save)] : m.quiz.next(report.results[0]?.id ?? '<id>');
  say(['', ...lines]);
};
