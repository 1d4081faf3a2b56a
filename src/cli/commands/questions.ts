import { MESSAGES } from '../../core/messages.js';
import type { Lang } from '../../core/text.js';
import { TRAIT_IDS } from '../../core/traits.js';
import { MAX_FOLLOW_UPS } from '../../core/follow-ups.js';
import type { Catalog, Question } from '../../core/types.js';
import type { Context } from '../context.js';
import { emit } from '../emit.js';
import { toJson } from '../render/formats.js';
import { sanitize } from '../sanitize.js';

export const TEMPLATE_FORMATS = ['yaml', 'json'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

export interface QuestionsOptions {
  readonly format: TemplateFormat;
  readonly lang: Lang;
  readonly output?: string;
}

const comment = (text: string) => `# ${sanitize(text).replace(/\n/g, ' ')}`;

/** An answer file to fill in: questions grouped by trait, each with its statement as a comment. */
const yamlTemplate = (catalog: Catalog, lang: Lang): string => {
  const lines = [...MESSAGES[lang].template.map(comment), '', 'answers:'];
  for (const trait of TRAIT_IDS) {
    const info = catalog.traits[trait];
    lines.push('', `  ${comment(`${info.label[lang]}: ${info.description[lang]}`)}`);
    for (const q of catalog.questions.filter((x) => x.trait === trait)) {
      lines.push(`  ${comment(q.text[lang])}`, `  ${q.id}:`);
    }
  }
  return `${lines.join('\n')}\n`;
};

/**
 * Every item a script may answer: `kind: likert` items take 1–5; a script answers one from a trait
 * level t as t, or 6 − t when `reverse`. `followups` are asked only when the top roles are close
 * (see MAX_FOLLOW_UPS); answering them all is allowed and only sharpens the result.
 */
const jsonTemplate = (catalog: Catalog, lang: Lang): string => {
  const item = (q: Question) => ({ id: q.id, kind: 'likert', trait: q.trait, reverse: q.reverse, text: q.text[lang] });
  return toJson({
    schemaVersion: 2,
    lang,
    scale: MESSAGES[lang].scale.map((label, i) => ({ value: i + 1, label })),
    questions: catalog.questions.map(item),
    followups: (catalog.followUps ?? []).map(item),
    maxFollowUps: MAX_FOLLOW_UPS,
  });
};

export const questionsCommand = async (options: QuestionsOptions, ctx: Context): Promise<void> => {
  const catalog = await ctx.loadCatalog();
  const text = options.format === 'json' ? jsonTemplate(catalog, options.lang) : yamlTemplate(catalog, options.lang);
  await emit(ctx, text, options.output);
};
