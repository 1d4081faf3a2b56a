/**
 * The world failing around careerfit: readers that go away, full or closed outputs, no terminal,
 * and signals during the quiz or while a file is being written. Always the built CLI, spawned.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TRAIT_IDS } from '../../src/core/traits.js';
import { allTraits, fixture, tempDirs } from '../helpers.js';
import { drive, HAS_SCRIPT } from './pty.js';
import { findCareerfit, runCli, shellQuote as quote, spawnCli } from './run-cli.js';

const STACK = /\n\s+at /;
const ANSWERS = fixture('hostile/complete.yaml');
const ALL_2 = allTraits(2);

const tempDir = tempDirs('faults');

const listDir = async (dir: string) => (await readdir(dir)).sort();

// ---------------------------------------------------------------------------------------------
// A role folder big enough that a report is well over 64 KiB (one pipe buffer).

let bigProfiles: string;
const long = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word} ${i}`).join(' ');
beforeAll(async () => {
  bigProfiles = await tempDir();
  for (let r = 0; r < 30; r++) {
    const id = `big-role-${String(r).padStart(2, '0')}`;
    const items = (key: string, other: string) =>
      Array.from({ length: 4 }, (_, i) => `  - ${key}: "${long(`${key}-${r}-${i}`, 20)}"\n    ${other}: "${long(`${other}-${r}-${i}`, 20)}"`).join('\n');
    await writeFile(
      join(bigProfiles, `${id}.yaml`),
      [
        `id: ${id}`,
        `title: "Big role ${r}"`,
        `summary: "${long(`summary-${r}`, 60)}"`,
        'traits:',
        // Index 1…16: never empathy, which every role also has.
        `  ${TRAIT_IDS[(r % (TRAIT_IDS.length - 1)) + 1]}: { ideal: ${(r % 5) + 1}, weight: 3 }`,
        '  empathy: { ideal: 4, weight: 1 }',
        'misconceptions:',
        items('myth', 'reality'),
        'expectations:',
        items('expectation', 'reality'),
        '',
      ].join('\n'),
    );
  }
});

describe('pipes', () => {
  it('`careerfit assess … | head -n 1` prints the first line and exits 0 quietly', async () => {
    const result = await runCli(['assess', '--answers', ANSWERS], { shell: (careerfit) => `${careerfit} | head -n 1; echo "status=\${PIPESTATUS[0]}" >&2` });
    expect(result.stdout).toBe('careerfit\n');
    expect(result.stderr).toBe('status=0\n');
  });

  it('a reader that closes early on a report over 64 KiB (EPIPE) still means exit 0 and no trace', async () => {
    const args = ['assess', '--answers', ANSWERS, '--profiles', bigProfiles, '--top', '100', '--format', 'json'];
    for (const reader of ['head -n 1', 'head -c 10', 'true']) {
      const result = await runCli(args, { shell: (careerfit) => `${careerfit} | ${reader}; echo "status=\${PIPESTATUS[0]}" >&2` });
      expect(result.stderr).toBe('status=0\n');
    }
  });

  it.each(['json', 'text', 'markdown'])('a %s report over 64 KiB arrives whole through a pipe', async (format) => {
    const dir = await tempDir();
    const file = join(dir, `report.${format}`);
    const args = ['assess', '--answers', ANSWERS, '--profiles', bigProfiles, '--top', '100', '--format', format];
    const written = await runCli([...args, '--output', file]);
    expect(written.stderr).toBe(`Report written to ${file}\n`);
    expect(written.status).toBe(0);
    const expected = await readFile(file, 'utf8');
    expect(Buffer.byteLength(expected)).toBeGreaterThan(64 * 1024 * 2);
    // `| cat > file`: the report crosses a real pipe, and the shell reports careerfit's status.
    const piped = join(dir, `piped.${format}`);
    const result = await runCli(args, { shell: (careerfit) => `${careerfit} | cat > ${quote(piped)}; exit \${PIPESTATUS[0]}` });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const got = await readFile(piped, 'utf8');
    expect(got.length).toBe(expected.length);
    expect(got).toBe(expected);
    if (format === 'json') expect((JSON.parse(got) as { results: unknown[] }).results.length).toBeGreaterThanOrEqual(36);
    else expect(got).toContain('Big role 29');
  });

  // A reader that made its end non-blocking and reads late: careerfit's direct writes meet EAGAIN
  // and process.stdout takes over from the first unwritten byte (src/cli/output/stdout.ts).
  it.skipIf(spawnSync('python3', ['--version']).status !== 0)('a report over 64 KiB arrives whole through a full non-blocking pipe', async () => {
    const late = [
      'import os, subprocess, sys, time',
      'r, w = os.pipe()',
      'os.set_blocking(w, False)',
      'child = subprocess.Popen(sys.argv[1:], stdout=w)',
      'os.close(w)',
      'time.sleep(0.5)',
      'chunks = []',
      'while (chunk := os.read(r, 65536)): chunks.append(chunk)',
      'sys.stdout.buffer.write(b"".join(chunks))',
      'sys.exit(child.wait())',
    ].join('\n');
    const args = ['assess', '--answers', ANSWERS, '--profiles', bigProfiles, '--top', '100', '--format', 'json'];
    const expected = await runCli(args);
    expect(Buffer.byteLength(expected.stdout)).toBeGreaterThan(64 * 1024 * 2);
    const result = await runCli(args, { wrapper: ['python3', '-c', late] });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected.stdout);
  });

  it('the largest built-in report (every role in detail) arrives whole through a pipe', async () => {
    const result = await runCli(['assess', ...ALL_2, '--top', '100', '--format', 'json'], { shell: (careerfit) => `${careerfit} | cat` });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { results: { id: string }[] };
    expect(report.results.length).toBeGreaterThanOrEqual(6);
  });
});

describe('a full or closed standard output', () => {
  const onDevFull = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const fd = openSync('/dev/full', 'w');
    try {
      return await runCli(args, { stdout: fd, env });
    } finally {
      closeSync(fd);
    }
  };

  // ENOSPC from `> /dev/full` surfaces as a stream error after the report is written.
  it('`> /dev/full`: exit 1 with one line naming the failure, no stack', async () => {
    const result = await onDevFull(['assess', '--answers', ANSWERS]);
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^careerfit: .*(ENOSPC|no space left)/i);
    expect(result.status).toBe(1);
  });

  it('`> /dev/full` never exits 0 (the failure is not swallowed)', async () => {
    for (const args of [['assess', '--answers', ANSWERS], ['roles'], ['questions']]) {
      const result = await onDevFull(args);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/ENOSPC|no space left/i);
    }
  });

  // A known limit, kept visible: Node reopens a closed fd 1 on /dev/null before any JavaScript runs,
  // so `>&-` looks exactly like `> /dev/null` to careerfit, which exits 0 having written nowhere.
  // The contract asks for exit 1; no code in careerfit can tell the two apart.
  it.fails('`>&-` (stdout closed): exit 1 with a message', async () => {
    const result = await runCli(['roles'], { shell: (careerfit) => `${careerfit} >&-` });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^careerfit: /);
    expect(result.stderr).not.toMatch(STACK);
  });
});

describe('--output failures keep the previous file', () => {
  it('a full disk (file size limit) exits 1 with one line, leaves the old content and no temp file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'report.txt');
    await writeFile(file, 'PREVIOUS REPORT\n');
    // RLIMIT_FSIZE makes write() fail with EFBIG part-way (Node ignores SIGXFSZ): a disk filling up.
    const result = await runCli(['assess', '--answers', ANSWERS, '--top', '100', '--output', file], { shell: (careerfit) => `ulimit -f 4; ${careerfit}` });
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`careerfit: ${file}: cannot write the file (EFBIG)\n`);
    expect(result.status).toBe(1);
    expect(await readFile(file, 'utf8')).toBe('PREVIOUS REPORT\n');
    expect(await listDir(dir)).toEqual(['report.txt']);
  });

});

describe('the quiz without a usable terminal exits 2 at once', () => {
  const NEEDS_TERMINAL =
    'careerfit: the quiz needs an interactive terminal; for scripts use `careerfit assess --answers <file>` (template: `careerfit questions`)\n';

  it.each([
    ['stdin closed (<&-)', '<&-'],
    ['stdin from /dev/null', '</dev/null'],
    ['stdin from a file', `<${quote(ANSWERS)}`],
  ])('%s', async (_label, redirect) => {
    const dir = await tempDir();
    const started = performance.now();
    const result = await runCli(['--lang', 'en', '--save', join(dir, 'me.yaml'), '--output', join(dir, 'r.txt')], { shell: (careerfit) => `${careerfit} ${redirect}` });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 2, stdout: '', stderr: NEEDS_TERMINAL });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(await listDir(dir)).toEqual([]);
  });

  it('stdin a pipe that never closes', async () => {
    // The test never ends this pipe: waiting for input would hang; the quiz must not.
    const result = await runCli(['--lang', 'en'], { keepStdinOpen: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(NEEDS_TERMINAL);
    expect(result.ms).toBeLessThan(3000);
  });
});

// ---------------------------------------------------------------------------------------------
// Signals. The quiz needs a terminal: util-linux `script` gives it one, as in quiz-pty.test.ts.

/** Starts the quiz in a pty, answers the first question, and signals careerfit at the second. */
const interruptQuiz = (signal: NodeJS.Signals, args: readonly string[]) =>
  drive(args, [
    { waitFor: /\(1\/\d+\)/, keys: '4\r', pauseMs: 50 },
    { waitFor: /\(2\/\d+\)/, signal, pauseMs: 50 },
  ]);

