import { evaluate, type Evaluation } from './evaluate.js';
import { directionFor } from './scoring.js';
import type { Catalog, Question } from './types.js';

/** At most this many follow-up items per person, so the quiz stays short. */
export const MAX_FOLLOW_UPS = 6;

/**
 * The follow-up items that best separate the close roles: those measuring the traits the close
 * roles weigh most differently from #1. None when #1 is clear or the answers are unreliable.
 */
export const pickFollowUps = (catalog: Catalog, evaluation: Evaluation, answered: Readonly<Record<string, number>>): Question[] => {
  if (!evaluation.reliable || evaluation.close.length < 2) return [];
  const roles = evaluation.close.map((id) => directionFor(catalog.roles.find((r) => r.id === id)!).coefficients);
  const [top, ...others] = roles;
  const separates = (q: Question) => others.reduce((sum, c) => sum + Math.abs(top![q.trait] - c[q.trait]), 0);
  return (catalog.followUps ?? [])
    .filter((q) => answered[q.id] === undefined && separates(q) > 0)
    .map((q, order) => ({ q, order, weight: separates(q) }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .slice(0, MAX_FOLLOW_UPS)
    .map((x) => x.q);
};

/** Answers every fixed item, then the follow-ups the result asks for, and evaluates: for batch simulations. */
export const answerAll = (
  catalog: Catalog,
  respond: (question: Question) => number,
): { answers: Record<string, number>; evaluation: Evaluation; followUps: number } => {
  const answers = Object.fromEntries(catalog.questions.map((q) => [q.id, respond(q)]));
  const first = evaluate(catalog, { answers, traits: {} });
  const extra = pickFollowUps(catalog, first, answers);
  if (!extra.length) return { answers, evaluation: first, followUps: 0 };
  for (const q of extra) answers[q.id] = respond(q);
  return { answers, evaluation: evaluate(catalog, { answers, traits: {} }), followUps: extra.length };
};
