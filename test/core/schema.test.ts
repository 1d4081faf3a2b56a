import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  issueMessage,
  answersFileSchema,
  conditionSchema,
  groupsFileSchema,
  levelSchema,
  questionsFileSchema,
  roleSchema,
  textSchema,
  traitsFileSchema,
} from '../../src/core/schema.js';
import { TRAIT_IDS } from '../../src/core/traits.js';

/** A minimal valid role as it would come out of a YAML file. */
const rawRole = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'test-role',
  title: { id: 'Peran uji', en: 'Test role' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  traits: { empathy: { ideal: 5, weight: 1 } },
  ...overrides,
});

const rule = (id: string, when: unknown = { trait: 'empathy', op: 'lte', value: 2 }) => ({ id, when, event: { adjust: -5 } });

/** Each issue as "path: message", the way the CLI prints it minus the position. */
/** Parses as the loader does, with careerfit's wording for issues a schema does not word itself. */
const problems = (schema: z.ZodType, value: unknown): string[] => {
  const result = schema.safeParse(value, { error: issueMessage });
  if (result.success) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('roleSchema: valid input', () => {
  it('fills in the defaults', () => {
    expect(roleSchema.parse(rawRole())).toEqual({
      id: 'test-role',
      kind: 'role',
      source: [],
      title: { id: 'Peran uji', en: 'Test role' },
      summary: { id: 'Ringkasan', en: 'Summary' },
      duties: [],
      traits: { empathy: { ideal: 5, weight: 1 } },
      rules: [],
      misconceptions: [],
      expectations: [],
      differences: [],
      groups: [],
    });
  });

  it('accepts a plain string as Text and uses it for both languages', () => {
    const role = roleSchema.parse(rawRole({ title: 'Fasilitator', summary: 'Satu teks' }));
    expect(role.title).toEqual({ id: 'Fasilitator', en: 'Fasilitator' });
    expect(role.summary).toEqual({ id: 'Satu teks', en: 'Satu teks' });
  });

  it('defaults a rule adjustment to 0 and keeps warning / note texts', () => {
    const role = roleSchema.parse(rawRole({ rules: [{ id: 'r', when: { trait: 'empathy', op: 'lt', value: 2 }, event: { note: 'Hi' } }] }));
    expect(role.rules[0]!.event).toEqual({ adjust: 0, note: { id: 'Hi', en: 'Hi' } });
  });

  it('accepts weight 0 for a trait as long as another one weighs more', () => {
    const role = roleSchema.parse(rawRole({ traits: { empathy: { ideal: 5, weight: 0 }, planning: { ideal: 2, weight: 0.5 } } }));
    expect(role.traits).toEqual({ empathy: { ideal: 5, weight: 0 }, planning: { ideal: 2, weight: 0.5 } });
  });
});

describe('roleSchema: errors', () => {
  it('names an unknown field with a did-you-mean hint', () => {
    expect(problems(roleSchema, rawRole({ titel: 'x' }))).toEqual([': unknown field "titel" (did you mean "title"?)']);
  });

  it('reports an unknown field with no close match without a hint', () => {
    expect(problems(roleSchema, rawRole({ colour: 'x' }))).toEqual([': unknown field "colour"']);
  });

  it('reports each unknown field', () => {
    const result = roleSchema.safeParse(rawRole({ titel: 'x', sumary: 'y' }));
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.code).toBe('unrecognized_keys');
    expect(issue.message).toBe('unknown field "titel" (did you mean "title"?)\nunknown field "sumary" (did you mean "summary"?)');
  });

  it('names an unknown trait with a did-you-mean hint', () => {
    const result = roleSchema.safeParse(rawRole({ traits: { empathy: { ideal: 5, weight: 1 }, empaty: { ideal: 4, weight: 1 } } }));
    expect(result.error!.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['unrecognized_keys', ['traits'], 'unknown trait "empaty" (did you mean "empathy"?)'],
    ]);
  });

  it('says "required" for a missing required field', () => {
    const { title: _t, ...noTitle } = rawRole();
    expect(problems(roleSchema, noTitle)).toEqual(['title: required']);
  });

  it('reports every missing field at once', () => {
    expect(problems(roleSchema, { id: 'x' })).toEqual(['title: required', 'summary: required', 'traits: required']);
  });

  it('refuses a role whose weights are all 0', () => {
    expect(problems(roleSchema, rawRole({ traits: { empathy: { ideal: 5, weight: 0 }, planning: { ideal: 3, weight: 0 } } }))).toEqual([
      'traits: a role needs at least one trait with a weight above 0',
    ]);
  });

  it('refuses negative weights and weights above 10', () => {
    expect(problems(roleSchema, rawRole({ traits: { empathy: { ideal: 5, weight: 11 } } }))).toEqual([
      'traits.empathy.weight: weights go up to 10',
    ]);
    expect(problems(roleSchema, rawRole({ traits: { empathy: { ideal: 5, weight: 1 }, planning: { ideal: 5, weight: -1 } } }))).toEqual([
      'traits.planning.weight: weights cannot be negative',
    ]);
  });

  it('refuses an ideal outside 1–5', () => {
    expect(problems(roleSchema, rawRole({ traits: { empathy: { ideal: 6, weight: 1 } } }))).toEqual([
      'traits.empathy.ideal: expected a whole number from 1 to 5, got 6',
    ]);
  });

  it('refuses duplicate rule ids, pointing at the second one', () => {
    expect(problems(roleSchema, rawRole({ rules: [rule('low'), rule('other'), rule('low')] }))).toEqual(['rules.2: duplicate rule id "low"']);
  });

  it('refuses an id that is not a lowercase slug', () => {
    expect(problems(roleSchema, rawRole({ id: 'My Role' }))).toEqual(['id: expected a lowercase id such as "my-role", got "My Role"']);
    expect(problems(roleSchema, rawRole({ id: 42 }))).toEqual(['id: expected an id, got 42']);
  });

  it('refuses an unknown kind and a malformed fact id', () => {
    expect(problems(roleSchema, rawRole({ kind: 'other' }))[0]).toMatch(/^kind: /);
    expect(problems(roleSchema, rawRole({ duties: [{ fact: 'duty', text: 'x' }] }))).toEqual([
      'duties.0.fact: expected a fact id such as "fit.empathy"',
    ]);
  });

  it('refuses a role that is not a map', () => {
    expect(problems(roleSchema, ['a'])).toEqual([': expected a map, got a list']);
    expect(problems(roleSchema, 'just text')).toEqual([': expected a map, got "just text"']);
  });

  it('reports a bad operator deep inside a rule with its full path', () => {
    const when = { all: [{ trait: 'empathy', op: 'lt', value: 2 }, { any: [{ trait: 'planning', op: 'foo', value: 2 }] }] };
    expect(problems(roleSchema, rawRole({ rules: [rule('deep', when)] }))).toEqual(['rules.0.when.all.1.any.0.op: unknown operator "foo"']);
  });
});

