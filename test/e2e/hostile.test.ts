/**
 * Hostile input that takes a real process: answer files that would cost time or memory without
 * their limits (alias bombs, deep nesting, huge and endless files), under a small heap, with a
 * deadline and peak memory measured; and a file only another user cannot read. Every case: exit
 * 2, one clear message on stderr (exact first line), nothing on stdout, no stack trace. The rest
 * of the hostile input runs in process: test/cli/run/hostile.test.ts.
 */
import { existsSync } from 'node:fs';
import { chmod, cp, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectUsage, fixture, ROOT, tempDirs } from '../helpers.js';
import { runCli } from './run-cli.js';

const hostile = (name: string) => fixture(`hostile/${name}`);

const tempDir = tempDirs('hostile');

const tempFile = async (content: string | Uint8Array, name = 'me.yaml') => {
  const file = join(await tempDir(), name);
  await writeFile(file, content);
  return file;
};

/** Makes a copied tree readable (and its folders enterable) by everyone. */
const chmodTree = async (path: string): Promise<void> => {
  const info = await stat(path);
  await chmod(path, info.isDirectory() ? 0o755 : 0o644);
  if (info.isDirectory()) for (const name of await readdir(path)) await chmodTree(join(path, name));
};

describe('alias bombs and deep nesting are refused quickly with bounded memory', () => {
  it('rejects the billion-laughs file in under 2 s and 200 MB', async () => {
    const file = hostile('billion-laughs.yaml');
    // A heap far too small for the expanded document: expansion would crash instead of exit 2.
    const result = await runCli(['assess', '--answers', file], { nodeFlags: ['--max-old-space-size=64'], rss: true, timeoutMs: 5000 });
    expect(result.timedOut).toBe(false);
    expectUsage(result, `careerfit: ${file}:2:1 too many aliases: at most 100 are expanded, to guard against alias bombs`, { lines: 1 });
    expect(result.ms).toBeLessThan(2000);
    if (result.maxRssKb !== undefined) expect(result.maxRssKb).toBeLessThan(200 * 1024);
  });

  it('rejects the same bomb on standard input', async () => {
    const result = await runCli(['assess', '--answers', '-'], { input: await readFile(hostile('billion-laughs.yaml')), timeoutMs: 5000 });
    expectUsage(result, 'careerfit: <stdin>:2:1 too many aliases: at most 100 are expanded, to guard against alias bombs');
    expect(result.ms).toBeLessThan(2000);
  });

  it('rejects a wide, shallow fan-out of aliases (2^40 leaves) as quickly', async () => {
    const lines = ['l0: &l0 [lol, lol]', ...Array.from({ length: 40 }, (_, i) => `l${i + 1}: &l${i + 1} [*l${i}, *l${i}]`)];
    const file = await tempFile(`${lines.join('\n')}\ntraits: *l40\n`);
    const result = await runCli(['assess', '--answers', file], { rss: true, timeoutMs: 5000 });
    expectUsage(result, `careerfit: ${file}:1:1 too many aliases: at most 100 are expanded, to guard against alias bombs`);
    expect(result.ms).toBeLessThan(2000);
    if (result.maxRssKb !== undefined) expect(result.maxRssKb).toBeLessThan(200 * 1024);
  });

  it('rejects 100,000 nested brackets before the parser recurses', async () => {
    const file = await tempFile(`traits: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    const result = await runCli(['assess', '--answers', file], { timeoutMs: 5000 });
    expectUsage(result, `careerfit: ${file}:1:73 nested more than 64 levels deep`, { lines: 1 });
    expect(result.ms).toBeLessThan(2000);
  });
});

describe('files that are not answer files', () => {
  it('refuses a 100 MiB (sparse) file quickly, without reading it', async () => {
    const file = await tempFile('');
    await truncate(file, 100 * 1024 * 1024);
    const result = await runCli(['assess', '--answers', file], { rss: true });
    expectUsage(result, `careerfit: ${file}: file is larger than 1024 KiB`, { lines: 1 });
    expect(result.ms).toBeLessThan(2000);
    if (result.maxRssKb !== undefined) expect(result.maxRssKb).toBeLessThan(150 * 1024);
  });

  // The size is checked before any buffer is allocated (a 10 GiB buffer cannot even be created).

  it('refuses an endless device (/dev/zero) at once instead of reading forever', async () => {
    const result = await runCli(['assess', '--answers', '/dev/zero'], { timeoutMs: 5000, rss: true });
    expect(result.timedOut).toBe(false);
    expectUsage(result, 'careerfit: /dev/zero: file is larger than 1024 KiB', { lines: 1 });
    if (result.maxRssKb !== undefined) expect(result.maxRssKb).toBeLessThan(200 * 1024);
  });

  it.runIf(process.getuid?.() === 0 && existsSync('/usr/bin/setpriv'))('refuses a file without read permission (run as nobody)', async () => {
    const dir = await tempDir();
    await chmod(dir, 0o755);
    const file = join(dir, 'locked.yaml');
    await writeFile(file, 'traits: {empathy: 4}\n');
    await chmod(file, 0);
    // The checkout may sit in a folder only root can enter (a 0700 temp dir): run a copy of the
    // built CLI from this world-readable folder instead.
    for (const part of ['bin', 'dist', 'package.json']) await cp(join(ROOT, part), join(dir, 'cli', part), { recursive: true });
    await chmodTree(join(dir, 'cli'));
    const result = await runCli(['assess', '--answers', file], {
      wrapper: ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'],
      bin: join(dir, 'cli', 'bin', 'careerfit.js'),
      cwd: dir,
    });
    expectUsage(result, `careerfit: ${file}: permission denied`, { lines: 1 });
  });
});
