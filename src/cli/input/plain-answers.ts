import type { AnswerSet } from '../../core/answers.js';
import { hasDistinctKeys, isLevel, isPlainObject } from '../../core/plain-json.js';
import { isTraitId } from '../../core/traits.js';

/**
 * A fast path for the common case of a clean JSON answer file: JSON.parse and a strict check,
 * so `assess` needs neither the YAML parser nor the schema library. It accepts only what the full
 * path accepts and returns undefined for anything else (a doubtful file then takes the full path,
 * which explains what is wrong, with line and column).
 */
export const plainAnswers = (text: string, questionIds: ReadonlySet<string>): AnswerSet | undefined => {
  if (!/^\s*\{/.test(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const { traits = {}, answers = {}, ...rest } = value;
  if (Object.keys(rest).length > 0 || !isPlainObject(traits) || !isPlainObject(answers)) return undefined;
  if (!('traits' in value) && !('answers' in value)) return undefined;
  const traitKeys = Object.keys(traits);
  const answerKeys = Object.keys(answers);
  if (!traitKeys.every((k) => isTraitId(k) && isLevel(traits[k]))) return undefined;
  if (!answerKeys.every((k) => questionIds.has(k) && isLevel(answers[k]))) return undefined;
  if (!hasDistinctKeys(text, Object.keys(value).length + traitKeys.length + answerKeys.length)) return undefined;
  return { answers: { ...answers } as Record<string, number>, traits: { ...traits } };
};
