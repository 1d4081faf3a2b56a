import { describe, expect, it } from 'vitest';
import { agreementBias, checkQuality, isReliable, QUALITY, type QualityInput } from '../../src/core/quality.js';
import { TRAIT_IDS, type TraitAnswers, type TraitId } from '../../src/core/traits.js';
import type { Question } from '../../src/core/types.js';

const q = (id: string, trait: TraitId, reverse = false): Question => ({ id, trait, reverse, text: { id, en: id } });
/** Ten one-item traits, so shares come in steps of 10 %. */
const TEN = TRAIT_IDS.slice(0, 10).map((t) => q(`${t}-1`, t));
const traits = (level = 3): TraitAnswers => Object.fromEntries(TRAIT_IDS.map((t) => [t, level])) as TraitAnswers;
const input = (overrides: Partial<QualityInput>): QualityInput => ({ questions: TEN, answers: {}, traits: traits(), ...overrides });
const codes = (i: QualityInput) => checkQuality(i).map((f) => f.code);

/** Answers to the ten items: `same` of them 4, the rest spread over 1, 2, 5. */
const answers = (same: number) => Object.fromEntries(TEN.map((item, i) => [item.id, i < same ? 4 : [1, 2, 5][i % 3]!]));

describe('straight-lining', () => {
  it(`flags ${QUALITY.sameAnswerShare * 100} % of answers the same, not one fewer`, () => {
    expect(QUALITY.sameAnswerShare).toBe(0.9);
    expect(codes(input({ answers: answers(9) }))).toEqual(['straight-lining']);
    expect(codes(input({ answers: answers(8) }))).toEqual([]);
    expect(codes(input({ answers: answers(10) }))).toEqual(['straight-lining']);
  });

  it('judges trait levels given directly only when every level is the same', () => {
    expect(codes(input({ traits: { ...traits(4), empathy: 1 } as TraitAnswers }))).toEqual([]); // 16 of 17
    expect(codes(input({ traits: traits(4) }))).toEqual(['straight-lining']);
  });
});

describe('inconsistent pairs', () => {
  // Balanced pairs for planning and teamwork, answered consistently, keep the agreement bias small.
  const pair = [
    q('empathy-1', 'empathy'),
    q('empathy-2', 'empathy', true),
    q('planning-1', 'planning'),
    q('planning-2', 'planning', true),
    q('teamwork-1', 'teamwork'),
    q('teamwork-2', 'teamwork', true),
  ];
  const calm = { 'planning-1': 2, 'planning-2': 4, 'teamwork-1': 1, 'teamwork-2': 5 };
  const base = { questions: pair };

  it(`flags a pair ${QUALITY.pairGap} points apart after flipping, not ${QUALITY.pairGap - 1}`, () => {
    // empathy-2 is reverse-keyed: answering 1 means 5. 5 vs 5 agree; 5 vs (6 − 4 = 2) is 3 apart.
    expect(checkQuality(input({ ...base, answers: { 'empathy-1': 5, 'empathy-2': 4, ...calm } }))).toEqual([
      { code: 'inconsistent-pair', traits: ['empathy'] },
    ]);
    expect(codes(input({ ...base, answers: { 'empathy-1': 5, 'empathy-2': 3, ...calm } }))).toEqual([]);
    expect(codes(input({ ...base, answers: { 'empathy-1': 5, 'empathy-2': 1, ...calm } }))).toEqual([]);
  });

  it('ignores a trait with one answered item', () => {
    expect(codes(input({ ...base, answers: { 'empathy-1': 5, ...calm } }))).toEqual([]);
  });
});

describe('agreement bias', () => {
  const pairs = TRAIT_IDS.slice(0, 4).flatMap((t) => [q(`${t}-1`, t), q(`${t}-2`, t, true)]);
  const answered = (plain: number, reverse: number) => Object.fromEntries(pairs.map((item) => [item.id, item.reverse ? reverse : plain]));

  it('is the mean raw answer over balanced pairs minus the middle: 0 for honest answers, +2 for agreeing with all', () => {
    expect(agreementBias(pairs, answered(4, 2))).toBe(0);
    expect(agreementBias(pairs, answered(5, 5))).toBe(2);
    expect(agreementBias(pairs, answered(1, 2))).toBe(-1.5);
    expect(agreementBias([q('empathy-1', 'empathy')], { 'empathy-1': 5 })).toBeUndefined();
  });

  it(`flags a bias of ${QUALITY.biasLimit} either way, not less`, () => {
    expect(codes(input({ questions: pairs, answers: answered(5, 3) }))).toContain('agreement-bias'); // +1
    expect(codes(input({ questions: pairs, answers: answered(4, 3) }))).not.toContain('agreement-bias'); // +0.5
    expect(codes(input({ questions: pairs, answers: answered(1, 3) }))).toContain('agreement-bias'); // −1
  });
});

describe('isReliable', () => {
  const pair = (t: TraitId) => ({ code: 'inconsistent-pair' as const, traits: [t] });
  it('refuses straight-lining and agreement bias outright', () => {
    expect(isReliable([{ code: 'straight-lining', traits: [] }])).toBe(false);
    expect(isReliable([{ code: 'agreement-bias', traits: [] }])).toBe(false);
  });
  it(`refuses ${QUALITY.pairLimit} contradictory pairs, not ${QUALITY.pairLimit - 1}`, () => {
    expect(isReliable([pair('empathy'), pair('planning')])).toBe(true);
    expect(isReliable([pair('empathy'), pair('planning'), pair('teamwork')])).toBe(false);
    expect(isReliable([])).toBe(true);
  });
});
