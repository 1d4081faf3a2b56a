import { csvCell } from '../../core/batch/score.js';
import type { FormView } from '../../core/views/form.js';
import type { TextStyle } from '../output/display.js';
import type { Renderers } from '../output/emit.js';
import { sanitize } from '../output/sanitize.js';
import { wrap } from '../output/wrap.js';
import type { FormFormat } from './formats.js';
import { esc, htmlShell } from './html-shell.js';


/** For reading in a terminal: the steps, the scale, then each statement with its id. */
const text = (view: FormView, { c, width }: TextStyle): string => {
  const w = view.words;
  const lines = [c.bold(w.title), ''];
  view.words.steps(view.prefix).forEach((step, i) => lines.push(...wrap(`${i + 1}. ${step}`, width, '').map((l, j) => (j ? `   ${l}` : l))));
  lines.push('', c.bold(w.scale), ...view.scale.map((s) => `  ${s.value} = ${s.label}`), '', c.bold(w.statements(view.statements.length)));
  for (const s of view.statements) {
    const [first = '', ...rest] = wrap(sanitize(s.text), width - 5);
    lines.push(`${String(s.no).padStart(3)}. ${first}`, ...rest.map((l) => `     ${l}`), `     ${c.dim(s.id)}`);
  }
  return `${lines.join('\n')}\n`;
};

/** One row per statement, for a spreadsheet or a form tool's import: its number, id and text. */
const csv = (view: FormView): string =>
  `${['no', 'id', 'statement'].join(',')}\n${view.statements.map((s) => [s.no, s.id, sanitize(s.text)].map(csvCell).join(',')).join('\n')}\n`;

/** A CSV whose header `assess --batch` reads back: the name, then a column per statement id. */
const template = (view: FormView): string => `${view.template.map(csvCell).join(',')}\n`;

const PAPER_STYLE = `
.paper-head { display: grid; grid-template-columns: 1fr 12rem; gap: 1rem; margin: 0 0 1rem; }
.paper-head p { border-bottom: 1px solid var(--ink); padding-bottom: 0.2rem; margin: 0; }
.sheet { table-layout: fixed; }
.sheet .no { width: 2rem; color: var(--muted); }
.sheet .box { width: 3.2rem; text-align: center; }
.sheet td.box::before { content: ""; display: inline-block; width: 1.1rem; height: 1.1rem; border: 1.5px solid var(--ink); border-radius: 3px; }
.sheet thead .box { font-size: 0.7rem; text-transform: none; letter-spacing: 0; white-space: normal; vertical-align: bottom; }
.sheet tbody tr { break-inside: avoid; }
.sheet .id { display: block; font: 0.72rem var(--mono); color: var(--muted); }
@media (max-width: 40rem) { .sheet .box { width: 2.2rem; } .sheet thead .box span { display: none; } .paper-head { grid-template-columns: 1fr; } }
@media print { .sheet { break-inside: auto; } .steps-list { display: none; } }
`;

/** The paper form: a name line, how to answer, and a row of five boxes per statement. */
const html = (view: FormView): string => {
  const w = view.words;
  const head = view.scale.map((s) => `<th scope="col" class="box">${s.value}<span><br>${esc(s.label)}</span></th>`).join('');
  const rows = view.statements
    .map(
      (s) =>
        `<tr><td class="no">${s.no}</td><td>${esc(s.text)}<span class="id">${esc(s.id)}</span></td>` +
        view.scale.map((v) => `<td class="box" aria-label="${esc(`${v.value}: ${v.label}`)}"></td>`).join('') +
        '</tr>',
    )
    .join('\n');
  return htmlShell(
    view.lang,
    w.title,
    PAPER_STYLE,
    `<header class="masthead">
<p class="brand">careerfit</p>
<h1>${esc(w.title)}</h1>
</header>
<main>
<div class="paper-head"><p>${esc(w.paper.name)}:</p><p>${esc(w.paper.date)}:</p></div>
<ol class="steps-list lede">${w.steps(view.prefix).map((s) => `<li>${esc(s)}</li>`).join('')}</ol>
<p>${esc(w.paper.howTo)}</p>
<table class="sheet">
<caption class="vh">${esc(w.statements(view.statements.length))}</caption>
<thead><tr><th scope="col" class="no">#</th><th scope="col">${esc(w.paper.statement)}</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</main>`,
  );
};

export const FORM_RENDERERS: Renderers<FormView, FormFormat> = { text, csv, html, template };
