import type { BandId } from '../core/bands.js';
import type { Lang } from '../core/text.js';
import type { OutputOptions } from './emit.js';
import type { Format, ReportFormat } from './render/formats.js';

/** Options of the commands that show a view of the catalog: role, roles, compare, groups. */
export interface ViewOptions extends OutputOptions<Format> {
  readonly lang: Lang;
  /** Extra role folders (after CAREERFIT_PROFILES). */
  readonly profiles?: readonly string[];
}

/** Options shared by `assess` and the quiz: how to show the report and which roles to list. */
export interface ReportOptions extends OutputOptions<ReportFormat> {
  readonly lang: Lang;
  /** How many roles are shown in full; the rest get a ranking line each. */
  readonly top: number;
  readonly profiles?: readonly string[];
  readonly only?: readonly string[];
  readonly exclude?: readonly string[];
  readonly minBand?: BandId;
}

export interface AssessOptions extends Omit<ReportOptions, 'format'> {
  /** `csv` only with --batch. */
  readonly format: ReportFormat | 'csv';
  /** Whether --format was given (with --batch, JSON Lines is the default, not text). */
  readonly formatGiven?: boolean;
  readonly answers?: string;
  readonly traits: readonly string[];
  readonly code?: string;
  /** A file of many people, one a row (src/cli/score-batch.ts). */
  readonly batch?: string;
  /** With --batch: stop at the first bad row. */
  readonly strict?: boolean;
}

export interface QuizOptions extends ReportOptions {
  readonly save?: string;
}
