// The validity harness: simulated people answer the quiz, batch scoring ranks the roles, and the
// table says how much the ranking reflects the shape of a profile rather than its overall level,
// how stable it is under new answer noise, and whether bad answer patterns are caught.
// Run through `npm run validity` (scripts/validity.js bundles this file with esbuild first); it
// prints Markdown on standard output, and the runner writes it to bench/VALIDITY.md.
//
// The model of a plausible person is fixed, so numbers stay comparable between versions:
//   level L ~ Normal(3.4, 0.6); each trait t = clamp(L + Normal(0, 0.8), 1, 5);
//   each Likert answer = round(clamp(t' + Normal(0, 0.7), 1, 5)), t' = t or 6 − t when reverse-keyed;
//   a retest is a second, independent set of answer noise for the same true traits.
// Uniform people have every trait drawn uniformly from [1, 5] and answer the same way.
import { loadCatalogDir } from '../src/cli/input/catalog-dir.js';
import { answerAll } from '../src/core/follow-ups.js';
import { SCALE_MAX, SCALE_MIN, TRAIT_IDS, type TraitAnswers, type TraitId } from '../src/core/traits.js';
import type { Catalog, Question } from '../src/core/types.js';
import { checkPersona, loadPersonas } from './gold-personas.js';
import { normal as normalOf, random } from './random.js';

const PEOPLE = Number(process.env.VALIDITY_PEOPLE ?? 20_000);
const SEED = 20261123;
const SEED_ROLES = ['aktivis-okp', 'pemberdayaan-masyarakat', 'pengelola-program-lsm', 'konsultan-pemberdayaan'];

const catalog: Catalog = await loadCatalogDir('data', process);
const clamp = (x: number) => Math.min(SCALE_MAX, Math.max(SCALE_MIN, x));

type Traits = Record<TraitId, number>;
type Respond = (question: Question) => number;

/** A person's answers come from their true traits and one stream of noise per sitting. */
const responder = (traits: Traits, seed: number, shift = 0): Respond => {
  const noise = normalOf(random(seed));
  const drawn = new Map<string, number>();
  return (question) => {
    // The same item gets the same noise within a sitting, whatever order it is asked in.
    if (!drawn.has(question.id)) drawn.set(question.id, noise(0, 0.7));
    const t = question.reverse ? SCALE_MIN + SCALE_MAX - traits[question.trait] : traits[question.trait];
    return Math.round(clamp(t + drawn.get(question.id)! + shift));
  };
};

/** Answers the fixed items, then whatever follow-ups the engine asks for. */
const sit = (respond: Respond) => {
  const { evaluation, followUps } = answerAll(catalog, respond);
  return { ...evaluation, followUps };
};

const plausible = (rng: () => number): Traits => {
  const n = normalOf(rng);
  const level = n(3.4, 0.6);
  return Object.fromEntries(TRAIT_IDS.map((id) => [id, clamp(level + n(0, 0.8))])) as Traits;
};
const uniform = (rng: () => number): Traits => Object.fromEntries(TRAIT_IDS.map((id) => [id, 1 + 4 * rng()])) as Traits;

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const correlation = (xs: readonly number[], ys: readonly number[]) => {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
};
const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
const levelMean = (traits: TraitAnswers) => mean(TRAIT_IDS.map((id) => traits[id]));

interface Population {
  readonly scores: Map<string, number[]>;
  readonly levels: number[];
  readonly top: Map<string, number>;
  clear: number;
  clearSame: number;
  retestInClose: number;
  multiClose: number;
  shiftChanged: number;
  followUps: number;
  unreliable: number;
  readonly n: number;
}

const simulate = (draw: (rng: () => number) => Traits, seed: number): Population => {
  const rng = random(seed);
  const pop: Population = {
    scores: new Map(catalog.roles.map((r) => [r.id, []])),
    levels: [],
    top: new Map(catalog.roles.map((r) => [r.id, 0])),
    clear: 0,
    clearSame: 0,
    retestInClose: 0,
    multiClose: 0,
    shiftChanged: 0,
    followUps: 0,
    unreliable: 0,
    n: PEOPLE,
  };
  for (let i = 0; i < PEOPLE; i++) {
    const traits = draw(rng);
    const sitting = Math.floor(rng() * 2 ** 31);
    const test = sit(responder(traits, sitting));
    const retest = sit(responder(traits, sitting + 1));
    const shifted = sit(responder(traits, sitting, 0.5));
    for (const r of test.ranked) pop.scores.get(r.role.id)!.push(r.exact);
    pop.levels.push(levelMean(test.levels));
    const top = test.ranked[0]!.role.id;
    pop.top.set(top, pop.top.get(top)! + 1);
    const retestTop = retest.ranked[0]!.role.id;
    if (test.close.length === 1) {
      pop.clear += 1;
      if (retestTop === top) pop.clearSame += 1;
    } else pop.multiClose += 1;
    if (test.close.includes(retestTop)) pop.retestInClose += 1;
    if (shifted.ranked[0]!.role.id !== top) pop.shiftChanged += 1;
    pop.followUps += test.followUps;
    if (!test.reliable) pop.unreliable += 1;
  }
  return pop;
};

