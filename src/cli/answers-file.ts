import type { AnswerSet } from '../core/answers.js';
import { plainAnswers } from '../core/plain-answers.js';
import type { Question } from '../core/types.js';
import { readText } from './read-text.js';

/**
 * Reads an answer file (YAML or JSON, `-` for stdin): its question answers and trait levels.
 * A clean JSON file is checked by hand; anything else loads the YAML parser and the schema.
 */
export const loadAnswersFile = async (path: string, stdin: NodeJS.ReadableStream, questions: readonly Question[]): Promise<AnswerSet> => {
  const source = await readText(path, stdin);
  const plain = plainAnswers(source.text, new Set(questions.map((q) => q.id)));
  if (plain) return plain;
  const { parseAnswers } = await import('./answers-yaml.js');
  return parseAnswers(source, questions);
};
