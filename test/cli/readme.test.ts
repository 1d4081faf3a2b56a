/**
 * The README's option and exit-code tables, checked against what careerfit itself says: the
 * options in `careerfit assess --help` (and the quiz's in `careerfit --help`), and the exit codes
 * in the CLI's table and in `--help`. A new option or exit code fails here until the README says it.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EXIT_CODE_MEANINGS } from '../../src/cli/words/help-text.js';
import { runInProcess } from '../fake-context.js';

interface OptionDoc {
  readonly flags: readonly string[];
  readonly values?: readonly string[];
  readonly fallback?: string;
}

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');

/** The rows of the Markdown table whose header row starts with `| <first> |`. */
const table = (first: string): string[][] => {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${first} |`));
  expect(start, `README table "${first}"`).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
  }
  return rows;
};

const FLAG = /(?<![\w-])(--?[a-z][\w-]*)/g;

/** The README's options: `-f, --format text\|json` gives the flags and, for a list of values, the values. */
const readmeOptions = (): OptionDoc[] =>
  table('option (assess)').flatMap(([first = '', meaning = '']) =>
    [...first.matchAll(/`([^`]+)`/g)].map(([, code = '']) => {
      const [flagPart = '', placeholder = ''] = code.split(/ (?=[^-])/);
      const values = placeholder.includes('\\|') ? placeholder.split('\\|') : undefined;
      const fallback = /\(default (\w+)/.exec(meaning)?.[1];
      return { flags: [...flagPart.matchAll(FLAG)].map((m) => m[1]!), ...(values ? { values } : {}), ...(fallback ? { fallback } : {}) };
    }),
  );

/** The options `--help` lists, with their choices and defaults (help and version left out). */
const helpOptions = (help: string): OptionDoc[] => {
  const block = help.slice(help.indexOf('Options:\n') + 'Options:\n'.length).split('\n\n')[0]!;
  const entries: string[] = [];
  for (const line of block.split('\n')) {
    if (/^ {2}-/.test(line)) entries.push(line.trim());
    else entries[entries.length - 1] += ` ${line.trim()}`;
  }
  return entries
    .map((entry) => {
      const [flagPart = ''] = entry.split(/ {2,}/);
      const choices = /choices: ((?:"[^"]+"(?:, )?)+)/.exec(entry)?.[1];
      const fallback = /default: "?([^",)]+)"?\)/.exec(entry)?.[1];
      return {
        flags: [...flagPart.replace(/<[^>]*>/g, '').matchAll(FLAG)].map((m) => m[1]!),
        ...(choices ? { values: choices.replace(/, $/, '').split(', ').map((c) => c.slice(1, -1)) } : {}),
        ...(fallback && fallback !== '[]' ? { fallback } : {}),
      };
    })
    .filter((o) => !o.flags.includes('--help') && !o.flags.includes('--version'));
};

const help = async (args: string[]) => {
  const { status, stdout } = await runInProcess([...args, '--help']);
  expect(status).toBe(0);
  return stdout;
};

const byFlag = (options: readonly OptionDoc[]) => Object.fromEntries(options.map((o) => [o.flags.at(-1)!, o]));

describe('README', () => {
  it('lists every option of `careerfit assess --help`, with the same short flags, values and defaults', async () => {
    const documented = byFlag(readmeOptions());
    const actual = byFlag(helpOptions(await help(['assess'])));
    expect(Object.keys(documented).sort()).toEqual(Object.keys(actual).sort());
    for (const [flag, option] of Object.entries(actual)) {
      expect(documented[flag]!.flags, flag).toEqual(option.flags);
      if (documented[flag]!.values) expect(documented[flag]!.values, flag).toEqual(option.values);
      if (documented[flag]!.fallback) expect(documented[flag]!.fallback, flag).toBe(option.fallback);
    }
  });

  it('says which options the quiz takes: the report options of assess, plus --save and --fresh', async () => {
    const assess = byFlag(helpOptions(await help(['assess'])));
    const quiz = byFlag(helpOptions(await help([])));
    expect(readme).toContain('The quiz (`careerfit` with no command) takes the same report options plus `-s, --save FILE` and `--fresh`.');
    for (const flag of Object.keys(quiz)) expect(flag === '--save' || flag === '--fresh' || flag in assess, flag).toBe(true);
    expect(quiz['--save']!.flags).toEqual(['-s', '--save']);
  });

  it('lists every exit code, as --help and the CLI say them', async () => {
    const documented = table('code').map(([code = '', meaning = '']) => [Number(code), meaning] as const);
    const lead = (meaning: string) => meaning.split(/:| \(/)[0];
    expect(documented.map(([code, meaning]) => [code, lead(meaning)])).toEqual(EXIT_CODE_MEANINGS.map(([code, meaning]) => [code, lead(meaning)]));
    const section = (await help([])).split('Exit codes:\n')[1]!;
    expect(section.trimEnd().split('\n').map((line) => Number(line.trim().split(/\s+/)[0]))).toEqual(documented.map(([code]) => code));
  });
});
