import type { ChalkInstance } from 'chalk';
import type { ProfileView, ResultView, Look } from '../../core/views/report.js';
import { safeText, type TextStyle } from '../output/display.js';
import { wrap } from '../output/wrap.js';

/**
 * The parts of the text report that are laid out in columns (the ranking, the profile chart),
 * shared by the full report and the one-screen summary. Every line fits the display's width: long
 * titles wrap onto more lines with the bar and score kept on the first, and bars shrink below 70
 * columns and give way to numbers below 56, or in plain mode.
 */

export const BAND_STYLE: Readonly<Record<Look, (c: ChalkInstance) => ChalkInstance>> = {
  strong: (c) => c.green.bold,
  good: (c) => c.green,
  partial: (c) => c.yellow,
  weak: (c) => c.red,
  // Held back by a limit, or no band at all: dim, so a high score there never reads as a fit.
  held: (c) => c.dim,
  none: (c) => c.dim,
};

/** The ranking bar's length for a display: full from 70 columns, half from 56, none below or in plain mode. */
export const barLength = ({ width, plain }: Pick<TextStyle, 'width' | 'plain'>): number => (plain ? 0 : width >= 70 ? 16 : width >= 56 ? 8 : 0);

/** A filled and an empty part, `length` cells for 0 to `max`. */
export const bar = (value: number, max: number, length: number, ascii: boolean): string => {
  const filled = Math.max(0, Math.min(length, Math.round((value / max) * length)));
  return (ascii ? '#' : '█').repeat(filled) + (ascii ? '.' : '░').repeat(length - filled);
};

const RANK = 6;
const indent = ' '.repeat(RANK);
const rankText = (rank: number) => `  ${`${rank}.`.padStart(3)} `;

/**
 * The ranking, one role a row: rank, title with its id, bar, score, band. When the title column
 * would be narrow (below about 56 columns) or in plain mode, the title takes the whole line and
 * the score, band and id follow on the next, in words.
 */
export const rankingRows = (results: readonly ResultView[], style: TextStyle): string[] => {
  const { c, width, ascii } = style;
  const safe = (text: string) => safeText(text, ascii);
  const barSize = barLength(style);
  const bandWidth = Math.max(0, ...results.map((r) => safe(r.bandLabel).length));
  const titleWidth = width - RANK - 1 - (barSize ? barSize + 1 : 0) - 3 - 2 - bandWidth;
  if (style.plain || titleWidth < 24) {
    return results.flatMap((r) => {
      const band = BAND_STYLE[r.look](c);
      const title = wrap(safe(r.title), width - RANK).map((line, i) => (i ? indent : rankText(r.rank)) + line);
      const standing = `${safe(r.bandLabel)}${r.heldWhy ? ` (${safe(r.heldWhy)})` : ''}`;
      const score = wrap(`${r.score}/100${standing ? `, ${standing}` : ''}; ${r.id}`, width, indent).map((line) => band(line));
      return [...title, ...score];
    });
  }
  return results.flatMap((r) => {
    const band = BAND_STYLE[r.look](c);
    // The title wrapped to its column, and the id dim on lines of its own below it, so every row reads alike.
    // A role not counted says why beside its id, where the rows have room.
    const id = r.heldWhy ? `${r.id} · ${safe(r.heldWhy)}` : r.id;
    const [first, ...rest] = [...wrap(safe(r.title), titleWidth), ...wrap(id, titleWidth).map((line) => c.dim(line))];
    const right = `${barSize ? `${band(bar(r.score, 100, barSize, ascii))} ` : ''}${String(r.score).padStart(3)}  ${band(safe(r.bandLabel))}`;
    // The first line is always the title's (uncoloured), padded so the bar and score stand in a column.
    return [`${rankText(r.rank)}${first!.padEnd(titleWidth)} ${right}`, ...rest.map((line) => `${indent}${line}`)];
  });
};

/**
 * The summary's ranking: rank, score, id, title, so the id a command takes stands in a column.
 * The title wraps in what is left of the line, or goes below when too little is left.
 */
export const compactRows = (results: readonly ResultView[], style: TextStyle): string[] => {
  const { c, width } = style;
  const safe = (text: string) => safeText(text, style.ascii);
  const idWidth = Math.max(...results.map((r) => r.id.length));
  const head = RANK + 3 + 2 + idWidth + 2;
  const titleWidth = width - head;
  return results.flatMap((r) => {
    const score = BAND_STYLE[r.look](c)(String(r.score).padStart(3));
    const left = `${rankText(r.rank)}${score}  ${c.bold(r.id.padEnd(idWidth))}  `;
    // The summary has no band column: a role not counted says so after its title.
    const title = safe(r.heldWhy ? `${r.title} (${r.bandLabel})` : r.title);
    if (titleWidth >= 20) {
      return wrap(title, titleWidth).map((line, i) => (i ? ' '.repeat(head) : left) + line);
    }
    const ids = wrap(r.id, width - RANK - 5);
    return [
      `${rankText(r.rank)}${score}  ${c.bold(ids[0]!)}`,
      ...ids.slice(1).map((line) => `${' '.repeat(RANK + 5)}${c.bold(line)}`),
      ...wrap(title, width, ' '.repeat(RANK + 5)),
    ];
  });
};

/**
 * Your level on every trait beside what #1 asks for: a five-cell bar and the number, the ideal
 * with its direction, `!` at a big gap. In plain mode, or when the columns do not fit, one line a
 * trait in words.
 */
export const profileChart = (profile: ProfileView, style: TextStyle): string[] => {
  const { c, width, ascii } = style;
  const safe = (text: string) => safeText(text, ascii);
  const body = '     ';
  const labelWidth = Math.max(...profile.rows.map((r) => safe(r.label).length));
  const idealWidth = Math.max(0, ...profile.rows.map((r) => (r.ideal ? safe(r.ideal).length : 0)));
  const lines: string[] = [];
  if (!style.plain && body.length + labelWidth + 1 + 5 + 1 + 3 + 3 + idealWidth + 2 <= width) {
    for (const r of profile.rows) {
      const ideal = r.ideal ? `   ${safe(r.ideal).padEnd(idealWidth)}${r.gap ? ' !' : ''}` : '';
      const mark = r.gap ? c.yellow : (s: string) => s;
      lines.push(`${body}${safe(r.label).padEnd(labelWidth)} ${c.cyan(bar(r.level, 5, 5, ascii))} ${r.levelText.padStart(3)}${mark(ideal)}`.trimEnd());
    }
  } else {
    for (const r of profile.rows) {
      const text = `${safe(r.label)}: ${r.levelText}${r.idealWords ? `; ${safe(r.idealWords)}` : ''}${r.gap ? ' !' : ''}`;
      lines.push(...wrap(text, width, `${body}  `).map((line, i) => (i ? line : `${body}${line.slice(body.length + 2)}`)));
    }
  }
  return lines;
};
