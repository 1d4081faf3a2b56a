import { localUsage } from './error-messages.js';
import { isLang, LANGS, type Lang } from '../../core/text.js';

/**
 * `CAREERFIT_LANG`, else the first of Indonesian or English in `LANGUAGE` (GNU's list of message
 * languages, e.g. `id:en`), else Indonesian when the locale says so, else English.
 */
export const defaultLang = (env: NodeJS.ProcessEnv): Lang => {
  const explicit = env.CAREERFIT_LANG;
  if (explicit) {
    if (!isLang(explicit)) throw localUsage('langEnv', explicit, LANGS);
    return explicit;
  }
  for (const entry of (env.LANGUAGE ?? '').toLowerCase().split(':')) {
    if (entry.startsWith('id')) return 'id';
    if (entry.startsWith('en')) return 'en';
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('id') ? 'id' : 'en';
};

/**
 * The language of this run, known before the command line is parsed (help and commander's own
 * errors are built in it): the last valid `--lang X`, `--lang=X`, `-l X` or `-lX`, else the
 * environment's; English when the environment names an unknown language (that error comes later).
 */
export const scanLang = (args: readonly string[], env: NodeJS.ProcessEnv): Lang => {
  let found: Lang | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' || arg === '-l' ? args[i + 1] : /^--lang=(.*)$/.exec(arg)?.[1] ?? /^-l(.+)$/.exec(arg)?.[1];
    if (value !== undefined && isLang(value)) found = value;
  }
  if (found) return found;
  try {
    return defaultLang(env);
  } catch {
    return 'en';
  }
};
