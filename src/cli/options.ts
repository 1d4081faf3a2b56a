/**
 * The command line, declared once: every command's name, arguments, options and help. The types
 * the command modules take are derived from these declarations (through commander's inferred
 * option types), so an option is never written down twice; program.ts adds the actions, and
 * test/cli/readme.test.ts checks the README's tables against the --help these produce.
 */
import { Command, InvalidArgumentError, Option, type OptionValues } from '@commander-js/extra-typings';
import { BAND_IDS } from '../core/bands.js';
import { LANGS, type Lang } from '../core/text.js';
import { EXIT_CODE_HELP } from './exit-codes.js';
import { FORMATS, REPORT_FORMATS, TEMPLATE_FORMATS } from './render/formats.js';

declare const __CAREERFIT_VERSION__: string;

const positiveInt = (value: string): number => {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return Number(value);
};

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const idList = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((id) => id.trim()).filter(Boolean)];

const examples = (...lines: readonly string[]) => `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}`;

/** --format (one of `formats`), --lang, --output, --no-color; and --debug, hidden, which run.ts reads from argv. */
const withOutput = <A extends unknown[], O extends OptionValues, G extends OptionValues, F extends readonly [string, ...string[]]>(
  command: Command<A, O, G>,
  formats: F,
  fallback: F[number],
) =>
  command
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default(fallback))
    .addOption(new Option('-l, --lang <lang>', 'language: id (Indonesian) or en (default: from CAREERFIT_LANG or the locale)').choices(LANGS))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--no-color', 'never use colour')
    // Accepted everywhere so `careerfit assess … --debug` works.
    .addOption(new Option('--debug').hideHelp());

/** For commands that read roles: extra role folders, after those in CAREERFIT_PROFILES. */
const withProfiles = <A extends unknown[], O extends OptionValues, G extends OptionValues>(command: Command<A, O, G>) =>
  command.option('-p, --profiles <dir>', 'also load role files from this folder (repeatable; CAREERFIT_PROFILES works too)', collect, [] as string[]);

/** Which roles a report lists: for assess and the quiz. */
const withFilters = <A extends unknown[], O extends OptionValues, G extends OptionValues>(command: Command<A, O, G>) =>
  command
    .option('--only <ids>', 'rank only these roles (comma-separated, repeatable)', idList, [] as string[])
    .option('--exclude <ids>', 'leave these roles out (comma-separated, repeatable)', idList, [] as string[])
    .addOption(new Option('--min-band <band>', 'list only roles at or above this band').choices(BAND_IDS));

/** A command that shows part of the catalog: role, roles, compare, groups. */
const viewCommand = (name: string) => withProfiles(withOutput(new Command(name), FORMATS, 'text'));

/** `careerfit` without a command: the quiz, then the report. */
export const declareQuiz = () =>
  withFilters(
    withProfiles(
      withOutput(
        new Command('careerfit')
          .description('Career fit for community and social-sector roles: answer short trait questions, get a ranked, explained report.')
          .version(__CAREERFIT_VERSION__, '-v, --version')
          .addOption(new Option('--top <n>', 'roles shown in detail').argParser(positiveInt).default(3))
          .option('-s, --save <file>', 'save your answers to a file you can rerun with `careerfit assess --answers`'),
        REPORT_FORMATS,
        'text',
      ),
    ),
  ).addHelpText(
    'after',
    `
Without a command, careerfit asks short questions in the terminal and prints the report.
Prompts go to standard error, the report to standard output (or --output).
${examples('npx careerfit', 'npx careerfit --lang en --save me.yaml', 'npx careerfit > report.txt')}

${EXIT_CODE_HELP}`,
  );

export const declareAssess = () =>
  withFilters(
    withProfiles(
      withOutput(
        new Command('assess')
          .description('score every role from answers given as flags or a file')
          .option('-a, --answers <file>', 'answer file (YAML or JSON; - for standard input)')
          .option('-t, --trait <id=level>', 'a trait level from 1 to 5 (repeatable; wins over the file)', collect, [] as string[])
          .option('-c, --code <code>', 'rebuild a report from its result code')
          .option('--batch <file>', 'score many people, one a row: JSON Lines or CSV (- for standard input); JSON Lines out')
          .option('--strict', 'with --batch: stop at the first bad row (exit 2) instead of skipping it')
          .option('--top <n>', 'roles shown in detail', positiveInt, 3),
        [...REPORT_FORMATS, 'csv'] as const,
        'text',
      ),
    ),
  ).addHelpText(
    'after',
    examples(
      'careerfit questions > me.yaml && careerfit assess --answers me.yaml',
      'careerfit assess --answers me.yaml --format json',
      'cat me.yaml | careerfit assess --answers - --format markdown --output report.md',
      'careerfit assess --answers me.yaml --trait empathy=5 --lang en',
      'careerfit assess --code 1ABCDE-…  --format json',
      'careerfit assess --answers me.yaml --only aktivis-okp,pekerja-sosial --min-band partial',
      'careerfit assess --batch class.csv --format csv --output results.csv',
      'careerfit assess --batch class.csv --format html --output reports/',
    ),
  );

