import { localError, localUsage } from './error-messages.js';
import { CareerfitError } from '../../core/errors.js';

/** What careerfit was doing with the path: reading a file, writing one, or listing a folder. */
export type FsAction = 'read' | 'write' | 'list';

/** The file-system codes that are the user's to fix, per action, and how to say them. */
const USAGE: Readonly<Record<FsAction, Readonly<Record<string, (path: string) => CareerfitError>>>> = {
  read: {
    ENOENT: (path) => localUsage('fileNotFound', path),
    EISDIR: (path) => localUsage('fileIsDirectory', path),
    EACCES: (path) => localUsage('permissionDenied', path),
    EPERM: (path) => localUsage('permissionDenied', path),
    ENOTDIR: (path) => localUsage('notADirectoryInPath', path),
    ELOOP: (path) => localUsage('symlinkLoop', path),
  },
  write: {
    ENOENT: (path) => localUsage('folderMissing', path),
    ENOTDIR: (path) => localUsage('folderMissing', path),
    EISDIR: (path) => localUsage('isDirectory', path),
    EACCES: (path) => localUsage('notWritable', path),
    EPERM: (path) => localUsage('notWritable', path),
  },
  list: {
    ENOENT: (path) => localUsage('folderNotFound', path),
    ENOTDIR: (path) => localUsage('notAFolder', path),
  },
};

/**
 * The one place a file-system error becomes careerfit's: a mistyped or unusable path is a usage
 * error (exit 2) in words, anything else (a full disk, EIO) is the machine failing (exit 1, the
 * code in brackets). A CareerfitError passes through; an error without a code is returned as it is.
 */
export const fsError = (path: string, error: unknown, action: FsAction): unknown => {
  if (error instanceof CareerfitError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const usage = code ? USAGE[action][code] : undefined;
  if (usage) return usage(path);
  // A folder that cannot be listed is the user's to fix whatever the reason; the message says which folder.
  if (action === 'list') return localUsage('folderUnreadable', path);
  if (!code && action === 'read') return error;
  return Object.assign(localError('runtime', action === 'read' ? 'cannotRead' : 'cannotWrite', path, code ?? 'unknown error'), { cause: error });
};
