import { describe, expect, it } from 'vitest';
import { sanitize } from '../../../src/cli/output/sanitize.js';

describe('sanitize', () => {
  it.each([
    ['OSC 52 clipboard write ended by BEL', 'a\x1b]52;c;ZWNobyBoaQ==\x07b', 'ab'],
    ['OSC ended by ST', 'a\x1b]0;evil title\x1b\\b', 'ab'],
    ['OSC 8 hyperlink around text', '\x1b]8;;https://x.test\x07link\x1b]8;;\x07', 'link'],
    ['CSI clear screen', 'before\x1b[2Jafter', 'beforeafter'],
    ['CSI colours around text', '\x1b[1;31mred\x1b[0m', 'red'],
    ['CSI cursor movement', 'x\x1b[10;20Hy', 'xy'],
    ['a lone ESC', 'a\x1b', 'a'],
    ['an ESC before a lowercase letter', 'a\x1bz', 'az'],
    ['an ESC + Fe byte pair', 'a\x1bMb', 'ab'],
    ['carriage return', 'safe\rEVIL', 'safeEVIL'],
    ['BEL', 'ding\x07dong', 'dingdong'],
    ['backspace and DEL', 'ab\x08c\x7f', 'abc'],
    ['C1 CSI (0x9b) and other C1 controls', 'a\x9b2Jb\x85c', 'a2Jbc'],
    ['right-to-left override U+202E', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['left-to-right isolate U+2066 and pop U+2069', 'x\u2066y\u2069z', 'xyz'],
    ['other bidi marks (U+200E, U+200F, U+061C, U+202A)', '\u200Ea\u200Fb\u061Cc\u202Ad', 'abcd'],
  ])('removes %s', (_label, input, output) => {
    expect(sanitize(input)).toBe(output);
  });

  it('keeps plain text, newlines, tabs and non-ASCII letters', () => {
    const text = 'Café über naïve\n\tEmpati — kerja sama tim 👍 日本語\n';
    expect(sanitize(text)).toBe(text);
  });

  it('cleans a mix while keeping the words around it', () => {
    expect(sanitize('Kerja\x1b[2J sosial\r\n\u202Eé\x07ü\x1b]52;c;AAAA\x07!')).toBe('Kerja sosial\néü!');
  });
});
