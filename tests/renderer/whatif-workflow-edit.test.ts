import { describe, expect, it } from 'vitest';
import { asStepId, type Step, type Workflow } from '../../engine/model/index.ts';
import { createStep, deleteStep, insertStep, setWorkflowSettings, updateStep } from '../../engine/edit/index.ts';
import { buildTemplate } from '../../engine/templates/index.ts';
import { workflowEditSince } from '../../renderer/expect/workflow-edit.ts';

/**
 * What the what-if offers to apply of the open workflow's edits since the run: the run's
 * workflow with the current steps and first step, how many steps changed (counted by hand for
 * each edit below), and whether its settings changed too (those stay as they ran).
 */
const ran = buildTemplate('nurturing', 'en');
const workflow = ran.workflows[0]!;
const delay = workflow.steps.find((s) => s.kind === 'delay') as Extract<Step, { kind: 'delay' }>;

describe('the open workflow’s edits since the run', () => {
  it('none: nothing to offer (a renamed workflow is not an edit of its steps)', () => {
    expect(workflowEditSince(ran, workflow)).toBeNull();
    expect(workflowEditSince(ran, { ...workflow, name: 'Renamed' })).toBeNull();
    expect(workflowEditSince(ran, undefined)).toBeNull();
  });

  it('a workflow the run did not have: nothing to offer', () => {
    expect(workflowEditSince(ran, { ...workflow, id: 'wf-new' as Workflow['id'] })).toBeNull();
  });

  it('a delay’s length: 1 step; the steps are the current ones, the rest as it ran', () => {
    const current = updateStep(workflow, { ...delay, delay: { mode: 'duration', duration: { amount: 1, unit: 'days' } } });
    const edit = workflowEditSince(ran, current)!;
    expect(edit.steps).toBe(1);
    expect(edit.settings).toBe(false);
    expect(edit.workflow.steps).toBe(current.steps);
  });

  it('a step deleted: the deleted one and the step that now links past it, 2 steps', () => {
    expect(workflowEditSince(ran, deleteStep(workflow, delay.id))!.steps).toBe(2);
  });

  it('a step inserted: the new one and the step that now leads to it, 2 steps', () => {
    const added = createStep('delay', asStepId('step-added'), {}, 'en');
    expect(workflowEditSince(ran, insertStep(workflow, { from: delay.id, slot: { kind: 'next' } }, added))!.steps).toBe(2);
  });

  it('its settings changed too: said, and not applied (the workflow passed keeps the settings it ran with)', () => {
    const edited = setWorkflowSettings(updateStep(workflow, { ...delay, delay: { mode: 'duration', duration: { amount: 2, unit: 'days' } } }), { blockedDates: ['2026-01-10'] });
    const edit = workflowEditSince(ran, edited)!;
    expect(edit.settings).toBe(true);
    expect(edit.workflow.blockedDates).toEqual(workflow.blockedDates);
  });
});
