import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTraits } from '../../../src/core/answers.js';
import type { TraitId } from '../../../src/core/traits.js';
import type { Question } from '../../../src/core/types.js';
import { loadAnswersFile } from '../../../src/cli/input/answers-file.js';
import type { StdinSource } from '../../../src/cli/input/read-text.js';
import { allItems } from '../../../src/core/items.js';
import { loadCatalogDir } from '../../../src/cli/input/catalog-dir.js';
import { rejection } from '../../helpers.js';

const DATA = fileURLToPath(new URL('../../../data', import.meta.url));
const HINT = 'expected `traits:` and/or `answers:` (run `careerfit questions` for a template)';
const noStdin = () => ({ stdin: Readable.from([]) });

/** The trait levels an answer file gives, as assess computes them. */
const traitsOf = async (path: string, input: StdinSource, questions: readonly Question[]) =>
  resolveTraits(questions, await loadAnswersFile(path, input, questions));

const q = (id: string, trait: TraitId, reverse = false): Question => ({ id, trait, reverse, text: { id, en: id } });
const bank = [q('empathy-1', 'empathy'), q('empathy-2', 'empathy', true), q('planning-1', 'planning')];


let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'careerfit-answers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = async (name: string, text: string): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
};

describe('loadAnswersFile', () => {
  it('turns question answers into trait levels, flipping reverse-keyed items', async () => {
    const path = await file('answers.yaml', 'answers:\n  empathy-1: 5\n  empathy-2: 2\n  planning-1: 2\n');
    expect(await traitsOf(path, noStdin(), bank)).toEqual({ empathy: 4.5, planning: 2 });
  });

  it('lets explicit trait levels win over question answers', async () => {
    const path = await file('both.yaml', 'answers:\n  empathy-1: 5\n  planning-1: 2\ntraits:\n  planning: 4\n  teamwork: 1\n');
    expect(await traitsOf(path, noStdin(), bank)).toEqual({ empathy: 5, planning: 4, teamwork: 1 });
  });

  it('reads JSON from stdin for `-`', async () => {
    const stdin = Readable.from([JSON.stringify({ traits: { empathy: 3 }, answers: { 'empathy-2': 5 } })]);
    expect(await traitsOf('-', { stdin }, bank)).toEqual({ empathy: 3 });
  });

  it('names an unknown question id at the key, with a hint', async () => {
    const path = await file('typo.yaml', 'answers:\n  empathy-1: 4\n  planing-1: 3\n');
    const error = await rejection(loadAnswersFile(path, noStdin(), bank));
    expect(error.message).toBe(`${path}:3:3 answers.planing-1: unknown question "planing-1" (did you mean "planning-1"?)`);
    expect(error.kind).toBe('usage');
  });

  it('reports a bad answer with its position', async () => {
    const path = await file('seven.yaml', 'traits:\n  empathy: 7\n');
    expect((await rejection(loadAnswersFile(path, noStdin(), bank))).message).toBe(
      `${path}:2:12 traits.empathy: expected a whole number from 1 to 5, got 7`,
    );
  });

  it('refuses a file with neither traits nor answers', async () => {
    const path = await file('nothing.yaml', '{}\n');
    expect((await rejection(loadAnswersFile(path, noStdin(), bank))).message).toBe(`${path}: no answers: ${HINT}`);
  });

  it('refuses an empty file, naming stdin as <stdin>', async () => {
    expect((await rejection(loadAnswersFile('-', { stdin: Readable.from(['# only a comment\n']) }, bank))).message).toBe(
      `<stdin>: file is empty: ${HINT}`,
    );
  });

  it('suggests `traits` for a mistyped top-level key', async () => {
    const path = await file('trait.yaml', 'trait:\n  empathy: 4\n');
    expect((await rejection(loadAnswersFile(path, noStdin(), bank))).message).toBe(
      `${path}:1:1 trait: unknown field "trait" (did you mean "traits"?)`,
    );
  });
});

describe('loadAnswersFile with the real question bank', () => {
  let questions: readonly Question[];
  beforeAll(async () => {
    // Every item an answer may name, retired ones included (old files still use them).
    questions = allItems(await loadCatalogDir(DATA, noStdin()));
  });

  it('averages empathy-1 with the reverse-keyed empathy-2, and flips teamwork-1', async () => {
    expect(questions.find((x) => x.id === 'empathy-2')?.reverse).toBe(true);
    expect(questions.find((x) => x.id === 'teamwork-1')?.reverse).toBe(true);
    const path = await file('real.yaml', 'answers:\n  empathy-1: 5\n  empathy-2: 2\n  teamwork-1: 1\n');
    expect(await traitsOf(path, noStdin(), questions)).toEqual({ empathy: 4.5, teamwork: 5 });
  });

  it('suggests the nearest real question id for a typo', async () => {
    const path = await file('real-typo.yaml', 'answers:\n  empathy-1: 5\n  emphaty-2: 3\n');
    const error = await rejection(loadAnswersFile(path, noStdin(), questions));
    expect(error.message).toBe(`${path}:3:3 answers.emphaty-2: unknown question "emphaty-2" (did you mean "empathy-2"?)`);
  });
});