describe('roleSchema: rule adjustments', () => {
  const withAdjust = (adjust: unknown) =>
    rawRole({ rules: [{ id: 'r', when: { trait: 'empathy', op: 'lt', value: 2 }, event: { adjust } }] });

  it('accepts whole adjustments from −100 to 100', () => {
    expect(roleSchema.parse(withAdjust(-100)).rules[0]!.event.adjust).toBe(-100);
    expect(roleSchema.parse(withAdjust(100)).rules[0]!.event.adjust).toBe(100);
  });

  it('refuses a non-number adjustment, naming the value', () => {
    expect(problems(roleSchema, withAdjust('lots'))).toEqual(['rules.0.event.adjust: expected a whole number of points from -100 to 100, got "lots"']);
  });

  it('says what is wrong with an out-of-range or fractional adjustment', () => {
    for (const bad of [150, -101, 1.5]) {
      expect(problems(roleSchema, withAdjust(bad))).toEqual([`rules.0.event.adjust: expected a whole number of points from -100 to 100, got ${bad}`]);
    }
  });
});

describe('conditionSchema', () => {
  it('accepts and normalises the three forms, nested', () => {
    const when = { all: [{ not: { trait: 'empathy', op: 'in', value: [1, 2] } }, { any: [{ trait: 'planning', op: 'gte', value: 4 }] }] };
    expect(conditionSchema.parse(when)).toEqual(when);
  });

  it('names an unknown operator with a did-you-mean hint', () => {
    expect(problems(conditionSchema, { trait: 'empathy', op: 'lte2', value: 2 })).toEqual(['op: unknown operator "lte2" (did you mean "lte"?)']);
  });

  it('names an unknown trait with a did-you-mean hint', () => {
    expect(problems(conditionSchema, { trait: 'planing', op: 'lt', value: 2 })).toEqual([
      'trait: unknown trait "planing" (did you mean "planning"?)',
    ]);
  });

  it('refuses `in` / `nin` with a single number', () => {
    expect(problems(conditionSchema, { trait: 'empathy', op: 'in', value: 2 })).toEqual(['value: operator "in" expects a list of numbers']);
    expect(problems(conditionSchema, { trait: 'empathy', op: 'nin', value: 2 })).toEqual(['value: operator "nin" expects a list of numbers']);
  });

  it('refuses a number operator with a list', () => {
    expect(problems(conditionSchema, { trait: 'empathy', op: 'lt', value: [2] })).toEqual(['value: operator "lt" expects a single number']);
  });

  it('refuses a condition that mixes forms', () => {
    const message = ': a condition is either {trait, op, value} or exactly one of all / any / not';
    const leaf = { trait: 'empathy', op: 'lt', value: 2 };
    expect(problems(conditionSchema, { ...leaf, all: [leaf] })).toEqual([message]);
    expect(problems(conditionSchema, { all: [leaf], any: [leaf] })).toEqual([message]);
    expect(problems(conditionSchema, { not: leaf, any: [leaf] })).toEqual([message]);
    expect(problems(conditionSchema, {})).toEqual([message]);
  });

  it('says which part of a comparison is missing', () => {
    expect(problems(conditionSchema, { trait: 'empathy', op: 'lt' })).toEqual(['value: required']);
    expect(problems(conditionSchema, { op: 'lt', value: 1 })).toEqual(['trait: required']);
  });

  it('names the bad value when `value` is neither a number nor a list of numbers', () => {
    expect(problems(conditionSchema, { trait: 'empathy', op: 'lt', value: '2' })).toEqual(['value: expected a number or a list of numbers, got "2"']);
    expect(problems(conditionSchema, { trait: 'empathy', op: 'in', value: [] })).toEqual(['value: expected at least 1 item']);
  });

  it('refuses an empty all list and an unknown key in a condition', () => {
    expect(problems(conditionSchema, { all: [] })[0]).toMatch(/^all: /);
    expect(problems(conditionSchema, { trait: 'empathy', op: 'lt', valeu: 2 })).toContain(
      ': unknown field "valeu" (did you mean "value"?)',
    );
  });
});

