import type { AnswerSet } from '../../core/answers.js';
import { prefixedUsage } from '../../core/error-messages.js';
import { answersFileSchema } from '../../core/schema.js';
import type { Question } from '../../core/types.js';
import type { Source } from './read-text.js';
import { loadYaml } from './yaml-source.js';

const HINT = 'expected `traits:` and/or `answers:` (run `careerfit questions` for a template)';

/** The full path for answer files: YAML (or JSON) parsed with positions and checked by the schema. */
export const parseAnswers = (source: Source, questions: readonly Question[]): AnswerSet => {
  const file = loadYaml(source, answersFileSchema(questions.map((q) => q.id)), `file is empty: ${HINT}`);
  if (!file.traits && !file.answers) throw prefixedUsage('noAnswers', source.name);
  return { answers: file.answers ?? {}, traits: file.traits ?? {} };
};
