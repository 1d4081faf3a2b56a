import { MAX_FOLLOW_UPS } from '../follow-ups.js';
import { localize } from '../localize.js';
import { MESSAGES } from '../messages.js';
import type { Lang } from '../text.js';
import { TRAIT_IDS, type TraitId } from '../traits.js';
import type { Catalog, Question } from '../types.js';

/**
 * An item a script may answer: `kind: likert` items take 1–5; a script answers one from a trait
 * level t as t, or 6 − t when `reverse`.
 */
export interface QuestionItem {
  readonly id: string;
  readonly kind: 'likert';
  readonly trait: TraitId;
  readonly reverse: boolean;
  readonly text: string;
}

/** The question bank as an answer file to fill in: `data` is what `careerfit questions --format json` prints. */
export interface QuestionsView {
  readonly data: {
    readonly schemaVersion: 2;
    readonly lang: Lang;
    readonly scale: readonly { readonly value: number; readonly label: string }[];
    readonly questions: readonly QuestionItem[];
    /** Asked only when the top roles are close (see MAX_FOLLOW_UPS); answering them all only sharpens the result. */
    readonly followups: readonly QuestionItem[];
    readonly maxFollowUps: number;
  };
  /** What the answer file says about itself, a line each: how to answer and how to run it. */
  readonly header: readonly string[];
  /** The fixed quiz by trait, each trait with its name and description: "Empathy: …". */
  readonly traits: readonly { readonly heading: string; readonly questions: readonly { readonly id: string; readonly text: string }[] }[];
}

export const questionsView = (catalog: Catalog, lang: Lang, prefix = 'careerfit'): QuestionsView => {
  const m = MESSAGES[lang];
  const item = (q: Question): QuestionItem => ({ id: q.id, kind: 'likert', trait: q.trait, reverse: q.reverse, text: localize(q.text, lang) });
  return {
    data: {
      schemaVersion: 2,
      lang,
      scale: m.scale.map((label, i) => ({ value: i + 1, label })),
      questions: catalog.questions.map(item),
      followups: (catalog.followUps ?? []).map(item),
      maxFollowUps: MAX_FOLLOW_UPS,
    },
    header: m.template(prefix),
    traits: TRAIT_IDS.map((trait) => {
      const info = catalog.traits[trait];
      return {
        heading: `${localize(info.label, lang)}: ${localize(info.description, lang)}`,
        questions: catalog.questions.filter((q) => q.trait === trait).map((q) => ({ id: q.id, text: localize(q.text, lang) })),
      };
    }),
  };
};
