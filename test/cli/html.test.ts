// The HTML report without a browser: escaping, the CSP, the language, every section in both
// languages, and `--format html` through assess, the quiz and --batch. test/e2e/html-browser.test.ts
// opens the same pages in Chromium.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessCommand } from '../../src/cli/commands/assess.js';
import { quizCommand } from '../../src/cli/commands/quiz.js';
import { fileStem } from '../../src/cli/batch/html-pages.js';
import { CSP, esc } from '../../src/cli/render/html-shell.js';
import { BIG_GAP, gapOf, renderHtml, reportDate } from '../../src/cli/render/html.js';
import { buildReport, type Report } from '../../src/core/report.js';
import type { Lang } from '../../src/core/text.js';
import { htmlPageView } from '../../src/core/views/html-page.js';
import { reportView } from '../../src/core/views/report.js';
import { TRAIT_IDS, type TraitId } from '../../src/core/traits.js';
import { builtinCatalog, fakeContext } from '../fake-context.js';
import { makeCatalog, makeRole, tempDirs, traitAnswers } from '../helpers.js';

const tempDir = tempDirs('html');
const DATE = new Date(Date.UTC(2026, 4, 4, 12));
const SCRIPT = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';

/** The advocate of test/fixtures/advocate.yaml: aktivis-okp first, a gap or two in the top three. */
const ADVOCATE: Readonly<Record<TraitId, number>> = {
  empathy: 3,
  communication: 4,
  teamwork: 4,
  leadership: 5,
  social_awareness: 5,
  proactivity: 5,
  influence: 5,
  advocacy: 5,
  analytical: 3,
  decision_making: 3,
  planning: 3,
  resilience: 4,
  innovation: 3,
  helping_motivation: 4,
  dedication: 5,
  direct_service: 2,
  profit_focus: 2,
};

const report = async (lang: Lang, traits: Readonly<Record<TraitId, number>> = ADVOCATE): Promise<Report> =>
  buildReport(await builtinCatalog(), { answers: {}, traits }, lang);

const render = (r: Report, top = 3): string => renderHtml(htmlPageView(reportView(r, { top }), DATE));

/** Text content of the page, roughly: tags dropped, the entities this renderer writes decoded. */
const text = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const HEADINGS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Career fit report', 'Verdict', 'Ranking', 'Your profile', 'Big gaps', 'Why', 'Who fits', 'Warning signs', 'Misconceptions', 'Expectations', 'How it differs', 'Next steps: groups to join', 'How to join', 'Result code'],
  id: ['Laporan kecocokan karier', 'Kesimpulan', 'Peringkat', 'Profilmu', 'Selisih besar', 'Alasan', 'Siapa yang cocok', 'Tanda peringatan', 'Miskonsepsi', 'Ekspektasi', 'Perbedaan', 'Langkah selanjutnya: kelompok yang bisa kamu ikuti', 'Cara bergabung', 'Kode hasil'],
};

