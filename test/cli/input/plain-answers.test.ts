import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../src/cli/input/answers-yaml.js';
import { CareerfitError } from '../../../src/core/errors.js';
import { plainAnswers } from '../../../src/cli/input/plain-answers.js';
import { TRAIT_IDS } from '../../../src/core/traits.js';
import { builtinCatalog } from '../../fake-context.js';
import { outcome } from '../../helpers.js';

const { questions } = await builtinCatalog();
const ids = new Set(questions.map((q) => q.id));

/** The full path's verdict: the answer set, or the fact that it refused. */
const full = (text: string) => {
  const result = outcome(() => parseAnswers({ name: 'me.json', text }, questions));
  return result instanceof CareerfitError ? 'refused' : result;
};

const level = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, 6, 3.5, '4', null, [4], { a: 1 }));
const key = (known: readonly string[]) => fc.oneof(fc.constantFrom(...known), fc.constantFrom('empaty', '__proto__', 'constructor', ''));
const answerFile = fc.record(
  {
    traits: fc.dictionary(key(TRAIT_IDS), level, { maxKeys: 6 }),
    answers: fc.dictionary(key([...ids]), level, { maxKeys: 6 }),
    extra: fc.constant(1),
  },
  { requiredKeys: [] },
);

describe('plainAnswers, the JSON fast path', () => {
  it('accepts only what the full path accepts, with the same result', () => {
    fc.assert(
      fc.property(answerFile, fc.boolean(), (file, pretty) => {
        const text = JSON.stringify(file, null, pretty ? 2 : 0);
        const fast = plainAnswers(text, ids);
        if (fast) expect(full(text)).toEqual(fast);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes a clean file, and passes everything doubtful to the full path', () => {
    expect(plainAnswers('{"traits": {"empathy": 4}, "answers": {"empathy-1": 5}}', ids)).toEqual({ traits: { empathy: 4 }, answers: { 'empathy-1': 5 } });
    for (const text of [
      '{"traits": {"empathy": 4, "empathy": 5}}', // a duplicate key JSON.parse would hide
      '{"traits": {"empathy": 4.5}}',
      '{"traits": {"__proto__": 4}}',
      '{"trait": {"empathy": 4}}',
      '{}',
      'traits: {empathy: 4}', // YAML
      '{"traits": {"empathy": 4}', // broken JSON
    ]) {
      expect(plainAnswers(text, ids), text).toBeUndefined();
    }
  });
});
