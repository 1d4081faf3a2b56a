import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogDir } from '../../src/cli/input/catalog-dir.js';
import type { Text } from '../../src/core/text.js';
import type { Catalog, Role } from '../../src/core/types.js';

/**
 * What each seed states about its role, as fact ids. Read from the seed text sentence by sentence;
 * each id must be carried by exactly one entry of the matching section of the role's profile
 * (`job` facts, what the job is, by the summary's `facts`).
 */
const SEEDS = {
  '000_81ead999b5744c95.txt': {
    role: 'aktivis-okp',
    job: ['advance-interests'],
    duty: ['advocacy', 'campaign', 'organise-actions', 'cooperate-members', 'coordinate-parties', 'inform-public'],
    fit: ['proactive', 'social-interest', 'influence-mobilise', 'dedication', 'leadership', 'commitment-change'],
    unfit: ['no-social-interest', 'poor-communication', 'dislikes-teamwork'],
    myth: ['only-social-no-impact'],
    expect: ['always-front-line'],
    diff: ['pekerja-sosial'],
  },
  '001_40d9654797bcd14c.txt': {
    role: 'pemberdayaan-masyarakat',
    job: ['improve-welfare', 'self-reliance'],
    duty: ['plan-implement-programs', 'understand-needs', 'cooperate-parties'],
    fit: ['empathy', 'communicative', 'teamwork', 'analytical', 'decision-making'],
    unfit: ['low-empathy', 'poor-communication', 'no-helping-motivation'],
    myth: ['only-facilitator', 'only-local'],
    expect: ['only-admin-routine'],
    diff: ['pekerja-sosial'],
  },
  '002_4d313bbe35e6504c.txt': {
    role: 'pengelola-program-lsm',
    job: ['plan-run-activities'],
    duty: ['design-programs', 'organise-events', 'coordinate-volunteers', 'analyse-needs', 'report-activities', 'advocate-rights'],
    fit: ['social-service-interest', 'dedication', 'planning', 'communication'],
    unfit: ['weak-leadership', 'insensitive-social', 'public-pressure'],
    myth: ['funding-easy', 'only-govt-donors'],
    expect: [],
    diff: ['manajer-proyek'],
  },
  '003_ea3ea96aaba98d45.txt': {
    role: 'konsultan-pemberdayaan',
    job: ['guide-support'],
    duty: ['analyse-needs', 'design-programs', 'evaluate-programs', 'collaborate-parties'],
    fit: ['social-understanding', 'analytical', 'innovative-solutions', 'communication'],
    unfit: ['low-community-interest', 'weak-communication', 'low-empathy'],
    myth: [],
    expect: ['instant-solutions', 'same-as-social-work', 'all-solutions'],
    diff: ['pekerja-sosial'],
  },
} as const;

type Category = 'job' | 'duty' | 'fit' | 'unfit' | 'myth' | 'expect' | 'diff';

/** Where each kind of fact lives in a profile, and the texts that must exist in both languages. */
const SECTIONS: Record<Category, (role: Role) => { fact?: string; texts: Text[] }[]> = {
  job: (r) => (r.summary.facts ?? []).filter((f) => f.startsWith('job.')).map((fact) => ({ fact, texts: [r.summary] })),
  duty: (r) => r.duties.map((d) => ({ fact: d.fact, texts: [d.text] })),
  fit: (r) => Object.values(r.traits).map((t) => ({ fact: t!.fact, texts: [] })),
  unfit: (r) => r.rules.map((x) => ({ fact: x.fact, texts: x.event.warning ? [x.event.warning] : [] })),
  myth: (r) => r.misconceptions.map((x) => ({ fact: x.fact, texts: [x.myth, x.reality] })),
  expect: (r) => r.expectations.map((x) => ({ fact: x.fact, texts: [x.expectation, x.reality] })),
  diff: (r) => r.differences.map((x) => ({ fact: x.fact, texts: [x.text] })),
};

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogDir('data', process);
});