describe('levelSchema and answer files', () => {
  const schema = answersFileSchema(['empathy-1', 'empathy-2', 'planning-1']);

  it('accepts whole numbers 1 to 5', () => {
    expect([1, 2, 3, 4, 5].map((n) => levelSchema.parse(n))).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a __proto__ key among the traits, which a plain record would skip without a word', () => {
    // As the YAML parser builds it: an own, enumerable key named __proto__.
    const traits = JSON.parse('{"__proto__": {"polluted": 1}, "empathy": 3}') as object;
    expect(Object.keys(traits)).toContain('__proto__');
    expect(problems(schema, { traits })).toEqual(['traits: unknown trait "__proto__"']);
  });

  it('refuses a __proto__ key among the question answers, as among the traits', () => {
    const answers = JSON.parse('{"__proto__": 4, "empathy-1": 3}') as object;
    expect(problems(schema, { answers })).toEqual([expect.stringMatching(/^answers: unknown question "__proto__"/)]);
  });

  it.each([
    [7, 'expected a whole number from 1 to 5, got 7'],
    [0, 'expected a whole number from 1 to 5, got 0'],
    [3.5, 'expected a whole number from 1 to 5, got 3.5'],
    ['4', 'expected a whole number from 1 to 5, got "4"'],
    [null, 'expected a whole number from 1 to 5, got null'],
    [true, 'expected a whole number from 1 to 5, got true'],
    [[4], 'expected a whole number from 1 to 5, got a list'],
  ])('refuses the trait answer %j with its own message', (value, message) => {
    expect(problems(schema, { traits: { empathy: value } })).toEqual([`traits.empathy: ${message}`]);
  });

  it('refuses a question answer out of range', () => {
    expect(problems(schema, { answers: { 'planning-1': 6 } })).toEqual(['answers.planning-1: expected a whole number from 1 to 5, got 6']);
  });

  it('accepts trait levels and question answers together', () => {
    expect(schema.parse({ traits: { empathy: 4 }, answers: { 'empathy-1': 2, 'planning-1': 5 } })).toEqual({
      traits: { empathy: 4 },
      answers: { 'empathy-1': 2, 'planning-1': 5 },
    });
  });

  it('names an unknown trait with a hint', () => {
    expect(problems(schema, { traits: { empaty: 3 } })).toEqual(['traits: unknown trait "empaty" (did you mean "empathy"?)']);
  });

  it('names a mistyped top-level field with a hint', () => {
    expect(problems(schema, { trait: { empathy: 3 } })).toEqual([': unknown field "trait" (did you mean "traits"?)']);
  });

  it('flags an unknown question id as an invalid key whose inner message has the hint', () => {
    const result = schema.safeParse({ answers: { 'planing-1': 3 } });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0] as z.core.$ZodIssue & { issues?: { message: string }[] };
    expect(issue.code).toBe('invalid_key');
    expect(issue.path).toEqual(['answers', 'planing-1']);
    expect(issue.issues?.[0]?.message).toBe('unknown question "planing-1" (did you mean "planning-1"?)');
  });
});

