import { describe, expect, it } from 'vitest';
import { describeExpectation, runTests } from '../../../engine/expect/index.ts';
import { testReport } from '../../../engine/cli/commands/test-report.ts';
import { reportExpectations } from '../../../engine/report/expectations.ts';
import { asStepId, asWorkflowId, type Expectation, type Project } from '../../../engine/model/index.ts';
import { CONTACTS, L, smallProject, STAGGERED_STEPS } from './fixture.ts';

/**
 * An expectation in words, as the Problems panel, `flowbench test` and the report print it: its
 * numbers written as the measure beside it ("Mesuré : 4,8 %").
 */

const WF = asWorkflowId('wf');

describe('an expectation’s percent', () => {
  const project = smallProject(STAGGERED_STEPS);
  const share: Expectation = { id: 's', kind: 'share-in-list', workflow: WF, list: L, day: 30, bound: 'at-least', percent: 2.5 };
  const reach: Expectation = { id: 'r', kind: 'reaches-within', workflow: WF, step: asStepId('s-wait'), persona: null, days: 1, percent: 12.25 };

  it('is written with a decimal comma and a no-break space in French, a point in English, as the measure is', () => {
    // "2.5 %" was printed raw in French beside "Mesuré : 4,8 %".
    expect(describeExpectation(share, project, 'fr')).toBe('À la fin du jour 30, au moins 2,5\u00a0% des inscrits de «\u00a0Qualify\u00a0» sont dans le segment «\u00a0L\u00a0»');
    expect(describeExpectation(share, project, 'en')).toBe('At the end of day 30, at least 2.5% of those enrolled in "Qualify" are in the segment "L"');
  });

  it('keeps every decimal typed, and the days agree with their number', () => {
    // 12.25 rounded to one decimal would state another bound; "en 1 jours" read wrong.
    expect(describeExpectation(reach, project, 'fr')).toBe('Au moins 12,25\u00a0% des inscrits atteignent «\u00a0Délai de 2 jours\u00a0» en 1 jour au plus');
    expect(describeExpectation(reach, project, 'en')).toBe('At least 12.25% of those enrolled reach "Delay of 2 days" within 1 day');
  });

  it('reads the same in `flowbench test` and in the report, which print these texts', () => {
    const tested: Project = { ...project, tests: { expectations: [share], population: { kind: 'contacts', contacts: CONTACTS } } };
    const run = runTests(tested, tested.tests!, 1);
    expect(testReport(tested, tested.tests!.population, run, 'fr')).toContain('au moins 2,5\u00a0% des inscrits');
    expect(testReport(tested, tested.tests!.population, run, 'en')).toContain('at least 2.5% of those enrolled');
    const [line] = reportExpectations(tested, run.outcomes);
    expect(line!.text).toMatchObject({ fr: expect.stringContaining('au moins 2,5\u00a0% des inscrits'), en: expect.stringContaining('at least 2.5% of those') });
  });
});
