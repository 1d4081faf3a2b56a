import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { plainAsk, type PlainLabels } from '../../../src/cli/quiz/plain-prompt.js';
import { runQuiz } from '../../../src/core/quiz.js';
import { question } from '../../helpers.js';

const LABELS: PlainLabels = {
  scale: ['Not at all like me', 'Not like me', 'Neither', 'Like me', 'Very much like me'],
  hint: (back) => (back ? '1-5, b = back:' : '1-5:'),
  again: (back) => (back ? 'Please type 1-5 or b:' : 'Please type 1-5:'),
};
const BANK = [question('empathy-1', 'empathy'), question('planning-1', 'planning'), question('teamwork-1', 'teamwork')];

const session = (typed: string) => {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  input.end(typed);
  return { ask: plainAsk(input, output, LABELS, (q) => `text of ${q.id}`), shown: () => shown };
};

describe('plain prompt', () => {
  it('prints each question once, line by line, in ASCII with no cursor movement, and reads typed answers', async () => {
    const { ask, shown } = session('4\nx\n2\nb\n\n5\n');
    const answers = await runQuiz(BANK, ask);
    expect(answers).toEqual({ 'empathy-1': 4, 'planning-1': 2, 'teamwork-1': 5 });
    const text = shown();
    expect(text).toContain('(1/3) text of empathy-1\n  1. Not at all like me\n');
    expect(text).toContain('Please type 1-5 or b:');
    // After "b", question 2 again, its earlier answer marked and kept by an empty line.
    expect(text).toContain('  2. Not like me *\n');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/\x1b/);
    expect(/^[\x20-\x7e\n]*$/.test(text)).toBe(true);
  });

  it('does not offer back on the first question', async () => {
    const { ask, shown } = session('b\n3\n');
    expect(await ask({ question: BANK[0]!, index: 1, total: 3, canGoBack: false })).toBe(3);
    expect(shown()).toContain('Please type 1-5:');
  });

  it('ends like Ctrl-C when the input ends', async () => {
    const { ask } = session('');
    await expect(ask({ question: BANK[0]!, index: 1, total: 3, canGoBack: false })).rejects.toMatchObject({ name: 'ExitPromptError' });
  });
});
