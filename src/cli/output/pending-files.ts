import { unlinkSync } from 'node:fs';

/**
 * Temp files being written (output.ts, the batch scorer), so an interrupt can remove them before
 * the process exits. Its own module, without the writers: main.ts reaches it on Ctrl-C, and a run
 * that writes no file should not load them.
 */
export const pendingFiles = new Set<string>();

/** Removes every temp file still being written; synchronously, as the process is about to exit. */
export const removePending = (): void => {
  for (const file of pendingFiles) {
    try {
      unlinkSync(file);
    } catch {
      // Already renamed into place or never created: nothing to clean.
    }
  }
  pendingFiles.clear();
};
