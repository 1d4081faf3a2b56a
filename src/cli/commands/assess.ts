import { NO_ANSWERS, type AnswerSet } from '../../core/answers.js';
import { allItems } from '../../core/items.js';
import { localUsage } from '../words/error-messages.js';
import { decodeCode } from '../../core/result-code.js';
import type { Catalog } from '../../core/types.js';
import type { Context } from '../context.js';
import { CLI_MESSAGES } from '../words/messages.js';
import type { AssessOptions } from '../options.js';
import { emitReport } from '../output/report-pipeline.js';
import { parseTraitFlags } from '../input/trait-flags.js';
import { loadCatalogWith } from '../input/user-catalog.js';

/**
 * The answers to assess: a result code or an answer file, with --trait flags on top of either
 * ("what if I were stronger at…": the code's answers, one trait changed).
 */
const answerSet = async (options: AssessOptions, catalog: Catalog, ctx: Context): Promise<AnswerSet> => {
  const flags = parseTraitFlags(options.traits);
  if (options.code !== undefined) {
    if (options.answers) throw localUsage('codeWithAnswers');
    const decoded = decodeCode(catalog, options.code);
    return { answers: decoded.answers, traits: { ...decoded.traits, ...flags } };
  }
  // A person at a terminal who typed `--answers -` sees why nothing happens yet.
  if (options.answers === '-' && ctx.stdin.isTTY) ctx.stderr.write(`${CLI_MESSAGES[options.lang].readingStdin}\n`);
  // The YAML parser and the schema library load only when there is a file to read.
  const file = options.answers
    ? await (await import('../input/answers-file.js')).loadAnswersFile(options.answers, ctx, allItems(catalog))
    : NO_ANSWERS;
  return { answers: file.answers, traits: { ...file.traits, ...flags } };
};

/** `careerfit assess`: one report from answers given as flags, a file or a result code; or, with --batch, a result a row. */
export const assessCommand = async (options: AssessOptions, ctx: Context): Promise<void> => {
  if (options.batch !== undefined) return (await import('../batch/score-batch.js')).scoreBatch(options, ctx);
  if (options.strict) throw localUsage('strictWithoutBatch');
  if (options.idColumn !== undefined) throw localUsage('batchOnly', '--id-column');
  if (options.titles) throw localUsage('batchOnly', '--titles');
  const { format } = options;
  if (format === 'csv') throw localUsage('csvWithoutBatch');
  const catalog = await loadCatalogWith(ctx, options.profiles);
  const set = await answerSet(options, catalog, ctx);
  await emitReport(catalog, set, { ...options, format }, ctx);
};
