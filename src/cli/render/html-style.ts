/**
 * The report page's one stylesheet, inlined into every page (no file to lose, nothing to fetch).
 * Colours: text at 7:1 or more, band and chart colours at 3:1 or more against their ground, in
 * light and dark alike; every colour also has a word or a symbol beside it.
 */
export const HTML_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #f7f5f0; --surface: #ffffff; --ink: #1c2530; --muted: #4b5664; --line: #dedad1; --soft: #f1eee7;
  --accent: #0d6b61; --track: #e9e5dc; --you: #2d4f86; --gap: #a3361c; --gap-bg: #fbeee9; --note-bg: #eef5f3;
  --strong: #0d6b61; --good: #2e7548; --partial: #a86400; --weak: #6e7a88;
  --serif: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "DejaVu Serif", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #12161b; --surface: #1a2027; --ink: #e7eaee; --muted: #aab4bf; --line: #2f3943; --soft: #222a33;
    --accent: #63c7b8; --track: #2c353f; --you: #8fb3ee; --gap: #ffa58f; --gap-bg: #3a2420; --note-bg: #19302d;
    --strong: #63c7b8; --good: #8acb98; --partial: #e7a64b; --weak: #9aa6b3;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.55 var(--sans); }
.page { max-width: 50rem; margin: 0 auto; padding: 1.25rem 0.75rem 3rem; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font: 600 2rem/1.15 var(--serif); letter-spacing: -0.01em; }
h2 { font: 600 1.4rem/1.25 var(--serif); margin-bottom: 0.5rem; }
h3 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); margin: 1.25rem 0 0.35rem; }
p { margin: 0.4rem 0; }
ul, ol { margin: 0.35rem 0; padding-left: 1.3rem; }
li { margin: 0.2rem 0; }
code { font-family: var(--mono); font-size: 0.9em; overflow-wrap: anywhere; }
.vh { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.masthead { padding: 0.5rem 0 1.25rem; border-bottom: 2px solid var(--ink); margin-bottom: 1.5rem; }
.brand { font: 700 0.8rem/1 var(--sans); letter-spacing: 0.14em; text-transform: uppercase; color: var(--accent); margin: 0 0 0.5rem; }
.meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0.75rem 0 0; color: var(--muted); font-size: 0.9rem; }
.meta div { display: flex; gap: 0.4rem; min-width: 0; }
.meta dt { font-weight: 600; white-space: nowrap; }
.meta dt::after { content: ":"; }
.meta dd { margin: 0; min-width: 0; }
.meta .rebuild { flex-basis: 100%; flex-direction: column; gap: 0.1rem; }
section, article { margin: 0 0 1.75rem; }
.card { background: var(--surface); border: 1px solid var(--line); border-radius: 12px; padding: 1rem 0.9rem; }
.verdict-text { font: 500 1.3rem/1.4 var(--serif); margin: 0.25rem 0 0; }
.callout { border-left: 4px solid var(--accent); background: var(--note-bg); border-radius: 0 8px 8px 0; padding: 0.6rem 0.9rem; margin: 0.9rem 0 0; }
.callout.warn { border-left-color: var(--gap); background: var(--gap-bg); }
.callout > :first-child { margin-top: 0; }
.callout > :last-child { margin-bottom: 0; }
.callout h2 { font: 700 1rem/1.3 var(--sans); margin: 0 0 0.25rem; }
.sym { display: inline-block; min-width: 1.1em; font-weight: 700; text-align: center; }
.lede { color: var(--muted); margin: 0 0 0.75rem; }
.legend { color: var(--muted); font-size: 0.85rem; margin-top: 0.6rem; }
.ranking { list-style: none; padding: 0; margin: 0; }
.ranking li { display: grid; grid-template-columns: 1.6rem minmax(0, 1fr) 4.2rem; grid-template-areas: "rank name name" "rank bar score"; gap: 0.15rem 0.75rem; align-items: center; padding: 0.45rem 0; border-top: 1px solid var(--line); margin: 0; }
.ranking li:first-child { border-top: 0; }
.ranking .rank { grid-area: rank; align-self: start; font: 700 1.05rem/1.5 var(--serif); color: var(--muted); }
.ranking .name { grid-area: name; font-weight: 600; min-width: 0; overflow-wrap: anywhere; }
.ranking .score { grid-area: score; text-align: right; white-space: nowrap; font-size: 0.9rem; color: var(--muted); }
.ranking .score strong { color: var(--ink); font-size: 1.05rem; }
.ranking svg { grid-area: bar; display: block; width: 100%; height: 14px; }
.tag { display: inline-block; font-size: 0.75rem; font-weight: 600; color: var(--muted); border: 1px solid var(--line); border-radius: 999px; padding: 0 0.45rem; margin-left: 0.3rem; vertical-align: 0.1em; white-space: nowrap; }
.track { fill: var(--track); }
.tick { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 2 2; }
.bar-strong { fill: var(--strong); } .bar-good { fill: var(--good); } .bar-partial { fill: var(--partial); } .bar-weak { fill: var(--weak); } .bar-held, .bar-none { fill: var(--muted); }
.bar-you { fill: var(--you); }
.tag.band { color: var(--ink); border-color: currentColor; }
.band-strong .tag.band { color: var(--strong); } .band-good .tag.band { color: var(--good); } .band-partial .tag.band { color: var(--partial); } .band-weak .tag.band { color: var(--muted); } .band-held .tag.band, .band-none .tag.band { color: var(--muted); }
.ranking .name .tag:first-of-type { margin-left: 0.5rem; }
.held-why { display: block; font-size: 0.8rem; font-weight: 400; color: var(--muted); }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
caption { text-align: left; }
th, td { padding: 0.3rem 0.25rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; }
thead th { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); border-bottom: 2px solid var(--line); white-space: nowrap; }
tbody th { font-weight: 500; }
.profile .level { white-space: nowrap; width: 38%; }
.profile .level svg { display: inline-block; vertical-align: middle; width: calc(100% - 1.8rem); min-width: 2.5rem; max-width: 12rem; height: 12px; }
.profile .num { display: inline-block; width: 1.4rem; text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.profile .ideal { white-space: nowrap; text-align: center; font-variant-numeric: tabular-nums; }
.profile .none { color: var(--muted); }
.profile .gap { color: var(--gap); font-weight: 700; background: var(--gap-bg); }
.role-key { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; list-style: none; padding: 0; margin: 0 0 0.5rem; font-size: 0.9rem; }
.role-key li { margin: 0; }
.gaps { list-style: none; padding: 0; }
.gaps li { display: flex; gap: 0.4rem; margin: 0.45rem 0; }
.gaps .sym { color: var(--gap); }
.gaps .why { display: block; color: var(--muted); font-size: 0.92rem; }
.nw { white-space: nowrap; }
.role-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.75rem; margin-bottom: 0.25rem; }
.role-head h2 { margin: 0; overflow-wrap: anywhere; }
.role-num { font: 700 1rem/1 var(--sans); color: var(--accent); }
.role-score { display: flex; flex-wrap: wrap; align-items: center; gap: 0.2rem 0.75rem; margin: 0.35rem 0 0.6rem; color: var(--muted); }
.role-score svg { display: block; width: 100%; max-width: 14rem; height: 10px; }
.role-score p { margin: 0; }
.role-score strong { color: var(--ink); font-size: 1.05rem; }
.summary { font-size: 1.05rem; }
.reasons { list-style: none; padding-left: 0; }
.reasons li { display: flex; gap: 0.4rem; }
.plus .sym { color: var(--strong); }
.minus .sym, .warnings .sym { color: var(--gap); }
.pairs { list-style: none; padding: 0; }
.pairs li { margin: 0.5rem 0; padding-left: 0.75rem; border-left: 3px solid var(--line); }
.pairs b { font-weight: 600; }
.steps h3 { text-transform: none; letter-spacing: 0; font-size: 1rem; color: var(--ink); }
.code-block { font: 600 1.05rem/1.4 var(--mono); overflow-wrap: anywhere; }
.cmd { background: var(--soft); border: 1px solid var(--line); border-radius: 8px; padding: 0.5rem 0.75rem; }
.colophon { color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); padding-top: 0.75rem; }
@media (min-width: 48rem) {
  .page { padding: 2.5rem 2rem 4rem; }
  h1 { font-size: 2.4rem; }
  .card { padding: 1.4rem 1.75rem; }
  th, td { padding: 0.3rem 0.5rem; }
  .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2rem; }
  .columns > .wide { grid-column: 1 / -1; }
}
@page { size: A4; margin: 12mm 13mm; }
@media print {
  :root { color-scheme: light; }
  html { font-size: 8.5pt; }
  html, body { background: #fff; }
  body { font-size: 1rem; line-height: 1.33; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  h1 { font-size: 17pt; }
  h2 { font-size: 12.5pt; margin-bottom: 0.25rem; }
  h3 { margin: 0.55rem 0 0.15rem; font-size: 6.8pt; }
  .masthead { padding: 0 0 0.5rem; margin-bottom: 0.7rem; }
  .brand { margin-bottom: 0.25rem; }
  .meta { margin-top: 0.35rem; }
  section, article { margin-bottom: 0.8rem; }
  .card { border: 0; border-radius: 0; padding: 0; background: none; }
  .verdict-text { font-size: 11.5pt; }
  .lede { margin-bottom: 0.35rem; }
  .ranking li { grid-template-columns: 1.2rem minmax(0, 1fr) 32% 3.6rem; grid-template-areas: "rank name bar score"; padding: 0.12rem 0; }
  .ranking .rank { align-self: center; }
  .ranking svg { height: 8px; }
  th, td { padding: 0.06rem 0.35rem; }
  thead th { font-size: 6.8pt; }
  .profile .level svg { height: 7px; }
  article.role { break-before: page; }
  .role .columns { display: block; column-count: 2; column-gap: 1.5rem; }
  .columns > div > h3:first-child { margin-top: 0; }
  .role .columns > div + div { margin-top: 0.55rem; }
  .steps .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; column-count: auto; }
  .ranking, table, .callout, .pairs li, .gaps li, .columns li, .columns p, .cmd { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .table-scroll { overflow: visible; }
  .cmd { padding: 0.2rem 0.5rem; }
  .code-section { display: none; }
  p { margin: 0.2rem 0; }
  li { margin: 0.1rem 0; }
  .pairs li { margin: 0.3rem 0; }
  .gaps li { margin: 0.2rem 0; }
  .role-score { margin: 0.2rem 0 0.35rem; }
  .callout { margin-top: 0.4rem; padding: 0.3rem 0.6rem; }
  .summary { font-size: 9.5pt; }
}
`;
