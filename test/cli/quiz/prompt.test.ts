import { describe, expect, it } from 'vitest';
import { inquirerAsk } from '../../../src/cli/quiz/prompt.js';
import { BACK, type QuizItem } from '../../../src/core/quiz.js';
import { fakeContext } from '../../fake-context.js';

const item = (overrides: Partial<QuizItem> = {}): QuizItem => ({
  question: { id: 'empathy-1', trait: 'empathy', reverse: false, text: { id: 'Saya peduli.', en: 'I care about others.' } },
  index: 7,
  total: 24,
  canGoBack: true,
  ...overrides,
});

/** Runs the real select prompt on fake streams and types the given keys into it. */
const answer = async (keys: string[], overrides: Partial<QuizItem> = {}, lang: 'en' | 'id' = 'en') => {
  const { ctx, stderr, stdout, stdin } = fakeContext({ stdinTTY: true });
  const pending = inquirerAsk(ctx, lang)(item(overrides));
  for (const key of keys) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    stdin.write(key);
  }
  return { value: await pending, screen: stderr.text, stdout: stdout.text };
};

const ENTER = '\r';
const DOWN = '\x1b[B';

describe('the Likert prompt', () => {
  it('shows progress and five labelled choices on stderr, nothing on stdout', async () => {
    const { screen, stdout } = await answer([ENTER]);
    expect(screen).toContain('(7/24) I care about others.');
    for (const label of ['1. Not at all like me', '2. Not like me', '3. Neither like nor unlike me', '4. Like me', '5. Very much like me', '6. ← Back']) {
      expect(screen).toContain(label);
    }
    expect(stdout).toBe('');
  });

  it('starts on the middle answer, or on the earlier answer when coming back', async () => {
    expect((await answer([ENTER])).value).toBe(3);
    expect((await answer([ENTER], { previous: 5 })).value).toBe(5);
  });

  it('takes number keys and arrow keys', async () => {
    expect((await answer(['1', ENTER])).value).toBe(1);
    expect((await answer(['5', ENTER])).value).toBe(5);
    expect((await answer([DOWN, ENTER])).value).toBe(4);
  });

  it('goes back on b or Backspace, except on the first question', async () => {
    expect((await answer(['b'])).value).toBe(BACK);
    expect((await answer(['\x7f'])).value).toBe(BACK);
    expect((await answer(['b', ENTER], { canGoBack: false })).value).toBe(3);
  });

  it('leaves one line for an answered question: the statement and the answer', async () => {
    const { screen } = await answer(['5', ENTER]);
    expect(screen).toMatch(/✔ .*\(7\/24\) I care about others\..* .*Very much like me/);
  });

  it('offers Back except on the first question', async () => {
    expect((await answer(['6', ENTER])).value).toBe(BACK);
    const first = await answer(['5', ENTER], { canGoBack: false });
    expect(first.screen).not.toContain('Back');
  });

  it('speaks Indonesian', async () => {
    const { screen } = await answer([ENTER], {}, 'id');
    expect(screen).toContain('(7/24) Saya peduli.');
    expect(screen).toContain('1. Sangat tidak sesuai');
    expect(screen).toContain('5. Sangat sesuai');
  });

  it('rejects with ExitPromptError on Ctrl-C', async () => {
    await expect(answer(['\x03'])).rejects.toMatchObject({ name: 'ExitPromptError' });
  });
});
