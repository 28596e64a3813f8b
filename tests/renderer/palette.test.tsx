import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ENROLLMENT, STEP_KINDS } from '../../engine/model/index.ts';
import { copySubtree, createStep, insertStep } from '../../engine/edit/index.ts';
import { asStepId } from '../../engine/model/index.ts';
import { PaletteMenu } from '../../renderer/canvas/Palette.tsx';
import { activeWorkflowOf, renderWithEditor } from './render.tsx';

const at = { from: ENROLLMENT, slot: { kind: 'next' } } as const;

function openPalette(lang: 'en' | 'fr' = 'en') {
  const rendered = renderWithEditor(<PaletteMenu />, { lang });
  rendered.stores.ui.getState().openPalette({ at, anchor: { x: 0, y: 0 } });
  return rendered;
}

describe('the step palette', () => {
  it('offers every step kind, in the six groups of the editor', async () => {
    openPalette();
    const groups = await screen.findAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['Communication', 'Delays', 'Branches', 'Records', 'Segments', 'Workflow control']);
    for (const kind of STEP_KINDS) expect(screen.getByTestId(`palette-${kind}`)).toBeTruthy();
    expect(within(groups[1]!).getByText('Delay until event')).toBeTruthy();
  });

  it('speaks French when the user does', async () => {
    openPalette('fr');
    expect(await screen.findByText('Envoyer un e-mail')).toBeTruthy();
    expect(screen.getByText('Contrôle du workflow')).toBeTruthy();
  });

  it('narrows the list as the user types', async () => {
    openPalette();
    await userEvent.type(await screen.findByPlaceholderText('Filter steps…'), 'list');
    expect(screen.getByTestId('palette-add-to-list')).toBeTruthy();
    expect(screen.getByTestId('palette-remove-from-list')).toBeTruthy();
    expect(screen.queryByTestId('palette-delay')).toBeNull();
  });

  it('inserts the chosen step on the edge and selects it', async () => {
    const { stores } = openPalette();
    fireEvent.click(await screen.findByTestId('palette-delay'));
    const workflow = activeWorkflowOf(stores);
    expect(workflow.steps.map((s) => s.kind)).toEqual(['delay']);
    expect(workflow.start).toBe(workflow.steps[0]!.id);
    expect(stores.ui.getState().selected).toBe(workflow.steps[0]!.id);
    expect(stores.ui.getState().palette).toBeNull();
  });

  it('picks the highlighted kind with the keyboard', async () => {
    const { stores } = openPalette();
    const input = await screen.findByPlaceholderText('Filter steps…');
    await userEvent.type(input, 'random{Enter}');
    expect(activeWorkflowOf(stores).steps.map((s) => s.kind)).toEqual(['branch-random']);
  });

  it('pastes copied steps when the clipboard holds some', async () => {
    const { stores } = openPalette();
    const source = insertStep(activeWorkflowOf(stores), at, createStep('send-email', asStepId('s-1'), stores.document.getState().project, 'en'));
    stores.ui.getState().setClipboard(copySubtree(source, asStepId('s-1')));
    fireEvent.click(await screen.findByTestId('palette-paste'));
    expect(activeWorkflowOf(stores).steps.map((s) => s.kind)).toEqual(['send-email']);
  });
});
