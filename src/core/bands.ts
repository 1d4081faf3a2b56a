import type { Text } from './text.js';

/**
 * Fit bands, highest first. A score belongs to the first band whose minimum it reaches.
 * Scores are profile shape: 50 means what the role needs stands level with the rest of the
 * profile, and every 12.5 points is one scale point more along the role's direction. `good` (65)
 * asks for about 1.2 points, `strong` (80) for about 2.4; below 55 the profile leans away.
 */
export const BANDS = [
  { id: 'strong', min: 80, label: { id: 'sangat cocok', en: 'strong fit' } },
  { id: 'good', min: 65, label: { id: 'cocok', en: 'good fit' } },
  { id: 'partial', min: 55, label: { id: 'cocok sebagian', en: 'partial fit' } },
  { id: 'weak', min: 0, label: { id: 'kurang cocok', en: 'weak fit' } },
] as const satisfies readonly { id: string; min: number; label: Text }[];

export type BandId = (typeof BANDS)[number]['id'];
export type Band = (typeof BANDS)[number];
export const BAND_IDS = BANDS.map((band) => band.id) as [BandId, ...BandId[]];

export const bandFor = (score: number): Band => BANDS.find((band) => score >= band.min) ?? BANDS[3];

export const bandById = (id: BandId): Band => BANDS.find((band) => band.id === id)!;

/** Bands at or above this one count as a real fit; below it the report says no role fits. */
export const FIT_BAND: BandId = 'good';
export const isFit = (id: BandId): boolean => bandById(id).min >= bandById(FIT_BAND).min;

/** The band a role falls to when a limit keeps it from counting as a fit: the one just below the fit band. */
export const BELOW_FIT: BandId = BANDS[BANDS.findIndex((b) => b.id === FIT_BAND) + 1]!.id;
