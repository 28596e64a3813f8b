import 'fake-indexeddb/auto';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { asContactId, asListId, DEFAULT_PERSONAS, type Contact, type Lang } from '../../../engine/model/index.ts';
import { testSandboxDb, SandboxTexts } from './test-db.tsx';
import { loadContacts } from '../../../renderer/persistence/sandbox-repo.ts';
import { SandboxProvider } from '../../../renderer/sandbox/context.tsx';
import { PersonaEditor } from '../../../renderer/sandbox/PersonaEditor.tsx';
import { SandboxPanel } from '../../../renderer/sandbox/SandboxPanel.tsx';
import { createSandboxStore, type SandboxStore } from '../../../renderer/sandbox/store.ts';
import { SandboxWorker } from '../../../renderer/sandbox/worker-client.ts';
import { PlatformContext, type Platform } from '../../../renderer/platform/index.ts';
import { recordingPlatform } from '../hubspot/helpers.tsx';
import { renderWithEditor, sampleProject } from '../render.tsx';

const newsletter = asListId('list-1');
const lead = (n: number, extra: Partial<Contact['properties']> = {}): Contact => ({
  id: asContactId(`c-${n}`),
  properties: { email: `lead${n}@example.com`, firstname: `Lead ${n}`, hubspotscore: (n * 37) % 101, lifecyclestage: 'lead', ...extra },
  lists: [],
  events: n === 1 ? [{ kind: 'form-submitted', asset: 'asset-1' as never, at: Date.UTC(2025, 11, 1, 9, 30) }] : [],
  persona: null,
});

async function renderSandbox(contacts: readonly Contact[], lang: Lang = 'en', platform: Platform = recordingPlatform().platform) {
  const db = testSandboxDb('ui-test');
  const store: SandboxStore = createSandboxStore(db, new SandboxWorker());
  await store.getState().init('Sandbox 1');
  if (contacts.length > 0) await store.getState().write(contacts, true);
  const rendered = renderWithEditor(
    <PlatformContext.Provider value={platform}>
      <SandboxProvider store={store}>
        <SandboxTexts>
          <SandboxPanel />
        </SandboxTexts>
      </SandboxProvider>
    </PlatformContext.Provider>,
    { lang },
  );
  return { ...rendered, store, db };
}

const rowIds = () => screen.getAllByTestId('contact-row').map((r) => r.getAttribute('data-id'));