export const declareQuestions = () =>
  withOutput(new Command('questions').description('print an answer-file template with every question'), TEMPLATE_FORMATS, 'yaml').addHelpText(
    'after',
    examples('careerfit questions > me.yaml', 'careerfit questions --format json --lang en'),
  );

export const declareRoles = () =>
  viewCommand('roles').description('list the roles with a one-line summary').addHelpText('after', examples('careerfit roles', 'careerfit roles --format json'));

export const declareRole = () =>
  viewCommand('role')
    .description('show one role in full')
    .argument('<id>', 'role id, see `careerfit roles`')
    .addHelpText('after', examples('careerfit role aktivis-okp', 'careerfit role konsultan-pemberdayaan --lang en --format markdown'));

export const declareCompare = () =>
  viewCommand('compare')
    .description('put two roles side by side')
    .argument('<first>', 'role id')
    .argument('<second>', 'role id')
    .addHelpText('after', examples('careerfit compare aktivis-okp pekerja-sosial', 'careerfit compare pengelola-program-lsm manajer-proyek --format markdown'));

export const declareGroups = () =>
  viewCommand('groups').description('occupational and volunteer groups worth joining').addHelpText('after', examples('careerfit groups', 'careerfit groups --format json'));

export const declareValidate = () =>
  new Command('validate')
    .description('check role profiles and answer files, reporting every problem')
    .argument('[paths...]', 'files or folders (default: the built-in data and CAREERFIT_PROFILES)')
    .addOption(new Option('--debug').hideHelp())
    .addHelpText('after', `${examples('careerfit validate', 'careerfit validate my-roles/ me.yaml')}\n\nExit code 0 when everything is valid, 2 otherwise.`);

export const declareInitRole = () =>
  new Command('init-role')
    .description('write a commented role profile to start from')
    .argument('<id>', 'the new role id, e.g. my-role')
    .option('-d, --dir <dir>', 'folder to write <id>.yaml into', '.')
    .option('--force', 'replace an existing file', false)
    .addOption(new Option('--debug').hideHelp())
    .addHelpText('after', examples('mkdir my-roles && careerfit init-role fasilitator-desa --dir my-roles', 'careerfit assess --profiles my-roles --answers me.yaml'));

// ---------------------------------------------------------------------------------------------
// What the command modules take: the flags as commander parses them, with the language settled
// (from --lang, else CAREERFIT_LANG or the locale), --debug left to run.ts, and the repeatable
// flags optional (the command line gives [] when there are none; a caller may leave them out).

/** The flags a declaration gives. */
type Flags<D extends () => { opts(): OptionValues }> = ReturnType<ReturnType<D>['opts']>;

type ListKeys<F> = { [K in keyof F]: F[K] extends readonly unknown[] ? K : never }[keyof F];

type Settled<F> = Omit<F, 'lang' | 'debug' | ListKeys<F>> & Partial<Pick<F, ListKeys<F>>> & { readonly lang: Lang };

/** role, roles, compare and groups. */
export type ViewOptions = Settled<Flags<typeof declareRoles>>;

export type QuestionsOptions = Settled<Flags<typeof declareQuestions>>;

export type QuizOptions = Settled<Flags<typeof declareQuiz>>;

/** What the report pipeline takes: the quiz's options but --save. */
export type ReportOptions = Omit<QuizOptions, 'save'>;

export type AssessOptions = Omit<Settled<Flags<typeof declareAssess>>, 'trait'> & {
  /** The --trait flags, `id=level` each. */
  readonly traits: readonly string[];
  /** Whether --format was given (with --batch, JSON Lines is the default, not text). */
  readonly formatGiven: boolean;
};

export type InitRoleOptions = Omit<Flags<typeof declareInitRole>, 'debug'>;
