import { constants } from 'node:fs';
import { access, readFile, unlink } from 'node:fs/promises';
import { homedir, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { privateFolder, writeFileAtomic } from '../output/files.js';

/**
 * Where careerfit keeps per-user state, by each platform's convention: the XDG state folder on
 * Linux and other Unixes, Application Support on macOS, the local application data on Windows.
 */
export const stateDir = (env: NodeJS.ProcessEnv, os: NodeJS.Platform = platform(), home = homedir()): string => {
  if (os === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'careerfit');
  if (os === 'darwin') return join(home, 'Library', 'Application Support', 'careerfit');
  return join(env.XDG_STATE_HOME || join(home, '.local', 'state'), 'careerfit');
};

export const progressFile = (env: NodeJS.ProcessEnv): string => join(stateDir(env), 'progress.json');

const VERSION = 1;

export type SavedProgress =
  | { readonly kind: 'none' }
  | { readonly kind: 'saved'; readonly answers: Readonly<Record<string, number>> }
  /** Present but unreadable or not ours: ignored, with one line saying so. */
  | { readonly kind: 'corrupt' };

const isAnswer = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;

/** The answers of an unfinished quiz, if any; only ids the bank still asks are kept. */
export const loadProgress = async (file: string, itemIds: ReadonlySet<string>): Promise<SavedProgress> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { kind: 'none' };
  }
  try {
    const data = JSON.parse(text) as { version?: unknown; answers?: unknown };
    if (data.version !== VERSION || !data.answers || typeof data.answers !== 'object' || Array.isArray(data.answers)) return { kind: 'corrupt' };
    const entries = Object.entries(data.answers);
    if (!entries.every(([id, value]) => itemIds.has(id) && isAnswer(value))) return { kind: 'corrupt' };
    return entries.length ? { kind: 'saved', answers: Object.fromEntries(entries) as Record<string, number> } : { kind: 'none' };
  } catch {
    return { kind: 'corrupt' };
  }
};

/**
 * Written atomically after every answer, so a crash or a closed terminal loses at most the one in
 * hand; readable by this account alone (the folder 0700, the file 0600), as it holds a person's answers.
 */
export const saveProgress = async (file: string, answers: Readonly<Record<string, number>>): Promise<void> => {
  await privateFolder(dirname(file));
  await writeFileAtomic(file, `${JSON.stringify({ version: VERSION, answers })}\n`);
};

export const clearProgress = async (file: string): Promise<void> => {
  await unlink(file).catch(() => undefined);
};

/**
 * Whether progress can be kept at all, checked before the first question (as -o and --save are):
 * the state folder is made (private) and must take new files. Undefined when it can; else the
 * error code (EACCES, EROFS, ENOTDIR…), for one line saying the quiz goes on without it.
 */
export const progressProblem = async (file: string): Promise<string | undefined> => {
  try {
    await privateFolder(dirname(file));
    await access(dirname(file), constants.W_OK | constants.X_OK);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'unknown error';
  }
};
