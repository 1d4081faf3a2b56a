import { bandById } from '../bands.js';
import { BUILT_IN } from '../catalog.js';
import { localize } from '../localize.js';
import { MESSAGES } from '../messages.js';
import type { Report, ReportResult } from '../report.js';
import { contentView, type ContentView } from './content.js';

/**
 * The fit report as the text, Markdown and HTML renderers see it: the report's data (what
 * `--format json` prints) and every word around it, already in the report's language, so no
 * renderer needs to know which language it writes.
 */
export interface ReportView {
  /** The report as data: what `--format json` prints. */
  readonly data: Report;
  readonly labels: ReportLabels;
  /** Every role the report lists, best first. */
  readonly results: readonly ResultView[];
  /** The roles shown in full: the first `top` of `results`. */
  readonly shown: readonly ResultView[];
  /** Whether more roles are listed than shown in full (the renderers then say how to see one). */
  readonly more: boolean;
  /** Groups to join for the roles shown in full; absent when those roles name none. */
  readonly nextSteps?: NextStepsView;
  /** The result code and how to rebuild the report from it, one sentence a line. */
  readonly rerun: string;
}

/** A listed role: its data and the words shown with it. */
export interface ResultView extends ReportResult {
  /** The band in words: "strong fit". */
  readonly bandLabel: string;
  /** "comparison role" for a role the seeds only compare the others with. */
  readonly kindLabel?: string;
  /** "from my-roles/x.yaml" for a role from the user's folders. */
  readonly originLabel?: string;
  readonly content: ContentView;
}

export interface NextStepsView {
  /** Per role shown in full that names groups: "For <title>:" and each group with why to join it. */
  readonly roles: readonly { readonly heading: string; readonly groups: readonly { readonly name: string; readonly why: string }[] }[];
  /** How to join each of those groups, once. */
  readonly groups: readonly { readonly name: string; readonly steps: readonly string[] }[];
}

export interface ReportLabels {
  readonly quality: string;
  readonly ranking: string;
  /** Column headings of the ranking table. */
  readonly role: string;
  readonly score: string;
  readonly band: string;
  /** Said in place of the ranking when no role is listed. */
  readonly noneShown: string;
  readonly why: string;
  /** Said once under "Why": what the reasons' "above" and "below" compare with. */
  readonly whyNote: string;
  readonly fit: string;
  readonly warnings: string;
  readonly noWarnings: string;
  readonly notes: string;
  readonly nextSteps: string;
  readonly howToJoin: string;
  /** How to see a role not shown in full. */
  readonly moreDetail: string;
  readonly code: string;
}

const resultView = (r: ReportResult, report: Report): ResultView => {
  const m = MESSAGES[report.lang];
  return {
    ...r,
    bandLabel: localize(bandById(r.band).label, report.lang),
    ...(r.kind === 'contrast' ? { kindLabel: m.contrast } : {}),
    ...(r.origin === BUILT_IN ? {} : { originLabel: m.from(r.origin) }),
    content: contentView(r, report.lang),
  };
};

const nextSteps = (shown: readonly ResultView[], report: Report): NextStepsView | undefined => {
  const m = MESSAGES[report.lang];
  const used = new Set(shown.flatMap((r) => r.groups.map((g) => g.group)));
  if (used.size === 0) return undefined;
  return {
    roles: shown.filter((r) => r.groups.length).map((r) => ({ heading: m.joinGroups(r.title), groups: r.groups })),
    groups: report.groups.filter((g) => used.has(g.id)).map((g) => ({ name: g.name, steps: g.join })),
  };
};

/** The report with its words, showing the first `top` roles in full. */
export const reportView = (report: Report, { top }: { readonly top: number }): ReportView => {
  const m = MESSAGES[report.lang];
  const results = report.results.map((r) => resultView(r, report));
  const shown = results.slice(0, top);
  const steps = nextSteps(shown, report);
  return {
    data: report,
    labels: {
      quality: m.quality.heading,
      ranking: m.headings.ranking,
      role: m.headings.role,
      score: m.headings.score,
      band: m.headings.band,
      noneShown: m.noneShown(''),
      why: m.headings.why,
      whyNote: m.whyNote,
      fit: m.headings.fit,
      warnings: m.headings.warnings,
      noWarnings: m.noWarnings,
      notes: m.headings.notes,
      nextSteps: m.headings.nextSteps,
      howToJoin: m.headings.howToJoin,
      moreDetail: m.moreDetail,
      code: m.codeLabel,
    },
    results,
    shown,
    more: results.length > top,
    ...(steps ? { nextSteps: steps } : {}),
    rerun: m.code(report.code),
  };
};
