import { CareerfitError, type ErrorKind } from './errors.js';
import type { Lang } from './text.js';

/** An error with its message in every language. */
export class LocalizedError extends CareerfitError {
  constructor(
    kind: ErrorKind,
    /** The wording in each language, commands in it written `careerfit …`. */
    readonly text: Readonly<Record<Lang, string>>,
    options?: { cause?: unknown },
    /** For a message that suggests a command: its wording for the way the person runs careerfit. */
    readonly words?: (lang: Lang, prefix: string) => string,
  ) {
    super(kind, text.en, options);
  }
}

/** A message in one language: fixed, or built from its arguments (`any`: each table's own parameters, which ArgsOf reads back). */
type Wording = string | ((...args: any[]) => string);
export type ArgsOf<W> = W extends (...args: infer A) => string ? A : [];

/**
 * The ways to raise the messages of one table (src/core/error-messages.ts for the core's,
 * src/cli/words/error-messages.ts for the command line's). A thrower builds both wordings at once, so
 * the one error path (src/cli/run.ts) can print the one the run speaks, however deep the throw was
 * and whether or not the thrower knew the language. `message` stays the English wording, for logs
 * and for code that reads messages.
 */
export const wordings = <M extends { readonly [K in keyof M]: Wording }>(messages: Readonly<Record<Lang, M>>) => {
  /** The wording of one message in one language. */
  const text = <K extends keyof M>(lang: Lang, key: K, ...args: ArgsOf<M[K]>): string => {
    const entry: Wording = messages[lang][key];
    return typeof entry === 'function' ? entry(...args) : entry;
  };
  /** An error of this kind, worded in both languages. */
  const error = <K extends keyof M>(kind: ErrorKind, key: K, ...args: ArgsOf<M[K]>): LocalizedError =>
    new LocalizedError(kind, { en: text('en', key, ...args), id: text('id', key, ...args) });
  /** Input the user must correct, worded in both languages. */
  const usage = <K extends keyof M>(key: K, ...args: ArgsOf<M[K]>): LocalizedError => error('usage', key, ...args);
  return { text, error, usage };
};

/** The message of an error in the run's language (its own wording when it has one), commands written with `prefix`. */
export const messageIn = (error: CareerfitError, lang: Lang, prefix = 'careerfit'): string =>
  error instanceof LocalizedError ? (error.words?.(lang, prefix) ?? error.text[lang]) : error.message;
