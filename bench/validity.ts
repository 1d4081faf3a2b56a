// The validity harness: simulated people answer the quiz (the fixed items, then the follow-ups the
// engine asks for), careerfit ranks the roles, and the table says how often its best fit is the
// person's true best fit (careerfit's own ranking on the person's true traits), whether "about 7
// in 10" means 7 in 10, how much the ranking reflects the shape of a profile rather than its
// overall level, how stable it is under new answer noise, whether bad answer patterns are caught,
// and whether any report contradicts itself.
// Run through `npm run validity` (scripts/validity.js bundles this file with esbuild first); it
// prints Markdown on standard output, and the runner writes it to bench/VALIDITY.md.
//
// The model of a plausible person is fixed, so numbers stay comparable between versions:
//   level L ~ Normal(3.4, 0.6); each trait t = clamp(L + Normal(0, 0.8), 1, 5);
//   each Likert answer = round(clamp(t' + Normal(0, 0.7), 1, 5)), t' = t or 6 − t when reverse-keyed;
//   a retest is a second, independent set of answer noise for the same true traits.
// Uniform people have every trait drawn uniformly from [1, 5] and answer the same way.
import { loadCatalogDir } from '../src/cli/input/catalog-dir.js';
import { renderReportText } from '../src/cli/render/report.js';
import { defaultStyle } from '../src/cli/output/display.js';
import { assess } from '../src/core/assess.js';
import { answerAll, MAX_FOLLOW_UPS } from '../src/core/follow-ups.js';
import { buildReport } from '../src/core/report.js';
import { SCALE_MAX, SCALE_MIN, TRAIT_IDS, type TraitAnswers, type TraitId } from '../src/core/traits.js';
import type { Catalog, Question } from '../src/core/types.js';
import { reportView } from '../src/core/views/report.js';
import { CONTRADICTIONS, contradictionsOf, wordingProblems, type ContradictionKind } from './contradictions.js';
import { checkPersona, loadPersonas } from './gold-personas.js';
import { normal as normalOf, random } from './random.js';
import { Chalk } from 'chalk';

const PEOPLE = Number(process.env.VALIDITY_PEOPLE ?? 20_000);
const SEED = 20261123;
const SEED_ROLES = ['aktivis-okp', 'pemberdayaan-masyarakat', 'pengelola-program-lsm', 'konsultan-pemberdayaan'];
/** Follow-up caps for the curve of "more than one close role" against follow-ups asked. */
const CAPS = [0, 2, 4, 6, 8, MAX_FOLLOW_UPS];
/** People whose whole text report is read for wording, in each language. */
const READ = 300;

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

/** Answers the fixed items, then whatever follow-ups the engine asks for (at most `cap`). */
const sit = (respond: Respond, cap = MAX_FOLLOW_UPS) => {
  const { evaluation, followUps, answers } = answerAll(catalog, respond, cap);
  return { ...evaluation, followUps, answers };
};

const plausible = (rng: () => number): Traits => {
  const n = normalOf(rng);
  const level = n(3.4, 0.6);
  return Object.fromEntries(TRAIT_IDS.map((id) => [id, clamp(level + n(0, 0.8))])) as Traits;
};
const uniform = (rng: () => number): Traits => Object.fromEntries(TRAIT_IDS.map((id) => [id, 1 + 4 * rng()])) as Traits;

/** The person's true best fit: careerfit's own ranking on their true traits. */
const trueTop = (traits: Traits): string => assess(catalog.roles, traits)[0]!.role.id;

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
  hit: number;
  clear: number;
  clearHit: number;
  closeHit: number;
  clearSame: number;
  retestInClose: number;
  multiClose: number;
  shiftChanged: number;
  followUps: number;
  maxFollowUps: number;
  unreliable: number;
  /** Reports whose #1 is held back (no role counts), and of those and of the others, how many have a comparison role first. */
  allHeld: number;
  contrastHeld: number;
  contrastCounting: number;
  /** Per tenth of stated P(#1): people, the sum of what was stated, and how many were right. */
  readonly calibration: { n: number; stated: number; hit: number }[];
  readonly contradictions: Map<ContradictionKind, number>;
  readonly n: number;
}

