/**
 * Property tests (fast-check): random answer maps and random valid role profiles.
 *   - scores always lie in 0–100;
 *   - results are always sorted (exact score descending);
 *   - the engine never throws on valid input (nor the CLI around it);
 *   - the same input always gives the same output;
 *   - the overall level does not move a shape score;
 *   - moving a trait toward a role's ideal, or past it the way the role wants, never lowers its score.
 * Plus hostile random input: any JSON answer map and any YAML-ish text give a typed answer set or a
 * usage error (exit 2), never another exception, and never touch Object.prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { run } from '../../src/cli/run.js';
import { loadYaml } from '../../src/cli/input/yaml-source.js';
import { assess, scoreRole, tierOf } from '../../src/core/assess.js';
import { withRoles } from '../../src/core/catalog.js';
import { CareerfitError } from '../../src/core/errors.js';
import { OPERATORS, OPERATOR_NAMES } from '../../src/core/operators.js';
import { answersFileSchema, roleSchema } from '../../src/core/schema.js';
import { directionOf } from '../../src/core/directions.js';
import { shapeScore } from '../../src/core/scoring.js';
import { TRAIT_IDS, type TraitAnswers, type TraitId } from '../../src/core/traits.js';
import type { Role } from '../../src/core/types.js';
import { builtinCatalog, fakeContext } from '../fake-context.js';
import { outcome } from '../helpers.js';

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** A trait level: a Likert answer, or an average of several (two decimals), always within 1–5. */
const level = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 100, max: 500 }).map((x) => x / 100));

const answersArb: fc.Arbitrary<TraitAnswers> = fc.tuple(...TRAIT_IDS.map(() => level)).map(
  (levels) => Object.fromEntries(TRAIT_IDS.map((id, i) => [id, levels[i]])) as TraitAnswers,
);

const comparisonArb = fc.constantFrom(...OPERATOR_NAMES).chain((op) =>
  fc.record({
    trait: fc.constantFrom(...TRAIT_IDS),
    op: fc.constant(op),
    value:
      OPERATORS[op].operand === 'list'
        ? fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 })
        : fc.oneof(fc.integer({ min: 0, max: 6 }), fc.double({ min: -10, max: 10, noNaN: true })),
  }),
);

const conditionArb: fc.Arbitrary<unknown> = fc.letrec<{ condition: unknown }>((tie) => ({
  condition: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'condition' },
    comparisonArb,
    fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
})).condition;

const weightArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true }));

const traitsArb = fc
  .shuffledSubarray([...TRAIT_IDS], { minLength: 1, maxLength: 10 })
  .chain((ids) =>
    fc
      .tuple(...ids.map(() => fc.record({ ideal: fc.integer({ min: 1, max: 5 }), weight: weightArb })))
      .map((ideals) => Object.fromEntries(ids.map((id, i) => [id, ideals[i]!])) as Record<string, { ideal: number; weight: number }>),
  )
  // A valid profile weighs at least one trait.
  .map((traits) => {
    const first = Object.keys(traits)[0]!;
    if (!Object.values(traits).some((t) => t.weight > 0)) traits[first] = { ...traits[first]!, weight: 1 };
    return traits;
  });

/** Raw role data as a user would write it (before the schema fills defaults). */
const rawRoleArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    kind: fc.constantFrom('role', 'contrast'),
    title: fc.constant({ id: `Peran ${id}`, en: `Role ${id}` }),
    summary: fc.constant(`Summary of ${id}.`),
    traits: traitsArb,
    rules: fc
      .array(fc.record({ when: conditionArb, adjust: fc.integer({ min: -100, max: 100 }), warn: fc.boolean() }), { maxLength: 5 })
      .map((rules) =>
        rules.map((r, i) => ({ id: `rule-${i}`, when: r.when, event: { adjust: r.adjust, ...(r.warn ? { warning: `Warning ${i}` } : {}) } })),
      ),
  });

/** A valid profile: generated raw, then put through the real schema, as the loader does. */
const roleArb = (id = 'gen-role') => rawRoleArb(id).map((raw) => roleSchema.parse(raw));

const rolesArb = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rawRoleArb(`gen-${i}`))))
  .map((raws) => raws.map((raw) => roleSchema.parse(raw)));

const NUM_RUNS = 300;

// ---------------------------------------------------------------------------------------------

describe('generated profiles are valid', () => {
  it('every generated raw profile passes the role schema, and survives a YAML round trip', () => {
    fc.assert(
      fc.property(rawRoleArb('round-trip'), (raw) => {
        const parsed = roleSchema.safeParse(raw);
        expect(parsed.success).toBe(true);
        const again = loadYaml({ name: 'round-trip.yaml', text: stringify(raw) }, roleSchema, 'empty');
        expect(again).toEqual(parsed.data);
      }),
      { numRuns: 200 },
    );
  });
});

