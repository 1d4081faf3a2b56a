import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '../../src/core/answers.js';
import { CareerfitError } from '../../src/core/errors.js';
import { decodeCode, encodeCode } from '../../src/core/result-code.js';
import { TRAIT_IDS } from '../../src/core/traits.js';
import { builtinCatalog } from '../fake-context.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const { questions } = await builtinCatalog();

/** Any answer set: each question and each trait either unanswered or 1–5. */
const answerSet = fc
  .record({
    answers: fc.tuple(...questions.map(() => fc.integer({ min: 0, max: 5 }))),
    traits: fc.tuple(...TRAIT_IDS.map(() => fc.integer({ min: 0, max: 5 }))),
  })
  .map(
    ({ answers, traits }): AnswerSet => ({
      answers: Object.fromEntries(questions.flatMap((q, i) => (answers[i] ? [[q.id, answers[i]]] : []))),
      traits: Object.fromEntries(TRAIT_IDS.flatMap((t, i) => (traits[i] ? [[t, traits[i]]] : []))),
    }),
  );

const failure = (code: string): string => {
  try {
    decodeCode(questions, code);
  } catch (error) {
    if (error instanceof CareerfitError && error.exitCode === 2) return error.message;
    throw error;
  }
  return '';
};

describe('result code', () => {
  it('round-trips any answers', () => {
    fc.assert(
      fc.property(answerSet, (set) => {
        expect(decodeCode(questions, encodeCode(questions, set))).toEqual(set);
      }),
      { numRuns: 500 },
    );
  });

  it('looks like 1XXXXX-XXXXX… and reads back lowercase and without hyphens', () => {
    const code = encodeCode(questions, { answers: { 'empathy-1': 5 }, traits: { planning: 2 } });
    expect(code).toMatch(/^1[0-9A-Z]{5}(-[0-9A-Z]{6}){3}$/);
    expect(decodeCode(questions, code.toLowerCase().replaceAll('-', ''))).toEqual({ answers: { 'empathy-1': 5 }, traits: { planning: 2 } });
  });

  it('rejects every single-character change, or decodes it to different answers', () => {
    fc.assert(
      fc.property(answerSet, (set) => {
        const code = encodeCode(questions, set).replaceAll('-', '');
        for (let i = 0; i < code.length; i++) {
          for (const ch of ALPHABET) {
            if (ch === code[i]) continue;
            const changed = code.slice(0, i) + ch + code.slice(i + 1);
            if (failure(changed)) continue;
            expect(decodeCode(questions, changed)).not.toEqual(set);
          }
        }
      }),
      { numRuns: 20 },
    );
  });

  it('names what is wrong with a bad code', () => {
    const code = encodeCode(questions, { answers: {}, traits: { empathy: 3 } }).replaceAll('-', '');
    expect(failure(code.slice(1))).toBe('result code: 23 characters, expected 24');
    expect(failure(`${code}0`)).toBe('result code: 25 characters, expected 24');
    expect(failure(`U${code.slice(1)}`)).toBe('result code: "U" is not a code character');
    expect(failure(`2${code.slice(1)}`)).toBe('result code: version 2 is unknown; this careerfit reads version 1');
    const last = code.at(-1) === '0' ? '1' : '0';
    expect(failure(code.slice(0, -1) + last)).toBe('result code: the check character does not match; a character is probably mistyped');
  });
});
