import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import { localUsage } from './words/error-messages.js';
import { closest } from '../core/suggest.js';
import type { Lang } from '../core/text.js';
import type { Context } from './context.js';
import { helpWords, localizeHelp } from './words/help-text.js';
import { commandPrefix } from './words/invocation.js';
import { defaultLang } from './words/locale.js';
import {
  declareAssess,
  declareCompare,
  declareForm,
  declareGroups,
  declareInitRole,
  declareQuestions,
  declareQuiz,
  declareRole,
  declareRoles,
  declareValidate,
} from './options.js';

/**
 * The command line (declared in options.ts) with its actions, its help in `lang` (known before
 * parsing: run.ts reads --lang from argv first). An action only settles the language and hands the
 * flags to a command module, imported on demand so that `--help` loads nothing it does not need.
 */
export const buildProgram = (ctx: Context, lang: Lang = 'en') => {
  const settled = <F extends { lang?: Lang }>(flags: F): F & { lang: Lang } => ({ ...flags, lang: flags.lang ?? defaultLang(ctx.env) });
  const prefix = commandPrefix(ctx.env);
  const h = helpWords(lang, prefix);

  const program = declareQuiz(h)
    .exitOverride()
    // Commander's own error messages are printed by run.ts, in the run's language.
    .configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s), outputError: () => undefined })
    .showSuggestionAfterError()
    .allowExcessArguments()
    // Root options (the quiz's) only before a command, so `assess --lang` belongs to assess.
    .enablePositionalOptions();
  /** A subcommand behaves as the program does (errors, output, suggestions). */
  const add = (command: CommandUnknownOpts) => program.addCommand(command.copyInheritedSettings(program));

  /** Each command, declared in the order `--help` lists them. */
  const commands: Readonly<Record<string, () => void>> = {
    assess: () =>
      add(
        declareAssess(h).action(async ({ trait, ...flags }, command) => {
          const { assessCommand } = await import('./commands/assess.js');
          await assessCommand({ ...settled(flags), traits: trait, formatGiven: command.getOptionValueSource('format') !== 'default' }, ctx);
        }),
      ),
    questions: () =>
      add(
        declareQuestions(h).action(async (flags) => {
          const { questionsCommand } = await import('./commands/questions.js');
          await questionsCommand(settled(flags), ctx);
        }),
      ),
    form: () =>
      add(
        declareForm(h).action(async (flags) => {
          const { formCommand } = await import('./commands/form.js');
          await formCommand(settled(flags), ctx);
        }),
      ),
    roles: () =>
      add(
        declareRoles(h).action(async (flags) => {
          const { rolesCommand } = await import('./commands/roles.js');
          await rolesCommand(settled(flags), ctx);
        }),
      ),
    role: () =>
      add(
        declareRole(h).action(async (id, flags) => {
          const { roleCommand } = await import('./commands/role.js');
          await roleCommand(id, settled(flags), ctx);
        }),
      ),
    compare: () =>
      add(
        declareCompare(h).action(async (first, second, flags) => {
          const { compareCommand } = await import('./commands/compare.js');
          await compareCommand(first, second, settled(flags), ctx);
        }),
      ),
    groups: () =>
      add(
        declareGroups(h).action(async (flags) => {
          const { groupsCommand } = await import('./commands/groups.js');
          await groupsCommand(settled(flags), ctx);
        }),
      ),
    validate: () =>
      add(
        declareValidate(h).action(async (paths) => {
          const { validateCommand } = await import('./commands/validate.js');
          await validateCommand({ paths }, ctx);
        }),
      ),
    'init-role': () =>
      add(
        declareInitRole(h).action(async (id, flags) => {
          const { initRoleCommand } = await import('./commands/init-role.js');
          await initRoleCommand(id, flags, ctx);
        }),
      ),
  };
  for (const declare of Object.values(commands)) declare();

  program.action(async (flags) => {
    // A root action would otherwise take a mistyped command as an argument and start the quiz.
    const [first] = program.args;
    if (first !== undefined) {
      const names = program.commands.map((c) => c.name());
      throw localUsage('unknownCommand', first, closest(first, names), prefix);
    }
    const { quizCommand } = await import('./commands/quiz.js');
    await quizCommand(settled(flags), ctx, ctx.ask);
  });

  localizeHelp(program, lang);
  return program;
};
