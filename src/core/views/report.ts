import { BANDS, type BandId } from '../bands.js';
import { BUILT_IN } from '../catalog.js';
import { DIRECTIONS } from '../directions.js';
import { localize } from '../localize.js';
import { MESSAGES } from '../messages.js';
import type { Effect } from '../reasons.js';
import { standingLabel, type Report, type ReportResult, type ReportTrait } from '../report.js';
import type { Lang } from '../text.js';
import { TRAIT_IDS, type TraitId } from '../traits.js';
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
  /** The command that rebuilds the report, as the person runs careerfit (`npx careerfit …` or `careerfit …`). */
  readonly rerunCommand: string;
  /** What the scores, the bands and "too close to call" mean, a sentence each. */
  readonly legend: readonly string[];
  /** The person's trait levels beside what #1 asks for; absent when no role is listed. */
  readonly profile?: ProfileView;
  /** The words of the one-screen summary (src/cli/render/summary.ts). */
  readonly summary: SummaryView;
}

export interface SummaryView {
  /** The verdict, short: for answers that cannot be scored, without the notes on why (the full report has them). */
  readonly verdict: string;
  /** #1's top reasons in a few words each: "Advocacy 5 (+8)". */
  readonly reasons: readonly string[];
  readonly why: string;
  /** How to keep the full report (after `assess` on a terminal). */
  readonly keep: string;
  readonly choose: string;
}

/** How many of #1's reasons the summary names. */
const SUMMARY_REASONS = 3;

/** The person's level on every trait, and what the top role asks for where it weighs the trait. */
export interface ProfileView {
  readonly heading: string;
  /** What the chart shows, naming the top role. */
  readonly note: string;
  /** Column headings of a table of the rows. */
  readonly columns: readonly [trait: string, you: string, ideal: string];
  readonly rows: readonly ProfileRow[];
  /** What `!` marks, when a row has one. */
  readonly gapNote?: string;
}

export interface ProfileRow {
  readonly trait: TraitId;
  readonly label: string;
  /** 1–5, maybe with a fraction (items of a trait are averaged). */
  readonly level: number;
  /** As the language writes it: "3,5" in Indonesian. */
  readonly levelText: string;
  /** "≥ 4": what the top role asks for; absent when it does not weigh the trait. */
  readonly ideal?: string;
  /** In words, for plain mode: "#1 asks for ≥ 4". */
  readonly idealWords?: string;
  /** The level falls short of the ideal by BIG_GAP or more. */
  readonly gap: boolean;
}

/** A gap this large (in scale points) between a level and what a role asks for is flagged. */
export const BIG_GAP = 1.5;

/** How far a level falls short of what a role asks for, along its direction (0 or less: no gap). */
export const gapOf = (entry: Pick<ReportTrait, 'ideal' | 'direction'>, level: number): number =>
  Math.round(DIRECTIONS[entry.direction].sign * (entry.ideal - level) * 10) / 10;

/** How a role is shown: in its band's colour, as held back by a limit, or with no band at all (answers that cannot be scored). */
export type Look = BandId | 'held' | 'none';

/** A listed role: its data and the words shown with it. */
export interface ResultView extends ReportResult {
  /** The band in words ("strong fit"), "not counted" for a role a limit holds back, or nothing. */
  readonly bandLabel: string;
  /** Why a role is not counted, in a few words: "a warning sign applies". */
  readonly heldWhy?: string;
  /** The reasons as the report words them: reasons of one kind and importance in one sentence. */
  readonly why: readonly { readonly effect: Effect; readonly text: string }[];
  readonly look: Look;
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
  /** Before the rerun command: "Rerun". */
  readonly rerun: string;
}

/** How the person runs careerfit, for the commands the report suggests: `careerfit` or `npx careerfit`. */
export interface ViewOptions {
  readonly top: number;
  readonly prefix?: string;
}

/** Reasons of one kind and importance (strengths, gaps) grouped into one sentence: "You are strong in a (5), b (5) and c (4), which this role needs most." */
const whyLines = (r: ReportResult, lang: Lang): ResultView['why'] => {
  const m = MESSAGES[lang];
  const lines: { effect: Effect; text: string }[] = [];
  for (let i = 0; i < r.reasons.length; ) {
    const x = r.reasons[i]!;
    let j = i + 1;
    if (x.kind === 'strength' || x.kind === 'gap') while (j < r.reasons.length && r.reasons[j]!.kind === x.kind && r.reasons[j]!.importance === x.importance) j++;
    const group = r.reasons.slice(i, j);
    const text =
      group.length === 1
        ? x.message
        : m.reason(x.kind, group.map((g) => ({ label: g.label!, level: m.number(Math.round(g.level! * 10) / 10) })), x.importance ?? 1, '', '');
    lines.push({ effect: x.effect, text });
    i = j;
  }
  return lines;
};

const resultView = (r: ReportResult, report: Report): ResultView => {
  const m = MESSAGES[report.lang];
  const standing = standingLabel(r, report.lang);
  return {
    ...r,
    bandLabel: standing.label,
    ...(standing.why ? { heldWhy: standing.why } : {}),
    why: whyLines(r, report.lang),
    look: r.band ?? (r.limits.length ? 'held' : 'none'),
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

const profileView = (report: Report, top: ResultView | undefined): ProfileView | undefined => {
  if (!top) return undefined;
  const m = MESSAGES[report.lang];
  const one = (value: number) => m.number(Math.round(value * 10) / 10);
  const rows = TRAIT_IDS.map((trait): ProfileRow => {
    const level = report.levels[trait];
    const entry = top.profile.find((p) => p.trait === trait);
    const ideal = entry ? `${DIRECTIONS[entry.direction].symbol} ${one(entry.ideal)}` : undefined;
    return {
      trait,
      label: report.labels[trait],
      level,
      levelText: one(level),
      ...(ideal ? { ideal, idealWords: m.profile.ideal(ideal) } : {}),
      gap: entry !== undefined && gapOf(entry, level) >= BIG_GAP,
    };
  });
  return {
    heading: m.profile.heading,
    note: m.profile.note(top.title),
    columns: m.profile.columns,
    rows,
    ...(rows.some((r) => r.gap) ? { gapNote: m.profile.gap(one(BIG_GAP)) } : {}),
  };
};

/** The report with its words, showing the first `top` roles in full; suggested commands start with `prefix`. */
export const reportView = (report: Report, { top, prefix = 'careerfit' }: ViewOptions): ReportView => {
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
      moreDetail: m.moreDetail(prefix),
      code: m.codeLabel,
      rerun: m.rerunLabel,
    },
    results,
    shown,
    more: results.length > top,
    ...(steps ? { nextSteps: steps } : {}),
    rerun: m.code(report.code, prefix),
    rerunCommand: `${prefix} assess --code ${report.code}`,
    legend: [m.legend.score, m.legend.bands(BANDS.map((b) => ({ label: localize(b.label, report.lang), min: b.min })))],
    ...(results[0] ? { profile: profileView(report, results[0])! } : {}),
    summary: {
      ...m.summary,
      verdict: report.quality.reliable ? report.verdict : m.verdictUnreliable([]),
      // #1's strengths, in a few words each: the traits it needs most that the person is strong in.
      reasons: (results[0]?.reasons ?? [])
        .filter((x) => x.kind === 'strength')
        .slice(0, SUMMARY_REASONS)
        .map((x) => `${x.label} ${m.number(Math.round(x.level! * 10) / 10)}`),
    },
  };
};
