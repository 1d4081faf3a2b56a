import { array, boolean, enum as oneOf, lazy, number, partialRecord, preprocess, record, strictObject, string, union } from 'zod';
import type * as zt from 'zod';
import { describeValue } from './describe-value.js';
import { DIRECTION_NAMES } from './directions.js';
import { OPERATORS, OPERATOR_NAMES, type OperatorName } from './operators.js';
import { SCORE } from './scoring.js';
import { unknownMessage } from './suggest.js';
import { type Text } from './text.js';
import { SCALE_MAX, SCALE_MIN, TRAIT_IDS } from './traits.js';
import {
  GROUP_KINDS,
  ROLE_KINDS,
  type ComparisonCondition,
  type Condition,
  type Group,
  type Question,
  type Role,
  type TraitInfo,
} from './types.js';

/**
 * zod's builders under their usual `z.` names. They are imported by name, not as a namespace, so
 * the bundle keeps only these instead of the whole library with every translation.
 */
const z = { array, boolean, enum: oneOf, lazy, number, partialRecord, preprocess, record, strictObject, string, union };

const EXPECTED: Readonly<Record<string, string>> = {
  array: 'a list',
  object: 'a map',
  record: 'a map',
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
};

/**
 * Wording for every issue a schema did not word itself, passed to each parse, so no message
 * reads like a library's internals.
 */
