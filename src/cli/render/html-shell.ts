import { sanitize } from '../output/sanitize.js';
import { HTML_STYLE } from './html-style.js';

/** The page loads nothing and runs nothing; styles are inline, images could only be data: URLs. */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute: control and bidirectional characters dropped, markup escaped. */
export const esc = (text: string): string => sanitize(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);

/**
 * The frame of every page careerfit writes (the report, the class index, the paper form): one
 * self-contained document with the shared stylesheet plus the page's own, a policy that forbids
 * loading or running anything, and `body` inside the page column.
 */
export const htmlShell = (lang: string, title: string, style: string, body: string): string => `<!doctype html>
<html lang="${esc(lang)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="careerfit">
<title>${esc(`${title} — careerfit`)}</title>
<style>${HTML_STYLE}${style}</style>
</head>
<body>
<div class="page">
${body}
</div>
</body>
</html>
`;
