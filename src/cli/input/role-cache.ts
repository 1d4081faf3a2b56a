import { readdir, readFile, stat } from 'node:fs/promises';
import { homedir, platform } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Role } from '../../core/types.js';
import { privateFolder, writeFileAtomic } from '../output/files.js';
import { isYamlFile, type LoadedRole } from './role-dirs.js';

declare const __CAREERFIT_VERSION__: string;

/**
 * A folder of the user's role files, read once and kept: parsing YAML and checking every profile
 * against the schema takes about 4 ms a file, so 60 roles would cost a quarter of a second on every
 * run. The roles of a folder are kept in the user's cache folder, with each file's size and
 * modification times; while every file is as it was (same names, sizes and times), the kept roles
 * are used and neither the YAML parser nor the schema is loaded. Any change, any doubt (a cache
 * that cannot be read, another careerfit version, other groups) reads the folder again. The
 * cache is only ever a copy: deleting it loses nothing.
 */

/** Where careerfit keeps caches, by each platform's convention (XDG on Linux and other Unixes). */
export const cacheDir = (env: NodeJS.ProcessEnv, os: NodeJS.Platform = platform(), home = homedir()): string => {
  if (os === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'careerfit', 'cache');
  if (os === 'darwin') return join(home, 'Library', 'Caches', 'careerfit');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'careerfit');
};

/** What a file was when its roles were kept. */
interface Stamp {
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
}

interface Kept {
  readonly key: string;
  readonly dir: string;
  readonly files: readonly Stamp[];
  readonly roles: readonly { readonly role: Role; readonly name: string }[];
}

/** 64-bit FNV-1a of a text, in hex: a cache file name per folder (no crypto module to load). */
const hash = (text: string): string => {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
};

/**
 * The YAML files of a folder with their stamps, in name order. Anything that is not a regular file
 * is left to the loader, which refuses it by name; a folder that cannot be listed too.
 */
const stampsOf = async (dir: string): Promise<Stamp[] | undefined> => {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isYamlFile).sort();
  } catch {
    return undefined;
  }
  const stamps: Stamp[] = [];
  for (const name of names) {
    const info = await stat(join(dir, name)).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    stamps.push({ name, size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs });
  }
  return stamps;
};

const sameStamps = (a: readonly Stamp[], b: readonly Stamp[]): boolean =>
  a.length === b.length && a.every((s, i) => s.name === b[i]!.name && s.size === b[i]!.size && s.mtimeMs === b[i]!.mtimeMs && s.ctimeMs === b[i]!.ctimeMs);

/**
 * A file modified just before it is kept could be modified again within the file system's time
 * resolution and keep the same stamp: such a folder is not kept (it is read again next time), as
 * git treats "racily clean" entries of its index.
 */
const RACY_MS = 2000;

/**
 * The roles of one folder: kept ones when every file is as it was, else read by `load` (and kept
 * for next time, best effort: a cache that cannot be written costs only the time it would save).
 */
export const cachedRoleDir = async (
  dir: string,
  groups: readonly string[],
  env: NodeJS.ProcessEnv,
  load: (dir: string) => Promise<LoadedRole[]>,
): Promise<LoadedRole[]> => {
  const absolute = resolve(dir);
  const key = `${__CAREERFIT_VERSION__} ${groups.join(',')}`;
  const folder = cacheDir(env);
  const file = join(folder, `roles-${hash(absolute)}.json`);
  const before = await stampsOf(dir);
  if (before) {
    const kept = await readFile(file, 'utf8')
      .then((text) => JSON.parse(text) as Kept)
      .catch(() => undefined);
    if (kept && kept.key === key && kept.dir === absolute && Array.isArray(kept.files) && sameStamps(kept.files, before) && Array.isArray(kept.roles)) {
      return kept.roles.map(({ role, name }) => ({ role, file: join(dir, name) }));
    }
  }
  const loaded = await load(dir);
  const after = await stampsOf(dir);
  const now = Date.now();
  if (before && after && sameStamps(before, after) && after.every((s) => now - s.mtimeMs > RACY_MS)) {
    // Each role is kept by its file's name in the folder (the loader reads `dir/name`), so a hit gives the same paths.
    const kept: Kept = { key, dir: absolute, files: after, roles: loaded.map(({ role, file: path }) => ({ role, name: basename(path) })) };
    await privateFolder(folder)
      .then(() => writeFileAtomic(file, JSON.stringify(kept)))
      .catch(() => undefined);
  }
  return loaded;
};
