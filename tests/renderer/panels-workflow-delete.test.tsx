import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyWorkflow } from '../../engine/model/index.ts';
import { DialogHost } from '../../renderer/app/DialogHost.tsx';
import { DialogsProvider } from '../../renderer/app/dialogs.tsx';
import { WorkflowsSidebar } from '../../renderer/panels/WorkflowsSidebar.tsx';
import { renderWithEditor, sampleProject } from './render.tsx';

function renderSidebar(lang: 'en' | 'fr' = 'en') {
  const project = { ...sampleProject(emptyWorkflow('wf-1', 'Nurturing')), workflows: [emptyWorkflow('wf-1', 'Nurturing'), emptyWorkflow('wf-2', 'Renewal')] };
  const rendered = renderWithEditor(
    <DialogsProvider>
      <WorkflowsSidebar />
      <DialogHost />
    </DialogsProvider>,
    { project, lang },
  );
  act(() => rendered.stores.document.getState().setActiveWorkflow(project.workflows[0]!.id));
  return rendered;
}

const names = (rendered: ReturnType<typeof renderSidebar>) => rendered.stores.document.getState().project.workflows.map((w) => w.name);

afterEach(() => vi.restoreAllMocks());

describe('deleting a workflow from the sidebar', () => {
  it('asks in the app, never with the browser’s box, and keeps the workflow on Cancel', async () => {
    const native = vi.spyOn(window, 'confirm');
    const rendered = renderSidebar();
    fireEvent.click(await screen.findByTestId('remove-workflow'));
    expect(native).not.toHaveBeenCalled();
    expect(screen.getByTestId('confirm-dialog').textContent).toContain('Delete “Nurturing”? You can undo this.');
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(names(rendered)).toEqual(['Nurturing', 'Renewal']);
  });

  it('deletes only the asked workflow once confirmed, and the deletion can be undone', async () => {
    const rendered = renderSidebar();
    fireEvent.click(await screen.findByTestId('remove-workflow'));
    expect(names(rendered)).toEqual(['Nurturing', 'Renewal']);
    // The deletion runs when the dialog's promise settles: let it.
    await act(async () => {
      fireEvent.click(screen.getByTestId('confirm'));
    });
    expect(names(rendered)).toEqual(['Renewal']);
    act(() => rendered.stores.document.getState().undo());
    expect(names(rendered)).toEqual(['Nurturing', 'Renewal']);
  });

  it('asks in French with a Supprimer button', async () => {
    renderSidebar('fr');
    fireEvent.click(await screen.findByTestId('remove-workflow'));
    // French puts no-break spaces inside « » and before ?.
    expect(screen.getByTestId('confirm-dialog').textContent!.replace(/[\u00a0\u202f]/g, ' ')).toContain('Supprimer « Nurturing » ? Vous pourrez annuler.');
    expect(screen.getByTestId('confirm').textContent).toBe('Supprimer');
  });
});