describe.runIf(HAS_SCRIPT)('signals during the quiz', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s exits %i and leaves no file behind', async (signal, code) => {
    const dir = await tempDir();
    const { status, screen } = await interruptQuiz(signal, ['--lang', 'en', '--save', join(dir, 'me.yaml'), '--output', join(dir, 'report.txt')]);
    expect(screen).toMatch(/\(2\/\d+\)/);
    expect(screen).not.toMatch(STACK);
    expect(status).toBe(code);
    expect(await listDir(dir)).toEqual([]);
  }, 30_000);
});

// ---------------------------------------------------------------------------------------------
// Signals while the output file is being written. strace holds the final rename(2) for a few
// seconds, so the signal lands exactly between "temp file written" and "renamed into place".

const hasStrace = spawnSync('strace', ['-qq', '-o', '/dev/null', 'true']).status === 0;
const RENAMES = 'rename,renameat,renameat2';

const waitFor = async <T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
};

const interruptWrite = async (signal: NodeJS.Signals) => {
  const dir = await tempDir();
  const file = join(dir, 'report.txt');
  await writeFile(file, 'PREVIOUS REPORT\n');
  const { child, done } = spawnCli(['assess', '--answers', ANSWERS, '--top', '100', '--output', file], {
    wrapper: ['strace', '-f', '-qq', '-o', '/dev/null', '-e', `trace=${RENAMES}`, '-e', `inject=${RENAMES}:delay_enter=3000000`],
  });
  // The temp file beside the target, complete (its size stops changing), rename pending.
  const temp = await waitFor(async () => (await readdir(dir)).find((name) => name.endsWith('.tmp')));
  let last = -1;
  await waitFor(async () => {
    const size = (await stat(join(dir, temp)).catch(() => ({ size: -2 }))).size;
    const stable = size > 0 && size === last;
    last = size;
    return stable ? true : undefined;
  });
  const sawTemp = await listDir(dir);
  process.kill(findCareerfit(child.pid!)!, signal);
  const { status, stderr } = await done;
  return { status, stderr, dir, file, sawTemp, temp };
};

