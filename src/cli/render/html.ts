import { BANDS } from '../../core/bands.js';
import { DIRECTIONS } from '../../core/directions.js';
import type { ReportTrait } from '../../core/report.js';
import { TRAIT_IDS } from '../../core/traits.js';
import type { HtmlPageView } from '../../core/views/html-page.js';
import { BIG_GAP, gapOf, type ResultView } from '../../core/views/report.js';
import { esc, htmlShell } from './html-shell.js';

/**
 * `--format html`: the report as one self-contained page to keep, print and share. Inline CSS and
 * inline SVG only; no script, font, image or any other request (the Content-Security-Policy forbids
 * them); readable with JavaScript off. Everything it says comes from the page view
 * (core/views/html-page.ts: the report's data and words, and the page's own words, all in the
 * report's language); the page only lays it out and draws it.
 */

/**
 * The date a page is made: now, or SOURCE_DATE_EPOCH (seconds) when set, the usual way to make
 * output reproducible (tests, archived builds).
 */
export const reportDate = (env: NodeJS.ProcessEnv, now = new Date()): Date => {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
};

// Shared with the text and Markdown profile (core/views/report.ts).
export { BIG_GAP, gapOf };

/** "≥ 5"; in the chart's narrow cells, with a thin space. */
const idealText = (entry: ReportTrait, num: (value: number) => string, space = ' '): string =>
  `${DIRECTIONS[entry.direction].symbol}${space}${num(entry.ideal)}`;

/** A horizontal bar, 0–100 user units wide and stretched to its box, ticks under the fill; the numbers are always in text beside it. */
export const bar = (value: number, max: number, fill: string, ticks: readonly number[], tooltip: string): string =>
  `<svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><title>${esc(tooltip)}</title>` +
  '<rect class="track" width="100" height="10"/>' +
  ticks.map((t) => `<line class="tick" x1="${t}" x2="${t}" y1="0" y2="10" vector-effect="non-scaling-stroke"/>`).join('') +
  `<rect class="${fill}" width="${((Math.max(0, Math.min(value, max)) / max) * 100).toFixed(2)}" height="10"/>` +
  '</svg>';

