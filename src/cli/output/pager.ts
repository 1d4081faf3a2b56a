import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { takeSigint } from '../quiz/take-sigint.js';

/** Whether a program is on the PATH (no shell, no process: a file check per folder). */
const onPath = (name: string, env: NodeJS.ProcessEnv): boolean =>
  (env.PATH ?? '').split(delimiter).some((dir) => {
    if (!dir) return false;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

/**
 * The pager to show a long report in: $PAGER, else `less -R` when less is installed; none when
 * PAGER is empty or `cat` (as git reads it). The caller decides whether to page at all: only for
 * text on a terminal, never with --no-pager or in plain mode.
 */
export const pagerCommand = (env: NodeJS.ProcessEnv): string | undefined => {
  const pager = env.PAGER;
  if (pager !== undefined) return pager.trim() === '' || pager.trim() === 'cat' ? undefined : pager;
  return onPath('less', env) ? 'less -R' : undefined;
};

/**
 * Shows text in the pager on this process's terminal and resolves when the pager quits: true when
 * it ran, false when it could not start (the caller then prints the text). less gets FRX unless
 * LESS says otherwise: colours pass, a short text is not paged, and what was read stays on the
 * screen. Ctrl-C belongs to the pager while it runs, as in git. The text is UTF-8 unless `ascii`:
 * less is told so (LESSCHARSET, unless set), since it takes its charset from the locale, and a
 * locale the system lacks (LANG=id_ID.UTF-8 on a minimal container) would show the bars as <E2>…
 */
export const page = async (text: string, command: string, env: NodeJS.ProcessEnv, ascii = false): Promise<boolean> => {
  // Loaded here, not at the top: node:child_process costs ~3 ms, and most runs never page.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    const restore = takeSigint(() => undefined);
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', LV: '-c', ...(ascii ? {} : { LESSCHARSET: 'utf-8' }), ...env } });
    let started = false;
    child.on('spawn', () => (started = true));
    child.stdin.on('error', () => undefined);
    child.on('error', () => {
      restore();
      resolve(false);
    });
    child.on('close', (code) => {
      restore();
      // A pager that failed (a shell that cannot find it exits 127, PAGER=false exits 1) has shown nothing.
      resolve(started && code === 0);
    });
    child.stdin.end(text);
  });
};
