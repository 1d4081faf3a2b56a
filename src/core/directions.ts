import type { Text } from './text.js';

/**
 * How a role's trait entry reads. `at-least`: the role needs this much or more, and more is never a
 * misfit (the seeds' kuat, tinggi, mendalam, baik). `at-most`: the role needs little of it, because
 * a seed sets the role apart from one that does (profit for an NGO programme manager).
 */
export const DIRECTIONS = {
  'at-least': { sign: 1, symbol: '≥', label: { id: 'paling sedikit', en: 'at least' } },
  'at-most': { sign: -1, symbol: '≤', label: { id: 'paling banyak', en: 'at most' } },
} as const satisfies Record<string, { sign: 1 | -1; symbol: string; label: Text }>;

export type DirectionName = keyof typeof DIRECTIONS;
export const DIRECTION_NAMES = Object.keys(DIRECTIONS) as [DirectionName, ...DirectionName[]];

/** Profiles written before directions existed read as: an ideal of 3 or more is a floor, lower a ceiling. */
export const directionOf = (entry: { readonly ideal: number; readonly direction?: DirectionName }): DirectionName => entry.direction ?? (entry.ideal >= 3 ? 'at-least' : 'at-most');
