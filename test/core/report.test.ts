import { describe, expect, it } from 'vitest';
import { bandById, FIT_BAND } from '../../src/core/bands.js';
import { buildReport as buildFull } from '../../src/core/report.js';
import { TRAIT_IDS, type TraitAnswers, type TraitId } from '../../src/core/traits.js';
import type { Lang } from '../../src/core/text.js';
import type { Catalog, Role, Rule, TraitIdeal } from '../../src/core/types.js';
import { makeCatalog, makeRole, traitAnswers } from '../helpers.js';

/** A report from trait levels given directly (no question answers). */
const build = (cat: Catalog, traits: TraitAnswers, lang: Lang) => buildFull(cat, { answers: {}, traits }, lang);

const answers = traitAnswers;

const catalog = (roles: Role[]): Catalog => makeCatalog(roles);

const role = (id: string, traits: Partial<Record<TraitId, TraitIdeal>>, extra: Partial<Role> = {}): Role => makeRole(id, traits, extra);

const carer = { empathy: { ideal: 5, weight: 1 } };
const planner = { planning: { ideal: 5, weight: 1 } };
/** Empathy 5 and planning 1 against a middle of 3: the carer fits, the planner does not. */
const caring = answers({ empathy: 5, planning: 1 });

describe('buildReport: verdict', () => {
  it('names the top role when it reaches good', () => {
    const report = build(catalog([role('fasilitator', carer), role('other', planner)]), caring, 'en');
    const [top] = report.results;
    expect(top!.id).toBe('fasilitator');
    expect(['good', 'strong']).toContain(top!.band);
    expect(report.verdict).toBe(`Best fit: Title fasilitator (${top!.score}/100, ${bandById(top!.band!).label.en}). Chance it is your best fit: ${top!.chance}.`);
    expect(top!.chance).toMatch(/^(about \d|more than 9) in 10$/);
    expect(report.fit).toBe(true);
  });

  it('uses Indonesian text for lang id', () => {
    const report = build(catalog([role('fasilitator', carer)]), caring, 'id');
    expect(report.verdict).toMatch(/^Paling cocok: Judul fasilitator \(\d+\/100, (sangat )?cocok\)\. Peluang inilah yang paling cocok untukmu: (sekitar \d|lebih dari 9) dari 10\.$/);
    expect(report.lang).toBe('id');
  });

  it('says so when the top role is a comparison role', () => {
    const report = build(catalog([role('pekerja', carer, { kind: 'contrast' })]), caring, 'en');
    expect(report.verdict).toMatch(/^Your answers sit closest to a comparison role, Title pekerja \(\d+\/100, .+\), rather than to the community roles\. Chance it is your best fit: .+ in 10\.$/);
    expect(report.fit).toBe(true);
  });

  it('says no role reaches good when the best score is below the good band, in both languages', () => {
    const flat = answers({ empathy: 4, planning: 3 });
    const en = build(catalog([role('a', carer)]), flat, 'en');
    expect(en.results[0]!.band).not.toBe('good');
    expect(en.fit).toBe(false);
    expect(en.verdict).toBe(
      `No role reaches a good fit (${bandById(FIT_BAND).min}/100 or more). The closest is Title a at ${en.results[0]!.score}/100: ` +
        'read the ranking as a map of where you stand, not as a recommendation.',
    );
    expect(build(catalog([role('a', carer)]), flat, 'id').verdict).toMatch(/^Tidak ada peran yang mencapai tingkat cocok/);
  });

  it('names no fit for unreliable answers, and says why', () => {
    const report = build(catalog([role('a', carer)]), answers(Object.fromEntries(TRAIT_IDS.map((id) => [id, 5]))), 'en');
    expect(report.fit).toBe(false);
    expect(report.quality.reliable).toBe(false);
    expect(report.verdict).toMatch(/^Your answers cannot be scored reliably, so careerfit names no fit\. Your answers were almost all the same/);
  });

  it('gives an empty verdict and fit false for a catalog without roles', () => {
    const report = build(catalog([]), answers({ empathy: 4 }), 'en');
    expect(report).toMatchObject({ verdict: '', fit: false, results: [], close: [] });
  });
});