const list = (items: readonly string[], cls = ''): string =>
  items.length ? `<ul${cls ? ` class="${cls}"` : ''}>${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : '';

const block = (heading: string, body: string, cls = ''): string => (body ? `<div${cls ? ` class="${cls}"` : ''}><h3>${esc(heading)}</h3>${body}</div>` : '');

/** The band thresholds, marked on every score bar. */
const BAND_TICKS: readonly number[] = BANDS.filter((b) => b.min > 0).map((b) => b.min);

const head = ({ data: report, labels: l, words: h }: HtmlPageView): string => {
  const lines = [
    `<section class="card" aria-labelledby="verdict-h">`,
    `<h2 id="verdict-h">${esc(h.verdict)}</h2>`,
    `<p class="verdict-text">${esc(report.verdict)}</p>`,
  ];
  if (report.closeNote) {
    lines.push(
      `<div class="callout" role="note"><p><span class="sym" aria-hidden="true">≈</span> ${esc(report.closeNote.message)}</p>`,
      list(report.closeNote.separators.map(esc)),
      '</div>',
    );
  }
  lines.push('</section>');
  if (report.quality.notes.length) {
    lines.push(
      `<section class="callout warn" aria-labelledby="quality-h"><h2 id="quality-h">${esc(l.quality)}</h2>`,
      list(report.quality.notes.map((n) => `<span class="sym" aria-hidden="true">!</span> ${esc(n.message)}`)),
      '</section>',
    );
  }
  return lines.join('\n');
};

const ranking = ({ data: report, labels: l, results, words: h, bandLegend }: HtmlPageView): string => {
  const close = report.close.length > 1 ? new Set(report.close.slice(1)) : new Set<string>();
  const rows = results.map((r) => {
    const band = r.heldWhy ? `${r.bandLabel}: ${r.heldWhy}` : r.bandLabel;
    const tags = [
      `<span class="tag band">${esc(r.bandLabel)}</span>`,
      r.kindLabel ? `<span class="tag">${esc(r.kindLabel)}</span>` : '',
      close.has(r.id) ? `<span class="tag"><span aria-hidden="true">≈ </span>${esc(h.closeMark)}</span>` : '',
      r.originLabel ? `<span class="tag">${esc(r.originLabel)}</span>` : '',
      // Why a role is not counted, under its name: a sentence, free to wrap, where a tag would not be.
      r.heldWhy ? `<span class="held-why">${esc(r.heldWhy)}</span>` : '',
    ].join('');
    return (
      `<li class="band-${r.look}"><span class="rank">${r.rank}</span>` +
      `<span class="name">${esc(r.title)}${tags}</span>` +
      `<span class="score"><strong>${r.score}</strong>/100</span>` +
      bar(r.score, 100, `bar-${r.look}`, BAND_TICKS, `${r.score}/100, ${band}`) +
      '</li>'
    );
  });
  return [
    `<section class="card" aria-labelledby="ranking-h">`,
    `<h2 id="ranking-h">${esc(l.ranking)}</h2>`,
    `<p class="lede">${esc(h.rankingLede)}</p>`,
    rows.length ? `<ol class="ranking">${rows.join('\n')}</ol>` : `<p>${esc(l.noneShown)}</p>`,
    `<p class="legend">${esc(bandLegend)}</p>`,
    '</section>',
  ].join('\n');
};

/** Why a big gap matters, in the role's own words: its warnings on that trait, else the reason it gave. */
const gapWhy = (r: ResultView, entry: ReportTrait, why: string): string[] => {
  const warnings = r.warnings.filter((w) => entry.warnings.includes(w.rule)).map((w) => w.message);
  if (warnings.length) return warnings;
  const reason = r.reasons.find((x) => x.trait === entry.trait);
  return reason ? [`${why}: ${reason.message}`] : [];
};

const profile = ({ data: report, words: h, shown, number: num }: HtmlPageView): string => {
  const { levels } = report;
  const rows = TRAIT_IDS.map((trait) => {
    const level = levels[trait];
    const cells = shown.map((r) => {
      const entry = r.profile.find((p) => p.trait === trait);
      if (!entry) return `<td class="ideal none"><span aria-hidden="true">–</span><span class="vh">${esc(h.notWeighed)}</span></td>`;
      const gap = gapOf(entry, level);
      if (gap < BIG_GAP) return `<td class="ideal">${esc(idealText(entry, num, '\u2009'))}</td>`;
      return `<td class="ideal gap">${esc(idealText(entry, num, '\u2009'))}<span aria-hidden="true">\u2009!</span><span class="vh">, ${esc(h.gapOf(num(gap)))}</span></td>`;
    });
    return (
      `<tr><th scope="row">${esc(report.labels[trait])}</th>` +
      `<td class="level">${bar(level, 5, 'bar-you', [], `${num(level)}/5`)}<span class="num">${esc(num(level))}</span></td>` +
      cells.join('') +
      '</tr>'
    );
  });
  const heads = shown
    .map((r) => `<th scope="col" class="ideal"><span aria-hidden="true">#${r.rank}</span><span class="vh">${esc(h.idealFor(r.rank, r.title))}</span></th>`)
    .join('');
  return [
    `<section class="card" aria-labelledby="profile-h">`,
    `<h2 id="profile-h">${esc(h.profile)}</h2>`,
    `<p class="lede">${esc(h.profileLede(TRAIT_IDS.length))}</p>`,
    shown.length ? `<ul class="role-key" aria-hidden="true">${shown.map((r) => `<li><strong>#${r.rank}</strong> ${esc(r.title)}</li>`).join('')}</ul>` : '',
    `<div class="table-scroll"><table class="profile"><caption class="vh">${esc(h.profileCaption)}</caption>`,
    `<thead><tr><th scope="col">${esc(h.trait)}</th><th scope="col">${esc(h.you)}</th>${heads}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table></div>`,
    `<p class="legend">${esc(h.gapLegend(num(BIG_GAP)))}</p>`,
    '</section>',
  ].join('\n');
};

const pairs = (items: readonly (readonly [string, string, string, string])[]): string =>
  items.length
    ? `<ul class="pairs">${items.map(([a, x, b, y]) => `<li><p><b>${esc(a)}:</b> ${esc(x)}</p><p><b>${esc(b)}:</b> ${esc(y)}</p></li>`).join('')}</ul>`
    : '';

/** The traits where a level falls short of what the role asks for by BIG_GAP or more, with the role's reason. */
const roleGaps = ({ data: report, labels: l, words: h, number: num }: HtmlPageView, r: ResultView): string => {
  const { levels } = report;
  const items = r.profile.flatMap((entry) => {
    const gap = gapOf(entry, levels[entry.trait]);
    if (gap < BIG_GAP) return [];
    const why = gapWhy(r, entry, l.why).map((w) => `<span class="why">${esc(w)}</span>`);
    const line = h.gapLine(idealText(entry, num), num(levels[entry.trait]));
    return [`<span class="sym" aria-hidden="true">!</span><div><strong>${esc(entry.label)}</strong> (${esc(h.gapOf(num(gap)))}): ${esc(line)}${why.join('')}</div>`];
  });
  return list(items, 'gaps');
};

