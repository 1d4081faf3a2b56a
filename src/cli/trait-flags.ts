import type { PartialTraits } from '../core/answers.js';
import { usageError } from '../core/errors.js';
import { unknownMessage } from '../core/suggest.js';
import { isTraitId, SCALE_MAX, SCALE_MIN, TRAIT_IDS } from '../core/traits.js';

/** `--trait empathy=4` flags → trait levels. Later flags win, like most command lines. */
export const parseTraitFlags = (flags: readonly string[]): PartialTraits => {
  const traits: PartialTraits = {};
  for (const flag of flags) {
    const match = /^([^=]+)=(.*)$/.exec(flag);
    if (!match) throw usageError(`--trait ${flag}: expected <trait>=<${SCALE_MIN}-${SCALE_MAX}>, e.g. --trait empathy=4`);
    const [, id, raw] = match as unknown as [string, string, string];
    if (!isTraitId(id)) throw usageError(`--trait ${flag}: ${unknownMessage('trait', id, TRAIT_IDS)}`);
    const level = Number(raw);
    if (!/^\d+$/.test(raw) || level < SCALE_MIN || level > SCALE_MAX) {
      throw usageError(`--trait ${flag}: expected a whole number from ${SCALE_MIN} to ${SCALE_MAX}`);
    }
    traits[id] = level;
  }
  return traits;
};
