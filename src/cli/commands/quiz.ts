import { dirname } from 'node:path';
import { aggregate, isComplete } from '../../core/answers.js';
import { LocalizedError, messageIn } from '../../core/localized-error.js';
import { CareerfitError } from '../../core/errors.js';
import { MESSAGES } from '../../core/messages.js';
import { MAX_FOLLOW_UPS, runFollowUps } from '../../core/follow-ups.js';
import { allItems } from '../../core/items.js';
import { runQuiz, type Ask } from '../../core/quiz.js';
import { LANGS, type Lang } from '../../core/text.js';
import { TRAIT_IDS } from '../../core/traits.js';
import type { ReportView } from '../../core/views/report.js';
import type { Context } from '../context.js';
import { CLI_MESSAGES, type CliMessages } from '../words/messages.js';
import { displayFor, inCharset } from '../output/display.js';
import { commandPrefix } from '../words/invocation.js';
import { checkWritable, writeFileAtomic } from '../output/files.js';
import type { QuizOptions } from '../options.js';
import { filterRoles } from '../input/filter-roles.js';
import { answersOnly, plainPrompter, type Prompter } from '../quiz/prompter.js';
import { clearProgress, loadProgress, progressFile, progressProblem, saveProgress } from '../quiz/progress.js';
import { buildView, renderReport, showOnTerminal, summaryText, writeReport, type ShowOptions } from '../output/report-pipeline.js';
import { loadCatalogWith } from '../input/user-catalog.js';
import { noticeLines, writeNotice } from '../output/notice.js';

/** Reading speed for the welcome line: short statements take about seven seconds each. */
const SECONDS_PER_ITEM = 7;

/** An answer file `careerfit assess --answers` reads back into the same report. */
export const answersYaml = (answers: Readonly<Record<string, number>>, traits: Readonly<Record<string, number>>, prefix = 'careerfit'): string =>
  [
    '# careerfit answers, from the interactive quiz.',
    `# Rerun with: ${prefix} assess --answers <this file>`,
    '# Trait levels these answers give (reverse-keyed items flipped, items of a trait averaged):',
    ...TRAIT_IDS.map((id) => `#   ${id}: ${traits[id]}`),
    'answers:',
    ...Object.entries(answers).map(([id, value]) => `  ${id}: ${value}`),
    '',
  ].join('\n');

/** A quiz message as an error, in both languages (the error path prints the run's). */
const quizError = (kind: CareerfitError['kind'], say: (m: CliMessages['quiz']) => string) =>
  new LocalizedError(kind, Object.fromEntries(LANGS.map((lang) => [lang, say(CLI_MESSAGES[lang].quiz)])) as Record<Lang, string>);

/** The quiz's flags beyond the report's: where to save answers, whether to start over. */
export type QuizRunOptions = QuizOptions & ShowOptions & { readonly fresh?: boolean };

const isPrompter = (given: Ask | Prompter): given is Prompter => typeof given === 'object';

/** File names the menu offers, by format. */
const SAVE_AS = { markdown: 'md', text: 'txt', html: 'html' } as const;
/** The file name the menu offers for the answers. */
const ANSWERS_FILE = 'careerfit-answers.yaml';

/**
 * After the quiz, on a terminal: the summary, then a menu until Done: see the full report (in
 * the pager or printed, the summary again after it), save it as Markdown, text or HTML, or save
 * the answers (an answer file `assess --answers` reads back).
 */
const afterQuiz = async (ctx: Context, view: ReportView, options: QuizRunOptions, prompter: Prompter, answersFile: () => string): Promise<void> => {
  const menu = CLI_MESSAGES[options.lang].quiz.menu;
  // A blank line between the summary and the menu: the last screen reads as the result, then the question.
  ctx.stdout.write(`${await summaryText(ctx, view, options)}\n`);
  for (;;) {
    const choice = await prompter.choose<'show' | keyof typeof SAVE_AS | 'answers' | 'done'>(menu.message, [
      { name: menu.show, value: 'show' },
      { name: menu.markdown, value: 'markdown' },
      { name: menu.text, value: 'text' },
      { name: menu.html, value: 'html' },
      { name: menu.answers, value: 'answers' },
      { name: menu.done, value: 'done' },
    ]);
    if (choice === 'done') return;
    if (choice === 'show') {
      await showOnTerminal(ctx, view, options);
      ctx.stdout.write('\n');
      continue;
    }
    const output = await prompter.input(menu.fileName, choice === 'answers' ? ANSWERS_FILE : `careerfit-report.${SAVE_AS[choice]}`);
    try {
      await checkWritable(output);
      if (choice === 'answers') {
        await writeFileAtomic(output, answersFile());
        ctx.stderr.write(`${CLI_MESSAGES[options.lang].quiz.saved(output, commandPrefix(ctx.env))}\n`);
      } else await writeReport(ctx, view, { ...options, format: choice, output });
    } catch (error) {
      if (!(error instanceof CareerfitError)) throw error;
      writeNotice(ctx.stderr, ctx.env, `careerfit: ${messageIn(error, options.lang, commandPrefix(ctx.env))}`);
    }
  }
};

