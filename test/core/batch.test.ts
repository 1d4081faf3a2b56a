import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '../../src/core/answers.js';
import { CsvRecords } from '../../src/core/batch/csv.js';
import { BatchReader, MAX_RECORD } from '../../src/core/batch/reader.js';
import { headerNames, normalizeHeader, parseCsvHeader, scaleValue, type CsvHeader } from '../../src/core/batch/header.js';
import { inputFromPath, inputFromText, parseCsvRecord, parseJsonRecord, type Parsed, type RowError } from '../../src/core/batch/rows.js';
import { csvCell, isRowError, jsonLine, prepareBatch, scorePerson, type Batch, type BatchResult } from '../../src/core/batch/score.js';
import { CareerfitError } from '../../src/core/errors.js';
import { allItems } from '../../src/core/items.js';
import { buildReport } from '../../src/core/report.js';
import { decodeCode } from '../../src/core/result-code.js';
import { TRAIT_IDS } from '../../src/core/traits.js';
import { builtinCatalog } from '../fake-context.js';
import { outcome } from '../helpers.js';

const catalog = await builtinCatalog();
const items = allItems(catalog);
const batch = prepareBatch(catalog, catalog.roles, 'en');
const roleIds = catalog.roles.map((r) => r.id);

/** Every trait at 3 except the ones given, as JSON Lines text. */
const traitsJson = (overrides: Record<string, unknown> = {}) => JSON.stringify({ ...Object.fromEntries(TRAIT_IDS.map((t) => [t, 3])), ...overrides });
const LEVELS = { empathy: 5, communication: 4, teamwork: 4, leadership: 2, social_awareness: 5, proactivity: 3, influence: 2, advocacy: 4 };

const person = (parsed: Parsed) => {
  if (!parsed.ok) throw new Error(`expected a person, got ${parsed.error.field}: ${parsed.error.message}`);
  return parsed.person;
};
const error = (parsed: Parsed): RowError => {
  if (parsed.ok) throw new Error('expected a bad row');
  return parsed.error;
};
/** A person of a row: an id and answers. */
const withId = (id: string | number, set: AnswerSet) => ({ id, ...set });

const result = (value: BatchResult | RowError): BatchResult => {
  if (isRowError(value)) throw new Error(`expected a result, got ${value.field}: ${value.message}`);
  return value;
};

/** A whole input through the reader: the output lines and the bad rows, as the CLI would see them. */
const read = (text: string | readonly (string | Uint8Array)[], output: 'json' | 'csv' = 'json', options: { batch?: Batch; input?: 'jsonl' | 'csv' } = {}) => {
  const lines: string[] = [];
  const bad: string[] = [];
  const notes: string[] = [];
  const reader = new BatchReader(
    options.batch ?? batch,
    'people',
    output,
    { line: (line) => lines.push(line), bad: (line, e) => bad.push(`${line}: ${e.field}: ${e.message}`), note: (text) => notes.push(text) },
    options.input,
  );
  for (const chunk of typeof text === 'string' ? [text] : text) reader.write(chunk);
  reader.end();
  return { lines, bad, notes, rows: reader.rows, reader, text: lines.join('') };
};

/** One CSV record's fields as the reader splits them (comma-separated), or undefined when a quoted field stays open. */
const splitCsv = (text: string): string[] | undefined => {
  let fields: string[] | undefined;
  const csv = new CsvRecords((event) => void ('record' in event && (fields = [...event.record.fields])), () => true, MAX_RECORD);
  text.split('\n').forEach((line, i) => csv.line(line, i + 1));
  return fields;
};

describe('input format', () => {
  it('comes from the extension, else from the first character', () => {
    expect(inputFromPath('class.jsonl')).toBe('jsonl');
    expect(inputFromPath('class.NDJSON')).toBe('jsonl');
    expect(inputFromPath('dir.v2/class.json')).toBe('jsonl');
    expect(inputFromPath('class.csv')).toBe('csv');
    expect(inputFromPath('class.txt')).toBeUndefined();
    expect(inputFromPath('dir.csv/class')).toBeUndefined();
    expect(inputFromText('{')).toBe('jsonl');
    expect(inputFromText('i')).toBe('csv');
  });
});

