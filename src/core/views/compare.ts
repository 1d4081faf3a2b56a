import { traitLabel } from '../localize.js';
import { MESSAGES } from '../messages.js';
import type { Lang } from '../text.js';
import { TRAIT_IDS, type TraitId } from '../traits.js';
import type { Catalog, Role } from '../types.js';
import { describeRole, type RoleDetails } from './role.js';

/** What a role asks of one trait: its ideal ("≥ 5" as `level`) and how much it needs it, in words as `importance`; null when the role leaves the trait out. */
export type TraitLevel = { readonly ideal: number; readonly weight: number; readonly level: string; readonly importance: string } | null;

/** Two roles side by side: the data `careerfit compare --format json` prints. */
export interface RoleComparison {
  readonly schemaVersion: 1;
  readonly lang: Lang;
  readonly roles: readonly [RoleDetails, RoleDetails];
  /** Every trait either role weighs, with both profiles' ideal and weight (null when absent). */
  readonly traits: readonly { trait: TraitId; label: string; a: TraitLevel; b: TraitLevel }[];
}

/** The comparison as the text and Markdown renderers see it. */
export interface CompareView {
  readonly data: RoleComparison;
  readonly labels: {
    readonly traits: string;
    readonly ideal: string;
    readonly duties: string;
    readonly misconceptions: string;
  };
}

const level = (role: RoleDetails, trait: TraitId): TraitLevel => {
  const t = role.traits.find((x) => x.trait === trait);
  return t ? { ideal: t.ideal, weight: t.weight, level: t.level, importance: t.importance } : null;
};

export const compareView = (first: Role, second: Role, catalog: Catalog, lang: Lang): CompareView => {
  const m = MESSAGES[lang];
  const roles = [describeRole(first, catalog, lang), describeRole(second, catalog, lang)] as const;
  return {
    data: {
      schemaVersion: 1,
      lang,
      roles,
      traits: TRAIT_IDS.filter((t) => level(roles[0], t) || level(roles[1], t)).map((trait) => ({
        trait,
        label: traitLabel(catalog, trait, lang),
        a: level(roles[0], trait),
        b: level(roles[1], trait),
      })),
    },
    labels: { traits: m.headings.traits, ideal: m.ideal, duties: m.headings.duties, misconceptions: m.headings.misconceptions },
  };
};
