import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { asEmailId, asStepId, emptyWorkflow, type Workflow } from '../../engine/model/index.ts';
import { DialogHost } from '../../renderer/app/DialogHost.tsx';
import { DialogsProvider } from '../../renderer/app/dialogs.tsx';
import { ResourcesPanel } from '../../renderer/panels/ResourcesPanel.tsx';
import { renderWithEditor, sampleProject } from './render.tsx';

/**
 * Deleting an email, asset or segment a step uses: the panel asks first, naming the step left
 * to fix (it deleted at once, with no word, and the step then pointed nowhere). Unused, it goes at once.
 */
function renderPanel() {
  const sending: Workflow = {
    ...emptyWorkflow('wf-1', 'Nurturing'),
    start: asStepId('s-send'),
    steps: [{ id: asStepId('s-send'), kind: 'send-email', email: asEmailId('email-1'), next: null }],
  };
  return renderWithEditor(
    <DialogsProvider>
      <ResourcesPanel />
      <DialogHost />
    </DialogsProvider>,
    { project: sampleProject(sending) },
  );
}

const emails = (rendered: ReturnType<typeof renderPanel>) => rendered.stores.document.getState().project.emails.map((e) => e.id);

describe('deleting a resource', () => {
  it('asks when a step sends the email, naming the step, and deletes once confirmed', async () => {
    const rendered = renderPanel();
    const rows = screen.getAllByTestId('resource-row');
    fireEvent.click(rows[0]!.querySelector('button.fb-icon-button')!);
    expect(screen.getByTestId('confirm-dialog').textContent).toContain('Delete “Follow-up ebook 1”? It is used by “Send email” (“Nurturing”); what uses it will be left to fix.');
    expect(emails(rendered)).toEqual(['email-1', 'email-2']);
    await act(async () => {
      fireEvent.click(screen.getByTestId('confirm'));
    });
    expect(emails(rendered)).toEqual(['email-2']);
  });

  it('deletes an email nothing uses at once', () => {
    const rendered = renderPanel();
    const rows = screen.getAllByTestId('resource-row');
    fireEvent.click(rows[1]!.querySelector('button.fb-icon-button')!);
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(emails(rendered)).toEqual(['email-1']);
  });
});
