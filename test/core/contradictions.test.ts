import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRADICTIONS, contradictionsOf, type ContradictionKind } from '../../bench/contradictions.js';
import { buildReport } from '../../src/core/report.js';
import { builtinCatalog } from '../fake-context.js';
import { fixture } from '../helpers.js';

/**
 * For each way a report contradicted itself, the answers of a simulated person whose report did
 * so with the engine before this ranking (found by simulating people as bench/validity.ts does,
 * at commit 15597d1): the report for the same answers now shows no contradiction of any kind.
 */
const PRODUCED: Readonly<Record<ContradictionKind, Record<string, number>>> = JSON.parse(readFileSync(fixture('contradictions.json'), 'utf8'));
const catalog = await builtinCatalog();

describe('a report never contradicts itself', () => {
  it('has a case for every kind', () => {
    expect(Object.keys(PRODUCED).sort()).toEqual(Object.keys(CONTRADICTIONS).sort());
  });

  it.each(Object.keys(CONTRADICTIONS) as ContradictionKind[])('%s: the answers that produced it give a coherent report, in both languages', (kind) => {
    for (const lang of ['en', 'id'] as const) {
      const report = buildReport(catalog, { answers: PRODUCED[kind], traits: {} }, lang);
      expect(contradictionsOf(report), lang).toEqual([]);
    }
  });

  it('activist-like answers with teamwork 1: the role the sources rule out does not come first, and nothing reads "partial fit" beside it', () => {
    const traits = {
      empathy: 3, communication: 4, teamwork: 1, leadership: 5, social_awareness: 5, proactivity: 5, influence: 5, advocacy: 5, analytical: 3,
      decision_making: 3, planning: 4, resilience: 4, innovation: 3, helping_motivation: 4, dedication: 5, direct_service: 2, profit_focus: 2,
    } as const;
    const report = buildReport(catalog, { answers: {}, traits }, 'en');
    const activist = report.results.find((r) => r.id === 'aktivis-okp')!;
    expect(report.results[0]!.id).not.toBe('aktivis-okp');
    expect(activist.band).toBeNull();
    expect(activist.limits.map((l) => l.id)).toEqual(['warning']);
    expect(report.verdict).not.toMatch(/^No role reaches a good fit/);
    expect(contradictionsOf(report)).toEqual([]);
  });
});