describe('renderHtml', () => {
  it.each(['en', 'id'] as const)('has every section in %s, from the report model', async (lang) => {
    const r = await report(lang);
    const html = render(r);
    const page = text(html);
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang}"`));
    for (const heading of HEADINGS[lang]) expect(html).toMatch(new RegExp(`<h[123][^>]*>${heading}</h[123]>`));
    expect(page).toContain(r.verdict);
    // Every ranked role, three in full.
    for (const x of r.results) expect(page).toContain(x.title);
    expect(html.match(/<article class="card role"/g)).toHaveLength(3);
    const shown = reportView(r, { top: 3 }).shown;
    for (const [i, x] of r.results.slice(0, 3).entries()) {
      expect(page).toContain(x.summary);
      // The reasons as the report words them (those of one kind and importance in one sentence).
      for (const line of shown[i]!.why) expect(page).toContain(line.text);
      if (x.fit) expect(page).toContain(x.fit);
      for (const m of x.misconceptions) expect(page).toContain(m.reality);
      for (const e of x.expectations) expect(page).toContain(e.expectation);
      for (const d of x.differences) expect(page).toContain(d.text);
      for (const g of x.groups) expect(page).toContain(g.why);
    }
    for (const step of r.groups.flatMap((g) => g.join)) expect(page).toContain(step);
    // All 17 levels, by name.
    for (const id of TRAIT_IDS) expect(page).toContain(r.labels[id]);
    expect(html.match(/<tbody>[\s\S]*<\/tbody>/)![0].match(/<tr>/g)).toHaveLength(TRAIT_IDS.length);
    // The code, the command that rebuilds the report, and the date.
    expect(page).toContain(r.code);
    expect(page).toContain(`careerfit assess --code ${r.code}`);
    expect(html).toContain(`<time datetime="2026-05-04">${lang === 'en' ? '4 May 2026' : '4 Mei 2026'}</time>`);
  });

  it('flags each big gap in the chart and gives, under its role, the reason the role itself gives', async () => {
    const r = await report('en');
    const html = render(r);
    const articles = html.split('<article class="card role"').slice(1);
    let flagged = 0;
    for (const [i, x] of r.results.slice(0, 3).entries()) {
      const gaps = x.profile.filter((p) => gapOf(p, r.levels[p.trait]) >= BIG_GAP);
      flagged += gaps.length;
      const list = articles[i]!.match(/<ul class="gaps">[\s\S]*?<\/ul>/)?.[0] ?? '';
      expect(list.match(/<li>/g) ?? []).toHaveLength(gaps.length);
      for (const p of gaps) {
        expect(text(list)).toContain(`${p.label} (gap of ${gapOf(p, r.levels[p.trait])}): this role asks for ≥ ${p.ideal}; you are at ${r.levels[p.trait]}.`);
        const reason = x.reasons.find((y) => y.trait === p.trait);
        if (reason) expect(text(list)).toContain(`Why: ${reason.message}`);
      }
    }
    expect(flagged).toBeGreaterThan(0);
    expect(html.match(/<td class="ideal gap">/g)).toHaveLength(flagged);
  });

  it('names a warning as the reason for a gap when the warning looked at that trait', () => {
    const role = makeRole('needs-talk', { communication: { ideal: 5, weight: 3 } }, {
      rules: [{ id: 'quiet', when: { trait: 'communication', op: 'lte', value: 2 }, event: { adjust: -10, warning: { id: 'Terlalu pendiam', en: 'Too quiet for the role' } } }],
    });
    const r = buildReport(makeCatalog([role]), { answers: {}, traits: traitAnswers({ communication: 1 }) }, 'en');
    expect(r.results[0]!.profile).toEqual([{ trait: 'communication', label: 'Communication', ideal: 5, direction: 'at-least', weight: 3, warnings: ['quiet'] }]);
    const gaps = render(r).match(/<ul class="gaps">[\s\S]*?<\/ul>/)![0];
    expect(gaps).toContain('Too quiet for the role');
    expect(gaps).toContain('(gap of 4)');
  });

  it('shows the close-call note, answer-quality notes and limits when the report has them', async () => {
    const r = await report('en');
    const html = render(
      {
        ...r,
        close: [r.results[0]!.id, r.results[1]!.id],
        closeNote: { message: 'Too close to call between A and B.', separators: ['A puts more weight on X.'] },
        quality: { ok: false, reliable: true, notes: [{ code: 'agreement-bias', message: 'You agreed with opposites.', traits: [] }] },
      },
    );
    const page = text(html);
    expect(page).toContain('Too close to call between A and B.');
    expect(page).toContain('A puts more weight on X.');
    expect(page).toContain('About your answers');
    expect(page).toContain('You agreed with opposites.');
    expect(page).toContain('too close to call with #1');
  });

  it('escapes every piece of text: hostile titles stay text', () => {
    const hostile = (id: string, title: string) =>
      makeRole(id, { empathy: { ideal: 5, weight: 2 } }, {
        title: { id: title, en: title },
        summary: { id: title, en: `${title} & more` },
        misconceptions: [{ myth: { id: title, en: title }, reality: { id: 'x', en: `'${title}'` } }],
        differences: [{ role: 'other', text: { id: title, en: title } }],
      });
    const catalog = makeCatalog([hostile('a', SCRIPT), hostile('b', BREAKOUT)], { origins: { a: `roles/${SCRIPT}.yaml`, b: 'roles/b.yaml' } });
    const html = render(buildReport(catalog, { answers: {}, traits: traitAnswers({ empathy: 1 }) }, 'en'));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(text(html)).toContain(`${SCRIPT} & more`);
    expect(text(html)).toContain(`from roles/${SCRIPT}.yaml`);
    // Every tag the page has is one the renderer writes.
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)[\s>/]/g)].map((m) => m[1]));
    const written = ['article', 'b', 'body', 'caption', 'code', 'dd', 'div', 'dl', 'dt', 'h1', 'h2', 'h3', 'head', 'header', 'html', 'li', 'line', 'main', 'meta', 'ol', 'p', 'rect', 'section', 'span', 'strong', 'style', 'svg', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'title', 'tr', 'ul'];
    expect([...tags].filter((t) => !written.includes(t!))).toEqual([]);
  });

  it('drops control and bidirectional characters from text', () => {
    expect(esc('a\u202eb\u0007c\u009bd <&>"\'')).toBe('abcd &lt;&amp;&gt;&quot;&#39;');
  });

  it('forbids scripts and remote loads, and needs neither', async () => {
    const html = render(await report('en'));
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    expect(meta?.[1]).toBe(CSP);
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).not.toMatch(/script-src|unsafe-eval|http/);
    // Nothing that would load: no script, link, image, frame, font, import or url().
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|base|form)\b/i);
    expect(html).not.toMatch(/@import|url\(|@font-face|\bsrc=|\bhref=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('draws bars from the numbers: one per ranked role and one per trait level', async () => {
    const r = await report('en');
    const html = render(r);
    const ranking = html.match(/<ol class="ranking">[\s\S]*?<\/ol>/)![0];
    expect(ranking.match(/<svg/g)).toHaveLength(r.results.length);
    for (const x of reportView(r, { top: 3 }).results) expect(ranking).toContain(`<rect class="bar-${x.look}" width="${x.score.toFixed(2)}"`);
    const profile = html.match(/<table class="profile">[\s\S]*?<\/table>/)![0];
    expect(profile.match(/<svg/g)).toHaveLength(TRAIT_IDS.length);
    expect(profile).toContain(`<rect class="bar-you" width="${((r.levels.empathy / 5) * 100).toFixed(2)}"`);
  });

  it('takes its date from SOURCE_DATE_EPOCH when set', () => {
    const now = new Date(0);
    expect(reportDate({}, now)).toBe(now);
    expect(reportDate({ SOURCE_DATE_EPOCH: '1777896000' }, now).toISOString()).toBe('2026-05-04T12:00:00.000Z');
    expect(reportDate({ SOURCE_DATE_EPOCH: 'soon' }, now)).toBe(now);
  });
});

