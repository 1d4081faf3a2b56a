// `--format html` opened in a real browser (Debian's chromium through playwright-core): the page
// fits a phone and a desktop, draws every chart, loads nothing, runs nothing (hostile role titles
// included), prints to at most four A4 pages and passes axe-core. Screenshots of both widths are
// left in test-artifacts/ (gitignored) for a developer to look at.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launch, pdfPageCount } from '../browser/chromium.js';
import { fixture, ROOT, tempDirs } from '../helpers.js';
import { runCli } from './run-cli.js';

const tempDir = tempDirs('html-browser');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const WIDTHS = [390, 1280] as const;
const SCRIPT = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';
const env = { SOURCE_DATE_EPOCH: '1777896000' };

const cli = async (args: readonly string[]): Promise<string> => {
  const result = await runCli(args, { env });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
};

/** What one page load did besides drawing: requests, console errors, dialogs. */
interface Opened {
  readonly page: Page;
  readonly requests: string[];
  readonly errors: string[];
  readonly dialogs: string[];
  readonly url: string;
}

describeInBrowser('the HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let report: { verdict: string; code: string };
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    dir = await tempDir();
    const roles = join(dir, 'roles');
    await mkdir(roles);
    // A user catalog whose titles try to break out of the markup; they rank first for an advocate.
    const role = (id: string, title: string) =>
      [
        `id: ${id}`,
        `title: { id: ${JSON.stringify(title)}, en: ${JSON.stringify(title)} }`,
        `summary: { id: ${JSON.stringify(`Ringkasan ${title}`)}, en: ${JSON.stringify(`Summary ${title}`)} }`,
        'traits:',
        '  advocacy: { ideal: 5, weight: 3 }',
        '  influence: { ideal: 5, weight: 3 }',
        '',
      ].join('\n');
    await writeFile(join(roles, 'xss-script.yaml'), role('xss-script', SCRIPT));
    await writeFile(join(roles, 'xss-breakout.yaml'), role('xss-breakout', BREAKOUT));
    const advocate = ['assess', '--answers', fixture('advocate.yaml')];
    const [launched, en, id, hostile, json] = await Promise.all([
      launch(),
      cli([...advocate, '--format', 'html', '--lang', 'en']),
      cli([...advocate, '--format', 'html', '--lang', 'id']),
      cli([...advocate, '--format', 'html', '--lang', 'en', '--profiles', roles, '--only', 'xss-script,xss-breakout,aktivis-okp']),
      cli([...advocate, '--format', 'json', '--lang', 'en']),
      mkdir(ARTIFACTS, { recursive: true }),
    ]);
    browser = launched;
    Object.assign(pages, { en, id, hostile });
    report = JSON.parse(json) as { verdict: string; code: string };
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page from a file:// URL in a fresh context, recording every request, error and dialog. */
  const open = async (name: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> => {
    const file = join(dir, `${name}-${width}-${colorScheme}.html`);
    await writeFile(file, pages[name]!);
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const requests: string[] = [];
    const errors: string[] = [];
    const dialogs: string[] = [];
    // The page itself is the only load allowed; anything else is recorded and refused.
    await context.route('**/*', (route) => {
      const target = route.request().url();
      return target === url || target.startsWith('data:') ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, errors, dialogs, url };
  };

  const close = (opened: Opened) => opened.page.context().close();

  /** An expression evaluated in the page (a string: the tests are type-checked without the DOM library). */
  const js = <T>(page: Page, expression: string): Promise<T> => page.evaluate<T>(expression);

  /** axe-core's violations, by rule id and the first few offending elements. */
  const axe = async (page: Page) =>
    (await new AxeBuilder({ page }).analyze()).violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));

  it.each(WIDTHS)('fits %i px: no overflow, every chart drawn, no request, no console error', async (width) => {
    const opened = await open('en', width);
    const { page } = opened;
    const size = await js<{ scroll: number; inner: number }>(page, '({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })');
    expect(size.scroll).toBeLessThanOrEqual(size.inner);
    const charts = await js<{ width: number; height: number }[]>(
      page,
      "[...document.querySelectorAll('svg')].map((svg) => { const box = svg.getBoundingClientRect(); return { width: box.width, height: box.height }; })",
    );
    // A bar per ranked role, one per trait level, one under each role's title.
    expect(charts.length).toBe(6 + 17 + 3);
    for (const box of charts) {
      expect(box.width).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThan(0);
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Career fit report');
    expect(await page.locator('body').innerText()).toContain(report.verdict);
    await page.screenshot({ path: join(ARTIFACTS, `html-${width}.png`), fullPage: true });
    expect(opened.requests).toEqual([opened.url]);
    expect(opened.errors).toEqual([]);
    expect(opened.dialogs).toEqual([]);
    await close(opened);
  });

  it.each([
    ['en', 1280, 'light'],
    ['id', 390, 'dark'],
  ] as const)('passes axe-core with no violation: %s at %i px, %s', async (name, width, scheme) => {
    const opened = await open(name, width, scheme);
    expect(await opened.page.locator('html').getAttribute('lang')).toBe(name);
    expect(await js(opened.page, 'document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    if (scheme === 'dark') {
      // The dark palette is in use, not the light one.
      expect(await js(opened.page, 'getComputedStyle(document.body).backgroundColor')).toBe('rgb(18, 22, 27)');
      await opened.page.screenshot({ path: join(ARTIFACTS, `html-${width}-dark.png`), fullPage: true });
    }
    expect(await axe(opened.page)).toEqual([]);
    expect(opened.errors).toEqual([]);
    await close(opened);
  });

  it('prints to at most four A4 pages holding the verdict and the code, charts whole', async () => {
    const opened = await open('en', 1280);
    const { page } = opened;
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await writeFile(join(ARTIFACTS, 'html-print.pdf'), pdf);
    expect(pdfPageCount(pdf)).toBeGreaterThan(0);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(4);
    // The page as printed (A4 less the margins is about 690 CSS px wide): the text, and no chart cut off.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 690, height: 1000 });
    const printed = await page.locator('body').innerText();
    expect(printed).toContain(report.verdict);
    expect(printed).toContain(report.code);
    const overflow = await js<number>(
      page,
      "[...document.querySelectorAll('svg, table, .ranking')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).length",
    );
    expect(overflow).toBe(0);
    expect(opened.requests).toEqual([opened.url]);
    await close(opened);
  });

  it('shows hostile role titles as text and runs nothing', async () => {
    const opened = await open('hostile', 390);
    const { page } = opened;
    const text = await page.locator('main').innerText();
    expect(text).toContain(SCRIPT);
    expect(text).toContain(BREAKOUT);
    // Both in the ranking and each in full, title as heading.
    for (const title of [SCRIPT, BREAKOUT]) {
      await expect(page.locator('.ranking .name').filter({ hasText: title }).count()).resolves.toBe(1);
      await expect(page.locator('article h2').filter({ hasText: title }).innerText()).resolves.toBe(title);
    }
    expect(await js(page, "document.querySelectorAll('script, img, iframe, object, embed').length")).toBe(0);
    expect(opened.dialogs).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([opened.url]);
    await close(opened);
  });
});
