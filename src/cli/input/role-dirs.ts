import { CareerfitError, usageError } from '../../core/errors.js';
import type { Role } from '../../core/types.js';

/** A role as read from the user's folders: the profile and the file it came from. */
export interface LoadedRole {
  readonly role: Role;
  readonly file: string;
}

/** Whether a file in a role folder is a role profile: by its name, as every reader of a folder decides. */
export const isYamlFile = (name: string) => /\.ya?ml$/.test(name);

/** Runs a step per item and gathers every usage problem, so one run reports them all. */
export const gather = async <T, R>(items: readonly T[], step: (item: T) => Promise<R>): Promise<R[]> => {
  const results: R[] = [];
  const problems: string[] = [];
  for (const item of items) {
    try {
      results.push(await step(item));
    } catch (error) {
      if (!(error instanceof CareerfitError) || error.kind !== 'usage') throw error;
      problems.push(error.message);
    }
  }
  if (problems.length) throw usageError(problems.join('\n'));
  return results;
};

/**
 * Role folders given by the user, each read by `readDir` (from the cache or the files); every
 * problem of every folder reported together, and an id may appear in only one of them.
 */
export const loadRoleDirs = async (dirs: readonly string[], readDir: (dir: string) => Promise<LoadedRole[]>): Promise<LoadedRole[]> => {
  const loaded = (await gather(dirs, readDir)).flat();
  const first = new Map<string, string>();
  const problems = loaded.flatMap(({ role, file }) => {
    const other = first.get(role.id);
    first.set(role.id, other ?? file);
    return other ? [`${file}: id: duplicate role id "${role.id}" (also in ${other})`] : [];
  });
  if (problems.length) throw usageError(problems.join('\n'));
  return loaded;
};