const simulate = (draw: (rng: () => number) => Traits, seed: number, full: boolean): Population => {
  const rng = random(seed);
  const pop: Population = {
    scores: new Map(catalog.roles.map((r) => [r.id, []])),
    levels: [],
    top: new Map(catalog.roles.map((r) => [r.id, 0])),
    hit: 0,
    clear: 0,
    clearHit: 0,
    closeHit: 0,
    clearSame: 0,
    retestInClose: 0,
    multiClose: 0,
    shiftChanged: 0,
    followUps: 0,
    maxFollowUps: 0,
    unreliable: 0,
    allHeld: 0,
    contrastHeld: 0,
    contrastCounting: 0,
    calibration: Array.from({ length: 10 }, () => ({ n: 0, stated: 0, hit: 0 })),
    contradictions: new Map((Object.keys(CONTRADICTIONS) as ContradictionKind[]).map((k) => [k, 0])),
    n: PEOPLE,
  };
  for (let i = 0; i < PEOPLE; i++) {
    const traits = draw(rng);
    const sitting = Math.floor(rng() * 2 ** 31);
    const test = sit(responder(traits, sitting));
    const truth = trueTop(traits);
    for (const r of test.ranked) pop.scores.get(r.role.id)!.push(r.exact);
    pop.levels.push(levelMean(test.levels));
    const top = test.ranked[0]!.role.id;
    pop.top.set(top, pop.top.get(top)! + 1);
    if (top === truth) pop.hit += 1;
    const contrastFirst = test.ranked[0]!.role.kind === 'contrast';
    if (test.ranked[0]!.limits.length) {
      pop.allHeld += 1;
      if (contrastFirst) pop.contrastHeld += 1;
    } else if (contrastFirst) pop.contrastCounting += 1;
    if (test.close.includes(truth)) pop.closeHit += 1;
    pop.followUps += test.followUps;
    pop.maxFollowUps = Math.max(pop.maxFollowUps, test.followUps);
    if (!test.reliable) pop.unreliable += 1;
    if (!full) continue;
    const retest = sit(responder(traits, sitting + 1));
    const shifted = sit(responder(traits, sitting, 0.5));
    const retestTop = retest.ranked[0]!.role.id;
    if (test.close.length === 1) {
      pop.clear += 1;
      if (top === truth) pop.clearHit += 1;
      if (retestTop === top) pop.clearSame += 1;
    } else pop.multiClose += 1;
    if (test.close.includes(retestTop)) pop.retestInClose += 1;
    if (shifted.ranked[0]!.role.id !== top) pop.shiftChanged += 1;
    if (test.reliable) {
      const stated = test.odds[0]!;
      const bucket = pop.calibration[Math.min(9, Math.floor(stated * 10))]!;
      bucket.n += 1;
      bucket.stated += stated;
      if (top === truth) bucket.hit += 1;
    }
    const report = buildReport(catalog, { answers: test.answers, traits: {} }, i % 2 ? 'id' : 'en');
    for (const kind of contradictionsOf(report)) pop.contradictions.set(kind, pop.contradictions.get(kind)! + 1);
  }
  return pop;
};

/** The share of multi-close reports when at most `cap` follow-ups are asked, on fewer people (the curve). */
const multiCloseAt = (cap: number, people: number): { multi: number; followUps: number; hit: number } => {
  const rng = random(SEED + 7);
  let multi = 0;
  let followUps = 0;
  let hit = 0;
  for (let i = 0; i < people; i++) {
    const traits = plausible(rng);
    const test = sit(responder(traits, Math.floor(rng() * 2 ** 31)), cap);
    if (test.close.length > 1) multi += 1;
    if (test.ranked[0]!.role.id === trueTop(traits)) hit += 1;
    followUps += test.followUps;
  }
  return { multi: multi / people, followUps: followUps / people, hit: hit / people };
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
  const contrast = shares.filter(([id]) => catalog.roles.find((r) => r.id === id)!.kind === 'contrast').reduce((sum, [, s]) => sum + s, 0);
  return { pairs, maxLevel, shares, minSeed: seedShares[seedShares.length - 1]!, contrast };
};

