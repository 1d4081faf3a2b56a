import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { missingTraits } from '../../core/answers.js';
import { aliasClashes, BUILT_IN } from '../../core/catalog.js';
import { CareerfitError, usageError } from '../../core/errors.js';
import { groupsFileSchema, questionsFileSchema, roleSchema, sourcesFileSchema, traitsFileSchema } from '../../core/schema.js';
import type { Catalog, Role } from '../../core/types.js';
import { readText, type Source, type StdinSource } from './read-text.js';
import { gather, isYamlFile, type LoadedRole } from './role-dirs.js';
import { fsError } from '../words/fs-error.js';
import { loadYaml, type Problem } from './yaml-source.js';

export type { LoadedRole };

const field = (value: unknown, key: string): unknown =>
  value && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/** One role file: valid, named after its id, and naming only groups that exist. */
export const loadRoleFile = async (path: string, input: StdinSource, groups?: readonly string[]): Promise<LoadedRole> =>
  roleFromSource(await readText(path, input), path, groups);

/** A role profile from text already read; its id must match the file name (not checked for `-`). */
export const roleFromSource = (source: Source, path: string, groups?: readonly string[]): LoadedRole => {
  const expected = path === '-' ? undefined : basename(path).replace(/\.ya?ml$/, '');
  // Checked on the raw value, so these show up beside any schema problems of the same file.
  const check = (raw: unknown): Problem[] => {
    const id = field(raw, 'id');
    const links = field(raw, 'groups');
    return [
      ...(typeof id === 'string' && expected !== undefined && id !== expected ? [{ path: ['id'], message: `"${id}" differs from the file name "${expected}"` }] : []),
      ...(Array.isArray(links) ? links : []).flatMap((link: unknown, i) => {
        const group = field(link, 'group');
        return typeof group === 'string' && groups && !groups.includes(group)
          ? [{ path: ['groups', i, 'group'], message: `unknown group "${group}"; known: ${groups.join(', ')}` }]
          : [];
      }),
    ];
  };
  const role = loadYaml(source, roleSchema, 'file is empty: expected a role profile', check);
  return { role, file: path };
};

export const listYaml = async (dir: string): Promise<string[]> => {
  try {
    return (await readdir(dir)).filter(isYamlFile).sort().map((name) => join(dir, name));
  } catch (error) {
    throw fsError(dir, error, 'list');
  }
};

/**
 * Every role file of a folder; all problems reported together. Only regular files (or links to
 * them) are read: a named pipe, socket or device among them is refused by name, as reading one
 * could wait forever for a writer that never comes.
 */
export const loadRoleDir = async (dir: string, input: StdinSource, groups?: readonly string[]): Promise<LoadedRole[]> =>
  gather(await listYaml(dir), async (path) => {
    const info = await stat(path).catch(() => undefined);
    if (info && !info.isFile()) throw usageError(`${path}: is not a regular file (a pipe, socket or device); a role profile must be a plain YAML file`);
    return loadRoleFile(path, input, groups);
  });

/** Loads a full catalog (traits, questions, groups, roles) from a data folder, checking cross references. */
export const loadCatalogDir = async (dir: string, input: StdinSource): Promise<Catalog> => {
  const file = async <T>(name: string, schema: import('zod').ZodType<T>) => loadYaml(await readText(join(dir, name), input), schema, 'file is empty');
  const { traits } = await file('traits.yaml', traitsFileSchema);
  const { questions, followups, retired, codes } = await file('questions.yaml', questionsFileSchema);
  const { groups } = await file('groups.yaml', groupsFileSchema);
  const { sources } = await file('sources.yaml', sourcesFileSchema);
  // Both checks run, so a broken bank and a broken role are reported together.
  const problems: string[] = [];
  const unasked = missingTraits(Object.fromEntries(questions.map((q) => [q.trait, 1])));
  if (unasked.length) problems.push(`${join(dir, 'questions.yaml')}: no question for ${unasked.join(', ')}`);
  let roles: Role[] = [];
  try {
    roles = (await loadRoleDir(join(dir, 'roles'), input, groups.map((g) => g.id))).map((x) => x.role);
  } catch (error) {
    if (!(error instanceof CareerfitError)) throw error;
    problems.push(error.message);
  }
  problems.push(...aliasClashes(roles).map((clash) => `${join(dir, 'roles')}: ${clash}`));
  if (problems.length) throw usageError(problems.join('\n'));
  return { traits, questions, followUps: followups, retired, codeItems: codes, groups, sources, roles, origins: Object.fromEntries(roles.map((r) => [r.id, BUILT_IN])) };
};
