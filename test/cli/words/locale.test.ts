import { describe, expect, it } from 'vitest';
import { CareerfitError } from '../../../src/core/errors.js';
import { defaultLang } from '../../../src/cli/words/locale.js';
import { failure } from '../../helpers.js';

describe('defaultLang', () => {
  it.each<[string, NodeJS.ProcessEnv, string]>([
    ['English when nothing is set', {}, 'en'],
    ['CAREERFIT_LANG=id', { CAREERFIT_LANG: 'id' }, 'id'],
    ['CAREERFIT_LANG=en beats an Indonesian locale', { CAREERFIT_LANG: 'en', LC_ALL: 'id_ID.UTF-8', LANG: 'id_ID.UTF-8' }, 'en'],
    ['CAREERFIT_LANG=id beats an English locale', { CAREERFIT_LANG: 'id', LC_ALL: 'en_US.UTF-8' }, 'id'],
    ['an empty CAREERFIT_LANG falls through to the locale', { CAREERFIT_LANG: '', LANG: 'id_ID.UTF-8' }, 'id'],
    ['LANG=id_ID.UTF-8', { LANG: 'id_ID.UTF-8' }, 'id'],
    ['LANG=en_US.UTF-8', { LANG: 'en_US.UTF-8' }, 'en'],
    ['LANG=C', { LANG: 'C' }, 'en'],
    ['a locale in capitals', { LANG: 'ID_ID' }, 'id'],
    ['LC_ALL beats LC_MESSAGES and LANG', { LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'id_ID', LANG: 'id_ID' }, 'en'],
    ['LC_ALL=id beats an English LANG', { LC_ALL: 'id_ID', LANG: 'en_GB' }, 'id'],
    ['LC_MESSAGES beats LANG', { LC_MESSAGES: 'id_ID.UTF-8', LANG: 'en_US.UTF-8' }, 'id'],
    ['LC_MESSAGES=en beats LANG=id', { LC_MESSAGES: 'en_US', LANG: 'id_ID' }, 'en'],
    ['an empty LC_ALL is skipped', { LC_ALL: '', LC_MESSAGES: '', LANG: 'id_ID' }, 'id'],
  ])('%s', (_label, env, lang) => {
    expect(defaultLang(env)).toBe(lang);
  });

  it('refuses an unknown CAREERFIT_LANG with a usage error (exit code 2)', () => {
    const error = failure(() => defaultLang({ CAREERFIT_LANG: 'fr', LANG: 'id_ID' }));
    expect(error).toBeInstanceOf(CareerfitError);
    expect(error.kind).toBe('usage');
    expect(error.kind).toBe('usage');
    expect(error.message).toBe('CAREERFIT_LANG=fr: expected one of id, en');
  });
});
