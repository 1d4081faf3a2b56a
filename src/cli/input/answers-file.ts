import type { AnswerSet } from '../../core/answers.js';
import { plainAnswers } from './plain-answers.js';
import type { Question } from '../../core/types.js';
import { readText, type Source, type StdinSource } from './read-text.js';

/**
 * Reads an answer file (YAML or JSON, `-` for stdin): its question answers and trait levels.
 * A clean JSON file is checked by hand; anything else loads the YAML parser and the schema.
 */
export const loadAnswersFile = async (path: string, input: StdinSource, questions: readonly Question[]): Promise<AnswerSet> =>
  answersFromSource(await readText(path, input), questions);

/** An answer set from text already read (standard input can be read only once). */
export const answersFromSource = async (source: Source, questions: readonly Question[]): Promise<AnswerSet> => {
  const plain = plainAnswers(source.text, new Set(questions.map((q) => q.id)));
  if (plain) return plain;
  const { parseAnswers } = await import('./answers-yaml.js');
  return parseAnswers(source, questions);
};
