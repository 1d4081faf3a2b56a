import { describe, expect, it } from 'vitest';
import { CareerfitError, EXIT_CODES, usageError } from '../../src/core/errors.js';

describe('CareerfitError', () => {
  it('maps each kind to its exit code', () => {
    expect(EXIT_CODES).toEqual({ usage: 2, runtime: 1, interrupted: 130, terminated: 143 });
    expect(new CareerfitError('runtime', 'disk full').exitCode).toBe(1);
    expect(new CareerfitError('interrupted', 'ctrl-c').exitCode).toBe(130);
    expect(new CareerfitError('terminated', 'term').exitCode).toBe(143);
  });

  it('keeps the message, name and cause', () => {
    const cause = new Error('inner');
    const error = new CareerfitError('runtime', 'outer', { cause });
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.message, error.kind, error.cause]).toEqual(['CareerfitError', 'outer', 'runtime', cause]);
  });

  it('usageError builds a usage error with exit code 2', () => {
    const error = usageError('bad flag');
    expect(error).toBeInstanceOf(CareerfitError);
    expect([error.kind, error.exitCode, error.message]).toEqual(['usage', 2, 'bad flag']);
  });
});