describe('JSON Lines records', () => {
  it('reads traits, answers and the id; the id defaults to the line number', () => {
    const a = person(parseJsonRecord(batch.items, `{"id":"siti","traits":${traitsJson()}}`, 4));
    expect(a.id).toBe('siti');
    expect(a.traits).toEqual(Object.fromEntries(TRAIT_IDS.map((t) => [t, 3])));
    const b = person(parseJsonRecord(batch.items, `{"answers":{"${items[0]!.id}":2},"traits":{"empathy":5}}`, 7));
    expect(b.id).toBe(7);
    expect(b.answers).toEqual({ [items[0]!.id]: 2 });
    expect(b.traits).toEqual({ empathy: 5 });
    expect(person(parseJsonRecord(batch.items, '{"id":42,"traits":{}}', 1)).id).toBe(42);
  });

  it.each([
    ['{"id":1,', 'row', /^not valid JSON \(/],
    ['[1,2]', 'row', 'expected an object with "traits" and/or "answers", got a list'],
    ['"text"', 'row', 'expected an object with "traits" and/or "answers", got "text"'],
    ['{"trait":{}}', 'trait', 'unknown field "trait" (did you mean "traits"?)'],
    ['{"__proto__":{},"traits":{}}', '__proto__', /^unknown field "__proto__"/],
    ['{"id":null}', 'id', 'expected text or a number, got null'],
    ['{"id":""}', 'id', 'expected text or a number, got ""'],
    ['{"traits":[3]}', 'traits', 'expected a map of trait levels, got a list'],
    ['{"answers":5}', 'answers', 'expected a map of question answers, got 5'],
    ['{"traits":{"empaty":3}}', 'traits.empaty', 'unknown trait "empaty" (did you mean "empathy"?)'],
    ['{"traits":{"__proto__":3}}', 'traits.__proto__', /^unknown trait "__proto__"/],
    ['{"traits":{"empathy":0}}', 'traits.empathy', 'expected a whole number from 1 to 5, got 0'],
    ['{"traits":{"empathy":6}}', 'traits.empathy', 'expected a whole number from 1 to 5, got 6'],
    ['{"traits":{"empathy":3.5}}', 'traits.empathy', 'expected a whole number from 1 to 5, got 3.5'],
    ['{"traits":{"empathy":"4"}}', 'traits.empathy', 'expected a whole number from 1 to 5, got "4"'],
    ['{"traits":{"empathy":null}}', 'traits.empathy', 'expected a whole number from 1 to 5, got null'],
    ['{"answers":{"empathy-99":3}}', 'answers.empathy-99', /^unknown question "empathy-99"/],
    ['{"traits":{"empathy":3,"empathy":4}}', 'row', 'the key "empathy" appears twice'],
    ['{"traits":{"empathy":3} , "traits" :{"empathy":4}}', 'row', 'the key "traits" appears twice'],
  ])('refuses %s', (text, field, message) => {
    const e = error(parseJsonRecord(batch.items, text, 1));
    expect(e.field).toBe(field);
    if (typeof message === 'string') expect(e.message).toBe(message);
    else expect(e.message).toMatch(message);
  });

  it('is not fooled by colons and quotes inside an id', () => {
    expect(person(parseJsonRecord(batch.items, `{"id":"a:\\"b\\": c","traits":{"empathy":3}}`, 1)).id).toBe('a:"b": c');
  });
});

describe('CSV', () => {
  it('splits fields with quotes, doubled quotes, commas and line breaks (RFC 4180)', () => {
    expect(splitCsv('a,b,,c,')).toEqual(['a', 'b', '', 'c', '']);
    expect(splitCsv('"Siti, A.",4')).toEqual(['Siti, A.', '4']);
    expect(splitCsv('"say ""hi""",""')).toEqual(['say "hi"', '']);
    expect(splitCsv('"two\nlines",3')).toEqual(['two\nlines', '3']);
    // A quote inside a field is an ordinary character; text after a closing quote is kept.
    expect(splitCsv('5"x,"a"b')).toEqual(['5"x', 'ab']);
    expect(splitCsv('"open,3')).toBeUndefined();
  });

  const names = headerNames(catalog);
  const header = (fields: string, idColumn?: string) => {
    const parsed = parseCsvHeader(names, fields.split(','), idColumn);
    if ('message' in parsed) throw new Error(parsed.message);
    return parsed;
  };
  const ALL_TRAITS = TRAIT_IDS.join(',');

  it('maps header columns to the id, traits and questions', () => {
    const h: CsvHeader = header(` id ,${ALL_TRAITS},${items[1]!.id}`);
    expect(h.names.slice(0, 2)).toEqual(['id', 'empathy']);
    const cells = (id: string, empathy: string, item: string) => [id, empathy, ...TRAIT_IDS.slice(1).map(() => ''), item];
    const p = person(parseCsvRecord(h, cells('s-1', ' 4 ', '2'), 3));
    expect(p).toMatchObject({ id: 's-1', traits: { empathy: 4 }, answers: { [items[1]!.id]: 2 } });
    // An empty trait cell leaves the trait to its statements; an empty id is the line number.
    expect(person(parseCsvRecord(h, cells('', '', '5'), 9))).toMatchObject({ id: 9, traits: {}, answers: { [items[1]!.id]: 5 } });
  });

  it('takes statements as the form shows them, in either language, and passes over columns it does not read', () => {
    const q = catalog.questions;
    const text = (i: number, lang: 'id' | 'en') => q[i]!.text[lang];
    const fields = [
      'Timestamp',
      'Nama',
      'Email',
      `  ${text(0, 'id').toUpperCase().replace(/,/g, ' ,')}  `,
      `How much like you is this? [${text(1, 'en').replace(/\./g, '')}]`,
      `“${text(2, 'en')}”`,
      ...q.slice(3).map((x) => x.id),
    ];
    const h = parseCsvHeader(names, fields);
    if ('message' in h) throw new Error(h.message);
    expect(h.columns.slice(0, 6)).toEqual([
      { kind: 'ignored' },
      { kind: 'id' },
      { kind: 'ignored' },
      { kind: 'answer', id: q[0]!.id, trait: q[0]!.trait },
      { kind: 'answer', id: q[1]!.id, trait: q[1]!.trait },
      { kind: 'answer', id: q[2]!.id, trait: q[2]!.trait },
    ]);
    expect(h.ignored).toEqual(['Timestamp', 'Email']);
    expect(h.idChoice).toEqual({ from: 'Nama', others: ['Email'] });
    expect(h.missing).toEqual([]);
    expect(normalizeHeader(' Saya “suka” — bekerja. ')).toBe('saya suka bekerja');
  });

  it('takes the id from --id-column, else id, name, nama or email, else the row number', () => {
    const rest = catalog.questions.map((q) => q.id).join(',');
    expect(header(`Email,Name,${rest}`).columns.slice(0, 2)).toEqual([{ kind: 'ignored' }, { kind: 'id' }]);
    expect(header(`ID,Name,${rest}`).columns.slice(0, 2)).toEqual([{ kind: 'id' }, { kind: 'ignored' }]);
    expect(header(`ID,Name,${rest}`, 'name').columns.slice(0, 2)).toEqual([{ kind: 'ignored' }, { kind: 'id' }]);
    expect(header(`Kelas,${rest}`).columns.some((c) => c.kind === 'id')).toBe(false);
    expect(parseCsvHeader(names, `Kelas,${rest}`.split(','), 'Nomor')).toMatchObject({ field: 'Nomor', message: /^--id-column names no column/ });
  });

  it('names statements the header lacks, and refuses a header that leaves a trait unanswered', () => {
    const q = catalog.questions;
    expect(header(['id', ...q.slice(1).map((x) => x.id)].join(',')).missing).toEqual([q[0]!.id]);
    const trait = q[0]!.trait;
    const without = parseCsvHeader(names, ['id', ...q.filter((x) => x.trait !== trait).map((x) => x.id)]);
    expect(without).toMatchObject({ field: 'row', message: new RegExp(`^no column answers 1 trait\\(s\\) \\(${trait}\\)`) });
  });

  it('refuses a header that names a column twice or nothing it reads', () => {
    expect(parseCsvHeader(names, ['id', 'emapthy', ...TRAIT_IDS])).toMatchObject({ ignored: ['emapthy (did you mean "empathy"?)'] });
    expect(parseCsvHeader(names, ['empathy', 'empathy'])).toEqual({ field: 'empathy', message: 'the column appears twice' });
    const q = catalog.questions[0]!;
    expect(parseCsvHeader(names, [...TRAIT_IDS, q.id, q.text.en])).toEqual({ field: columnNameOf(q.text.en), message: `the same statement as the column "${q.id}"` });
    expect(parseCsvHeader(names, ['id', 'Timestamp'])).toMatchObject({ field: 'row', message: /^the header names no statement, trait or question column/ });
  });

  it('reads a value as a number 1–5 or a label of the scale in either language', () => {
    expect(['1', '5', 'Sangat sesuai', 'very much like me', ' Tidak  sesuai ', 'Neither like nor unlike me'].map((v) => scaleValue(v.trim()))).toEqual([1, 5, 5, 5, 2, 3]);
    expect(['0', '6', '3.0', 'sesuai banget', ''].map(scaleValue)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('refuses a bad cell, a blank statement or a row of the wrong width, naming the column', () => {
    const h = header(`id,${ALL_TRAITS}`);
    const row = (cells: Record<number, string>) => ['a', ...TRAIT_IDS.map((_, i) => cells[i] ?? '3')];
    expect(error(parseCsvRecord(h, row({ 1: '9' }), 2))).toEqual({ field: TRAIT_IDS[1], message: 'expected a whole number from 1 to 5 or a label of the scale such as "Sangat sesuai" or "Not like me", got "9"' });
    expect(error(parseCsvRecord(h, row({ 1: '3.0' }), 2)).message).toMatch(/got "3\.0"$/);
    expect(error(parseCsvRecord(h, ['a', '4'], 2))).toEqual({ field: 'row', message: `2 fields, the header has ${TRAIT_IDS.length + 1}` });
    const q = catalog.questions;
    const statements = parseCsvHeader(names, ['nama', ...q.map((x) => x.text.id)]) as CsvHeader;
    const answers = (blank: readonly number[]) => ['Siti', ...q.map((_, i) => (blank.includes(i) ? ' ' : '4'))];
    expect(error(parseCsvRecord(statements, answers([2]), 5))).toEqual({ field: columnNameOf(q[2]!.text.id), message: 'no answer; every statement needs one' });
    expect(error(parseCsvRecord(statements, answers([2, 7]), 5)).message).toBe('no answer (nor in 1 more statement column(s)); every statement needs one');
  });
});

/** A column as messages name it: its header, cut at 60 characters. */
const columnNameOf = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);

describe('a whole input', () => {
  const ALL = TRAIT_IDS.join(',');
  const row = (id: string, level: (i: number) => number) => [id, ...TRAIT_IDS.map((_, i) => level(i))].join(',');

  it('reads CSV with a BOM, CRLF line ends, quoted fields across lines, and blank and empty rows', () => {
    const text = ['\ufeffid,' + ALL, row('"Siti, A."', (i) => 1 + (i % 5)), '', row('"two\r\nlines"', (i) => 5 - (i % 5)), ',' + TRAIT_IDS.map(() => '').join(','), ''].join('\r\n');
    const { lines, bad, rows } = read(text, 'csv');
    expect(bad).toEqual([]);
    expect(rows).toBe(2);
    expect(lines[0]).toBe(`id,code,top,close,fit,band,reliable,quality,${roleIds.join(',')}\n`);
    expect(lines[1]).toMatch(/^"Siti, A\.",3[0-9A-Z]{5}-/);
    // The quoted line break stays in the id (as \n: lines are split on LF, CRLF or not).
    expect(lines[2]).toMatch(/^"two\nlines",/);
    expect(lines).toHaveLength(3);
  });

  it('gives the same lines however the input is cut into chunks', () => {
    const text = `id,${ALL}\n${row('a', (i) => 1 + (i % 5))}\r\n${row('"b\n,c"', (i) => 1 + ((i * 3) % 5))}\n`;
    const whole = read(text, 'csv').text;
    expect(read(text.split(''), 'csv').text).toBe(whole);
    expect(read([text.slice(0, 7), text.slice(7, 100), text.slice(100)], 'csv').text).toBe(whole);
  });

  it('reports bad rows with their line numbers, and scores the rest in order', () => {
    const text = [
      `{"id":"a","traits":${traitsJson(LEVELS)}}`,
      '',
      '{"id":"b","traits":{"empaty":3}}',
      '{not json',
      `{"id":"c","traits":${traitsJson({ ...LEVELS, planning: 1 })}}`,
      '{"id":"d","traits":{"empathy":3}}',
      `{"id":"e","traits":${traitsJson()}}`,
    ].join('\n');
    const { lines, bad, rows } = read(text);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'c', 'e']);
    expect(rows).toBe(6);
    expect(bad).toHaveLength(3);
    expect(bad[0]).toBe('3: traits.empaty: unknown trait "empaty" (did you mean "empathy"?)');
    expect(bad[1]).toMatch(/^4: row: not valid JSON/);
    expect(bad[2]).toBe(`6: traits: missing answers for 16 trait(s): ${TRAIT_IDS.filter((t) => t !== 'empathy').join(', ')}`);
  });

  it('numbers a CSV row spanning lines by its first line, and refuses a quote never closed', () => {
    const { bad } = read(`id,${ALL}\n"x\ny",9${',3'.repeat(16)}\n"open,3\n`, 'json', { input: 'csv' });
    expect(bad).toEqual([
      '2: empathy: expected a whole number from 1 to 5 or a label of the scale such as "Sangat sesuai" or "Not like me", got "9"',
      '4: row: a quoted field opens on this line and is never closed',
    ]);
  });

  it('stops at a bad CSV header', () => {
    const result = outcome(() => read('\n\nid,Timestamp\n'));
    expect(result instanceof CareerfitError ? `${result.kind} ${result.message}` : 'no error').toBe(
      'usage people:3: row: the header names no statement, trait or question column (see `careerfit form` for the statements and their ids)',
    );
  });

  it('names the columns it does not read once, and counts who has no fit or unreliable answers', () => {
    const text = [`Timestamp,id,Skor,${ALL}`, `"2026/12/07 9:00",a,10,${TRAIT_IDS.map(() => 3).join(',')}`, `x,b,"a\nlong note",${TRAIT_IDS.map(() => 5).join(',')}`].join('\n');
    const { notes, bad, lines, reader } = read(text, 'csv');
    expect(bad).toEqual([]);
    expect(notes).toEqual(['people:1: not read: "Timestamp", "Skor" (not a statement, a trait or the id)']);
    expect(lines).toHaveLength(3);
    expect({ scored: reader.scored, noFit: reader.noFit, unreliable: reader.unreliable }).toEqual({
      scored: 2,
      noFit: lines.slice(1).filter((l) => l.split(',')[4] === 'false').length,
      unreliable: lines.slice(1).filter((l) => l.split(',')[6] === 'false').length,
    });
    // All answers 5 is straight-lining: not reliable, and so no fit and no close call.
    expect(lines[2]!.split(',').slice(2, 8)).toEqual(['', '', 'false', '', 'false', 'straight-lining']);
  });

  it('skips a row too long to be one, and reads on', () => {
    const long = `{"id":"${'x'.repeat(1024 * 1024)}"}`;
    for (const chunks of [[`${long}\n{"traits":${traitsJson()}}\n`], [long.slice(0, 5000), long.slice(5000), `\n{"traits":${traitsJson()}}\n`]]) {
      const { lines, bad, rows } = read(chunks);
      expect(bad).toEqual(['1: row: longer than 1 MiB; expected JSON Lines or CSV, one person a row']);
      expect(rows).toBe(2);
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({ id: 2 });
    }
  });

  it('skips a row that is not UTF-8, with its line number, and reads the rest', () => {
    // Latin-1, as an old spreadsheet saves it: é is the one byte 0xE9, which is not UTF-8.
    const bytes = Buffer.from([`id,${ALL}`, row('siti', () => 3), row('Jos\u00e9', () => 4), row('ani', () => 2)].join('\n'), 'latin1');
    const { lines, bad } = read([bytes], 'csv');
    expect(bad).toEqual(['3: row: is not valid UTF-8 text (save the file as UTF-8 and score it again)']);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['siti', 'ani']);
  });

  it('a stray quote in an answer costs its own row, not the rows after it', () => {
    const text = [`id,${ALL}`, row('a', () => 3), `b,"4${',3'.repeat(16)}`, ...Array.from({ length: 50 }, (_, i) => row(`r${i}`, () => 1 + (i % 5)))].join('\n');
    const { bad, lines, rows } = read(text, 'csv');
    expect(bad).toEqual(['3: row: a quoted field opens on this line and is never closed']);
    expect(rows).toBe(52);
    expect(lines).toHaveLength(1 + 51);
  });

  it('a quote never closed in an id is reported at its line, and the lines after it are read again as rows', () => {
    const text = [`id,${ALL}`, row('"Siti', () => 3), ...Array.from({ length: 5 }, (_, i) => row(`r${i}`, () => 2))].join('\n');
    const { bad, lines } = read(text, 'csv');
    expect(bad).toEqual(['2: row: a quoted field opens on this line and is never closed']);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });

  it('reads semicolon- and tab-separated exports, the delimiter taken from the header', () => {
    for (const d of [';', '\t']) {
      const text = [['id', ...TRAIT_IDS].join(d), ['"a;b"', ...TRAIT_IDS.map(() => 4)].join(d), ''].join('\r\n');
      const { lines, bad } = read(text, 'csv');
      expect(bad).toEqual([]);
      expect(lines[1]).toMatch(/^a;b,/);
    }
  });

  it('lets the sink stop at the first bad row (--strict)', () => {
    const seen: string[] = [];
    const reader = new BatchReader(batch, 'people', 'json', {
      line: (line) => seen.push(line),
      bad: (line, e) => {
        throw new Error(`${line}: ${e.field}`);
      },
      note: () => undefined,
    });
    expect(() => reader.write(`{"traits":${traitsJson()}}\n{"traits":{}}\n{"traits":${traitsJson()}}\n`)).toThrow('2: traits');
    expect(seen).toHaveLength(1);
  });
});

