// Gold personas: people written from the seeds alone (test/data/gold-personas.yaml), each with the
// outcome its seed sentence implies. Shared by the validity harness and test/data/gold-personas.test.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { evaluate } from '../src/core/evaluate.js';
import { TRAIT_IDS, type TraitId } from '../src/core/traits.js';
import type { Catalog } from '../src/core/types.js';

export interface Persona {
  readonly id: string;
  readonly seed: string;
  readonly cites: string;
  readonly traits: Partial<Record<TraitId, number>>;
  readonly expect: {
    readonly top?: string;
    readonly none?: boolean;
    readonly not?: { readonly role: string; readonly trait: TraitId };
    readonly above?: { readonly role: string; readonly other: string };
  };
}

/** From the repository root, where `npm run validity` and vitest both run (the harness is bundled elsewhere). */
export const GOLD_FILE = join(process.cwd(), 'test', 'data', 'gold-personas.yaml');

export const loadPersonas = async (): Promise<Persona[]> => (parse(await readFile(GOLD_FILE, 'utf8')) as { personas: Persona[] }).personas;

/** Undefined when the persona's outcome holds, else what the engine said instead. */
export const checkPersona = (catalog: Catalog, persona: Persona): string | undefined => {
  const traits = Object.fromEntries(TRAIT_IDS.map((id) => [id, persona.traits[id] ?? 3]));
  const result = evaluate(catalog, { answers: {}, traits });
  const ids = result.ranked.map((r) => r.role.id);
  const e = persona.expect;
  const ok = e.top
    ? ids[0] === e.top && result.fit
    : e.none
      ? !result.fit
      : e.not
        ? (() => {
            const r = result.ranked.find((x) => x.role.id === e.not!.role)!;
            // Ruled out: not a fit, held back by the seed's warning on that trait, and not ranked first.
            return !r.fits && ids[0] !== e.not!.role && r.fired.some((f) => f.rule.event.warning && f.because.some((b) => b.trait === e.not!.trait));
          })()
        : ids.indexOf(e.above!.role) < ids.indexOf(e.above!.other);
  return ok ? undefined : `got ${result.ranked.slice(0, 3).map((r) => `${r.role.id} ${r.score}`).join(', ')}${result.fit ? '' : ', no fit'}`;
};
