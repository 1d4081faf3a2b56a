import type { Trigger } from './conditions.js';
import { OPERATORS } from './operators.js';
import { BUILT_IN } from './catalog.js';
import { MESSAGES } from './messages.js';
import { formatValue, localize, roleContent, type RoleContent } from './report.js';
import type { Lang } from './text.js';
import { DIRECTIONS, directionOf, type DirectionName } from './directions.js';
import type { TraitId } from './traits.js';
import type { Catalog, Condition, Role, RoleKind, TraitIdeal } from './types.js';

/** One role in full, in one language: what `careerfit role` prints. */
export interface RoleView extends RoleContent {
  readonly id: string;
  readonly kind: RoleKind;
  readonly title: string;
  readonly summary: string;
  readonly source: readonly string[];
  readonly origin: string;
  readonly duties: readonly string[];
  /** `level` is the ideal with its direction, e.g. "≥ 5" (more is never a misfit) or "≤ 2". */
  readonly traits: readonly { trait: TraitId; label: string; ideal: number; direction: DirectionName; level: string; weight: number }[];
  readonly warnings: readonly { rule: string; when: string; message: string; adjust: number }[];
}

type Comparison = Omit<Trigger, 'answer' | 'holds'>;

/** A condition in words, e.g. `Empathy ≤ 2 and Communication ≤ 2`. */
export const describeCondition = (condition: Condition, catalog: Catalog, lang: Lang): string => {
  const join = (children: readonly Condition[], word: string) =>
    `(${children.map((c) => describeCondition(c, catalog, lang)).join(` ${word} `)})`;
  if ('all' in condition) return join(condition.all, lang === 'id' ? 'dan' : 'and');
  if ('any' in condition) return join(condition.any, lang === 'id' ? 'atau' : 'or');
  if ('not' in condition) return `${MESSAGES[lang].not} ${describeCondition(condition.not, catalog, lang)}`;
  const c: Comparison = condition;
  return `${localize(catalog.traits[c.trait].label, lang)} ${OPERATORS[c.op].symbol} ${formatValue(c.value)}`;
};

export const describeRole = (role: Role, catalog: Catalog, lang: Lang): RoleView => {
  const l = (text: { id: string; en: string }) => localize(text, lang);
  return {
    id: role.id,
    kind: role.kind,
    title: l(role.title),
    summary: l(role.summary),
    source: role.source,
    origin: catalog.origins[role.id] ?? BUILT_IN,
    duties: role.duties.map((d) => l(d.text)),
    traits: (Object.entries(role.traits) as [TraitId, TraitIdeal][])
      .map(([trait, t]) => {
        const direction = directionOf(t);
        return { trait, label: l(catalog.traits[trait].label), ideal: t.ideal, direction, level: `${DIRECTIONS[direction].symbol} ${t.ideal}`, weight: t.weight };
      })
      .sort((a, b) => b.weight - a.weight),
    warnings: role.rules
      .filter((r) => r.event.warning)
      .map((r) => ({ rule: r.id, when: describeCondition(r.when, catalog, lang), message: l(r.event.warning!), adjust: r.event.adjust })),
    ...roleContent(role, catalog, lang),
  };
};
