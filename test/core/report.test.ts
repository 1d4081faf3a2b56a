import { describe, expect, it } from 'vitest';
import { bandById, FIT_BAND } from '../../src/core/bands.js';
import { evaluate } from '../../src/core/conditions.js';
import { buildReport as buildFull, explainTriggers, localize, roleTitle } from '../../src/core/report.js';
import { TRAIT_IDS, type TraitAnswers, type TraitId } from '../../src/core/traits.js';
import type { Lang } from '../../src/core/text.js';
import type { Catalog, Role, Rule, TraitIdeal } from '../../src/core/types.js';
import { makeCatalog, makeRole, traitAnswers } from '../helpers.js';

/** A report from trait levels given directly (no question answers). */
const build = (cat: Catalog, traits: TraitAnswers, lang: Lang) => buildFull(cat, { answers: {}, traits }, traits, lang);

const answers = traitAnswers;

const catalog = (roles: Role[]): Catalog => makeCatalog(roles);

const role = (id: string, traits: Partial<Record<TraitId, TraitIdeal>>, extra: Partial<Role> = {}): Role => makeRole(id, traits, extra);

const good = { empathy: { ideal: 5, weight: 1 }, planning: { ideal: 5, weight: 1 } };

describe('buildReport: verdict', () => {
  it('names the top role when it reaches good (75 → good fit)', () => {
    const cat = catalog([role('fasilitator', good), role('other', { empathy: { ideal: 1, weight: 1 } })]);
    const report = build(cat, answers({ empathy: 5, planning: 3 }), 'en');
    expect(report.results.map((r) => [r.id, r.score, r.band])).toEqual([
      ['fasilitator', 75, 'good'],
      ['other', 0, 'weak'],
    ]);
    expect(report.verdict).toBe('Best fit: Title fasilitator (75/100, good fit).');
    expect(report.fit).toBe(true);
  });

  it('uses Indonesian text for lang id', () => {
    const report = build(catalog([role('fasilitator', good)]), answers({ empathy: 5, planning: 3 }), 'id');
    expect(report.verdict).toBe('Paling cocok: Judul fasilitator (75/100, cocok).');
    expect(report.lang).toBe('id');
  });

  it('says so when the top role is a comparison role', () => {
    const cat = catalog([role('pekerja', { empathy: { ideal: 5, weight: 1 } }, { kind: 'contrast' })]);
    const report = build(cat, answers({ empathy: 5 }), 'en');
    expect(report.verdict).toBe(
      'Your answers sit closest to a comparison role, Title pekerja (100/100, strong fit), rather than to the community roles.',
    );
    expect(report.fit).toBe(true);
  });

  it('says no role reaches good when the best score is below the good band (en)', () => {
    const cat = catalog([role('a', good), role('b', { empathy: { ideal: 1, weight: 1 } })]);
    const report = build(cat, answers({ empathy: 3, planning: 3 }), 'en');
    expect(report.results[0]!.score).toBe(50);
    expect(report.fit).toBe(false);
    expect(report.verdict).toContain('No role reaches');
    expect(report.verdict).toBe(
      `No role reaches a good fit (${bandById(FIT_BAND).min}/100 or more). The closest is Title a at 50/100: ` +
        'read the ranking as a map of where you stand, not as a recommendation.',
    );
  });

  it('says no role reaches good in Indonesian', () => {
    const report = build(catalog([role('a', good)]), answers({ empathy: 3, planning: 3 }), 'id');
    expect(report.verdict).toContain('Tidak ada peran');
    expect(report.verdict).toBe(
      `Tidak ada peran yang mencapai tingkat cocok (${bandById(FIT_BAND).min}/100 atau lebih). Yang terdekat adalah Judul a dengan 50/100: ` +
        'bacalah peringkat ini sebagai peta posisimu, bukan sebagai rekomendasi.',
    );
  });

  it('gives an empty verdict and fit false for a catalog without roles', () => {
    const report = build(catalog([]), answers(), 'en');
    expect(report).toMatchObject({ verdict: '', fit: false, results: [] });
  });
});

