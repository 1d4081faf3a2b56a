import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRAIT_IDS } from '../../../src/core/traits.js';
import { runInProcess } from '../../fake-context.js';
import { ALL_TRAITS_3, fixture, tempDirs } from '../../helpers.js';

const tempDir = tempDirs('assess');

interface JsonReport {
  schemaVersion: number;
  lang: string;
  verdict: string;
  fit: boolean;
  levels: Record<string, number>;
  close: string[];
  results: {
    rank: number;
    id: string;
    kind: string;
    title: string;
    score: number;
    band: string;
    reasons: { trait: string; level: number; ideal: number; points: number; effect: string; message: string }[];
    warnings: { rule: string; message: string }[];
    misconceptions: { myth: string; reality: string }[];
    expectations: { expectation: string; reality: string }[];
    differences: { role: string; text: string }[];
  }[];
}

const json = async (args: string[], env?: NodeJS.ProcessEnv) => {
  const result = await runInProcess(['assess', ...args, '--format', 'json'], { env });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as JsonReport;
};

describe('careerfit assess (end to end)', () => {
  it('ranks aktivis-okp first for a person strong in advocacy, influence and proactivity', async () => {
    const report = await json(['--answers', fixture('advocate.yaml'), '--lang', 'en']);
    expect(report.schemaVersion).toBe(3);
    expect(report.lang).toBe('en');
    expect(report.results[0]!.id).toBe('aktivis-okp');
    expect(report.results[0]!.band).toBe('strong');
    expect(report.fit).toBe(true);
    expect(report.verdict).toContain(report.results[0]!.title);
    expect(report.results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    const top = report.results[0]!;
    expect(report.close).toEqual(['aktivis-okp']);
    // Reasons lead with what the role needs most, in sentences; this person's strengths are the
    // activist's core traits, and each carries its level and the points it adds.
    expect(top.reasons[0]).toMatchObject({ kind: 'strength', trait: 'social_awareness', label: 'Social awareness', level: 5, importance: 3, effect: '+' });
    expect(top.reasons[0]!.message).toBe('You are strong in social awareness (5), which this role needs most.');
    expect(top.reasons.every((r) => r.effect === '+' && r.points! > 0)).toBe(true);
    expect(top.misconceptions.length).toBeGreaterThan(0);
    expect(top.differences[0]!.role).toBe('pekerja-sosial');
  });

  it('calls a flat profile unreliable rather than a fit, and gives no role a band', async () => {
    const report = await json(ALL_TRAITS_3);
    for (const r of report.results) expect(r.band, r.id).toBeNull();
    expect(report.fit).toBe(false);
    expect(report.verdict).toMatch(/^Your answers cannot be scored reliably/);
  });

  it('says plainly that no role fits a person low in empathy, communication and teamwork, and warns on every seed role that names them', async () => {
    const report = await json(['--answers', fixture('loner.yaml'), '--lang', 'en']);
    expect(report.fit).toBe(false);
    expect(report.verdict).toMatch(/^No role counts as a fit: for each, a warning sign from the sources applies or your answers are below the level it needs\./);
    expect(report.results.every((r) => r.band === null)).toBe(true);
    // Seed 002 names leadership, social sensitivity and public pressure, not these three, as its
    // warning signs: the programme manager does not fit through its level, not through a warning.
    for (const result of report.results.filter((r) => r.kind === 'role' && r.id !== 'pengelola-program-lsm')) {
      expect(result.warnings.length, result.id).toBeGreaterThan(0);
      // The warning names the answer that triggered it.
      expect(result.warnings.map((w) => w.message).join(' '), result.id).toMatch(/your (Empathy|Communication|Teamwork) score is 1/);
    }
  });

  it('aggregates question answers: reverse-keyed items flipped, items of one trait averaged', async () => {
    const report = await json(['--answers', fixture('question-answers.yaml')]);
    expect(report.levels).toEqual({ ...Object.fromEntries(TRAIT_IDS.map((id) => [id, 4])), empathy: 4.5 });
  });

  it('lets --trait override the answer file', async () => {
    const report = await json(['--answers', fixture('advocate.yaml'), '--trait', 'advocacy=1']);
    expect(report.levels.advocacy).toBe(1);
    expect(report.levels.influence).toBe(5);
  });

  it('reads answers from standard input and writes markdown to --output, leaving stdout empty', async () => {
    const dir = await tempDir();
    const output = join(dir, 'report.md');
    const input = await readFile(fixture('advocate.yaml'), 'utf8');
    const result = await runInProcess(['assess', '--answers', '-', '--format', 'markdown', '--output', output, '--lang', 'en'], { input });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const markdown = await readFile(output, 'utf8');
    expect(markdown).toMatch(/^# careerfit\n/);
    expect(markdown).toMatch(/\| 1 \| Youth Organisation \(OKP\) Activist \(`aktivis-okp`\) \| \d+ \| strong fit \|/);
    expect(markdown).toContain('#### Misconceptions');
  });

  it('takes JSON answer files too', async () => {
    const dir = await tempDir();
    const file = join(dir, 'me.json');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, JSON.stringify({ traits: Object.fromEntries(TRAIT_IDS.map((id, i) => [id, 1 + (i % 5)])) }));
    const report = await json(['--answers', file]);
    expect(Object.values(report.levels)).toEqual(TRAIT_IDS.map((_, i) => 1 + (i % 5)));
  });

  it('speaks Indonesian when the locale is Indonesian, and CAREERFIT_LANG wins over the locale', async () => {
    expect((await json(ALL_TRAITS_3, { LANG: 'id_ID.UTF-8' })).lang).toBe('id');
    expect((await json(ALL_TRAITS_3, { LANG: 'id_ID.UTF-8', CAREERFIT_LANG: 'en' })).lang).toBe('en');
    expect((await json(ALL_TRAITS_3, { LC_ALL: 'id_ID', LANG: 'en_US' })).lang).toBe('id');
    const report = await json([...ALL_TRAITS_3, '--lang', 'id']);
    expect(report.results.find((r) => r.id === 'aktivis-okp')!.title).toBe('Aktivis Organisasi Kemasyarakatan Pemuda (OKP)');
  });
});

describe('text report', () => {
  // eslint-disable-next-line no-control-regex
  const ansi = /\x1b\[[0-9;]*m/g;

  it.each(['en', 'id'])('fits 80 columns and has every section (%s)', async (lang) => {
    const result = await runInProcess(['assess', '--answers', fixture('loner.yaml'), '--lang', lang, '--top', '6']);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
    const headings = lang === 'en' ? ['Ranking', 'Why', 'Warning signs', 'Misconceptions', 'Expectations', 'How it differs'] : ['Peringkat', 'Alasan', 'Tanda peringatan', 'Miskonsepsi', 'Ekspektasi', 'Perbedaan'];
    for (const heading of headings) expect(result.stdout).toContain(heading);
  });

  it('shows details for --top roles only, the rest as ranking lines', async () => {
    const result = await runInProcess(['assess', '--answers', fixture('advocate.yaml'), '--lang', 'en', '--top', '1']);
    expect(result.stdout.match(/^\d+\. .* — \d+\/100/gm)).toHaveLength(1);
    expect(result.stdout.match(/^ +\d+\. .* +\d+ {2}((strong|good|partial|weak) fit|not counted)$/gm)).toHaveLength(6);
  });

  it('has no colour when stdout is not a terminal, colour with FORCE_COLOR, none with --no-color or NO_COLOR', async () => {
    const args = ['assess', '--answers', fixture('advocate.yaml')];
    expect((await runInProcess(args)).stdout).not.toMatch(ansi);
    expect((await runInProcess(args, { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
    expect((await runInProcess([...args, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await runInProcess(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
  });
});
