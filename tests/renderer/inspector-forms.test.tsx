import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStep, insertStep } from '../../engine/edit/index.ts';
import { asStepId, emptyWorkflow, ENROLLMENT, STEP_KINDS, type Step, type StepKind, type Workflow } from '../../engine/model/index.ts';
import { Inspector } from '../../renderer/inspector/Inspector.tsx';
import { useDocument } from '../../renderer/stores/context.tsx';
import { activeWorkflow } from '../../renderer/stores/document.ts';
import { activeWorkflowOf, renderWithEditor, sampleProject } from './render.tsx';

/** A workflow holding one step of a kind (a go-to needs a step to jump to). */
function workflowWith(kind: StepKind): Workflow {
  const base = sampleProject();
  let wf = emptyWorkflow('wf-1', 'Test');
  wf = insertStep(wf, { from: ENROLLMENT, slot: { kind: 'next' } }, createStep('delay', asStepId('first'), base, 'en'));
  const step = createStep(kind, asStepId('s-1'), { ...base, goToTarget: asStepId('first') }, 'en');
  return insertStep(wf, { from: asStepId('first'), slot: { kind: 'next' } }, step);
}

function openStep(kind: StepKind, lang: 'en' | 'fr' = 'en') {
  const workflow = workflowWith(kind);
  const rendered = renderWithEditor(<InspectorForActive />, { project: sampleProject(workflow), lang });
  act(() => rendered.stores.ui.getState().select(asStepId('s-1')));
  return rendered;
}

/** The inspector of whichever workflow is open, as the app shell mounts it. */
function InspectorForActive() {
  const workflow = useDocument(activeWorkflow);
  return workflow ? <Inspector workflow={workflow} /> : null;
}

function stepOf(stores: ReturnType<typeof openStep>['stores'], id = 's-1'): Step {
  return activeWorkflowOf(stores).steps.find((s) => s.id === id)!;
}

describe('the inspector forms', () => {
  it.each(STEP_KINDS.map((k) => [k]))('has a form for %s', (kind) => {
    openStep(kind as StepKind);
    expect(screen.getByTestId(`inspector-${kind}`)).toBeTruthy();
  });

  it('edits a delay and refuses a non-number at the field', () => {
    const { stores } = openStep('delay');
    fireEvent.change(screen.getByTestId('delay-amount'), { target: { value: '5' } });
    expect(stepOf(stores)).toMatchObject({ delay: { mode: 'duration', duration: { amount: 5, unit: 'days' } } });
    fireEvent.change(screen.getByTestId('delay-amount'), { target: { value: 'five' } });
    expect(screen.getByText('Enter a number.')).toBeTruthy();
    expect(stepOf(stores)).toMatchObject({ delay: { duration: { amount: 5 } } });
    fireEvent.change(screen.getByTestId('delay-amount'), { target: { value: '-2' } });
    // The whole rule: from 0 (a project file holds a delay of 0) to ten years (3,653 days) in the unit shown.
    expect(screen.getByText('Enter a number between 0 and 3,653 days (10 years).')).toBeTruthy();
  });

  it('switches a delay to "until a day of the week" with its own fields', () => {
    const { stores } = openStep('delay', 'fr');
    fireEvent.change(screen.getByTestId('delay-mode'), { target: { value: 'until-weekday' } });
    expect(stepOf(stores)).toMatchObject({ delay: { mode: 'until-weekday', weekdays: ['monday'], time: '09:00' } });
    fireEvent.click(screen.getByText('mercredi'));
    expect(stepOf(stores)).toMatchObject({ delay: { weekdays: ['monday', 'wednesday'] } });
  });

  it('picks the email to send by name', () => {
    const { stores } = openStep('send-email');
    const options = within(screen.getByTestId('field-email') as HTMLElement).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Follow-up ebook 1', 'Offer ebook 2', 'New email…']);
    fireEvent.change(screen.getByTestId('field-email'), { target: { value: 'email-2' } });
    expect(stepOf(stores)).toMatchObject({ email: 'email-2' });
  });

  it('keeps a random split unsaved until its shares add up to 100 %', () => {
    const { stores } = openStep('branch-random');
    fireEvent.change(screen.getByTestId('percent-0'), { target: { value: '70' } });
    expect(screen.getByText('The shares must add up to 100% (now 120%).')).toBeTruthy();
    expect(stepOf(stores)).toMatchObject({ branches: [{ percent: 50 }, { percent: 50 }] });
    fireEvent.change(screen.getByTestId('percent-1'), { target: { value: '30' } });
    expect(stepOf(stores)).toMatchObject({ branches: [{ percent: 70 }, { percent: 30 }] });
  });

  it('adds and renames the branches of an if/then', () => {
    const { stores } = openStep('branch-if');
    fireEvent.click(screen.getByTestId('add-branch'));
    const names = screen.getAllByTestId('branch-name');
    fireEvent.change(names[1]!, { target: { value: 'Opened' } });
    const step = stepOf(stores);
    expect(step.kind === 'branch-if' && step.branches.map((b) => b.name)).toEqual(['Yes', 'Opened']);
  });

  it('asks which path to keep when deleting a branch, then keeps it', () => {
    const { stores } = openStep('branch-if');
    fireEvent.click(screen.getByTestId('action-delete'));
    const dialog = screen.getByTestId('delete-dialog');
    fireEvent.click(within(dialog).getByText('No'));
    fireEvent.click(within(dialog).getByTestId('confirm-delete'));
    expect(activeWorkflowOf(stores).steps.map((s) => s.id)).toEqual(['first']);
  });

  it('writes a note on the step and removes the key when cleared', () => {
    const { stores } = openStep('set-lifecycle-stage');
    fireEvent.change(screen.getByTestId('field-note'), { target: { value: 'Ask sales first' } });
    expect(stepOf(stores).note).toBe('Ask sales first');
    fireEvent.change(screen.getByTestId('field-note'), { target: { value: '' } });
    expect('note' in stepOf(stores)).toBe(false);
  });
});

