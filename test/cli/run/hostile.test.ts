/**
 * Hostile and malformed input, in process: answer files and flags through `run`, role folders at
 * module level, hostile role texts through every renderer. Every refusal: exit 2, one clear
 * message on stderr (exact first line), nothing on stdout, no stack trace. What needs a real
 * process (time and memory limits, endless devices, another user) is test/e2e/hostile.test.ts.
 */
import { readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { loadAnswersFile } from '../../../src/cli/input/answers-file.js';
import { loadRoleDir } from '../../../src/cli/input/catalog-dir.js';
import { defaultStyle } from '../../../src/cli/output/display.js';
import { renderRoleMarkdown, renderRoleText } from '../../../src/cli/render/role.js';
import { withRoles } from '../../../src/core/catalog.js';
import { CareerfitError } from '../../../src/core/errors.js';
import { TRAIT_IDS } from '../../../src/core/traits.js';
import type { Catalog } from '../../../src/core/types.js';
import { roleView } from '../../../src/core/views/role.js';
import { builtinCatalog, runInProcess } from '../../fake-context.js';
import { allTraits, expectUsage, fixture, rejection, settled, tempDirs } from '../../helpers.js';

/** Anything a terminal would act on: C0 (bar \t and \n), DEL, C1, bidi controls. */
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const hostile = (name: string) => fixture(`hostile/${name}`);
const ALL = allTraits;

const tempDir = tempDirs('hostile');

const tempFile = async (content: string | Uint8Array, name = 'me.yaml') => {
  const file = join(await tempDir(), name);
  await writeFile(file, content);
  return file;
};

const assessFile = (file: string, extra: string[] = []) => runInProcess(['assess', '--answers', file, ...extra]);

describe('YAML syntax errors name file:line:col', () => {
  it.each([
    ['an unclosed single quote', "traits:\n  empathy: '4\n", "3:1 Missing closing 'quote"],
    ['an unclosed flow map', 'traits: {empathy: 4\n', '2:1 Flow map in block collection must be sufficiently indented and end with a }'],
    ['a tab on a later line', 'traits:\n  empathy: 4\n\tteamwork: 4\n', '3:1 Tabs are not allowed as indentation'],
    ['a duplicate top-level section', 'traits:\n  empathy: 4\ntraits:\n  empathy: 5\n', '3:1 Map keys must be unique'],
    ['a duplicate trait (duplicate key inside traits)', 'traits:\n  teamwork: 2\n  empathy: 4\n  empathy: 5\n', '4:3 Map keys must be unique'],
    ['a duplicate question answer', 'answers:\n  empathy-1: 4\n  empathy-1: 5\n', '3:3 Map keys must be unique'],
    ['a duplicate key in JSON', '{"traits": {"empathy": 4, "empathy": 5}}', '1:27 Map keys must be unique'],
  ])('%s', async (_label, text, where) => {
    const file = await tempFile(text);
    expectUsage(await assessFile(file), `careerfit: ${file}:${where}`, { lines: 1 });
  });

  // The yaml library's own message ("please use YAML.parseAllDocuments()") speaks to programmers.

  it('reports a second YAML document with a plain message, not a library hint', async () => {
    const file = await tempFile('traits: {empathy: 4}\n---\ntraits: {empathy: 5}\n');
    const result = await assessFile(file);
    expectUsage(result, new RegExp(`^careerfit: ${file}:2:1 `), { lines: 1 });
    // The `yaml` library's advice to call its own API is meaningless to a user.
    expect(result.stderr).not.toContain('parseAllDocuments');
  });
});

describe('recursive aliases', () => {
  it('rejects an alias that contains itself', async () => {
    const file = await tempFile('traits: &t\n  empathy: 4\n  self: *t\n');
    expectUsage(await assessFile(file), `careerfit: ${file}:3:9 traits.self: refers to itself (a recursive alias)`, { lines: 1 });
  });
});

describe('__proto__, constructor and prototype keys', () => {
  it('rejects __proto__ at the top of an answer file', async () => {
    const file = hostile('proto-keys.yaml');
    expectUsage(await assessFile(file), `careerfit: ${file}:2:1 __proto__: unknown field "__proto__"`, { lines: 1 });
  });

  it('refuses __proto__ inside traits like any unknown key, at its line and column', async () => {
    const file = hostile('proto-trait.yaml');
    expectUsage(await assessFile(file, ['--format', 'json']), `careerfit: ${file}:20:3 traits.__proto__: unknown trait "__proto__"`, { lines: 1 });
  });

  it.each([
    ['constructor', 'traits:\n  constructor: 4\n', '2:3 traits.constructor: unknown trait "constructor"'],
    ['prototype', 'traits:\n  prototype: 4\n', '2:3 traits.prototype: unknown trait "prototype"'],
    ['constructor.prototype (JSON)', '{"traits": {"constructor": {"prototype": {"polluted": 1}}}}', '1:13 traits.constructor: unknown trait "constructor"'],
    ['a question id "constructor"', 'answers:\n  constructor: 4\n', /^careerfit: .*:2:3 answers\.constructor: unknown question "constructor"/],
    // With every trait given, so nothing but the key itself could refuse the file.
    ['a question id "__proto__"', `answers:\n  __proto__: 4\ntraits: {${TRAIT_IDS.map((t) => `${t}: 3`).join(', ')}}\n`, /^careerfit: .*:2:3 answers\.__proto__: unknown question "__proto__"/],
    ['prototype at the top', 'prototype: {polluted: 1}\ntraits: {empathy: 4}\n', '1:1 prototype: unknown field "prototype"'],
  ])('rejects %s', async (_label, text, message) => {
    const file = await tempFile(text);
    expectUsage(await assessFile(file), typeof message === 'string' ? `careerfit: ${file}:${message}` : message);
  });

  it('rejects __proto__ and constructor as --trait names', async () => {
    expectUsage(await runInProcess(['assess', '--trait', '__proto__=3']), 'careerfit: --trait __proto__=3: unknown trait "__proto__"', { lines: 1 });
    expectUsage(await runInProcess(['assess', '--trait', 'constructor=3']), 'careerfit: --trait constructor=3: unknown trait "constructor"', { lines: 1 });
  });

  it('leaves Object.prototype clean when answer files carry such keys (in process)', async () => {
    const { questions } = await builtinCatalog();
    const texts = [
      'traits:\n  __proto__: { polluted: yes }\n  empathy: 4\n',
      '{"traits": {"__proto__": {"polluted": 1}, "empathy": 4}}',
      '{"__proto__": {"polluted": 1}, "traits": {"empathy": 4}}',
      'answers:\n  __proto__: { polluted: yes }\n  empathy-1: 4\n',
      'traits:\n  constructor: { prototype: { polluted: yes } }\n',
      'base: &b { polluted: yes }\ntraits:\n  __proto__: *b\n  empathy: 4\n',
    ];
    for (const text of texts) {
      const file = await tempFile(text);
      const loaded = await settled(loadAnswersFile(file, { stdin: Readable.from([]) }, questions));
      if (loaded instanceof CareerfitError) expect(loaded.kind).toBe('usage');
      else {
        expect(Object.getPrototypeOf(loaded.traits)).toBe(Object.prototype);
        expect(Object.getOwnPropertyNames(loaded.traits)).not.toContain('__proto__');
        expect(JSON.stringify(loaded)).not.toContain('polluted');
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(Object.getOwnPropertyNames(Object.getPrototypeOf({})).sort());
      expect('polluted' in Object.prototype).toBe(false);
    }
  });
});

describe('unknown YAML tags are refused with one line, no warning spew', () => {
  it('refuses !!js/function, !custom and !!js/undefined, naming only the first', async () => {
    const file = hostile('unknown-tags.yaml');
    expectUsage(await assessFile(file), `careerfit: ${file}:3:12 unsupported YAML tag tag:yaml.org,2002:js/function: use plain values`, { lines: 1 });
  });

  it.each([
    ['a custom local tag', 'traits:\n  empathy: !custom 4\n', '2:12 unsupported YAML tag !custom: use plain values'],
    ['a %TAG-declared tag', '%TAG !e! tag:evil.example,2000:\n---\ntraits: !e!x {empathy: 4}\n', '3:9 unsupported YAML tag tag:evil.example,2000:x: use plain values'],
    ['a verbatim tag', 'traits: !<tag:yaml.org,2002:js/regexp> /x/\n', '1:9 unsupported YAML tag tag:yaml.org,2002:js/regexp: use plain values'],
    ['an unknown tag on a key', '? !!js/function x\n: 4\n', '1:3 unsupported YAML tag tag:yaml.org,2002:js/function: use plain values'],
  ])('refuses %s', async (_label, text, where) => {
    const file = await tempFile(text);
    const result = await assessFile(file);
    expectUsage(result, `careerfit: ${file}:${where}`, { lines: 1 });
    expect(result.stderr).not.toMatch(/Warning|\(node:\d+\)/);
  });

  // The yaml library would warn through process.emitWarning ("Keys with collection values will be
  // stringified … Set mapAsMap: true"); careerfit reports the key itself instead.

  it('refuses a list used as a key with one message and no Node warning', async () => {
    const file = await tempFile('traits:\n  ? [empathy, teamwork]\n  : 4\n');
    const result = await assessFile(file);
    expectUsage(result, new RegExp(`^careerfit: ${file}:2:3 `), { lines: 1 });
    expect(result.stderr).not.toMatch(/Warning|\(node:\d+\)|mapAsMap/);
  });
});

describe('files that are not answer files', () => {
  it('refuses a real PNG image as binary', async () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6300010000050001' + '0d0a2db40000000049454e44ae426082',
      'hex',
    );
    const file = await tempFile(png, 'photo.png');
    expectUsage(await assessFile(file), `careerfit: ${file}: looks like a binary file, expected YAML or JSON text`, { lines: 1 });
  });

  it.each([
    ['a lone 0xFF byte', Buffer.from('traits:\n  empathy: 4 # \xff\n', 'latin1')],
    ['an overlong encoding of "/"', Buffer.from([...Buffer.from('traits: {empathy: 4}  # '), 0xc0, 0xaf, 0x0a])],
    ['an encoded UTF-16 surrogate', Buffer.from([...Buffer.from('traits: {empathy: 4}  # '), 0xed, 0xa0, 0x80, 0x0a])],
    ['a truncated multi-byte sequence at the end', Buffer.from([...Buffer.from('traits: {empathy: 4}  # '), 0xe2, 0x82])],
  ])('refuses invalid UTF-8: %s', async (_label, bytes) => {
    const file = await tempFile(bytes);
    expectUsage(await assessFile(file), `careerfit: ${file}: is not valid UTF-8 text`, { lines: 1 });
  });

  it('accepts a UTF-8 byte-order mark: the same report as without it', async () => {
    const [bom, plain] = await Promise.all([assessFile(hostile('bom.yaml')), assessFile(hostile('complete.yaml'))]);
    expect(bom.stderr).toBe('');
    expect(bom.status).toBe(0);
    expect(bom.stdout).toBe(plain.stdout);
    expect(bom.stdout).toMatch(/^careerfit\n/);
  });

  it('accepts a byte-order mark on standard input too', async () => {
    const result = await runInProcess(['assess', '--answers', '-', '--format', 'json'], { input: await readFile(hostile('bom.yaml')) });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { levels: Record<string, number> }).levels.empathy).toBe(1);
  });

  it('accepts a file of exactly 1 MiB and refuses one byte more', async () => {
    const exact = `# ${'x'.repeat(1024 * 1024 - 3)}\n`;
    const atLimit = await tempFile(exact);
    expectUsage(await assessFile(atLimit), `careerfit: ${atLimit}: file is empty: expected \`traits:\` and/or \`answers:\` (run \`careerfit questions\` for a template)`);
    const over = await tempFile(`${exact} `);
    expectUsage(await assessFile(over), `careerfit: ${over}: file is larger than 1024 KiB`, { lines: 1 });
  });

  it('refuses more than 1 MiB on standard input', async () => {
    const result = await runInProcess(['assess', '--answers', '-'], { input: `# ${'x'.repeat(2 * 1024 * 1024)}\n` });
    expectUsage(result, 'careerfit: <stdin>: file is larger than 1024 KiB', { lines: 1 });
  });

  it('refuses a 10 GiB (sparse) file with exit 2 like any oversize file', async () => {
    const file = await tempFile('');
    await truncate(file, 10 * 1024 * 1024 * 1024);
    expectUsage(await runInProcess(['assess', '--answers', file]), `careerfit: ${file}: file is larger than 1024 KiB`, { lines: 1 });
  });

  it('treats /dev/null as an empty file', async () => {
    expectUsage(
      await assessFile('/dev/null'),
      'careerfit: /dev/null: file is empty: expected `traits:` and/or `answers:` (run `careerfit questions` for a template)',
      { lines: 1 },
    );
  });

  it('names a symlink loop and a path through a file', async () => {
    const dir = await tempDir();
    await symlink(join(dir, 'b.yaml'), join(dir, 'a.yaml'));
    await symlink(join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    expectUsage(await assessFile(join(dir, 'a.yaml')), `careerfit: ${join(dir, 'a.yaml')}: too many symbolic links`, { lines: 1 });
    const file = await tempFile('traits: {}\n');
    expectUsage(await assessFile(join(file, 'x.yaml')), `careerfit: ${join(file, 'x.yaml')}: a part of the path is not a directory`, { lines: 1 });
  });

  it('says "directory" for a directory and "not found" for a missing file, exactly', async () => {
    const dir = await tempDir();
    expectUsage(await assessFile(dir), `careerfit: ${dir}: is a directory, not a file`, { lines: 1 });
    expectUsage(await assessFile(join(dir, 'gone.yaml')), `careerfit: ${join(dir, 'gone.yaml')}: file not found`, { lines: 1 });
  });

  // errors.test.ts covers an unreadable file for ordinary users; root reads anything, so drop to "nobody".
});

