import type { AnswerSet } from './answers.js';
import { settled, settledAfter } from './certainty.js';
import { CLOSE_SET } from './close.js';
import { evaluate, type Evaluation } from './evaluate.js';
import { BACK, type Ask, type RunQuizOptions } from './quiz.js';
import type { Catalog, Question } from './types.js';

/** At most this many follow-up items per person, so the quiz stays short. */
export const MAX_FOLLOW_UPS = 10;

/**
 * A follow-up costs a person about seven seconds; it is asked only when it is expected to settle
 * the answer by at least this much (the chance that two of the drawn profiles agree on the best
 * fit, certainty.ts), so no one answers statements that could hardly change what they read.
 */
export const MIN_GAIN = 0.003;

/**
 * The follow-up that would settle the best fit most, one at a time: none once #1 holds the best
 * fit with CLOSE_SET probability, after MAX_FOLLOW_UPS, when the answers cannot be scored, or when
 * no unasked item is expected to help.
 */
export const nextFollowUp = (catalog: Catalog, evaluation: Evaluation, set: AnswerSet, asked: number): Question | undefined => {
  if (!evaluation.reliable || asked >= MAX_FOLLOW_UPS || (evaluation.odds[0] ?? 1) >= CLOSE_SET) return undefined;
  const now = settled(evaluation.certainty);
  let best: Question | undefined;
  let bestGain = MIN_GAIN;
  for (const q of catalog.followUps ?? []) {
    if (set.answers[q.id] !== undefined || set.traits[q.trait] !== undefined) continue;
    const gain = settledAfter(evaluation.certainty, q, evaluation.ranked.length) - now;
    if (gain >= bestGain) {
      best = q;
      bestGain = gain;
    }
  }
  return best;
};

/** Answers every fixed item, then the follow-ups the answers call for, one by one, and evaluates: for simulations. */
export const answerAll = (
  catalog: Catalog,
  respond: (question: Question) => number,
  maxFollowUps = MAX_FOLLOW_UPS,
): { answers: Record<string, number>; evaluation: Evaluation; followUps: number } => {
  const answers: Record<string, number> = Object.fromEntries(catalog.questions.map((q) => [q.id, respond(q)]));
  let evaluation = evaluate(catalog, { answers, traits: {} });
  let followUps = 0;
  for (let q = nextFollowUp(catalog, evaluation, { answers, traits: {} }, 0); q && followUps < maxFollowUps; ) {
    answers[q.id] = respond(q);
    followUps++;
    evaluation = evaluate(catalog, { answers, traits: {} });
    q = nextFollowUp(catalog, evaluation, { answers, traits: {} }, followUps);
  }
  return { answers, evaluation, followUps };
};

/**
 * The quiz's follow-ups, one at a time, each the one `nextFollowUp` picks after the answers so
 * far; "back" returns to the previous follow-up with its answer preselected. Answers in `start`
 * (an unfinished sitting) are taken as given where the same follow-up comes up again, which it
 * does for the same answers. `before` runs once, before the first follow-up actually asked.
 */
export const runFollowUps = async (
  catalog: Catalog,
  fixed: Readonly<Record<string, number>>,
  ask: Ask,
  options: RunQuizOptions & { readonly before?: () => void } = {},
): Promise<Record<string, number>> => {
  const answers: Record<string, number> = { ...fixed };
  const given = new Map(Object.entries(options.start ?? {}));
  const asked: Question[] = [];
  const earlier = new Map<string, number>();
  let announced = false;
  for (;;) {
    const set = { answers, traits: {} };
    const next = nextFollowUp(catalog, evaluate(catalog, set), set, asked.length);
    if (!next) return answers;
    const restored = given.get(next.id);
    if (restored === undefined) {
      if (!announced) options.before?.();
      announced = true;
      const answer = await ask({ question: next, index: asked.length + 1, previous: earlier.get(next.id), canGoBack: asked.length > 0 });
      if (answer === BACK) {
        const previous = asked.pop()!;
        earlier.set(previous.id, answers[previous.id]!);
        given.delete(previous.id);
        delete answers[previous.id];
        continue;
      }
      answers[next.id] = answer;
      await options.onAnswer?.(answers);
    } else answers[next.id] = restored;
    asked.push(next);
  }
};