const role = (view: HtmlPageView, r: ResultView): string => {
  const { labels: l, words: h } = view;
  const { content: c } = r;
  const id = `role-${r.rank}`;
  const tags = [r.kindLabel ?? '', r.originLabel ?? ''].filter(Boolean);
  const reasons = r.why.length
    ? `<p class="legend">${esc(l.whyNote)}</p><ul class="reasons">${r.why
        .map((x) => `<li class="${x.effect === '+' ? 'plus' : 'minus'}"><span class="sym" aria-hidden="true">${x.effect === '+' ? '+' : '−'}</span> <span>${esc(x.text)}</span></li>`)
        .join('')}</ul>`
    : '';
  const warnings = r.warnings.length
    ? `<ul class="reasons warnings">${r.warnings.map((w) => `<li><span class="sym" aria-hidden="true">!</span> <span>${esc(w.message)}</span></li>`).join('')}</ul>`
    : `<p>${esc(l.noWarnings)}</p>`;
  return [
    `<article class="card role" aria-labelledby="${id}">`,
    `<div class="role-head"><span class="role-num">#${r.rank}</span><h2 id="${id}">${esc(r.title)}</h2></div>`,
    `<div class="role-score band-${r.look}">${bar(r.score, 100, `bar-${r.look}`, BAND_TICKS, `${r.score}/100`)}` +
      `<p><strong>${r.score}</strong>/100 · <span class="band">${esc(r.heldWhy ? `${r.bandLabel}: ${r.heldWhy}` : r.bandLabel)}</span>${tags.map((t) => ` · ${esc(t)}`).join('')}</p></div>`,
    `<p class="summary">${esc(r.summary)}</p>`,
    ...r.limits.map((x) => `<p class="callout warn"><span class="sym" aria-hidden="true">!</span> ${esc(x.message)}</p>`),
    '<div class="columns">',
    block(l.why, reasons),
    block(l.warnings, warnings),
    block(h.gaps, roleGaps(view, r)),
    block(l.fit, r.fit ? `<p>${esc(r.fit)}</p>` : '', 'wide'),
    block(l.notes, list(r.notes.map((n) => esc(n.message))), 'wide'),
    block(c.labels.misconceptions, pairs(c.misconceptions.map((x) => [c.labels.myth, x.myth, c.labels.reality, x.reality] as const))),
    block(c.labels.expectations, pairs(c.expectations.map((x) => [c.labels.expectation, x.expectation, c.labels.reality, x.reality] as const))),
    block(c.labels.differences, list(c.differences.map((d) => `<b>${esc(d.label)}:</b> ${esc(d.text)}`)), 'wide'),
    block(l.nextSteps, list(r.groups.map((g) => `<b>${esc(g.name)}:</b> ${esc(g.why)}`)), 'wide'),
    '</div>',
    '</article>',
  ].join('\n');
};

/** How to join each group the roles shown point to (each role lists its groups and why). */
const howToJoin = ({ nextSteps, labels: l }: HtmlPageView): string => {
  if (!nextSteps?.groups.length) return '';
  return [
    `<section class="card steps" aria-labelledby="join-h">`,
    `<h2 id="join-h">${esc(l.howToJoin)}</h2>`,
    `<div class="columns">${nextSteps.groups.map((g) => `<div><h3>${esc(g.name)}</h3><ol>${g.steps.map((step) => `<li>${esc(step)}</li>`).join('')}</ol></div>`).join('\n')}</div>`,
    '</section>',
  ].join('\n');
};

const codeSection = ({ data: report, labels: l, words: h, more, rerunCommand, colophon }: HtmlPageView): string =>
  [
    // The masthead has the code and the command too: printed, this section is left out.
    `<section aria-labelledby="code-h" class="card code-section">`,
    `<h2 id="code-h">${esc(l.code)}</h2>`,
    `<p class="code-block">${esc(report.code)}</p>`,
    `<p>${esc(h.rebuild)}:</p>`,
    `<p class="cmd"><code>${esc(rerunCommand)}</code></p>`,
    more ? `<p class="legend">${esc(l.moreDetail)}</p>` : '',
    `<p class="colophon">${esc(colophon)}</p>`,
    '</section>',
  ].join('\n');

export const renderHtml = (view: HtmlPageView): string => {
  const { data: report, labels: l, words: h, date } = view;
  return htmlShell(
    report.lang,
    h.title,
    '',
    `<header class="masthead">
<p class="brand">careerfit</p>
<h1>${esc(h.title)}</h1>
<dl class="meta">
<div><dt>${esc(h.date)}</dt><dd><time datetime="${date.iso}">${esc(date.text)}</time></dd></div>
<div><dt>${esc(l.code)}</dt><dd><code>${esc(report.code)}</code></dd></div>
<div class="rebuild"><dt>${esc(h.rebuild)}</dt><dd><code>${esc(view.rerunCommand)}</code></dd></div>
</dl>
</header>
<main>
${head(view)}
${ranking(view)}
${profile(view)}
${view.shown.map((r) => role(view, r)).join('\n')}
${howToJoin(view)}
${codeSection(view)}
</main>`,
  );
};