describe.each(Object.entries(SEEDS))('seed %s', (seed, facts) => {
  const role = () => catalog.roles.find((r) => r.id === facts.role)!;

  it(`is the source of ${facts.role}`, () => {
    expect(role()).toBeDefined();
    expect(role().source).toContain(seed);
    expect(role().kind).toBe('role');
  });

  it.each(Object.keys(SECTIONS) as Category[])('has every %s fact, once, in its section', (category) => {
    const entries = SECTIONS[category](role()).filter((e) => e.fact?.startsWith(`${category}.`));
    const found = entries.map((e) => e.fact!.slice(category.length + 1)).sort();
    expect(found).toEqual([...facts[category]].sort());
  });

  it('states misconceptions, expectations and differences only from the seed (counts match)', () => {
    expect(role().misconceptions).toHaveLength(facts.myth.length);
    expect(role().expectations).toHaveLength(facts.expect.length);
    expect(role().differences).toHaveLength(facts.diff.length);
    // One warning rule per "probably not a fit" condition: it holds the role back from counting as
    // a fit (limits.ts), and adds no hidden ranking points.
    const unfit = role().rules.filter((r) => r.fact?.startsWith('unfit.'));
    expect(unfit).toHaveLength(facts.unfit.length);
    for (const rule of unfit) expect(rule.event).toMatchObject({ adjust: 0, warning: expect.anything() });
  });

  it('writes every fact in both Indonesian and English', () => {
    const texts = [
      role().title,
      role().summary,
      ...(role().fit ? [role().fit!.text] : []),
      ...role().groups.map((g) => g.why),
      ...Object.values(SECTIONS).flatMap((s) => s(role()).flatMap((e) => e.texts)),
    ];
    for (const text of texts) {
      expect(text.id.trim().length).toBeGreaterThan(0);
      expect(text.en.trim().length).toBeGreaterThan(0);
      expect(text.id).not.toBe(text.en);
    }
  });

  it('names the similar role each difference compares with', () => {
    for (const d of role().differences) expect(d.role).toBe(d.fact!.slice('diff.'.length));
  });
});

/** The comparison roles: what the seeds say about them, from their comparisons. */
const CONTRASTS = {
  'pekerja-sosial': {
    sources: ['000_81ead999b5744c95.txt', '001_40d9654797bcd14c.txt', '003_ea3ea96aaba98d45.txt'],
    diff: ['aktivis-okp', 'pemberdayaan-masyarakat', 'konsultan-pemberdayaan'],
    // 000: direct service to individuals; 003: direct intervention and emotional support.
    only: ['direct_service', 'empathy'],
  },
  'manajer-proyek': {
    sources: ['002_4d313bbe35e6504c.txt'],
    diff: ['pengelola-program-lsm'],
    // 002: profitability is the goal, and that is all the seed says of it.
    only: ['profit_focus'],
  },
} as const;

describe.each(Object.entries(CONTRASTS))('comparison role %s', (id, facts) => {
  const role = () => catalog.roles.find((r) => r.id === id)!;

  it('is a contrast role sourced from the seeds that compare with it', () => {
    expect(role().kind).toBe('contrast');
    expect([...role().source].sort()).toEqual([...facts.sources].sort());
  });

  it('states each comparison back, in both languages', () => {
    expect(role().differences.map((d) => d.role).sort()).toEqual([...facts.diff].sort());
    for (const d of role().differences) {
      expect(d.fact).toBe(`diff.${d.role}`);
      expect(d.text.id).not.toBe(d.text.en);
    }
  });

  it('weighs only the traits the seeds attribute to it, and has no rules the seeds do not state', () => {
    expect(Object.keys(role().traits).sort()).toEqual([...facts.only].sort());
    for (const trait of facts.only) expect(role().traits[trait]?.direction, trait).toBe('at-least');
    expect(role().rules).toEqual([]);
  });
});

/**
 * Seed 004's facts about the two kinds of group, checked by words each language must contain
 * (the article gives no ids; the words are the facts' own nouns).
 */
const GROUP_FACTS = {
  'kelompok-okupasional': {
    kind: 'occupational',
    examples: [['dokter', 'doctor'], ['guru', 'teacher'], ['pengacara', 'lawyer'], ['arsitek', 'architect']],
    roles: [['perawat', 'nurse'], ['spesialis', 'specialist']],
    benefits: [['informasi', 'information'], ['jaringan', 'network'], ['pelatihan', 'training']],
    drawbacks: [['beragam', 'variety']],
    join: [['internet', 'internet'], ['rekomendasi', 'recommendation']],
  },
  'kelompok-relawan': {
    kind: 'volunteer',
    examples: [['bencana', 'disaster'], ['disabilitas', 'disabilit'], ['panti asuhan', 'orphan'], ['lingkungan', 'environment']],
    roles: [['logistik', 'logistics'], ['evakuasi', 'evacuation']],
    benefits: [['kepuasan', 'satisf'], ['kepemimpinan', 'leadership'], ['jaringan', 'network']],
    drawbacks: [['jadwal', 'schedul']],
    join: [['media sosial', 'social media'], ['formulir', 'form'], ['seleksi', 'selection']],
  },
} as const;