describe('bad answers', () => {
  it.each([
    ['6 as a trait level', 'traits:\n  empathy: 6\n', '2:12 traits.empathy: expected a whole number from 1 to 5, got 6'],
    ['-1 as a trait level', 'traits:\n  empathy: -1\n', '2:12 traits.empathy: expected a whole number from 1 to 5, got -1'],
    ['.inf as a trait level', 'traits:\n  empathy: .inf\n', '2:12 traits.empathy: expected a whole number from 1 to 5, got Infinity'],
    ['.nan as a trait level', 'traits:\n  empathy: .nan\n', '2:12 traits.empathy: expected a whole number from 1 to 5, got NaN'],
    ['true as a trait level', 'traits:\n  empathy: true\n', '2:12 traits.empathy: expected a whole number from 1 to 5, got true'],
    ['6 as a question answer', 'answers:\n  empathy-1: 6\n', '2:14 answers.empathy-1: expected a whole number from 1 to 5, got 6'],
    ['0 as a question answer', 'answers:\n  empathy-1: 0\n', '2:14 answers.empathy-1: expected a whole number from 1 to 5, got 0'],
    ['3.5 as a question answer', 'answers:\n  empathy-1: 3.5\n', '2:14 answers.empathy-1: expected a whole number from 1 to 5, got 3.5'],
    ['"4" as a question answer', 'answers:\n  empathy-1: "4"\n', '2:14 answers.empathy-1: expected a whole number from 1 to 5, got "4"'],
    ['null as a question answer', 'answers:\n  empathy-1:\n', /^careerfit: .*:2:\d+ answers\.empathy-1: expected a whole number from 1 to 5, got null$/],
    ['a list as a question answer', 'answers:\n  empathy-1: [4]\n', '2:14 answers.empathy-1: expected a whole number from 1 to 5, got a list'],
    ['a nested map as a question answer', 'answers:\n  empathy-1: {level: 4}\n', '2:14 answers.empathy-1: expected a whole number from 1 to 5, got a map'],
    ['a deeper nested map as a trait level', 'traits:\n  empathy:\n    level:\n      value: 4\n', '3:5 traits.empathy: expected a whole number from 1 to 5, got a map'],
    ['traits given as a list', 'traits: [empathy, 4]\n', '1:9 traits: expected a map of traits, got a list'],
    ['traits left empty (null)', 'traits:\n', '1:8 traits: expected a map of traits, got null'],
    ['a whole file that is a list', '- empathy: 4\n', '1:1 expected a map, got a list'],
    ['a whole file that is a number', '42\n', '1:1 expected a map, got 42'],
    ['a mistyped question id', 'answers:\n  empaty-1: 4\n', '2:3 answers.empaty-1: unknown question "empaty-1" (did you mean "empathy-1"?)'],
    ['a trait typo in upper case', 'traits:\n  Empathy: 4\n', '2:3 traits.Empathy: unknown trait "Empathy" (did you mean "empathy"?)'],
    ['an answer file with neither section', 'notes: hello\n', '1:1 notes: unknown field "notes"'],
  ])('rejects %s', async (_label, text, message) => {
    const file = await tempFile(text);
    expectUsage(await assessFile(file), typeof message === 'string' ? `careerfit: ${file}:${message}` : message, { lines: 1 });
  });

  it('reports every bad answer of a file at once, in file order', async () => {
    const file = await tempFile('answers:\n  empathy-1: 0\n  empathy-2: 6\ntraits:\n  empaty: 3\n  teamwork: 3.5\n');
    const result = await assessFile(file);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `careerfit: ${file}:2:14 answers.empathy-1: expected a whole number from 1 to 5, got 0`,
      `${file}:3:14 answers.empathy-2: expected a whole number from 1 to 5, got 6`,
      `${file}:5:3 traits.empaty: unknown trait "empaty" (did you mean "empathy"?)`,
      `${file}:6:13 traits.teamwork: expected a whole number from 1 to 5, got 3.5`,
    ]);
  });

  it('lets a later --trait flag win over the same trait in the file, silently', async () => {
    const viaFlag = await runInProcess(['assess', '--answers', hostile('complete.yaml'), '--trait', 'empathy=5', '--format', 'json']);
    expect(viaFlag.status).toBe(0);
    expect(viaFlag.stderr).toBe('');
    expect((JSON.parse(viaFlag.stdout) as { levels: Record<string, number> }).levels.empathy).toBe(5);
  });

  // Messages quote keys from the file; unsanitized, an answer file could send OSC 52 (clipboard),
  // clear-screen or bidi overrides to the terminal.

  it('never echoes terminal escapes from a file into an error message', async () => {
    const file = await tempFile('traits:\n  "emp\\e]52;c;ZXZpbA==\\aathy\\e[2J\\u202e": 4\n');
    const result = await assessFile(file);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown trait "emp/);
    expect(result.stderr).not.toMatch(UNSAFE);
  });

  it('escapes control characters inside a bad value (JSON-quoted)', async () => {
    const file = await tempFile('traits:\n  empathy: "\\e[2J\\a"\n');
    const result = await assessFile(file);
    expectUsage(result, `careerfit: ${file}:2:12 traits.empathy: expected a whole number from 1 to 5, got "\\u001b[2J\\u0007"`, { lines: 1 });
  });
});

