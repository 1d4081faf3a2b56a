import type { Trigger } from './conditions.js';
import { traitLabel } from './localize.js';
import { listJoin, MESSAGES } from './messages.js';
import { OPERATORS } from './operators.js';
import type { Lang } from './text.js';
import type { Catalog, ComparisonCondition, Condition } from './types.js';

/**
 * Conditions in words, the one place they are written: as a formula for the role view
 * ("(Empathy ≤ 2 and not Communication ∈ {1, 2})") and, for a warning that fired, as the answer and
 * the levels the sign applies at ("your Empathy score is 2; this sign applies at 2 or lower").
 */

const formatValue = (value: ComparisonCondition['value']): string =>
  typeof value === 'number' ? String(value) : `{${value.join(', ')}}`;

/** One comparison as a formula: "Empathy ≤ 2". */
const comparisonFormula = (c: ComparisonCondition, catalog: Catalog, lang: Lang): string =>
  `${traitLabel(catalog, c.trait, lang)} ${OPERATORS[c.op].symbol} ${formatValue(c.value)}`;

/** One comparison as the levels it holds at ("2 or lower"), or, negated, the levels it fails at. */
const comparisonLevels = (c: ComparisonCondition, negated: boolean, lang: Lang): string => {
  const m = MESSAGES[lang];
  const op = negated ? OPERATORS[c.op].negation : c.op;
  const values = typeof c.value === 'number' ? [c.value] : c.value;
  return m.atLevels[op](listJoin(values.map(m.number), lang, 'or'));
};

/** A condition as a formula, e.g. `(Empathy ≤ 2 and Communication ≤ 2)`. */
export const describeCondition = (condition: Condition, catalog: Catalog, lang: Lang): string => {
  const group = (children: readonly Condition[], conjunction: 'and' | 'or') =>
    `(${listJoin(
      children.map((c) => describeCondition(c, catalog, lang)),
      lang,
      conjunction,
    )})`;
  if ('all' in condition) return group(condition.all, 'and');
  if ('any' in condition) return group(condition.any, 'or');
  if ('not' in condition) return `${MESSAGES[lang].not} ${describeCondition(condition.not, catalog, lang)}`;
  return comparisonFormula(condition, catalog, lang);
};

/** Why a warning fired: each comparison that decided it, with the answer it saw, joined by "; ". */
export const explainTriggers = (triggers: readonly Trigger[], catalog: Catalog, lang: Lang): string =>
  triggers.map((t) => MESSAGES[lang].because(traitLabel(catalog, t.trait, lang), t.answer, comparisonLevels(t, !t.holds, lang))).join('; ');
