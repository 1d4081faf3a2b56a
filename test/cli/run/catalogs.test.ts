import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../fake-context.js';
import { ALL_TRAITS_3, ROOT, fixture, tempDirs } from '../../helpers.js';

const tempDir = tempDirs('catalogs');

const json = <T>(stdout: string) => JSON.parse(stdout) as T;

interface Results {
  results: { id: string; origin: string; title: string; kind: string; groups: { group: string; why: string }[] }[];
  groups: { id: string; join: string[] }[];
}

describe('user catalogs', () => {
  it('adds roles from --profiles and says where each came from', async () => {
    const dir = fixture('roles-user');
    const result = await runInProcess(['assess', ...ALL_TRAITS_3, '--profiles', dir, '--format', 'json']);
    expect(result.status).toBe(0);
    const report = json<Results>(result.stdout);
    expect(report.results).toHaveLength(7);
    expect(report.results.find((r) => r.id === 'fasilitator-desa')!.origin).toBe(join(dir, 'fasilitator-desa.yaml'));
    expect(report.results.find((r) => r.id === 'aktivis-okp')!.origin).toBe('built-in');
    const text = await runInProcess(['assess', ...ALL_TRAITS_3, '--profiles', dir, '--top', '7', '--lang', 'en']);
    expect(text.stdout).toContain(`Village facilitator — `);
    // However long the checkout's path, and so wrapped however the width falls: compared without the breaks.
    expect(text.stdout.replace(/\s+/g, '')).toContain(`(from${join(dir, 'fasilitator-desa.yaml').replace(/\s+/g, '')})`);
  });

  it('reads CAREERFIT_PROFILES as a path list, before --profiles', async () => {
    const empty = await tempDir();
    const result = await runInProcess(['roles', '--format', 'json'], { env: { CAREERFIT_PROFILES: `${empty}:${fixture('roles-user')}` } });
    expect(json<{ roles: { id: string }[] }>(result.stdout).roles.map((r) => r.id)).toContain('fasilitator-desa');
    const both = await runInProcess(['roles', '-p', fixture('roles-user')], { env: { CAREERFIT_PROFILES: fixture('roles-user') } });
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('duplicate role id "fasilitator-desa"');
  });

  it('lets a user role replace the built-in role with the same id', async () => {
    const dir = await tempDir();
    const original = await readFile(join(ROOT, 'data/roles/aktivis-okp.yaml'), 'utf8');
    await writeFile(join(dir, 'aktivis-okp.yaml'), original.replace('en: "Youth Organisation (OKP) Activist"', 'en: "Campus activist"'));
    const result = await runInProcess(['role', 'aktivis-okp', '--profiles', dir, '--format', 'json', '--lang', 'en']);
    const view = json<{ title: string; origin: string }>(result.stdout);
    expect(view).toMatchObject({ title: 'Campus activist', origin: join(dir, 'aktivis-okp.yaml') });
    const roles = json<{ roles: { id: string }[] }>((await runInProcess(['roles', '--profiles', dir, '--format', 'json'])).stdout).roles;
    expect(roles.filter((r) => r.id === 'aktivis-okp')).toHaveLength(1);
  });

  it('refuses a broken user catalog with every problem, exit 2', async () => {
    const result = await runInProcess(['assess', ...ALL_TRAITS_3, '--profiles', fixture('roles-bad')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(`careerfit: ${fixture('roles-bad')}/typo-role.yaml:2:1 title: required`);
    expect(lines).toContain(`${fixture('roles-bad')}/wrong-name.yaml:2:5 id: "other-name" differs from the file name "wrong-name"`);
    expect(lines).toContain(`${fixture('roles-bad')}/wrong-name.yaml:8:12 groups[0].group: unknown group "kelompok-rahasia"; known: kelompok-okupasional, kelompok-relawan`);
  });

  it('refuses the same id in two user folders', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await cp(fixture('roles-user'), a, { recursive: true });
    await cp(fixture('roles-user'), b, { recursive: true });
    const result = await runInProcess(['roles', '-p', a, '-p', b]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${b}/fasilitator-desa.yaml: id: duplicate role id "fasilitator-desa" (also in ${a}/fasilitator-desa.yaml)`);
  });

  it('prints text from user files without escape sequences, control or bidi characters', async () => {
    for (const args of [['roles', '--lang', 'en'], ['role', 'escapes', '--lang', 'id'], ['assess', ...ALL_TRAITS_3, '--top', '7']]) {
      const result = await runInProcess([...args, '-p', fixture('roles-escapes')], { env: { FORCE_COLOR: '0' } });
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    }
    const text = (await runInProcess(['roles', '--lang', 'en', '-p', fixture('roles-escapes')])).stdout;
    expect(text).toContain('Title safe evil');
    expect(text).toContain('Clear red text');
    const raw = (await runInProcess(['role', 'escapes', '--format', 'json', '-p', fixture('roles-escapes')])).stdout;
    expect(raw).not.toMatch(/[\x1b\x07\r\x9b\u202e]/);
    expect(json<{ title: string }>(raw).title).toBe('Title\x1b[2J safe \u202eevil');
  });
});

describe('careerfit validate', () => {
  it('reads standard input once: a valid answer file or role piped in is valid', async () => {
    const answers = (await runInProcess(['questions'])).stdout.replace(/^( {2}[a-z-]+-\d):$/gm, '$1: 4');
    for (const input of [answers, await readFile(join(ROOT, 'data', 'roles', 'aktivis-okp.yaml'), 'utf8')]) {
      const result = await runInProcess(['validate', '-'], { input });
      expect(result).toMatchObject({ status: 0, stdout: '', stderr: 'careerfit: 1 checked, no problems\n' });
    }
  });

  it('prints every problem of profiles and answer files, exit 2', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'me.yaml'), 'traits:\n  empathy: 9\n');
    const result = await runInProcess(['validate', fixture('roles-bad'), fixture('roles-user'), join(dir, 'me.yaml')]);
    expect(result.status).toBe(2);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines).toContain(`${fixture('roles-bad')}/typo-role.yaml:9:33 rules[0].when.op: unknown operator "less"`);
    expect(lines.at(-1)).toBe(`${dir}/me.yaml:2:12 traits.empathy: expected a whole number from 1 to 5, got 9`);
    expect(result.stderr).toBe('careerfit: 4 checked, 9 problems\n');
  });
});

describe('careerfit init-role', () => {
  it('writes a commented template that validates and loads, and never overwrites by accident', async () => {
    const dir = await tempDir();
    const made = await runInProcess(['init-role', 'fasilitator-desa', '--dir', dir]);
    expect(made.status).toBe(0);
    const file = join(dir, 'fasilitator-desa.yaml');
    expect(made.stderr).toContain(`wrote ${file}`);
    expect(await readFile(file, 'utf8')).toMatch(/^# A careerfit role profile/);
    expect((await runInProcess(['validate', file])).status).toBe(0);
    expect((await runInProcess(['role', 'fasilitator-desa', '-p', dir])).status).toBe(0);
    const again = await runInProcess(['init-role', 'fasilitator-desa', '--dir', dir]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists; use --force');
    expect((await runInProcess(['init-role', 'Bad Id', '--dir', dir])).status).toBe(2);
  });
});

describe('groups, next steps and compare', () => {
  it('lists the occupational and volunteer groups with examples and how to join', async () => {
    const result = await runInProcess(['groups', '--lang', 'en']);
    expect(result.status).toBe(0);
    for (const word of ['Volunteer group', 'Benefits', 'Drawbacks', 'Examples', 'How to join', 'doctors', 'disaster']) {
      expect(result.stdout).toContain(word);
    }
    const groups = json<{ groups: { id: string; suits: string[] }[] }>((await runInProcess(['groups', '--format', 'json'])).stdout).groups;
    expect(groups.map((g) => g.id).sort()).toEqual(['kelompok-okupasional', 'kelompok-relawan']);
    expect(groups.find((g) => g.id === 'kelompok-relawan')!.suits).toContain('aktivis-okp');
  });

  it('ends the report with groups to join for the top roles', async () => {
    const text = await runInProcess(['assess', '--answers', fixture('advocate.yaml'), '--lang', 'en', '--top', '2']);
    const next = text.stdout.slice(text.stdout.indexOf('Next steps: groups to join'));
    expect(next).toContain('For Youth Organisation (OKP) Activist:');
    expect(next).toContain('How to join');
    const report = json<Results>((await runInProcess(['assess', '--answers', fixture('advocate.yaml'), '--format', 'json'])).stdout);
    expect(report.results[0]!.groups.map((g) => g.group).sort()).toEqual(['kelompok-okupasional', 'kelompok-relawan']);
    expect(report.groups.find((g) => g.id === 'kelompok-relawan')!.join.length).toBeGreaterThan(2);
  });

  it('labels comparison roles', async () => {
    const text = await runInProcess(['assess', ...ALL_TRAITS_3, '--top', '6', '--lang', 'en']);
    expect(text.stdout).toMatch(/Social Worker \(comparison role\) — /);
  });

  it('puts two roles side by side', async () => {
    const result = await runInProcess(['compare', 'pengelola-program-lsm', 'manajer-proyek', '--format', 'json', '--lang', 'en']);
    const comparison = json<{ roles: { id: string }[]; traits: { trait: string; a: { ideal: number } | null; b: { ideal: number } | null }[] }>(result.stdout);
    expect(comparison.roles.map((r) => r.id)).toEqual(['pengelola-program-lsm', 'manajer-proyek']);
    expect(comparison.traits.find((t) => t.trait === 'profit_focus')).toMatchObject({ a: { ideal: 2 }, b: { ideal: 5 } });
    const text = await runInProcess(['compare', 'aktivis-okp', 'pekerja-sosial', '--lang', 'en']);
    for (const line of text.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(text.stdout).toContain('Main duties');
    const markdown = await runInProcess(['compare', 'aktivis-okp', 'pekerja-sosial', '--format', 'markdown']);
    expect(markdown.stdout).toMatch(/^# .* vs /);
    const unknown = await runInProcess(['compare', 'aktivis-okp', 'pekerja']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('did you mean "pekerja-sosial"');
  });
});
