// @vitest-environment jsdom
// What the report says of the project's expectations and of the run's settings, parsed by jsdom's DOMParser.
import { describe, expect, it } from 'vitest';
import { buildReportHtml, checkedExpectations, elkInThisThread, generateContacts, reportRun, simulate } from '../../../engine/index.ts';
import { describeExpectation, runTests } from '../../../engine/expect/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the report’s expectations', () => {
  it('lists each expectation of the project as the app and `flowbench test` judge it, and on what', async () => {
    const project = buildTemplate('lifecycle', 'fr');
    const tests = project.tests!;
    // The template's 4 expectations, checked on its 300 sample contacts, one run.
    expect(tests.expectations).toHaveLength(4);
    const reference = runTests(project, tests, 1);
    const doc = parse(await buildReportHtml({ elk: elkInThisThread, project, lang: 'fr', date: '2026-03-02', ...checkedExpectations(project) }));
    const rows = [...doc.querySelectorAll('[data-figure=expectations] tbody tr')];
    expect(rows.map((r) => r.querySelector('td')!.textContent)).toEqual(tests.expectations.map((x) => describeExpectation(x, project, 'fr')));
    const held = { holds: 'true', fails: 'false', uncertain: 'unknown' } as const;
    expect(rows.map((r) => r.querySelector('td[data-held]')!.getAttribute('data-held'))).toEqual(reference.outcomes.map((o) => held[o.state]));
    expect(doc.querySelector('[data-figure=expectations-checked-on]')!.textContent).toBe(
      'Vérifiées comme dans l’application, sur les 300 contacts de test du projet (un tirage), pas sur la population de la répétition.',
    );
    // It used to say none had been written.
    expect(doc.querySelector('[data-section=expectations]')!.textContent).not.toContain('Aucune attente');
  });

  it('says so when the project has none, with no note on a test population', async () => {
    const project = { ...buildTemplate('lifecycle', 'en'), tests: undefined };
    const doc = parse(await buildReportHtml({ elk: elkInThisThread, project, lang: 'en', date: '2026-03-02', ...checkedExpectations(project) }));
    expect(doc.querySelector('[data-section=expectations]')!.textContent).toContain('No expectation was written down for this rehearsal.');
    expect(doc.querySelector('[data-figure=expectations-checked-on]')).toBeNull();
  });
});

describe('the report’s assumptions and cover', () => {
  it('give the settings of the run, not the project’s saved ones (new contacts a day set for the run only)', async () => {
    const project = buildTemplate('nurturing', 'en');
    // Saved: no arrivals. The run: 20 a day (as the app's panel passes them to the engine, not to the project).
    expect(project.simulation.arrivals.perDay).toBe(0);
    const contacts = generateContacts(project, 50, 3);
    const result = simulate(project, contacts, { horizonDays: 10, arrivals: { ...project.simulation.arrivals, perDay: 20 } });
    const doc = parse(await buildReportHtml({ elk: elkInThisThread, project, lang: 'en', date: '2026-03-02', run: reportRun(project, [result], 50) }));
    const settings = doc.querySelector('[data-figure=settings]')!.textContent!;
    expect(settings).toContain('New contacts: 20 a day on average');
    expect(settings).not.toContain('New contacts: none');
    // The cover counts the workflows under a label, not the heading of their section.
    const cover = doc.querySelector('[data-section=cover]')!.textContent!;
    expect(cover).toContain(`Workflows${project.workflows.length}`);
    expect(cover).not.toContain('The workflows');
  });
});
