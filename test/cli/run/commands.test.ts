import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInProcess } from '../../fake-context.js';
import { tempDirs } from '../../helpers.js';

const tempDir = tempDirs('commands');

describe('careerfit (in process)', () => {
  it('documents commands, examples and exit codes in --help', async () => {
    const root = await runInProcess(['--help']);
    expect(root.status).toBe(0);
    for (const word of ['assess', 'questions', 'roles', 'role', 'Exit codes:', '130']) expect(root.stdout).toContain(word);
    const assess = await runInProcess(['assess', '--help']);
    expect(assess.status).toBe(0);
    expect(assess.stdout).toContain('Examples:');
    expect(assess.stdout).toContain('--answers <file>');
  });

  it('lists roles with titles and summaries', async () => {
    const text = await runInProcess(['roles', '--lang', 'en']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^aktivis-okp +Youth Organisation \(OKP\) Activist$/m);
    const json = JSON.parse((await runInProcess(['roles', '--format', 'json', '--lang', 'id'])).stdout) as {
      roles: { id: string; title: string; kind: string }[];
    };
    expect(json.roles.map((r) => r.id)).toContain('konsultan-pemberdayaan');
    expect(json.roles.find((r) => r.id === 'pekerja-sosial')!.kind).toBe('contrast');
  });

  it('shows one role in full', async () => {
    const result = await runInProcess(['role', 'aktivis-okp', '--lang', 'en']);
    expect(result.status).toBe(0);
    for (const heading of ['Main duties', 'Trait profile', 'Warning signs', 'Misconceptions', 'Expectations', 'How it differs']) {
      expect(result.stdout).toContain(heading);
    }
    // Sources by the title a reader knows; the file name only in JSON.
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('Source: built-in, “Working as an Activist in a Youth Organisation (OKP)”');
    expect(result.stdout).not.toContain('000_81ead999b5744c95.txt');
    expect(JSON.parse((await runInProcess(['role', 'aktivis-okp', '--format', 'json'])).stdout)).toMatchObject({ source: ['000_81ead999b5744c95.txt'] });
    const json = JSON.parse((await runInProcess(['role', 'pengelola-program-lsm', '--format', 'json'])).stdout) as {
      misconceptions: unknown[];
      differences: { role: string }[];
    };
    expect(json.misconceptions).toHaveLength(2);
    expect(json.differences[0]!.role).toBe('manajer-proyek');
  });

  it('writes a question template that, once filled in, assesses', async () => {
    const template = await runInProcess(['questions', '--lang', 'en']);
    expect(template.status).toBe(0);
    expect(template.stdout).toContain('# When a friend tells me about a problem');
    const parsed = parse(template.stdout) as { answers: Record<string, null> };
    const ids = Object.keys(parsed.answers);
    expect(ids).toHaveLength(34);
    expect(Object.values(parsed.answers).every((v) => v === null)).toBe(true);

    const dir = await tempDir();
    const file = join(dir, 'me.yaml');
    await writeFile(file, template.stdout.replace(/^( {2}[a-z-]+-\d):$/gm, '$1: 4'));
    const result = await runInProcess(['assess', '--answers', file, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('prints the question bank as JSON for scripts', async () => {
    const result = await runInProcess(['questions', '--format', 'json', '--lang', 'id']);
    type Item = { id: string; kind: string; trait: string; reverse: boolean; text: string };
    const json = JSON.parse(result.stdout) as { questions: Item[]; followups: Item[]; maxFollowUps: number; scale: { label: string }[] };
    expect(json.questions).toHaveLength(34);
    expect(json.followups.length).toBeGreaterThan(0);
    expect(json.maxFollowUps).toBe(10);
    for (const item of [...json.questions, ...json.followups]) expect(item).toMatchObject({ kind: 'likert', trait: expect.any(String), reverse: expect.any(Boolean) });
    expect(json.scale.map((s) => s.label)).toEqual(['Sangat tidak sesuai', 'Tidak sesuai', 'Antara sesuai dan tidak', 'Sesuai', 'Sangat sesuai']);
  });

});
