import { describe, expect, it } from 'vitest';
import { describeExpectation, runTests } from '../../../engine/expect/index.ts';
import { testReport } from '../../../engine/cli/commands/test-report.ts';
import { reportExpectations } from '../../../engine/report/expectations.ts';
import { asBranchId, asStepId, asWorkflowId, type Expectation, type Project, type Step } from '../../../engine/model/index.ts';
import { CONTACTS, L, smallProject, STAGGERED_STEPS, students } from './fixture.ts';

/**
 * An expectation in words, as the Problems panel, `flowbench test` and the report print it: its
 * numbers written as the measure beside it ("Mesuré : 4,8 %"), and its steps named so two that
 * read alike are told apart, as the what-if names them.
 */

const WF = asWorkflowId('wf');

describe('an expectation’s percent', () => {
  const project = smallProject(STAGGERED_STEPS);
  const share: Expectation = { id: 's', kind: 'share-in-list', workflow: WF, list: L, day: 30, bound: 'at-least', percent: 2.5 };
  const reach: Expectation = { id: 'r', kind: 'reaches-within', workflow: WF, step: asStepId('s-wait'), persona: null, days: 1, percent: 12.25 };

  it('is written with a decimal comma and a no-break space in French, a point in English, as the measure is', () => {
    // "2.5 %" was printed raw in French beside "Mesuré : 4,8 %".
    expect(describeExpectation(share, project, 'fr')).toBe('À la fin du jour 30, au moins 2,5\u00a0% des inscrits de «\u00a0Qualify\u00a0» sont dans le segment «\u00a0L\u00a0»');
    expect(describeExpectation(share, project, 'en')).toBe('At the end of day 30, at least 2.5% of those enrolled in “Qualify” are in the segment “L”');
  });

  it('keeps every decimal typed, and the days agree with their number', () => {
    // 12.25 rounded to one decimal would state another bound; "en 1 jours" read wrong.
    expect(describeExpectation(reach, project, 'fr')).toBe('Au moins 12,25\u00a0% des inscrits atteignent «\u00a0Attendre 2 jours\u00a0» en 1 jour au plus');
    expect(describeExpectation(reach, project, 'en')).toBe('At least 12.25% of those enrolled reach “Wait 2 days” within 1 day');
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

describe('an expectation’s step, named as its card, among steps that read alike', () => {
  /**
   * Each step is named as its canvas card names it (its summary line, no title here). Two if/then
   * branches on students (both "Si : Type de contact est Étudiant"): the first is the workflow's
   * first step, the second follows "Attendre 2 jours". Each of the second's branches leads to an
   * "Attendre 1 jour" after the same branch step, so only their number (5th and 6th step) tells
   * them apart; each then leads to an "Ajouter à « L »", and those two follow alike delays: by
   * number too (4th, 7th). The card's own quotes become the inner ones inside the sentence's.
   */
  const steps: readonly Step[] = [
    { id: asStepId('s-b1'), kind: 'branch-if', branches: [{ id: asBranchId('b1'), name: 'student', criteria: students, next: asStepId('s-wait') }], defaultName: 'others', defaultNext: asStepId('s-wait') },
    { id: asStepId('s-wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 2, unit: 'days' } }, next: asStepId('s-b2') },
    { id: asStepId('s-b2'), kind: 'branch-if', branches: [{ id: asBranchId('b2'), name: 'student', criteria: students, next: asStepId('s-d1') }], defaultName: 'others', defaultNext: asStepId('s-d2') },
    { id: asStepId('s-list'), kind: 'add-to-list', list: L, next: null },
    { id: asStepId('s-d1'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 1, unit: 'days' } }, next: asStepId('s-list') },
    { id: asStepId('s-d2'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 1, unit: 'days' } }, next: asStepId('s-list2') },
    { id: asStepId('s-list2'), kind: 'add-to-list', list: L, next: null },
  ];
  const base = smallProject(steps);
  const project: Project = { ...base, workflows: base.workflows.map((w) => ({ ...w, start: asStepId('s-b1') })) };
  const reached = (step: string): Expectation => ({ id: step, kind: 'step-reached', workflow: WF, step: asStepId(step), count: 1 });
  const within = (step: string): Expectation => ({ id: step, kind: 'reaches-within', workflow: WF, step: asStepId(step), persona: null, days: 10, percent: 50 });

  it('names a branch by the step before it when two branches read “Si : Type de contact est Étudiant”', () => {
    expect(describeExpectation(within('s-b2'), project, 'fr')).toBe('Au moins 50\u00a0% des inscrits atteignent «\u00a0Si\u00a0: Type de contact est Étudiant (après Attendre 2 jours)\u00a0» en 10 jours au plus');
    expect(describeExpectation(within('s-b2'), project, 'en')).toBe('At least 50% of those enrolled reach “If: Contact type is Student (after Wait 2 days)” within 10 days');
    expect(describeExpectation(reached('s-b1'), project, 'fr')).toBe('«\u00a0Si\u00a0: Type de contact est Étudiant (première étape)\u00a0» (Qualify) est atteinte par au moins 1 contact');
    expect(describeExpectation(reached('s-b1'), project, 'en')).toBe('“If: Contact type is Student (first step)” (Qualify) is reached by at least 1 contact');
  });

  it('names two alike steps after alike steps by their number in the workflow', () => {
    expect(describeExpectation(reached('s-d1'), project, 'fr')).toBe('«\u00a0Attendre 1 jour (après Si\u00a0: Type de contact est Étudiant) (étape 5)\u00a0» (Qualify) est atteinte par au moins 1 contact');
    expect(describeExpectation(reached('s-d2'), project, 'en')).toBe('“Wait 1 day (after If: Contact type is Student) (step 6)” (Qualify) is reached by at least 1 contact');
    expect(describeExpectation(reached('s-list'), project, 'fr')).toBe('«\u00a0Ajouter à “L” (après Attendre 1 jour) (étape 4)\u00a0» (Qualify) est atteinte par au moins 1 contact');
    expect(describeExpectation(reached('s-list2'), project, 'en')).toBe('“Add to ‘L’ (after Wait 1 day) (step 7)” (Qualify) is reached by at least 1 contact');
  });

  it('leaves a step no other reads like by its own name', () => {
    expect(describeExpectation(reached('s-wait'), project, 'fr')).toBe('«\u00a0Attendre 2 jours\u00a0» (Qualify) est atteinte par au moins 1 contact');
  });

  it('names a step with a title of its own by its title, as its card does', () => {
    const titled: Project = { ...project, workflows: project.workflows.map((w) => ({ ...w, steps: w.steps.map((s) => (s.id === 's-wait' ? { ...s, title: 'Pause' } : s)) })) };
    expect(describeExpectation(reached('s-wait'), titled, 'en')).toBe('“Pause” (Qualify) is reached by at least 1 contact');
    expect(describeExpectation(within('s-b2'), titled, 'en')).toBe('At least 50% of those enrolled reach “If: Contact type is Student (after Pause)” within 10 days');
  });
});