/** `careerfit` without a command: the interactive quiz, then the report. */
export const quizCommand = async (options: QuizRunOptions, ctx: Context, given?: Ask | Prompter): Promise<void> => {
  const { lang } = options;
  const m = MESSAGES[lang];
  const q = CLI_MESSAGES[lang].quiz;
  const prefix = commandPrefix(ctx.env);
  const display = displayFor(ctx.stderr, ctx.env, { width: options.width, plain: options.plain });
  // Inquirer would wait forever on a pipe or a closed stdin; scripts have `assess`. The plain
  // prompt reads lines, from a terminal or not.
  if (!given && !display.plain && !ctx.stdin.isTTY) throw quizError('usage', (q) => q.needsTerminal(prefix));
  const catalog = await loadCatalogWith(ctx, options.profiles);
  // Refuse bad filters, and files that could not be written, before asking the questions, not after.
  const selected = filterRoles(catalog, options);
  for (const path of [options.output, options.save]) if (path) await checkWritable(path);

  const say = (lines: readonly string[]) =>
    ctx.stderr.write(`${lines.flatMap((line) => noticeLines(inCharset(line, display.ascii), display.width)).join('\n')}\n`);
  const minutes = Math.max(1, Math.round((catalog.questions.length * SECONDS_PER_ITEM) / 60));
  say([...q.welcome(catalog.questions.length, minutes), '']);
  const prompter = given
    ? isPrompter(given)
      ? given
      : answersOnly(given)
    : display.plain
      ? plainPrompter(ctx, lang, display.width)
      : (await import('../quiz/prompt.js')).inquirerPrompter(ctx, lang, display);

  try {
    // Every answer is kept in the state folder as it is given, so an interrupted quiz goes on where it stopped.
    const file = progressFile(ctx.env);
    // A state folder that cannot be written costs the resume, never the quiz: said before question 1.
    const problem = await progressProblem(file);
    if (problem) writeNotice(ctx.stderr, ctx.env, q.progressNotKept(dirname(file), problem));
    let start: Readonly<Record<string, number>> = {};
    let kept = false;
    const keep = async (answers: Readonly<Record<string, number>>) => {
      if (problem) return;
      await saveProgress(file, answers).then(
        () => (kept = true),
        () => undefined,
      );
    };
    let answers: Record<string, number>;
    try {
      if (options.fresh) await clearProgress(file);
      else {
        const saved = await loadProgress(file, new Set([...catalog.questions, ...(catalog.followUps ?? [])].map((q) => q.id)));
        // Like an error line: whole in a pipe, wrapped at words on a terminal.
        if (saved.kind === 'corrupt') writeNotice(ctx.stderr, ctx.env, q.corruptProgress(file));
        if (saved.kind === 'saved') {
          const answered = catalog.questions.filter((q) => saved.answers[q.id] !== undefined).length;
          if (await prompter.confirm(q.resume(answered, catalog.questions.length), true)) {
            start = saved.answers;
            kept = true;
          } else await clearProgress(file);
        }
      }
      const fixed = await runQuiz(catalog.questions, prompter.ask, { start, onAnswer: (a) => keep({ ...start, ...a }) });
      answers = fixed;
      // When the fixed items leave the best fit uncertain, follow-ups, one at a time, settle it.
      answers = await runFollowUps(selected, fixed, prompter.ask, {
        start,
        onAnswer: (a) => keep(a),
        before: () => say(['', q.followUps(MAX_FOLLOW_UPS), '']),
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError') {
      // The plain prompt leaves the cursor after "Answer 1-5:"; the notice goes on a line of its own.
      if (display.plain) ctx.stderr.write('\n');
      throw quizError('interrupted', (q) => (kept ? q.interruptedKept(prefix) : q.interrupted));
    }
      throw error;
    }
    const traits = aggregate(allItems(catalog), answers);
    // The bank has a question for every trait (checked when the catalog is built).
    if (!isComplete(traits)) throw new CareerfitError('runtime', 'the question bank does not cover every trait');

    ctx.stderr.write('\n');
    const { report, view } = buildView(selected, { answers, traits: {} }, options, ctx);
    // Each file is tried even when the other fails; what could not be written is made up for below.
    const failures: CareerfitError[] = [];
    const attempt = async (step: () => Promise<void>): Promise<boolean> => {
      try {
        await step();
        return true;
      } catch (error) {
        if (!(error instanceof CareerfitError)) throw error;
        failures.push(error);
        return false;
      }
    };
    let reportWritten = true;
    if (options.output) reportWritten = await attempt(() => writeReport(ctx, view, options));
    else if (options.format === 'text' && ctx.stdout.isTTY) await afterQuiz(ctx, view, options, prompter, () => answersYaml(answers, traits, prefix));
    else ctx.stdout.write(await renderReport(ctx, view, options));
    if (options.save) await attempt(() => writeFileAtomic(options.save!, answersYaml(answers, traits, prefix)));

    if (failures.length) {
      // Nothing lost: the report on the terminal when its file failed, the code, and the answers
      // kept for the next run (the progress file stays).
      if (!reportWritten) ctx.stdout.write(await renderReport(ctx, view, { ...options, output: undefined, format: 'text' }));
      say(['', ...m.code(report.code, prefix).split('\n'), q.notWritten(prefix)]);
      throw failures[0];
    }
    await clearProgress(file);
    if (options.save) say(['', q.saved(options.save, prefix)]);
    else say(['', ...q.next(report.results[0]?.id ?? '<id>', report.code, prefix)]);
  } finally {
    // The plain prompt's reader would keep a terminal's standard input, and the process, alive.
    prompter.close?.();
  }
};
