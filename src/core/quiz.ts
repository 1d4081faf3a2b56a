import type { Question } from './types.js';

/** Answer to the "go back" choice. */
export const BACK = 'back';

export interface QuizItem {
  readonly question: Question;
  /** 1-based position, for "7/24". */
  readonly index: number;
  /** How many there are; undefined for follow-ups, which are chosen one at a time ("+2"). */
  readonly total?: number;
  /** The earlier answer when the person came back to this question. */
  readonly previous?: number;
  readonly canGoBack: boolean;
}

/** Where a question stands, as the prompt shows it: "(7/34)", or "(+2)" for the second follow-up. */
export const position = (index: number, total?: number): string => (total === undefined ? `(+${index})` : `(${index}/${total})`);

/** Asks one question; the real one is an Inquirer prompt, tests pass their own. */
export type Ask = (item: QuizItem) => Promise<number | typeof BACK>;

export interface RunQuizOptions {
  /** Answers from an earlier, unfinished sitting: the quiz goes on at the first question without one. */
  readonly start?: Readonly<Record<string, number>>;
  /** Called after every answer with all answers so far, so progress can be kept. */
  readonly onAnswer?: (answers: Readonly<Record<string, number>>) => Promise<void> | void;
}

/** Asks every question in order; "back" returns to the previous one with its answer preselected. */
export const runQuiz = async (questions: readonly Question[], ask: Ask, options: RunQuizOptions = {}): Promise<Record<string, number>> => {
  const answers = new Map<string, number>(questions.flatMap((q) => (options.start?.[q.id] !== undefined ? [[q.id, options.start[q.id]!]] : [])));
  let i = Math.max(0, questions.findIndex((q) => !answers.has(q.id)));
  if (answers.size === questions.length) i = questions.length;
  while (i < questions.length) {
    const question = questions[i]!;
    const answer = await ask({ question, index: i + 1, total: questions.length, previous: answers.get(question.id), canGoBack: i > 0 });
    if (answer === BACK) {
      i = Math.max(0, i - 1);
      continue;
    }
    answers.set(question.id, answer);
    await options.onAnswer?.(Object.fromEntries(answers));
    i += 1;
  }
  // In bank order, so a saved file reads like the questions.
  return Object.fromEntries(questions.map((q) => [q.id, answers.get(q.id)!]));
};
