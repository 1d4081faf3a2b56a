import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoleFile } from '../../src/cli/input/catalog-dir.js';
import { roleTemplate } from '../../src/cli/words/role-template.js';
import { tempDirs } from '../helpers.js';

const tempDir = tempDirs('docs');

const GROUPS = ['kelompok-okupasional', 'kelompok-relawan'];

const roleFile = async (id: string, text: string) => {
  const dir = await tempDir();
  const path = join(dir, `${id}.yaml`);
  await writeFile(path, text);
  return path;
};

describe('documented profiles are valid', () => {
  it('the complete example in docs/profile-format.md', async () => {
    const doc = await readFile('docs/profile-format.md', 'utf8');
    const example = /## Complete example\n\n```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const { role } = await loadRoleFile(await roleFile('fasilitator-desa', example!), process, GROUPS);
    expect(role.rules).toHaveLength(2);
  });

  it('the init-role template', async () => {
    const { role } = await loadRoleFile(await roleFile('my-role', roleTemplate('my-role')), process, GROUPS);
    expect(role.id).toBe('my-role');
    expect(Object.keys(role.traits)).toEqual(['communication', 'teamwork', 'profit_focus']);
  });
});

describe('docs/architecture.md is a true map', () => {
  it('names only folders and files that exist, and every folder of src/cli and src/core', async () => {
    const { existsSync, readdirSync, statSync } = await import('node:fs');
    const doc = await readFile('docs/architecture.md', 'utf8');
    // Paths in backticks: `src/cli/quiz/`, `core/evaluate.ts`, `output/pager.ts`…
    const named = [...doc.matchAll(/`((?:src|bin|scripts|data|dist)\/[^`\s]*|(?:core|commands|input|output|quiz|render|batch|words)\/[^`\s]+)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(20);
    for (const path of named) {
      if (path.startsWith('dist/')) continue;
      const inRepo = path.startsWith('core/') ? `src/${path}` : /^(src|bin|scripts|data)\//.test(path) ? path : `src/cli/${path}`;
      expect(existsSync(inRepo), path).toBe(true);
    }
    for (const root of ['src/cli', 'src/core']) {
      for (const name of readdirSync(root)) if (statSync(join(root, name)).isDirectory()) expect(doc, `${root}/${name}/`).toContain(`\`${root}/${name}/\``);
    }
  });
});
