import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStep, insertStep } from '../../engine/edit/index.ts';
import { asBranchId, asEmailId, asListId, asStepId, emptyWorkflow, ENROLLMENT, STEP_KINDS, type Step, type StepKind, type Workflow } from '../../engine/model/index.ts';
import { Inspector } from '../../renderer/inspector/Inspector.tsx';
import { useDocument } from '../../renderer/stores/context.tsx';
import { activeWorkflow } from '../../renderer/stores/document.ts';
import { renderWithEditor, sampleProject } from './render.tsx';

/**
 * The inspector speaks of steps as their cards do, never by their ids: a marketer never sees
 * "step-3f2a9c41" or the workflow's "wf-8d41c07e", in the head, a form, its options, tooltips or
 * labels, or the dialog that asks which path a deleted branch keeps.
 */

const WORKFLOW_ID = 'wf-8d41c07e';
const FIRST = asStepId('step-7be01d22');
const SELECTED = asStepId('step-3f2a9c41');
const MULTI_PATH: readonly StepKind[] = ['branch-if', 'branch-value', 'branch-random', 'delay-until-event'];

function InspectorForActive() {
  const workflow = useDocument(activeWorkflow);
  return workflow ? <Inspector workflow={workflow} /> : null;
}

/** Enrollment, then a delay, then a step of the kind (a go-to jumps back to the delay). */
function workflowWith(kind: StepKind): Workflow {
  const base = sampleProject();
  let wf = emptyWorkflow(WORKFLOW_ID, 'Nurturing');
  wf = insertStep(wf, { from: ENROLLMENT, slot: { kind: 'next' } }, createStep('delay', FIRST, base, 'en'));
  return insertStep(wf, { from: FIRST, slot: { kind: 'next' } }, createStep(kind, SELECTED, { ...base, goToTarget: FIRST }, 'en'));
}

/** Everything of the page a user reads: its text (options included), tooltips, labels, placeholders, field values. */
function onScreen(): string {
  const attributes = [...document.body.querySelectorAll('*')].flatMap((e) => ['title', 'aria-label', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? ''));
  const values = [...document.body.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value);
  return [document.body.textContent ?? '', ...attributes, ...values].join('\n');
}

/** The workflow's steps as data: ids, kinds and links written out, so the expected names can be read off. */
function linear(steps: readonly Step[]): Workflow {
  return { ...emptyWorkflow(WORKFLOW_ID, 'Nurturing'), start: steps[0]!.id, steps };
}

function goToOptions(): string[] {
  return within(screen.getByTestId('field-target')).getAllByRole('option').map((o) => o.textContent ?? '');
}

describe('the inspector names steps, never their ids', () => {
  it.each(STEP_KINDS.map((k) => [k]))('shows no id in the form of the %s step', (kind) => {
    const { stores } = renderWithEditor(<InspectorForActive />, { project: sampleProject(workflowWith(kind as StepKind)), lang: 'fr' });
    act(() => stores.ui.getState().select(SELECTED));
    expect(screen.getByTestId(`inspector-${kind}`)).toBeTruthy();
    const text = onScreen();
    expect(text).not.toContain(SELECTED);
    expect(text).not.toContain(FIRST);
    expect(text).not.toContain(WORKFLOW_ID);
    if (MULTI_PATH.includes(kind as StepKind)) {
      fireEvent.click(screen.getByTestId('action-delete'));
      expect(screen.getByTestId('delete-dialog')).toBeTruthy();
      expect(onScreen()).not.toContain(SELECTED);
    }
  });

  it('shows no id in the workflow settings', () => {
    const { stores } = renderWithEditor(<InspectorForActive />, { project: sampleProject(workflowWith('go-to')), lang: 'en' });
    act(() => stores.ui.getState().select(ENROLLMENT));
    expect(screen.getByTestId('workflow-settings')).toBeTruthy();
    expect(onScreen()).not.toContain(WORKFLOW_ID);
  });

  it('gives a titled step its title under its kind in the head', () => {
    const wf = workflowWith('delay');
    const titled = { ...wf, steps: wf.steps.map((s) => (s.id === SELECTED ? { ...s, title: 'Relance J+5' } : s)) };
    const { stores } = renderWithEditor(<InspectorForActive />, { project: sampleProject(titled), lang: 'fr' });
    act(() => stores.ui.getState().select(SELECTED));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Délai');
    expect(screen.getByTestId('inspector-step-title').textContent).toBe('Relance J+5');
  });

  it('lists a go-to’s targets by their card titles, told apart by their summaries, then by a number', () => {
    // Two e-mails (the same title, different summaries), two 5-day delays (the same title and
    // summary), a segment step the user titled, then the go-to itself.
    const id = asStepId;
    const wf = linear([
      { id: id('step-a81c'), kind: 'send-email', email: asEmailId('email-1'), next: id('step-b92d') },
      { id: id('step-b92d'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 5, unit: 'days' } }, next: id('step-c03e') },
      { id: id('step-c03e'), kind: 'send-email', email: asEmailId('email-2'), next: id('step-d14f') },
      { id: id('step-d14f'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 5, unit: 'days' } }, next: id('step-e250') },
      { id: id('step-e250'), kind: 'add-to-list', list: asListId('list-1'), title: 'Hand over to sales', next: id('step-f361') },
      { id: id('step-f361'), kind: 'go-to', target: id('step-b92d') },
    ]);
    const { stores } = renderWithEditor(<InspectorForActive />, { project: sampleProject(wf), lang: 'en' });
    act(() => stores.ui.getState().select(id('step-f361')));
    // The cards read "Send email / Send “Follow-up ebook 1”", "Delay / Wait 5 days"...; a title
    // shared by two cards takes its summary after " · ", a summary shared too a number in path order.
    expect(goToOptions()).toEqual([
      'Send email · Send “Follow-up ebook 1”',
      'Delay · Wait 5 days (1)',
      'Send email · Send “Offer ebook 2”',
      'Delay · Wait 5 days (2)',
      'Hand over to sales',
    ]);
    expect((screen.getByTestId('field-target') as HTMLSelectElement).value).toBe('step-b92d');
    fireEvent.change(screen.getByTestId('field-target'), { target: { value: 'step-d14f' } });
    const state = stores.document.getState();
    expect(state.project.workflows[0]!.steps.find((s) => s.id === 'step-f361')).toMatchObject({ target: 'step-d14f' });
  });

  it('lists a go-to’s targets in the canvas’s reading order: down the first path of a split, then the second', () => {
    // In the file, the second path's delay comes first; on the canvas, a reader goes down the
    // "A" path (its delay, the go-to) before the "B" path.
    const id = asStepId;
    const wait = (days: number, next: Step['id'] | null): Step => ({ id: id(`step-wait-${days}`), kind: 'delay', delay: { mode: 'duration', duration: { amount: days, unit: 'days' } }, next });
    const wf = linear([
      {
        id: id('step-split'),
        kind: 'branch-random',
        branches: [
          { id: asBranchId('a'), name: 'A', percent: 50, next: id('step-wait-2') },
          { id: asBranchId('b'), name: 'B', percent: 50, next: id('step-wait-3') },
        ],
      },
      wait(3, null),
      wait(2, id('step-jump')),
      { id: id('step-jump'), kind: 'go-to', target: id('step-split') },
    ]);
    const { stores } = renderWithEditor(<InspectorForActive />, { project: sampleProject(wf), lang: 'fr' });
    act(() => stores.ui.getState().select(id('step-jump')));
    expect(goToOptions()).toEqual(['Répartition aléatoire', 'Délai · Attendre 2 jours', 'Délai · Attendre 3 jours']);
  });
});
