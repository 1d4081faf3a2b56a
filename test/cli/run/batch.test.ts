import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRAIT_IDS } from '../../../src/core/traits.js';
import { runInProcess } from '../../fake-context.js';
import { tempDirs } from '../../helpers.js';

const tempDir = tempDirs('batch');

const file = async (name: string, content: string) => {
  const path = join(await tempDir(), name);
  await writeFile(path, content);
  return path;
};

interface Line {
  id: string | number;
  code: string;
  verdict: string;
  fit: boolean;
  reliable: boolean;
  quality: string[];
  close: string[];
  results: { id: string; rank: number; score: number; band: string }[];
}

/** Levels that vary from trait to trait (a flat profile is unreliable by design). */
const levels = (seed: number) => Object.fromEntries(TRAIT_IDS.map((t, i) => [t, 1 + ((i * 3 + seed) % 5)]));
const jsonl = (rows: readonly object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
const parse = (stdout: string) => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Line);

describe('careerfit assess --batch (in process)', () => {
  it('scores JSON Lines into JSON Lines, one per person in input order, each what a single assess says', async () => {
    const people = [
      { id: 'siti', traits: levels(1) },
      { id: 7, traits: levels(2) },
      { traits: levels(3) },
    ];
    const input = await file('class.jsonl', jsonl(people));
    const result = await runInProcess(['assess', '--batch', input, '--lang', 'en']);
    expect(result.stderr).toMatch(/^careerfit: 3 of 3 rows scored, 0 skipped; \d with no role that fits, \d with answers that cannot be scored reliably\n$/);
    expect(result.status).toBe(0);
    const lines = parse(result.stdout);
    expect(lines.map((l) => l.id)).toEqual(['siti', 7, 3]);
    for (const [i, line] of lines.entries()) {
      expect(Object.keys(line)).toEqual(['id', 'code', 'verdict', 'fit', 'reliable', 'quality', 'close', 'results']);
      const single = await runInProcess(['assess', '--answers', await file('one.json', JSON.stringify({ traits: people[i]!.traits })), '--format', 'json', '--lang', 'en']);
      const report = JSON.parse(single.stdout) as { code: string; verdict: string; fit: boolean; close: string[]; results: Line['results'] };
      expect(line.code).toBe(report.code);
      expect(line.verdict).toBe(report.verdict);
      expect(line.fit).toBe(report.fit);
      expect(line.close).toEqual(report.close);
      expect(line.results).toEqual(report.results.map((r) => ({ id: r.id, rank: r.rank, score: r.score, band: r.band })));
    }
  });

  it('scores a spreadsheet CSV (BOM, CRLF, quoted ids, empty cells) into CSV', async () => {
    const header = ['id', ...TRAIT_IDS].join(',');
    const row = (id: string, seed: number) => [id, ...TRAIT_IDS.map((t) => levels(seed)[t])].join(',');
    const input = await file('class.csv', `\ufeff${header}\r\n${row('"Siti, A."', 1)}\r\n${row('"say ""hi"""', 2)}\r\n${TRAIT_IDS.map(() => ',').join('')}\r\n`);
    const result = await runInProcess(['assess', '--batch', input, '--format', 'csv']);
    expect(result.stderr).toMatch(/^careerfit: 2 of 2 rows scored, 0 skipped;/);
    expect(result.status).toBe(0);
    const [head, ...rows] = result.stdout.trimEnd().split('\n');
    expect(head).toMatch(/^id,code,top,close,fit,band,reliable,quality,aktivis-okp,/);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^"Siti, A\.",3[0-9A-Z]{5}-[0-9A-Z-]+,[a-z-]*,[a-z;-]*,(true|false),[a-z]*,(true|false),[a-z;-]*(,\d{1,3})+$/);
    expect(rows[1]).toMatch(/^"say ""hi""",3/);
    expect(head!.split(',')).toHaveLength(rows[0]!.replace('"Siti, A."', 'x').split(',').length);
  });

  it('reports a bad row on standard error with its line number, writes every other row, and exits 1', async () => {
    const input = await file(
      'class.jsonl',
      [JSON.stringify({ id: 'a', traits: levels(1) }), '', JSON.stringify({ id: 'b', traits: { ...levels(2), empathy: 9 } }), JSON.stringify({ id: 'c', traits: levels(3) })].join('\n'),
    );
    const result = await runInProcess(['assess', '--batch', input]);
    expect(result.status).toBe(1);
    expect(parse(result.stdout).map((l) => l.id)).toEqual(['a', 'c']);
    expect(result.stderr).toMatch(
      new RegExp(`^careerfit: ${input}:3: traits.empathy: expected a whole number from 1 to 5, got 9\ncareerfit: 2 of 3 rows scored, 1 skipped \\(line 3\\); \\d with no role that fits, \\d with answers that cannot be scored reliably\n$`),
    );
  });

  it('stops at the first bad row with --strict, exit 2', async () => {
    const input = await file('class.jsonl', jsonl([{ id: 'a', traits: levels(1) }, { id: 'b', traits: { empaty: 3 } }, { id: 'c', traits: levels(3) }]));
    const result = await runInProcess(['assess', '--batch', input, '--strict']);
    expect(result.status).toBe(2);
    expect(parse(result.stdout).map((l) => l.id)).toEqual(['a']);
    expect(result.stderr).toBe(`careerfit: ${input}:2: traits.empaty: unknown trait "empaty" (did you mean "empathy"?)\n`);
  });

  it('reads standard input with --batch -, JSON Lines or CSV by its first character', async () => {
    const fromJson = await runInProcess(['assess', '--batch', '-'], { input: jsonl([{ id: 'x', traits: levels(4) }]) });
    expect(fromJson.status).toBe(0);
    expect(parse(fromJson.stdout).map((l) => l.id)).toEqual(['x']);
    const csv = `\n${['id', ...TRAIT_IDS].join(',')}\ny,${TRAIT_IDS.map((t) => levels(4)[t]).join(',')}\n`;
    const fromCsv = await runInProcess(['assess', '--batch', '-'], { input: csv });
    expect(fromCsv.stderr).toMatch(/^careerfit: 1 of 1 rows scored/);
    const [line] = parse(fromCsv.stdout);
    expect(line).toMatchObject({ id: 'y', code: parse(fromJson.stdout)[0]!.code });
    const bad = await runInProcess(['assess', '--batch', '-'], { input: `id,${TRAIT_IDS.join(',')}\nz,7${',3'.repeat(TRAIT_IDS.length - 1)}\n` });
    expect(bad.stderr).toContain('careerfit: <stdin>:2: empathy: expected a whole number from 1 to 5 or a label of the scale such as "Sangat sesuai" or "Not like me", got "7"\n');
  });

  it('writes --output whole, and nothing to standard output', async () => {
    const dir = await tempDir();
    const output = join(dir, 'results.csv');
    const input = await file('class.jsonl', jsonl([{ id: 'a', traits: levels(1) }]));
    const result = await runInProcess(['assess', '--batch', input, '--format', 'csv', '--output', output]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect((await readFile(output, 'utf8')).split('\n')).toHaveLength(3);
    expect(await readdir(dir)).toEqual(['results.csv']);
  });

  it.each([
    [['--format', 'text'], '--format text does not go with --batch'],
    [['--format', 'markdown'], '--format markdown does not go with --batch'],
    [['--trait', 'empathy=3'], 'cannot be combined with --answers, --trait or --code'],
    [['--format', 'csv', '--min-band', 'good'], '--min-band does not go with --format csv'],
    [['--titles'], '--titles goes with --batch --format csv'],
  ])('refuses --batch with %s (exit 2)', async (extra, message) => {
    const input = await file('class.jsonl', jsonl([{ id: 'a', traits: levels(1) }]));
    const result = await runInProcess(['assess', '--batch', input, ...extra]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('refuses --format csv, --strict, --id-column and --titles without --batch', async () => {
    expect((await runInProcess(['assess', '--format', 'csv', '--trait', 'empathy=3'])).status).toBe(2);
    expect((await runInProcess(['assess', '--strict', '--trait', 'empathy=3'])).status).toBe(2);
    for (const flag of [['--id-column', 'Nama'], ['--titles']]) {
      const result = await runInProcess(['assess', ...flag, '--trait', 'empathy=3']);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`${flag[0]} goes with --batch`);
    }
  });
});