describe('engine properties', () => {
  it('scores are whole numbers in 0–100 and shapes are finite', () => {
    fc.assert(
      fc.property(roleArb(), answersArb, (role, answers) => {
        const result = scoreRole(role, answers);
        expect(Number.isInteger(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(Number.isFinite(result.shape)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('results are sorted by standing, then by exact score (descending), whatever the input order', () => {
    fc.assert(
      fc.property(rolesArb, answersArb, (roles, answers) => {
        const ranked = assess(roles, answers);
        expect(ranked).toHaveLength(roles.length);
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1]!, ranked[i]!];
          // Roles that can count first; then held back by the level alone; then by a warning sign.
          expect(tierOf(a.limits)).toBeLessThanOrEqual(tierOf(b.limits));
          if (tierOf(a.limits) === tierOf(b.limits)) expect(a.exact).toBeGreaterThanOrEqual(b.exact);
        }
        // Reversing the input changes the order of exact ties only.
        const again = assess([...roles].reverse(), answers);
        expect(again.map((r) => r.exact)).toEqual(ranked.map((r) => r.exact));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on valid input, and the same input gives the same output', () => {
    fc.assert(
      fc.property(rolesArb, answersArb, (roles, answers) => {
        const first = assess(roles, answers);
        const second = assess(roles, answers);
        expect(second).toEqual(first);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('adding the same amount to every trait leaves every shape score unchanged', () => {
    fc.assert(
      fc.property(roleArb(), answersArb, fc.integer({ min: -300, max: 300 }).map((x) => x / 100), (role, answers, delta) => {
        const shifted = Object.fromEntries(TRAIT_IDS.map((id) => [id, answers[id] + delta])) as TraitAnswers;
        expect(shapeScore(role, shifted).score).toBeCloseTo(shapeScore(role, answers).score, 9);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  /**
   * A move of one trait the role names in the direction it wants: up on an at-least trait (toward
   * the ideal from below, or beyond it), down on an at-most one. Above an at-least ideal there is
   * no misfit to move away from, so moving down from there is not "toward the ideal".
   */
  const moveArb = roleArb().chain((role) =>
    fc.record({
      role: fc.constant(role),
      answers: answersArb,
      trait: fc.constantFrom(...(TRAIT_IDS.filter((id) => (role.traits[id]?.weight ?? 0) > 0) as TraitId[])),
      target: level,
    }),
  );
  const wanted = (role: Role, trait: TraitId, before: number, after: number): boolean =>
    directionOf(role.traits[trait]!) === 'at-least' ? after >= before : after <= before;

  it('moving a trait toward a role\'s ideal, or beyond it the way the role wants, never lowers its shape score', () => {
    fc.assert(
      fc.property(moveArb, ({ role, answers, trait, target }) => {
        fc.pre(wanted(role, trait, answers[trait], target));
        expect(shapeScore(role, { ...answers, [trait]: target }).score).toBeGreaterThanOrEqual(shapeScore(role, answers).score - 1e-9);
      }),
      { numRuns: NUM_RUNS * 3 },
    );
  });

  it('the same holds for the final score of every built-in role, rules included', async () => {
    const { roles } = await builtinCatalog();
    fc.assert(
      fc.property(fc.constantFrom(...roles), answersArb, level, (role, answers, target) => {
        for (const trait of TRAIT_IDS.filter((id) => (role.traits[id]?.weight ?? 0) > 0)) {
          if (!wanted(role, trait, answers[trait], target)) continue;
          expect(scoreRole(role, { ...answers, [trait]: target }).exact).toBeGreaterThanOrEqual(scoreRole(role, answers).exact - 1e-9);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('raising a trait the role leaves out never raises the shape score of a role that mostly needs more: the rest of the profile is the reference', () => {
    fc.assert(
      fc.property(roleArb(), answersArb, level, (role, answers, other) => {
        const neutral = TRAIT_IDS.filter((id) => !(role.traits[id]?.weight ?? 0));
        const trait = neutral[0]!;
        // For a role that mostly needs little (at-most weights outweigh at-least ones) the reverse holds.
        const net = Object.values(role.traits).reduce((sum, t) => sum + (directionOf(t!) === 'at-least' ? 1 : -1) * t!.weight, 0);
        fc.pre(other >= answers[trait] && net > 0);
        expect(shapeScore(role, { ...answers, [trait]: other }).score).toBeLessThanOrEqual(shapeScore(role, answers).score + 1e-9);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('CLI properties (in process, real catalog plus random profiles)', () => {
  const traitFlags = (answers: TraitAnswers) => TRAIT_IDS.flatMap((id) => ['--trait', `${id}=${Math.round(answers[id])}`]);

  it('assess never fails on valid input, ranks and bounds every score, and is deterministic', async () => {
    const builtin = await builtinCatalog();
    await fc.assert(
      fc.asyncProperty(rolesArb, answersArb, fc.constantFrom('json', 'text', 'markdown'), async (roles, answers, format) => {
        const catalog = withRoles(builtin, roles.map((role: Role) => ({ role, origin: 'generated.yaml' })));
        const once = async () => {
          const { ctx, stdout, stderr } = fakeContext({ loadCatalog: async () => catalog });
          const code = await run(['node', 'careerfit', 'assess', ...traitFlags(answers), '--format', format, '--top', '100', '--lang', 'en'], ctx);
          return { code, stdout: stdout.text, stderr: stderr.text };
        };
        const first = await once();
        expect(first.stderr).toBe('');
        expect(first.code).toBe(0);
        expect(await once()).toEqual(first);
        if (format !== 'json') return;
        const report = JSON.parse(first.stdout) as { results: { id: string; score: number; rank: number; standing: string; odds: number; limits: { id: 'warning' | 'level' }[] }[] };
        expect(report.results).toHaveLength(catalog.roles.length);
        report.results.forEach((r, i) => {
          expect(r.rank).toBe(i + 1);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(r.odds).toBeGreaterThanOrEqual(0);
          expect(r.odds).toBeLessThanOrEqual(1);
          const next = report.results[i + 1];
          // Within a standing, ranked by the unrounded score, so rounded neighbours may tie, never invert.
          const group = (x: typeof r) => `${x.standing} ${tierOf(x.limits.map((l) => l.id))}`;
          if (next && group(next) === group(r)) expect(r.score).toBeGreaterThanOrEqual(next.score);
        });
        // The odds of being the best fit share out the whole (each rounded to two decimals).
        expect(Math.abs(report.results.reduce((sum, r) => sum + r.odds, 0) - 1)).toBeLessThanOrEqual(0.005 * report.results.length + 1e-9);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('hostile random answer files', () => {
  const QUESTION_IDS = ['empathy-1', 'empathy-2', 'teamwork-1'];
  const schema = answersFileSchema(QUESTION_IDS);
  const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'traits', 'answers', ...TRAIT_IDS, ...QUESTION_IDS];
  const keyArb = fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string({ maxLength: 12 }));
  /** A JSON object as text, so `__proto__` and duplicate keys really reach the parser. */
  const objectText = (value: fc.Arbitrary<string>) =>
    fc.array(fc.tuple(keyArb, value), { maxLength: 6 }).map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(', ')}}`);
  const leaf = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v));
  const answerFileText = objectText(fc.oneof(leaf, objectText(fc.oneof(leaf, fc.integer({ min: -1, max: 7 }).map(String)))));

  const check = (text: string) => {
    const value = outcome(() => loadYaml({ name: 'fuzz.yaml', text }, schema, 'file is empty'));
    if (value instanceof CareerfitError) {
      expect(value.kind).toBe('usage');
      for (const line of value.message.split('\n')) expect(line.startsWith('fuzz.yaml')).toBe(true);
    } else if (value !== undefined) {
      const file = value as { traits?: Record<string, unknown>; answers?: Record<string, unknown> };
      for (const [key, v] of Object.entries(file.traits ?? {})) {
        expect(TRAIT_IDS).toContain(key);
        expect([1, 2, 3, 4, 5]).toContain(v);
      }
      for (const [key, v] of Object.entries(file.answers ?? {})) {
        expect(QUESTION_IDS).toContain(key);
        expect([1, 2, 3, 4, 5]).toContain(v);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  };

  it('any JSON answer map is a valid answer set or one usage error; Object.prototype stays clean', () => {
    fc.assert(fc.property(answerFileText, check), { numRuns: 500 });
  });

  it('any YAML-ish text is a valid answer set or one usage error, never another exception', () => {
    const YAML_BITS = ['traits:', 'answers:', '\n', '  ', '\t', ': ', '- ', '[', ']', '{', '}', ',', '&a ', '*a', '!!', '!x ', '"', "'", '#', '? ', '|', '>', '%', '---', '...', 'empathy', '__proto__', '4', '9', '3.5', 'null', '~', '\\', '\u202e', '\x1b'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...YAML_BITS), { maxLength: 40 }).map((bits) => bits.join('')), check), { numRuns: 1000 });
  });
});
