import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerAll } from '../../src/core/follow-ups.js';
import { builtinCatalog } from '../fake-context.js';
import { tempDirs } from '../helpers.js';
import { screenOf } from './screen.js';
import { drive, type Step } from './pty.js';
import { shellQuote as quote } from './run-cli.js';

const tempDir = tempDirs('pty');

describe('interactive quiz in a real terminal', () => {
  it('asks every question, goes back once, and prints the report', async () => {
    const dir = await tempDir();
    const report = join(dir, 'report.txt');
    const saved = join(dir, 'me.yaml');
    const steps: Step[] = [
      { waitFor: '(1/34)', keys: '5\r' },
      { waitFor: '(2/34)', keys: '6\r' }, // Back
      { waitFor: '(1/34)', keys: '4\r' }, // changed answer
      ...Array.from({ length: 33 }, (_, i) => ({ waitFor: `(${i + 2}/34)`, keys: '4\r' })),
    ];
    // The report is redirected, as in `npx careerfit > report.txt`: questions still show on the terminal.
    const { status, screen } = await drive(['--lang', 'en', '--save', saved], steps, `> ${quote(report)}`);
    expect(status).toBe(0);
    expect(screen).toContain('34 short statements');
    expect(screen).toContain('(34/34)');
    expect(screen).toContain(`Answers saved to ${saved}`);
    const text = await readFile(report, 'utf8');
    // All 4s: every trait averages 3, which careerfit refuses to call a fit.
    expect(text).toMatch(/^careerfit\n\nYour answers cannot be scored reliably/);
    expect(text).toContain('Ranking');
    expect(text).not.toContain('(1/34)');
    const answers = (parse(await readFile(saved, 'utf8')) as { answers: Record<string, number> }).answers;
    expect(Object.keys(answers)).toHaveLength(34);
    expect(answers['empathy-1']).toBe(4);
  }, 30_000);

  it('asks the follow-ups the engine picks when the top roles are close, and saves them', async () => {
    const catalog = await builtinCatalog();
    // A varied pattern whose top roles the fixed items leave close (checked here, so the test
    // cannot pass vacuously).
    const pattern = (i: number) => [4, 2, 5, 3, 1, 4, 3][i % 7]!;
    const at = new Map(catalog.questions.map((q, i) => [q.id, i]));
    // The follow-ups come one at a time, each chosen after the answers so far: the engine's own
    // sequence for this person, who answers 5 to every follow-up.
    const { answers: all } = answerAll(catalog, (q) => (at.has(q.id) ? pattern(at.get(q.id)!) : 5));
    const extra = Object.keys(all).filter((id) => !at.has(id));
    expect(extra.length).toBeGreaterThan(0);
    const dir = await tempDir();
    const saved = join(dir, 'me.yaml');
    const n = catalog.questions.length;
    const steps: Step[] = [
      ...catalog.questions.map((_, i) => ({ waitFor: `(${i + 1}/${n})`, keys: `${pattern(i)}\r` })),
      ...extra.map((_, i) => ({ waitFor: `(+${i + 1})`, keys: '5\r' })),
    ];
    const { status, screen } = await drive(['--lang', 'en', '--save', saved], steps, '> /dev/null');
    expect(status).toBe(0);
    expect(screen).toContain('Your top roles are close. A few more statements (at most 10)');
    const answers = (parse(await readFile(saved, 'utf8')) as { answers: Record<string, number> }).answers;
    expect(Object.keys(answers)).toEqual([...catalog.questions.map((q) => q.id), ...extra]);
    for (const id of extra) expect(answers[id]).toBe(5);
  }, 40_000);

  it.each([
    ['en', 'careerfit: interrupted; your answers so far are kept: run `careerfit` again to continue'],
    ['id', 'careerfit: dihentikan; jawabanmu sejauh ini disimpan: jalankan `careerfit` lagi untuk melanjutkan'],
  ] as const)('exits 130 on Ctrl-C with a short notice, its lines broken between words (%s)', async (lang, notice) => {
    const { status, screen } = await drive(['--lang', lang], [
      { waitFor: '(1/34)', keys: '2\r' },
      { waitFor: '(2/34)', keys: '\x03' },
    ]);
    expect(status).toBe(130);
    // The screen as the terminal shows it, escapes applied.
    const lines = screenOf(screen, 80, 24);
    const first = lines.findIndex((line) => line.startsWith(notice.slice(0, 30)));
    const shown = lines.slice(first, first + 2).filter((line) => line.trim());
    // The terminal is 80 columns: each line fits, and together they are the notice, word for word.
    expect(shown.every((line) => line.length < 80)).toBe(true);
    expect(shown.join(' ')).toBe(notice);
    expect(screen).not.toMatch(/\n\s+at /);
  }, 30_000);
});
