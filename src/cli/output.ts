import { constants } from 'node:fs';
import { access, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { localError, localUsage } from '../core/error-messages.js';

let written = 0;

/** Temp files being written, so an interrupt can remove them before exiting. */
export const pendingFiles = new Set<string>();

export const removePending = async (): Promise<void> => {
  await Promise.all([...pendingFiles].map((file) => unlink(file).catch(() => undefined)));
  pendingFiles.clear();
};

/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * a temp file beside the target, then a rename (atomic on one filesystem).
 */
export const writeFileAtomic = async (path: string, text: string): Promise<void> => {
  // Unique enough with the pid and a counter; the `wx` flag refuses to reuse an existing name anyway.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${++written}.tmp`);
  pendingFiles.add(temp);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    // A folder that is not there is a mistyped path; a full disk is the machine's failure.
    if (code === 'ENOENT' || code === 'ENOTDIR') throw localUsage('folderMissing', path);
    if (code === 'EISDIR') throw localUsage('isDirectory', path);
    if (code === 'EACCES' || code === 'EPERM') throw localUsage('notWritable', path);
    throw Object.assign(localError('runtime', 'cannotWrite', path, code), { cause: error });
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
