/**
 * The end of the quiz as a person sees it, in a real terminal of a set size: the summary on one
 * screen with the menu below it, text that fits the width, files checked before the first
 * question, an interrupted quiz picked up where it stopped, and plain mode in ASCII with nothing
 * that moves the cursor.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerAll } from '../../src/core/follow-ups.js';
import { position } from '../../src/core/quiz.js';
import type { Question } from '../../src/core/types.js';
import { builtinCatalog } from '../fake-context.js';
import { tempDirs } from '../helpers.js';
import { drive, HAS_SCRIPT, type Step } from './pty.js';
import { runCli } from './run-cli.js';
import { Screen, screenOf } from './screen.js';

const tempDir = tempDirs('result-pty');

/** A person strong in advocacy, influence and proactivity (test/fixtures/advocate.yaml): a clear #1. */
const ADVOCATE: Readonly<Record<string, number>> = {
  empathy: 3, communication: 4, teamwork: 4, leadership: 5, social_awareness: 5, proactivity: 5, influence: 5, advocacy: 5, analytical: 3,
  decision_making: 3, planning: 3, resilience: 4, innovation: 3, helping_motivation: 4, dedication: 5, direct_service: 2, profit_focus: 2,
};

/** The answer this person gives a statement: their level, flipped for a reverse-keyed one. */
const answer = (q: Question) => (q.reverse ? 6 - ADVOCATE[q.trait]! : ADVOCATE[q.trait]!);

/** Every statement this person is asked, fixed ones and the follow-ups their answers call for. */
const plan = async () => {
  const catalog = await builtinCatalog();
  // The follow-ups come one at a time, each chosen after the answers so far: the engine's own sequence for this person.
  const { answers: all } = answerAll(catalog, answer);
  const fixed = new Set(catalog.questions.map((q) => q.id));
  const extra = Object.keys(all).map((id) => catalog.followUps!.find((q) => q.id === id)).filter((q) => q !== undefined);
  return { catalog, extra: extra.filter((q) => !fixed.has(q.id)), all };
};

/** Steps that answer each statement when it shows, from `from` (1-based) on, Enter-terminated; follow-ups show as (+1), (+2)… */
const answering = (questions: readonly Question[], from = 1, followUps = false): Step[] =>
  questions.slice(from - 1).map((q, i) => ({ waitFor: position(from + i, followUps ? undefined : questions.length), keys: `${answer(q)}\r` }));

// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[[0-9;]*m/g;
// eslint-disable-next-line no-control-regex
const CURSOR = /\x1b\[[0-9;?]*[ABCDEFGHJKST]|\x1b[78]/;

/** The lines a stream writes, colours removed: what a terminal of unlimited width would show a line each. */
const logicalLines = (stream: string) => stream.replace(SGR, '').split(/\r?\n/);

const MENU = {
  en: { message: 'What next?', last: '6. Done', verdict: 'Best fit: Youth Organisation (OKP) Activist', code: 'Result code: ', resumeAnswer: 'Yes', resumeHint: '(Y/n)' },
  id: { message: 'Selanjutnya?', last: '6. Selesai', verdict: 'Paling cocok: Aktivis Organisasi Kemasyarakatan Pemuda (OKP)', code: 'Kode hasil: ', resumeAnswer: 'Ya', resumeHint: '(Y/t)' },
} as const;

describe.runIf(HAS_SCRIPT)('the result in a real terminal', () => {
  it.each(['en', 'id'] as const)('at 80×24 the screen after the last answer holds the verdict, the ranking and the code (%s)', async (lang) => {
    const { catalog, extra } = await plan();
    const m = MENU[lang];
    const steps: Step[] = [...answering(catalog.questions), ...answering(extra, 1, true), { waitFor: m.last, keys: '6\r', pauseMs: 200 }];
    const { status, screen: stream } = await drive(['--lang', lang], steps, '', { columns: 80, rows: 24 });
    expect(status).toBe(0);
    // The screen at the moment the menu is drawn: everything written up to its last choice.
    const shown = screenOf(stream.slice(0, stream.indexOf(m.last, stream.indexOf(m.message)) + m.last.length), 80, 24);
    const text = shown.join('\n');
    expect(text).toContain(m.verdict);
    for (const role of catalog.roles) expect(text, role.id).toContain(role.id);
    expect(text).toMatch(new RegExp(`${m.code}[0-9A-Z]{6}(-[0-9A-Z]{1,6})+`));
    expect(text).toContain(m.message);
    expect(shown.every((line) => line.length <= 80)).toBe(true);
  }, 60_000);

  it('at 60 columns no line of the quiz, its summary or `assess` is wider than 60', async () => {
    const { catalog, extra } = await plan();
    const steps: Step[] = [...answering(catalog.questions), ...answering(extra, 1, true), { waitFor: MENU.en.last, keys: '6\r', pauseMs: 200 }];
    const quiz = await drive(['--lang', 'en'], steps, '', { columns: 60, rows: 24 });
    expect(quiz.status).toBe(0);
    // Replayed on a 60-column screen, no line ever ran past the last column.
    expect(new Screen(60, 24).write(quiz.screen).wraps).toBe(0);
    // assess on the same terminal: the full report (no pager: PAGER=cat), then the summary.
    const assess = await drive(['assess', '--answers', 'test/fixtures/advocate.yaml', '--lang', 'id'], [], '', { columns: 60, env: { PAGER: 'cat' } });
    expect(assess.status).toBe(0);
    expect(assess.screen).toContain('Profilmu');
    expect(assess.screen).toContain('Simpan laporan lengkap');
    expect(logicalLines(assess.screen).filter((line) => line.length > 60)).toEqual([]);
    for (const width of ['60', '40']) {
      const piped = await runCli(['assess', '--answers', 'test/fixtures/advocate.yaml', '--width', width]);
      expect(piped.status).toBe(0);
      expect(piped.stdout.split('\n').filter((line) => line.length > Number(width))).toEqual([]);
    }
  }, 60_000);

  it.each(['en', 'id'] as const)(
    'at 40, 60 and 80 columns no word is broken by the terminal, the resume question speaks the language, and at 60×24 the verdict is on the last screen (%s)',
    async (lang) => {
      const { catalog, extra } = await plan();
      const m = MENU[lang];
      for (const columns of [40, 60, 80]) {
        const state = await tempDir();
        const env = { XDG_STATE_HOME: state };
        const first = await drive(['--lang', lang], [...answering(catalog.questions).slice(0, 4), { waitFor: '(5/34)', signal: 'SIGKILL' }], '', { columns, rows: 24, env });
        const steps: Step[] = [
          { waitFor: `(4/${catalog.questions.length})`, keys: '\r', pauseMs: 100 },
          ...answering(catalog.questions, 5),
          ...answering(extra, 1, true),
          { waitFor: m.last, keys: '6\r', pauseMs: 200 },
        ];
        const second = await drive(['--lang', lang], steps, '', { columns, rows: 24, env });
        expect(second.status, `${columns} columns`).toBe(0);
        // Replayed on a screen of that width, no line ever ran past the last column: every break is ours, between words.
        for (const run of [first, second]) expect(new Screen(columns, 24).write(run.screen).wraps, `${columns} columns`).toBe(0);
        // Asked and answered in the run's language: (Y/t) and "Ya" in Indonesian.
        expect(second.screen).toContain(m.resumeHint);
        expect(screenOf(second.screen, columns, 200).join('\n')).toMatch(new RegExp(`${m.resumeAnswer}$`, 'm'));
        if (columns !== 60) continue;
        const shown = screenOf(second.screen.slice(0, second.screen.indexOf(m.last, second.screen.indexOf(m.message)) + m.last.length), 60, 24);
        expect(shown.join(' ').replace(/\s+/g, ' ')).toContain(m.verdict);
      }
    },
    120_000,
  );

  it('a pager that fails shows nothing, so the report is printed; a UTF-8 report tells the pager its charset', async () => {
    const failed = await drive(['assess', '--answers', 'test/fixtures/advocate.yaml'], [], '', { columns: 80, env: { PAGER: 'false' } });
    expect(failed.status).toBe(0);
    expect(failed.screen).toContain('Your profile');
    // LANG names a UTF-8 locale the system may lack: less would fall back to ASCII and show <E2>… for the bars.
    const told = await drive(['assess', '--answers', 'test/fixtures/advocate.yaml'], [], '', { columns: 80, env: { LANG: 'id_ID.UTF-8', PAGER: 'echo "charset=$LESSCHARSET"; cat >/dev/null' } });
    expect(told.screen).toContain('charset=utf-8');
    const ascii = await drive(['assess', '--answers', 'test/fixtures/advocate.yaml'], [], '', { columns: 80, env: { LANG: 'C', PAGER: 'echo "charset=[$LESSCHARSET]"; cat >/dev/null' } });
    expect(ascii.screen).toContain('charset=[]');
  }, 30_000);

  it('refuses an --output or --save it could not write before the first question', async () => {
    const dir = await tempDir();
    for (const [args, message] of [
      [['-o', join(dir, 'missing', 'report.txt')], `careerfit: ${join(dir, 'missing', 'report.txt')}: the folder does not exist`],
      [['-o', dir], `careerfit: ${dir}: is a directory`],
      [['--save', join(dir, 'nope', 'me.yaml')], `careerfit: ${join(dir, 'nope', 'me.yaml')}: the folder does not exist`],
    ] as const) {
      const { status, screen } = await drive(['--lang', 'en', ...args], []);
      expect(status, args.join(' ')).toBe(2);
      // Wrapped at words on the terminal.
      expect(screen.replace(/\s+/g, ' ')).toContain(message);
      expect(screen).not.toContain('(1/34)');
    }
  }, 30_000);

  it('picks up a quiz killed at question 10 where it stopped, and saves the answers given', async () => {
    const { catalog, extra, all } = await plan();
    const state = await tempDir();
    const saved = join(await tempDir(), 'me.yaml');
    const env = { XDG_STATE_HOME: state };
    const first = await drive(['--lang', 'en'], [...answering(catalog.questions).slice(0, 9), { waitFor: '(10/34)', signal: 'SIGKILL' }], '', { env });
    expect(first.screen).toContain('(10/34)');
    const progress = JSON.parse(await readFile(join(state, 'careerfit', 'progress.json'), 'utf8')) as { answers: Record<string, number> };
    expect(Object.keys(progress.answers)).toHaveLength(9);

    const steps: Step[] = [{ waitFor: 'Continue where you left off? (9/34)', keys: '\r' }, ...answering(catalog.questions, 10), ...answering(extra, 1, true)];
    const second = await drive(['--lang', 'en', '--save', saved], steps, '> /dev/null', { env });
    expect(second.status).toBe(0);
    // It goes on at question 10: the first nine are not asked again.
    expect(second.screen).not.toContain('(1/34)');
    expect(second.screen.indexOf('(10/34)')).toBeGreaterThan(second.screen.indexOf('Continue where you left off?'));
    const answers = (parse(await readFile(saved, 'utf8')) as { answers: Record<string, number> }).answers;
    expect(answers).toEqual(all);
    // A finished quiz leaves no progress behind.
    expect(existsSync(join(state, 'careerfit', 'progress.json'))).toBe(false);
  }, 60_000);

  it.each([
    ['--plain', ['--plain'], {}],
    ['TERM=dumb', [], { TERM: 'dumb' }],
  ] as const)('%s: questions line by line, ASCII only, nothing that moves the cursor', async (_label, flags, env) => {
    const { catalog, extra } = await plan();
    const steps: Step[] = [...answering(catalog.questions), ...answering(extra, 1, true), { waitFor: 'Choose 1-6:', keys: '6\r' }];
    const { status, screen } = await drive(['--lang', 'en', ...flags], steps, '', { columns: 80, env });
    expect(status).toBe(0);
    expect(screen).toContain('(34/34)');
    expect(screen).toContain('Best fit: Youth Organisation (OKP) Activist');
    expect(screen).not.toMatch(CURSOR);
    // eslint-disable-next-line no-control-regex
    expect(screen.replace(/[\x00-\x7f]/g, '')).toBe('');
  }, 60_000);
});

describe('the report files after the quiz', () => {
  it('FORCE_COLOR never puts escape codes into an --output file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'report.txt');
    const result = await runCli(['assess', '--answers', 'test/fixtures/advocate.yaml', '-o', file], { env: { FORCE_COLOR: '3' } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`Report written to ${file}\n`);
    expect(await readFile(file, 'utf8')).not.toContain('\x1b');
    const shown = await runCli(['assess', '--answers', 'test/fixtures/advocate.yaml'], { env: { FORCE_COLOR: '3' }, shell: (c) => `${c} | cat` });
    expect(shown.stdout).toContain('\x1b[');
  });
});
