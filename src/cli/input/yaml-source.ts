import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { usageError } from '../../core/errors.js';
import { issueMessage } from '../../core/schema.js';
import type { Source } from './read-text.js';

/** Limits that keep hostile files cheap: alias expansion and nesting are both capped. */
const MAX_ALIASES = 100;
const MAX_DEPTH = 64;

type Path = readonly PropertyKey[];

/** The parser's messages that speak to programmers, in words for the person who wrote the file. */
const LIBRARY_MESSAGES: Readonly<Record<string, (message: string) => string>> = {
  MULTIPLE_DOCS: () => 'expected one YAML document, found a second one (remove the --- line and what follows)',
  TAG_RESOLVE_FAILED: (message) => `unsupported YAML tag ${message.replace(/^Unresolved tag: /, '')}: use plain values`,
};

/** A key as it can stand in a path: plain names as they are, anything else quoted on one line. */
const pathKey = (key: PropertyKey): string => {
  const text = String(key);
  return /^[\w$-]+$/.test(text) ? text : JSON.stringify(text);
};

export const formatPath = (path: Path): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${pathKey(key)}`)).join('');

interface Located {
  readonly value: unknown;
  /** `line:col` of the node at `path` (or of the nearest node that exists). */
  readonly locate: (path: Path, key?: string) => string;
}

const position = (counter: LineCounter, offset: number): string => {
  const { line, col } = counter.linePos(offset);
  return `${line}:${col}`;
};

const locator =
  (doc: Document, counter: LineCounter) =>
  (path: Path, key?: string): string => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const segment of key === undefined ? path : [...path, key]) {
      if (isAlias(node)) node = node.resolve(doc);
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
        // An unknown or missing key is best shown at the key itself.
        if (pair && segment === key && isScalar(pair.key) && pair.key.range) return position(counter, pair.key.range[0]);
        next = pair?.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      const range = (next as Node | undefined)?.range;
      if (!range) break;
      node = next;
      offset = range[0];
    }
    return position(counter, offset);
  };

/** Refuses cycles (a YAML alias inside itself) and absurd nesting before any schema walks the value. */
const checkShape = (value: unknown, path: PropertyKey[], ancestors: Set<object>): { path: Path; message: string } | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  if (ancestors.has(value)) return { path, message: 'refers to itself (a recursive alias)' };
  if (path.length > MAX_DEPTH) return { path, message: `nested more than ${MAX_DEPTH} levels deep` };
  ancestors.add(value);
  for (const [key, child] of Object.entries(value)) {
    const problem = checkShape(child, [...path, Array.isArray(value) ? Number(key) : key], ancestors);
    if (problem) return problem;
  }
  ancestors.delete(value);
  return undefined;
};

/**
 * Offset of the first flow bracket nested deeper than the limit, if any. The YAML parser recurses
 * per level and a few kilobytes of `[[[[` overflow its stack (or worse), so this runs first.
 * Quoted strings and comments are skipped; block nesting is bounded by line length anyway.
 */
export const tooDeep = (text: string, limit = MAX_DEPTH): number | undefined => {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') while (i < text.length && text[i] !== '\n') i++;
    else if (ch === '[' || ch === '{') {
      if (++depth > limit) return i;
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
};

/** Parses YAML (JSON is YAML too) strictly: syntax errors, duplicate keys and unknown tags all fail. */
export const parseYaml = (source: Source): Located => {
  const counter = new LineCounter();
  const deep = tooDeep(source.text);
  if (deep !== undefined) {
    const before = source.text.slice(0, deep).split('\n');
    throw usageError(`${source.name}:${before.length}:${before.at(-1)!.length + 1} nested more than ${MAX_DEPTH} levels deep`);
  }
  // logLevel 'error': the library would otherwise print its own warnings (e.g. about collection keys)
  // through process.emitWarning; every problem is reported here instead.
  const doc = parseDocument(source.text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  // Unknown tags such as !!js/function are only warnings to the parser; here they are errors.
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const where = position(counter, problem.pos[0]);
    const first = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const message = LIBRARY_MESSAGES[problem.code]?.(first) ?? first;
    throw usageError(`${source.name}:${where} ${message}`);
  }
  const locate = locator(doc, counter);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw usageError(`${source.name}:${locate([])} too many aliases: at most ${MAX_ALIASES} are expanded, to guard against alias bombs`);
  }
  const shape = checkShape(value, [], new Set());
  if (shape) throw usageError(`${source.name}:${locate(shape.path)} ${formatPath(shape.path)}: ${shape.message}`);
  return { value, locate };
};

/** What to say and where: unknown keys are shown at the key, with the key's own message. */
const explain = (issue: z.core.$ZodIssue): { path: Path; key?: string; message: string }[] => {
  if (issue.code === 'unrecognized_keys') {
    const messages = issue.message.split('\n');
    return issue.keys.map((key, i) => ({ path: issue.path, key, message: messages[i] ?? messages[0]! }));
  }
  if (issue.code === 'invalid_key') {
    const key = String(issue.path[issue.path.length - 1]);
    return [{ path: issue.path.slice(0, -1), key, message: issue.issues[0]?.message ?? issue.message }];
  }
  return [{ path: issue.path, message: issue.message }];
};

const byPosition = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** Every schema problem as `file:line:col field: message`, one per line, in file order. */
export const describeIssues = (source: Source, located: Located, issues: readonly z.core.$ZodIssue[]): string[] =>
  issues
    .flatMap(explain)
    .map(({ path, key, message }) => {
      const field = formatPath(key === undefined ? path : [...path, key]);
      return `${source.name}:${located.locate(path, key)} ${field ? `${field}: ` : ''}${message}`;
    })
    .sort(byPosition);

/** A problem a schema cannot see (it needs the file name or the rest of the catalog). */
export interface Problem {
  readonly path: Path;
  readonly message: string;
}

/**
 * Parses and validates one file; all problems at once, or the typed value. `check` looks at the
 * parsed value for problems a schema cannot see (they need the file name or the rest of the
 * catalog); it runs even when the schema fails, so one pass reports everything.
 */
export const loadYaml = <T>(source: Source, schema: z.ZodType<T>, empty: string, check?: (raw: unknown) => Problem[]): T => {
  const located = parseYaml(source);
  if (located.value === null || located.value === undefined) throw usageError(`${source.name}: ${empty}`);
  const result = schema.safeParse(located.value, { error: issueMessage });
  const lines = [
    ...(result.success ? [] : describeIssues(source, located, result.error.issues)),
    ...(check?.(located.value) ?? []).map((p) => `${source.name}:${located.locate(p.path)} ${formatPath(p.path)}: ${p.message}`),
  ].sort(byPosition);
  if (lines.length || !result.success) throw usageError(lines.join('\n'));
  return result.data;
};
