import { describe, expect, it } from 'vitest';
import { checkQuality, QUALITY, type QualityInput } from '../../src/core/quality.js';
import { TRAIT_IDS, type TraitAnswers, type TraitId } from '../../src/core/traits.js';
import type { Question } from '../../src/core/types.js';

const q = (id: string, trait: TraitId, reverse = false): Question => ({ id, trait, reverse, text: { id, en: id } });
/** Ten one-item traits, so shares come in steps of 10 %. */
const TEN = TRAIT_IDS.slice(0, 10).map((t) => q(`${t}-1`, t));
const traits = (level = 3): TraitAnswers => Object.fromEntries(TRAIT_IDS.map((t) => [t, level])) as TraitAnswers;
const spread = [90, 70, 50];

const input = (overrides: Partial<QualityInput>): QualityInput => ({ questions: TEN, answers: {}, traits: traits(), scores: spread, ...overrides });
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

  it('judges trait levels when no question was answered', () => {
    const varied = { ...traits(4), empathy: 1, planning: 2 } as TraitAnswers; // 15 of 17 = 88 %
    expect(codes(input({ traits: varied }))).toEqual([]);
    expect(codes(input({ traits: { ...traits(4), empathy: 1 } as TraitAnswers }))).toEqual(['straight-lining']); // 16 of 17
  });
});

describe('inconsistent pairs', () => {
  const pair = [q('empathy-1', 'empathy'), q('empathy-2', 'empathy', true), q('planning-1', 'planning')];
  const base = { questions: pair, scores: spread };

  it(`flags a pair ${QUALITY.pairGap} points apart after flipping, not ${QUALITY.pairGap - 1}`, () => {
    // empathy-2 is reverse-keyed: answering 1 means 5. 5 vs 5 agree; 5 vs (6 − 4 = 2) is 3 apart.
    expect(checkQuality(input({ ...base, answers: { 'empathy-1': 5, 'empathy-2': 4, 'planning-1': 3 } }))).toEqual([
      { code: 'inconsistent-pair', traits: ['empathy'] },
    ]);
    expect(codes(input({ ...base, answers: { 'empathy-1': 5, 'empathy-2': 3, 'planning-1': 1 } }))).toEqual([]);
    expect(codes(input({ ...base, answers: { 'empathy-1': 5, 'empathy-2': 1, 'planning-1': 2 } }))).toEqual([]);
  });

  it('ignores a trait with one answered item', () => {
    expect(codes(input({ ...base, answers: { 'empathy-1': 5, 'planning-1': 1 } }))).toEqual([]);
  });
});

describe('flat ranking', () => {
  it(`flags every score less than ${QUALITY.rankingGap} points from the next, not a gap of ${QUALITY.rankingGap}`, () => {
    expect(codes(input({ answers: answers(5), scores: [70, 68, 66, 64] }))).toEqual(['flat-ranking']);
    expect(codes(input({ answers: answers(5), scores: [70, 68, 65, 64] }))).toEqual([]);
    expect(codes(input({ answers: answers(5), scores: [70] }))).toEqual([]);
  });
});
