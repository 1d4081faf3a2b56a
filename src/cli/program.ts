import { Command, InvalidArgumentError, Option } from 'commander';
import { BAND_IDS, type BandId } from '../core/bands.js';
import { usageError } from '../core/errors.js';
import { closest } from '../core/suggest.js';
import { LANGS, type Lang } from '../core/text.js';
import type { Context } from './context.js';
import { defaultLang } from './locale.js';
import { FORMATS, REPORT_FORMATS, TEMPLATE_FORMATS, type Format, type ReportFormat } from './render/formats.js';

declare const __CAREERFIT_VERSION__: string;

const EXIT_CODES_HELP = `
Exit codes:
  0    success
  1    unexpected failure (add --debug or DEBUG=careerfit for details)
  2    invalid usage or input
  130  interrupted (Ctrl-C)
  143  terminated (SIGTERM)`;

const positiveInt = (value: string): number => {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return Number(value);
};

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface CommonFlags {
  lang?: Lang;
  output?: string;
  color: boolean;
  profiles?: string[];
}

const idList = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((id) => id.trim()).filter(Boolean)];

interface FilterFlags {
  only: string[];
  exclude: string[];
  minBand?: BandId;
}

/** Which roles a report lists: for assess and the quiz. */
const withFilters = (command: Command): Command =>
  command
    .option('--only <ids>', 'rank only these roles (comma-separated, repeatable)', idList, [])
    .option('--exclude <ids>', 'leave these roles out (comma-separated, repeatable)', idList, [])
    .addOption(new Option('--min-band <band>', 'list only roles at or above this band').choices(BAND_IDS));

const filters = (flags: FilterFlags) => ({ only: flags.only, exclude: flags.exclude, minBand: flags.minBand });

/** For commands that read roles: extra role folders, after those in CAREERFIT_PROFILES. */
const withProfiles = (command: Command): Command =>
  command.option('-p, --profiles <dir>', 'also load role files from this folder (repeatable; CAREERFIT_PROFILES works too)', collect, []);

/** Options most commands share, declared once. */
const withCommon = (command: Command, formats: readonly string[], defaultFormat: string): Command =>
  command
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default(defaultFormat))
    .addOption(new Option('-l, --lang <lang>', 'language: id (Indonesian) or en (default: from CAREERFIT_LANG or the locale)').choices(LANGS))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--no-color', 'never use colour')
    // Accepted everywhere so `careerfit assess … --debug` works; run.ts reads it from argv.
    .addOption(new Option('--debug').hideHelp());

const common = (flags: CommonFlags, ctx: Context) => ({
  lang: flags.lang ?? defaultLang(ctx.env),
  output: flags.output,
  color: flags.color,
  profiles: flags.profiles,
});

/**
 * The command line. Actions only turn flags into typed options and hand them to a command module,
 * which is imported on demand so `--version` and `--help` load nothing they do not need.
 */
