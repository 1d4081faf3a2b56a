import { chmod, lstat, mkdir, readFile, readdir, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWritable, openOutput, privateFolder, writeFileAtomic } from '../../../src/cli/output/files.js';
import { rejection, tempDirs } from '../../helpers.js';

const tempDir = tempDirs('files');
const mode = async (path: string) => (await stat(path)).mode & 0o777;

describe('writeFileAtomic: the file the user points at, and nothing else', () => {
  it('through a symbolic link, replaces the file it points to and leaves the link a link', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'target.txt'), 'old\n');
    await symlink('target.txt', join(dir, 'link.txt'));
    await writeFileAtomic(join(dir, 'link.txt'), 'new\n');
    expect((await lstat(join(dir, 'link.txt'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'link.txt'))).toBe('target.txt');
    expect(await readFile(join(dir, 'target.txt'), 'utf8')).toBe('new\n');
    expect((await readdir(dir)).sort()).toEqual(['link.txt', 'target.txt']);
  });

  it('through a link to a file that does not exist yet, creates that file', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'sub'));
    await symlink('sub/made.txt', join(dir, 'link.txt'));
    await writeFileAtomic(join(dir, 'link.txt'), 'made\n');
    expect((await lstat(join(dir, 'link.txt'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'sub', 'made.txt'), 'utf8')).toBe('made\n');
  });

  it('creates new files readable by this account alone, or as the umask says when shared', async () => {
    const dir = await tempDir();
    await writeFileAtomic(join(dir, 'report.txt'), 'x');
    expect(await mode(join(dir, 'report.txt'))).toBe(0o600);
    await writeFileAtomic(join(dir, 'role.yaml'), 'x', { privacy: 'shared' });
    expect(await mode(join(dir, 'role.yaml'))).toBe(0o666 & ~process.umask());
  });

  it('keeps the mode of a file it replaces', async () => {
    const dir = await tempDir();
    const file = join(dir, 'report.txt');
    await writeFile(file, 'old');
    await chmod(file, 0o644);
    await writeFileAtomic(file, 'new');
    expect(await mode(file)).toBe(0o644);
    expect(await readFile(file, 'utf8')).toBe('new');
  });

  it('an output aborted half-way leaves the old file and no temp file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'results.jsonl');
    await writeFile(file, 'old\n');
    const out = await openOutput(file);
    await out.write('half');
    await out.abort();
    expect(await readFile(file, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['results.jsonl']);
  });
});

describe('privateFolder', () => {
  it('creates the folder 0700 and tightens one that exists', async () => {
    const dir = await tempDir();
    await privateFolder(join(dir, 'state', 'careerfit'));
    expect(await mode(join(dir, 'state', 'careerfit'))).toBe(0o700);
    await chmod(join(dir, 'state', 'careerfit'), 0o755);
    await privateFolder(join(dir, 'state', 'careerfit'));
    expect(await mode(join(dir, 'state', 'careerfit'))).toBe(0o700);
  });
});

describe('checkWritable', () => {
  it('takes a device, a link to a file, and a new file in an existing folder', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'target.txt'), 'x');
    await symlink('target.txt', join(dir, 'link.txt'));
    for (const path of [join(dir, 'link.txt'), join(dir, 'new.txt'), '/dev/null']) await expect(checkWritable(path)).resolves.toBeUndefined();
  });

  it('refuses a folder, and a file whose folder is missing', async () => {
    const dir = await tempDir();
    expect((await rejection(checkWritable(dir))).message).toBe(`${dir}: is a directory`);
    expect((await rejection(checkWritable(join(dir, 'no', 'r.txt')))).message).toBe(`${join(dir, 'no', 'r.txt')}: the folder does not exist`);
  });
});
