// @vitest-environment jsdom
// A review found the report's Sankey saying a workflow enrolled 66 where its tables, the canvas and
// the CLI said 67: over 50 runs it enrolled 66.6 on average, 55.4 completed and 11.2 still in
// progress, and the Sankey added the rounded parts (55 + 11). Every count the report shows is the
// rounded mean of that very figure, never a sum of rounded figures.
import { describe, expect, it } from 'vitest';
import { elkInThisThread } from '../../../engine/layout/index.ts';
import { buildReportHtml, withReplications, type EndFigures, type ReplicationDigest, type ReportRun } from '../../../engine/report/index.ts';
import { sankeyLabelLines } from '../../../engine/report/charts.ts';
import { project as programme, wf } from '../programme/fixtures.ts';

const project = { ...programme([wf('wf-a'), wf('wf-b')]), lists: [] };
const ends = (completed: number, inProgress: number): EndFigures => ({ enrolled: completed + inProgress, completed, goal: 0, unenrolled: 0, inProgress, lost: 0 });

// Five runs, worked out by hand:
// wf-a completed 55 55 56 56 55 (mean 55.4 -> 55), in progress 11 11 11 11 12 (11.2 -> 11),
//      enrolled 66 66 67 67 67 (66.6 -> 67, where 55 + 11 = 66);
// wf-b completed 10 10 11 11 10 (10.4 -> 10), in progress 3 each, enrolled 13 13 14 14 13 (13.4 -> 13);
// both completed 65 65 67 67 65 (65.8 -> 66, where 55 + 10 = 65); both enrolled 79 79 81 81 80 (80).
const A = [ends(55, 11), ends(55, 11), ends(56, 11), ends(56, 11), ends(55, 12)];
const B = [ends(10, 3), ends(10, 3), ends(11, 3), ends(11, 3), ends(10, 3)];
const emails = { sent: 0, opened: 0, clicked: 0, unsubscribed: 0, bounced: 0, conversions: 0 };
const digests: ReplicationDigest[] = A.map((a, k) => ({ ends: { 'wf-a': a, 'wf-b': B[k]! }, entered: {}, edges: {}, programme: {}, lists: {}, emails, lifecycle: {} }));
const first: ReportRun = {
  contacts: 400,
  startDate: '2026-01-05',
  horizonDays: 30,
  seed: 1,
  timeZone: 'Europe/Paris',
  arrivals: project.simulation.arrivals,
  replications: 1,
  workflows: [
    { id: 'wf-a', end: A[0]!, entered: {}, edges: {} },
    { id: 'wf-b', end: B[0]!, entered: {}, edges: {} },
  ],
  total: ends(65, 14),
  programme: {},
  lists: {},
  lifecycle: {},
  emails,
};

async function report(lang: 'fr' | 'en') {
  const run = withReplications(project, first, digests);
  return new DOMParser().parseFromString(await buildReportHtml({ project, lang, date: '2026-03-02', elk: elkInThisThread, run }), 'text/html');
}

describe('the report’s counts over replications', () => {
  it('gives each Sankey node its own rounded mean: 67 enrolled, not 55 + 11', async () => {
    const doc = await report('fr');
    const labels = [...doc.querySelectorAll('[data-figure=sankey] text')].map((t) => t.textContent);
    // The end states' totals over both workflows: 65.8 completed -> 66 (not 55 + 10), 14.2 in progress -> 14.
    expect(labels).toEqual(['wf-a (67)', 'wf-b (13)', 'Terminés (66)', 'Encore en cours (14)']);
    expect(doc.querySelector('[data-figure=sankey] g.node[data-side=source][data-name="wf-a"]')!.getAttribute('data-value')).toBe('67');
    // The table above it says the same.
    const a = [...doc.querySelectorAll('[data-section=outcomes] tr[data-workflow="wf-a"] td[data-value]')].map((c) => c.getAttribute('data-value'));
    expect(a.slice(0, 2)).toEqual(['67', '55']);
  });

  it('totals the end states as the mean of each run’s total, with its range', async () => {
    const doc = await report('en');
    const total = [...doc.querySelectorAll('[data-section=outcomes] tr[data-workflow="*"] td[data-value]')];
    // enrolled 80, completed 66 (65–67), goal 0, unenrolled 0, in progress 14, lost 0.
    expect(total.map((c) => c.getAttribute('data-value'))).toEqual(['80', '66', '0', '0', '14', '0']);
    expect(total[1]!.textContent).toBe('66 (65–67)');
  });
});

describe('a Sankey label', () => {
  it('wraps a long name on two lines and puts the count where it fits, whole', () => {
    expect(sankeyLabelLines('Nurturing – ebook sujet Y', '67')).toEqual(['Nurturing – ebook sujet Y (67)']);
    // 30 characters a line: the name's second line takes the count when there is room for it…
    expect(sankeyLabelLines('Nurturing – articles envoyés au segment', '1 234')).toEqual(['Nurturing – articles envoyés', 'au segment (1 234)']);
    // …else the count has its own line; the name is never cut before two lines.
    expect(sankeyLabelLines('Nurturing – ebook 2 téléchargé', '3')).toEqual(['Nurturing – ebook 2 téléchargé', '(3)']);
  });
});
