import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRAIT_IDS } from '../../../src/core/traits.js';
import { loadCatalogDir, loadRoleDir } from '../../../src/cli/input/catalog-dir.js';
import { rejection } from '../../helpers.js';

const DATA = fileURLToPath(new URL('../../../data', import.meta.url));
const noStdin = () => ({ stdin: Readable.from([]) });

const roleYaml = (id: string, extra = '') => `id: ${id}
title: { id: Judul, en: Title }
summary: Ringkasan
traits:
  empathy: { ideal: 5, weight: 2 }
${extra}`;


let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'careerfit-catalog-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadRoleDir', () => {
  it('loads .yaml and .yml role files in name order and ignores other files', async () => {
    await writeFile(join(dir, 'zeta.yaml'), roleYaml('zeta'));
    await writeFile(join(dir, 'alpha.yml'), roleYaml('alpha'));
    await writeFile(join(dir, 'README.md'), '# not a role');
    await writeFile(join(dir, 'notes.txt'), 'id: nope');
    const roles = await loadRoleDir(dir, noStdin());
    expect(roles.map((r) => r.role.id)).toEqual(['alpha', 'zeta']);
    expect(roles.map((r) => r.file)).toEqual([join(dir, 'alpha.yml'), join(dir, 'zeta.yaml')]);
    expect(roles[0]!.role.summary).toEqual({ id: 'Ringkasan', en: 'Ringkasan' });
  });

  it('refuses a role whose id differs from its file name', async () => {
    await writeFile(join(dir, 'fasilitator.yaml'), roleYaml('facilitator'));
    const error = await rejection(loadRoleDir(dir, noStdin()));
    expect(error.message).toBe(`${join(dir, 'fasilitator.yaml')}:1:5 id: "facilitator" differs from the file name "fasilitator"`);
    expect(error.kind).toBe('usage');
  });

  it('reports every bad file, not just the first, in file order', async () => {
    await writeFile(join(dir, 'a-good.yaml'), roleYaml('a-good'));
    await writeFile(join(dir, 'b-bad.yaml'), roleYaml('b-bad', 'colour: red\n'));
    await writeFile(join(dir, 'c-bad.yml'), 'id: c-bad\ntitle: "unclosed\n');
    await writeFile(join(dir, 'd-renamed.yaml'), roleYaml('something-else'));
    const error = await rejection(loadRoleDir(dir, noStdin()));
    expect(error.message.split('\n')).toEqual([
      `${join(dir, 'b-bad.yaml')}:6:1 colour: unknown field "colour"`,
      `${join(dir, 'c-bad.yml')}:3:1 Missing closing "quote`,
      `${join(dir, 'd-renamed.yaml')}:1:5 id: "something-else" differs from the file name "d-renamed"`,
    ]);
  });

  it('reports two schema errors from two files together', async () => {
    await writeFile(join(dir, 'one.yaml'), roleYaml('one', 'rules:\n  - id: r\n    when: { trait: empathy, op: in, value: 2 }\n    event: { adjust: -5 }\n'));
    await writeFile(join(dir, 'two.yaml'), 'id: two\ntitle: T\nsummary: S\ntraits:\n  empathy: { ideal: 5, weight: 0 }\n');
    const error = await rejection(loadRoleDir(dir, noStdin()));
    expect(error.message).toBe(
      [
        `${join(dir, 'one.yaml')}:8:44 rules[0].when.value: operator "in" expects a list of numbers`,
        `${join(dir, 'two.yaml')}:5:3 traits: a role needs at least one trait with a weight above 0`,
      ].join('\n'),
    );
  });

  it('reports an empty role file', async () => {
    await writeFile(join(dir, 'empty.yaml'), '');
    expect((await rejection(loadRoleDir(dir, noStdin()))).message).toBe(`${join(dir, 'empty.yaml')}: file is empty: expected a role profile`);
  });

  it('returns no roles for an empty folder', async () => {
    expect(await loadRoleDir(dir, noStdin())).toEqual([]);
  });

  it('says so for a missing folder or a file given as a folder', async () => {
    const missing = join(dir, 'nope');
    expect((await rejection(loadRoleDir(missing, noStdin()))).message).toBe(`${missing}: folder not found`);
    const file = join(dir, 'file.yaml');
    await writeFile(file, roleYaml('file'));
    expect((await rejection(loadRoleDir(file, noStdin()))).message).toBe(`${file}: is not a folder`);
  });
});

describe('loadCatalogDir', () => {
  it('loads the built-in data folder', async () => {
    const catalog = await loadCatalogDir(DATA, noStdin());
    const files = (await readdir(join(DATA, 'roles'))).filter((name) => name.endsWith('.yaml')).sort();
    expect(catalog.roles.map((r) => `${r.id}.yaml`)).toEqual(files);
    expect(Object.keys(catalog.traits).sort()).toEqual([...TRAIT_IDS].sort());
    expect(new Set(catalog.questions.map((q) => q.trait))).toEqual(new Set(TRAIT_IDS));
    expect(catalog.groups.map((g) => g.id)).toEqual(['kelompok-okupasional', 'kelompok-relawan']);
    expect(Object.values(catalog.origins)).toEqual(catalog.roles.map(() => 'built-in'));
    expect(catalog.traits.empathy.label).toEqual({ id: 'Empati', en: 'Empathy' });
  });

  it('reports a trait without questions and a role linking to an unknown group, together', async () => {
    await cp(DATA, dir, { recursive: true });
    const questions = TRAIT_IDS.filter((id) => id !== 'profit_focus')
      .map((trait, i) => `  - { id: q-${i}, trait: ${trait}, text: "Q ${i}" }`)
      .join('\n');
    await writeFile(join(dir, 'questions.yaml'), `questions:\n${questions}\n`);
    await writeFile(join(dir, 'roles', 'zz-role.yaml'), roleYaml('zz-role', 'groups:\n  - { group: no-such-group, why: W }\n'));
    const error = await rejection(loadCatalogDir(dir, noStdin()));
    expect(error.message.split('\n')).toEqual([
      `${join(dir, 'questions.yaml')}: no question for profit_focus`,
      `${join(dir, 'roles', 'zz-role.yaml')}:7:14 groups[0].group: unknown group "no-such-group"; known: kelompok-okupasional, kelompok-relawan`,
    ]);
  });

  it('stops at a broken traits file before reading the rest', async () => {
    await mkdir(join(dir, 'roles'));
    await writeFile(join(dir, 'traits.yaml'), 'traits: [\n');
    const error = await rejection(loadCatalogDir(dir, noStdin()));
    expect(error.message).toBe(`${join(dir, 'traits.yaml')}:2:1 Flow sequence in block collection must be sufficiently indented and end with a ]`);
  });
});
