import { FORM_MESSAGES, type FormMessages } from '../form-messages.js';
import { localize } from '../localize.js';
import { MESSAGES } from '../messages.js';
import type { Lang } from '../text.js';
import type { Catalog } from '../types.js';

/**
 * `careerfit form`: the fixed quiz's statements in the order the quiz asks them, with their ids
 * (which a form export's headers may use instead of the statement), the scale, and the header of a
 * CSV the batch reads back. Follow-ups are left out: a form asks everyone the same statements.
 */
export interface FormView {
  readonly lang: Lang;
  readonly words: FormMessages;
  readonly prefix: string;
  readonly scale: readonly { readonly value: number; readonly label: string }[];
  readonly statements: readonly { readonly no: number; readonly id: string; readonly text: string }[];
  /** The CSV template's header: the name column, then every statement's id. */
  readonly template: readonly string[];
}

export const formView = (catalog: Catalog, lang: Lang, prefix = 'careerfit'): FormView => {
  const words = FORM_MESSAGES[lang];
  const statements = catalog.questions.map((q, i) => ({ no: i + 1, id: q.id, text: localize(q.text, lang) }));
  return {
    lang,
    words,
    prefix,
    scale: MESSAGES[lang].scale.map((label, i) => ({ value: i + 1, label })),
    statements,
    template: [words.nameColumn, ...statements.map((s) => s.id)],
  };
};