describe.runIf(hasStrace)('signals while --output is being written', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s exits %i, removes the temp file and keeps the old report', async (signal, code) => {
    const { status, stderr, dir, file, sawTemp, temp } = await interruptWrite(signal);
    expect(sawTemp).toEqual(['report.txt', temp].sort());
    expect(temp).toMatch(/^\.report\.txt\.\d+-\d+\.tmp$/);
    expect(status).toBe(code);
    expect(stderr).not.toMatch(STACK);
    expect(await readFile(file, 'utf8')).toBe('PREVIOUS REPORT\n');
    expect(await listDir(dir)).toEqual(['report.txt']);
  }, 30_000);
});

describe('named pipes that no one writes to', () => {
  const fifoIn = async (dir: string, name: string) => {
    const path = join(dir, name);
    expect(spawnSync('mkfifo', [path]).status).toBe(0);
    return path;
  };

  it('a pipe among the role files of --profiles is refused by name, not waited on', async () => {
    const dir = await tempDir();
    await fifoIn(dir, 'stuck.yaml');
    const result = await runCli(['roles', '--profiles', dir], { timeoutMs: 10_000 });
    expect(result.timedOut).toBe(false);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`careerfit: ${join(dir, 'stuck.yaml')}: is not a regular file (a pipe, socket or device); a role profile must be a plain YAML file\n`);
  });

  it.each([
    ['--answers', 'SIGTERM', 143],
    ['--batch', 'SIGINT', 130],
  ] as const)('waiting on a pipe given to %s, %s still ends careerfit (exit %i)', async (flag, signal, code) => {
    const pipe = await fifoIn(await tempDir(), 'in');
    const { child, done } = spawnCli(['assess', flag, pipe], { timeoutMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    process.kill(child.pid!, signal);
    const result = await done;
    expect(result.timedOut).toBe(false);
    expect(result.status).toBe(code);
    expect(result.stderr).not.toMatch(STACK);
  });
});