describe('the workflow settings form', () => {
  function openSettings(lang: 'en' | 'fr' = 'en') {
    const rendered = renderWithEditor(<InspectorForActive />, { lang });
    act(() => rendered.stores.ui.getState().select(ENROLLMENT));
    return rendered;
  }

  it('refuses an empty name at the field and keeps the last one', () => {
    const { stores } = openSettings('fr');
    fireEvent.change(screen.getByTestId('settings-name'), { target: { value: '' } });
    expect(screen.getByText('Obligatoire.')).toBeTruthy();
    expect(activeWorkflowOf(stores).name).toBe('Nurturing');
    fireEvent.change(screen.getByTestId('settings-name'), { target: { value: 'Nurturing 2' } });
    expect(activeWorkflowOf(stores).name).toBe('Nurturing 2');
  });

  it('shows the anchor date of a date-centred workflow', () => {
    const { stores } = openSettings();
    fireEvent.change(screen.getByTestId('settings-type'), { target: { value: 'fixed-date' } });
    expect(activeWorkflowOf(stores).timing).toEqual({ type: 'fixed-date', anchorDate: '2026-01-05' });
    fireEvent.change(screen.getByTestId('settings-anchor-date'), { target: { value: '2026-03-12' } });
    expect(activeWorkflowOf(stores).timing).toEqual({ type: 'fixed-date', anchorDate: '2026-03-12' });
  });

  it('refuses an execution window that ends before it starts', () => {
    const { stores } = openSettings();
    fireEvent.click(screen.getByTestId('settings-use-window'));
    expect(activeWorkflowOf(stores).executionWindow).toMatchObject({ start: '09:00', end: '18:00' });
    fireEvent.change(screen.getByTestId('window-end'), { target: { value: '08:00' } });
    expect(screen.getByText('The end must come after the start.')).toBeTruthy();
    expect(activeWorkflowOf(stores).executionWindow).toMatchObject({ end: '18:00' });
  });

  it('sets re-enrollment, suppression lists and a goal', () => {
    const { stores } = openSettings();
    fireEvent.click(screen.getByTestId('settings-reenroll'));
    fireEvent.click(screen.getByText('Blog articles sent'));
    fireEvent.click(screen.getByTestId('add-goal'));
    const wf = activeWorkflowOf(stores);
    expect(wf.enrollment.reenroll).toBe(true);
    expect(wf.suppressionLists).toEqual(['list-2']);
    expect(wf.goal).toEqual({ groups: [] });
  });
});
