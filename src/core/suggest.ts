/** Edit distance (Levenshtein), for "did you mean" hints on mistyped ids and keys. */
export const distance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
};

/** The closest candidate, if it is near enough to be a plausible typo (or a prefix of it). */
export const closest = (input: string, candidates: readonly string[]): string | undefined => {
  const needle = input.toLowerCase();
  let best: { name: string; score: number } | undefined;
  for (const name of candidates) {
    const score = name.startsWith(needle) && needle.length >= 3 ? 0.5 : distance(needle, name);
    if (!best || score < best.score) best = { name, score };
  }
  // Up to a third of the word may be wrong, but never all of it: "5" suggests nothing.
  const limit = Math.min(Math.max(2, Math.floor(needle.length / 3)), needle.length - 1);
  return best && best.score <= limit ? best.name : undefined;
};

/** `unknown trait "empaty" (did you mean "empathy"?)` */
export const unknownMessage = (what: string, key: string, known: readonly string[]): string => {
  const hint = closest(key, known);
  return `unknown ${what} "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
};
