import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../../src/cli/output/color.js';

type Row = [string, boolean | undefined, NodeJS.ProcessEnv, boolean, number];

const rows: Row[] = [
  // label, flag, env, isTTY, expected
  ['--no-color beats everything', false, { FORCE_COLOR: '3', COLORTERM: 'truecolor' }, true, 0],
  ['NO_COLOR beats FORCE_COLOR', undefined, { NO_COLOR: '1', FORCE_COLOR: '3' }, true, 0],
  ['NO_COLOR with any non-empty value', undefined, { NO_COLOR: '0' }, true, 0],
  ['an empty NO_COLOR is ignored', undefined, { NO_COLOR: '' }, true, 1],
  ['FORCE_COLOR=0 turns colour off on a terminal', undefined, { FORCE_COLOR: '0' }, true, 0],
  ['FORCE_COLOR=false turns colour off', undefined, { FORCE_COLOR: 'false' }, true, 0],
  ['FORCE_COLOR=1 forces colour into a pipe', undefined, { FORCE_COLOR: '1' }, false, 1],
  ['FORCE_COLOR=2', undefined, { FORCE_COLOR: '2' }, false, 2],
  ['FORCE_COLOR=3 forces truecolor into a pipe', undefined, { FORCE_COLOR: '3' }, false, 3],
  ['an empty FORCE_COLOR means 1', undefined, { FORCE_COLOR: '' }, false, 1],
  ['FORCE_COLOR=true means 1', undefined, { FORCE_COLOR: 'true' }, false, 1],
  ['an unknown FORCE_COLOR value means 1', undefined, { FORCE_COLOR: 'yes' }, false, 1],
  ['FORCE_COLOR beats TERM=dumb', undefined, { FORCE_COLOR: '1', TERM: 'dumb' }, true, 1],
  ['not a terminal: no colour', undefined, {}, false, 0],
  ['not a terminal, even with truecolor', undefined, { COLORTERM: 'truecolor' }, false, 0],
  ['a plain terminal: basic colour', undefined, {}, true, 1],
  ['TERM=dumb: no colour', undefined, { TERM: 'dumb' }, true, 0],
  ['a 256-colour terminal', undefined, { TERM: 'xterm-256color' }, true, 2],
  ['COLORTERM=truecolor', undefined, { TERM: 'xterm-256color', COLORTERM: 'truecolor' }, true, 3],
  ['COLORTERM=24bit', undefined, { COLORTERM: '24bit' }, true, 3],
  ['the default (color flag true) changes nothing', true, {}, true, 1],
  ['the default (color flag true) does not force colour into a pipe', true, {}, false, 0],
];

describe('colorLevel', () => {
  it.each(rows)('%s', (_label, flag, env, isTTY, expected) => {
    expect(colorLevel({ flag, env, isTTY })).toBe(expected);
  });
});
