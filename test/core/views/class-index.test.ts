import { describe, expect, it } from 'vitest';
import { classIndexView, type ClassEntry } from '../../../src/core/views/class-index.js';
import { formView } from '../../../src/core/views/form.js';
import { makeCatalog, makeRole, question } from '../../helpers.js';

const roles = [makeRole('alpha', { empathy: { ideal: 5, weight: 3 } }), makeRole('beta', { planning: { ideal: 5, weight: 3 } }), makeRole('gamma', { teamwork: { ideal: 5, weight: 3 } })];
const entry = (id: string, extra: Partial<ClassEntry> = {}): ClassEntry => ({ id, file: `${id}.html`, close: [], fit: true, reliable: true, quality: [], ...extra });
const DATE = new Date(2026, 11, 7);

describe('the class index', () => {
  const entries = [
    entry('a', { top: 'beta', close: ['beta'] }),
    entry('b', { top: 'beta', close: ['beta', 'alpha'] }),
    entry('c', { top: 'alpha', close: ['alpha'] }),
    entry('d', { fit: false, close: ['gamma', 'beta'] }),
    entry('e', { fit: false, reliable: false, close: ['alpha', 'beta', 'gamma'], quality: ['straight-lining'] }),
    entry('f', { top: 'beta', close: ['beta', 'alpha'], quality: ['agreement-bias'] }),
  ];
  const view = classIndexView(roles, entries, 'en', DATE);

  it('counts each student once: a best fit, or no fit', () => {
    expect(view.counts).toEqual({ scored: 6, fit: 4, close: 3, noFit: 2, unreliable: 1 });
    expect(view.bars.map((b) => [b.label, b.count, b.percent])).toEqual([
      ['Title beta', 3, 50],
      ['Title alpha', 1, 17],
      ['Title gamma', 0, 0],
      ['No role that fits', 2, 33],
    ]);
    expect(view.bars.reduce((sum, b) => sum + b.count, 0)).toBe(entries.length);
  });

  it('groups close calls by their roles, most frequent first (none for unreliable answers), and says why answers are unreliable', () => {
    expect(view.closeSets.map((s) => [s.label, s.people.map((p) => p.id)])).toEqual([
      ['Title beta or Title alpha', ['b', 'f']],
      ['Title gamma or Title beta', ['d']],
    ]);
    expect(view.unreliable.map((u) => [u.entry.id, u.why])).toEqual([['e', 'almost all the same']]);
  });

  it('gives a row per student in input order; no best fit without a fit', () => {
    expect(view.rows.map((r) => [r.entry.id, r.bestFit, r.close, r.fits, r.answers])).toEqual([
      ['a', 'Title beta', '—', 'yes', 'fine'],
      ['b', 'Title beta', 'Title beta or Title alpha', 'yes', 'fine'],
      ['c', 'Title alpha', '—', 'yes', 'fine'],
      ['d', '—', 'Title gamma or Title beta', 'no', 'fine'],
      ['e', '—', '—', 'no', 'almost all the same'],
      ['f', 'Title beta', 'Title beta or Title alpha', 'yes', 'agree with nearly everything'],
    ]);
  });

  it('speaks Indonesian, and an empty class is all zeros', () => {
    const id = classIndexView(roles, entries, 'id', DATE);
    expect(id.words.title).toBe('Ringkasan kelas');
    expect(id.date).toEqual({ iso: '2026-12-07', text: '7 Desember 2026' });
    expect(id.closeSets[0]!.label).toBe('Judul beta atau Judul alpha');
    const empty = classIndexView(roles, [], 'en', DATE);
    expect(empty.counts).toEqual({ scored: 0, fit: 0, close: 0, noFit: 0, unreliable: 0 });
    expect(empty.bars.every((b) => b.count === 0 && b.percent === 0)).toBe(true);
  });
});

describe('the form view', () => {
  it('lists the fixed quiz in its order with ids, the scale, and a template header the batch reads', () => {
    const catalog = { ...makeCatalog(roles), questions: [question('planning-3', 'planning', true), question('empathy-1', 'empathy')] };
    const view = formView(catalog, 'id', 'npx careerfit');
    expect(view.statements.map((s) => [s.no, s.id, s.text])).toEqual([[1, 'planning-3', 'planning-3'], [2, 'empathy-1', 'empathy-1']]);
    expect(view.scale.at(-1)).toEqual({ value: 5, label: 'Sangat sesuai' });
    expect(view.template).toEqual(['nama', ...catalog.questions.map((q) => q.id)]);
    expect(view.words.steps(view.prefix)[2]).toContain('npx careerfit assess --batch');
  });
});
