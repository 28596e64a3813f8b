import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asStepId, asWorkflowId, emptyWorkflow, type Workflow } from '../../engine/model/index.ts';
import { DialogHost } from '../../renderer/app/DialogHost.tsx';
import { DialogsProvider } from '../../renderer/app/dialogs.tsx';
import { WorkflowsSidebar } from '../../renderer/panels/WorkflowsSidebar.tsx';
import { renderWithEditor, sampleProject } from './render.tsx';

function renderSidebar(lang: 'en' | 'fr' = 'en', workflows: readonly Workflow[] = [emptyWorkflow('wf-1', 'Nurturing'), emptyWorkflow('wf-2', 'Renewal')]) {
  const project = { ...sampleProject(emptyWorkflow('wf-1', 'Nurturing')), workflows };
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

  // A review deleted a workflow another one enrolled into, with no word of it, and lost its
  // later edits (the file no longer saved: tests/renderer/app/delete-used.test.ts).
  it('names the steps of other workflows that use it, left to fix, in English and French', async () => {
    const enrolling: Workflow = {
      ...emptyWorkflow('wf-2', 'Renewal'),
      start: asStepId('s-enroll'),
      steps: [{ id: asStepId('s-enroll'), kind: 'enroll-in-workflow', workflow: asWorkflowId('wf-1'), next: null }],
    };
    const rendered = renderSidebar('en', [emptyWorkflow('wf-1', 'Nurturing'), enrolling]);
    fireEvent.click(await screen.findByTestId('remove-workflow'));
    expect(screen.getByTestId('confirm-dialog').textContent).toContain('Delete “Nurturing”? It is used by “Enroll in workflow” (“Renewal”); what uses it will be left to fix. You can undo this.');
    await act(async () => {
      fireEvent.click(screen.getByTestId('confirm'));
    });
    expect(names(rendered)).toEqual(['Renewal']);
    rendered.unmount();
    renderSidebar('fr', [emptyWorkflow('wf-1', 'Nurturing'), enrolling]);
    fireEvent.click(await screen.findByTestId('remove-workflow'));
    expect(screen.getByTestId('confirm-dialog').textContent!.replace(/[\u00a0\u202f]/g, ' ')).toContain('Supprimer « Nurturing » ? Il est utilisé par « Inscrire dans un workflow » (« Renewal ») ; ce qui l’utilise restera à corriger.');
  });
});
