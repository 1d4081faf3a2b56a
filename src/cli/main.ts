import { writeSync } from 'node:fs';
import { EXIT_CODES } from '../core/errors.js';

declare const __CAREERFIT_VERSION__: string;

let stdoutFailed = false;

/**
 * A reader that goes away (`careerfit … | head`) is not an error: stop writing, exit quietly. Any
 * other failure of standard output (a full disk) is one line and exit 1, however late it surfaces.
 */
const quietOnEpipe = () =>
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || stdoutFailed) return;
    stdoutFailed = true;
    process.exitCode = EXIT_CODES.runtime;
    process.stderr.write(`careerfit: cannot write to standard output (${error.code ?? error.message})\n`);
  });

/**
 * The fast path for `--version`: the same output as commander's, without loading the command
 * line, and written straight to file descriptor 1: setting up process.stdout costs more (~8 ms on
 * a pipe) than everything else this path does. No signal handlers: nothing here is half-done.
 */
const printVersion = (): void => {
  const text = `${__CAREERFIT_VERSION__}\n`;
  try {
    writeSync(1, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return;
    if (code !== 'EAGAIN') throw error;
    // A non-blocking pipe that is full: let the stream wait for it.
    quietOnEpipe().write(text);
  }
};

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  printVersion();
} else {
  // Node ≥ 22.1 keeps V8's code for the modules loaded from here on (dist/app.js, ~200 KB, and the
  // vendor files) between runs, in a folder of the OS temp dir that Node chooses, so a command
  // does not parse and compile them again: ~7 ms of `assess` on Node 24 (bench/RESULTS.md). On
  // Node 20 the function does not exist and this does nothing. Not for `--version`, which loads
  // nothing worth caching; from here on node:module is loaded anyway (app.js requires the vendor
  // files through it). NODE_DISABLE_COMPILE_CACHE=1 turns it off.
  (process.getBuiltinModule('node:module') as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  quietOnEpipe();

  for (const [signal, code] of [['SIGINT', EXIT_CODES.interrupted], ['SIGTERM', EXIT_CODES.terminated]] as const) {
    process.once(signal, () => {
      // A prompt hides the cursor while it runs; give it back (plain mode never hid it, and sends no escapes).
      if (process.stderr.isTTY && process.env.TERM !== 'dumb' && !args.includes('--plain')) process.stderr.write('\x1b[?25h');
      // Leave no half-written temp file behind; there is nothing else worth waiting for. The module
      // is already loaded when a file is being written; otherwise there is nothing to remove.
      void import('./output.js')
        .then(({ removePending }) => removePending())
        .finally(() => process.exit(code));
    });
  }

  // Imported here rather than at the top, so `--version` above loads nothing it does not print.
  const [{ run }, { loadBuiltinCatalog }] = await Promise.all([import('./run.js'), import('./builtin-catalog.js')]);
  const code = await run(process.argv, {
    stdout: process.stdout,
    // Getters: Node sets up a standard stream on first access (~3 ms for stdin), and most runs
    // never read standard input or write to standard error.
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    loadCatalog: loadBuiltinCatalog,
  });
  process.exitCode = stdoutFailed ? EXIT_CODES.runtime : code;
}
