import { isComplete, mergeTraits, missingTraits } from '../../core/answers.js';
import { usageError } from '../../core/errors.js';
import { buildReport, type Report } from '../../core/report.js';
import type { Lang } from '../../core/text.js';
import type { TraitAnswers } from '../../core/traits.js';
import type { Catalog } from '../../core/types.js';
import type { Context } from '../context.js';
import { chalkFor, emit } from '../emit.js';
import { toJson, type Format } from '../render/formats.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import { parseTraitFlags } from '../trait-flags.js';
import { loadCatalogWith } from '../user-catalog.js';

export interface AssessOptions {
  readonly answers?: string;
  readonly traits: readonly string[];
  readonly format: Format;
  readonly lang: Lang;
  readonly top: number;
  readonly output?: string;
  readonly color?: boolean;
  readonly profiles?: readonly string[];
}

const RENDERERS: Readonly<Record<Format, (report: Report, ctx: Context, options: ReportOptions) => string>> = {
  text: (report, ctx, o) => renderText(report, { chalk: chalkFor(ctx, o.color, o.output), top: o.top }),
  markdown: (report, _ctx, o) => renderMarkdown(report, { top: o.top }),
  json: (report) => toJson(report),
};

export const assessCommand = async (options: AssessOptions, ctx: Context): Promise<void> => {
  const flags = parseTraitFlags(options.traits);
  const catalog = await loadCatalogWith(ctx, options.profiles);
  // The YAML parser and the schema library load only when there is a file to read.
  const fromFile = options.answers
    ? await (await import('../answers-file.js')).loadAnswersFile(options.answers, ctx.stdin, catalog.questions)
    : {};
  const traits = mergeTraits(fromFile, flags);
  if (!isComplete(traits)) {
    const missing = missingTraits(traits);
    throw usageError(
      `missing answers for ${missing.length} trait(s): ${missing.join(', ')}\n` +
        'give them with --trait <id>=<1-5> or --answers <file>; `careerfit questions > me.yaml` writes a template',
    );
  }
  await emitReport(catalog, traits, options, ctx);
};

export type ReportOptions = Pick<AssessOptions, 'format' | 'lang' | 'top' | 'output' | 'color'>;

/** Builds, renders and sends the report: the one path shared by `assess` and the quiz. */
export const emitReport = async (catalog: Catalog, traits: TraitAnswers, options: ReportOptions, ctx: Context): Promise<Report> => {
  const report = buildReport(catalog, traits, options.lang);
  await emit(ctx, RENDERERS[options.format](report, ctx, options), options.output);
  return report;
};
