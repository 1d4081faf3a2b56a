import { describe, expect, it } from 'vitest';
import { quizCommand } from '../../../src/cli/commands/quiz.js';
import { run } from '../../../src/cli/run.js';
import { fakeContext, runInProcess } from '../../fake-context.js';
import { ALL_TRAITS_3 } from '../../helpers.js';

const NPX = { npm_command: 'exec' };

describe('suggested commands run as the person started careerfit', () => {
  it('in the report, the answer template and the role hint', async () => {
    for (const [env, prefix] of [[NPX, 'npx careerfit'], [{}, 'careerfit']] as const) {
      const report = await runInProcess(['assess', ...ALL_TRAITS_3, '--top', '1'], { env });
      expect(report.stdout).toMatch(new RegExp(`\nRerun:\\s+${prefix} assess --code [0-9A-Z-]+\n`));
      expect(report.stdout).toContain(`Details of any role: ${prefix} role <id>`);
      const template = await runInProcess(['questions'], { env });
      expect(template.stdout).toContain(`# Then run: ${prefix} assess --answers <this file>`);
      const markdown = await runInProcess(['assess', ...ALL_TRAITS_3, '--format', 'markdown'], { env });
      expect(markdown.stdout).toMatch(new RegExp(`\\(\`${prefix} assess --code [0-9A-Z-]+\`\\)`));
    }
  });

  it('after the quiz', async () => {
    const { ctx, stderr } = fakeContext({ env: { LANG: 'C', XDG_STATE_HOME: '/nonexistent/state', ...NPX } });
    await quizCommand({ format: 'json', lang: 'en', top: 3, color: false }, ctx, async () => 4);
    expect(stderr.text).toMatch(/Next: read one role in full with `npx careerfit role [a-z-]+`\./);
  });
});

describe('--answers - on a terminal', () => {
  it('says that it reads standard input, and how to end it', async () => {
    const { ctx, stdin, stderr } = fakeContext({ stdinTTY: true });
    stdin.end('traits: { empathy: 3 }\n');
    expect(await run(['node', 'careerfit', 'assess', '--answers', '-', '--format', 'json'], ctx)).toBe(2);
    expect(stderr.text.split('\n')[0]).toBe('careerfit: reading answers from standard input (end with Ctrl-D)');
    const piped = await runInProcess(['assess', '--answers', '-'], { input: 'traits: { empathy: 3 }\n' });
    expect(piped.stderr).not.toContain('reading answers');
  });
});
