import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { asContactId, type Contact } from '../../../engine/model/index.ts';
import { testSandboxDb } from './test-db.tsx';
import { SandboxProvider } from '../../../renderer/sandbox/context.tsx';
import { IncludeContactsOption } from '../../../renderer/sandbox/IncludeContacts.tsx';
import { createSandboxStore } from '../../../renderer/sandbox/store.ts';
import { SandboxWorker } from '../../../renderer/sandbox/worker-client.ts';
import { renderWithEditor } from '../render.tsx';

const contact = (k: number): Contact => ({ id: asContactId(`c${k}`), properties: { email: `c${k}@x.fr` }, lists: [], events: [], persona: null });

describe('the export dialog’s "include contacts" option', () => {
  it('counts the sandbox’s contacts as soon as it shows, though nothing loaded them since the page opened', async () => {
    const db = testSandboxDb('include-contacts-test');
    // An earlier visit filled the sandbox with 3 contacts.
    const before = createSandboxStore(db, new SandboxWorker());
    await before.getState().init('S');
    await before.getState().write([contact(1), contact(2), contact(3)], true);
    // After a reload: a new store, not loaded (the Contacts panel was never opened).
    const store = createSandboxStore(db, new SandboxWorker());
    expect(store.getState().ready).toBe(false);
    renderWithEditor(
      <SandboxProvider store={store}>
        <IncludeContactsOption />
      </SandboxProvider>,
    );
    // It read "(0)" here until the Contacts panel was opened once.
    await waitFor(() => expect(screen.getByText(/^Include the sandbox contacts/).textContent).toMatch(/^Include the sandbox contacts \(3\)So a run/));
  });
});
