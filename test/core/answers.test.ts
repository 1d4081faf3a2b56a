import { describe, expect, it } from 'vitest';
import { aggregate, isComplete, keyed, mergeTraits, missingTraits } from '../../src/core/answers.js';
import { TRAIT_IDS, type TraitId } from '../../src/core/traits.js';
import type { Question } from '../../src/core/types.js';

const q = (id: string, trait: TraitId, reverse = false): Question => ({ id, trait, reverse, text: { id: id, en: id } });

const full = (value = 3): Record<TraitId, number> => Object.fromEntries(TRAIT_IDS.map((id) => [id, value])) as Record<TraitId, number>;

describe('keyed', () => {
  it('keeps a normal item as answered and mirrors a reverse-keyed one as 6 − answer', () => {
    expect([1, 2, 3, 4, 5].map((a) => keyed(q('x', 'empathy'), a))).toEqual([1, 2, 3, 4, 5]);
    expect([1, 2, 3, 4, 5].map((a) => keyed(q('x', 'empathy', true), a))).toEqual([5, 4, 3, 2, 1]);
  });
});

describe('aggregate', () => {
  const bank = [
    q('empathy-1', 'empathy'),
    q('empathy-2', 'empathy', true),
    q('planning-1', 'planning'),
    q('teamwork-1', 'teamwork', true),
    q('lead-1', 'leadership'),
    q('lead-2', 'leadership'),
    q('lead-3', 'leadership'),
  ];

  it('flips a reverse-keyed item before use: teamwork-1 = 2 → 4', () => {
    expect(aggregate(bank, { 'teamwork-1': 2 })).toEqual({ teamwork: 4 });
  });

  it('averages two items of one trait after keying: 5 and reverse 2 (→ 4) give 4.5', () => {
    expect(aggregate(bank, { 'empathy-1': 5, 'empathy-2': 2 })).toEqual({ empathy: 4.5 });
  });

  it('averages a normal 4 and a reverse 4 (→ 2) to 3', () => {
    expect(aggregate(bank, { 'empathy-1': 4, 'empathy-2': 4 })).toEqual({ empathy: 3 });
  });

  it('rounds averages to two decimals: 13/3 → 4.33 and 14/3 → 4.67', () => {
    expect(aggregate(bank, { 'lead-1': 5, 'lead-2': 4, 'lead-3': 4 })).toEqual({ leadership: 4.33 });
    expect(aggregate(bank, { 'lead-1': 5, 'lead-2': 5, 'lead-3': 4 })).toEqual({ leadership: 4.67 });
  });

  it('skips unanswered questions instead of counting them: one of two empathy items answered', () => {
    expect(aggregate(bank, { 'empathy-2': 1, 'planning-1': 2 })).toEqual({ empathy: 5, planning: 2 });
  });

  it('leaves a trait out entirely when none of its questions is answered', () => {
    const result = aggregate(bank, { 'planning-1': 4 });
    expect(Object.keys(result)).toEqual(['planning']);
    expect('empathy' in result).toBe(false);
  });

  it('ignores answers to ids that are not in the bank', () => {
    expect(aggregate(bank, { 'nope-1': 1, 'planning-1': 3 })).toEqual({ planning: 3 });
  });

  it('returns an empty map for no answers', () => {
    expect(aggregate(bank, {})).toEqual({});
  });
});

describe('missingTraits / isComplete', () => {
  it('lists the missing traits in vocabulary order', () => {
    const { empathy: _e, profit_focus: _p, planning: _pl, ...rest } = full();
    expect(missingTraits(rest)).toEqual(['empathy', 'planning', 'profit_focus']);
    expect(isComplete(rest)).toBe(false);
  });

  it('is complete only with all 17 traits', () => {
    expect(TRAIT_IDS).toHaveLength(17);
    expect(missingTraits(full())).toEqual([]);
    expect(isComplete(full())).toBe(true);
    expect(missingTraits({})).toEqual([...TRAIT_IDS]);
  });
});

describe('mergeTraits', () => {
  it('lets later layers win: question answers < trait levels < flags', () => {
    const fromQuestions = { empathy: 2.5, planning: 4, teamwork: 1 };
    const fromFile = { empathy: 4, teamwork: 2 };
    const fromFlags = { empathy: 5 };
    expect(mergeTraits(mergeTraits(fromQuestions, fromFile), fromFlags)).toEqual({ empathy: 5, planning: 4, teamwork: 2 });
  });

  it('does not let an undefined value in a later layer erase an earlier one', () => {
    expect(mergeTraits({ empathy: 3 }, { empathy: undefined })).toEqual({ empathy: 3 });
  });

  it('drops keys that are not traits', () => {
    const layer = { empathy: 3, bogus: 4 } as unknown as Record<TraitId, number>;
    expect(mergeTraits(layer, {})).toEqual({ empathy: 3 });
    expect(mergeTraits({}, layer)).toEqual({ empathy: 3 });
  });

  it('returns an empty map for empty layers and does not mutate its inputs', () => {
    expect(mergeTraits({}, {})).toEqual({});
    const first = { empathy: 1 };
    mergeTraits(first, { empathy: 5 });
    expect(first).toEqual({ empathy: 1 });
  });
});
