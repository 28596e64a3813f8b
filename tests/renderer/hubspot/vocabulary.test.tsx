import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { asListId, ENROLLMENT, emptyWorkflow } from '../../../engine/model/index.ts';
import { searchText } from '../../../renderer/canvas/buildGraph.ts';
import { PaletteMenu } from '../../../renderer/canvas/Palette.tsx';
import { withFormerWords } from '../../../renderer/hubspot/vocabulary.ts';
import { WorkflowSettingsForm } from '../../../renderer/inspector/WorkflowSettingsForm.tsx';
import { activeWorkflowOf, renderWithEditor, sampleProject } from '../render.tsx';

describe('lists are segments now, the old word still found', () => {
  it('lets a card about a segment answer to “list” and “liste”', () => {
    const text = searchText('Ajouter à un segment statique', 'Ajouter à « Clients »', '', 'Ajouter à un segment statique');
    expect(text.includes('liste')).toBe(true);
    expect(text.includes('list')).toBe(true);
    // Text with no segment does not answer to the old word.
    expect(searchText('Délai', 'Attendre 2 jours', '', 'Délai').includes('list')).toBe(false);
    expect(withFormerWords('Segment membership')).toContain('list');
  });

  it('names the palette group and steps with today’s words, in both languages', async () => {
    const fr = renderWithEditor(<PaletteMenu />, { lang: 'fr' });
    fr.stores.ui.getState().openPalette({ at: { from: ENROLLMENT, slot: { kind: 'next' } }, anchor: { x: 0, y: 0 } });
    expect((await screen.findByTestId('palette-add-to-list')).textContent).toContain('Ajouter à un segment statique');
    expect(screen.getAllByRole('group').map((g) => g.getAttribute('aria-label'))).toContain('Segments');
    // Typing the old French word still finds the steps.
    await userEvent.type(screen.getByPlaceholderText('Filtrer les étapes…'), 'liste');
    expect(screen.getByTestId('palette-remove-from-list').textContent).toContain('Retirer d’un segment statique');
    expect(screen.queryByTestId('palette-delay')).toBeNull();
  });
});

describe('the unenrollment settings, grouped as HubSpot groups them', () => {
  const project = () => {
    const p = sampleProject({ ...emptyWorkflow('wf-1', 'Nurturing'), start: null, steps: [] });
    return { ...p, lists: [{ id: asListId('list-1'), name: 'Clients' }] };
  };

  it('puts “no longer meet the triggers”, the goal and the suppression segments under one heading, in French', () => {
    renderWithEditor(<WorkflowSettingsForm workflow={project().workflows[0]!} />, { project: project(), lang: 'fr' });
    const group = screen.getByTestId('settings-unenroll');
    expect(within(group).getByRole('heading', { level: 3 }).textContent).toBe('Désinscrire les contacts qui…');
    expect(within(group).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Atteignent l’objectif du workflow', 'Rejoignent un segment de suppression']);
    expect(within(group).getByText('Ne remplissent plus les déclencheurs d’inscription')).toBeTruthy();
  });

  it('edits the same settings as before, undoably', () => {
    const { stores } = renderWithEditor(<WorkflowSettingsForm workflow={project().workflows[0]!} />, { project: project() });
    const group = screen.getByTestId('settings-unenroll');
    fireEvent.click(within(group).getByLabelText('No longer meet the enrollment triggers'));
    expect(activeWorkflowOf(stores).enrollment.unenrollWhenNotMatching).toBe(!project().workflows[0]!.enrollment.unenrollWhenNotMatching);
    fireEvent.click(within(screen.getByTestId('settings-suppression')).getByLabelText('Clients'));
    expect(activeWorkflowOf(stores).suppressionLists).toEqual(['list-1']);
    stores.document.getState().undo();
    expect(activeWorkflowOf(stores).suppressionLists).toEqual([]);
  });
});