describe('textSchema', () => {
  it('accepts a plain string for both languages and a full pair as is', () => {
    expect(textSchema.parse('Halo')).toEqual({ id: 'Halo', en: 'Halo' });
    expect(textSchema.parse({ id: 'Halo', en: 'Hello' })).toEqual({ id: 'Halo', en: 'Hello' });
  });

  it('trims, and refuses blank text in either language', () => {
    expect(textSchema.parse({ id: '  Halo ', en: 'Hello\n' })).toEqual({ id: 'Halo', en: 'Hello' });
    expect(problems(textSchema, '   ')).toEqual(['id: expected non-empty text', 'en: expected non-empty text']);
  });

  it('requires both languages in the map form', () => {
    expect(problems(textSchema, { id: 'Halo' })).toEqual(['en: required']);
  });

  it('refuses a number', () => {
    expect(problems(textSchema, 5)).toEqual([': expected a map, got 5']);
  });
});

describe('catalog file schemas', () => {
  it('refuses duplicate question ids', () => {
    const question = { id: 'q-1', trait: 'empathy', text: 'x' };
    expect(problems(questionsFileSchema, { questions: [question, { ...question, trait: 'planning' }] })).toEqual([
      'questions.1: duplicate question id "q-1"',
    ]);
  });

  it('defaults reverse to false', () => {
    expect(questionsFileSchema.parse({ questions: [{ id: 'q-1', trait: 'empathy', text: 'x' }] }).questions[0]!.reverse).toBe(false);
  });

  it('refuses a __proto__ key among the code versions', () => {
    const codes = JSON.parse('{"__proto__": ["q-1"], "v1": ["q-1"]}') as object;
    expect(problems(questionsFileSchema, { questions: [{ id: 'q-1', trait: 'empathy', text: 'x' }], codes })).toEqual([
      'codes: expected a code version such as v1',
    ]);
  });

  it('requires every trait in the traits file', () => {
    const info = { label: 'L', description: 'D' };
    const traits = Object.fromEntries(TRAIT_IDS.filter((id) => id !== 'profit_focus').map((id) => [id, info]));
    expect(problems(traitsFileSchema, { traits })).toEqual(['traits.profit_focus: required']);
    expect(traitsFileSchema.parse({ traits: { ...traits, profit_focus: info } }).traits.profit_focus).toEqual({
      label: { id: 'L', en: 'L' },
      description: { id: 'D', en: 'D' },
    });
  });

  it('refuses an unknown trait key in the traits file', () => {
    const info = { label: 'L', description: 'D' };
    const traits = { ...Object.fromEntries(TRAIT_IDS.map((id) => [id, info])), empaty: info };
    const result = traitsFileSchema.safeParse({ traits });
    expect(result.error!.issues.map((i) => [i.code, i.path, 'keys' in i ? i.keys : undefined])).toEqual([
      ['unrecognized_keys', ['traits'], ['empaty']],
    ]);
  });

  it('requires at least one benefit and one way to join for a group', () => {
    const group = { id: 'g', kind: 'volunteer', name: 'G', what: 'W', benefits: [], join: [] };
    expect(problems(groupsFileSchema, { groups: [group] })).toEqual([
      'groups.0.benefits: expected at least 1 item',
      'groups.0.join: expected at least 1 item',
    ]);
  });
});