export const buildProgram = (ctx: Context): Command => {
  const program = new Command('careerfit')
    .description('Career fit for community and social-sector roles: answer short trait questions, get a ranked, explained report.')
    .version(__CAREERFIT_VERSION__, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) })
    .showSuggestionAfterError()
    .allowExcessArguments()
    // Root options (the quiz's) only before a command, so `assess --lang` belongs to assess.
    .enablePositionalOptions()
    .addOption(new Option('--top <n>', 'roles shown in detail').argParser(positiveInt).default(3))
    .option('-s, --save <file>', 'save your answers to a file you can rerun with `careerfit assess --answers`')
    .addHelpText(
      'after',
      `
Without a command, careerfit asks short questions in the terminal and prints the report.
Prompts go to standard error, the report to standard output (or --output).

Examples:
  npx careerfit
  npx careerfit --lang en --save me.yaml
  npx careerfit > report.txt
${EXIT_CODES_HELP}`,
    );
  withFilters(withProfiles(withCommon(program, REPORT_FORMATS, 'text')));

  withFilters(withProfiles(withCommon(
    program
      .command('assess')
      .description('score every role from answers given as flags or a file')
      .option('-a, --answers <file>', 'answer file (YAML or JSON; - for standard input)')
      .option('-t, --trait <id=level>', 'a trait level from 1 to 5 (repeatable; wins over the file)', collect, [])
      .option('-c, --code <code>', 'rebuild a report from its result code')
      .option('--batch <file>', 'score many people, one a row: JSON Lines or CSV (- for standard input); JSON Lines out')
      .option('--strict', 'with --batch: stop at the first bad row (exit 2) instead of skipping it')
      .option('--top <n>', 'roles shown in detail', positiveInt, 3),
    [...REPORT_FORMATS, 'csv'],
    'text',
  )))
    .addHelpText(
      'after',
      `
Examples:
  careerfit questions > me.yaml && careerfit assess --answers me.yaml
  careerfit assess --answers me.yaml --format json
  cat me.yaml | careerfit assess --answers - --format markdown --output report.md
  careerfit assess --answers me.yaml --trait empathy=5 --lang en
  careerfit assess --code 1ABCDE-…  --format json
  careerfit assess --answers me.yaml --only aktivis-okp,pekerja-sosial --min-band partial
  careerfit assess --batch class.csv --format csv --output results.csv
  careerfit assess --batch class.csv --format html --output reports/`,
    )
    .action(
      async (
        flags: CommonFlags & FilterFlags & { answers?: string; trait: string[]; code?: string; batch?: string; strict?: boolean; top: number; format: ReportFormat | 'csv' },
        command: Command,
      ) => {
        const { assessCommand } = await import('./commands/assess.js');
        await assessCommand(
          {
            ...common(flags, ctx),
            ...filters(flags),
            answers: flags.answers,
            traits: flags.trait,
            code: flags.code,
            batch: flags.batch,
            strict: flags.strict,
            format: flags.format,
            formatGiven: command.getOptionValueSource('format') !== 'default',
            top: flags.top,
          },
          ctx,
        );
      },
    );

  withCommon(program.command('questions').description('print an answer-file template with every question'), TEMPLATE_FORMATS, 'yaml')
    .addHelpText('after', '\nExamples:\n  careerfit questions > me.yaml\n  careerfit questions --format json --lang en')
    .action(async (flags: CommonFlags & { format: 'yaml' | 'json' }) => {
      const { questionsCommand } = await import('./commands/questions.js');
      await questionsCommand({ ...common(flags, ctx), format: flags.format }, ctx);
    });

  withProfiles(withCommon(program.command('roles').description('list the roles with a one-line summary'), FORMATS, 'text'))
    .addHelpText('after', '\nExamples:\n  careerfit roles\n  careerfit roles --format json')
    .action(async (flags: CommonFlags & { format: Format }) => {
      const { rolesCommand } = await import('./commands/roles.js');
      await rolesCommand({ ...common(flags, ctx), format: flags.format }, ctx);
    });

  withProfiles(withCommon(program.command('role').description('show one role in full').argument('<id>', 'role id, see `careerfit roles`'), FORMATS, 'text'))
    .addHelpText('after', '\nExamples:\n  careerfit role aktivis-okp\n  careerfit role konsultan-pemberdayaan --lang en --format markdown')
    .action(async (id: string, flags: CommonFlags & { format: Format }) => {
      const { roleCommand } = await import('./commands/role.js');
      await roleCommand(id, { ...common(flags, ctx), format: flags.format }, ctx);
    });

  withProfiles(
    withCommon(
      program.command('compare').description('put two roles side by side').argument('<first>', 'role id').argument('<second>', 'role id'),
      FORMATS,
      'text',
    ),
  )
    .addHelpText('after', '\nExamples:\n  careerfit compare aktivis-okp pekerja-sosial\n  careerfit compare pengelola-program-lsm manajer-proyek --format markdown')
    .action(async (first: string, second: string, flags: CommonFlags & { format: Format }) => {
      const { compareCommand } = await import('./commands/compare.js');
      await compareCommand(first, second, { ...common(flags, ctx), format: flags.format }, ctx);
    });

  withProfiles(withCommon(program.command('groups').description('occupational and volunteer groups worth joining'), FORMATS, 'text'))
    .addHelpText('after', '\nExamples:\n  careerfit groups\n  careerfit groups --format json')
    .action(async (flags: CommonFlags & { format: Format }) => {
      const { groupsCommand } = await import('./commands/groups.js');
      await groupsCommand({ ...common(flags, ctx), format: flags.format }, ctx);
    });

  program
    .command('validate')
    .description('check role profiles and answer files, reporting every problem')
    .argument('[paths...]', 'files or folders (default: the built-in data and CAREERFIT_PROFILES)')
    .addOption(new Option('--debug').hideHelp())
    .addHelpText('after', '\nExamples:\n  careerfit validate\n  careerfit validate my-roles/ me.yaml\n\nExit code 0 when everything is valid, 2 otherwise.')
    .action(async (paths: string[]) => {
      const { validateCommand } = await import('./commands/validate.js');
      await validateCommand({ paths }, ctx);
    });

  program
    .command('init-role')
    .description('write a commented role profile to start from')
    .argument('<id>', 'the new role id, e.g. my-role')
    .option('-d, --dir <dir>', 'folder to write <id>.yaml into', '.')
    .option('--force', 'replace an existing file', false)
    .addOption(new Option('--debug').hideHelp())
    .addHelpText('after', '\nExamples:\n  mkdir my-roles && careerfit init-role fasilitator-desa --dir my-roles\n  careerfit assess --profiles my-roles --answers me.yaml')
    .action(async (id: string, flags: { dir: string; force: boolean }) => {
      const { initRoleCommand } = await import('./commands/init-role.js');
      await initRoleCommand(id, flags, ctx);
    });

  program.action(async (flags: CommonFlags & FilterFlags & { top: number; save?: string; format: ReportFormat }) => {
    // A root action would otherwise take a mistyped command as an argument and start the quiz.
    const [first] = program.args;
    if (first !== undefined) {
      const names = program.commands.map((c) => c.name());
      const hint = closest(first, names);
      throw usageError(`unknown command "${first}"${hint ? ` (did you mean "${hint}"?)` : ''}; see careerfit --help`);
    }
    const { quizCommand } = await import('./commands/quiz.js');
    await quizCommand({ ...common(flags, ctx), ...filters(flags), format: flags.format, top: flags.top, save: flags.save }, ctx, ctx.ask);
  });

  return program;
};