describe('bad flags', () => {
  it.each([
    [['assess', '--top', '-1', ...ALL(3)], "careerfit: option '--top <n>': '-1' is invalid: expected a whole number of 1 or more"],
    [['assess', '--top', '1.5', ...ALL(3)], "careerfit: option '--top <n>': '1.5' is invalid: expected a whole number of 1 or more"],
    [['assess', '--top', '', ...ALL(3)], "careerfit: option '--top <n>': '' is invalid: expected a whole number of 1 or more"],
    [['--top', '0'], "careerfit: option '--top <n>': '0' is invalid: expected a whole number of 1 or more"],
    [['--top', '-1'], "careerfit: option '--top <n>': '-1' is invalid: expected a whole number of 1 or more"],
    [['--top', 'abc'], "careerfit: option '--top <n>': 'abc' is invalid: expected a whole number of 1 or more"],
    [['--lang', 'xx'], "careerfit: option '-l, --lang <lang>': 'xx' is not one of id, en"],
    [['--format', 'pdf'], "careerfit: option '-f, --format <format>': 'pdf' is not one of text, json, markdown, html"],
    [['roles', '--format', 'pdf'], "careerfit: option '-f, --format <format>': 'pdf' is not one of text, json, markdown"],
    [['questions', '--format', 'markdown'], "careerfit: option '-f, --format <format>': 'markdown' is not one of yaml, json"],
    [['--bogus'], "careerfit: unknown option '--bogus'"],
    [['roles', '--colour'], /^careerfit: unknown option '--colour'/],
    [['assess', '--trait', 'empathy='], 'careerfit: --trait empathy=: expected a whole number from 1 to 5'],
    [['assess', '--trait', '=3'], 'careerfit: --trait =3: expected <trait>=<1-5>, e.g. --trait empathy=4'],
    [['assess', '--trait', 'empathy=3.0'], 'careerfit: --trait empathy=3.0: expected a whole number from 1 to 5'],
    [['assess', '--trait', 'empathy=0x3'], 'careerfit: --trait empathy=0x3: expected a whole number from 1 to 5'],
    [['assess', '--trait', 'empathy=6'], 'careerfit: --trait empathy=6: expected a whole number from 1 to 5'],
    [['assess', '--trait', 'empathy=3', '--trait', 'empathy=9'], 'careerfit: --trait empathy=9: expected a whole number from 1 to 5'],
  ])('rejects %j', async (args, message) => {
    const result = await runInProcess(args);
    expectUsage(result, message);
  });
});