describe('buildReport: results', () => {
  const lowComm: Rule = {
    id: 'low-communication',
    when: { trait: 'communication', op: 'lte', value: 2 },
    event: {
      adjust: -10,
      warning: { id: 'Komunikasi lemah adalah tanda kurang cocok.', en: 'Weak communication is a sign of a poor fit.' },
    },
  };
  const combo: Rule = {
    id: 'combo',
    when: { all: [{ trait: 'empathy', op: 'in', value: [1, 2] }, { not: { trait: 'planning', op: 'gte', value: 4 } }] },
    event: { adjust: -5, warning: { id: 'Kombinasi buruk.', en: 'A poor mix.' } },
  };
  const noteOnly: Rule = {
    id: 'note-only',
    when: { trait: 'planning', op: 'lt', value: 3 },
    event: { adjust: 0, note: { id: 'Catatan.', en: 'A note.' } },
  };
  const silent: Rule = {
    id: 'silent',
    when: { trait: 'empathy', op: 'eq', value: 5 },
    event: { adjust: 0, warning: { id: 'Tidak.', en: 'Never shown.' } },
  };

  const main = role('main', { empathy: { ideal: 5, weight: 1 }, communication: { ideal: 5, weight: 1 } }, {
    rules: [lowComm, combo, noteOnly, silent],
    misconceptions: [{ myth: { id: 'Mitos', en: 'Myth' }, reality: { id: 'Fakta', en: 'Fact' } }],
    expectations: [{ expectation: { id: 'Harap', en: 'Hope' }, reality: { id: 'Nyata', en: 'Real' } }],
    differences: [
      { role: 'second', text: { id: 'Beda', en: 'Different' } },
      { role: 'not-in-catalog', text: { id: 'Lain', en: 'Other' } },
    ],
  });
  const second = role('second', { planning: { ideal: 2, weight: 1 } });
  const cat = catalog([main, second]);
  const given = answers({ empathy: 2, communication: 2, planning: 2 });

  it('ranks results and numbers them from 1', () => {
    const report = build(cat, given, 'en');
    expect(report.results.map((r) => [r.rank, r.id, r.score])).toEqual([
      [1, 'second', 100],
      [2, 'main', 10],
    ]);
  });

  it('explains each warning with the trait label, the answer and the condition', () => {
    const result = build(cat, given, 'en').results[1]!;
    expect(result.warnings).toEqual([
      {
        rule: 'low-communication',
        message: 'Weak communication is a sign of a poor fit. (your answer for Communication: 2 (≤ 2))',
        adjust: -10,
      },
      {
        rule: 'combo',
        message: 'A poor mix. (your answer for Empathy: 2 (∈ {1, 2}); your answer for Planning: 2 (not ≥ 4))',
        adjust: -5,
      },
    ]);
    expect(result.notes).toEqual([{ rule: 'note-only', message: 'A note.' }]);
  });

  it('explains warnings in Indonesian', () => {
    const result = build(cat, given, 'id').results[1]!;
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Komunikasi lemah adalah tanda kurang cocok. (jawabanmu untuk Komunikasi: 2 (≤ 2))',
      'Kombinasi buruk. (jawabanmu untuk Empati: 2 (∈ {1, 2}); jawabanmu untuk Perencanaan: 2 (bukan ≥ 4))',
    ]);
    expect(result.notes).toEqual([{ rule: 'note-only', message: 'Catatan.' }]);
  });

  it('localizes titles, reasons, misconceptions, expectations and differences', () => {
    const result = build(cat, given, 'en').results[1]!;
    expect(result).toMatchObject({
      id: 'main',
      kind: 'role',
      title: 'Title main',
      summary: 'Summary main',
      reasons: [
        { trait: 'empathy', label: 'Empathy', answer: 2, ideal: 5, effect: '-' },
        { trait: 'communication', label: 'Communication', answer: 2, ideal: 5, effect: '-' },
      ],
      misconceptions: [{ myth: 'Myth', reality: 'Fact' }],
      expectations: [{ expectation: 'Hope', reality: 'Real' }],
      differences: [
        { role: 'second', title: 'Title second', text: 'Different' },
        { role: 'not-in-catalog', title: 'not-in-catalog', text: 'Other' },
      ],
    });
  });

  it('lists the answers in trait order whatever order they were given in', () => {
    const reversed = Object.fromEntries([...TRAIT_IDS].reverse().map((id) => [id, 4])) as TraitAnswers;
    const report = build(cat, reversed, 'en');
    expect(Object.keys(report.answers)).toEqual([...TRAIT_IDS]);
    expect(report.schemaVersion).toBe(1);
  });
});

describe('explainTriggers / roleTitle / localize', () => {
  const cat = catalog([role('known', good)]);

  it('joins several triggers with "; " and marks a comparison that did not hold with "not"', () => {
    const { because } = evaluate(
      { all: [{ trait: 'empathy', op: 'gt', value: 3 }, { not: { trait: 'planning', op: 'nin', value: [4, 5] } }] },
      answers({ empathy: 4, planning: 5 }),
    );
    expect(explainTriggers(because, cat, 'en')).toBe('your answer for Empathy: 4 (> 3); your answer for Planning: 5 (not ∉ {4, 5})');
  });

  it('prints the answer as given, fractions included', () => {
    const { because } = evaluate({ trait: 'communication', op: 'ne', value: 3 }, answers({ communication: 2.5 }));
    expect(explainTriggers(because, cat, 'id')).toBe('jawabanmu untuk Komunikasi: 2.5 (≠ 3)');
  });

  it('falls back to the id for a role the catalog does not have', () => {
    expect(roleTitle(cat, 'known', 'id')).toBe('Judul known');
    expect(roleTitle(cat, 'ghost', 'en')).toBe('ghost');
    expect(localize({ id: 'Halo', en: 'Hello' }, 'en')).toBe('Hello');
  });
});
