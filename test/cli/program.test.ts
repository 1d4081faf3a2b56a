import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { run } from '../../src/cli/run.js';
import { fakeContext, runInProcess } from '../fake-context.js';

const names = () => buildProgram(fakeContext().ctx, 'en').commands.map((c) => c.name());

describe('buildProgram', () => {
  it('declares every command, in the order --help lists them', () => {
    expect(names()).toEqual(['assess', 'questions', 'form', 'roles', 'role', 'compare', 'groups', 'validate', 'init-role']);
  });

  it('still suggests the right command for a typo, and still runs one named after root options', async () => {
    const typo = await runInProcess(['asess']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('assess');
    const after = await runInProcess(['--lang', 'en', 'roles', '--format', 'json']);
    expect(after.status).toBe(0);
    expect(JSON.parse(after.stdout)).toHaveProperty('roles');
  });
});

describe('standard input', () => {
  it('is never touched by a run that does not read it (Node sets it up on first access)', async () => {
    const { ctx, stdout } = fakeContext();
    const untouchable = Object.defineProperty({ ...ctx }, 'stdin', {
      get: () => {
        throw new Error('standard input was touched');
      },
    });
    const status = await run(['node', 'careerfit', 'assess', '--answers', 'bench/answers.json', '--format', 'json'], untouchable);
    expect(status).toBe(0);
    expect(JSON.parse(stdout.text)).toHaveProperty('results');
  });
});