describe('role folders (module level: loadRoleDir)', () => {
  const noStdin = () => ({ stdin: Readable.from([]) });
  const roleDir = async (files: Record<string, string>) => {
    const dir = await tempDir();
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return dir;
  };
  const role = (id: string, traits = '  empathy: { ideal: 5, weight: 2 }\n', extra = '') =>
    `id: ${id}\ntitle: { id: Judul, en: Title }\nsummary: Ringkasan\ntraits:\n${traits}${extra}`;
  const rule = (when: string) => `rules:\n  - id: r\n    when: ${when}\n    event: { adjust: -5 }\n`;

  /** The error loading the folder fails with, and how long it took. */
  const refusal = async (dir: string): Promise<{ error: CareerfitError; ms: number }> => {
    const started = performance.now();
    const error = await rejection(loadRoleDir(dir, noStdin()));
    return { error, ms: performance.now() - started };
  };

  it.each([
    ['a role with no traits', 'no-traits', 'id: no-traits\ntitle: T\nsummary: S\ntraits: {}\n', '4:9 traits: a role needs at least one trait with a weight above 0'],
    ['a role without a traits section', 'no-section', 'id: no-section\ntitle: T\nsummary: S\n', '1:1 traits: required'],
    ['weights all zero', 'zero', role('zero', '  empathy: { ideal: 5, weight: 0 }\n  teamwork: { ideal: 2, weight: 0 }\n'), '5:3 traits: a role needs at least one trait with a weight above 0'],
    ['a negative weight', 'negative', role('negative', '  teamwork: { ideal: 3, weight: 2 }\n  empathy: { ideal: 5, weight: -1 }\n'), '6:32 traits.empathy.weight: weights cannot be negative'],
    ['a rule on an unknown trait', 'bad-trait', role('bad-trait', undefined, rule('{ trait: empaty, op: lte, value: 2 }')), '8:20 rules[0].when.trait: unknown trait "empaty" (did you mean "empathy"?)'],
    ['a rule with an unknown operator', 'bad-op', role('bad-op', undefined, rule('{ trait: empathy, op: lessthan, value: 2 }')), '8:33 rules[0].when.op: unknown operator "lessthan"'],
    ['a rule with a mistyped operator', 'typo-op', role('typo-op', undefined, rule('{ trait: empathy, op: gtee, value: 2 }')), '8:33 rules[0].when.op: unknown operator "gtee" (did you mean "gte"?)'],
    ['a rule with "__proto__" as operator', 'proto-op', role('proto-op', undefined, rule('{ trait: empathy, op: __proto__, value: 2 }')), '8:33 rules[0].when.op: unknown operator "__proto__"'],
    ['a condition that is itself (cyclic alias)', 'cyclic', role('cyclic', undefined, rule('&c { not: *c }')), '8:21 rules[0].when.not: refers to itself (a recursive alias)'],
    ['a cycle through all', 'cyclic-all', role('cyclic-all', undefined, 'rules:\n  - id: r\n    when: &c\n      all:\n        - *c\n    event: { adjust: -5 }\n'), '10:11 rules[0].when.all[0]: refers to itself (a recursive alias)'],
    ['__proto__ inside a condition', 'proto-when', role('proto-when', undefined, rule('{ trait: empathy, op: lte, value: 2, __proto__: { polluted: 1 } }')), '8:48 rules[0].when.__proto__: unknown field "__proto__"'],
    ['constructor as a trait', 'ctor-trait', role('ctor-trait', '  empathy: { ideal: 5, weight: 2 }\n  constructor: { ideal: 5, weight: 2 }\n'), '6:3 traits.constructor: unknown trait "constructor"'],
    ['__proto__ at the top of a role', 'proto-top', role('proto-top', undefined, '__proto__: { polluted: yes }\n'), '6:1 __proto__: unknown field "__proto__"'],
    ['a title with an unknown tag', 'tagged', 'id: tagged\ntitle: !!js/function "x"\nsummary: S\ntraits:\n  empathy: { ideal: 5, weight: 2 }\n', '2:8 unsupported YAML tag tag:yaml.org,2002:js/function: use plain values'],
  ])('rejects %s with one file:line:col line', async (_label, id, text, where) => {
    const dir = await roleDir({ [`${id}.yaml`]: text });
    const { error } = await refusal(dir);
    expect(error.kind).toBe('usage');
    expect(error.message).toBe(`${join(dir, `${id}.yaml`)}:${where}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses __proto__ among the traits of a role and keeps Object.prototype clean', async () => {
    const dir = await roleDir({ 'proto-trait.yaml': role('proto-trait', '  empathy: { ideal: 5, weight: 2 }\n  __proto__: { ideal: 1, weight: 9, polluted: yes }\n') });
    const { error } = await refusal(dir);
    expect(error.message).toMatch(/proto-trait\.yaml:\d+:3 traits\.__proto__: unknown trait "__proto__"$/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect('polluted' in Object.prototype).toBe(false);
  });

  it('refuses a condition tree nested 200 deep (flow style) quickly', async () => {
    let when = '{ trait: empathy, op: lte, value: 2 }';
    for (let i = 0; i < 200; i++) when = `{ not: ${when} }`;
    const dir = await roleDir({ 'deep.yaml': role('deep', undefined, rule(when)) });
    const { error, ms } = await refusal(dir);
    expect(error.message).toMatch(new RegExp(`^${join(dir, 'deep.yaml')}:8:\\d+ nested more than 64 levels deep$`));
    expect(ms).toBeLessThan(2000);
  });

  it('refuses a condition tree nested 100 deep (block style) with one line', async () => {
    const nots = Array.from({ length: 100 }, (_, i) => `${' '.repeat(6 + 2 * i)}not:`);
    const leaf = ' '.repeat(6 + 200);
    const text = role('deep-block', undefined, `rules:\n  - id: r\n    when:\n${nots.join('\n')}\n${leaf}trait: empathy\n${leaf}op: lte\n${leaf}value: 2\n    event: { adjust: -5 }\n`);
    const dir = await roleDir({ 'deep-block.yaml': text });
    const { error, ms } = await refusal(dir);
    expect(error.message.split('\n')).toHaveLength(1);
    expect(error.message).toMatch(new RegExp(`^${join(dir, 'deep-block.yaml')}:\\d+:\\d+ rules\\[0\\]\\.when(\\.not)+: nested more than 64 levels deep$`));
    expect(ms).toBeLessThan(2000);
  });

  it('refuses an alias bomb in a role file quickly', async () => {
    const bomb = await readFile(hostile('billion-laughs.yaml'), 'utf8');
    const dir = await roleDir({ 'bomb.yaml': `${role('bomb')}${bomb.replace(/^traits: /m, 'source: ')}` });
    const { error, ms } = await refusal(dir);
    expect(error.message).toMatch(/bomb\.yaml:\d+:\d+ too many aliases: at most 100 are expanded, to guard against alias bombs$/);
    expect(ms).toBeLessThan(2000);
  });

  it('reports every broken role of a folder in one error, one line each', async () => {
    const dir = await roleDir({
      'a.yaml': 'id: a\ntitle: T\nsummary: S\ntraits: {}\n',
      'b.yaml': role('b', undefined, rule('{ trait: empathy, op: lessthan, value: 2 }')),
      'c.yaml': role('c', undefined, rule('&c { not: *c }')),
      'd.yaml': '\x89PNG\r\n\x1a\n\0\0\0',
    });
    const { error } = await refusal(dir);
    expect(error.kind).toBe('usage');
    expect(error.message.split('\n')).toEqual([
      `${join(dir, 'a.yaml')}:4:9 traits: a role needs at least one trait with a weight above 0`,
      `${join(dir, 'b.yaml')}:8:33 rules[0].when.op: unknown operator "lessthan"`,
      `${join(dir, 'c.yaml')}:8:21 rules[0].when.not: refers to itself (a recursive alias)`,
      `${join(dir, 'd.yaml')}: looks like a binary file, expected YAML or JSON text`,
    ]);
  });

  it('refuses a role with 10,000 rules with one message, in bounded time', async () => {
    const rules = Array.from({ length: 10_000 }, (_, i) => `  - { id: r${i}, when: { trait: empathy, op: lte, value: 2 }, event: { adjust: -1 } }`);
    const dir = await roleDir({ 'many.yaml': role('many', undefined, `rules:\n${rules.join('\n')}\n`) });
    const started = performance.now();
    const error = await rejection(loadRoleDir(dir, noStdin()));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(error.kind).toBe('usage');
    expect(error.message).toMatch(/many\.yaml:\d+:\d+ rules: at most 200 rules per role$/);
    expect(error.message.split('\n')).toHaveLength(1);
  }, 30_000);
});

describe('hostile role texts are printed harmlessly', () => {
  let catalog: Catalog;
  const VISIBLE = ['Fasilitator', 'Desa'];

  const load = async () => {
    if (catalog) return catalog;
    const [loaded] = await loadRoleDir(hostile('roles-escapes'), { stdin: Readable.from([]) });
    catalog = withRoles(await builtinCatalog(), [{ role: loaded!.role, origin: hostile('roles-escapes/escape-title.yaml') }]);
    return catalog;
  };

  it('loads the fixture with its escapes intact (so the tests below mean something)', async () => {
    const role = (await load()).roles.find((r) => r.id === 'escape-title')!;
    expect(role.title.en).toContain('\x1b]52;');
    expect(role.title.en).toContain('\r');
    expect(role.title.en).toContain('\u202e');
  });

  it('renderRoleText and renderRoleMarkdown drop every control while the words survive', async () => {
    const c = await load();
    const view = roleView(c.roles.find((r) => r.id === 'escape-title')!, c, 'id');
    for (const out of [renderRoleText(view, defaultStyle(new Chalk({ level: 0 }))), renderRoleMarkdown(view)]) {
      expect(out).not.toMatch(UNSAFE);
      for (const word of [...VISIBLE, 'Ringkasan', 'merah', 'Tugas', 'tautan', 'Peringatan', 'Mitos', 'Harapan', 'Kenyataan']) expect(out).toContain(word);
    }
  });

  it.each([
    ['roles', 'text'],
    ['roles', 'markdown'],
    ['roles', 'json'],
    ['role escape-title', 'text'],
    ['role escape-title', 'markdown'],
    ['role escape-title', 'json'],
    ['compare escape-title aktivis-okp', 'text'],
    ['compare escape-title aktivis-okp', 'markdown'],
    ['assess --top 100', 'text'],
    ['assess --top 100', 'markdown'],
    ['assess --top 100', 'json'],
  ])('`careerfit %s --format %s` prints no control characters', async (command, format) => {
    const c = await load();
    const args = [...command.split(' '), '--format', format, '--lang', 'en', ...(command.startsWith('assess') ? ALL(2) : [])];
    const { status, stdout, stderr } = await runInProcess(args, { loadCatalog: async () => c });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).not.toMatch(UNSAFE);
    if (format === 'json') JSON.parse(stdout);
    else for (const word of VISIBLE) expect(stdout).toContain(word);
  });

  it('keeps every ranking row of a text report on one line', async () => {
    const c = await load();
    const { status, stdout } = await runInProcess(['assess', ...ALL(2), '--lang', 'en'], { loadCatalog: async () => c });
    expect(status).toBe(0);
    const rows = stdout.split('\n').filter((line) => /[█░]{16}/.test(line));
    expect(rows).toHaveLength(c.roles.length);
    expect(rows.some((row) => row.includes('Fasilitator') && row.includes('Desa'))).toBe(true);
  });
});
