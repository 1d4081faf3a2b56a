import type { Catalog, Question } from './types.js';

const cache = new WeakMap<Catalog, readonly Question[]>();

/** Every item an answer may name: the fixed quiz, the follow-ups, and retired items old files still hold. */
export const allItems = (catalog: Catalog): readonly Question[] => {
  let items = cache.get(catalog);
  if (!items) {
    items = [...catalog.questions, ...(catalog.followUps ?? []), ...(catalog.retired ?? [])];
    cache.set(catalog, items);
  }
  return items;
};
