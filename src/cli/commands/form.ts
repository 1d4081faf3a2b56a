import { formView } from '../../core/views/form.js';
import type { Context } from '../context.js';
import { emit } from '../output/emit.js';
import type { FormOptions } from '../options.js';
import { FORM_RENDERERS } from '../render/form.js';
import { commandPrefix } from '../words/invocation.js';

/** `careerfit form`: the statements a form asks, in quiz order with their ids; a paper form; a CSV template. */
export const formCommand = async (options: FormOptions, ctx: Context): Promise<void> => {
  await emit(ctx, formView(await ctx.loadCatalog(), options.lang, commandPrefix(ctx.env)), FORM_RENDERERS, options);
};
