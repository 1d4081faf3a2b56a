import { escapeUnsafe } from '../../core/plain-json.js';

/** Output formats of report-like commands. */
export const FORMATS = ['text', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
/** Formats of the answer-file template (`careerfit questions`). */
export const TEMPLATE_FORMATS = ['yaml', 'json'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];
/** The fit report also comes as one self-contained HTML page (render/html.ts). */
export const REPORT_FORMATS = [...FORMATS, 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Pretty-printed JSON, safe to show in a terminal. */
export const toJson = (value: unknown): string => `${escapeUnsafe(JSON.stringify(value, null, 2))}\n`;
/** `careerfit form`: the statements to read or import, the paper form, and a CSV template the batch reads back. */
export const FORM_FORMATS = ['text', 'csv', 'html', 'template'] as const;
export type FormFormat = (typeof FORM_FORMATS)[number];