describe('fileStem', () => {
  it('makes a safe, unique file name of any id', () => {
    const taken = new Set<string>();
    expect(fileStem('siti', taken)).toBe('siti');
    expect(fileStem('Siti', taken)).toBe('Siti~2');
    expect(fileStem('../../etc/passwd', taken)).toBe('etc-passwd');
    expect(fileStem('..', taken)).toBe('person');
    expect(fileStem('', taken)).toBe('person~2');
    expect(fileStem('Budi Santoso / kelas 9', taken)).toBe('Budi-Santoso-kelas-9');
    expect(fileStem('Ñoño', taken)).toBe('Ñoño');
    expect(fileStem('x'.repeat(200), taken)).toHaveLength(80);
  });

  it('never gives a later duplicate a name another row really has', () => {
    const taken = new Set<string>();
    // dup, dup, dup-2, Dup: the second dup must not take dup-2's page, nor Dup the first's.
    expect(['dup', 'dup', 'dup-2', 'Dup'].map((id) => fileStem(id, taken))).toEqual(['dup', 'dup~2', 'dup-2', 'Dup~3']);
    // A real id can never hold the mark of a made name.
    expect(fileStem('dup~2', taken)).toBe('dup-2~2');
  });

  it('gives the names Windows keeps for devices a safe form', () => {
    const taken = new Set<string>();
    expect(['CON', 'nul', 'COM1', 'aux', 'lpt9.txt', 'console'].map((id) => fileStem(id, taken))).toEqual(['CON~', 'nul~', 'COM1~', 'aux~', 'lpt9.txt~', 'console']);
  });
});

