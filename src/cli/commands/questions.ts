import { questionsView } from '../../core/views/questions.js';
import type { Lang } from '../../core/text.js';
import type { Context } from '../context.js';
import { emit, type OutputOptions } from '../emit.js';
import type { TemplateFormat } from '../render/formats.js';
import { QUESTIONS_RENDERERS } from '../render/questions.js';

export interface QuestionsOptions extends OutputOptions<TemplateFormat> {
  readonly lang: Lang;
}

/** `careerfit questions`: the answer-file template, every question as a comment. */
export const questionsCommand = async (options: QuestionsOptions, ctx: Context): Promise<void> => {
  await emit(ctx, questionsView(await ctx.loadCatalog(), options.lang), QUESTIONS_RENDERERS, options);
};
