import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/run.js';
import { CareerfitError } from '../../src/core/errors.js';
import { fakeContext, runInProcess } from '../fake-context.js';

const STACK = /\n\s+at /;

describe('exitCodeFor: the one place errors become exit codes', () => {
  it.each([
    ['usage', 2],
    ['runtime', 1],
    ['interrupted', 130],
    ['terminated', 143],
  ] as const)('maps a %s error to %i with its message on one line', (kind, code) => {
    const { ctx, stderr, stdout } = fakeContext();
    expect(exitCodeFor(new CareerfitError(kind, 'something went wrong'), ctx, false)).toBe(code);
    expect(stderr.text).toBe('careerfit: something went wrong\n');
    expect(stdout.text).toBe('');
  });

  it('reports a bug in one line asking for a report, with the stack only under --debug', () => {
    const bug = new TypeError('cannot read properties of undefined\nsecond line');
    const quiet = fakeContext();
    expect(exitCodeFor(bug, quiet.ctx, false)).toBe(1);
    expect(quiet.stderr.text).toBe('careerfit: unexpected error: cannot read properties of undefined (please report it; --debug shows details)\n');
    const debug = fakeContext();
    exitCodeFor(bug, debug.ctx, true);
    expect(debug.stderr.text).toMatch(STACK);
  });

  it('treats an Inquirer prompt closed by Ctrl-C as an interrupt, silently', () => {
    const { ctx, stderr } = fakeContext();
    expect(exitCodeFor(Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' }), ctx, false)).toBe(130);
    expect(stderr.text).toBe('');
  });

  it('strips terminal escapes from messages that quote file content', () => {
    const { ctx, stderr } = fakeContext();
    exitCodeFor(new CareerfitError('usage', 'unknown trait "emp\x1b]52;c;ZXZpbA==\x07athy\x1b[2J\u202e"'), ctx, false);
    expect(stderr.text).toBe('careerfit: unknown trait "empathy"\n');
  });
});

describe("commander's own errors in the run's language", () => {
  // run.ts rewords commander's English by its error code and the parts of its message: one case
  // per pattern, so a commander upgrade that changes its wording fails here rather than leaving
  // Indonesian users with English errors.
  it.each([
    ['commander.unknownOption, with a suggestion', ['assess', '--topp', '3'], "careerfit: opsi '--topp' tidak dikenal (maksudnya --top?)"],
    ['commander.unknownOption', ['assess', '--zzzzzz'], "careerfit: opsi '--zzzzzz' tidak dikenal"],
    ['commander.missingArgument', ['compare', 'aktivis-okp'], "careerfit: argumen 'second' wajib diisi"],
    ['commander.optionMissingArgument', ['assess', '--answers'], "careerfit: opsi '-a, --answers <file>' memerlukan nilai"],
    ['commander.invalidArgument, a choice', ['assess', '--format', 'pdf'], "careerfit: opsi '-f, --format <format>': 'pdf' bukan salah satu dari "],
    ['commander.invalidArgument, a value', ['assess', '--top', '0'], "careerfit: opsi '--top <n>': '0' tidak valid: harus bilangan bulat 1 atau lebih"],
  ])('%s', async (_code, args, first) => {
    const result = await runInProcess(args, { env: { CAREERFIT_LANG: 'id' } });
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]!.startsWith(first), result.stderr).toBe(true);
  });
});
