/** The fixed trait vocabulary. Answer files, questions and role profiles use exactly these ids. */
export const TRAIT_IDS = [
  'empathy',
  'communication',
  'teamwork',
  'leadership',
  'social_awareness',
  'proactivity',
  'influence',
  'advocacy',
  'analytical',
  'decision_making',
  'planning',
  'resilience',
  'innovation',
  'helping_motivation',
  'dedication',
  'direct_service',
  'profit_focus',
] as const;

export type TraitId = (typeof TRAIT_IDS)[number];

/** Answers are on a 1–5 Likert scale: 1 = not at all like me, 5 = very much like me. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** Trait levels after aggregation; may be fractional when several questions are averaged. */
export type TraitAnswers = Readonly<Record<TraitId, number>>;

const traitSet: ReadonlySet<string> = new Set(TRAIT_IDS);
export const isTraitId = (value: string): value is TraitId => traitSet.has(value);
