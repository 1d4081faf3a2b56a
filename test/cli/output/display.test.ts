import { describe, expect, it } from 'vitest';
import { displayFor, isPlain, isUtf8Locale, terminalWidth, toAscii } from '../../../src/cli/output/display.js';

describe('terminalWidth', () => {
  it('is 80 off a terminal, and the terminal less one column, clamped to 40–100, on one', () => {
    expect(terminalWidth({ isTTY: false, columns: 200 })).toBe(80);
    expect(terminalWidth({ isTTY: true, columns: 120 })).toBe(100);
    expect(terminalWidth({ isTTY: true, columns: 61 })).toBe(60);
    expect(terminalWidth({ isTTY: true, columns: 30 })).toBe(40);
  });

  it('falls back to COLUMNS on a terminal that reports no size, else 80', () => {
    expect(terminalWidth({ isTTY: true, columns: 0 }, { COLUMNS: '70' })).toBe(69);
    expect(terminalWidth({ isTTY: true }, {})).toBe(80);
  });
});

describe('display', () => {
  it('is plain with --plain or TERM=dumb', () => {
    expect(isPlain(true, {})).toBe(true);
    expect(isPlain(undefined, { TERM: 'dumb' })).toBe(true);
    expect(isPlain(undefined, { TERM: 'xterm' })).toBe(false);
  });

  it('reads UTF-8 from LC_ALL, then LC_CTYPE, then LANG', () => {
    expect(isUtf8Locale({ LANG: 'en_US.UTF-8' })).toBe(true);
    expect(isUtf8Locale({ LANG: 'C' })).toBe(false);
    expect(isUtf8Locale({ LC_ALL: 'C', LANG: 'en_US.UTF-8' })).toBe(false);
    expect(isUtf8Locale({ LC_CTYPE: 'id_ID.utf8', LANG: 'C' })).toBe(true);
    expect(isUtf8Locale({})).toBe(false);
  });

  it('is ASCII in plain mode anywhere, and on a terminal whose locale is not UTF-8, but not into a pipe or a file', () => {
    const tty = { isTTY: true, columns: 81 };
    expect(displayFor(tty, { LANG: 'C' })).toEqual({ width: 80, ascii: true, plain: false });
    expect(displayFor(tty, { LANG: 'C.UTF-8' })).toEqual({ width: 80, ascii: false, plain: false });
    expect(displayFor({ isTTY: false }, { LANG: 'C' }).ascii).toBe(false);
    expect(displayFor(tty, { LANG: 'C' }, { file: true }).ascii).toBe(false);
    expect(displayFor({ isTTY: false }, { LANG: 'C.UTF-8' }, { plain: true })).toEqual({ width: 80, ascii: true, plain: true });
    expect(displayFor(tty, { LANG: 'C.UTF-8' }, { width: 55 }).width).toBe(55);
  });
});

describe('toAscii', () => {
  it('replaces the symbols careerfit draws with what they stand for', () => {
    expect(toAscii('████░░ ❯ ✔ ← ⏎ ↑↓ • ≈ ≥ 4 ≤ 2 — 1–5 … ×3 ➕ ⚠️')).toBe('####.. > * <- Enter UpDown * ~ >= 4 <= 2 - 1-5 ... x3 + !');
  });

  it('drops accents and shows anything else as ?, leaving escape codes alone', () => {
    expect(toAscii('Café “kopi” 東 \x1b[1mbold\x1b[22m')).toBe('Cafe "kopi" ? \x1b[1mbold\x1b[22m');
  });
});
