/**
 * The command line, declared once: every command's name, arguments, options and help. The types
 * the command modules take are derived from these declarations (through commander's inferred
 * option types), so an option is never written down twice; program.ts adds the actions, and
 * test/cli/readme.test.ts checks the README's tables against the --help these produce. The text
 * after each help is a function: it is worded only when help is shown, not on every run.
 */
import { Command, InvalidArgumentError, Option, type OptionValues } from '@commander-js/extra-typings';
import { BAND_IDS } from '../core/bands.js';
import { LANGS, type Lang } from '../core/text.js';
import { errorText } from './words/error-messages.js';
import { WIDTH } from './output/display.js';
import { examples, exitCodeHelp, helpWords, quizHelp, type HelpWords } from './words/help-text.js';
import { FORM_FORMATS, FORMATS, REPORT_FORMATS, TEMPLATE_FORMATS } from './render/formats.js';

declare const __CAREERFIT_VERSION__: string;

// Each parser gives its reason in the run's language (known before parsing); run.ts words the
// rest of commander's message around it.
const positiveInt =
  (lang: Lang) =>
  (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(errorText(lang, 'wholeNumber'));
    return Number(value);
  };

const widthArg =
  (lang: Lang) =>
  (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < WIDTH.min || Number(value) > WIDTH.max)
      throw new InvalidArgumentError(errorText(lang, 'widthRange', WIDTH.min, WIDTH.max));
    return Number(value);
  };

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const idList = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((id) => id.trim()).filter(Boolean)];

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

/** For commands that write text for people: its width, and plain mode (for screen readers and dumb terminals). */
const withDisplay = <A extends unknown[], O extends OptionValues, G extends OptionValues>(command: Command<A, O, G>, lang: Lang) =>
  command
    .option('--width <n>', "text width in columns, 40 to 100 (default: the terminal's, else 80)", widthArg(lang))
    .option('--plain', 'plain output for screen readers: questions line by line, ASCII only, numbers for bars (on when TERM=dumb)');

/** For commands that read roles: extra role folders, after those in CAREERFIT_PROFILES. */
const withProfiles = <A extends unknown[], O extends OptionValues, G extends OptionValues>(command: Command<A, O, G>) =>
  command.option('-p, --profiles <dir>', 'also load role files from this folder (repeatable; CAREERFIT_PROFILES works too)', collect, [] as string[]);

/** Which roles a report lists: for assess and the quiz. */
const withFilters = <A extends unknown[], O extends OptionValues, G extends OptionValues>(command: Command<A, O, G>) =>
  command
    .option('--only <ids>', 'rank only these roles, by id or alias (comma-separated, repeatable)', idList, [] as string[])
    .option('--exclude <ids>', 'leave these roles out, by id or alias (comma-separated, repeatable)', idList, [] as string[])
    .addOption(new Option('--min-band <band>', 'list only roles at or above this band').choices(BAND_IDS));

/** A command that shows part of the catalog: role, roles, compare, groups. */
const viewCommand = (name: string, lang: Lang) => withDisplay(withProfiles(withOutput(new Command(name), FORMATS, 'text')), lang);

/** `careerfit` without a command: the quiz, then the report. */
export const declareQuiz = (h: HelpWords = helpWords()) =>
  withDisplay(
    withFilters(
      withProfiles(
        withOutput(
          new Command('careerfit')
            .description('Career fit for community and social-sector roles: answer short trait questions, get a ranked, explained report.')
            .version(__CAREERFIT_VERSION__, '-v, --version')
            // Commander adds `help [command]` by itself only to a program without an action of its own.
            .helpCommand('help [command]', 'display help for command')
            .addOption(new Option('--top <n>', 'roles shown in detail').argParser(positiveInt(h.lang)).default(3))
            .option('-s, --save <file>', 'save your answers to a file that `assess --answers` reads back')
            .option('--fresh', 'start over, forgetting the answers of an unfinished quiz')
            .option('--no-pager', 'never show the full report in a pager'),
          REPORT_FORMATS,
          'text',
        ),
      ),
    ),
    h.lang,
  ).addHelpText('after', () =>
    `
${quizHelp(h)}
${examples(h, (p) => [p, `${p} --lang en --save me.yaml`, `${p} > report.txt`, `${p} --plain`])}

${exitCodeHelp(h)}`,
  );

export const declareAssess = (h: HelpWords = helpWords()) =>
  withDisplay(withFilters(
    withProfiles(
      withOutput(
        new Command('assess')
          .description('score every role from answers given as flags or a file')
          .option('-a, --answers <file>', 'answer file (YAML or JSON; - for standard input)')
          .option('-t, --trait <id=level>', 'a trait level from 1 to 5 (repeatable; wins over the file or the code)', collect, [] as string[])
          .option('-c, --code <code>', 'rebuild a report from its result code')
          .option('--batch <file>', 'score many people, one a row: JSON Lines or CSV (- for standard input); JSON Lines out')
          .option('--strict', 'with --batch: stop at the first bad row (exit 2) instead of skipping it')
          .option('--id-column <name>', "with --batch CSV: the column holding each person's id (default: id, name, nama or email, else the row number)")
          .option('--titles', 'with --batch --format csv: role titles instead of ids in the header')
          .option('--top <n>', 'roles shown in detail', positiveInt(h.lang), 3)
          .option('--no-pager', 'never show the full report in a pager'),
        [...REPORT_FORMATS, 'csv'] as const,
        'text',
      ),
    ),
  ), h.lang).addHelpText('after', () =>
    examples(h, (p) => [
      `${p} questions > me.yaml && ${p} assess --answers me.yaml`,
      `${p} assess --answers me.yaml --format json`,
      `cat me.yaml | ${p} assess --answers - --format markdown --output report.md`,
      `${p} assess --answers me.yaml --trait empathy=5 --lang en`,
      `${p} assess --code 1ABCDE-… --trait advocacy=5 --format json`,
      `${p} assess --answers me.yaml --only activist,social-worker --min-band partial`,
      `${p} assess --batch class.csv --format csv --output results.csv`,
      `${p} assess --batch class.csv --format html --output reports/`,
    ]),
  );