describe.each(Object.entries(GROUP_FACTS))('seed 004: group %s', (id, facts) => {
  const group = () => catalog.groups.find((g) => g.id === id)!;

  it('has its kind', () => expect(group().kind).toBe(facts.kind));

  it.each(['examples', 'roles', 'benefits', 'drawbacks', 'join'] as const)('states every %s fact in both languages', (section) => {
    const texts = group()[section];
    for (const [indonesian, english] of facts[section]) {
      expect(texts.some((t) => t.id.toLowerCase().includes(indonesian)), `${section}: ${indonesian}`).toBe(true);
      expect(texts.some((t) => t.en.toLowerCase().includes(english)), `${section}: ${english}`).toBe(true);
    }
  });

  it('is suggested by every seed role, with a reason in both languages', () => {
    for (const role of catalog.roles.filter((r) => r.kind === 'role')) {
      const link = role.groups.find((g) => g.group === id);
      expect(link, role.id).toBeDefined();
      expect(link!.why.id).not.toBe(link!.why.en);
    }
  });
});

describe('every trait entry and every rule cites a seed fact the profile states', () => {
  it.each(['aktivis-okp', 'pemberdayaan-masyarakat', 'pengelola-program-lsm', 'konsultan-pemberdayaan', 'pekerja-sosial', 'manajer-proyek'])('%s', (id) => {
    const role = catalog.roles.find((r) => r.id === id)!;
    const seed = Object.values(SEEDS).find((s) => s.role === id);
    // The ids a profile may cite: its seed's fact list, and the fact ids its own entries carry.
    const known = new Set<string>([
      ...(seed ? Object.entries(seed).flatMap(([category, list]) => (Array.isArray(list) ? list.map((x) => `${category}.${x}`) : [])) : []),
      ...[...role.duties, ...role.misconceptions, ...role.expectations, ...role.differences].flatMap((x) => (x.fact ? [x.fact] : [])),
    ]);
    for (const [trait, entry] of Object.entries(role.traits)) {
      if (!entry || entry.weight === 0) continue;
      expect(entry.fact, `${id} ${trait}`).toBeDefined();
      expect(known.has(entry.fact!), `${id} ${trait}: ${entry.fact}`).toBe(true);
      expect(entry.direction, `${id} ${trait}`).toBeDefined();
    }
    for (const rule of role.rules) {
      expect(rule.fact, `${id} ${rule.id}`).toBeDefined();
      expect(known.has(rule.fact!), `${id} ${rule.id}: ${rule.fact}`).toBe(true);
    }
  });
});

/** Seed 004's facts about each kind of group: every one stated by exactly one entry of groups.yaml. */
const GROUP_SEED = {
  'kelompok-okupasional': [
    'occ-what', 'occ-exchange', 'occ-network', 'occ-competence', 'occ-collaborate', 'occ-narrow',
    'occ-example-doctors', 'occ-example-teachers', 'occ-example-lawyers', 'occ-example-architects',
    'occ-roles', 'occ-roles-doctors',
    'occ-join-research', 'occ-join-internet', 'occ-join-contact', 'occ-join-recommendation',
  ],
  'kelompok-relawan': [
    'vol-what', 'vol-active-help', 'vol-satisfaction', 'vol-skills', 'vol-spirit', 'vol-experience', 'vol-schedule',
    'vol-example-disaster', 'vol-example-disability', 'vol-example-orphanage', 'vol-example-environment',
    'vol-roles', 'vol-roles-disaster',
    // vol-join-find: the seed's "look for groups in your area" and "through the internet, social
    // media or friends" are one step, and a group sentence names one fact.
    'vol-join-find', 'vol-join-contact', 'vol-join-form', 'vol-join-selection',
  ],
} as const;

const GROUP_SENTENCES = ['benefits', 'drawbacks', 'examples', 'roles', 'join'] as const;

