import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadRoleDir } from '../../../src/cli/input/catalog-dir.js';
import { cacheDir, cachedRoleDir } from '../../../src/cli/input/role-cache.js';
import { loadRoleDirs, type LoadedRole } from '../../../src/cli/input/role-dirs.js';
import { CareerfitError } from '../../../src/core/errors.js';
import { rejection, tempDirs } from '../../helpers.js';

const tempDir = tempDirs('role-cache');
const input = { stdin: Readable.from([]) };
const GROUPS = ['okp'];
const role = (id: string, title = id) =>
  [`id: ${id}`, `title: { id: "${title}", en: "${title}" }`, `summary: { id: "Ringkasan", en: "Summary" }`, 'traits:', '  advocacy: { ideal: 5, weight: 3 }', ''].join('\n');

/** A folder of role files written a minute ago (older than the cache's racy window), and a cache of its own. */
const setup = async (files: Record<string, string>) => {
  const base = await tempDir();
  const dir = join(base, 'roles');
  await mkdir(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  await age(dir);
  const env = { XDG_CACHE_HOME: join(base, 'cache') };
  let reads = 0;
  const read = () =>
    cachedRoleDir(dir, GROUPS, env, async (d) => {
      reads++;
      return loadRoleDir(d, input, GROUPS);
    });
  return { dir, env, read, reads: () => reads };
};
const age = async (dir: string) => {
  const past = new Date(Date.now() - 60_000);
  for (const name of await readdir(dir)) await utimes(join(dir, name), past, past);
};
const ids = (loaded: readonly LoadedRole[]) => loaded.map((r) => `${r.role.id} ${r.file}`);

describe('the role cache', () => {
  it('reads a folder once, then gives the same roles from the cache while no file changes', async () => {
    const { dir, env, read, reads } = await setup({ 'a-role.yaml': role('a-role'), 'b-role.yaml': role('b-role') });
    const first = await read();
    expect(reads()).toBe(1);
    const second = await read();
    expect(reads()).toBe(1);
    expect(second).toEqual(first);
    expect(ids(second)).toEqual([`a-role ${join(dir, 'a-role.yaml')}`, `b-role ${join(dir, 'b-role.yaml')}`]);
    // Kept privately, as answers are.
    const [file] = await readdir(cacheDir(env));
    expect(file).toMatch(/^roles-[0-9a-f]{16}\.json$/);
  });

  it.each([
    ['an edited file (same size, new time)', async (dir: string) => writeFile(join(dir, 'a-role.yaml'), role('a-role', 'a-rolX'))],
    ['a new file', async (dir: string) => writeFile(join(dir, 'c-role.yaml'), role('c-role'))],
    ['a removed file', async (dir: string) => rm(join(dir, 'b-role.yaml'))],
  ])('reads the folder again after %s', async (_, change) => {
    const { dir, read, reads } = await setup({ 'a-role.yaml': role('a-role'), 'b-role.yaml': role('b-role') });
    await read();
    await change(dir);
    await age(dir);
    const after = await read();
    expect(reads()).toBe(2);
    expect(after).toEqual(await loadRoleDir(dir, input, GROUPS));
  });

  it('does not keep a folder changed a moment ago (its next change could carry the same time)', async () => {
    const { dir, read, reads } = await setup({ 'a-role.yaml': role('a-role') });
    await writeFile(join(dir, 'a-role.yaml'), role('a-role', 'fresh'));
    await read();
    await read();
    expect(reads()).toBe(2);
  });

  it('a broken file is reported by the loader every time, never kept', async () => {
    const { read, reads } = await setup({ 'a-role.yaml': 'id: a-role\ntraits: {}\n' });
    for (let i = 1; i <= 2; i++) {
      expect(await rejection(read())).toBeInstanceOf(CareerfitError);
      expect(reads()).toBe(i);
    }
  });

  it('a cache it cannot read or write costs only time', async () => {
    const { env, read, reads } = await setup({ 'a-role.yaml': role('a-role') });
    await read();
    const [name] = await readdir(cacheDir(env));
    await writeFile(join(cacheDir(env), name!), '{"key": 1, not json');
    expect(ids(await read())).toHaveLength(1);
    expect(reads()).toBe(2);
    // A cache folder that cannot be made (a file is in its way; permissions would not stop root).
    const unwritable = await setup({ 'b-role.yaml': role('b-role') });
    const blocked = join(unwritable.dir, '..', 'blocked');
    await writeFile(blocked, '');
    const loaded = await cachedRoleDir(unwritable.dir, GROUPS, { XDG_CACHE_HOME: blocked }, (d) => loadRoleDir(d, input, GROUPS));
    expect(ids(loaded)).toEqual([`b-role ${join(unwritable.dir, 'b-role.yaml')}`]);
  });

  it('refuses an id found in two folders, naming both files', async () => {
    const one = await setup({ 'a-role.yaml': role('a-role') });
    const two = await setup({ 'a-role.yaml': role('a-role') });
    const error = await rejection(loadRoleDirs([one.dir, two.dir], (d) => loadRoleDir(d, input, GROUPS)));
    expect(error.message).toBe(`${join(two.dir, 'a-role.yaml')}: id: duplicate role id "a-role" (also in ${join(one.dir, 'a-role.yaml')})`);
  });

  it('lives where each platform keeps caches', () => {
    expect(cacheDir({ XDG_CACHE_HOME: '/x' }, 'linux', '/home/u')).toBe('/x/careerfit');
    expect(cacheDir({}, 'linux', '/home/u')).toBe('/home/u/.cache/careerfit');
    expect(cacheDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Caches/careerfit');
    expect(cacheDir({ LOCALAPPDATA: 'C:\\L' }, 'win32', 'C:\\U')).toBe(join('C:\\L', 'careerfit', 'cache'));
  });
});

// The kept file holds what loadRoleDir gives, nothing of the user's answers.
it('keeps roles only', async () => {
  const { env, read } = await setup({ 'a-role.yaml': role('a-role') });
  await read();
  const [name] = await readdir(cacheDir(env));
  expect(Object.keys(JSON.parse(await readFile(join(cacheDir(env), name!), 'utf8')) as object)).toEqual(['key', 'dir', 'files', 'roles']);
});
