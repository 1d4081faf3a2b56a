import { closeCall } from '../batch/score.js';
import { CLASS_MESSAGES, type ClassMessages } from '../class-messages.js';
import { localize } from '../localize.js';
import type { QualityCode } from '../quality.js';
import type { Lang } from '../text.js';
import type { Role } from '../types.js';
import { isoDate, longDate } from './html-page.js';

/**
 * The class index of a batch's pages: how many students have each role as their best fit, who has
 * a close call or no fit, whose answers could not be scored reliably, and a row per student
 * linking to their page. Built from each student's batch result, in input order.
 */

/** One student as the index needs them: their batch result and the file of their page. */
export interface ClassEntry {
  readonly id: string;
  readonly file: string;
  /** The best fit, when a role counts as one. */
  readonly top?: string;
  readonly close: readonly string[];
  readonly fit: boolean;
  readonly reliable: boolean;
  readonly quality: readonly QualityCode[];
}

export interface ClassIndexView {
  readonly lang: Lang;
  readonly words: ClassMessages;
  readonly date: { readonly iso: string; readonly text: string };
  readonly counts: { readonly scored: number; readonly fit: number; readonly close: number; readonly noFit: number; readonly unreliable: number };
  /** Per role, most students first (ties in catalog order), then "no fit": students with it as their best fit. */
  readonly bars: readonly { readonly label: string; readonly count: number; readonly percent: number; readonly none?: true }[];
  /** Each set of close roles, most frequent first, with the students who have it. */
  readonly closeSets: readonly { readonly label: string; readonly people: readonly ClassEntry[] }[];
  readonly unreliable: readonly { readonly entry: ClassEntry; readonly why: string }[];
  readonly rows: readonly {
    readonly entry: ClassEntry;
    readonly bestFit: string;
    readonly close: string;
    readonly fits: string;
    readonly answers: string;
  }[];
}

/** A close call, as the student's report has it (closeCall). */
const isClose = (e: ClassEntry): boolean => closeCall(e).length > 0;

export const classIndexView = (roles: readonly Role[], entries: readonly ClassEntry[], lang: Lang, date: Date): ClassIndexView => {
  const w = CLASS_MESSAGES[lang];
  const titles = new Map(roles.map((r) => [r.id, localize(r.title, lang)]));
  const title = (id: string) => titles.get(id) ?? id;
  const percent = (count: number) => (entries.length ? Math.round((count / entries.length) * 100) : 0);
  const best = new Map<string, number>();
  for (const e of entries) if (e.fit && e.top) best.set(e.top, (best.get(e.top) ?? 0) + 1);
  const noFit = entries.filter((e) => !e.fit).length;
  const sets = new Map<string, ClassEntry[]>();
  for (const e of entries.filter(isClose)) {
    const key = e.close.join(' ');
    const people = sets.get(key);
    if (people) people.push(e);
    else sets.set(key, [e]);
  }
  const why = (e: ClassEntry) => (e.quality.length ? e.quality.map((q) => w.quality[q]).join('; ') : w.ok);
  return {
    lang,
    words: w,
    date: { iso: isoDate(date), text: longDate(date, lang) },
    counts: {
      scored: entries.length,
      fit: entries.length - noFit,
      close: entries.filter(isClose).length,
      noFit,
      unreliable: entries.filter((e) => !e.reliable).length,
    },
    bars: [
      ...roles.map((r) => ({ label: title(r.id), count: best.get(r.id) ?? 0, percent: percent(best.get(r.id) ?? 0) })).sort((a, b) => b.count - a.count),
      { label: w.noFit, count: noFit, percent: percent(noFit), none: true as const },
    ],
    closeSets: [...sets.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([key, people]) => ({ label: w.closeSet(key.split(' ').map(title)), people })),
    unreliable: entries.filter((e) => !e.reliable).map((entry) => ({ entry, why: why(entry) })),
    rows: entries.map((entry) => ({
      entry,
      bestFit: entry.fit && entry.top ? title(entry.top) : w.none,
      close: isClose(entry) ? w.closeSet(entry.close.map(title)) : w.none,
      fits: entry.fit ? w.yes : w.no,
      answers: why(entry),
    })),
  };
};
