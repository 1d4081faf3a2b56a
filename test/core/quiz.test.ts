import { describe, expect, it } from 'vitest';
import { BACK, runQuiz, type Ask, type QuizItem } from '../../src/core/quiz.js';
import type { Question } from '../../src/core/types.js';

const question = (id: string, trait: Question['trait'], reverse = false): Question => ({
  id,
  trait,
  reverse,
  text: { id: `teks ${id}`, en: `text ${id}` },
});

const BANK = [question('empathy-1', 'empathy'), question('planning-1', 'planning'), question('empathy-2', 'empathy', true)];

/** Plays back scripted replies and records what each prompt was shown. */
const scripted = (replies: (number | typeof BACK)[]) => {
  const seen: QuizItem[] = [];
  const ask: Ask = async (item) => {
    seen.push(item);
    const reply = replies.shift();
    if (reply === undefined) throw new Error(`no reply scripted for ${item.question.id}`);
    return reply;
  };
  return { ask, seen };
};

describe('runQuiz', () => {
  it('asks every question in order with its position', async () => {
    const { ask, seen } = scripted([4, 2, 5]);
    expect(await runQuiz(BANK, ask)).toEqual({ 'empathy-1': 4, 'planning-1': 2, 'empathy-2': 5 });
    expect(seen.map((s) => `${s.index}/${s.total} ${s.question.id} back=${s.canGoBack}`)).toEqual([
      '1/3 empathy-1 back=false',
      '2/3 planning-1 back=true',
      '3/3 empathy-2 back=true',
    ]);
  });

  it('goes back to the previous question with its answer preselected, and keeps the new answer', async () => {
    const { ask, seen } = scripted([4, 2, BACK, 3, 5]);
    expect(await runQuiz(BANK, ask)).toEqual({ 'empathy-1': 4, 'planning-1': 3, 'empathy-2': 5 });
    expect(seen.map((s) => [s.question.id, s.previous])).toEqual([
      ['empathy-1', undefined],
      ['planning-1', undefined],
      ['empathy-2', undefined],
      ['planning-1', 2],
      ['empathy-2', undefined],
    ]);
  });

  it('stays on the first question when asked to go back from it', async () => {
    const { ask, seen } = scripted([BACK, 1, 1, 1]);
    await runQuiz(BANK, ask);
    expect(seen.map((s) => s.question.id)).toEqual(['empathy-1', 'empathy-1', 'planning-1', 'empathy-2']);
  });

  it('passes a prompt failure (Ctrl-C) through unchanged', async () => {
    const abort = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    await expect(runQuiz(BANK, async () => Promise.reject(abort))).rejects.toBe(abort);
  });

  it('goes on where an earlier sitting stopped, keeping its answers, and can go back into them', async () => {
    const { ask, seen } = scripted([BACK, 3, 1]);
    const answers = await runQuiz(BANK, ask, { start: { 'empathy-1': 4, 'planning-1': 2 } });
    expect(seen.map((s) => [s.index, s.previous])).toEqual([
      [3, undefined],
      [2, 2],
      [3, undefined],
    ]);
    expect(answers).toEqual({ 'empathy-1': 4, 'planning-1': 3, 'empathy-2': 1 });
  });

  it('asks nothing when an earlier sitting answered everything', async () => {
    const { ask, seen } = scripted([]);
    expect(await runQuiz(BANK, ask, { start: { 'empathy-1': 1, 'planning-1': 2, 'empathy-2': 3 } })).toEqual({ 'empathy-1': 1, 'planning-1': 2, 'empathy-2': 3 });
    expect(seen).toEqual([]);
  });

  it('reports every answer as it is given, with all answers so far', async () => {
    const calls: Record<string, number>[] = [];
    const { ask } = scripted([4, 2, 5]);
    await runQuiz(BANK, ask, { onAnswer: (answers) => void calls.push({ ...answers }) });
    expect(calls).toEqual([{ 'empathy-1': 4 }, { 'empathy-1': 4, 'planning-1': 2 }, { 'empathy-1': 4, 'planning-1': 2, 'empathy-2': 5 }]);
  });
});
