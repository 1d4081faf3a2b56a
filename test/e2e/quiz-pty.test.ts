import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluate } from '../../src/core/evaluate.js';
import { pickFollowUps } from '../../src/core/follow-ups.js';
import { builtinCatalog } from '../fake-context.js';
import { BIN, ROOT, baseEnv } from './run-cli.js';
import { tempDirs } from '../helpers.js';

const tempDir = tempDirs('pty');

interface Step {
  /** Text the screen must show (after the previous step) before typing. */
  readonly waitFor: string;
  readonly keys: string;
}

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/**
 * Runs a shell command inside a real pseudo-terminal (util-linux `script`) and types into it,
 * step by step, the way a person would: wait for the question, then press keys.
 */
const drive = (command: string, steps: readonly Step[]) =>
  new Promise<{ status: number | null; screen: string }>((resolve, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: ROOT,
      env: { ...baseEnv(), TERM: 'xterm-256color', LANG: 'en_US.UTF-8' },
    });
    let screen = '';
    let from = 0;
    let next = 0;
    const advance = () => {
      const step = steps[next];
      if (!step) return;
      const at = screen.indexOf(step.waitFor, from);
      if (at === -1) return;
      from = at + step.waitFor.length;
      next += 1;
      // A short pause, as the prompt finishes drawing before it reads keys.
      setTimeout(() => child.stdin.write(step.keys), 20);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      screen += chunk;
      advance();
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, screen }));
  });

const careerfit = (args: string) => `${quote(process.execPath)} ${quote(BIN)} ${args}`;

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
    const { status, screen } = await drive(`${careerfit(`--lang en --save ${quote(saved)}`)} > ${quote(report)}`, steps);
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
    const fixed = Object.fromEntries(catalog.questions.map((q, i) => [q.id, pattern(i)]));
    const extra = pickFollowUps(catalog, evaluate(catalog, { answers: fixed, traits: {} }), fixed);
    expect(extra.length).toBeGreaterThan(0);
    const dir = await tempDir();
    const saved = join(dir, 'me.yaml');
    const n = catalog.questions.length;
    const steps: Step[] = [
      ...catalog.questions.map((_, i) => ({ waitFor: `(${i + 1}/${n})`, keys: `${pattern(i)}\r` })),
      ...extra.map((_, i) => ({ waitFor: `(${i + 1}/${extra.length})`, keys: '5\r' })),
    ];
    const { status, screen } = await drive(`${careerfit(`--lang en --save ${quote(saved)}`)} > /dev/null`, steps);
    expect(status).toBe(0);
    expect(screen).toContain(`Your top roles are close. ${extra.length} more statement`);
    const answers = (parse(await readFile(saved, 'utf8')) as { answers: Record<string, number> }).answers;
    expect(Object.keys(answers)).toEqual([...catalog.questions.map((q) => q.id), ...extra.map((q) => q.id)]);
    for (const q of extra) expect(answers[q.id]).toBe(5);
  }, 40_000);

  it('exits 130 with one short line on Ctrl-C', async () => {
    const { status, screen } = await drive(careerfit('--lang en'), [
      { waitFor: '(1/34)', keys: '2\r' },
      { waitFor: '(2/34)', keys: '\x03' },
    ]);
    expect(status).toBe(130);
    expect(screen).toContain('careerfit: interrupted; nothing was saved');
    expect(screen).not.toMatch(/\n\s+at /);
  }, 30_000);
});