describe('buildReport: close roles', () => {
  it('names the roles the answers cannot separate, #1 first, and what sets them apart', () => {
    const twin = role('twin', { empathy: { ideal: 5, weight: 1 }, planning: { ideal: 4, weight: 1 } });
    const report = build(catalog([role('carer', carer), twin, role('far', { profit_focus: { ideal: 5, weight: 1 } })]), answers({ empathy: 5, planning: 4 }), 'en');
    expect(report.close[0]).toBe(report.results[0]!.id);
    expect(report.close).toEqual(expect.arrayContaining(['carer', 'twin']));
    expect(report.close).not.toContain('far');
    expect(report.verdict).toMatch(/^Title (carer|twin) or Title (carer|twin): your answers cannot tell them apart \(about \d in 10 and about \d in 10 of being your best fit\)\.$/);
    expect(report.closeNote!.message).toMatch(/^Too close to call: Title (carer|twin), about \d in 10 and Title (carer|twin), about \d in 10\./);
    expect(report.closeNote!.separators.join(' ')).toContain('asks more of Planning');
  });

  it('has one close role and no note when #1 stands clear', () => {
    const report = build(catalog([role('carer', carer), role('planner', planner)]), caring, 'en');
    expect(report.close).toEqual(['carer']);
    expect(report.closeNote).toBeUndefined();
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
    expect(report.results.map((r) => [r.rank, r.id])).toEqual([
      [1, 'second'],
      [2, 'main'],
    ]);
    expect(report.results[0]!.score).toBeGreaterThan(report.results[1]!.score);
  });

  it('explains each warning with the trait label, the answer and the condition', () => {
    const result = build(cat, given, 'en').results[1]!;
    expect(result.warnings).toEqual([
      {
        rule: 'low-communication',
        message: 'Weak communication is a sign of a poor fit. (your Communication score is 2; this sign applies at 2 or lower)',
        adjust: -10,
      },
      {
        rule: 'combo',
        message: 'A poor mix. (your Empathy score is 2; this sign applies at 1 or 2; your Planning score is 2; this sign applies at anything below 4)',
        adjust: -5,
      },
    ]);
    expect(result.notes).toEqual([{ rule: 'note-only', message: 'A note.' }]);
  });

  it('explains warnings in Indonesian', () => {
    const result = build(cat, given, 'id').results[1]!;
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Komunikasi lemah adalah tanda kurang cocok. (nilaimu untuk Komunikasi: 2; tanda ini berlaku pada nilai 2 atau kurang)',
      'Kombinasi buruk. (nilaimu untuk Empati: 2; tanda ini berlaku pada nilai 1 atau 2; nilaimu untuk Perencanaan: 2; tanda ini berlaku pada nilai kurang dari 4)',
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
      band: null,
      standing: 'held',
      reasons: [
        { kind: 'level', effect: '-', message: 'On what this role needs, your answers average 2; it needs 3.5 or more.' },
        { kind: 'gap', trait: 'empathy', label: 'Empathy', level: 2, importance: 1, direction: 'at-least', effect: '-', message: 'You are weaker in empathy (2) than in the rest of your answers, and this role also asks for it.' },
        { kind: 'gap', trait: 'communication', label: 'Communication', level: 2, effect: '-' },
      ],
      limits: [
        { id: 'warning', message: 'Not counted as a fit: a warning sign below applies.' },
        { id: 'level', message: 'Not counted as a fit: your answers are below the level this role needs.' },
      ],
      misconceptions: [{ myth: 'Myth', reality: 'Fact' }],
      expectations: [{ expectation: 'Hope', reality: 'Real' }],
      differences: [
        { role: 'second', title: 'Title second', text: 'Different' },
        { role: 'not-in-catalog', title: 'not-in-catalog', text: 'Other' },
      ],
    });
  });

  it('lists the levels in trait order whatever order they were given in', () => {
    const reversed = Object.fromEntries([...TRAIT_IDS].reverse().map((id, i) => [id, 1 + (i % 5)])) as TraitAnswers;
    const report = build(cat, reversed, 'en');
    expect(Object.keys(report.levels)).toEqual([...TRAIT_IDS]);
    expect(report.schemaVersion).toBe(3);
  });
});
