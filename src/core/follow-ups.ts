import { evaluate, type Evaluation } from './evaluate.js';
import type { Catalog, Question } from './types.js';

/** Answers every fixed item, then the follow-ups the first result asks for; for simulations. */
export const answerAll = (catalog: Catalog, respond: (question: Question) => number): { answers: Record<string, number>; evaluation: Evaluation; followUps: number } => {
  const answers = Object.fromEntries(catalog.questions.map((q) => [q.id, respond(q)]));
  return { answers, evaluation: evaluate(catalog, { answers, traits: {} }), followUps: 0 };
};
