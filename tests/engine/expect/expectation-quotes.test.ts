// An expectation's texts quote names as the rest of the app does: « » with no-break spaces in
// French (they had plain spaces in the offenders' reasons and the broken measures), “ ” in English
// (they were straight quotes beside the app's curly ones).
import { describe, expect, it } from 'vitest';
import { checkRun, describeExpectation, type Outcome } from '../../../engine/expect/index.ts';
import { asWorkflowId, type Expectation, type Project } from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { CONTACTS, L, smallProject, STEPS, students } from './fixture.ts';

const WF = asWorkflowId('wf');

function check(x: Expectation, project: Project = smallProject()): Outcome {
  return checkRun(project, [x], CONTACTS, simulate(project, CONTACTS))[0]!;
}

describe('the names in an expectation’s texts', () => {
  it('quote the workflow that moved an offender: par « Qualify » / by “Qualify”', () => {
    const why = check({ id: 'x', kind: 'never-stage', who: students, stage: 'marketingqualifiedlead' }).measured.offenders[0]!.why;
    expect(why.fr).toMatch(/ par «\u00a0Qualify\u00a0»$/);
    expect(why.en).toMatch(/ by “Qualify”$/);
  });

  it('quote the workflow nobody enrolled in', () => {
    const nobody = smallProject(STEPS, { groups: [{ filters: [{ kind: 'property', property: 'contacttype', type: 'enumeration', operation: { op: 'any-of', values: ['partner'] } }] }] });
    const broken = check({ id: 's', kind: 'share-in-list', workflow: WF, list: L, day: 3, bound: 'at-least', percent: 10 }, nobody).measured.broken!;
    expect(broken.fr).toMatch(/^aucun contact de la population de test n’est inscrit dans «\u00a0Qualify\u00a0» au /);
    expect(broken.en).toMatch(/^no contact of the test population is enrolled in “Qualify” by /);
  });

  it('quote the workflow and the segment of a sentence', () => {
    const share: Expectation = { id: 's', kind: 'share-in-list', workflow: WF, list: L, day: 30, bound: 'at-least', percent: 20 };
    expect(describeExpectation(share, smallProject(), 'en')).toBe('At the end of day 30, at least 20% of those enrolled in “Qualify” are in the segment “L”');
    expect(describeExpectation(share, smallProject(), 'fr')).toBe('À la fin du jour 30, au moins 20\u00a0% des inscrits de «\u00a0Qualify\u00a0» sont dans le segment «\u00a0L\u00a0»');
  });
});
