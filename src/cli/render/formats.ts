/** Output formats of report-like commands. */
export const FORMATS = ['text', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