export const issueMessage: zt.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return required(issue) ?? `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array' ? `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}` : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `expected at most ${issue.maximum} items` : `must be at most ${issue.maximum}`;
    case 'unrecognized_keys':
      return issue.keys.map((key) => `unknown field "${key}"`).join('\n');
    default:
      return undefined;
  }
};

/** A strict object whose unknown-key error names the closest allowed key. */
const strict = <S extends zt.ZodRawShape>(shape: S) =>
  z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return unknownKeys('field', issue.keys, Object.keys(shape));
      if (issue.code === 'invalid_type') return required(issue) ?? `expected a map, got ${describeValue(issue.input)}`;
      return undefined;
    },
  });

const unknownKeys = (what: string, keys: readonly string[], known: readonly string[]) =>
  keys.map((key) => unknownMessage(what, key, known)).join('\n');

const required = (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : undefined);

const slug = z
  .string({ error: (i) => required(i) ?? `expected an id, got ${describeValue(i.input)}` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (i) => `expected a lowercase id such as "my-role", got ${describeValue(i.input)}` });

const nonEmpty = z
  .string({ error: (i) => required(i) ?? `expected text, got ${describeValue(i.input)}` })
  .trim()
  .min(1, 'expected non-empty text');

/** Text in both languages; a plain string is accepted for user catalogs and used for both. */
export const textSchema: zt.ZodType<Text> = z.preprocess(
  (value) => (typeof value === 'string' ? { id: value, en: value } : value),
  strict({ id: nonEmpty, en: nonEmpty }),
);

const levelError = (i: { input?: unknown }) =>
  required(i) ?? `expected a whole number from ${SCALE_MIN} to ${SCALE_MAX}, got ${describeValue(i.input)}`;
/** A Likert answer or an ideal level: a whole number from 1 to 5. */
export const levelSchema = z
  .number({ error: levelError })
  .int({ error: levelError })
  .min(SCALE_MIN, { error: levelError })
  .max(SCALE_MAX, { error: levelError });

const traitId = z.enum(TRAIT_IDS, {
  error: (i) => (typeof i.input === 'string' ? unknownMessage('trait', i.input, TRAIT_IDS) : required(i) ?? 'expected a trait id'),
});

/**
 * A record that refuses a `__proto__` key, with `message`, like any other key it does not know.
 * zod's records with open or optional keys skip that key without a word, and the YAML parser
 * stores it as an own key, so every such record goes through here before it sees the map.
 */
const refusingProto = <R extends zt.ZodType>(message: string, record: R) =>
  z.preprocess((input, ctx) => {
    if (input && typeof input === 'object' && Object.hasOwn(input, '__proto__'))
      ctx.addIssue({ code: 'unrecognized_keys', keys: ['__proto__'], message, input: input as Record<string, unknown> });
    return input;
  }, record);

/** A map keyed by trait id whose unknown keys get a did-you-mean hint. */
const traitRecord = <V extends zt.ZodType>(value: V) =>
  refusingProto(unknownMessage('trait', '__proto__', TRAIT_IDS), z.partialRecord(traitId, value, {
    error: (i) => {
      // zod reports extra record keys as unrecognized_keys, though its types do not list that code here.
      const extra = i as { code: string; keys?: string[] };
      if (extra.code === 'unrecognized_keys' && extra.keys) return unknownKeys('trait', extra.keys, TRAIT_IDS);
      if (i.code === 'invalid_type') return required(i) ?? `expected a map of traits, got ${describeValue(i.input)}`;
      return undefined;
    },
  }));

const factId = z
  .string()
  .regex(/^(job|duty|fit|unfit|myth|expect|diff|group)\.[a-z0-9-]+$/, 'expected a fact id such as "fit.empathy"');
const fact = factId.optional();
/** The seed facts a summary, a fit text or a group's reason rests on. */
const facts = z.array(factId).min(1).optional();
/** Marks text as careerfit's own reasoning rather than a seed's statement. */
const own = z.boolean().optional();

/** Text in both languages with extra fields beside `id` and `en`; a plain string still works. */
const textWith = <S extends zt.ZodRawShape>(shape: S) =>
  z.preprocess((value) => (typeof value === 'string' ? { id: value, en: value } : value), strict({ id: nonEmpty, en: nonEmpty, ...shape }));

const numeric = (what: string) =>
  z.number({ error: (i) => required(i) ?? `expected ${what}, got ${describeValue(i.input)}` });

const comparisonKeys = ['trait', 'op', 'value'] as const;
const branchKeys = ['all', 'any', 'not'] as const;

/**
 * One object schema with every key optional, then a check that exactly one form is used:
 * a union would report "invalid input" for every branch instead of the one mistake.
 */
export const conditionSchema: zt.ZodType<Condition> = z.lazy(() =>
  strict({
    trait: traitId.optional(),
    op: z
      .enum(OPERATOR_NAMES, {
        error: (i) => unknownMessage('operator', describeValue(i.input).replaceAll('"', ''), OPERATOR_NAMES),
      })
      .optional(),
    value: z
      .union([numeric('a number'), z.array(numeric('a number')).min(1)], {
        error: (i) => `expected a number or a list of numbers, got ${describeValue(i.input)}`,
      })
      .optional(),
    all: z.array(conditionSchema).min(1).optional(),
    any: z.array(conditionSchema).min(1).optional(),
    not: conditionSchema.optional(),
  })
    .superRefine((node, ctx) => {
      const branches = branchKeys.filter((key) => node[key] !== undefined);
      const isComparison = comparisonKeys.some((key) => node[key] !== undefined);
      if (branches.length + (isComparison ? 1 : 0) !== 1) {
        ctx.addIssue({ code: 'custom', message: 'a condition is either {trait, op, value} or exactly one of all / any / not' });
        return;
      }
      if (!isComparison) return;
      for (const key of comparisonKeys) {
        if (node[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'required' });
      }
      if (node.op === undefined || node.value === undefined) return;
      const wantsList = OPERATORS[node.op].operand === 'list';
      if (wantsList !== Array.isArray(node.value)) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `operator "${node.op}" expects ${wantsList ? 'a list of numbers' : 'a single number'}`,
        });
      }
    })
    .transform((node): Condition => {
      if (node.all) return { all: node.all };
      if (node.any) return { any: node.any };
      if (node.not) return { not: node.not };
      return { trait: node.trait, op: node.op as OperatorName, value: node.value } as ComparisonCondition;
    }),
);

const adjustError = (i: { input?: unknown }) => required(i) ?? `expected a whole number of points from -100 to 100, got ${describeValue(i.input)}`;

const ruleSchema = strict({
  id: slug,
  fact,
  when: conditionSchema,
  event: strict({
    adjust: z
      .number({ error: adjustError })
      .int({ error: adjustError })
      .min(-100, { error: adjustError })
      .max(100, { error: adjustError })
      .default(0),
    warning: textSchema.optional(),
    note: textSchema.optional(),
  }),
});

const traitIdealSchema = strict({
  ideal: levelSchema,
  weight: numeric('a weight').min(0, 'weights cannot be negative').max(10, 'weights go up to 10'),
  direction: z.enum(DIRECTION_NAMES).optional(),
  fact,
});

export const MAX_RULES = 200;

const item = <S extends zt.ZodRawShape>(shape: S) => strict({ fact, ...shape });

const uniqueBy =
  <T>(what: string, key: (item: T) => string) =>
  (list: readonly T[], ctx: zt.RefinementCtx) => {
    const seen = new Set<string>();
    list.forEach((entry, index) => {
      const id = key(entry);
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index], message: `duplicate ${what} "${id}"` });
      seen.add(id);
    });
  };

export const roleSchema: zt.ZodType<Role> = strict({
  id: slug,
  aliases: z.array(slug).superRefine(uniqueBy('alias', (alias) => alias)).optional(),
  kind: z.enum(ROLE_KINDS).default('role'),
  source: z.array(nonEmpty).default([]),
  title: textSchema,
  summary: textWith({ facts }),
  duties: z.array(item({ text: textSchema })).default([]),
  fit: strict({ facts, text: textSchema }).optional(),
  traits: traitRecord(traitIdealSchema).superRefine((traits, ctx) => {
    const weights = Object.values(traits).map((t) => t?.weight ?? 0);
    if (!weights.some((w) => w > 0)) ctx.addIssue({ code: 'custom', message: 'a role needs at least one trait with a weight above 0' });
    const neutral = TRAIT_IDS.length - weights.filter((w) => w > 0).length;
    if (neutral < SCORE.minReference)
      ctx.addIssue({
        code: 'custom',
        message: `a role must leave at least ${SCORE.minReference} traits out (or at weight 0): they are the reference its fit is measured against; this one leaves ${neutral}`,
      });
  }),
  // A cap keeps a hostile or generated catalog from slowing every report down.
  rules: z
    .array(ruleSchema)
    .max(MAX_RULES, `at most ${MAX_RULES} rules per role`)
    .default([])
    .superRefine(uniqueBy('rule id', (rule) => rule.id)),
  misconceptions: z.array(item({ myth: textSchema, reality: textSchema })).default([]),
  expectations: z.array(item({ expectation: textSchema, reality: textSchema })).default([]),
  differences: z.array(item({ role: slug, text: textSchema })).default([]),
  groups: z.array(strict({ group: slug, why: textSchema, facts, own })).default([]),
});

const traitInfoSchema: zt.ZodType<TraitInfo> = strict({ label: textSchema, description: textSchema });

export const traitsFileSchema = strict({
  traits: z.record(traitId, traitInfoSchema),
});

const questionSchema: zt.ZodType<Question> = strict({
  id: slug,
  trait: traitId,
  reverse: z.boolean().default(false),
  text: textSchema,
});

export const questionsFileSchema = strict({
  questions: z.array(questionSchema).min(1),
  followups: z.array(questionSchema).default([]),
  retired: z.array(questionSchema).default([]),
  codes: refusingProto(
    'expected a code version such as v1',
    z.record(z.string().regex(/^v[0-9]+$/, 'expected a code version such as v1'), z.array(slug)),
  ).default({}),
}).superRefine((file, ctx) => {
  // Ids are unique across the three lists: an answer file names an item by id alone.
  const seen = new Set<string>();
  for (const list of ['questions', 'followups', 'retired'] as const)
    file[list].forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: [list, i], message: `duplicate question id "${q.id}"` });
      seen.add(q.id);
    });
  const all = [...file.questions, ...file.followups, ...file.retired];
  const ids = new Set(all.map((q) => q.id));
  for (const [version, list] of Object.entries(file.codes))
    list.forEach((id, i) => {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['codes', version, i], message: `unknown question "${id}"` });
    });
});

const groupText = textWith({ fact, own });

const groupSchema: zt.ZodType<Group> = strict({
  id: slug,
  kind: z.enum(GROUP_KINDS),
  name: textSchema,
  what: groupText,
  benefits: z.array(groupText).min(1),
  drawbacks: z.array(groupText).default([]),
  examples: z.array(groupText).default([]),
  roles: z.array(groupText).default([]),
  join: z.array(groupText).min(1),
});

export const groupsFileSchema = strict({
  groups: z.array(groupSchema).min(1).superRefine(uniqueBy('group id', (g) => g.id)),
});

/** data/sources.yaml: each source file's title, as a reader knows the article. */
export const sourcesFileSchema = strict({
  sources: refusingProto('unknown source "__proto__"', z.record(nonEmpty, strict({ title: textSchema }))),
});

/** Answer files: trait levels, question answers, or both. Question ids are checked against the bank. */
export const answersFileSchema = (questionIds: readonly string[]) =>
  strict({
    traits: traitRecord(levelSchema).optional(),
    answers: refusingProto(
      unknownMessage('question', '__proto__', questionIds),
      z.record(
        z.string().refine((id) => questionIds.includes(id), {
          error: (i) => unknownMessage('question', String(i.input), questionIds),
        }),
        levelSchema,
      ),
    ).optional(),
  });

