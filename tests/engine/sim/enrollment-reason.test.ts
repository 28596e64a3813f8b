import { describe, expect, it } from 'vitest';
import { asProjectId, asStepId, asWorkflowId, emptyProject, type Criteria, type Project, type Step, type Workflow } from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { certainPersona, contact, workflow } from './fixtures.ts';

/**
 * Why an enrollment happened is passed to it, never kept in the run (issue #19): it used to sit
 * in a field set by an "enroll in workflow" step and never reset, so a workflow a later change
 * of the same step run enrolled was logged "by workflow".
 */

const persona = certainPersona(0);
const s = asStepId;
const everyone: Criteria = { groups: [{ filters: [{ kind: 'property', property: 'email', type: 'string', operation: { op: 'is-known' } }] }] };
const pIsYes: Criteria = { groups: [{ filters: [{ kind: 'property', property: 'p', type: 'string', operation: { op: 'eq', value: 'yes' } }] }] };

function project(workflows: Workflow[]): Project {
  const base = emptyProject(asProjectId('p'), 'p');
  return { ...base, personas: [persona], workflows, simulation: { ...base.simulation, horizonDays: 2, arrivals: { ...base.simulation.arrivals, perDay: 0 } } };
}

const setYes: Step = { id: s('a-set'), kind: 'set-property', property: 'p', value: 'yes', next: null };
const b = workflow('B', [{ id: s('b-task'), kind: 'create-task', taskTitle: 't', next: null }]);
const c = workflow('C', [{ id: s('c-task'), kind: 'create-task', taskTitle: 't', next: null }], {
  enrollment: { triggers: pIsYes, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false },
});
const a = (steps: Step[]) => workflow('A', steps, { enrollment: { triggers: everyone, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false } });

function howOf(result: ReturnType<typeof simulate>, w: string) {
  return result.contactAt('c0', 0)!.enrollments.filter((e) => e.workflow === w).map((e) => e.how);
}

describe('the reason of an enrollment', () => {
  it('A = [enroll in B, set p = yes]: B is enrolled by workflow, C (triggered by p = yes) on change', () => {
    const result = simulate(project([a([{ id: s('a-enroll'), kind: 'enroll-in-workflow', workflow: asWorkflowId('B'), next: s('a-set') }, setYes]), b, c]), [contact('c0', {}, [], persona)]);
    expect(howOf(result, 'A')).toEqual(['at-start']);
    expect(howOf(result, 'B')).toEqual(['by-workflow']);
    expect(howOf(result, 'C')).toEqual(['on-change']);
  });

  it('without the enroll step, C is enrolled on change too', () => {
    const result = simulate(project([a([setYes]), b, c]), [contact('c0', {}, [], persona)]);
    expect(howOf(result, 'B')).toEqual([]);
    expect(howOf(result, 'C')).toEqual(['on-change']);
  });
});
