import { join } from 'node:path';
import { localUsage } from '../words/error-messages.js';
import type { Context } from '../context.js';
import type { InitRoleOptions } from '../options.js';
import { writeFileAtomic } from '../output/files.js';
import { commandPrefix } from '../words/invocation.js';
import { scanLang } from '../words/locale.js';
import { CLI_MESSAGES } from '../words/messages.js';
import { roleTemplate } from '../words/role-template.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Writes `<dir>/<id>.yaml` from the commented template; never over an existing file unless
 * --force. Without it the file is created exclusively, so there is no moment between a check and
 * the write in which another file of that name could appear and be replaced. A profile is not
 * personal, so it is created as the umask says, unlike reports.
 */
export const initRoleCommand = async (id: string, options: InitRoleOptions, ctx: Context): Promise<void> => {
  if (!ID.test(id)) throw localUsage('roleIdShape', id);
  const path = join(options.dir, `${id}.yaml`);
  try {
    await writeFileAtomic(path, roleTemplate(id), { flag: options.force ? 'w' : 'wx', privacy: 'shared' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw localUsage('roleFileExists', path);
    throw error;
  }
  ctx.stderr.write(`${CLI_MESSAGES[scanLang([], ctx.env)].roleWritten(path, commandPrefix(ctx.env))}\n`);
};
