import { MESSAGES } from '../messages.js';
import type { RoleContent } from '../role-content.js';
import type { Lang } from '../text.js';

/** Misconceptions, expectations and differences, with their words: shared by the report and the role view. */
export interface ContentView {
  readonly misconceptions: readonly { readonly myth: string; readonly reality: string }[];
  readonly expectations: readonly { readonly expectation: string; readonly reality: string }[];
  /** `label` names the other role: "vs Social Worker". */
  readonly differences: readonly { readonly label: string; readonly text: string }[];
  readonly labels: ContentLabels;
}

export interface ContentLabels {
  readonly misconceptions: string;
  readonly expectations: string;
  readonly differences: string;
  readonly myth: string;
  readonly reality: string;
  readonly expectation: string;
}

export const contentView = (content: Pick<RoleContent, 'misconceptions' | 'expectations' | 'differences'>, lang: Lang): ContentView => {
  const m = MESSAGES[lang];
  return {
    misconceptions: content.misconceptions,
    expectations: content.expectations,
    differences: content.differences.map((d) => ({ label: m.comparedWith(d.title), text: d.text })),
    labels: {
      misconceptions: m.headings.misconceptions,
      expectations: m.headings.expectations,
      differences: m.headings.differences,
      myth: m.myth,
      reality: m.reality,
      expectation: m.expectation,
    },
  };
};
