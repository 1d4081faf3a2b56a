import { describe, expect, it } from 'vitest';
import { CareerfitError } from '../../../src/core/errors.js';
import { parseTraitFlags } from '../../../src/cli/input/trait-flags.js';
import { failure } from '../../helpers.js';

const refusal = (flags: string[]): CareerfitError => failure(() => parseTraitFlags(flags));

describe('parseTraitFlags', () => {
  it('turns trait=level flags into trait levels', () => {
    expect(parseTraitFlags(['empathy=4', 'planning=1', 'profit_focus=5'])).toEqual({ empathy: 4, planning: 1, profit_focus: 5 });
  });

  it('lets a later flag for the same trait win', () => {
    expect(parseTraitFlags(['empathy=2', 'empathy=5'])).toEqual({ empathy: 5 });
  });

  it('gives an empty map for no flags', () => {
    expect(parseTraitFlags([])).toEqual({});
  });

  it('names an unknown trait with a hint', () => {
    const error = refusal(['empaty=4']);
    expect(error.message).toBe('--trait empaty=4: unknown trait "empaty" (did you mean "empathy"?)');
    expect(error.kind).toBe('usage');
  });

  it('names an unknown trait without a hint when nothing is close', () => {
    expect(refusal(['charisma=4']).message).toBe('--trait charisma=4: unknown trait "charisma"');
  });

  it.each(['empathy=9', 'empathy=0', 'empathy=abc', 'empathy=', 'empathy=3.5', 'empathy=-1', 'empathy= 4'])(
    'refuses the level in %s',
    (flag) => {
      expect(refusal([flag]).message).toBe(`--trait ${flag}: expected a whole number from 1 to 5`);
    },
  );

  it.each(['empathy', 'empathy:4', '=4'])('refuses %s without a trait=level form', (flag) => {
    expect(refusal([flag]).message).toBe(`--trait ${flag}: expected <trait>=<1-5>, e.g. --trait empathy=4`);
  });

  it('stops at the first bad flag', () => {
    expect(refusal(['empathy=4', 'planning=7', 'nope=1']).message).toBe('--trait planning=7: expected a whole number from 1 to 5');
  });
});
