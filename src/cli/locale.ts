import { usageError } from '../core/errors.js';
import { isLang, LANGS, type Lang } from '../core/text.js';

/** `CAREERFIT_LANG`, else Indonesian when the locale says so, else English. */
export const defaultLang = (env: NodeJS.ProcessEnv): Lang => {
  const explicit = env.CAREERFIT_LANG;
  if (explicit) {
    if (!isLang(explicit)) throw usageError(`CAREERFIT_LANG=${explicit}: expected one of ${LANGS.join(', ')}`);
    return explicit;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('id') ? 'id' : 'en';
};
