// Builders, catchers and temp folders shared by the tests.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { CareerfitError } from '../src/core/errors.js';
import { TRAIT_IDS, type TraitAnswers, type TraitId } from '../src/core/traits.js';
import type { Catalog, Group, Question, Role, TraitIdeal, TraitInfo } from '../src/core/types.js';

/**
 * A usage error as careerfit reports it: exit 2, nothing on stdout, no stack trace, and exactly
 * this first line on stderr (or one matching this pattern); `lines`, how many lines in all.
 */
export const expectUsage = (
  result: { readonly status: number | null; readonly stdout: string; readonly stderr: string },
  first: string | RegExp,
  { lines }: { lines?: number } = {},
): void => {
  const firstLine = result.stderr.split('\n')[0];
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(/\n\s+at /);
  if (typeof first === 'string') expect(firstLine).toBe(first);
  else expect(firstLine).toMatch(first);
  if (lines !== undefined) expect(result.stderr.trimEnd().split('\n')).toHaveLength(lines);
  expect(result.status).toBe(2);
};

/** What a call gives: its value, or the CareerfitError it throws; any other error is rethrown. */
export const outcome = <T>(fn: () => T): T | CareerfitError => {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CareerfitError) return error;
    throw error;
  }
};

/** What a promise settles to: its value, or the CareerfitError it rejects with; any other error is rethrown. */
export const settled = <T>(promise: Promise<T>): Promise<T | CareerfitError> =>
  promise.catch((error: unknown) => {
    if (error instanceof CareerfitError) return error;
    throw error;
  });

/** The CareerfitError a call throws; fails the test when it throws nothing or something else. */
export const failure = (fn: () => unknown): CareerfitError => {
  const result = outcome(fn);
  if (result instanceof CareerfitError) return result;
  throw new Error('expected a CareerfitError, nothing was thrown');
};

/** The CareerfitError a promise rejects with. */
export const rejection = async (promise: Promise<unknown>): Promise<CareerfitError> => {
  const result = await settled(promise);
  if (result instanceof CareerfitError) return result;
  throw new Error('expected a rejection');
};

/** The repository, and a file of test/fixtures. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

/** `--trait id=<level>` for every trait: a complete answer set. */
export const allTraits = (level: number) => TRAIT_IDS.flatMap((id) => ['--trait', `${id}=${level}`]);

/** Every trait 3: a complete, neutral answer set to start from. */
export const ALL_TRAITS_3 = allTraits(3);

/** Every trait answered 3 (no signal), except the ones given. */
export const traitAnswers = (overrides: Partial<Record<TraitId, number>> = {}): TraitAnswers =>
  ({ ...Object.fromEntries(TRAIT_IDS.map((id) => [id, 3])), ...overrides }) as TraitAnswers;

export const question = (id: string, trait: TraitId, reverse = false): Question => ({ id, trait, reverse, text: { id, en: id } });

/** A minimal valid role; titles are `Judul <id>` / `Title <id>`. */
export const makeRole = (id: string, traits: Partial<Record<TraitId, TraitIdeal>>, extra: Partial<Role> = {}): Role => ({
  id,
  kind: 'role',
  source: [],
  title: { id: `Judul ${id}`, en: `Title ${id}` },
  summary: { id: `Ringkasan ${id}`, en: `Summary ${id}` },
  duties: [],
  traits,
  rules: [],
  misconceptions: [],
  expectations: [],
  differences: [],
  groups: [],
  ...extra,
});

/** Labels for a few traits; the rest are `ID <trait>` / `EN <trait>`. */
const LABELS: Partial<Record<TraitId, [string, string]>> = {
  empathy: ['Empati', 'Empathy'],
  communication: ['Komunikasi', 'Communication'],
  planning: ['Perencanaan', 'Planning'],
};

export const makeCatalog = (roles: Role[], extra: { origins?: Record<string, string>; groups?: Group[] } = {}): Catalog => ({
  traits: Object.fromEntries(
    TRAIT_IDS.map((id): [TraitId, TraitInfo] => {
      const [idLabel, enLabel] = LABELS[id] ?? [`ID ${id}`, `EN ${id}`];
      return [id, { label: { id: idLabel, en: enLabel }, description: { id: '-', en: '-' } }];
    }),
  ) as Record<TraitId, TraitInfo>,
  questions: [],
  roles,
  groups: extra.groups ?? [],
  origins: extra.origins ?? {},
});

/** A maker of temp folders for one test file; they are removed (permissions restored) after it. */
export const tempDirs = (prefix: string) => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) {
      await chmod(dir, 0o700).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    }
  });
  return async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), `careerfit-${prefix}-`));
    dirs.push(dir);
    return dir;
  };
};
