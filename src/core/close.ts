import type { RoleResult } from './assess.js';

/** How sure "one clear best fit" must be: the close roles are the fewest that hold the best fit this often. */
export const CLOSE_SET = 0.8;

/**
 * The roles the answers cannot tell apart from #1, #1 first: #1, then the others by their odds of
 * being the best fit, until together they hold it with CLOSE_SET probability. A role a limit holds
 * back is among them only when the answers leave its standing itself in doubt (it is close to the
 * level it needs, or to where a warning sign applies): otherwise its odds are next to none.
 */
export const closeRoles = (ranked: readonly RoleResult[], odds: readonly number[]): string[] => {
  const [top] = ranked;
  if (!top) return [];
  const others = ranked
    .map((r, i) => ({ r, p: odds[i]! }))
    .slice(1)
    .sort((a, b) => b.p - a.p);
  const close = [top.role.id];
  let held = odds[0]!;
  for (const { r, p } of others) {
    if (held >= CLOSE_SET || p === 0) break;
    close.push(r.role.id);
    held += p;
  }
  return close;
};
