import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TRAIT_IDS } from '../../src/core/traits.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/careerfit.js', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export interface CliResult {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A clean environment, so the developer's colour or language settings cannot leak into a test. */
export const baseEnv = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' });

/** Runs the built CLI as a user would: `node bin/careerfit.js …`, stdin from `input` (closed otherwise). */
export const runCli = (
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<CliResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...baseEnv(), ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });

/** `--trait id=<level>` for every trait: a complete answer set. */
export const allTraits = (level: number) => TRAIT_IDS.flatMap((id) => ['--trait', `${id}=${level}`]);

/** Every trait 3: a complete, neutral answer set to start from. */
export const ALL_TRAITS_3 = allTraits(3);
