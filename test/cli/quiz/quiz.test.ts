import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswersFile } from '../../../src/cli/input/answers-file.js';
import { emitReport } from '../../../src/cli/output/report-pipeline.js';
import { quizCommand } from '../../../src/cli/commands/quiz.js';
import { exitCodeFor } from '../../../src/cli/run.js';
import { allItems } from '../../../src/core/items.js';
import type { Ask } from '../../../src/core/quiz.js';
import type { Prompter } from '../../../src/cli/quiz/prompter.js';
import { builtinCatalog, fakeContext } from '../../fake-context.js';
import { rejection, tempDirs } from '../../helpers.js';

const tempDir = tempDirs('quiz');

const always =
  (answer: number): Ask =>
  async () =>
    answer;
const options = { format: 'json', lang: 'en', top: 3, color: false } as const;

describe('quiz command', () => {
  it('welcomes on stderr and prints only the report on stdout', async () => {
    const { ctx, stdout, stderr } = fakeContext();
    await quizCommand(options, ctx, always(4));
    const report = JSON.parse(stdout.text) as { results: unknown[]; levels: Record<string, number>; fit: boolean; quality: { reliable: boolean } };
    expect(report.results).toHaveLength(6);
    expect(stderr.text).toMatch(/^careerfit: which community or social-sector role fits you\?\n34 short statements, about 4 minutes/);
    expect(stderr.text).toContain('careerfit role ');
    // 4 everywhere: plain items give 4, reverse-keyed ones flip to 2, so every trait averages 3,
    // and answering everything alike is not scored as a fit.
    expect(report.levels.empathy).toBe(3);
    expect(report.levels.advocacy).toBe(3);
    expect(report.quality.reliable).toBe(false);
    expect(report.fit).toBe(false);
  });

  it('saves answers that `assess --answers` turns into the same report', async () => {
    const dir = await tempDir();
    const save = join(dir, 'me.yaml');
    let n = 0;
    const varied: Ask = async () => (n++ % 5) + 1;
    const quiz = fakeContext();
    await quizCommand({ ...options, save }, quiz.ctx, varied);
    expect(quiz.stderr.text).toContain(`Answers saved to ${save}`);

    const catalog = await builtinCatalog();
    const set = await loadAnswersFile(save, quiz.ctx, allItems(catalog));
    const again = fakeContext();
    await emitReport(catalog, set, options, again.ctx);
    expect(again.stdout.text).toBe(quiz.stdout.text);
  });

  it('the menu saves the answers, and the last lines offer what still works: the role and the result code', async () => {
    const dir = await tempDir();
    const file = join(dir, 'answers.yaml');
    let n = 0;
    const varied: Ask = async () => (n++ % 5) + 1;
    const chosen: string[] = [];
    const prompter: Prompter = {
      ask: varied,
      confirm: async () => true,
      choose: async (_message, choices) => {
        const value = chosen.length ? 'done' : 'answers';
        chosen.push(value);
        return choices.find((c) => c.value === value)!.value;
      },
      input: async () => file,
    };
    const quiz = fakeContext();
    const tty = Object.assign(quiz.ctx.stdout, { isTTY: true });
    await quizCommand({ ...options, format: 'text' }, { ...quiz.ctx, stdout: tty, env: { ...quiz.ctx.env, NO_COLOR: '1' } }, prompter);
    expect(chosen).toEqual(['answers', 'done']);
    const catalog = await builtinCatalog();
    const set = await loadAnswersFile(file, quiz.ctx, allItems(catalog));
    expect(Object.keys(set.answers).length).toBeGreaterThanOrEqual(34);
    const code = /Result code: (\S+)/.exec(quiz.stdout.text)![1]!;
    expect(quiz.stderr.text.replace(/\s+/g, ' ')).toContain(`See this report again any time with \`careerfit assess --code ${code}\`.`);
    expect(quiz.stderr.text).not.toContain('--save');
  });

  it('turns Ctrl-C into exit 130 with one short line and leaves no file', async () => {
    const dir = await tempDir();
    const save = join(dir, 'me.yaml');
    let asked = 0;
    const ctrlC: Ask = async () => {
      if (++asked === 5) throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
      return 3;
    };
    const { ctx, stdout, stderr } = fakeContext();
    const error = await rejection(quizCommand({ ...options, save }, ctx, ctrlC));
    const before = stderr.text;
    expect(exitCodeFor(error, ctx, false)).toBe(130);
    // The four answers given are kept for the next run, in the state folder (not beside the report).
    expect(stderr.text.slice(before.length)).toBe('careerfit: interrupted; your answers so far are kept: run `careerfit` again to continue\n');
    expect(stdout.text).toBe('');
    // Neither the file nor a temp file beside it.
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses to prompt when stdin is not a terminal', async () => {
    const { ctx } = fakeContext({ stdinTTY: false });
    await expect(quizCommand(options, ctx)).rejects.toMatchObject({ kind: 'usage', message: expect.stringMatching(/careerfit assess --answers/) });
  });
});
