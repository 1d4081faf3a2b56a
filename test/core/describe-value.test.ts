import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/core/describe-value.js';

describe('describeValue', () => {
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [[1], 'a list'],
    [{ a: 1 }, 'a map'],
    ['hi', '"hi"'],
    [3.5, '3.5'],
    [false, 'false'],
  ])('%j → %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  it('cuts long strings to 40 characters with an ellipsis', () => {
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue('y'.repeat(40))).toBe(`"${'y'.repeat(40)}"`);
  });
});
