import { PAGE_MARGIN_MM } from './print.ts';

/**
 * The report's only style sheet, inline: system fonts, nothing fetched. Printing: A4 or Letter
 * (the browser's paper, 14 mm margins, content 180 mm wide so both fit), the cover, the programme,
 * each workflow and the outcomes each start a page; figures and table rows never split, but for a
 * workflow's diagram: its bands (engine/report/workflow-svg.ts) run on over pages at a size that
 * prints its text at 7 pt or more (engine/report/print.ts), a wide one on a landscape page.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: #1f2933; font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
main { max-width: 190mm; margin: 0 auto; padding: 24px 16px 48px; }
section.page { background: #ffffff; border: 1px solid #e1e5ea; border-radius: 8px; padding: 24px 28px; margin: 0 0 24px; }
h1 { font-size: 28px; line-height: 1.2; margin: 0 0 8px; }
h2 { font-size: 20px; margin: 0 0 12px; }
h3 { font-size: 15px; margin: 20px 0 8px; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 10px; }
.muted { color: #66727f; }
.cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; }
.cover .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 12px; color: #2f6fde; font-weight: 600; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 24px 0 0; }
.cover dt { color: #66727f; }
.cover dd { margin: 0; font-weight: 600; }
figure { margin: 12px 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
/* A workflow's diagram: bands stacked into the whole drawing, at its own size or narrower to fit
   the width, never shrunk to a height (a 13-step workflow squeezed into 150 mm printed at 3 pt).
   Printed, it runs on over pages, breaking between bands only, its caption kept with its end. */
figure.diagram { break-inside: auto; page-break-inside: auto; }
figure.diagram svg.diagram-band { break-inside: avoid; page-break-inside: avoid; }
figure.diagram figcaption { break-before: avoid; page-break-before: avoid; }
.diagram-strip + .diagram-strip { margin-top: 16px; }
.diagram-part { font-size: 12px; color: #66727f; margin: 0 0 4px; }
figure.programme svg { max-height: 165mm; }
.stale-run { border: 1px solid #e0b252; background: #fff8e6; color: #5c4400; border-radius: 6px; padding: 10px 14px; font-weight: 600; }
.cover .stale-run { margin-bottom: auto; }
.cover .stale-run ~ dl { margin-bottom: auto; }
figcaption { font-size: 12px; color: #66727f; margin-top: 6px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e1e5ea; vertical-align: top; }
th { background: #f8f9fb; font-weight: 600; }
[data-figure=end-states] td:first-child, [data-figure=end-states] th:first-child { min-width: 30mm; }
[data-figure=end-states] th, [data-figure=end-states] td { padding: 5px 6px; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
/* The interval under its count: six figures with their ranges fit the page's width. */
td.n .range { display: block; }
tr { break-inside: avoid; page-break-inside: avoid; }
.range { color: #66727f; font-size: 12px; }
.held { color: #1b8a5a; font-weight: 600; }
.not-held { color: #cf3b3b; font-weight: 600; }
.unknown { color: #66727f; }
ul.plain { padding-left: 18px; margin: 0 0 10px; }
@page { margin: ${PAGE_MARGIN_MM}mm; }
@page landscape { size: landscape; }
@media print {
  body { background: #ffffff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  section.page { border: none; border-radius: 0; padding: 0; margin: 0; break-before: page; page-break-before: always; }
  section.page:first-child { break-before: auto; page-break-before: auto; }
  .cover { min-height: 240mm; }
  section.landscape { page: landscape; }
  .diagram-strip + .diagram-strip { margin-top: 0; break-before: page; page-break-before: always; }
}
`;
