import type { Lang } from '../core/text.js';
import type { OutputOptions } from './emit.js';
import type { Format } from './render/formats.js';

/** Options of the commands that show a view of the catalog: role, roles, compare, groups. */
export interface ViewOptions extends OutputOptions<Format> {
  readonly lang: Lang;
  /** Extra role folders (after CAREERFIT_PROFILES). */
  readonly profiles?: readonly string[];
}
