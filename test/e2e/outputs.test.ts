// -o, --save and batch --output as a user points them: at a named pipe, through a symbolic link,
// and never by replacing what is there when it is not a regular file. No test points at a real
// device node: if the defect came back, the test would replace it.
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { lstat, readFile, readdir, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, tempDirs } from '../helpers.js';
import { BIN, runCli, shellQuote } from './run-cli.js';

const tempDir = tempDirs('outputs');

/** A named pipe in a fresh folder, and everything a reader at its other end gets. */
const pipe = async () => {
  const dir = await tempDir();
  const fifo = join(dir, 'fifo');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  const read = new Promise<string>((resolve, reject) => {
    let text = '';
    createReadStream(fifo, 'utf8')
      .on('data', (chunk) => (text += chunk))
      .on('end', () => resolve(text))
      .on('error', reject);
  });
  return { dir, fifo, read };
};

describe('-o into a named pipe', () => {
  it('the report reaches the reader at the other end, and the pipe is still a pipe', async () => {
    const { dir, fifo, read } = await pipe();
    const result = await runCli(['assess', '--answers', fixture('advocate.yaml'), '--format', 'json', '-o', fifo]);
    expect(result.status).toBe(0);
    expect(JSON.parse(await read)).toMatchObject({ schemaVersion: expect.any(Number) });
    expect((await stat(fifo)).isFIFO()).toBe(true);
    expect(await readdir(dir)).toEqual(['fifo']);
  });

  it('batch output into a pipe arrives whole', async () => {
    const { fifo, read } = await pipe();
    const rows = '{"id":"a","traits":{"empathy":4,"communication":4,"teamwork":4,"leadership":4,"social_awareness":4,"proactivity":4,"influence":4,"advocacy":5,"analytical":3,"decision_making":3,"planning":3,"resilience":3,"innovation":3,"helping_motivation":4,"dedication":4,"direct_service":2,"profit_focus":2}}\n';
    const result = await runCli(['assess', '--batch', '-', '-o', fifo], { input: rows });
    expect(result.status).toBe(0);
    expect((await read).split('\n')[0]).toMatch(/^\{"id":"a"/);
  });

  it('process substitution (/dev/fd/N) is written to, not "a folder that does not exist"', () => {
    const out = spawnSync('bash', ['-c', `${shellQuote(process.execPath)} ${shellQuote(BIN)} assess --answers ${shellQuote(fixture('advocate.yaml'))} --format json -o >(wc -c) 2>&1; wait`], {
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(out.stdout).not.toMatch(/does not exist/);
    expect(Number(out.stdout.trim().split('\n').at(-1))).toBeGreaterThan(1000);
  });
});

describe('-o through a symbolic link', () => {
  it('replaces the file the link points to, keeps its mode, and leaves the link a link', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'target.txt'), 'old\n', { mode: 0o640 });
    await symlink('target.txt', join(dir, 'link.txt'));
    const result = await runCli(['assess', '--answers', fixture('advocate.yaml'), '-o', join(dir, 'link.txt')]);
    expect(result.status).toBe(0);
    expect(await readlink(join(dir, 'link.txt'))).toBe('target.txt');
    expect((await lstat(join(dir, 'link.txt'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'target.txt'), 'utf8')).toMatch(/^careerfit\n/);
    expect((await stat(join(dir, 'target.txt'))).mode & 0o777).toBe(0o640);
  });
});

describe('new reports are private', () => {
  it('-o creates the report 0600', async () => {
    const dir = await tempDir();
    const result = await runCli(['assess', '--answers', fixture('advocate.yaml'), '-o', join(dir, 'r.txt')]);
    expect(result.status).toBe(0);
    expect((await stat(join(dir, 'r.txt'))).mode & 0o777).toBe(0o600);
  });
});

describe('batch pages into something that is not a folder', () => {
  it('--format html --output >(…) says it is not a folder', () => {
    const out = spawnSync(
      'bash',
      ['-c', `printf '{"id":"a","traits":{}}\\n' | ${shellQuote(process.execPath)} ${shellQuote(BIN)} assess --batch - --format html --output >(cat >/dev/null); echo "exit $?"`],
      { encoding: 'utf8', cwd: ROOT },
    );
    expect(out.stderr).toMatch(/^careerfit: \/dev\/fd\/\d+: is not a folder\n$/);
    expect(out.stdout).toBe('exit 2\n');
  });
});
