// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildReportHtml, elkInThisThread, generateContacts, reportRun, simulate } from '../../../engine/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

// The nurturing template over 30 days: the lifecycle table's columns and the chart's axis hold the
// series' first value (the end of the run's first day, day 1) and its last (the end of day 30), as
// the app and `flowbench simulate` number days. They said "Day 0" and "Day 29".
describe('the report numbers days from 1', () => {
  it.each([
    ['en', 'End of day 1', 'End of day 30'],
    ['fr', 'Fin du jour 1', 'Fin du jour 30'],
  ] as const)('%s: the first and last day of a 30-day run', async (lang, first, last) => {
    const project = buildTemplate('nurturing', lang);
    expect(project.simulation.horizonDays).toBe(30);
    const contacts = generateContacts(project, 200, 3);
    const run = reportRun(project, [simulate(project, contacts)], contacts.length);
    const doc = new DOMParser().parseFromString(await buildReportHtml({ elk: elkInThisThread, project, lang, date: '2026-03-02', run }), 'text/html');
    const head = [...doc.querySelectorAll('[data-figure=lifecycle-table] thead th')].map((th) => th.textContent);
    expect(head.slice(1)).toEqual([first, last]);
    const axis = [...doc.querySelectorAll('[data-figure=lifecycle] svg text')].map((t) => t.textContent);
    expect(axis).toContain(first);
    expect(axis).toContain(last);
  });
});
