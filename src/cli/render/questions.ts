import type { QuestionsView } from '../../core/views/questions.js';
import type { Renderers } from '../output/emit.js';
import { sanitize } from '../output/sanitize.js';
import { toJson, type TemplateFormat } from './formats.js';

const comment = (text: string) => `# ${sanitize(text).replace(/\n/g, ' ')}`;

/** An answer file to fill in: questions grouped by trait, each with its statement as a comment. */
export const renderQuestionsYaml = (view: QuestionsView): string => {
  const lines = [...view.header.map(comment), '', 'answers:'];
  for (const trait of view.traits) {
    lines.push('', `  ${comment(trait.heading)}`);
    for (const q of trait.questions) lines.push(`  ${comment(q.text)}`, `  ${q.id}:`);
  }
  return `${lines.join('\n')}\n`;
};

export const QUESTIONS_RENDERERS: Renderers<QuestionsView, TemplateFormat> = {
  yaml: renderQuestionsYaml,
  json: (view) => toJson(view.data),
};
