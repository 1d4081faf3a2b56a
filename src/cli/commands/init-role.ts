import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CareerfitError, usageError } from '../../core/errors.js';
import type { Context } from '../context.js';
import type { InitRoleOptions } from '../options.js';
import { roleTemplate } from '../role-template.js';


const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Writes `<dir>/<id>.yaml` from the commented template; never over an existing file unless --force. */
export const initRoleCommand = async (id: string, options: InitRoleOptions, ctx: Context): Promise<void> => {
  if (!ID.test(id)) throw usageError(`"${id}" is not a role id: use lowercase letters, digits and single hyphens, e.g. my-role`);
  const path = join(options.dir, `${id}.yaml`);
  if (!options.force && (await access(path).then(() => true, () => false))) {
    throw usageError(`${path} already exists; use --force to replace it`);
  }
  try {
    await writeFile(path, roleTemplate(id));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw usageError(`${options.dir}: folder not found`);
    throw new CareerfitError('runtime', `${path}: cannot write the file (${code ?? 'unknown error'})`, { cause: error });
  }
  ctx.stderr.write(`careerfit: wrote ${path}; edit it, then check it with \`careerfit validate ${path}\`\n`);
};
