export type ColorLevel = 0 | 1 | 2 | 3;

interface ColorInput {
  /** false for --no-color; undefined when no flag was given. */
  readonly flag: boolean | undefined;
  readonly env: NodeJS.ProcessEnv;
  /** Whether the report goes to a terminal (not a pipe or a file). */
  readonly isTTY: boolean;
}

const FORCE_LEVELS: Readonly<Record<string, ColorLevel>> = { '': 1, true: 1, false: 0, '0': 0, '1': 1, '2': 2, '3': 3 };

/**
 * Decides the colour level once, in the order users expect: the flag, then NO_COLOR
 * (https://no-color.org), then FORCE_COLOR, then whether the report goes to a terminal.
 */
export const colorLevel = ({ flag, env, isTTY }: ColorInput): ColorLevel => {
  if (flag === false) return 0;
  if (env.NO_COLOR) return 0;
  if (env.FORCE_COLOR !== undefined) return FORCE_LEVELS[env.FORCE_COLOR] ?? 1;
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return env.TERM?.includes('256') ? 2 : 1;
};