describe('results', () => {
  const set: AnswerSet = { answers: {}, traits: { ...Object.fromEntries(TRAIT_IDS.map((t) => [t, 3])), ...LEVELS } };
  const one = result(scorePerson(batch, withId('siti', set)));

  it('has the id, the code, the verdict, fit, reliability, quality, the close roles and every role ranked', () => {
    expect(Object.keys(one)).toEqual(['id', 'code', 'verdict', 'fit', 'reliable', 'quality', 'close', 'results']);
    const report = buildReport(catalog, set, 'en');
    expect(one).toEqual({
      id: 'siti',
      code: report.code,
      verdict: report.verdict,
      fit: report.fit,
      reliable: report.quality.reliable,
      quality: [...new Set(report.quality.notes.map((n) => n.code))],
      close: report.close,
      results: report.results.map((r) => ({ id: r.id, rank: r.rank, score: r.score, band: r.band })),
    });
    expect(one.results.map((r) => r.rank)).toEqual(roleIds.map((_, i) => i + 1));
    expect(decodeCode(catalog, one.code)).toEqual(set);
  });

  it('as a JSON line: the same object, one line, unsafe characters escaped', () => {
    const line = jsonLine(one);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(line).toBe(`${JSON.stringify(one)}\n`);
    const odd = { ...one, id: 'a"b\\c\n\u202e\u0085\ud800' };
    const escaped = jsonLine(odd);
    expect(JSON.parse(escaped)).toEqual(odd);
    expect(escaped).toContain('\\u202e');
    expect(escaped).toContain('\\u0085');
    expect(escaped).not.toMatch(/[\u202e\u0085]/);
  });

  it('as CSV: id, code, top, close, fit, band, reliable, quality, a score per role in catalog order', () => {
    const { lines } = read(`{"id":"Siti, A.","traits":${JSON.stringify(set.traits)}}\n`, 'csv');
    expect(lines[0]).toBe(`id,code,top,close,fit,band,reliable,quality,${roleIds.join(',')}\n`);
    expect(lines[1]).toMatch(/^"Siti, A\.",/);
    const cells = splitCsv(lines[1]!.trimEnd())!;
    expect(cells.slice(0, 8)).toEqual([
      'Siti, A.',
      one.code,
      one.fit ? one.results[0]!.id : '',
      one.reliable && one.close.length > 1 ? one.close.join(';') : '',
      String(one.fit),
      one.results[0]!.band ?? '',
      String(one.reliable),
      one.quality.join(';'),
    ]);
    expect(cells.slice(8).map(Number)).toEqual(roleIds.map((id) => one.results.find((r) => r.id === id)!.score));
    const titled = read(`{"traits":${JSON.stringify(set.traits)}}\n`, 'csv', { batch: prepareBatch(catalog, catalog.roles, 'en', { titles: true }) }).lines[0]!;
    expect(splitCsv(titled.trimEnd())!.slice(8)).toEqual(catalog.roles.map((r) => r.title.en));
    // A cell a spreadsheet would run as a formula is text.
    expect(['=1+1', '+1', '-2', '@SUM(A1)', '\tx'].map(csvCell)).toEqual(["'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx"]);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(7)).toBe('7');
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('speaks the chosen language, and lists only roles at or above --min-band', () => {
    const id = prepareBatch(catalog, catalog.roles, 'id', { minBand: 'good' });
    const translated = result(scorePerson(id, withId(1, set)));
    expect(translated.verdict).toBe(buildReport(catalog, set, 'id').verdict);
    expect(translated.results.every((r) => r.score >= 65)).toBe(true);
    expect(translated.results).toEqual(one.results.filter((r) => r.score >= 65));
  });

  it('names the missing traits', () => {
    expect(scorePerson(batch, withId(1, { answers: { [items[0]!.id]: 4 }, traits: {} }))).toEqual({
      field: 'traits',
      message: `missing answers for ${TRAIT_IDS.length - 1} trait(s): ${TRAIT_IDS.filter((t) => t !== items[0]!.trait).join(', ')}`,
    });
  });
});
