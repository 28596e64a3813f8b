import 'fake-indexeddb/auto';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asContactId, asListId, type Contact, type Lang } from '../../../engine/model/index.ts';
import { DialogHost } from '../../../renderer/app/DialogHost.tsx';
import { DialogsProvider } from '../../../renderer/app/dialogs.tsx';
import { testSandboxDb, SandboxTexts } from './test-db.tsx';
import { SandboxProvider } from '../../../renderer/sandbox/context.tsx';
import { SandboxPanel } from '../../../renderer/sandbox/SandboxPanel.tsx';
import { createSandboxStore } from '../../../renderer/sandbox/store.ts';
import { SandboxWorker } from '../../../renderer/sandbox/worker-client.ts';
import { renderWithEditor } from '../render.tsx';

const member = (n: number): Contact => ({ id: asContactId(`c-${n}`), properties: { email: `lead${n}@example.com` }, lists: [asListId('list-1')], events: [], persona: null });

afterEach(() => vi.restoreAllMocks());

async function renderSandbox(contacts: readonly Contact[], lang: Lang = 'en') {
  const db = testSandboxDb('dialogs-test');
  const store = createSandboxStore(db, new SandboxWorker());
  await store.getState().init('Sandbox 1');
  if (contacts.length > 0) await store.getState().write(contacts, true);
  renderWithEditor(
    <SandboxProvider store={store}>
      <DialogsProvider>
        <SandboxTexts>
          <SandboxPanel />
          <DialogHost />
        </SandboxTexts>
      </DialogsProvider>
    </SandboxProvider>,
    { lang },
  );
  return store;
}

describe('the sandbox asks in the app', () => {
  it('renames the sandbox through the in-app prompt, refusing an empty name at the field', async () => {
    const native = vi.spyOn(window, 'prompt');
    const store = await renderSandbox([]);
    fireEvent.click(screen.getByTestId('sandbox-rename'));
    expect(native).not.toHaveBeenCalled();
    const input = screen.getByLabelText('Sandbox name') as HTMLInputElement;
    expect(input.value).toBe('Sandbox 1');
    await userEvent.clear(input);
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Enter a name.');
    expect(store.getState().sandboxes[0]!.name).toBe('Sandbox 1');
    await userEvent.type(input, ' Webinar leads {Enter}');
    await waitFor(() => expect(store.getState().sandboxes[0]!.name).toBe('Webinar leads'));
    expect(screen.queryByTestId('prompt-dialog')).toBeNull();
  });

  it('labels the rename prompt in French', async () => {
    await renderSandbox([], 'fr');
    fireEvent.click(screen.getByTestId('sandbox-rename'));
    expect((screen.getByLabelText('Nom du bac à sable') as HTMLInputElement).value).toBe('Sandbox 1');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('prompt-dialog')).toBeNull();
  });

  it('keeps the list members when the deletion is cancelled with Escape', async () => {
    const store = await renderSandbox([member(1), member(2)]);
    fireEvent.change(screen.getByTestId('delete-members'), { target: { value: 'list-1' } });
    expect(screen.getByTestId('confirm').textContent).toBe('Delete');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    await act(async () => {});
    expect(store.getState().contacts.map((c) => c.id)).toEqual(['c-1', 'c-2']);
  });

  it('deletes the sandbox after Enter on the in-app question', async () => {
    const store = await renderSandbox([member(1)]);
    await act(async () => store.getState().create('Sandbox 2'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete sandbox' }));
    expect(screen.getByTestId('confirm-dialog').textContent).toContain('Delete the empty sandbox “Sandbox 2”?');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(store.getState().sandboxes.map((s) => s.name)).toEqual(['Sandbox 1']));
  });
});
