// @vitest-environment jsdom
// After a study, the report's lifecycle figures carry their 90 % interval as its other figures do
// ("608 (590–625)"): the chart's legend and the table beside it showed the mean alone, while the
// segments and end states beside them gave their ranges (a user review).
import { describe, expect, it } from 'vitest';
import { buildReportHtml, elkInThisThread, generateContacts, reportRun, simulate } from '../../../engine/index.ts';
import { intervalOf } from '../../../engine/programme/index.ts';
import { lifecycleChart } from '../../../engine/report/charts.ts';
import { replicationSeed } from '../../../engine/study/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

const RUNS = 6;

async function report(lang: 'fr' | 'en', runs: number) {
  const project = buildTemplate('lifecycle', lang);
  const contacts = generateContacts(project, 300, 5);
  const results = Array.from({ length: runs }, (_, r) => simulate(project, contacts, { seed: replicationSeed(project.simulation.seed, r) }));
  const run = reportRun(project, results, contacts.length);
  const doc = new DOMParser().parseFromString(await buildReportHtml({ elk: elkInThisThread, project, lang, date: '2026-03-02', run }), 'text/html');
  // Each run's SQL count at the end of its first and its last day, read off the run itself.
  const sql = results.map((r) => r.series.lifecycle[3]!);
  return { doc, first: sql.map((s) => s[0]!), last: sql.map((s) => s.at(-1)!) };
}

const mean = (xs: readonly number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);

describe('the report’s lifecycle figures after a study', () => {
  it.each([
    ['en', 'Sales qualified lead', (n: number) => n.toLocaleString('en-US')],
    ['fr', 'Lead qualifié commercial (SQL)', (n: number) => n.toLocaleString('fr-FR')],
  ] as const)('%s: the legend and the table give the mean and the interval in the language’s numbers', async (lang, label, num) => {
    const { doc, first, last } = await report(lang, RUNS);
    const end = intervalOf(last);
    // The SQL count moves from run to run, or this test would prove nothing.
    expect(end.high).toBeGreaterThan(end.low);
    const legend = doc.querySelector('[data-figure=lifecycle] text[data-stage=salesqualifiedlead]')!.textContent;
    expect(legend).toBe(`${label} ${num(mean(last))} (${num(end.low)}–${num(end.high)})`);
    const cells = [...doc.querySelectorAll('[data-figure=lifecycle-table] tr[data-stage=salesqualifiedlead] td.n')];
    const start = intervalOf(first);
    expect(cells.map((c) => c.textContent)).toEqual([
      `${num(mean(first))}${start.high > start.low ? ` (${num(start.low)}–${num(start.high)})` : ''}`,
      `${num(mean(last))} (${num(end.low)}–${num(end.high)})`,
    ]);
  });

  it('one run: the count alone', async () => {
    const { doc, last } = await report('en', 1);
    expect(doc.querySelector('[data-figure=lifecycle] text[data-stage=salesqualifiedlead]')!.textContent).toBe(`Sales qualified lead ${last[0]!.toLocaleString('en-US')}`);
    expect(doc.querySelector('[data-figure=lifecycle-table] .range')).toBeNull();
  });
});

describe('the lifecycle chart’s legend', () => {
  const at = (svg: string) => [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text[data-stage]')].map((t) => Number(t.getAttribute('x')));
  const series = (n: number) => ({ subscriber: [n, n], lead: [n, n], salesqualifiedlead: [n, n] });
  const spread = (n: number) => ({ subscriber: [{ mean: n, low: n - 200, high: n + 200 }], lead: [{ mean: n, low: n - 200, high: n + 200 }], salesqualifiedlead: [{ mean: n, low: n - 200, high: n + 200 }] });

  it('sits in two columns while each legend fits its 300 px', () => {
    expect(new Set(at(lifecycleChart(series(608), 'fr', spread(608)))).size).toBe(2);
  });

  it('goes to one column when a legend with its interval would run into the next ("Lead qualifié commercial (SQL) 12 345 (12 145–12 545)")', () => {
    expect(new Set(at(lifecycleChart(series(12_345), 'fr', spread(12_345)))).size).toBe(1);
  });
});
