import type { PartialTraits } from '../../core/answers.js';
import { localUsage } from '../words/error-messages.js';
import { closest } from '../../core/suggest.js';
import { isTraitId, SCALE_MAX, SCALE_MIN, TRAIT_IDS } from '../../core/traits.js';

/** `--trait empathy=4` flags → trait levels. Later flags win, like most command lines. */
export const parseTraitFlags = (flags: readonly string[]): PartialTraits => {
  const traits: PartialTraits = {};
  for (const flag of flags) {
    const match = /^([^=]+)=(.*)$/.exec(flag);
    if (!match) throw localUsage('traitShape', flag, SCALE_MIN, SCALE_MAX);
    const [, id, raw] = match as unknown as [string, string, string];
    if (!isTraitId(id)) throw localUsage('traitUnknown', flag, id, closest(id, TRAIT_IDS));
    const level = Number(raw);
    if (!/^\d+$/.test(raw) || level < SCALE_MIN || level > SCALE_MAX) {
      throw localUsage('traitRange', flag, SCALE_MIN, SCALE_MAX);
    }
    traits[id] = level;
  }
  return traits;
};