/** The facts a role's texts may rest on: its seed's list, what its entries carry, and seed 004's. */
const knownFacts = (role: Role): Set<string> => {
  const seed = Object.values(SEEDS).find((s) => s.role === role.id);
  return new Set<string>([
    ...(seed ? Object.entries(seed).flatMap(([category, list]) => (Array.isArray(list) ? list.map((x) => `${category}.${x}`) : [])) : []),
    ...[...role.duties, ...role.misconceptions, ...role.expectations, ...role.differences, ...role.rules].flatMap((x) => (x.fact ? [x.fact] : [])),
    ...Object.values(GROUP_SEED).flatMap((list) => list.map((x) => `group.${x}`)),
  ]);
};

describe('every sentence shown about a role traces to a seed fact or is marked as careerfit\'s own', () => {
  const ROLES = ['aktivis-okp', 'pemberdayaan-masyarakat', 'pengelola-program-lsm', 'konsultan-pemberdayaan', 'pekerja-sosial', 'manajer-proyek'];
  const role = (id: string) => catalog.roles.find((r) => r.id === id)!;

  it.each(ROLES)('%s: the summary names the facts it states', (id) => {
    const r = role(id);
    const known = knownFacts(r);
    expect(r.summary.facts?.length, id).toBeGreaterThan(0);
    for (const f of r.summary.facts ?? []) expect(known.has(f), `${id} summary: ${f}`).toBe(true);
  });

  it.each(ROLES)('%s: every duty, myth, expectation, difference and warning has a fact id', (id) => {
    const r = role(id);
    for (const x of [...r.duties, ...r.misconceptions, ...r.expectations, ...r.differences]) expect(x.fact, `${id}: ${JSON.stringify(x)}`).toBeDefined();
    for (const rule of r.rules.filter((x) => x.event.warning || x.event.note)) expect(rule.fact, `${id} ${rule.id}`).toBeDefined();
  });

  it.each(ROLES)('%s: the "who fits" text covers exactly its seed\'s fit facts (none for a comparison role)', (id) => {
    const r = role(id);
    const seed = Object.values(SEEDS).find((s) => s.role === id);
    if (!seed) {
      // No seed says who fits a comparison role.
      expect(r.fit).toBeUndefined();
      return;
    }
    expect(r.fit, id).toBeDefined();
    expect([...(r.fit!.facts ?? [])].sort()).toEqual(seed.fit.map((x) => `fit.${x}`).sort());
  });

  it.each(ROLES)('%s: each group link is careerfit\'s own reasoning, resting on seed 004 and on the role', (id) => {
    const r = role(id);
    const known = knownFacts(r);
    expect(r.groups.length, id).toBeGreaterThan(0);
    for (const link of r.groups) {
      // No seed says why a kind of group suits a role, so every reason is marked as careerfit's own.
      expect(link.own, `${id} ${link.group}`).toBe(true);
      const facts = link.facts ?? [];
      for (const f of facts) expect(known.has(f), `${id} ${link.group}: ${f}`).toBe(true);
      expect(facts.some((f) => f.startsWith('group.')), `${id} ${link.group}: a seed-004 fact`).toBe(true);
      if (r.kind === 'role') expect(facts.some((f) => !f.startsWith('group.')), `${id} ${link.group}: a fact of the role`).toBe(true);
    }
  });
});

describe.each(Object.entries(GROUP_SEED))('seed 004: every sentence about %s', (id, facts) => {
  const group = () => catalog.groups.find((g) => g.id === id)!;
  const entries = () => [group().what, ...GROUP_SENTENCES.flatMap((section) => group()[section])];

  it('names a seed-004 fact or is marked as careerfit\'s own, never both', () => {
    for (const entry of entries()) {
      expect(Boolean(entry.fact) !== Boolean(entry.own), entry.en).toBe(true);
      if (entry.fact) expect(entry.fact, entry.en).toMatch(/^group\./);
    }
  });

  it('states every fact of the seed exactly once', () => {
    const found = entries().flatMap((e) => (e.fact ? [e.fact.slice('group.'.length)] : []));
    expect(found.sort()).toEqual([...facts].sort());
  });

  it('adds its own advice only to the steps for joining', () => {
    const own = [group().what, ...GROUP_SENTENCES.filter((s) => s !== 'join').flatMap((section) => group()[section])].filter((e) => e.own);
    expect(own).toEqual([]);
  });
});

it('seed 004: occupational groups give a first step for someone without a profession yet', () => {
  const join = catalog.groups.find((g) => g.id === 'kelompok-okupasional')!.join;
  expect(join[0]?.own).toBe(true);
  expect(join[0]?.id).toMatch(/belum bekerja/);
  expect(join[0]?.en).toMatch(/do not have a job yet/);
});
