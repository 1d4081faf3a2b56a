import { questionsView } from '../../core/views/questions.js';
import type { Context } from '../context.js';
import { emit } from '../output/emit.js';
import { commandPrefix } from '../words/invocation.js';
import type { QuestionsOptions } from '../options.js';
import { QUESTIONS_RENDERERS } from '../render/questions.js';

/** `careerfit questions`: the answer-file template, every question as a comment. */
export const questionsCommand = async (options: QuestionsOptions, ctx: Context): Promise<void> => {
  await emit(ctx, questionsView(await ctx.loadCatalog(), options.lang, commandPrefix(ctx.env)), QUESTIONS_RENDERERS, options);
};
