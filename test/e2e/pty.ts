// The one terminal driver: careerfit in a real pseudo-terminal (util-linux `script`), typed into
// step by step the way a person would: wait for a prompt, then press keys (or send a signal).
import { spawn, spawnSync } from 'node:child_process';
import { ROOT } from '../helpers.js';
import { baseEnv, cliCommand, findCareerfit } from './run-cli.js';

/** Whether util-linux `script` is there to give careerfit a terminal. */
export const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;

export interface Step {
  /** Text (or a pattern) the screen must show, after the previous step's, before acting. */
  readonly waitFor: string | RegExp;
  /** Keys to type, e.g. `'4\r'`. */
  readonly keys?: string;
  /** A signal to send to the careerfit process itself (not to the terminal). */
  readonly signal?: NodeJS.Signals;
  /** The pause before acting, as a prompt finishes drawing before it reads keys. */
  readonly pauseMs?: number;
}

const find = (screen: string, waitFor: string | RegExp, from: number): { at: number; length: number } | undefined => {
  if (typeof waitFor === 'string') {
    const at = screen.indexOf(waitFor, from);
    return at === -1 ? undefined : { at, length: waitFor.length };
  }
  const match = new RegExp(waitFor.source, waitFor.flags.replace('g', '')).exec(screen.slice(from));
  return match ? { at: from + match.index, length: match[0].length } : undefined;
};

export interface Terminal {
  /** The terminal's size (default: none set, which careerfit reads as 80 columns). */
  readonly columns?: number;
  readonly rows?: number;
  /** Added to the environment (after TERM=xterm-256color and LANG=en_US.UTF-8). */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Runs careerfit with these arguments in a terminal, `redirect` appended to its command line
 * (e.g. `> report.txt`), and takes the steps; resolves with its exit status and all it showed.
 */
export const drive = (args: readonly string[], steps: readonly Step[], redirect = '', terminal: Terminal = {}) =>
  new Promise<{ status: number | null; screen: string }>((resolve, reject) => {
    const size = terminal.columns ? `stty cols ${terminal.columns} rows ${terminal.rows ?? 24}; ` : '';
    const child = spawn('script', ['-qfec', `${size}${cliCommand(args)} ${redirect}`.trim(), '/dev/null'], {
      cwd: ROOT,
      env: { ...baseEnv(), TERM: 'xterm-256color', LANG: 'en_US.UTF-8', ...terminal.env },
    });
    let screen = '';
    let from = 0;
    let next = 0;
    const act = (step: Step) => {
      if (step.keys !== undefined) child.stdin.write(step.keys);
      if (step.signal) {
        const pid = findCareerfit(child.pid!);
        if (pid === undefined) reject(new Error('careerfit process not found'));
        else process.kill(pid, step.signal);
      }
    };
    const advance = () => {
      const step = steps[next];
      if (!step) return;
      const found = find(screen, step.waitFor, from);
      if (!found) return;
      from = found.at + found.length;
      next += 1;
      setTimeout(() => act(step), step.pauseMs ?? 20);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      screen += chunk;
      advance();
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, screen }));
  });
