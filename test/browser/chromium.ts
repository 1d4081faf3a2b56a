// A real browser for the tests: Debian's chromium, driven by playwright-core (which downloads no
// browser of its own). Locally, tests that need it are skipped when it is not installed; in CI
// (CI=true) they fail instead, so a missing browser can never pass for a green run.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe, it } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags this machine's chromium needs headless (no sandbox as root, no GPU, no calls home). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const IN_CI = process.env.CI === 'true';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
/** Whether to run the browser tests: always in CI (where a missing browser fails them), else when it is there. */
export const RUN_BROWSER = HAS_CHROMIUM || IN_CI;

export const SKIP_MESSAGE = `browser tests skipped: ${CHROMIUM} not found (install it with \`apt-get install chromium\`; see README, Tests)`;

/** Launches chromium in a new, empty profile (playwright makes a temporary user-data-dir). */
export const launch = async (): Promise<Browser> => {
  if (!HAS_CHROMIUM) throw new Error(`${CHROMIUM} not found; CI installs it in .ci/run (apt-get install chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
};

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree nodes). */
export const pdfPageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** A describe block that runs where the browser is (always in CI), and otherwise says once why it is skipped. */
export const describeInBrowser = (name: string, body: () => void): void => {
  if (RUN_BROWSER) {
    describe(name, body);
    return;
  }
  console.warn(`careerfit: ${SKIP_MESSAGE}`);
  describe(name, () => it.skip(SKIP_MESSAGE, () => undefined));
};
