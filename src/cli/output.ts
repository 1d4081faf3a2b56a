import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CareerfitError, usageError } from '../core/errors.js';

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
    if (code === 'ENOENT' || code === 'ENOTDIR') throw usageError(`${path}: the folder does not exist`);
    if (code === 'EISDIR') throw usageError(`${path}: is a directory`);
    throw new CareerfitError('runtime', `${path}: cannot write the file (${code})`, { cause: error });
  } finally {
    pendingFiles.delete(temp);
  }
};