/** Answer patterns that carry no information must never be told they fit. */
const degenerate = () =>
  [1, 2, 3, 4, 5].map((v) => {
    const result = sit(() => v);
    return { name: `every answer ${v}`, fit: result.fit, reliable: result.reliable };
  });

const personas = async () => {
  const all = await loadPersonas();
  const failed = all.flatMap((p) => {
    const why = checkPersona(catalog, p);
    return why ? [`${p.id} (${why})`] : [];
  });
  return { total: all.length, failed, all };
};

/** Whole text reports read for words a student should not meet: some simulated people and every gold persona, both languages. */
const wording = (gold: Awaited<ReturnType<typeof personas>>['all']): string[] => {
  const rng = random(SEED + 3);
  const style = defaultStyle(new Chalk({ level: 0 }));
  const sets = [
    ...Array.from({ length: READ }, () => ({ answers: sit(responder(plausible(rng), Math.floor(rng() * 2 ** 31))).answers, traits: {} })),
    ...gold.map((p) => ({ answers: {}, traits: Object.fromEntries(TRAIT_IDS.map((id) => [id, p.traits[id] ?? 3])) })),
  ];
  return sets.flatMap((set) =>
    (['en', 'id'] as const).flatMap((lang) => wordingProblems(renderReportText(reportView(buildReport(catalog, set, lang), { top: 6 }), style))),
  );
};

const f2 = (x: number) => x.toFixed(2);
const started = Date.now();
const plaus = simulate(plausible, SEED, true);
const unif = simulate(uniform, SEED + 1, false);
const mp = measures(plaus);
const mu = measures(unif);
const bad = degenerate();
const gold = await personas();
const words = wording(gold.all);
const curvePeople = Math.max(500, Math.round(PEOPLE / 4));
const curve = CAPS.map((cap) => ({ cap, ...multiCloseAt(cap, curvePeople) }));
const share = ([id, s]: readonly [string, number]) => `${(100 * s).toFixed(1)} % (${id})`;
const calibrated = plaus.calibration.map((b, i) => ({ i, ...b })).filter((b) => b.n >= 200);
const worstCalibration = Math.max(...calibrated.map((b) => Math.abs((100 * b.stated) / b.n - (100 * b.hit) / b.n)));
const contradictions = [...plaus.contradictions.values()].reduce((a, b) => a + b, 0);
const notFirst = gold.all.filter((p) => p.expect.not).length;

