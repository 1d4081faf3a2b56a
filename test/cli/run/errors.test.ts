import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../fake-context.js';
import { ALL_TRAITS_3, fixture, tempDirs } from '../../helpers.js';

const tempDir = tempDirs('errors');

const answerFile = async (content: string | Uint8Array, name = 'me.yaml') => {
  const dir = await tempDir();
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
};

/** One clear message on stderr, nothing on stdout, exit code 2, never a stack trace. */
const expectUsageError = async (args: string[], message: string | RegExp, input?: string) => {
  const result = await runInProcess(args, { input });
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.status).toBe(2);
};

describe('invalid input exits 2 with one clear message', () => {
  it('names file, line, column and field for an answer out of range', async () => {
    const file = await answerFile('traits:\n  empathy: 4\n  communication: 7\n');
    await expectUsageError(['assess', '--answers', file], `${file}:3:18 traits.communication: expected a whole number from 1 to 5, got 7`);
  });

  it.each([
    ['0', 'got 0'],
    ['3.5', 'got 3.5'],
    ['"4"', 'got "4"'],
    ['null', 'got null'],
    ['[4]', 'got a list'],
    ['{ a: 1 }', 'got a map'],
  ])('rejects the answer %s', async (value, got) => {
    const file = await answerFile(`traits:\n  empathy: ${value}\n`);
    await expectUsageError(['assess', '--answers', file], `${file}:2:12 traits.empathy: expected a whole number from 1 to 5, ${got}`);
  });

  it('suggests the closest trait for a typo', async () => {
    const file = await answerFile('traits:\n  empaty: 4\n');
    await expectUsageError(['assess', '--answers', file], `${file}:2:3 traits.empaty: unknown trait "empaty" (did you mean "empathy"?)`);
  });

  it('reports unknown fields and unknown question ids', async () => {
    const file = await answerFile('trait:\n  empathy: 4\nanswers:\n  empathy-9: 3\n');
    const result = await runInProcess(['assess', '--answers', file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}:1:1 trait: unknown field "trait" (did you mean "traits"?)`);
    expect(result.stderr).toContain(`${file}:4:3 answers.empathy-9: unknown question "empathy-9" (did you mean "empathy-1"?)`);
  });

  it('points at YAML syntax errors and duplicate keys', async () => {
    await expectUsageError(['assess', '--answers', await answerFile('traits:\n  empathy: "4\n')], /me\.yaml:3:1 Missing closing "quote/);
    await expectUsageError(['assess', '--answers', await answerFile('traits:\n\tempathy: 4\n')], /me\.yaml:2:1 Tabs are not allowed as indentation/);
    await expectUsageError(['assess', '--answers', await answerFile('traits:\n  empathy: 4\n  empathy: 5\n')], /me\.yaml:3:3 Map keys must be unique/);
  });

  it('handles missing, empty, binary and unreadable files', async () => {
    await expectUsageError(['assess', '--answers', '/nonexistent/me.yaml'], 'careerfit: /nonexistent/me.yaml: file not found');
    await expectUsageError(['assess', '--answers', await answerFile('')], /me\.yaml: file is empty/);
    await expectUsageError(['assess', '--answers', await answerFile('# only a comment\n')], /me\.yaml: file is empty/);
    await expectUsageError(['assess', '--answers', await answerFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'x.png')], /x\.png: looks like a binary file/);
    await expectUsageError(['assess', '--answers', await tempDir()], 'is a directory');
    if (process.getuid?.() !== 0) {
      const locked = await answerFile('traits: {}\n');
      await chmod(locked, 0);
      await expectUsageError(['assess', '--answers', locked], 'permission denied');
    }
  });

  it('lists the missing traits and points to the template', async () => {
    await expectUsageError(['assess', '--trait', 'empathy=4'], /missing answers for 16 trait\(s\): communication, teamwork, .*profit_focus\n.*careerfit questions/s);
  });

  it.each([
    [['assess', '--format', 'pdf', ...ALL_TRAITS_3], /^careerfit: option '-f, --format <format>': 'pdf' is not one of text, json, markdown, html, csv\n$/],
    [['assess', '--top', '0', ...ALL_TRAITS_3], /^careerfit: option '--top <n>': '0' is invalid: expected a whole number of 1 or more\n$/],
    [['assess', '--top', 'abc', ...ALL_TRAITS_3], /^careerfit: option '--top <n>': 'abc' is invalid/],
    [['assess', '--lang', 'xx', ...ALL_TRAITS_3], /^careerfit: option '-l, --lang <lang>': 'xx' is not one of id, en\n$/],
    [['assess', '--trait', 'empathy'], /--trait empathy: expected <trait>=<1-5>/],
    [['assess', '--trait', 'empathy=9'], /--trait empathy=9: expected a whole number from 1 to 5/],
    [['assess', '--trait', 'empaty=3'], /did you mean "empathy"/],
    [['assess', '--bogus'], /unknown option '--bogus'/],
    [['asess'], /unknown command "asess" \(did you mean "assess"\?\)/],
    [['role', 'aktivis'], /unknown role "aktivis" \(did you mean "aktivis-okp"\?\)/],
  ])('rejects %j', async (args, message) => {
    await expectUsageError(args, message);
  });

  it('refuses to start the quiz without a terminal instead of hanging', async () => {
    await expectUsageError([], /careerfit assess --answers/);
  });
});

describe('--output and runtime failures', () => {
  const STACK = /\n\s+at /;
  const ANSWERS = fixture('hostile/complete.yaml');
  const listDir = async (dir: string) => (await readdir(dir)).sort();

  it('a later successful --output replaces the file whole (sanity check of the same path)', async () => {
    const dir = await tempDir();
    const file = join(dir, 'report.txt');
    await writeFile(file, 'PREVIOUS REPORT\n');
    const result = await runInProcess(['assess', '--answers', ANSWERS, '--output', file]);
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: `Report written to ${file}\n` });
    expect(await readFile(file, 'utf8')).toMatch(/^careerfit\n[\s\S]*\n$/);
    expect(await listDir(dir)).toEqual(['report.txt']);
  });


  it('a runtime failure prints one line, and the stack only with --debug or DEBUG=careerfit', async () => {
    // Reading /proc/self/mem at offset 0 fails with EIO: the machine failing, not bad input.
    const line = 'careerfit: /proc/self/mem: cannot be read (EIO)\n';
    const plain = await runInProcess(['assess', '--answers', '/proc/self/mem']);
    expect(plain).toMatchObject({ status: 1, stdout: '', stderr: line });
    for (const [args, env] of [
      [['--debug'], {}],
      [[], { DEBUG: 'careerfit' }],
      [[], { DEBUG: 'other,careerfit' }],
    ] as const) {
      const debug = await runInProcess(['assess', '--answers', '/proc/self/mem', ...args], { env });
      expect(debug.status).toBe(1);
      expect(debug.stderr.startsWith(line)).toBe(true);
      expect(debug.stderr).toMatch(STACK);
    }
    const otherDebug = await runInProcess(['assess', '--answers', '/proc/self/mem'], { env: { DEBUG: 'careerfitx' } });
    expect(otherDebug.stderr).toBe(line);
  });


  it('an --output folder that does not exist is a usage error (exit 2), not a crash', async () => {
    const dir = await tempDir();
    const target = join(dir, 'missing-folder', 'report.txt');
    const result = await runInProcess(['assess', '--answers', ANSWERS, '--output', target]);
    expect(result).toMatchObject({ status: 2, stdout: '', stderr: `careerfit: ${target}: the folder does not exist\n` });
    expect(await listDir(dir)).toEqual([]);
  });
});