describe('the contacts table', () => {
  it('renders only the rows in view out of thousands', async () => {
    await renderSandbox(Array.from({ length: 5000 }, (_, i) => lead(i + 1)));
    expect(screen.getByTestId('contacts-table').getAttribute('aria-rowcount')).toBe('5001');
    expect(screen.getAllByTestId('contact-row').length).toBeLessThan(60);
    expect(screen.getByTestId('contact-count').textContent).toBe('5,000 contacts');
  });

  it('sorts by a column, descending on a second click, then back to the stored order', async () => {
    // Scores: c-1 37, c-2 74, c-3 10, c-4 47; c-5 has none and stays last both ways.
    await renderSandbox([lead(1), lead(2), lead(3), lead(4), { ...lead(5), properties: { email: 'lead5@example.com' } }]);
    fireEvent.click(screen.getByTestId('sort-hubspotscore'));
    expect(rowIds()).toEqual(['c-3', 'c-1', 'c-4', 'c-2', 'c-5']);
    fireEvent.click(screen.getByTestId('sort-hubspotscore'));
    expect(rowIds()).toEqual(['c-2', 'c-4', 'c-1', 'c-3', 'c-5']);
    fireEvent.click(screen.getByTestId('sort-hubspotscore'));
    expect(rowIds()).toEqual(['c-1', 'c-2', 'c-3', 'c-4', 'c-5']);
  });

  it('filters with the criteria builder: contacts matching these criteria', async () => {
    await renderSandbox([lead(1), lead(2), lead(3, { lifecyclestage: 'customer' }), lead(4)]);
    fireEvent.click(screen.getByTestId('toggle-filter'));
    const filter = screen.getByTestId('sandbox-criteria');
    fireEvent.click(within(filter).getByTestId('add-group'));
    fireEvent.change(within(filter).getByTestId('filter-property'), { target: { value: 'hubspotscore' } });
    fireEvent.change(within(filter).getByTestId('filter-operator'), { target: { value: 'gte' } });
    fireEvent.change(within(filter).getByTestId('filter-value'), { target: { value: '40' } });
    await waitFor(() => expect(rowIds()).toEqual(['c-2', 'c-4']));
    expect(screen.getByTestId('contact-count').textContent).toBe('2 of 4 shown');
  });

  it('edits a cell inline, saves it, and refuses an impossible date', async () => {
    const { store, db } = await renderSandbox([lead(1), lead(2)]);
    const row = screen.getAllByTestId('contact-row')[1]!;
    fireEvent.doubleClick(within(row).getByTestId('cell-firstname'));
    const input = within(row).getByTestId('edit-firstname');
    fireEvent.change(input, { target: { value: 'Zoé' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(async () => expect((await loadContacts(db, store.getState().activeId!))[1]!.properties.firstname).toBe('Zoé'));

    fireEvent.doubleClick(within(row).getByTestId('cell-createdate'));
    const date = within(row).getByTestId('edit-createdate');
    fireEvent.change(date, { target: { value: '31/02/2024' } });
    fireEvent.keyDown(date, { key: 'Enter' });
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('title')).toMatch(/not a valid date/);
    fireEvent.change(date, { target: { value: '29/02/2024' } });
    fireEvent.keyDown(date, { key: 'Enter' });
    await waitFor(() => expect(store.getState().contacts[1]!.properties.createdate).toBe(Date.UTC(2024, 1, 29)));
  });

  it('adds selected contacts to a list, then deletes every member of that list after confirmation', async () => {
    const { store } = await renderSandbox([lead(1), lead(2), lead(3)]);
    const rows = screen.getAllByTestId('contact-row');
    fireEvent.click(within(rows[0]!).getByRole('checkbox'));
    fireEvent.click(within(rows[2]!).getByRole('checkbox'));
    fireEvent.change(screen.getByTestId('bulk-list'), { target: { value: 'list-1' } });
    fireEvent.click(screen.getByTestId('bulk-add'));
    await waitFor(() => expect(store.getState().contacts.map((c) => c.lists)).toEqual([[newsletter], [], [newsletter]]));

    fireEvent.change(screen.getByTestId('delete-members'), { target: { value: 'list-1' } });
    expect(screen.getByTestId('confirm-dialog').textContent).toContain('Delete the 2 contacts in “Downloaded ebook 2”?');
    fireEvent.click(screen.getByTestId('confirm'));
    await waitFor(() => expect(store.getState().contacts.map((c) => c.id)).toEqual(['c-2']));
  });

  it('shows a contact with its lists and event history', async () => {
    await renderSandbox([{ ...lead(1), lists: [newsletter] }]);
    fireEvent.click(screen.getByTestId('open-contact'));
    const drawer = screen.getByTestId('contact-drawer');
    expect(within(drawer).getByTestId('drawer-list').textContent).toBe('Downloaded ebook 2');
    expect(within(drawer).getByTestId('drawer-events').textContent).toContain('Form submitted: Top 10 topics');
  });
});

describe('the contacts table in the user’s language', () => {
  it('names each row’s open button after its contact, in French: it said "open" in English', async () => {
    await renderSandbox([lead(1), { ...lead(2), properties: {} }], 'fr');
    const [first, second] = screen.getAllByTestId('open-contact');
    expect(first!.getAttribute('aria-label')).toBe('Ouvrir la fiche de lead1@example.com');
    // A contact without an email is named by its id, as its checkbox is.
    expect(second!.getAttribute('aria-label')).toBe('Ouvrir la fiche de c-2');
    expect(screen.getByRole('button', { name: 'Ouvrir la fiche de lead1@example.com' })).toBe(first);
  });

  it('and in English', async () => {
    await renderSandbox([lead(1)]);
    expect(screen.getByTestId('open-contact').getAttribute('aria-label')).toBe('Open the details of lead1@example.com');
  });

  it('counts the selection in real plurals: "1 sélectionné", "2 sélectionnés", not "sélectionné(s)"', async () => {
    await renderSandbox([lead(1), lead(2)], 'fr');
    const rows = screen.getAllByTestId('contact-row');
    fireEvent.click(within(rows[0]!).getByRole('checkbox'));
    expect(screen.getByTestId('selection-bar').querySelector('strong')!.textContent).toBe('1 sélectionné');
    fireEvent.click(within(rows[1]!).getByRole('checkbox'));
    expect(screen.getByTestId('selection-bar').querySelector('strong')!.textContent).toBe('2 sélectionnés');
  });
});

describe('exporting the contacts as CSV', () => {
  it('says what was saved, in the user’s language, and says why when the save fails', async () => {
    const { platform, saved } = recordingPlatform();
    const { stores } = await renderSandbox([lead(1), lead(2)], 'fr', platform);
    fireEvent.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(saved).toHaveLength(1));
    // The file: the sandbox's name, a BOM, a header and one line per contact.
    expect(saved[0]!.name).toBe('Sandbox 1.csv');
    expect(saved[0]!.text.split(/\r?\n/).filter((line) => line !== '')).toHaveLength(3);
    await waitFor(() => expect(stores.ui.getState().toasts.at(-1)?.message).toEqual({ fr: '2 contacts exportés\u00a0: Sandbox 1.csv', en: '2 contacts exported: Sandbox 1.csv' }));
    expect(stores.ui.getState().toasts.at(-1)?.tone).toBe('success');
    const broken: Platform = { ...platform, saveFile: () => Promise.reject(new Error('Disque plein')) };
    const again = await renderSandbox([lead(1)], 'en', broken);
    fireEvent.click(within(again.container).getByTestId('export-csv'));
    await waitFor(() => expect(again.stores.ui.getState().toasts.at(-1)).toMatchObject({ tone: 'error', message: 'Disque plein' }));
  });
});

describe('the sandbox in French', () => {
  it('speaks French, numbers included', async () => {
    await renderSandbox(Array.from({ length: 1200 }, (_, i) => lead(i + 1)), 'fr');
    expect(screen.getByRole('region', { name: 'Bac à sable de contacts' })).toBeTruthy();
    expect(screen.getByTestId('contact-count').textContent).toBe(`${(1200).toLocaleString('fr-FR')} contacts`);
    expect(screen.getByTestId('open-generate').textContent).toContain('Générer des leads');
  });
});

describe('the persona editor', () => {
  it('writes shares and rates to the project and resets them to the benchmark defaults', async () => {
    const { stores } = renderWithEditor(
      <SandboxTexts>
        <PersonaEditor onClose={() => undefined} />
      </SandboxTexts>,
      { project: sampleProject() },
    );
    expect(screen.getAllByText('Share of delivered emails this persona opens.')).toHaveLength(3);
    const [firstOpen] = screen.getAllByTestId('persona-openRate');
    fireEvent.change(firstOpen!, { target: { value: '50' } });
    const [, secondShare] = screen.getAllByTestId('persona-share');
    fireEvent.change(secondShare!, { target: { value: '30' } });
    const personas = stores.document.getState().project.personas;
    expect(personas[0]!.openRate).toBe(0.5);
    expect(personas[1]!.share).toBe(30);
    fireEvent.change(firstOpen!, { target: { value: '150' } });
    expect(firstOpen!.getAttribute('aria-invalid')).toBe('true');
    expect(stores.document.getState().project.personas[0]!.openRate).toBe(0.5);
    act(() => fireEvent.click(screen.getByTestId('persona-reset')));
    expect(stores.document.getState().project.personas).toEqual(DEFAULT_PERSONAS);
    expect((screen.getAllByTestId('persona-openRate')[0] as HTMLInputElement).value).toBe('45');
  });
});
