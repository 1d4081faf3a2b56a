import type { AnswerSet } from '../core/answers.js';
import { usageError } from '../core/errors.js';
import { answersFileSchema } from '../core/schema.js';
import type { Question } from '../core/types.js';
import { readText } from './read-text.js';
import { loadYaml } from './yaml-source.js';

const HINT = 'expected `traits:` and/or `answers:` (run `careerfit questions` for a template)';

/** Reads an answer file (YAML or JSON, `-` for stdin): its question answers and trait levels. */
export const loadAnswersFile = async (
  path: string,
  stdin: NodeJS.ReadableStream,
  questions: readonly Question[],
): Promise<AnswerSet> => {
  const source = await readText(path, stdin);
  const file = loadYaml(source, answersFileSchema(questions.map((q) => q.id)), `file is empty: ${HINT}`);
  if (!file.traits && !file.answers) throw usageError(`${source.name}: no answers: ${HINT}`);
  return { answers: file.answers ?? {}, traits: file.traits ?? {} };
};
