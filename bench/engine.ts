// The engine alone, in one process: synthetic role profiles validated with the role schema and
// scored with assess(), at growing sizes, then the same rules run by careerfit's engine and by
// json-rules-engine. Prints Markdown on standard output, progress on standard error.
// Run through `npm run bench` (bench/run.js bundles this file with esbuild first).
import { Engine, type RuleProperties } from 'json-rules-engine';
import { random } from './random.js';
import { assess } from '../src/core/assess.js';
import { OPERATORS, OPERATOR_NAMES, type OperatorName } from '../src/core/operators.js';
import { runRules } from '../src/core/rules.js';
import { roleSchema } from '../src/core/schema.js';
import { TRAIT_IDS, type TraitAnswers, type TraitId } from '../src/core/traits.js';
import type { Condition, Role } from '../src/core/types.js';

const SIZES = [10, 100, 1_000, 10_000] as const;
/** Every figure is the median of at least this many runs. */
const MIN_RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 10));
/** Small sizes run more often, so each size gets about this many profiles in total. */
const PROFILES_PER_SIZE = 50_000;
const COMPARE_PROFILES = 1_000;
const FACT_SETS = 10;

const log = (message: string) => process.stderr.write(`engine: ${message}\n`);

// --- synthetic data -------------------------------------------------------------------------

const rng = random(20260101);
const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
const text = (words: string) => ({ id: words, en: words });
const shuffled = <T>(list: readonly T[]): T[] => {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};

const comparison = (): Condition => {
  const op: OperatorName = pick(OPERATOR_NAMES);
  const value = OPERATORS[op].operand === 'list' ? shuffled([1, 2, 3, 4, 5]).slice(0, int(1, 3)) : int(1, 5);
  return { trait: pick(TRAIT_IDS), op, value };
};

/**
 * A condition nested `depth` levels: `all` / `any` over a comparison and a deeper condition, or
 * `not` over a deeper condition; comparisons at the leaves. Depth 1–3 gives 2–4 comparisons a
 * rule (the shipped roles have one each), so the rules are larger than real ones, not smaller.
 */
const condition = (depth: number): Condition => {
  if (depth === 0) return comparison();
  const kind = rng();
  if (kind < 0.4) return { all: shuffled([comparison(), condition(depth - 1)]) };
  if (kind < 0.8) return { any: shuffled([comparison(), condition(depth - 1)]) };
  return { not: condition(depth - 1) };
};

/** A role profile as it would arrive from a file: plain data, not yet validated. */
const syntheticProfile = (index: number): unknown => ({
  id: `synthetic-${index}`,
  kind: index % 10 === 0 ? 'contrast' : 'role',
  source: ['bench/engine.ts'],
  title: text(`Synthetic role ${index}`),
  summary: text('A generated profile with eight weighted traits and five rules.'),
  duties: [{ text: text('Does what the benchmark asks.') }],
  traits: Object.fromEntries(
    shuffled(TRAIT_IDS)
      .slice(0, 8)
      .map((trait) => [trait, { ideal: int(1, 5), weight: int(1, 10) }]),
  ),
  rules: Array.from({ length: 5 }, (_, i) => ({
    id: `rule-${i + 1}`,
    when: condition(int(1, 3)),
    event: { adjust: int(-20, 20), ...(rng() < 0.5 ? { warning: text(`Warning ${i + 1}.`) } : { note: text(`Note ${i + 1}.`) }) },
  })),
  misconceptions: [{ myth: text('A myth.'), reality: text('The reality.') }],
});

const answerSet = (): TraitAnswers => Object.fromEntries(TRAIT_IDS.map((id) => [id, int(1, 5)])) as Record<TraitId, number>;

// --- measuring ------------------------------------------------------------------------------

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const us = (value: number) => (value * 1000).toFixed(1);
/** Results are kept here so no work can be optimised away. */
let sink = 0;

interface LoadRun {
  readonly validate: number;
  readonly score: number;
}

