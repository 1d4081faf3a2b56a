// The one way the end-to-end tests start careerfit as a process (the terminal driver, pty.ts,
// builds its command line with `cliCommand`).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../helpers.js';
import { stateHome } from '../state-home.js';

export const BIN = fileURLToPath(new URL('../../bin/careerfit.js', import.meta.url));

/**
 * A clean environment, so the developer's colour or language settings cannot leak into a test;
 * careerfit's state (quiz progress) goes to a fresh temp folder, never the real home.
 */
export const baseEnv = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', XDG_STATE_HOME: stateHome(), XDG_CACHE_HOME: stateHome() });

export interface CliOptions {
  /** Written to standard input, which is then closed (closed at once without it). */
  readonly input?: string | Uint8Array;
  /** Leave standard input open: a pipe that never ends. */
  readonly keepStdinOpen?: boolean;
  /** Added to the clean environment. */
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Another copy of the CLI to run (default: this repository's bin/careerfit.js). */
  readonly bin?: string;
  /** Run `bin` itself, through its shebang, instead of `node bin`. */
  readonly direct?: boolean;
  readonly nodeFlags?: readonly string[];
  /** A command that runs node, e.g. setpriv or strace. */
  readonly wrapper?: readonly string[];
  /** Run the command line this returns with `bash -c`, for pipes, redirections and ulimit. */
  readonly shell?: (careerfit: string) => string;
  /** A file descriptor for standard output (e.g. /dev/full) instead of a pipe. */
  readonly stdout?: number;
  /** Kill the process (SIGKILL) after this long. */
  readonly timeoutMs?: number;
  /** Measure peak memory with /usr/bin/time, when installed. */
  readonly rss?: boolean;
}

export interface CliResult {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Milliseconds from start to exit. */
  readonly ms: number;
  readonly timedOut: boolean;
  /** Peak resident memory in KiB, with `rss` where /usr/bin/time is installed. */
  readonly maxRssKb?: number;
}

const TIME = '/usr/bin/time';

/** A word for a shell command line: quoted, so spaces and quotes in it stay one word. */
export const shellQuote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/** The command line that runs careerfit with these arguments, quoted for a shell. */
export const cliCommand = (args: readonly string[], options: Pick<CliOptions, 'bin' | 'nodeFlags'> = {}): string =>
  [process.execPath, ...(options.nodeFlags ?? []), options.bin ?? BIN, ...args].map(shellQuote).join(' ');

let measured = 0;

/** Starts careerfit; `done` settles when it has exited and its output is read. */
export const spawnCli = (args: readonly string[], options: CliOptions = {}): { child: ChildProcess; done: Promise<CliResult> } => {
  const rssFile = options.rss && existsSync(TIME) ? join(tmpdir(), `careerfit-rss-${process.pid}-${++measured}`) : undefined;
  const node = options.direct ? [options.bin ?? BIN] : [process.execPath, ...(options.nodeFlags ?? []), options.bin ?? BIN];
  const command = options.shell
    ? ['bash', '-c', options.shell(cliCommand(args, options))]
    : [...(rssFile ? [TIME, '-f', '%M', '-o', rssFile] : []), ...(options.wrapper ?? []), ...node, ...args];
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd: options.cwd ?? ROOT,
    env: { ...baseEnv(), ...options.env },
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  const timer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, options.timeoutMs)
    : undefined;
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin!.on('error', () => undefined);
  if (!options.keepStdinOpen) child.stdin!.end(options.input ?? '');
  const done = new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve([code, signal]));
  }).then(async ([status, signal]): Promise<CliResult> => {
    const ms = performance.now() - started;
    clearTimeout(timer);
    child.stdin!.destroy();
    if (!rssFile) return { status, signal, stdout, stderr, ms, timedOut };
    const maxRssKb = Number((await readFile(rssFile, 'utf8').catch(() => '')).trim().split('\n').at(-1));
    await rm(rssFile, { force: true });
    return { status, signal, stdout, stderr, ms, timedOut, maxRssKb };
  });
  return { child, done };
};

/** Runs careerfit as a user would (`node bin/careerfit.js …`) and waits for it to exit. */
export const runCli = (args: readonly string[], options: CliOptions = {}): Promise<CliResult> => spawnCli(args, options).done;

/** The careerfit process below a pid (script → sh → node, or strace → node), found by its argv through /proc. */
export const findCareerfit = (root: number): number | undefined => {
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    let argv: string[] = [];
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      // gone already
    }
    // The node process itself, not a shell or script(1) whose command line merely mentions it.
    if (argv[0] === process.execPath && argv[1] === BIN) return pid;
    const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number);
    queue.push(...children);
  }
  return undefined;
};
