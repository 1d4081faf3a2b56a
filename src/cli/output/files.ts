import { constants } from 'node:fs';
import { access, link, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { localUsage } from '../words/error-messages.js';
import { fsError } from '../words/fs-error.js';
import { pendingFiles } from './pending-files.js';

let written = 0;

/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * a temp file beside the target, then a rename (atomic on one filesystem). With `flag: 'wx'`, as
 * for fs.writeFile, an existing file is left alone: the temp file is linked to the target name,
 * which fails when it is taken, so two writers cannot both create it. That refusal is the file
 * system's own EEXIST error, for the caller to word; every other failure is worded by fsError.
 */
export const writeFileAtomic = async (path: string, text: string, { flag = 'w' }: { flag?: 'w' | 'wx' } = {}): Promise<void> => {
  // Unique enough with the pid and a counter; the `wx` flag refuses to reuse an existing name anyway.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${++written}.tmp`);
  pendingFiles.add(temp);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    if (flag === 'wx') {
      await link(temp, path);
      await unlink(temp);
    } else await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && flag === 'wx') throw error;
    throw fsError(path, error, 'write');
  } finally {
    pendingFiles.delete(temp);
  }
};

/**
 * Checks, before any work that would be lost, that `path` can be written as writeFileAtomic writes
 * it: its folder exists and takes new files, and it is not itself a folder (or a file we may not
 * replace). Refuses with the same messages a failed write would give.
 */
export const checkWritable = async (path: string): Promise<void> => {
  const folder = dirname(path);
  const target = await stat(path).catch(() => undefined);
  if (target?.isDirectory()) throw localUsage('isDirectory', path);
  const parent = await stat(folder).catch(() => undefined);
  if (!parent?.isDirectory()) throw localUsage('folderMissing', path);
  // The temp file is made in the folder and renamed over the target: the folder must take writes.
  if (!(await access(folder, constants.W_OK | constants.X_OK).then(() => true, () => false))) throw localUsage('notWritable', path);
};
