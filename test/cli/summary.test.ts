import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { defaultStyle, toAscii } from '../../src/cli/output/display.js';
import { renderSummary } from '../../src/cli/render/summary.js';
import { buildReport } from '../../src/core/report.js';
import { reportView } from '../../src/core/views/report.js';
import { builtinCatalog } from '../fake-context.js';
import { traitAnswers } from '../helpers.js';

const ADVOCATE = traitAnswers({ communication: 4, teamwork: 4, leadership: 5, social_awareness: 5, proactivity: 5, influence: 5, advocacy: 5, resilience: 4, helping_motivation: 4, dedication: 5, direct_service: 2, profit_focus: 2 });

const view = async (lang: 'en' | 'id', prefix = 'careerfit') => reportView(buildReport(await builtinCatalog(), { answers: {}, traits: ADVOCATE }, lang), { top: 3, prefix });

describe('the one-screen summary', () => {
  it.each(['en', 'id'] as const)('holds every role with its id, the reasons, the code and last the verdict, in 17 lines or fewer at 80 columns (%s)', async (lang) => {
    const v = await view(lang);
    const text = renderSummary(v, defaultStyle(new Chalk({ level: 0 })), v.summary.keep);
    const lines = text.trimEnd().split('\n');
    // 24 rows less the menu (6 lines) and a spare one.
    expect(lines.length).toBeLessThanOrEqual(17);
    // The verdict last, just above the hint (and the menu or prompt below): it stays on a short screen.
    const verdict = lines.slice(lines.lastIndexOf('') + 1, -1).join(' ');
    expect(verdict).toBe(v.data.verdict);
    for (const r of v.results) expect(text).toContain(r.id);
    expect(text).toContain(v.data.code);
    expect(text).toContain(`${v.summary.why}: ${v.summary.reasons[0]}`);
    expect(lines.at(-1)).toBe(v.summary.keep);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
  });

  it('fits 40 columns too, and ASCII when asked', async () => {
    const v = await view('id');
    const style = { ...defaultStyle(new Chalk({ level: 0 }), 40), ascii: true };
    const text = toAscii(renderSummary(v, style, v.summary.keep));
    expect(text.split('\n').filter((line) => line.length > 40)).toEqual([]);
    expect(text.replace(/[\x00-\x7f]/g, '')).toBe('');
    for (const r of v.results) expect(text.replace(/\n\s*/g, '')).toContain(r.id);
  });

  it('names reasons in a few words with numbers, in the report language', async () => {
    expect((await view('en')).summary.reasons).toEqual(['Social awareness 5', 'Influence 5', 'Advocacy 5']);
    expect((await view('en')).rerunCommand).toMatch(/^careerfit assess --code /);
    expect((await view('id', 'npx careerfit')).rerun).toMatch(/\nTampilkan lagi: npx careerfit assess --code /);
  });
});
