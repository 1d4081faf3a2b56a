import { describe, expect, it } from 'vitest';
import { wrap } from '../../../src/cli/output/wrap.js';

describe('wrap', () => {
  it('breaks greedily at the width', () => {
    expect(wrap('aaa bbb ccc ddd', 7)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(wrap('aaa bbb ccc', 8)).toEqual(['aaa bbb', 'ccc']);
  });

  it('counts the indent against the width and indents every line', () => {
    // 2 + "aaa bbb" = 9 fits; adding " ccc" would make 13
    expect(wrap('aaa bbb ccc', 9, '  ')).toEqual(['  aaa bbb', '  ccc']);
    expect(wrap('aaa bbb ccc', 8, '  ')).toEqual(['  aaa', '  bbb', '  ccc']);
  });

  it('splits a word longer than a line, after a hyphen where it can, so no line passes the width', () => {
    expect(wrap('a supercalifragilistic b', 5)).toEqual(['a', 'super', 'calif', 'ragil', 'istic', 'b']);
    expect(wrap('see pemberdayaan-masyarakat now', 16)).toEqual(['see', 'pemberdayaan-', 'masyarakat now']);
    expect(wrap('pemberdayaan-masyarakat', 15, '  ')).toEqual(['  pemberdayaan-', '  masyarakat']);
    expect(wrap('pemberdayaan-masyarakat', 14, '  ')).toEqual(['  pemberdayaan', '  -masyarakat']);
  });

  it('keeps paragraphs apart, including blank lines', () => {
    expect(wrap('one two\n\nthree', 20)).toEqual(['one two', '', 'three']);
  });

  it('collapses runs of spaces and tabs', () => {
    expect(wrap('  a \t  b   ', 10)).toEqual(['a b']);
  });

  it('gives one (indented) empty line for empty text', () => {
    expect(wrap('', 10)).toEqual(['']);
    expect(wrap('', 10, '> ')).toEqual(['> ']);
  });
});
