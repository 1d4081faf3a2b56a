import type { DirectionName } from './directions.js';
import type { OperatorName } from './operators.js';
import type { Text } from './text.js';
import type { TraitId } from './traits.js';

/** A comparison of one trait answer, e.g. `{ trait: empathy, op: lte, value: 2 }`. */
export interface ComparisonCondition {
  readonly trait: TraitId;
  readonly op: OperatorName;
  readonly value: number | readonly number[];
}

/** Conditions nest like json-rules-engine's: all / any / not over comparisons. */
export type Condition =
  | ComparisonCondition
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

export interface RuleEvent {
  /** Points added to the role's score when the rule fires (negative lowers it). */
  readonly adjust: number;
  readonly warning?: Text;
  readonly note?: Text;
}

export interface Rule {
  readonly id: string;
  /** Seed fact this rule encodes, e.g. `unfit.poor-communication`. */
  readonly fact?: string;
  readonly when: Condition;
  readonly event: RuleEvent;
}

export interface TraitIdeal {
  /** The level the seed asks for, shown beside the person's level. */
  readonly ideal: number;
  readonly weight: number;
  /** Whether more (`at-least`) or less (`at-most`) of the trait suits the role; see directions.ts. */
  readonly direction?: DirectionName;
  readonly fact?: string;
}

export interface Duty {
  readonly fact?: string;
  readonly text: Text;
}
export interface Misconception {
  readonly fact?: string;
  readonly myth: Text;
  readonly reality: Text;
}
export interface Expectation {
  readonly fact?: string;
  readonly expectation: Text;
  readonly reality: Text;
}
export interface Difference {
  readonly fact?: string;
  /** Id of the similar role, whether or not it is in the catalog. */
  readonly role: string;
  readonly text: Text;
}
export interface GroupLink {
  readonly group: string;
  readonly why: Text;
  /** Seed facts the reason rests on (`group.…` from seed 004 and the role's own). */
  readonly facts?: readonly string[];
  /** The reason is careerfit's own reasoning, which no seed states as such. */
  readonly own?: boolean;
}

/** A role's summary: text, and the seed facts it states. */
export interface Summary extends Text {
  readonly facts?: readonly string[];
}

/** Who the seed says fits the role, in careerfit's words, and the `fit.…` facts it covers. */
export interface Fit {
  readonly facts?: readonly string[];
  readonly text: Text;
}

export const ROLE_KINDS = ['role', 'contrast'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export interface Role {
  readonly id: string;
  /** Other names the command line accepts for the role, e.g. `activist` for `aktivis-okp`. */
  readonly aliases?: readonly string[];
  readonly kind: RoleKind;
  /** Seed file(s) the content comes from. */
  readonly source: readonly string[];
  readonly title: Text;
  readonly summary: Summary;
  readonly duties: readonly Duty[];
  readonly fit?: Fit;
  readonly traits: Readonly<Partial<Record<TraitId, TraitIdeal>>>;
  readonly rules: readonly Rule[];
  readonly misconceptions: readonly Misconception[];
  readonly expectations: readonly Expectation[];
  readonly differences: readonly Difference[];
  readonly groups: readonly GroupLink[];
}

export interface TraitInfo {
  readonly label: Text;
  readonly description: Text;
}

export interface Question {
  readonly id: string;
  readonly trait: TraitId;
  /** Reverse-keyed items are flipped (6 − answer) before averaging. */
  readonly reverse: boolean;
  readonly text: Text;
}

export const GROUP_KINDS = ['occupational', 'volunteer'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** A sentence about a group: the seed fact it states (`group.…`), or careerfit's own advice. */
export interface GroupText extends Text {
  readonly fact?: string;
  readonly own?: boolean;
}

export interface Group {
  readonly id: string;
  readonly kind: GroupKind;
  readonly name: Text;
  readonly what: GroupText;
  readonly benefits: readonly GroupText[];
  readonly drawbacks: readonly GroupText[];
  readonly examples: readonly GroupText[];
  readonly roles: readonly GroupText[];
  readonly join: readonly GroupText[];
}

/** Everything the engine and the reports need, already validated. */
export interface Catalog {
  readonly traits: Readonly<Record<TraitId, TraitInfo>>;
  /** The fixed quiz, in the order asked. */
  readonly questions: readonly Question[];
  /** Extra items, asked only to separate roles the fixed quiz leaves too close. */
  readonly followUps?: readonly Question[];
  /** Items no longer asked, still read from old answer files and result codes. */
  readonly retired?: readonly Question[];
  /** Result code versions before the current one: the item ids their digits stand for, in order. */
  readonly codeItems?: Readonly<Record<string, readonly string[]>>;
  readonly roles: readonly Role[];
  readonly groups: readonly Group[];
  /** The source articles by file name (a profile's `source:`), with their titles. */
  readonly sources?: Readonly<Record<string, { readonly title: Text }>>;
  /** Where each role was loaded from, for provenance in reports. */
  readonly origins: Readonly<Record<string, string>>;
}