const rows: [string, string, string][] = [
  ['#1 is the true #1 (plausible)', '≥ 64 %', pct(plaus.hit, plaus.n)],
  ['a single clear #1 is the true #1', '≥ 85 %', `${pct(plaus.clearHit, plaus.clear)} of ${plaus.clear}`],
  ['`close` holds the true #1', '≥ 85 %', pct(plaus.closeHit, plaus.n)],
  ['reports with more than one close role (quiz with follow-ups)', '≤ 65 %', pct(plaus.multiClose, plaus.n)],
  ['calibration: stated vs observed P(#1 is the true #1), each tenth with ≥ 200 people', 'within ±5 points', `worst ${worstCalibration.toFixed(1)} points over ${calibrated.length} tenths`],
  ['follow-ups asked, mean / max (plausible)', '≤ 6 / ≤ 10', `${(plaus.followUps / plaus.n).toFixed(2)} / ${plaus.maxFollowUps}`],
  ['reports that contradict themselves (any kind below)', '0', `${contradictions}`],
  ['report lines with statistics words, weights, item keying, or "+" beside "below"', '0', `${words.length} in ${2 * (READ + gold.total)} reports`],
  ['comparison roles\' combined share of #1 (plausible)', '≤ 40 %', `${(100 * mp.contrast).toFixed(1)} %`],
  ['mean pairwise correlation of the four seed roles\' scores (plausible)', '≤ 0.50', `${f2(mean(mp.pairs))} (range ${f2(Math.min(...mp.pairs))}–${f2(Math.max(...mp.pairs))})`],
  ['largest correlation of a role\'s score with the mean trait level, plausible / uniform', '≤ 0.40', `${f2(mp.maxLevel[1])} (${mp.maxLevel[0]}) / ${f2(mu.maxLevel[1])} (${mu.maxLevel[0]})`],
  ['largest share of #1, plausible / uniform', '≤ 30 % each', `${share(mp.shares[0]!)} / ${share(mu.shares[0]!)}`],
  ['smallest share of #1 for a seed role (plausible)', '≥ 10 %', share(mp.minSeed)],
  ['one clear #1, and the retest\'s #1 is the same role', 'for comparison', `${pct(plaus.clearSame, plaus.clear)} of ${plaus.clear}`],
  ['retest\'s #1 is in the test\'s close roles', 'for comparison', pct(plaus.retestInClose, plaus.n)],
  ['top role changes when every answer is shifted +0.5', 'for comparison', pct(plaus.shiftChanged, plaus.n)],
  ...bad.map(({ name, fit, reliable }): [string, string, string] => [name, 'fit: false, unreliable', `fit: ${fit}, ${reliable ? 'reliable' : 'unreliable'}`]),
  ['gold personas from the seeds (a `not:` persona also never has the ruled-out role first)', '100 %', `${pct(gold.total - gold.failed.length, gold.total)} of ${gold.total} (${notFirst} \`not:\`)`],
];

const lines = [
  '# Validity',
  '',
  `Output of \`npm run validity\` (bench/validity.ts): ${PEOPLE} plausible and ${PEOPLE} uniform simulated people, seed ${SEED}, ` +
    `${catalog.questions.length} fixed items and ${catalog.followUps?.length ?? 0} follow-ups, ${catalog.roles.length} roles. ` +
    'The true #1 is careerfit\'s own #1 on the person\'s true traits.',
  '',
  '| measure | target | result |',
  '|---|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
  `Calibration (plausible, reliable answers): ${plaus.calibration
    .map((b, i) => (b.n ? `${i * 10}–${i * 10 + 10} %: stated ${((100 * b.stated) / b.n).toFixed(1)}, observed ${((100 * b.hit) / b.n).toFixed(1)} (${b.n})` : ''))
    .filter(Boolean)
    .join('; ')}.`,
  `More than one close role against the follow-ups allowed (${curvePeople} plausible people each): ${curve
    .map((c) => `at most ${c.cap}: ${(100 * c.multi).toFixed(1)} % (${c.followUps.toFixed(2)} asked, #1 true ${(100 * c.hit).toFixed(1)} %)`)
    .join('; ')}.`,
  `Contradictions by kind (plausible): ${[...plaus.contradictions].map(([k, n]) => `${k} ${n}`).join(', ')}.`,
  `Comparison roles first (plausible): ${pct(plaus.contrastCounting, plaus.n - plaus.allHeld)} of the reports whose #1 can count as a fit, ${pct(plaus.contrastHeld, plaus.allHeld)} of those in which no role counts (${pct(plaus.allHeld, plaus.n)} of all).`,
  `Shares of #1, plausible: ${mp.shares.map(share).join(', ')}.`,
  `Shares of #1, uniform: ${mu.shares.map(share).join(', ')}.`,
  `Seed-role score correlations (plausible): ${mp.pairs.map(f2).join(', ')}.`,
  `Answers judged unreliable, plausible: ${pct(plaus.unreliable, plaus.n)}.`,
  ...(gold.failed.length ? ['', `Gold personas that fail: ${gold.failed.join('; ')}.`] : []),
  ...(words.length ? ['', `Wording to fix: ${[...new Set(words)].slice(0, 10).join(' | ')}.`] : []),
  '',
];
process.stdout.write(lines.join('\n'));
process.stderr.write(`validity: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
