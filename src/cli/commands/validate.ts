import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CareerfitError, usageError } from '../../core/errors.js';
import { allItems } from '../../core/items.js';
import { answersFromSource } from '../input/answers-file.js';
import { BUILTIN_DATA } from '../input/builtin-catalog.js';
import { listYaml, loadCatalogDir, roleFromSource } from '../input/catalog-dir.js';
import type { Context } from '../context.js';
import { readText, type Source } from '../input/read-text.js';
import { profileDirs } from '../input/user-catalog.js';
import { parseYaml } from '../input/yaml-source.js';

export interface ValidateOptions {
  /** Files or folders; none means the built-in data and CAREERFIT_PROFILES. */
  readonly paths: readonly string[];
}

/** Problems of one check, as lines; a failure that is not the user's is rethrown. */
const problemsOf = async (check: () => Promise<unknown>): Promise<string[]> => {
  try {
    await check();
    return [];
  } catch (error) {
    if (error instanceof CareerfitError && error.kind === 'usage') return error.message.split('\n');
    throw error;
  }
};

const isDir = async (path: string) => (await stat(path).catch(() => undefined))?.isDirectory() ?? false;

/** A file with a top-level `id` is a role profile; anything else is read as an answer file. */
const isRole = (source: Source): boolean => {
  try {
    const { value } = parseYaml(source);
    return Boolean(value && typeof value === 'object' && 'id' in value);
  } catch (error) {
    if (error instanceof CareerfitError && error.kind === 'usage') return false;
    throw error;
  }
};

export const validateCommand = async (options: ValidateOptions, ctx: Context): Promise<void> => {
  const catalog = await ctx.loadCatalog();
  const groups = catalog.groups.map((g) => g.id);
  const targets = options.paths.length ? options.paths : [decodeURIComponent(BUILTIN_DATA.pathname), ...profileDirs(ctx.env)];
  const problems: string[] = [];
  const ids = new Map<string, string>();
  let files = 0;

  const checkFile = async (path: string) => {
    files += 1;
    // Read once: standard input cannot be read a second time.
    let source: Source | undefined;
    const unreadable = await problemsOf(async () => {
      source = await readText(path, ctx);
    });
    if (!source) return problems.push(...unreadable);
    const text = source;
    if (!isRole(text)) return problems.push(...(await problemsOf(() => answersFromSource(text, allItems(catalog)))));
    problems.push(
      ...(await problemsOf(async () => {
        const { role } = roleFromSource(text, path, groups);
        const other = ids.get(role.id);
        if (other) throw usageError(`${path}: id: duplicate role id "${role.id}" (also in ${other})`);
        ids.set(role.id, path);
      })),
    );
  };

  for (const target of targets) {
    if (!(await isDir(target))) await checkFile(target);
    else if (await stat(join(target, 'traits.yaml')).catch(() => undefined)) {
      // A whole data folder, like the built-in one: traits, questions, groups and roles/.
      files += 3 + (await listYaml(join(target, 'roles')).catch(() => [])).length;
      problems.push(...(await problemsOf(() => loadCatalogDir(target, ctx))));
    } else {
      const listed = await problemsOf(async () => {
        for (const path of await listYaml(target)) await checkFile(path);
      });
      problems.push(...listed);
    }
  }

  if (problems.length) ctx.stdout.write(`${problems.join('\n')}\n`);
  const summary = `${files} checked, ${problems.length === 0 ? 'no problems' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`}`;
  if (problems.length) throw usageError(summary);
  ctx.stderr.write(`careerfit: ${summary}\n`);
};
