/** Output formats of report-like commands. */
export const FORMATS = ['text', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
/** Formats of the answer-file template (`careerfit questions`). */
export const TEMPLATE_FORMATS = ['yaml', 'json'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];
/** The fit report also comes as one self-contained HTML page (render/html.ts). */
export const REPORT_FORMATS = [...FORMATS, 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * JSON.stringify escapes C0 controls but not C1 controls or bidirectional overrides, which a
 * terminal would still act on; escaping them keeps the data intact and the screen safe.
 */
const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export const toJson = (value: unknown): string =>
  `${JSON.stringify(value, null, 2).replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
