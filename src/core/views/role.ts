import { BUILT_IN } from '../catalog.js';
import { describeCondition } from '../condition-text.js';
import { DIRECTIONS, directionOf, type DirectionName } from '../directions.js';
import { localize, traitLabel } from '../localize.js';
import { MESSAGES } from '../messages.js';
import { importanceOf } from '../reasons.js';
import { roleContent, type RoleContent } from '../role-content.js';
import type { Lang, Text } from '../text.js';
import type { TraitId } from '../traits.js';
import type { Catalog, Role, RoleKind, TraitIdeal } from '../types.js';
import { contentView, type ContentView } from './content.js';

/** One role in full, in one language: the data `careerfit role --format json` prints. */
export interface RoleDetails extends RoleContent {
  readonly id: string;
  readonly kind: RoleKind;
  readonly title: string;
  readonly summary: string;
  readonly source: readonly string[];
  readonly origin: string;
  readonly duties: readonly string[];
  /** `level` is the ideal with its direction, e.g. "≥ 5" (more is never a misfit) or "≤ 2". */
  /** `importance` is how much the role needs the trait, in words (from its weight: "needs most"). */
  readonly traits: readonly { trait: TraitId; label: string; ideal: number; direction: DirectionName; level: string; weight: number; importance: string }[];
  readonly warnings: readonly { rule: string; when: string; message: string; adjust: number }[];
}

/** One role as the text and Markdown renderers see it: its details and the words around them. */
export interface RoleView {
  readonly data: RoleDetails;
  readonly labels: RoleLabels;
  /** "comparison role" for a role the seeds only compare the others with. */
  readonly kindLabel?: string;
  /** Where it comes from: its origin in words ("built-in" or the file), then its sources by title (a file name only when the catalog has no title for it). */
  readonly sources: readonly string[];
  readonly content: ContentView;
}

export interface RoleLabels {
  readonly duties: string;
  readonly traits: string;
  /** Column headings of the trait table. */
  readonly trait: string;
  readonly ideal: string;
  readonly needs: string;
  readonly fit: string;
  readonly warnings: string;
  readonly noWarnings: string;
  readonly source: string;
}

export const describeRole = (role: Role, catalog: Catalog, lang: Lang): RoleDetails => {
  const l = (text: Text) => localize(text, lang);
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
        return {
          trait,
          label: traitLabel(catalog, trait, lang),
          ideal: t.ideal,
          direction,
          level: `${DIRECTIONS[direction].symbol} ${t.ideal}`,
          weight: t.weight,
          importance: MESSAGES[lang].importance[importanceOf(t.weight)],
        };
      })
      .sort((a, b) => b.weight - a.weight),
    warnings: role.rules
      .filter((r) => r.event.warning)
      .map((r) => ({ rule: r.id, when: describeCondition(r.when, catalog, lang), message: l(r.event.warning!), adjust: r.event.adjust })),
    ...roleContent(role, catalog, lang),
  };
};

/** A source as a reader knows it: the article's title in quotes, or what the profile says when the catalog has no title. */
const sourceTitle = (catalog: Catalog, file: string, lang: Lang): string => {
  const title = catalog.sources?.[file]?.title;
  return title ? `“${localize(title, lang)}”` : file;
};

export const roleView = (role: Role, catalog: Catalog, lang: Lang): RoleView => {
  const m = MESSAGES[lang];
  const data = describeRole(role, catalog, lang);
  return {
    data,
    labels: {
      duties: m.headings.duties,
      traits: m.headings.traits,
      trait: m.headings.trait,
      ideal: m.ideal,
      needs: m.needs,
      fit: m.headings.fit,
      warnings: m.headings.warnings,
      noWarnings: m.noWarnings,
      source: m.source,
    },
    ...(data.kind === 'contrast' ? { kindLabel: m.contrast } : {}),
    sources: [data.origin === BUILT_IN ? m.builtIn : data.origin, ...data.source.map((file) => sourceTitle(catalog, file, lang))],
    content: contentView(data, lang),
  };
};