/** Validates `raw` with the role schema and scores every role for one set of answers. */
const loadAndScore = (raw: readonly unknown[], answers: TraitAnswers): LoadRun => {
  const start = performance.now();
  const roles = raw.map((profile) => roleSchema.parse(profile));
  const validated = performance.now();
  const results = assess(roles, answers);
  const scored = performance.now();
  sink += results.length + (results[0]?.score ?? 0);
  return { validate: validated - start, score: scored - validated };
};

// --- json-rules-engine ----------------------------------------------------------------------

const JRE_OPERATORS: Readonly<Record<OperatorName, string>> = {
  lt: 'lessThan',
  lte: 'lessThanInclusive',
  gt: 'greaterThan',
  gte: 'greaterThanInclusive',
  eq: 'equal',
  ne: 'notEqual',
  in: 'in',
  nin: 'notIn',
};

type JreCondition = RuleProperties['conditions'];

/** The same condition in json-rules-engine's format: facts are the trait answers. */
const toJre = (node: Condition): unknown => {
  if ('all' in node) return { all: node.all.map(toJre) };
  if ('any' in node) return { any: node.any.map(toJre) };
  if ('not' in node) return { not: toJre(node.not) };
  return { fact: node.trait, operator: JRE_OPERATORS[node.op], value: node.value };
};
/** json-rules-engine wants all / any / not at the top, so a lone comparison is wrapped. */
const topLevel = (node: Condition): JreCondition => (('trait' in node ? { all: [toJre(node)] } : toJre(node)) as JreCondition);

const jreEngine = (role: Role): Engine =>
  new Engine(
    role.rules.map((rule) => ({ name: rule.id, conditions: topLevel(rule.when), event: { type: rule.id, params: { adjust: rule.event.adjust } } })),
    { allowUndefinedFacts: false },
  );

// --- the benchmark --------------------------------------------------------------------------

