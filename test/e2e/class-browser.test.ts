// The counsellor's pages in a real browser (Debian's chromium through playwright-core): the class
// index of 1,000 students, hostile names among them, and the paper form fit a phone and a desktop,
// load and run nothing, pass axe-core and print. Screenshots go to test-artifacts/ (gitignored).
import { AxeBuilder } from '@axe-core/playwright';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launch, pdfPageCount } from '../browser/chromium.js';
import { builtinCatalog } from '../fake-context.js';
import { ROOT, tempDirs } from '../helpers.js';
import { runCli } from './run-cli.js';

const tempDir = tempDirs('class-browser');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const env = { SOURCE_DATE_EPOCH: '1777896000' };
const STUDENTS = 1000;
const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'index', '../../etc/passwd', 'Siti', 'siti'];

describeInBrowser('the class index in Chromium', () => {
  let browser: Browser;
  let index: string;
  /** A class of 40, the size axe-core checks in good time. */
  let small: string;
  let paper: string;
  let dir: string;

  beforeAll(async () => {
    dir = await tempDir();
    const quiz = (await builtinCatalog()).questions;
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    // Half lean one way on every trait (answers that mean something), half answer at random.
    const answer = (i: number, reverse: boolean) => {
      if (i % 2) return 1 + (next() % 5);
      const level = Math.min(5, Math.max(1, 3 + ((i >> 1) % 3) - 1 + ((next() % 3) - 1)));
      return reverse ? 6 - level : level;
    };
    const names = Array.from({ length: STUDENTS }, (_, i) => HOSTILE[i] ?? `Student ${i}`);
    const rows = names.map((name, i) => [`"2026/12/07"`, `"${name.replaceAll('"', '""')}"`, ...quiz.map((q) => answer(i, q.reverse))].join(','));
    const header = `\ufeffTimestamp,Name,${quiz.map((q) => `"${q.text.en}"`).join(',')}\r\n`;
    const input = join(dir, 'export.csv');
    await writeFile(input, `${header}${rows.join('\r\n')}\r\n`);
    await writeFile(join(dir, 'small.csv'), `${header}${rows.slice(0, 40).join('\r\n')}\r\n`);
    index = join(dir, 'reports', 'index.html');
    small = join(dir, 'small', 'index.html');
    paper = join(dir, 'paper.html');
    const [launched, scored, form] = await Promise.all([
      launch(),
      runCli(['assess', '--batch', input, '--format', 'html', '--output', join(dir, 'reports'), '--lang', 'en'], { env }),
      runCli(['assess', '--batch', join(dir, 'small.csv'), '--format', 'html', '--output', join(dir, 'small'), '--lang', 'id'], { env }),
      runCli(['form', '--format', 'html', '--lang', 'id', '--output', paper], { env }),
      mkdir(ARTIFACTS, { recursive: true }),
    ]);
    expect(scored.stderr).toMatch(new RegExp(`careerfit: ${STUDENTS} of ${STUDENTS} rows scored`));
    expect(form.status).toBe(0);
    browser = launched;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const open = async (file: string, width: number) => {
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('dialog', async (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, problems, url };
  };
  const js = <T>(page: Page, expression: string): Promise<T> => page.evaluate<T>(expression);
  const axe = async (page: Page) =>
    (await new AxeBuilder({ page }).analyze()).violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));

  it.each([390, 1280])('the index fits %i px, counts every student once, and passes axe-core', { timeout: 40_000 }, async (width) => {
    const { page, requests, problems, url } = await open(index, width);
    expect(await js(page, 'document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    const counts = await js<number[]>(page, "[...document.querySelectorAll('.counts strong')].map((e) => Number(e.textContent))");
    expect(counts[0]).toBe(STUDENTS);
    expect(counts[1]! + counts[3]!).toBe(STUDENTS);
    const bars = await js<number[]>(page, "[...document.querySelectorAll('.chart .score strong')].map((e) => Number(e.textContent))");
    expect(bars.reduce((a, b) => a + b, 0)).toBe(STUDENTS);
    expect(await page.locator('.class-table tbody tr').count()).toBe(STUDENTS);
    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
    await page.context().close();
    // axe-core on a class of 40, in Indonesian: the same markup, checked in seconds.
    const forty = await open(small, width);
    expect(await js(forty.page, 'document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await forty.page.screenshot({ path: join(ARTIFACTS, `class-index-${width}.png`), fullPage: true });
    expect(await axe(forty.page)).toEqual([]);
    await forty.page.context().close();
  });

  it('shows hostile names as text, runs nothing, and links each name to a page of its own', async () => {
    const { page, problems } = await open(index, 1280);
    const text = await page.locator('.class-table').innerText();
    for (const name of HOSTILE) expect(text).toContain(name);
    expect(await js(page, "document.querySelectorAll('script, img, iframe, object, embed').length")).toBe(0);
    const links = await js<string[]>(page, "[...document.querySelectorAll('.class-table a')].map((a) => a.getAttribute('href'))");
    expect(links).toHaveLength(STUDENTS);
    expect(new Set(links.map((l) => l.toLowerCase())).size).toBe(STUDENTS);
    expect(links).not.toContain('index.html');
    for (const link of links.slice(0, 10)) await access(join(dir, 'reports', decodeURIComponent(link)));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the index prints, the table across pages, nothing cut off', async () => {
    const { page } = await open(index, 1280);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdfPageCount(pdf)).toBeGreaterThan(1);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 690, height: 1000 });
    expect(await js<number>(page, "[...document.querySelectorAll('svg, table, .counts')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).length")).toBe(0);
    await page.context().close();
  });

  it.each([390, 1280])('the paper form fits %i px, passes axe-core, and prints on a few A4 pages', async (width) => {
    const { page, requests, url } = await open(paper, width);
    expect(await js(page, 'document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    expect(await page.locator('.sheet tbody tr').count()).toBe(34);
    await page.screenshot({ path: join(ARTIFACTS, `paper-form-${width}.png`), fullPage: true });
    expect(await axe(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await writeFile(join(ARTIFACTS, 'paper-form.pdf'), pdf);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(4);
    expect(requests).toEqual([url]);
    await page.context().close();
  });
});
