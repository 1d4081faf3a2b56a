/**
 * Makes Ctrl-C call `handler` instead of the process's own handlers (main.ts: clean up, exit 130)
 * until the returned function gives them back: a pager owns the terminal while it runs, and a
 * plain prompt ends its input. The handlers are kept as registered, `once` wrappers included.
 */
export const takeSigint = (handler: () => void): (() => void) => {
  const own = process.rawListeners('SIGINT');
  process.removeAllListeners('SIGINT');
  process.on('SIGINT', handler);
  return () => {
    process.off('SIGINT', handler);
    for (const listener of own) process.on('SIGINT', listener as NodeJS.SignalsListener);
  };
};
