import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quizCommand } from '../../../src/cli/commands/quiz.js';
import type { Prompter } from '../../../src/cli/quiz/prompter.js';
import { exitCodeFor } from '../../../src/cli/run.js';
import type { Ask } from '../../../src/core/quiz.js';
import { fakeContext } from '../../fake-context.js';
import { tempDirs } from '../../helpers.js';

const tempDir = tempDirs('quiz-resume');
const options = { format: 'json', lang: 'en', top: 3, color: false } as const;

/** A person who answers by question number, stopping (as Ctrl-C does) at `stopAt`, and says `resume` to "continue?". */
const person = (resume: boolean, stopAt = Infinity) => {
  const asked: number[] = [];
  const ask: Ask = async ({ index }) => {
    if (asked.length + 1 >= stopAt) throw Object.assign(new Error('closed'), { name: 'ExitPromptError' });
    asked.push(index);
    return (index % 5) + 1;
  };
  const prompter: Prompter = { ask, confirm: async () => resume, choose: async (_m, c) => c[c.length - 1]!.value, input: async (_m, f) => f };
  return { prompter, asked };
};

const run = async (state: string, prompter: Prompter, extra: Record<string, unknown> = {}) => {
  const { ctx, stdout, stderr } = fakeContext({ env: { LANG: 'C', XDG_STATE_HOME: state } });
  const error = await quizCommand({ ...options, ...extra }, ctx, prompter).then(() => undefined, (e: unknown) => e);
  const status = error === undefined ? 0 : exitCodeFor(error, ctx, false);
  return { status, stdout: stdout.text, stderr: stderr.text };
};

const progressOf = async (state: string) =>
  (JSON.parse(await readFile(join(state, 'careerfit', 'progress.json'), 'utf8')) as { answers: Record<string, number> }).answers;

describe('an interrupted quiz', () => {
  it('keeps every answer, and the next run goes on at the first question without one', async () => {
    const state = await tempDir();
    const first = person(true, 10);
    const stopped = await run(state, first.prompter);
    expect(stopped.status).toBe(130);
    expect(stopped.stderr).toContain('careerfit: interrupted; your answers so far are kept: run `careerfit` again to continue');
    expect(Object.keys(await progressOf(state))).toHaveLength(9);

    const second = person(true);
    const done = await run(state, second.prompter);
    expect(done.status).toBe(0);
    expect(second.asked[0]).toBe(10);
    const complete = person(true);
    const again = await run(await tempDir(), complete.prompter);
    // Nine answers from the first run, the rest from the second: the same report as one sitting.
    expect(JSON.parse(done.stdout).code).toBe(JSON.parse(again.stdout).code);
    await expect(readFile(join(state, 'careerfit', 'progress.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('starts over when the person says no, or with --fresh', async () => {
    for (const [resume, extra] of [[false, {}], [true, { fresh: true }]] as const) {
      const state = await tempDir();
      await run(state, person(true, 6).prompter);
      const next = person(resume);
      expect((await run(state, next.prompter, extra)).status).toBe(0);
      expect(next.asked[0]).toBe(1);
    }
  });

  it('ignores a corrupt state file with one line', async () => {
    const state = await tempDir();
    await mkdir(join(state, 'careerfit'), { recursive: true });
    await writeFile(join(state, 'careerfit', 'progress.json'), '{"version": 1, "answers": {"empathy-1": 9}');
    const next = person(true);
    const result = await run(state, next.prompter);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`careerfit: the saved progress in ${join(state, 'careerfit', 'progress.json')} cannot be read; starting over\n`);
    expect(next.asked[0]).toBe(1);
  });
});

describe('a report that cannot be written after the quiz', () => {
  it('is shown on the terminal with its code, and the answers are kept', async () => {
    const state = await tempDir();
    const dir = await tempDir();
    const output = join(dir, 'out', 'report.txt');
    await mkdir(join(dir, 'out'));
    // The folder was there when the quiz started; it is gone by the end.
    const { prompter } = person(true);
    const ask: Ask = async (item) => {
      if (item.index === 34) await rm(join(dir, 'out'), { recursive: true });
      return prompter.ask(item);
    };
    const result = await run(state, { ...prompter, ask }, { output, format: 'text' });
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^careerfit\n/);
    expect(result.stderr).toMatch(/Result code: [0-9A-Z-]+\nRerun: careerfit assess --code\s+[0-9A-Z-]+\n/);
    expect(result.stderr).toContain('Your answers are kept');
    expect(result.stderr).toContain(`careerfit: ${output}: the folder does not exist\n`);
    expect(Object.keys(await progressOf(state)).length).toBeGreaterThanOrEqual(34);
  });
});

describe('personal answers are private', () => {
  const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

  it('the state folder is 0700 and the progress file 0600, and an existing folder is tightened', async () => {
    const state = await tempDir();
    await mkdir(join(state, 'careerfit'), { mode: 0o755 });
    await chmod(join(state, 'careerfit'), 0o755);
    await run(state, person(true, 5).prompter);
    expect(await modeOf(join(state, 'careerfit'))).toBe(0o700);
    expect(await modeOf(join(state, 'careerfit', 'progress.json'))).toBe(0o600);
  });

  it('a --save file is 0600', async () => {
    const dir = await tempDir();
    const save = join(dir, 'me.yaml');
    expect((await run(await tempDir(), person(true).prompter, { save })).status).toBe(0);
    expect(await modeOf(save)).toBe(0o600);
  });
});

describe('a state folder that cannot be written', () => {
  it('is said before the first question, and the quiz goes on without keeping progress', async () => {
    const dir = await tempDir();
    // The state home is a file: no folder can be made in it (a read-only folder would not stop root, as CI runs).
    const state = join(dir, 'not-a-folder');
    await writeFile(state, 'x');
    const seen: string[] = [];
    const { ctx, stderr } = fakeContext({ env: { LANG: 'C', XDG_STATE_HOME: state } });
    const { prompter } = person(true);
    const ask: Ask = async (item) => {
      if (item.index === 1) seen.push(stderr.text);
      return prompter.ask(item);
    };
    await quizCommand(options, ctx, { ...prompter, ask });
    expect(seen[0]).toMatch(new RegExp(`careerfit: cannot keep your progress in ${join(state, 'careerfit')} \\((ENOTDIR|EEXIST)\\); the quiz goes on`));
    const stopped = await run(state, person(true, 5).prompter);
    expect(stopped.status).toBe(130);
    expect(stopped.stderr).toContain('careerfit: interrupted; nothing was saved');
  });
});
