// A counsellor's path, end to end through the built CLI: `careerfit form` gives the statements and
// a template, and real form exports (test/fixtures/forms: Google Forms in Indonesian and English
// with a grid, a semicolon spreadsheet with scale labels, Microsoft Forms) are scored as they come.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCode } from '../../src/core/result-code.js';
import { builtinCatalog } from '../fake-context.js';
import { fixture, tempDirs } from '../helpers.js';
import { runCli } from './run-cli.js';

const catalog = await builtinCatalog();
const quiz = catalog.questions;
const tempDir = tempDirs('forms');
const LABELS = [
  ['Not at all like me', 'Not like me', 'Neither like nor unlike me', 'Like me', 'Very much like me'],
  ['Sangat tidak sesuai', 'Tidak sesuai', 'Antara sesuai dan tidak', 'Sesuai', 'Sangat sesuai'],
].flatMap((labels) => labels.map((label, i) => [label, i + 1] as const));

/** A fixture's answer cells, read here independently: the last 34 cells of each row, as numbers (labels looked up). */
const answersOf = (text: string, delimiter: string): number[][] =>
  text
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const cells = line.match(new RegExp(`("([^"]|"")*"|[^${delimiter}]*)(${delimiter}|$)`, 'g'))!.map((c) => c.replace(new RegExp(`${delimiter}$`), '').replace(/^"|"$/g, ''));
      return cells.filter((_, i, all) => i < all.length - (all.at(-1) === '' ? 1 : 0)).slice(-quiz.length).map((c) => Number(c) || new Map(LABELS).get(c)!);
    });

const csvRows = (stdout: string) => stdout.trimEnd().split('\n').slice(1);