export const declareQuestions = (h: HelpWords = helpWords()) =>
  withOutput(new Command('questions').description('print an answer-file template with every question'), TEMPLATE_FORMATS, 'yaml').addHelpText('after', () =>
    examples(h, (p) => [`${p} questions > me.yaml`, `${p} questions --format json --lang en`]),
  );

export const declareForm = (h: HelpWords = helpWords()) =>
  withDisplay(withOutput(new Command('form').description("the statements for a class's form, in quiz order with their ids; a paper form; a CSV template"), FORM_FORMATS, 'text'), h.lang).addHelpText(
    'after',
    () =>
      examples(h, (p) => [
        `${p} form --lang id`,
        `${p} form --format csv --output statements.csv`,
        `${p} form --format html --output paper-form.html`,
        `${p} form --format template --output class.csv`,
        `${p} assess --batch responses.csv --format html --output reports/`,
      ]),
  );

export const declareRoles = (h: HelpWords = helpWords()) =>
  viewCommand('roles', h.lang)
    .description('list the roles with a one-line summary')
    .addHelpText('after', () => examples(h, (p) => [`${p} roles`, `${p} roles --format json`]));

export const declareRole = (h: HelpWords = helpWords()) =>
  viewCommand('role', h.lang)
    .description('show one role in full (without an id: the list of roles)')
    .argument('[id]', 'role id or alias, e.g. activist (see the roles command)')
    .addHelpText('after', () => examples(h, (p) => [`${p} role aktivis-okp`, `${p} role consultant --lang en --format markdown`, `${p} role`]));

export const declareCompare = (h: HelpWords = helpWords()) =>
  viewCommand('compare', h.lang)
    .description('put two roles side by side')
    .argument('<first>', 'role id or alias')
    .argument('<second>', 'role id or alias')
    .addHelpText('after', () => examples(h, (p) => [`${p} compare aktivis-okp pekerja-sosial`, `${p} compare ngo-manager project-manager --format markdown`]));

export const declareGroups = (h: HelpWords = helpWords()) =>
  viewCommand('groups', h.lang)
    .description('occupational and volunteer groups worth joining')
    .addHelpText('after', () => examples(h, (p) => [`${p} groups`, `${p} groups --format json`]));

export const declareValidate = (h: HelpWords = helpWords()) =>
  new Command('validate')
    .description('check role profiles and answer files, reporting every problem')
    .argument('[paths...]', 'files or folders (default: the built-in data and CAREERFIT_PROFILES)')
    .addOption(new Option('--debug').hideHelp())
    .addHelpText('after', () => `${examples(h, (p) => [`${p} validate`, `${p} validate my-roles/ me.yaml`])}\n\n${h.sentences.validateExit}`);

export const declareInitRole = (h: HelpWords = helpWords()) =>
  new Command('init-role')
    .description('write a commented role profile to start from')
    .argument('<id>', 'the new role id, e.g. my-role')
    .option('-d, --dir <dir>', 'folder to write <id>.yaml into', '.')
    .option('--force', 'replace an existing file', false)
    .addOption(new Option('--debug').hideHelp())
    .addHelpText('after', () =>
      `${examples(h, (p) => [`mkdir -p my-roles && ${p} init-role fasilitator-desa --dir my-roles`, `${p} assess --profiles my-roles --answers me.yaml`])}\n\n${h.sentences.initRoleNote}`,
    );

// ---------------------------------------------------------------------------------------------
// What the command modules take: the flags as commander parses them, with the language settled
// (from --lang, else CAREERFIT_LANG or the locale), --debug left to run.ts, and the repeatable
// flags and --no-pager optional (the command line always gives them; a caller may leave them out).

/** The flags a declaration gives. */
type Flags<D extends () => { opts(): OptionValues }> = ReturnType<ReturnType<D>['opts']>;

type ListKeys<F> = { [K in keyof F]: F[K] extends readonly unknown[] ? K : never }[keyof F];

/** Flags with a value whatever the command line says (lists, and --no-pager's `pager`), which a caller may leave out. */
type Defaulted<F> = ListKeys<F> | Extract<keyof F, 'pager'>;

type Settled<F> = Omit<F, 'lang' | 'debug' | Defaulted<F>> & Partial<Pick<F, Defaulted<F>>> & { readonly lang: Lang };

/** role, roles, compare and groups. */
export type ViewOptions = Settled<Flags<typeof declareRoles>>;

export type QuestionsOptions = Settled<Flags<typeof declareQuestions>>;

export type FormOptions = Settled<Flags<typeof declareForm>>;

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
