import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Lang } from '../../src/core/text.js';

/**
 * docs/glossary.md lists the wrong renderings of each domain term in its `not (id)` and `not (en)`
 * columns; no text in data/ may use them. Terms are in backticks; matching ignores case and takes
 * whole words; a leading `^` matches only at the start of a text, a trailing `*` any word it begins.
 */
interface Banned {
  readonly term: string;
  readonly lang: Lang;
  readonly pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const bannedPattern = (term: string): RegExp => {
  const start = term.startsWith('^');
  const prefix = term.endsWith('*');
  const body = escape(term.slice(start ? 1 : 0, prefix ? -1 : undefined));
  // Whole words: no letter or digit on either side (a term may itself end in punctuation).
  const before = start ? '^' : '(?<![\\p{L}\\p{N}])';
  const after = prefix ? '' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`${before}${body}${after}`, 'iu');
};

/** The glossary table's rows, cells trimmed, header and separator left out. */
const glossaryRows = (markdown: string): { header: string[]; rows: string[][] } => {
  const lines = markdown.split('\n').filter((line) => line.trim().startsWith('|'));
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  const [header, , ...rows] = lines.map(cells);
  return { header: header ?? [], rows };
};

const bannedTerms = (markdown: string): Banned[] => {
  const { header, rows } = glossaryRows(markdown);
  const columns: [Lang, number][] = [
    ['id', header.indexOf('not (id)')],
    ['en', header.indexOf('not (en)')],
  ];
  return rows.flatMap((row) =>
    columns.flatMap(([lang, column]) =>
      [...(row[column] ?? '').matchAll(/`([^`]+)`/g)].map((m) => ({ term: m[1]!, lang, pattern: bannedPattern(m[1]!) })),
    ),
  );
};

/** Every `{ id, en }` text in a parsed YAML document, with where it is. */
const texts = (node: unknown, path: string): { path: string; id: string; en: string }[] => {
  if (Array.isArray(node)) return node.flatMap((x, i) => texts(x, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.id === 'string' && typeof record.en === 'string' ? [{ path, id: record.id, en: record.en }] : [];
  return [...own, ...Object.entries(record).flatMap(([key, value]) => texts(value, `${path}.${key}`))];
};

const yamlFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [])),
  );
  return nested.flat().sort();
};

let glossary: string;
let banned: Banned[];
let data: { file: string; path: string; id: string; en: string }[];

beforeAll(async () => {
  glossary = await readFile('docs/glossary.md', 'utf8');
  banned = bannedTerms(glossary);
  const files = await yamlFiles('data');
  data = (await Promise.all(files.map(async (file) => texts(parse(await readFile(file, 'utf8')), file).map((t) => ({ file, ...t }))))).flat();
});

describe('docs/glossary.md', () => {
  it('is a table of terms with both languages and both "not" columns', () => {
    const { header, rows } = glossaryRows(glossary);
    expect(header).toEqual(['id', 'en', 'meaning', 'not (id)', 'not (en)']);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      expect(row, row.join(' | ')).toHaveLength(5);
      expect(row[0], row.join(' | ')).not.toBe('');
      expect(row[1], row.join(' | ')).not.toBe('');
    }
  });

  it('covers the domain terms', () => {
    const terms = glossaryRows(glossary).rows.map((row) => row[0]!.toLowerCase()).join('\n');
    for (const term of ['okp', 'ormas', 'lsm', 'pemberdayaan', 'pendamping', 'relawan', 'okupasional', 'pekerja sosial', 'konsultan', 'advokasi', 'program', 'realitas'])
      expect(terms, term).toContain(term);
  });

  it('lists the renderings the issue names as wrong', () => {
    const terms = banned.map((b) => `${b.lang}:${b.term}`);
    for (const term of ['en:companion*', 'id:realita', 'id:non-pemerintah', 'id:Organisasi Kemasyarakatan (OKP)', 'en:program', 'id:^Kenyataannya,', 'en:^In reality,'])
      expect(terms, term).toContain(term);
  });
});

describe('the patterns', () => {
  it('match whole words, starts of text and prefixes as documented', () => {
    expect(bannedPattern('program').test('Plan and run programmes.')).toBe(false);
    expect(bannedPattern('program').test('a community program manager')).toBe(true);
    expect(bannedPattern('realita').test('Realitas: semua')).toBe(false);
    expect(bannedPattern('realita').test('tidak sesuai dengan realita.')).toBe(true);
    expect(bannedPattern('^Kenyataannya,').test('Kenyataannya, mereka')).toBe(true);
    expect(bannedPattern('^Kenyataannya,').test('Itu tidak sesuai kenyataannya, jadi')).toBe(false);
    expect(bannedPattern('companion*').test('facilitators or companions to')).toBe(true);
    expect(bannedPattern('Organisasi Kemasyarakatan (OKP)').test('Aktivis Organisasi Kemasyarakatan Pemuda (OKP)')).toBe(false);
    expect(bannedPattern('Organisasi Kemasyarakatan (OKP)').test('Aktivis Organisasi Kemasyarakatan (OKP)')).toBe(true);
  });
});

describe('data/ uses the glossary', () => {
  it('reads every text of every data file', () => {
    expect(data.length).toBeGreaterThan(100);
    const files = new Set(data.map((t) => t.file));
    for (const file of ['data/groups.yaml', 'data/questions.yaml', 'data/traits.yaml', 'data/roles/aktivis-okp.yaml']) expect(files, file).toContain(file);
    expect([...files].filter((f) => f.startsWith('data/roles/')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(['id', 'en'] as const)('no %s text uses a wrong term', (lang) => {
    const found = data.flatMap((t) => banned.filter((b) => b.lang === lang && b.pattern.test(t[lang])).map((b) => `${t.path}: "${b.term}" in ${JSON.stringify(t[lang])}`));
    expect(found).toEqual([]);
  });
});
