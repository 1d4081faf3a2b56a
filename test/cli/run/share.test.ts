import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../fake-context.js';
import { ALL_TRAITS_3, fixture, tempDirs } from '../../helpers.js';

const tempDir = tempDirs('share');

interface Report {
  lang: string;
  code: string;
  levels: Record<string, number>;
  quality: { ok: boolean; notes: { code: string; message: string; traits: string[] }[] };
  results: { id: string; rank: number; score: number; band: string }[];
}

const report = async (args: string[]) => {
  const result = await runInProcess(['assess', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Report;
};

const answerFile = async (text: string) => {
  const dir = await tempDir();
  await writeFile(join(dir, 'me.yaml'), text);
  return join(dir, 'me.yaml');
};

describe('answer quality in every format', () => {
  it('trusts varied, consistent answers', async () => {
    expect((await report(['--answers', fixture('advocate.yaml')])).quality).toEqual({ ok: true, reliable: true, notes: [] });
  });

  it('flags straight-lining and a flat ranking when every answer is the same', async () => {
    const json = await report([...ALL_TRAITS_3, '--lang', 'en']);
    expect(json.quality.ok).toBe(false);
    expect(json.quality.notes.map((n) => n.code)).toContain('straight-lining');
    const text = await runInProcess(['assess', ...ALL_TRAITS_3, '--lang', 'en']);
    const notes = text.stdout.indexOf('About your answers');
    expect(notes).toBeGreaterThan(0);
    expect(notes).toBeLessThan(text.stdout.indexOf('Ranking'));
    expect(text.stdout).toContain('Your answers were almost all the same, so the ranking below says little.');
    const markdown = await runInProcess(['assess', ...ALL_TRAITS_3, '--lang', 'id', '--format', 'markdown']);
    expect(markdown.stdout).toContain('## Tentang jawabanmu');
    expect(markdown.stdout).toContain('Jawabanmu hampir semuanya sama');
    // The ranking table speaks the report's language too.
    expect(markdown.stdout).toContain('| # | Peran | Skor | Kecocokan |');
  });

  it('flags a contradicting pair of questions, naming the trait', async () => {
    // empathy-1 is 5; a reverse-keyed empathy-2 of 5 flips to 1: four points apart.
    const file = await answerFile((await readFile(fixture('question-answers.yaml'), 'utf8')).replace('empathy-2: 2', 'empathy-2: 5'));
    const json = await report(['--answers', file, '--lang', 'en']);
    expect(json.quality.notes).toContainEqual({
      code: 'inconsistent-pair',
      traits: ['empathy'],
      message: 'Your two answers about Empathy say opposite things, so that trait is uncertain.',
    });
  });
});

describe('result code', () => {
  it('rebuilds exactly the same report, in any language and format', async () => {
    const original = await report(['--answers', fixture('question-answers.yaml'), '--trait', 'profit_focus=1', '--lang', 'en']);
    const again = await report(['--code', original.code, '--lang', 'en']);
    expect(again).toEqual(original);
    const indonesian = await report(['--code', original.code.toLowerCase(), '--lang', 'id']);
    expect(indonesian.results).toEqual(original.results.map((r) => expect.objectContaining({ id: r.id, score: r.score, band: r.band })));
    const text = await runInProcess(['assess', '--code', original.code]);
    expect(text.stdout).toContain(`Result code: ${original.code}\n`);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain(`Rerun: careerfit assess --code ${original.code} `);
    const markdown = await runInProcess(['assess', '--code', original.code, '--format', 'markdown']);
    expect(markdown.stdout).toContain(`\`${original.code}\``);
  });

  it('refuses a mistyped code, and --code with other answers, with exit 2', async () => {
    const { code } = await report(ALL_TRAITS_3);
    const flipped = code.replace(/[0-9A-Z](?=[^-]*$)/, (ch) => (ch === '0' ? '1' : '0'));
    for (const [args, message] of [
      [['--code', flipped], 'careerfit: result code: the check character does not match; a character is probably mistyped'],
      [['--code', code.replaceAll('-', '').slice(0, -2)], `careerfit: result code: ${code.replaceAll('-', '').length - 2} characters, expected ${code.replaceAll('-', '').length}`],
      [['--code', `9${code.slice(1)}`], 'careerfit: result code: version 9 is unknown; this careerfit reads versions up to 3'],
      [['--code', code, '--answers', fixture('advocate.yaml')], 'careerfit: --code holds all the answers; it cannot be combined with --answers (add --trait to change a trait on top of it)'],
    ] as const) {
      const result = await runInProcess(['assess', ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(message);
    }
  });
});

describe('result code with --trait', () => {
  it('decodes the code, then sets the traits given ("what if I were stronger at…")', async () => {
    const original = await report(['--answers', fixture('question-answers.yaml'), '--lang', 'en']);
    const whatIf = await report(['--code', original.code, '--trait', 'advocacy=5', '--trait', 'influence=1', '--lang', 'en']);
    expect(whatIf.levels).toEqual({ ...original.levels, advocacy: 5, influence: 1 });
    expect(whatIf.code).not.toBe(original.code);
  });
});

describe('role filters', () => {
  const ids = (r: Report) => r.results.map((x) => x.id);

  it('ranks only the roles asked for, or all but the excluded ones', async () => {
    expect(ids(await report(['--answers', fixture('advocate.yaml'), '--only', 'pekerja-sosial,aktivis-okp']))).toEqual(['aktivis-okp', 'pekerja-sosial']);
    const rest = ids(await report(['--answers', fixture('advocate.yaml'), '--exclude', 'aktivis-okp', '--exclude', 'manajer-proyek']));
    expect(rest).toHaveLength(4);
    expect(rest).not.toContain('aktivis-okp');
  });

  it('lists only roles at or above --min-band', async () => {
    const all = await report(['--answers', fixture('advocate.yaml')]);
    const strong = await report(['--answers', fixture('advocate.yaml'), '--min-band', 'strong']);
    expect(strong.results).toEqual(all.results.filter((r) => r.band === 'strong'));
    expect(strong.results.length).toBeLessThan(all.results.length);
  });

  it('refuses unknown ids with a suggestion', async () => {
    const result = await runInProcess(['assess', ...ALL_TRAITS_3, '--only', 'aktivis,pekerja-sosial']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('careerfit: --only aktivis: unknown role "aktivis" (did you mean "aktivis-okp"?)\n');
    const band = await runInProcess(['assess', ...ALL_TRAITS_3, '--min-band', 'great']);
    expect(band.status).toBe(2);
    expect(band.stderr).toBe("careerfit: option '--min-band <band>': 'great' is not one of strong, good, partial, weak\n");
  });
});
