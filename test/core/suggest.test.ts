import { describe, expect, it } from 'vitest';
import { OPERATOR_NAMES } from '../../src/core/operators.js';
import { closest, distance, unknownMessage } from '../../src/core/suggest.js';
import { TRAIT_IDS } from '../../src/core/traits.js';

describe('distance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['empaty', 'empathy', 1],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['abc', 'abc', 0],
    ['flaw', 'lawn', 2],
    ['lte', 'lt', 1],
  ])('distance(%j, %j) = %d', (a, b, d) => {
    expect(distance(a, b)).toBe(d);
    expect(distance(b, a)).toBe(d);
  });
});

describe('closest', () => {
  it('finds a one-letter typo', () => {
    expect(closest('empaty', TRAIT_IDS)).toBe('empathy');
    expect(closest('planing', TRAIT_IDS)).toBe('planning');
  });

  it('compares case-insensitively', () => {
    expect(closest('EMPATHY', TRAIT_IDS)).toBe('empathy');
  });

  it('accepts a prefix of three letters or more', () => {
    expect(closest('ana', TRAIT_IDS)).toBe('analytical');
    expect(closest('helping', TRAIT_IDS)).toBe('helping_motivation');
  });

  it('does not treat a two-letter prefix as a match', () => {
    expect(closest('em', TRAIT_IDS)).toBeUndefined();
  });

  it('gives nothing when no candidate is near enough', () => {
    expect(closest('xyz', TRAIT_IDS)).toBeUndefined();
    expect(closest('banana', TRAIT_IDS)).toBeUndefined();
    expect(closest('empathy', [])).toBeUndefined();
  });

  it('allows more edits for longer words: max(2, floor(length / 3)), but never the whole word', () => {
    // "comunicatoin" (12 letters) is 3 edits from "communication": allowed (limit 4)
    expect(distance('comunicatoin', 'communication')).toBe(3);
    expect(closest('comunicatoin', TRAIT_IDS)).toBe('communication');
    // "zz" is 2 edits from every two-letter operator: that is the whole word, so no hint
    expect(distance('zz', 'gt')).toBe(2);
    expect(closest('zz', OPERATOR_NAMES)).toBeUndefined();
    expect(closest('5', OPERATOR_NAMES)).toBeUndefined();
    // "ltx" is 1 edit from lte and 2 from gte: the nearer one wins; on a tie the first candidate does
    expect(closest('ltx', OPERATOR_NAMES)).toBe('lt');
    expect(closest('nx', ['ne', 'nin'])).toBe('ne');
    // "xyzq" is 3 or more edits from every operator: too far (limit 2)
    expect(closest('xyzq', OPERATOR_NAMES)).toBeUndefined();
  });
});

describe('unknownMessage', () => {
  it('adds a did-you-mean hint when one is close', () => {
    expect(unknownMessage('trait', 'empaty', TRAIT_IDS)).toBe('unknown trait "empaty" (did you mean "empathy"?)');
  });

  it('has no hint when nothing is close', () => {
    expect(unknownMessage('operator', 'lessthan', OPERATOR_NAMES)).toBe('unknown operator "lessthan"');
  });
});
