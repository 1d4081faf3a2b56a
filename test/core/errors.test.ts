import { describe, expect, it } from 'vitest';
import { CareerfitError, usageError } from '../../src/core/errors.js';

describe('CareerfitError', () => {
  it('keeps the kind, message, name and cause', () => {
    const cause = new Error('inner');
    const error = new CareerfitError('runtime', 'outer', { cause });
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.message, error.kind, error.cause]).toEqual(['CareerfitError', 'outer', 'runtime', cause]);
  });

  it('usageError builds a usage error', () => {
    const error = usageError('bad flag');
    expect(error).toBeInstanceOf(CareerfitError);
    expect([error.kind, error.message]).toEqual(['usage', 'bad flag']);
  });
});
