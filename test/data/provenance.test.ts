import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogDir } from '../../src/cli/catalog-dir.js';
import type { Text } from '../../src/core/text.js';
import type { Catalog, Role } from '../../src/core/types.js';

/**
 * What each seed states about its role, as fact ids. Read from the seed text sentence by sentence;
 * each id must be carried by exactly one entry of the matching section of the role's profile.
 */
const SEEDS = {
  '000_81ead999b5744c95.txt': {
    role: 'aktivis-okp',
    duty: ['advocacy', 'campaign', 'organise-actions', 'cooperate-members', 'coordinate-parties', 'inform-public'],
    fit: ['proactive', 'social-interest', 'influence-mobilise', 'dedication', 'leadership', 'commitment-change'],
    unfit: ['no-social-interest', 'poor-communication', 'dislikes-teamwork'],
    myth: ['only-social-no-impact'],
    expect: ['always-front-line'],
    diff: ['pekerja-sosial'],
  },
  '001_40d9654797bcd14c.txt': {
    role: 'pemberdayaan-masyarakat',
    duty: ['plan-implement-programs', 'understand-needs', 'cooperate-parties'],
    fit: ['empathy', 'communicative', 'teamwork', 'analytical', 'decision-making'],
    unfit: ['low-empathy', 'poor-communication', 'no-helping-motivation'],
    myth: ['only-facilitator', 'only-local'],
    expect: ['only-admin-routine'],
    diff: ['pekerja-sosial'],
  },
  '002_4d313bbe35e6504c.txt': {
    role: 'pengelola-program-lsm',
    duty: ['design-programs', 'organise-events', 'coordinate-volunteers', 'analyse-needs', 'report-activities', 'advocate-rights'],
    fit: ['social-service-interest', 'dedication', 'planning', 'communication'],
    unfit: ['weak-leadership', 'insensitive-social', 'public-pressure'],
    myth: ['funding-easy', 'only-govt-donors'],
    expect: [],
    diff: ['manajer-proyek'],
  },
  '003_ea3ea96aaba98d45.txt': {
    role: 'konsultan-pemberdayaan',
    duty: ['analyse-needs', 'design-programs', 'evaluate-programs', 'collaborate-parties'],
    fit: ['social-understanding', 'analytical', 'innovative-solutions', 'communication'],
    unfit: ['low-community-interest', 'weak-communication', 'low-empathy'],
    myth: [],
    expect: ['instant-solutions', 'same-as-social-work', 'all-solutions'],
    diff: ['pekerja-sosial'],
  },
} as const;

type Category = 'duty' | 'fit' | 'unfit' | 'myth' | 'expect' | 'diff';

/** Where each kind of fact lives in a profile, and the texts that must exist in both languages. */
const SECTIONS: Record<Category, (role: Role) => { fact?: string; texts: Text[] }[]> = {
  duty: (r) => r.duties.map((d) => ({ fact: d.fact, texts: [d.text] })),
  fit: (r) => Object.values(r.traits).map((t) => ({ fact: t!.fact, texts: [] })),
  unfit: (r) => r.rules.map((x) => ({ fact: x.fact, texts: x.event.warning ? [x.event.warning] : [] })),
  myth: (r) => r.misconceptions.map((x) => ({ fact: x.fact, texts: [x.myth, x.reality] })),
  expect: (r) => r.expectations.map((x) => ({ fact: x.fact, texts: [x.expectation, x.reality] })),
  diff: (r) => r.differences.map((x) => ({ fact: x.fact, texts: [x.text] })),
};

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogDir('data', process.stdin);
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
    // One warning rule per "probably not a fit" condition, each lowering the score.
    const unfit = role().rules.filter((r) => r.fact?.startsWith('unfit.'));
    expect(unfit).toHaveLength(facts.unfit.length);
    for (const rule of unfit) expect(rule.event.adjust).toBeLessThan(0);
  });

  it('writes every fact in both Indonesian and English', () => {
    const texts = [role().title, role().summary, ...Object.values(SECTIONS).flatMap((s) => s(role()).flatMap((e) => e.texts))];
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