const main = async (): Promise<void> => {
  const raw = Array.from({ length: SIZES.at(-1)! }, (_, i) => syntheticProfile(i));
  const answers = Array.from({ length: FACT_SETS }, answerSet);
  const lines: string[] = [];
  const out = (line = '') => lines.push(line);

  // Cold: the first pass in this process, before the JIT has seen any of it.
  const cold = loadAndScore(raw, answers[0]!);
  log(`cold 10,000: ${ms(cold.validate + cold.score)} ms`);

  for (let i = 0; i < 5; i++) loadAndScore(raw.slice(0, 1_000), answers[i % FACT_SETS]!);

  const rows = SIZES.map((size) => {
    const runs = Math.max(MIN_RUNS, Math.ceil(PROFILES_PER_SIZE / size));
    const slice = raw.slice(0, size);
    const measured = Array.from({ length: runs }, (_, i) => loadAndScore(slice, answers[i % FACT_SETS]!));
    const validate = median(measured.map((r) => r.validate));
    const score = median(measured.map((r) => r.score));
    const total = median(measured.map((r) => r.validate + r.score));
    log(`${size} profiles: ${ms(total)} ms (${runs} runs)`);
    return { size, runs, validate, score, total, perProfile: total / size };
  });

  out('### Engine: profiles validated and scored');
  out();
  out(
    'Synthetic role profiles (8 weighted traits, 5 rules each with `all` / `any` / `not` nested 1–3 deep over 2–4 comparisons), ' +
      'validated with `roleSchema` (zod) and ranked with `assess()` for one set of 17 answers. ' +
      'Each figure is the median of the runs shown, after a warm-up, in one process.',
  );
  out();
  out('| profiles | runs | validate ms | score ms | total ms | µs per profile |');
  out('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    out(`| ${row.size.toLocaleString('en')} | ${row.runs} | ${ms(row.validate)} | ${ms(row.score)} | ${ms(row.total)} | ${us(row.perProfile)} |`);
  }
  out();
  const big = rows.at(-1)!;
  const flat = rows.filter((row) => row.size >= 100).map((row) => row.perProfile);
  const reference = median(flat);
  const spread = Math.max(...flat.map((value) => Math.abs(value - reference) / reference));
  const coldTotal = cold.validate + cold.score;
  out(
    `- 10,000 profiles: **${ms(big.total)} ms** warm (median), **${ms(coldTotal)} ms** cold ` +
      `(the first pass in a fresh process: validate ${ms(cold.validate)} ms, score ${ms(cold.score)} ms); target under 1,000 ms: ` +
      `${coldTotal < 1000 && big.total < 1000 ? 'met' : 'missed'}.`,
  );
  out(
    `- Time per profile from 100 to 10,000: within **±${(spread * 100).toFixed(0)} %** of its median (${us(reference)} µs); ` +
      `target ±25 %: ${spread <= 0.25 ? 'met' : 'missed'}.`,
  );
  out();

  // Same rules, same facts: careerfit's runRules() against json-rules-engine's engine.run().
  const roles = raw.slice(0, COMPARE_PROFILES).map((profile) => roleSchema.parse(profile));
  const engines = roles.map(jreEngine);
  let fired = 0;
  for (const facts of answers) {
    for (const [i, role] of roles.entries()) {
      const ours = runRules(role.rules, facts).map((f) => f.rule.id);
      const theirs = (await engines[i]!.run({ ...facts })).events.map((event) => event.type);
      if (ours.sort().join() !== theirs.sort().join()) {
        throw new Error(`${role.id}: careerfit fired [${ours.join()}], json-rules-engine [${theirs.join()}]`);
      }
      fired += ours.length;
    }
  }
  const checked = roles.length * answers.length;
  log(`json-rules-engine agrees on ${checked} profile × answer pairs`);

  const careerfitRun = (facts: TraitAnswers) => {
    const start = performance.now();
    for (const role of roles) sink += runRules(role.rules, facts).length;
    return performance.now() - start;
  };
  const jreRun = async (facts: TraitAnswers) => {
    const start = performance.now();
    for (const engine of engines) sink += (await engine.run({ ...facts })).events.length;
    return performance.now() - start;
  };
  for (let i = 0; i < 3; i++) {
    careerfitRun(answers[i]!);
    await jreRun(answers[i]!);
  }
  const ourTimes: number[] = [];
  const theirTimes: number[] = [];
  const runs = Math.max(MIN_RUNS, 10);
  for (let i = 0; i < runs; i++) {
    const facts = answers[i % FACT_SETS]!;
    ourTimes.push(careerfitRun(facts));
    theirTimes.push(await jreRun(facts));
  }
  const ours = median(ourTimes);
  const theirs = median(theirTimes);
  const ratio = theirs / ours;
  log(`careerfit ${ms(ours)} ms, json-rules-engine ${ms(theirs)} ms for ${COMPARE_PROFILES} profiles`);

  out('### Engine: careerfit vs json-rules-engine');
  out();
  out(
    `The rules of ${COMPARE_PROFILES.toLocaleString('en')} of those profiles (5 each), translated to json-rules-engine's format ` +
      '(facts = the 17 trait answers; `lte` → `lessThanInclusive` and so on), run against the same answers: careerfit\'s ' +
      '`runRules()` (which also records why each rule fired) vs a prebuilt json-rules-engine `Engine` per profile and ' +
      `\`await engine.run(facts)\`. Before timing, both fired exactly the same rules for all ${checked.toLocaleString('en')} ` +
      `profile × answer pairs (${fired.toLocaleString('en')} firings). Median of ${runs} runs, interleaved.`,
  );
  out();
  out(`| engine | ms for ${COMPARE_PROFILES.toLocaleString('en')} profiles | µs per profile (5 rules) | ratio |`);
  out('| --- | ---: | ---: | ---: |');
  out(`| careerfit \`runRules\` | ${ms(ours)} | ${us(ours / COMPARE_PROFILES)} | 1× |`);
  out(`| json-rules-engine 7.3.1 \`engine.run\` | ${ms(theirs)} | ${us(theirs / COMPARE_PROFILES)} | ${ratio.toFixed(0)}× slower |`);
  out();
  out(`- careerfit is **${ratio.toFixed(0)}×** faster on the same rules and facts; target at least 10×: ${ratio >= 10 ? 'met' : 'missed'}.`);

  if (sink === Number.MIN_VALUE) log('(unreachable)');
  process.stdout.write(`${lines.join('\n')}\n`);
};

await main();