describe('form exports, scored as they come', () => {
  it.each([
    ['google-id.csv', ',', ['Siti Rahma', 'Budi, S.', 'Ayu "Wulan"', "'=HYPERLINK(\"x\")", 'Dewi', 'Andi'], ['Stempel waktu', 'Alamat email']],
    ['google-en-grid.csv', ',', ['Siti Rahma', 'Budi, S.', 'Ayu "Wulan"'], ['Timestamp', 'Email address']],
    ['semicolon-id.csv', ';', ['Siti Rahma', 'Budi, S.', 'Ayu "Wulan"'], []],
    ['ms-forms.csv', ',', ['1', '2', '3'], ['Start time', 'Completion time', 'Email', 'Name', 'Last modified time']],
  ])('%s: every row scored from its own answers, ids as named, other columns named once', async (name, delimiter, ids, ignored) => {
    const file = fixture(`forms/${name}`);
    const result = await runCli(['assess', '--batch', file, '--format', 'csv']);
    expect(result.status).toBe(0);
    const rows = csvRows(result.stdout);
    expect(rows).toHaveLength(ids.length);
    // The id column, unquoted by hand for the comparison.
    expect(rows.map((r) => r.match(/^("([^"]|"")*"|[^,]*)/)![0].replace(/^"|"$/g, '').replaceAll('""', '"'))).toEqual(ids);
    const expected = answersOf(await readFile(file, 'utf8'), delimiter);
    const codes = rows.map((r) => r.match(/,(3[0-9A-Z-]+),/)![1]!);
    codes.forEach((code, i) => expect(quiz.map((q) => decodeCode(catalog, code).answers[q.id])).toEqual(expected[i]));
    const notes = result.stderr.split('\n').filter(Boolean);
    if (ignored.length) expect(notes[0]).toBe(`careerfit: ${file}:1: not read: ${ignored.map((n) => `"${n}"`).join(', ')} (not a statement, a trait or the id)`);
    expect(notes.at(-1)).toMatch(new RegExp(`^careerfit: ${ids.length} of ${ids.length} rows scored, 0 skipped; \\d+ with no role that fits, \\d+ with answers that cannot be scored reliably$`));
  });

  it('Microsoft Forms: --id-column Name takes the names, and the note says how', async () => {
    const file = fixture('forms/ms-forms.csv');
    expect((await runCli(['assess', '--batch', file])).stderr).toContain(`${file}:1: ids from the column "ID"; --id-column "Email" or "Name" takes them from another`);
    const named = await runCli(['assess', '--batch', file, '--id-column', 'name']);
    expect(named.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['Siti Rahma', 'Budi, S.', 'Ayu "Wulan"']);
    const wrong = await runCli(['assess', '--batch', file, '--id-column', 'Nomor']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^careerfit: .*ms-forms\.csv:1: Nomor: --id-column names no column of the header/);
  });

  it('a blank statement, an answer of 7 and a missing statement column: one message each, with row, column and value', async () => {
    const dir = await tempDir();
    const text = (await readFile(fixture('forms/google-id.csv'), 'utf8')).split('\r\n');
    const cells = (line: string) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.slice(0, -1).map((c) => c.replace(/,$/, ''));
    const rows = text.slice(1, -1).map(cells);
    rows[1]![5] = '';
    rows[2]![6] = '7';
    const file = join(dir, 'export.csv');
    await writeFile(file, [text[0], ...rows.map((r) => r.join(','))].join('\r\n'));
    const result = await runCli(['assess', '--batch', file, '--format', 'csv']);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    const header = (i: number) => quiz[i]!.text.id.slice(0, 57).trimEnd();
    expect(lines[1]).toMatch(new RegExp(`^careerfit: ${file}:3: ${header(2).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}…?: no answer; every statement needs one$`));
    expect(lines[2]).toContain(`${file}:4: ${header(3)}`);
    expect(lines[2]).toMatch(/got "7"$/);
    expect(lines[3]).toBe(`careerfit: 4 of 6 rows scored, 2 skipped (lines 3, 4); 0 with no role that fits, 0 with answers that cannot be scored reliably`);
    expect(csvRows(result.stdout)).toHaveLength(4);
    // A statement the form left out: named once, and its trait scored from the other statement.
    const dropped = join(dir, 'short.csv');
    await writeFile(dropped, [text[0], ...text.slice(1, -1)].map((line) => cells(line!).filter((_, i) => i !== 3).join(',')).join('\r\n'));
    const short = await runCli(['assess', '--batch', dropped]);
    expect(short.status).toBe(0);
    expect(short.stderr).toContain(`${dropped}:1: no column for 1 statement(s) of the quiz (${quiz[0]!.id}): their traits are scored from fewer answers`);
  });
});

describe('careerfit form', () => {
  it('lists the statements in quiz order with their ids, in the chosen language, as text and CSV', async () => {
    for (const lang of ['id', 'en'] as const) {
      const text = await runCli(['form', '--lang', lang, '--width', '100']);
      expect(text.status).toBe(0);
      let at = 0;
      for (const q of quiz) {
        const next = text.stdout.indexOf(`\n     ${q.id}\n`, at);
        expect(next, q.id).toBeGreaterThan(at);
        at = next;
      }
      expect(text.stdout).toContain(lang === 'id' ? '5 = Sangat sesuai' : '5 = Very much like me');
      const csv = await runCli(['form', '--lang', lang, '--format', 'csv']);
      const rows = csv.stdout.trimEnd().split('\n');
      expect(rows[0]).toBe('no,id,statement');
      expect(rows.slice(1).map((r) => r.split(',')[1])).toEqual(quiz.map((q) => q.id));
      expect(rows[1]).toContain(quiz[0]!.text[lang].split(',')[0]);
    }
  });

  it('writes a CSV template the batch reads back, and a paper form', async () => {
    const dir = await tempDir();
    const template = join(dir, 'class.csv');
    expect((await runCli(['form', '--format', 'template', '--lang', 'id', '--output', template])).status).toBe(0);
    const head = (await readFile(template, 'utf8')).trimEnd();
    expect(head).toBe(['nama', ...quiz.map((q) => q.id)].join(','));
    await writeFile(template, `${head}\nSiti,${quiz.map((_, i) => 1 + (i % 5)).join(',')}\n`);
    const scored = await runCli(['assess', '--batch', template]);
    expect(scored.status).toBe(0);
    expect(JSON.parse(scored.stdout)).toMatchObject({ id: 'Siti' });
    const paper = await runCli(['form', '--format', 'html', '--lang', 'en']);
    expect(paper.stdout).toMatch(/^<!doctype html>/);
    expect(paper.stdout.match(/<td class="box"/g)).toHaveLength(quiz.length * 5);
    expect(await readdir(dir)).toEqual(['class.csv']);
  });
});
