import { describe, expect, it } from 'vitest';
import { createStep, isWellFormed, newStepId, PLACEHOLDER_EMAIL, PLACEHOLDER_WORKFLOW, insertStep } from '../../../engine/edit/index.ts';
import { asWorkflowId, emptyProject, asProjectId, outgoingEdges, STEP_KINDS } from '../../../engine/model/index.ts';
import { EMAIL, enrollmentEdge, id, refusal, seedWorkflow } from './fixtures.ts';

const context = { emails: [{ id: EMAIL }], goToTarget: id('wait') };

describe('createStep', () => {
  it.each(STEP_KINDS.filter((k) => k !== 'go-to'))('creates an unconnected %s that inserts into a workflow cleanly', (kind) => {
    const step = createStep(kind, id('new'), context, 'fr');
    expect(step.kind).toBe(kind);
    expect(step.id).toBe('new');
    expect(outgoingEdges(step).every((e) => e.to === null)).toBe(true);
    expect(isWellFormed(insertStep(seedWorkflow(), { from: id('lead'), slot: { kind: 'next' } }, step))).toBe(true);
  });

  it('picks the first email of the project for a send-email step', () => {
    const step = createStep('send-email', id('s'), { emails: [{ id: EMAIL }, { id: EMAIL }] }, 'en');
    expect(step).toMatchObject({ kind: 'send-email', email: EMAIL });
  });

  it('falls back to a placeholder email when the project has none', () => {
    const step = createStep('send-email', id('s'), emptyProject(asProjectId('p'), 'P'), 'en');
    expect(step).toMatchObject({ email: PLACEHOLDER_EMAIL });
  });

  it('waits one day by default', () => {
    expect(createStep('delay', id('d'), {}, 'fr')).toMatchObject({ delay: { mode: 'duration', duration: { amount: 1, unit: 'days' } } });
  });

  it('waits three days at most for an event', () => {
    expect(createStep('delay-until-event', id('d'), {}, 'fr')).toMatchObject({ maxWait: { amount: 3, unit: 'days' } });
  });

  it('names the if/then branches in the requested language', () => {
    expect(createStep('branch-if', id('b'), {}, 'fr')).toMatchObject({ branches: [{ name: 'Oui' }], defaultName: 'Non' });
    expect(createStep('branch-if', id('b'), {}, 'en')).toMatchObject({ branches: [{ name: 'Yes' }], defaultName: 'No' });
  });

  it('splits 50/50 by default', () => {
    const step = createStep('branch-random', id('r'), {}, 'en');
    expect(step.kind === 'branch-random' && step.branches.map((b) => b.percent)).toEqual([50, 50]);
  });

  it('never enrolls a workflow into itself by default', () => {
    const self = asWorkflowId('self');
    const other = asWorkflowId('other');
    expect(createStep('enroll-in-workflow', id('e'), { workflows: [{ id: self }, { id: other }], currentWorkflow: self }, 'en')).toMatchObject({ workflow: other });
    expect(createStep('unenroll-from-workflow', id('e'), { workflows: [{ id: self }], currentWorkflow: self }, 'en')).toMatchObject({ workflow: PLACEHOLDER_WORKFLOW });
  });

  it('creates a go-to jumping to the given target', () => {
    expect(createStep('go-to', id('g'), context, 'en')).toMatchObject({ kind: 'go-to', target: 'wait' });
  });

  it('refuses a go-to without a target', () => {
    const error = refusal(() => createStep('go-to', id('g'), {}, 'fr'));
    expect(error.code).toBe('missing-target');
    expect(error.text.fr).toContain('Aller à');
  });
});

describe('newStepId', () => {
  it('gives an id no step of the workflow uses, the same one every time', () => {
    const workflow = seedWorkflow();
    const fresh = newStepId(workflow);
    expect(workflow.steps.some((s) => s.id === fresh)).toBe(false);
    expect(newStepId(workflow)).toBe(fresh);
  });

  it('moves on once the id is taken', () => {
    const workflow = insertStep(seedWorkflow(), enrollmentEdge, createStep('delay', newStepId(seedWorkflow()), {}, 'en'));
    expect(newStepId(workflow)).not.toBe(newStepId(seedWorkflow()));
  });
});
