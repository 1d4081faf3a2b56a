import { BUILT_IN } from '../catalog.js';
import { localize } from '../localize.js';
import { MESSAGES } from '../messages.js';
import type { Lang } from '../text.js';
import type { Catalog, RoleKind } from '../types.js';

/** One line of the role list. */
export interface RoleEntry {
  readonly id: string;
  readonly kind: RoleKind;
  readonly title: string;
  readonly summary: string;
  /** `built-in`, or the file a user role came from. */
  readonly origin: string;
}

export interface RoleEntryView extends RoleEntry {
  /** "comparison role" for a role the seeds only compare the others with. */
  readonly kindLabel?: string;
  /** "from my-roles/x.yaml" for a role from the user's folders. */
  readonly originLabel?: string;
}

/** The role list: `data` is what `careerfit roles --format json` prints. */
export interface RolesView {
  readonly data: { readonly schemaVersion: 1; readonly roles: readonly RoleEntry[] };
  /** Every role with the words shown beside it. */
  readonly roles: readonly RoleEntryView[];
  /** Column headings of the Markdown table. */
  readonly labels: { readonly id: string; readonly role: string; readonly summary: string };
}

export const rolesView = (catalog: Catalog, lang: Lang): RolesView => {
  const m = MESSAGES[lang];
  const roles = catalog.roles.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: localize(r.title, lang),
    summary: localize(r.summary, lang),
    origin: catalog.origins[r.id] ?? BUILT_IN,
  }));
  return {
    data: { schemaVersion: 1, roles },
    roles: roles.map((r) => ({ ...r, ...(r.kind === 'contrast' ? { kindLabel: m.contrast } : {}), ...(r.origin === BUILT_IN ? {} : { originLabel: m.from(r.origin) }) })),
    labels: { id: 'id', role: m.headings.role, summary: m.headings.summary },
  };
};
