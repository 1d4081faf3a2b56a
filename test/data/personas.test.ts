import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogDir } from '../../src/cli/input/catalog-dir.js';
import { assess } from '../../src/core/assess.js';
import { TRAIT_IDS, type TraitAnswers, type TraitId } from '../../src/core/traits.js';
import type { Catalog } from '../../src/core/types.js';

/** A person: every trait 3 (no signal) unless the seeds give a reason to differ. */
const person = (levels: Partial<Record<TraitId, number>>): TraitAnswers =>
  ({ ...Object.fromEntries(TRAIT_IDS.map((id) => [id, 3])), ...levels }) as TraitAnswers;

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogDir('data', process);
});
const ranking = (answers: TraitAnswers) => assess(catalog.roles, answers).map((r) => r.role.id);

describe('personas drawn from the seeds', () => {
  it.each([
    // Seed 000: proactive, socially engaged, influences and mobilises, dedicated, leads.
    ['aktivis-okp', { advocacy: 5, influence: 5, proactivity: 5, leadership: 5, dedication: 5, social_awareness: 5, direct_service: 2 }],
    // Seed 001: empathetic, communicative, a team player, analytical, decisive, wants to help.
    ['pemberdayaan-masyarakat', { empathy: 5, communication: 5, teamwork: 5, analytical: 4, decision_making: 4, helping_motivation: 5, innovation: 4 }],
    // Seed 002: dedicated to social service, plans programs, communicates, leads, withstands pressure.
    ['pengelola-program-lsm', { planning: 5, dedication: 5, helping_motivation: 5, communication: 4, leadership: 4, social_awareness: 4, resilience: 5, profit_focus: 1 }],
    // Seed 003: understands social issues, analytical, innovative, a strong communicator.
    ['konsultan-pemberdayaan', { analytical: 5, innovation: 5, social_awareness: 5, communication: 5, planning: 4, empathy: 4, direct_service: 2 }],
    // Seed 002's comparison: profit and planning first, social awareness not required.
    ['manajer-proyek', { profit_focus: 5, planning: 5, social_awareness: 1 }],
  ] as const)('ranks %s first', (expected, levels) => {
    expect(ranking(person(levels))[0]).toBe(expected);
  });

  it('ranks pekerja-sosial above aktivis-okp for someone empathetic and hands-on but not drawn to advocacy', () => {
    const order = ranking(person({ empathy: 5, direct_service: 5, advocacy: 1 }));
    expect(order.indexOf('pekerja-sosial')).toBeLessThan(order.indexOf('aktivis-okp'));
  });

  it('finds no good fit when every answer is 3', () => {
    for (const result of assess(catalog.roles, person({}))) expect([null, 'partial', 'weak']).toContain(result.band);
  });
});
