import type { ClassIndexView } from '../../core/views/class-index.js';
import { bar } from './html.js';
import { esc, htmlShell } from './html-shell.js';

/**
 * The class index (`DIR/index.html` of `assess --batch --format html --output DIR`): one
 * self-contained page in the report page's style, with no script and nothing fetched, that links
 * to each student's page in the same folder.
 */

/** What the index adds to the report page's style: the counts, the chart, the class table in print. */
const INDEX_STYLE = `
.counts { display: grid; grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr)); gap: 0.5rem; list-style: none; padding: 0; margin: 0; }
.counts li { margin: 0; padding: 0.5rem 0.7rem; border: 1px solid var(--line); border-radius: 8px; background: var(--soft); }
.counts strong { display: block; font: 600 1.6rem/1.2 var(--serif); }
.ranking .bar-none { fill: var(--muted); }
.people { margin: 0.2rem 0 0; color: var(--muted); overflow-wrap: anywhere; }
.class-table td, .class-table th { overflow-wrap: anywhere; }
main a { color: var(--accent); }
.chart li { grid-template-columns: minmax(0, 1fr) 5.5rem; grid-template-areas: "name name" "bar score"; }
@media (max-width: 40rem) {
  .class-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .class-table tr { display: block; padding: 0.4rem 0; border-bottom: 1px solid var(--line); }
  .class-table th, .class-table td { display: block; border: 0; padding: 0.05rem 0; }
  .class-table td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
}
@media print {
  .class-table { break-inside: auto; }
  .class-table tr { break-inside: avoid; }
  .class-table a { color: inherit; text-decoration: none; }
}
`;

const href = (file: string): string => esc(encodeURIComponent(file));

const link = (view: ClassIndexView, entry: { readonly id: string; readonly file: string }): string =>
  `<a href="${href(entry.file)}" aria-label="${esc(view.words.open(entry.id))}">${esc(entry.id)}</a>`;

const counts = ({ words: w, counts: c }: ClassIndexView): string =>
  `<section aria-labelledby="summary-h"><h2 id="summary-h">${esc(w.summary)}</h2><ul class="counts">` +
  (
    [
      [w.scored, c.scored],
      [w.withFit, c.fit],
      [w.closeCalls, c.close],
      [w.noFit, c.noFit],
      [w.unreliable, c.unreliable],
    ] as const
  )
    .map(([label, n]) => `<li><strong>${n}</strong>${esc(label)}</li>`)
    .join('') +
  '</ul></section>';

const chart = (view: ClassIndexView): string => {
  const { words: w, bars } = view;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const items = bars.map(
    (b) =>
      `<li><span class="name">${esc(b.label)}</span>` +
      `${bar(b.count, max, b.none ? 'bar-none' : 'bar-good', [], w.barText(b.count, b.percent))}` +
      `<span class="score"><strong>${b.count}</strong> · ${b.percent} %</span></li>`,
  );
  return `<section aria-labelledby="fits-h"><h2 id="fits-h">${esc(w.bestFits)}</h2><p class="lede">${esc(w.bestFitsLede)}</p><ul class="ranking chart">${items.join('')}</ul></section>`;
};

const closeCalls = (view: ClassIndexView): string =>
  view.closeSets.length
    ? `<section aria-labelledby="close-h"><h2 id="close-h">${esc(view.words.closeCalls)}</h2><p class="lede">${esc(view.words.closeLede)}</p><ul class="pairs">` +
      view.closeSets.map((s) => `<li><b>${esc(s.label)}</b>: ${s.people.length}<p class="people">${s.people.map((p) => link(view, p)).join(', ')}</p></li>`).join('') +
      '</ul></section>'
    : '';

const unreliable = (view: ClassIndexView): string =>
  view.unreliable.length
    ? `<section aria-labelledby="unreliable-h"><h2 id="unreliable-h">${esc(view.words.unreliable)}</h2><p class="lede">${esc(view.words.unreliableLede)}</p><ul>` +
      view.unreliable.map(({ entry, why }) => `<li>${link(view, entry)}: ${esc(why)}</li>`).join('') +
      '</ul></section>'
    : '';

const table = (view: ClassIndexView): string => {
  const { words: w } = view;
  const rows = view.rows.map(
    (r) =>
      `<tr><th scope="row">${link(view, r.entry)}</th><td data-label="${esc(w.bestFit)}">${esc(r.bestFit)}</td>` +
      `<td data-label="${esc(w.closeRoles)}">${esc(r.close)}</td><td data-label="${esc(w.fits)}">${esc(r.fits)}</td><td data-label="${esc(w.answers)}">${esc(r.answers)}</td></tr>`,
  );
  return (
    `<section aria-labelledby="everyone-h"><h2 id="everyone-h">${esc(w.everyone)}</h2><div class="table-scroll"><table class="class-table">` +
    `<thead><tr><th scope="col">${esc(w.name)}</th><th scope="col">${esc(w.bestFit)}</th><th scope="col">${esc(w.closeRoles)}</th><th scope="col">${esc(w.fits)}</th><th scope="col">${esc(w.answers)}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div></section>`
  );
};

export const renderClassIndex = (view: ClassIndexView): string =>
  htmlShell(
    view.lang,
    view.words.title,
    INDEX_STYLE,
    `<header class="masthead">
<p class="brand">careerfit</p>
<h1>${esc(view.words.title)}</h1>
<dl class="meta">
<div><dt>${esc(view.words.date)}</dt><dd><time datetime="${view.date.iso}">${esc(view.date.text)}</time></dd></div>
<div><dt>${esc(view.words.scored)}</dt><dd>${esc(view.words.students(view.counts.scored))}</dd></div>
</dl>
</header>
<main>
${counts(view)}
${chart(view)}
${closeCalls(view)}
${unreliable(view)}
${table(view)}
<p class="colophon">${esc(view.words.made(view.date.text))}</p>
</main>`,
  );
