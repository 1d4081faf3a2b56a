// Where careerfit keeps its state (quiz progress) during tests: never the real home.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let base: string | undefined;
let made = 0;

/**
 * A fresh XDG_STATE_HOME for one careerfit run: a folder not made yet, under one temp folder per
 * test process that is removed when the process exits. Runs that must share state (an
 * interrupted quiz and its resume) pass the same one.
 */
export const stateHome = (): string => {
  if (!base) {
    const dir = mkdtempSync(join(tmpdir(), 'careerfit-state-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    base = dir;
  }
  return join(base, String(++made));
};
