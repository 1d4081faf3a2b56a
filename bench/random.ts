/** mulberry32: a small seeded generator, so every run draws the same numbers. */
export const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Normal draws by Box–Muller over a uniform generator. */
export const normal = (uniform: () => number) => (mean: number, sd: number): number => {
  const u = 1 - uniform();
  const v = uniform();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
};
