import { EXIT_CODES } from '../core/errors.js';
import { loadBuiltinCatalog } from './builtin-catalog.js';
import { removePending } from './output.js';
import { run } from './run.js';

// A reader that goes away (`careerfit … | head`) is not an error: stop writing, exit quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

for (const [signal, code] of [['SIGINT', EXIT_CODES.interrupted], ['SIGTERM', EXIT_CODES.terminated]] as const) {
  process.once(signal, () => {
    // Leave no half-written temp file behind; there is nothing else worth waiting for.
    void removePending().finally(() => process.exit(code));
  });
}

process.exitCode = await run(process.argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  loadCatalog: loadBuiltinCatalog,
});
