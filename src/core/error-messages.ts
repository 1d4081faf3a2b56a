import { type ArgsOf, LocalizedError, wordings } from './localized-error.js';
import type { Lang } from './text.js';

/**
 * The errors the core raises, in both languages: input it cannot score (missing answers) and a
 * result code it cannot read. The command line's own errors are in src/cli/words/error-messages.ts.
 */
export interface CoreErrorMessages {
  readonly missingTraits: (missing: readonly string[], prefix: string) => string;
  readonly noAnswers: (name: string, prefix: string) => string;
  readonly codeCharacter: (character: string) => string;
  readonly codeVersion: (version: string, latest: string) => string;
  readonly codeLength: (length: number, expected: number) => string;
  readonly codeCheck: string;
  readonly codeInvalid: string;
}

const CORE_ERROR_MESSAGES: Readonly<Record<Lang, CoreErrorMessages>> = {
  en: {
    missingTraits: (missing, prefix) =>
      `missing answers for ${missing.length} trait(s): ${missing.join(', ')}\n` +
      `give them with --trait <id>=<1-5> or --answers <file>; \`${prefix} questions > me.yaml\` writes a template`,
    noAnswers: (name, prefix) => `${name}: no answers: expected \`traits:\` and/or \`answers:\` (run \`${prefix} questions\` for a template)`,
    codeCharacter: (character) => `result code: "${character}" is not a code character`,
    codeVersion: (version, latest) => `result code: version ${version} is unknown; this careerfit reads versions up to ${latest}`,
    codeLength: (length, expected) => `result code: ${length} characters, expected ${expected}`,
    codeCheck: 'result code: the check character does not match; a character is probably mistyped',
    codeInvalid: 'result code: not a valid code (it holds more than answers)',
  },
  id: {
    missingTraits: (missing, prefix) =>
      `jawaban untuk ${missing.length} sifat belum ada: ${missing.join(', ')}\n` +
      `berikan dengan --trait <id>=<1-5> atau --answers <berkas>; \`${prefix} questions > jawaban.yaml\` menulis templatnya`,
    noAnswers: (name, prefix) => `${name}: tidak ada jawaban: seharusnya ada \`traits:\` dan/atau \`answers:\` (jalankan \`${prefix} questions\` untuk templat)`,
    codeCharacter: (character) => `kode hasil: "${character}" bukan karakter kode`,
    codeVersion: (version, latest) => `kode hasil: versi ${version} tidak dikenal; careerfit ini membaca versi sampai ${latest}`,
    codeLength: (length, expected) => `kode hasil: ${length} karakter, seharusnya ${expected}`,
    codeCheck: 'kode hasil: karakter pemeriksa tidak cocok; kemungkinan ada karakter yang salah ketik',
    codeInvalid: 'kode hasil: bukan kode yang sah (isinya lebih dari jawaban)',
  },
};

const core = wordings(CORE_ERROR_MESSAGES);

/** Input the user must correct, worded in both languages. */
export const coreUsage = core.usage;

/** Keys whose message ends with a suggested command: its prefix is the last argument. */
type PrefixedKey = 'missingTraits' | 'noAnswers';
type DropLast<T extends unknown[]> = T extends [...infer Head, unknown] ? Head : never;

/**
 * Input the user must correct, with a suggested command in it. The thrower does not know how the
 * person runs careerfit (core has no environment); the error path words it with the prefix.
 */
export const prefixedUsage = <K extends PrefixedKey>(key: K, ...args: DropLast<ArgsOf<CoreErrorMessages[K]>>): LocalizedError => {
  const words = (lang: Lang, prefix: string) => core.text(lang, key, ...([...args, prefix] as unknown as ArgsOf<CoreErrorMessages[K]>));
  return new LocalizedError('usage', { en: words('en', 'careerfit'), id: words('id', 'careerfit') }, undefined, words);
};
