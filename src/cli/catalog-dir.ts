import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CareerfitError, usageError } from '../core/errors.js';
import { groupsFileSchema, questionsFileSchema, roleSchema, traitsFileSchema } from '../core/schema.js';
import { missingTraits } from '../core/answers.js';
import type { Catalog, Role } from '../core/types.js';
import { readText } from './read-text.js';
import { loadYaml } from './yaml-source.js';

const isRoleFile = (name: string) => name.endsWith('.yaml') || name.endsWith('.yml');

/** Loads every role file of a folder; the id inside must match the file name. */
export const loadRoleDir = async (dir: string, stdin: NodeJS.ReadableStream): Promise<Role[]> => {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isRoleFile).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError(`${dir}: ${code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'is not a folder' : 'cannot be read'}`);
  }
  const roles: Role[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      const role = loadYaml(await readText(path, stdin), roleSchema, 'file is empty: expected a role profile');
      const expected = basename(name).replace(/\.ya?ml$/, '');
      if (role.id !== expected) problems.push(`${path}:1:1 id: "${role.id}" differs from the file name "${expected}"`);
      else roles.push(role);
    } catch (error) {
      if (!(error instanceof CareerfitError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length) throw usageError(problems.join('\n'));
  return roles;
};

/** Loads a full catalog (traits, questions, groups, roles) from a data folder, checking cross references. */
export const loadCatalogDir = async (dir: string, stdin: NodeJS.ReadableStream): Promise<Catalog> => {
  const file = async <T>(name: string, schema: import('zod').ZodType<T>) =>
    loadYaml(await readText(join(dir, name), stdin), schema, `file is empty`);
  const { traits } = await file('traits.yaml', traitsFileSchema);
  const { questions } = await file('questions.yaml', questionsFileSchema);
  const { groups } = await file('groups.yaml', groupsFileSchema);
  const roles = await loadRoleDir(join(dir, 'roles'), stdin);

  const problems: string[] = [];
  const unasked = missingTraits(Object.fromEntries(questions.map((q) => [q.trait, 1])));
  if (unasked.length) problems.push(`${join(dir, 'questions.yaml')}: no question for ${unasked.join(', ')}`);
  const groupIds = new Set(groups.map((g) => g.id));
  for (const role of roles) {
    for (const link of role.groups) {
      if (!groupIds.has(link.group)) problems.push(`${join(dir, 'roles', `${role.id}.yaml`)}: groups: unknown group "${link.group}"`);
    }
  }
  if (problems.length) throw usageError(problems.join('\n'));
  const origins = Object.fromEntries(roles.map((role) => [role.id, 'built-in']));
  return { traits, questions, groups, roles, origins };
};
