import { constants, type Stats } from 'node:fs';
import { access, chmod, link, lstat, mkdir, open, readlink, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { localUsage } from '../words/error-messages.js';
import { fsError } from '../words/fs-error.js';
import { pendingFiles } from './pending-files.js';

let written = 0;

/**
 * Who may read what careerfit writes: `private` (reports, saved answers, progress: personal
 * answers, so only the account that wrote them) or `shared` (a role profile: the umask decides).
 * An existing file keeps its own mode either way.
 */
export type Privacy = 'private' | 'shared';
const MODES: Readonly<Record<Privacy, number>> = { private: 0o600, shared: 0o666 };

export interface WriteOptions {
  /** `wx`: never replace anything already at the path (the file system refuses with EEXIST). */
  readonly flag?: 'w' | 'wx';
  readonly privacy?: Privacy;
}

/** An output being written: bytes go in as they come; `commit` makes them the file, `abort` leaves nothing behind. */
export interface OutputFile {
  write(bytes: Uint8Array | string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** Symbolic links followed one by one, for a link whose target does not exist yet (realpath refuses those). */
const MAX_LINKS = 40;
const finalTarget = async (path: string): Promise<string> => {
  let current = resolve(path);
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    const info = await lstat(current).catch(() => undefined);
    if (!info?.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
};

/**
 * What is at `path`, following links: a regular file (replaced atomically at the path the links
 * lead to), nothing yet (created there), or something else (a terminal, /dev/null, a pipe, a
 * socket, `/dev/fd/N`), which is written in place and never replaced.
 */
type Place = { readonly kind: 'file'; readonly path: string; readonly existing?: Stats } | { readonly kind: 'special' };

const placeOf = async (path: string): Promise<Place> => {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!info) return { kind: 'file', path: await finalTarget(path) };
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!info.isFile()) return { kind: 'special' };
  return { kind: 'file', path: await realpath(path), existing: info };
};

/** Every byte: unlike write(), writeFile() goes on until all are written (a pipe may take part of a write). */
const writeAll = (handle: FileHandle, bytes: Uint8Array | string): Promise<void> => handle.writeFile(bytes);

/**
 * Opens `path` for writing so that the user's path means what they meant: a regular file is
 * replaced atomically (a temp file beside it, renamed over it, so a reader sees the old content or
 * the new, never half; through a symbolic link the file it points to is replaced and the link
 * stays), and anything that is not a regular file is opened and written directly. New files are
 * created with the mode `privacy` says; a replaced file keeps its mode (and, for root, its owner).
 * With `flag: 'wx'` nothing already at the path is replaced: the temp file is linked to the name,
 * which fails with the file system's EEXIST, for the caller to word. Every other failure is
 * worded by fsError.
 */
export const openOutput = async (path: string, { flag = 'w', privacy = 'private' }: WriteOptions = {}): Promise<OutputFile> => {
  const fail = (error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && flag === 'wx') return error;
    return fsError(path, error, 'write');
  };
  let place: Place;
  try {
    place = flag === 'wx' ? { kind: 'file', path } : await placeOf(path);
  } catch (error) {
    throw fail(error);
  }
  if (place.kind === 'special') {
    let handle: FileHandle;
    try {
      handle = await open(path, 'w');
    } catch (error) {
      throw fail(error);
    }
    const close = () => handle.close().catch(() => undefined);
    return {
      write: (bytes) => writeAll(handle, bytes).catch(async (error: unknown) => {
        await close();
        throw fail(error);
      }),
      commit: async () => {
        try {
          await handle.close();
        } catch (error) {
          throw fail(error);
        }
      },
      abort: close,
    };
  }
  const target = place.path;
  const { existing } = place;
  // Unique enough with the pid and a counter; `wx` refuses to reuse an existing name anyway.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${++written}.tmp`);
  pendingFiles.add(temp);
  let handle: FileHandle | undefined;
  const remove = async () => {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    pendingFiles.delete(temp);
  };
  try {
    // Private until the rename: a half-written file is never readable by others.
    handle = await open(temp, 'wx', existing ? 0o600 : MODES[privacy]);
  } catch (error) {
    await remove();
    throw fail(error);
  }
  const file = handle;
  return {
    write: (bytes) =>
      writeAll(file, bytes).catch(async (error: unknown) => {
        await remove();
        throw fail(error);
      }),
    commit: async () => {
      try {
        if (existing) {
          await file.chmod(existing.mode & 0o7777);
          // Root replacing someone else's file gives it back to them (best effort: a file system may refuse).
          if (process.getuid?.() === 0) await file.chown(existing.uid, existing.gid).catch(() => undefined);
        }
        await file.close();
        if (flag === 'wx') {
          await link(temp, target);
          await unlink(temp);
        } else await rename(temp, target);
        pendingFiles.delete(temp);
      } catch (error) {
        await remove();
        throw fail(error);
      }
    },
    abort: remove,
  };
};

/** Writes a whole file as openOutput says: atomically for a regular file, in place for anything else. */
export const writeFileAtomic = async (path: string, text: string, options: WriteOptions = {}): Promise<void> => {
  const out = await openOutput(path, options);
  await out.write(text);
  await out.commit();
};

/**
 * Makes careerfit's own folder (the state folder) private: created 0700, and an existing one
 * tightened to 0700, since it holds a person's answers.
 */
export const privateFolder = async (dir: string): Promise<void> => {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
};

const canWrite = (path: string, mode: number) => access(path, mode).then(() => true, () => false);

/**
 * Checks, before any work that would be lost, that `path` can be written as openOutput writes it:
 * a regular file (or a new one) needs a folder that exists and takes new files; anything else
 * needs to be writable itself; a folder is refused. The messages are the ones a failed write gives.
 */
export const checkWritable = async (path: string): Promise<void> => {
  let place: Place;
  try {
    place = await placeOf(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw localUsage('isDirectory', path);
    throw fsError(path, error, 'write');
  }
  if (place.kind === 'special') {
    if (!(await canWrite(path, constants.W_OK))) throw localUsage('notWritable', path);
    return;
  }
  const folder = dirname(place.path);
  const parent = await stat(folder).catch(() => undefined);
  if (!parent?.isDirectory()) throw localUsage('folderMissing', path);
  // The temp file is made in the folder and renamed over the target: the folder must take writes.
  if (!(await canWrite(folder, constants.W_OK | constants.X_OK))) throw localUsage('notWritable', path);
};
