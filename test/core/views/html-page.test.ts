import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report.js';
import type { Lang } from '../../../src/core/text.js';
import { htmlPageView } from '../../../src/core/views/html-page.js';
import { reportView } from '../../../src/core/views/report.js';
import { makeCatalog, makeRole, traitAnswers } from '../../helpers.js';

const catalog = makeCatalog([makeRole('fasilitator', { empathy: { ideal: 5, weight: 1 } }), makeRole('perencana', { planning: { ideal: 5, weight: 1 } })]);

// Local noon: the page writes the day as the machine's clock reads it, so any time zone gives 4 May.
const DATE = new Date(2026, 4, 4, 12);

const page = (lang: Lang) => {
  const view = reportView(buildReport(catalog, { answers: {}, traits: traitAnswers({ empathy: 5, planning: 1 }) }, lang), { top: 2 });
  return { view, page: htmlPageView(view, DATE) };
};

describe('htmlPageView', () => {
  it.each([
    {
      lang: 'id' as const,
      words: ['Laporan kecocokan karier', 'Kesimpulan', 'selisih 1,5'],
      legend:
        'Tingkat: sangat cocok mulai 80, cocok mulai 65, cocok sebagian mulai 55, kurang cocok di bawahnya. Garis tipis pada setiap batang menandai batas-batas ini.',
      date: '4 Mei 2026',
      colophon: 'Dibuat dengan careerfit pada 4 Mei 2026.',
      numbers: ['3,5', '1,5', '4'],
    },
    {
      lang: 'en' as const,
      words: ['Career fit report', 'Verdict', 'gap of 1.5'],
      legend: 'Bands: strong fit from 80, good fit from 65, partial fit from 55, weak fit below. The thin lines on each bar mark these thresholds.',
      date: '4 May 2026',
      colophon: 'Made with careerfit on 4 May 2026.',
      numbers: ['3.5', '1.5', '4'],
    },
  ])('gives a report in $lang page words, legend, date and numbers in $lang', ({ lang, words, legend, date, colophon, numbers }) => {
    const { page: p } = page(lang);
    const decimal = lang === 'id' ? '1,5' : '1.5';
    expect([p.words.title, p.words.verdict, p.words.gapOf(decimal)]).toEqual(words);
    expect(p.bandLegend).toBe(legend);
    expect(p.date).toEqual({ iso: '2026-05-04', text: date });
    expect(p.colophon).toBe(colophon);
    expect([p.number(3.45), p.number(1.5), p.number(4)]).toEqual(numbers);
  });

  it('keeps the report view whole, and leaves the page no wording to fill in with a language', () => {
    const { view, page: p } = page('id');
    expect(p.data).toBe(view.data);
    expect(p.labels).toBe(view.labels);
    expect(p.results).toBe(view.results);
    expect(p.words).not.toHaveProperty('bandLegend');
    expect(p.words).not.toHaveProperty('made');
  });

  it('dates the page with the date it is given', () => {
    const { view } = page('en');
    expect(htmlPageView(view, new Date(2025, 0, 1, 12)).date).toEqual({ iso: '2025-01-01', text: '1 January 2025' });
  });
});