const measures = (pop: Population) => {
  const seed = SEED_ROLES.filter((id) => pop.scores.has(id));
  const pairs: number[] = [];
  for (let a = 0; a < seed.length; a++)
    for (let b = a + 1; b < seed.length; b++) pairs.push(correlation(pop.scores.get(seed[a]!)!, pop.scores.get(seed[b]!)!));
  const withLevel = [...pop.scores].map(([id, s]) => [id, correlation(s, pop.levels)] as const);
  const maxLevel = withLevel.reduce((m, x) => (Math.abs(x[1]) > Math.abs(m[1]) ? x : m));
  const shares = [...pop.top].map(([id, n]) => [id, n / pop.n] as const).sort((a, b) => b[1] - a[1]);
  const seedShares = shares.filter(([id]) => seed.includes(id));
  return { pairs, maxLevel, shares, minSeed: seedShares[seedShares.length - 1]! };
};

/** Answer patterns that carry no information must never be told they fit. */
const degenerate = () => {
  const cases: [string, (q: Question) => number][] = [1, 2, 3, 4, 5].map((v) => [`every answer ${v}`, () => v]);
  return cases.map(([name, respond]) => {
    const result = sit(respond);
    return { name, fit: result.fit, reliable: result.reliable };
  });
};

const personas = async () => {
  const all = await loadPersonas();
  const failed = all.flatMap((p) => {
    const why = checkPersona(catalog, p);
    return why ? [`${p.id} (${why})`] : [];
  });
  return { total: all.length, failed };
};

const f2 = (x: number) => x.toFixed(2);
const started = Date.now();
const plaus = simulate(plausible, SEED);
const unif = simulate(uniform, SEED + 1);
const mp = measures(plaus);
const mu = measures(unif);
const bad = degenerate();
const gold = await personas();
const share = ([id, s]: readonly [string, number]) => `${(100 * s).toFixed(1)} % (${id})`;

const rows: [string, string, string][] = [
  ['mean pairwise correlation of the four seed roles\' scores (plausible)', '≤ 0.50', `${f2(mean(mp.pairs))} (range ${f2(Math.min(...mp.pairs))}–${f2(Math.max(...mp.pairs))})`],
  ['largest correlation of a role\'s score with the mean trait level, plausible / uniform', '≤ 0.40', `${f2(mp.maxLevel[1])} (${mp.maxLevel[0]}) / ${f2(mu.maxLevel[1])} (${mu.maxLevel[0]})`],
  ['largest share of #1, plausible / uniform', '≤ 30 % each', `${share(mp.shares[0]!)} / ${share(mu.shares[0]!)}`],
  ['smallest share of #1 for a seed role (plausible)', '≥ 10 %', share(mp.minSeed)],
  ['one clear #1, and the retest\'s #1 is the same role', '≥ 85 % of those', `${pct(plaus.clearSame, plaus.clear)} of ${plaus.clear}`],
  ['retest\'s #1 is in the test\'s close roles', '≥ 75 %', pct(plaus.retestInClose, plaus.n)],
  ['reports with more than one close role', '≤ 40 %', pct(plaus.multiClose, plaus.n)],
  ['top role changes when every answer is shifted +0.5', '≤ 15 %', pct(plaus.shiftChanged, plaus.n)],
  ...bad.map(({ name, fit, reliable }): [string, string, string] => [name, 'fit: false, unreliable', `fit: ${fit}, ${reliable ? 'reliable' : 'unreliable'}`]),
  ['gold personas from the seeds', '100 %', `${pct(gold.total - gold.failed.length, gold.total)} of ${gold.total}`],
];

const lines = [
  '# Validity',
  '',
  `Output of \`npm run validity\` (bench/validity.ts): ${PEOPLE} plausible and ${PEOPLE} uniform simulated people, seed ${SEED}, ` +
    `${catalog.questions.length} fixed items, ${catalog.roles.length} roles.`,
  '',
  '| measure | target | result |',
  '|---|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
  `Shares of #1, plausible: ${mp.shares.map(share).join(', ')}.`,
  `Shares of #1, uniform: ${mu.shares.map(share).join(', ')}.`,
  `Seed-role score correlations (plausible): ${mp.pairs.map(f2).join(', ')}.`,
  `Follow-up items asked, plausible: ${(plaus.followUps / plaus.n).toFixed(2)} a person on average; answers judged unreliable: ${pct(plaus.unreliable, plaus.n)}.`,
  ...(gold.failed.length ? ['', `Gold personas that fail: ${gold.failed.join('; ')}.`] : []),
  '',
];
process.stdout.write(lines.join('\n'));
process.stderr.write(`validity: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
