import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsError } from '../../../src/cli/words/fs-error.js';
import { writeFileAtomic } from '../../../src/cli/output/files.js';
import { CareerfitError } from '../../../src/core/errors.js';
import { rejection, tempDirs } from '../../helpers.js';

const tempDir = tempDirs('fs-error');
const errno = (code: string) => Object.assign(new Error(code), { code });
const worded = (path: string, code: string, action: Parameters<typeof fsError>[2]) => {
  const error = fsError(path, errno(code), action);
  expect(error).toBeInstanceOf(CareerfitError);
  return `${(error as CareerfitError).kind}: ${(error as CareerfitError).message}`;
};

describe('fsError: one wording for every file-system failure', () => {
  it('words a path the user can fix as a usage error, per action', () => {
    expect(worded('me.yaml', 'ENOENT', 'read')).toBe('usage: me.yaml: file not found');
    expect(worded('me.yaml', 'EISDIR', 'read')).toBe('usage: me.yaml: is a directory, not a file');
    expect(worded('me.yaml', 'EACCES', 'read')).toBe('usage: me.yaml: permission denied');
    expect(worded('a/b.yaml', 'ENOTDIR', 'read')).toBe('usage: a/b.yaml: a part of the path is not a directory');
    expect(worded('loop.yaml', 'ELOOP', 'read')).toBe('usage: loop.yaml: too many symbolic links');
    expect(worded('out/r.txt', 'ENOENT', 'write')).toBe('usage: out/r.txt: the folder does not exist');
    expect(worded('out', 'EISDIR', 'write')).toBe('usage: out: is a directory');
    expect(worded('r.txt', 'EACCES', 'write')).toBe('usage: r.txt: cannot write there (permission denied)');
    expect(worded('roles', 'ENOENT', 'list')).toBe('usage: roles: folder not found');
    expect(worded('roles', 'ENOTDIR', 'list')).toBe('usage: roles: is not a folder');
    expect(worded('roles', 'EACCES', 'list')).toBe('usage: roles: cannot be read');
  });

  it('words the machine failing as a runtime error naming the code, and keeps the cause', () => {
    expect(worded('me.yaml', 'EIO', 'read')).toBe('runtime: me.yaml: cannot be read (EIO)');
    expect(worded('r.txt', 'ENOSPC', 'write')).toBe('runtime: r.txt: cannot write the file (ENOSPC)');
    const cause = errno('EIO');
    expect((fsError('me.yaml', cause, 'read') as CareerfitError).cause).toBe(cause);
  });

  it('passes a careerfit error through, and returns a reading error without a code as it is', () => {
    const own = new CareerfitError('usage', 'already worded');
    expect(fsError('x', own, 'write')).toBe(own);
    const bug = new TypeError('not a file-system error');
    expect(fsError('x', bug, 'read')).toBe(bug);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole, and with flag wx never replaces one, leaving no temp file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'role.yaml');
    await writeFileAtomic(file, 'first\n', { flag: 'wx' });
    await expect(writeFileAtomic(file, 'second\n', { flag: 'wx' })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(file, 'utf8')).toBe('first\n');
    await writeFileAtomic(file, 'third\n');
    expect(await readFile(file, 'utf8')).toBe('third\n');
    expect(await readdir(dir)).toEqual(['role.yaml']);
  });

  it('words a missing folder and a folder in the way', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'taken'));
    expect((await rejection(writeFileAtomic(join(dir, 'missing', 'r.txt'), 'x'))).message).toBe(`${join(dir, 'missing', 'r.txt')}: the folder does not exist`);
    expect((await rejection(writeFileAtomic(join(dir, 'taken'), 'x'))).message).toBe(`${join(dir, 'taken')}: is a directory`);
  });
});
