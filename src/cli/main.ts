import type { Output } from './context.js';
import { EXIT_CODES } from './exit-codes.js';
import { standardOutput } from './output/stdout.js';

declare const __CAREERFIT_VERSION__: string;

let stdoutFailed = false;
let stdout: Output | undefined;

/**
 * Standard output, set up when first written to. A reader that goes away (`careerfit … | head`) is
 * not an error; any other failure of standard output (a full disk) is one line and exit 1, however
 * late it surfaces.
 */
const out = (): Output =>
  (stdout ??= standardOutput((code) => {
    stdoutFailed = true;
    process.exitCode = EXIT_CODES.runtime;
    process.stderr.write(`careerfit: cannot write to standard output (${code})\n`);
  }));

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // The same output as commander's, without loading the command line. No signal handlers:
  // nothing here is half-done.
  out().write(`${__CAREERFIT_VERSION__}\n`);
} else {
  // Node ≥ 22.1 keeps V8's code for the modules loaded from here on (dist/app.js, ~200 KB, and the
  // vendor files) between runs, in a folder of the OS temp dir that Node chooses, so a command
  // does not parse and compile them again: ~7 ms of `assess` on Node 24 (bench/RESULTS.md). On
  // Node 20 the function does not exist and this does nothing. Not for `--version`, which loads
  // nothing worth caching; from here on node:module is loaded anyway (app.js requires the vendor
  // files through it). NODE_DISABLE_COMPILE_CACHE=1 turns it off.
  (process.getBuiltinModule('node:module') as { enableCompileCache?: () => unknown }).enableCompileCache?.();

  for (const [signal, code] of [['SIGINT', EXIT_CODES.interrupted], ['SIGTERM', EXIT_CODES.terminated]] as const) {
    process.once(signal, () => {
      // A prompt hides the cursor while it runs; give it back (plain mode never hid it, and sends no escapes).
      if (process.stderr.isTTY && process.env.TERM !== 'dumb' && !args.includes('--plain')) process.stderr.write('\x1b[?25h');
      // Leave no half-written temp file behind; there is nothing else worth waiting for.
      void import('./output/pending-files.js')
        .then(({ removePending }) => removePending())
        .finally(() => process.exit(code));
    });
  }

  // Imported here rather than at the top, so `--version` above loads nothing it does not print.
  const [{ run }, { loadBuiltinCatalog }] = await Promise.all([import('./run.js'), import('./input/builtin-catalog.js')]);
  const code = await run(process.argv, {
    // Getters: Node sets up a standard stream on first access (~3 ms each), and most runs never
    // read standard input or write to standard error.
    get stdout() {
      return out();
    },
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
