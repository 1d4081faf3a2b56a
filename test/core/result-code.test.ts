import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '../../src/core/answers.js';
import { CareerfitError } from '../../src/core/errors.js';
import { allItems } from '../../src/core/items.js';
import { decodeCode, encodeCode } from '../../src/core/result-code.js';
import { TRAIT_IDS } from '../../src/core/traits.js';
import { builtinCatalog } from '../fake-context.js';
import { outcome } from '../helpers.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const catalog = await builtinCatalog();
/** The items a current code carries: the fixed quiz, the follow-ups, the retired items. */
const questions = allItems(catalog);

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

/** Why a code is refused (a usage error, exit 2), or '' when it decodes. */
const refusal = (code: string): string => {
  const result = outcome(() => decodeCode(catalog, code));
  if (!(result instanceof CareerfitError)) return '';
  expect(result.kind).toBe('usage');
  return result.message;
};

describe('result code', () => {
  it('round-trips any answers', () => {
    fc.assert(
      fc.property(answerSet, (set) => {
        expect(decodeCode(catalog, encodeCode(catalog, set))).toEqual(set);
      }),
      { numRuns: 500 },
    );
  });

  it('looks like 3XXXXX-XXXXX… and reads back lowercase and without hyphens', () => {
    const code = encodeCode(catalog, { answers: { 'empathy-1': 5 }, traits: { planning: 2 } });
    expect(code).toMatch(/^3[0-9A-Z]{5}(-[0-9A-Z]{6})+(-[0-9A-Z]{1,6})?$/);
    expect(decodeCode(catalog, code.toLowerCase().replaceAll('-', ''))).toEqual({ answers: { 'empathy-1': 5 }, traits: { planning: 2 } });
  });

  it('reads O as 0 and I or L as 1, as Crockford\'s alphabet intends', () => {
    const set = { answers: { 'empathy-1': 5 }, traits: { planning: 2 } };
    const code = encodeCode(catalog, set);
    const misread = code.replace(/0/g, 'o').replace(/1/g, (_, i: number) => (i % 2 ? 'I' : 'l'));
    expect(decodeCode(catalog, misread)).toEqual(set);
  });

  it('rejects every single-character change, or decodes it to different answers', () => {
    fc.assert(
      fc.property(answerSet, (set) => {
        const code = encodeCode(catalog, set).replaceAll('-', '');
        for (let i = 0; i < code.length; i++) {
          for (const ch of ALPHABET) {
            if (ch === code[i]) continue;
            const changed = code.slice(0, i) + ch + code.slice(i + 1);
            if (refusal(changed)) continue;
            expect(decodeCode(catalog, changed)).not.toEqual(set);
          }
        }
      }),
      { numRuns: 20 },
    );
  });

  it('names what is wrong with a bad code', () => {
    const code = encodeCode(catalog, { answers: {}, traits: { empathy: 3 } }).replaceAll('-', '');
    const n = code.length;
    expect(refusal(code.slice(0, -1))).toBe(`result code: ${n - 1} characters, expected ${n}`);
    expect(refusal(`${code}0`)).toBe(`result code: ${n + 1} characters, expected ${n}`);
    expect(refusal(`U${code.slice(1)}`)).toBe('result code: "U" is not a code character');
    expect(refusal(`4${code.slice(1)}`)).toBe('result code: version 4 is unknown; this careerfit reads versions up to 3');
    const last = code.at(-1) === '0' ? '1' : '0';
    expect(refusal(code.slice(0, -1) + last)).toBe('result code: the check character does not match; a character is probably mistyped');
  });
});

describe('version 2 codes', () => {
  // Printed by the version before three follow-ups joined the bank, for these answers (a batch row's).
  const answers = {"empathy-1": 1, "planning-3": 5, "communication-1": 4, "social-awareness-3": 3, "profit-focus-2": 2, "helping-motivation-2": 2, "leadership-2": 1, "analytical-2": 1, "direct-service-2": 3, "proactivity-2": 5, "innovation-2": 5, "decision-making-3": 5, "advocacy-2": 3, "dedication-2": 3, "communication-3": 3, "empathy-3": 3, "planning-2": 4, "leadership-3": 2, "helping-motivation-1": 2, "profit-focus-3": 3, "teamwork-2": 1, "direct-service-3": 2, "proactivity-1": 4, "resilience-2": 2, "influence-2": 2, "dedication-1": 4, "advocacy-3": 2, "direct-service-4": 5, "advocacy-4": 3, "influence-3": 2, "analytical-3": 3, "planning-4": 2, "profit-focus-4": 5, "proactivity-3": 3, "innovation-4": 2, "social-awareness-4": 5, "leadership-4": 5, "decision-making-4": 1, "planning-1": 4, "profit-focus-1": 3, "leadership-1": 3, "empathy-2": 4, "communication-2": 3, "social-awareness-2": 5, "advocacy-1": 2};
  const traits = {"empathy": 4, "communication": 4, "teamwork": 2, "social_awareness": 1, "proactivity": 4, "analytical": 1, "planning": 3, "resilience": 5, "helping_motivation": 4};
  it('still decode, to the same answers', () => {
    expect(decodeCode(catalog, '201G1K-16G7SP-R8QVPH-4TDBDF-KX7MH8-7ZB3BH-Z4TQS')).toEqual({ answers, traits });
  });
});

describe('version 1 codes', () => {
  // Printed by the version that asked 24 items (its README's example), and its all-4 answers.
  it('still decode, to the answers of that version\'s items', () => {
    const set = decodeCode(catalog, '10T9ET-ZGQCBG-511A9S-G0000Q');
    expect(Object.keys(set.answers)).toEqual(catalog.codeItems!.v1!.filter((id) => set.answers[id] !== undefined));
    expect(Object.keys(set.answers).length + Object.keys(set.traits).length).toBeGreaterThan(0);
  });

  it('carry retired items that still count toward their traits', () => {
    const v1 = catalog.codeItems!.v1!;
    const retired = new Set((catalog.retired ?? []).map((q) => q.id));
    expect(v1.some((id) => retired.has(id))).toBe(true);
    // Every v1 item is either still in the bank or kept as retired, so an old code scores every trait.
    const known = new Set([...questions, ...(catalog.retired ?? [])].map((q) => q.id));
    for (const id of v1) expect(known.has(id), id).toBe(true);
  });
});