describe('--format html', () => {
  const ADVOCATE_FLAGS = Object.entries(ADVOCATE).map(([id, level]) => `${id}=${level}`);
  const assess = { lang: 'en', top: 3, color: false, traits: ADVOCATE_FLAGS, formatGiven: true } as const;
  const env = { LANG: 'C', SOURCE_DATE_EPOCH: '1777896000' };

  it('assess writes the page to standard output or --output', async () => {
    const { ctx, stdout } = fakeContext({ env });
    await assessCommand({ ...assess, format: 'html' }, ctx);
    expect(stdout.text).toBe(render(await report('en')));
    const file = join(await tempDir(), 'report.html');
    const again = fakeContext({ env });
    await assessCommand({ ...assess, format: 'html', output: file }, again.ctx);
    expect(again.stdout.text).toBe('');
    expect(await readFile(file, 'utf8')).toBe(stdout.text);
  });

  it('the quiz writes the page to -o and its answers to --save', async () => {
    const dir = await tempDir();
    const output = join(dir, 'report.html');
    const save = join(dir, 'me.yaml');
    let n = 0;
    const { ctx, stdout, stderr } = fakeContext({ env });
    await quizCommand({ format: 'html', lang: 'id', top: 3, color: false, output, save }, ctx, async () => (n++ % 5) + 1);
    expect(stdout.text).toBe('');
    const html = await readFile(output, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="id"/);
    expect(html).toContain('Kode hasil');
    expect(await readFile(save, 'utf8')).toMatch(/^# careerfit answers/);
    expect(stderr.text).toContain(save);
  });

  it('--batch writes one full page per person into --output DIR', async () => {
    const dir = await tempDir();
    const input = join(dir, 'class.jsonl');
    const row = (id: string, traits: Readonly<Record<string, number>>) => JSON.stringify({ id, traits });
    await writeFile(input, [row('siti', ADVOCATE), row('budi/../x', { ...ADVOCATE, direct_service: 5, advocacy: 2 }), row('siti', ADVOCATE)].join('\n'));
    const out = join(dir, 'pages');
    const { ctx, stdout } = fakeContext({ env });
    await assessCommand({ ...assess, traits: [], batch: input, format: 'html', output: out }, ctx);
    expect(stdout.text).toBe('');
    expect((await readdir(out)).sort()).toEqual(['budi-..-x.html', 'index.html', 'siti.html', 'siti~2.html']);
    // Each page names the person it is for, in its title and heading.
    const siti = await readFile(join(out, 'siti.html'), 'utf8');
    expect(siti).toContain('<title>Career fit report: siti — careerfit</title>');
    expect(siti).toContain('<h1>Career fit report: siti</h1>');
    expect(siti.replaceAll(': siti', '')).toBe(render(await report('en')));
    expect(await readFile(join(out, 'budi-..-x.html'), 'utf8')).toContain('<h1>Career fit report: budi/../x</h1>');
  });

  it('--batch --format html needs --output', async () => {
    const dir = await tempDir();
    const input = join(dir, 'class.jsonl');
    await writeFile(input, `${JSON.stringify({ traits: ADVOCATE })}\n`);
    const { ctx } = fakeContext({ env });
    await expect(assessCommand({ ...assess, traits: [], batch: input, format: 'html' }, ctx)).rejects.toThrow('name a folder with --output DIR');
  });
});
