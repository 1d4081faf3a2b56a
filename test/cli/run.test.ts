import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/run.js';
import { CareerfitError } from '../../src/core/errors.js';
import { fakeContext } from '../fake-context.js';

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
