import { BANDS } from '../bands.js';
import { HTML_MESSAGES, type HtmlMessages } from '../html-messages.js';
import { localize } from '../localize.js';
import { MESSAGES } from '../messages.js';
import type { Lang } from '../text.js';
import type { ReportView } from './report.js';

/**
 * The fit report as the HTML page sees it: the report view, and the words only the page says,
 * already in the report's language, so the page (src/cli/render/html.ts) only lays them out.
 */
export interface HtmlPageView extends ReportView {
  readonly words: HtmlWords;
  /** Under the ranking: each band from its threshold, the thresholds the lines on the bars mark. */
  readonly bandLegend: string;
  /** The day the page was made: `iso` for machines (`<time datetime>`), `text` as the language writes it. */
  readonly date: { readonly iso: string; readonly text: string };
  /** Whose report it is, for a page of a batch (`assess --batch --format html`): named in the title and the heading. */
  readonly person?: string;
  /** The page's last line: made with careerfit, and when. */
  readonly colophon: string;
  /** A level or gap as the language writes it: at most one decimal, a decimal comma in Indonesian. */
  readonly number: (value: number) => string;
}

/** The page's own words; the band legend and the colophon come already filled in (HtmlPageView). */
export type HtmlWords = Omit<HtmlMessages, 'bandLegend' | 'made' | 'titleFor'>;

const DATE_LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', id: 'id-ID' };

export const isoDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** A date as the language writes it in full: "7 December 2026", "7 Desember 2026". */
export const longDate = (date: Date, lang: Lang): string => new Intl.DateTimeFormat(DATE_LOCALES[lang], { dateStyle: 'long' }).format(date);

/**
 * The report view with the page's words, dated `date`, for `person` when it is one of a batch. The
 * date is given, not read from the clock: the caller decides what "now" is (SOURCE_DATE_EPOCH
 * makes pages reproducible).
 */
export const htmlPageView = (view: ReportView, date: Date, person?: string): HtmlPageView => {
  const { lang } = view.data;
  const m = MESSAGES[lang];
  const { bandLegend, made, titleFor, ...words } = HTML_MESSAGES[lang];
  const text = longDate(date, lang);
  return {
    ...view,
    words,
    bandLegend: bandLegend(BANDS.map((b) => ({ label: localize(b.label, lang), min: b.min }))),
    date: { iso: isoDate(date), text },
    colophon: made(text),
    ...(person === undefined ? {} : { person, words: { ...words, title: titleFor(person) } }),
    number: (value) => m.number(Math.round(value * 10) / 10),
  };
};
