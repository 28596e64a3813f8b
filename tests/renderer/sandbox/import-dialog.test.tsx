import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asContactId, type Contact } from '../../../engine/model/index.ts';
import { testSandboxDb, SandboxTexts } from './test-db.tsx';
import { loadContacts } from '../../../renderer/persistence/sandbox-repo.ts';
import { SandboxProvider } from '../../../renderer/sandbox/context.tsx';
import { ImportDialog } from '../../../renderer/sandbox/ImportDialog.tsx';
import { createSandboxStore } from '../../../renderer/sandbox/store.ts';
import { SandboxWorker } from '../../../renderer/sandbox/worker-client.ts';
import { renderWithEditor, sampleProject } from '../render.tsx';

// jsdom gives import.meta.url an http address: read the corpus from the project root.
const fixture = (name: string) => new Uint8Array(readFileSync(resolve('tests/engine/csv/fixtures', name)));
const existing: Contact = { id: asContactId('kept'), properties: { email: 'kept@example.com' }, lists: [], events: [], persona: null };

async function openImport(name: string, lang: 'en' | 'fr' = 'en', already: readonly Contact[] = [existing]) {
  const db = testSandboxDb('import-test');
  const store = createSandboxStore(db, new SandboxWorker());
  await store.getState().init('S');
  await store.getState().write(already, true);
  const outcome = { closed: false, imported: -1 };
  renderWithEditor(
    <SandboxProvider store={store}>
      <SandboxTexts>
        <ImportDialog file={{ name, bytes: fixture(name) }} project={sampleProject()} onClose={() => (outcome.closed = true)} onDone={(n) => (outcome.imported = n)} />
      </SandboxTexts>
    </SandboxProvider>,
    { lang },
  );
  return { store, db, outcome, sandbox: store.getState().activeId! };
}

describe('the CSV import dialog', () => {
  it('says which lines of a mixed-encoding file were read as Windows-1252, and reads them right', async () => {
    const { db } = await openImport('mixed-encodings.csv', 'fr');
    expect((await screen.findByTestId('import-encoding-note')).textContent).toBe(
      'Encodages mélangés : 2 lignes lues en Windows-1252 (3, 5), 3 lignes accentuées en UTF-8.',
    );
    expect(screen.getByTestId('import-mapping').textContent).toContain('François');
    expect(screen.getByTestId('import-mapping').textContent).not.toContain('Ã');
    // The encoding in words, not its code name ("mixed").
    expect(screen.getByText(/^Encodage\s/).textContent).toMatch(/^Encodage\s:\smélangé, UTF-8 et Windows-1252, séparateur\s:\spoint-virgule$/);
    db.close();
  });

  it('does not add a second time a contact already in the sandbox (same e-mail in any case, or same id), and says so', async () => {
    // lead1 is the file's first row (valid), already in the sandbox under its e-mail written in capitals.
    const byEmail: Contact = { id: asContactId('old-1'), properties: { email: 'LEAD1@Example.com' }, lists: [], events: [], persona: null };
    const { db, outcome, sandbox } = await openImport('ten-percent-bad.csv', 'fr', [existing, byEmail]);
    await screen.findByTestId('import-mapping');
    fireEvent.click(screen.getByTestId('import-check'));
    await screen.findByTestId('import-report');
    // 45 valid rows in the file (the summary counts the file), one of them already there: 44 to add.
    expect(screen.getByTestId('import-summary').textContent).toBe('45 lignes valides, 5 en erreur, sur 50');
    expect(screen.getByTestId('import-already').textContent).toBe('1 contact du fichier est déjà dans le bac à sable (même e-mail ou même ID)\u00a0: il ne sera pas ajouté une deuxième fois.');
    expect(screen.getByTestId('import-run').textContent).toBe('Importer 44 lignes valides, ignorer 5');
    fireEvent.click(screen.getByTestId('import-run'));
    await waitFor(() => expect(outcome.imported).toBe(44));
    const stored = await loadContacts(db, sandbox);
    expect(stored).toHaveLength(2 + 44);
    expect(stored.filter((c) => String(c.properties.email).toLowerCase() === 'lead1@example.com')).toHaveLength(1);
  });

  it('replacing the contacts imports every valid row, none counted as already there', async () => {
    const byEmail: Contact = { id: asContactId('old-1'), properties: { email: 'lead1@example.com' }, lists: [], events: [], persona: null };
    const { outcome } = await openImport('ten-percent-bad.csv', 'en', [byEmail]);
    await screen.findByTestId('import-mapping');
    fireEvent.click(screen.getByTestId('import-check'));
    await screen.findByTestId('import-report');
    expect(screen.getByTestId('import-already')).toBeTruthy();
    fireEvent.change(screen.getByTestId('import-mode'), { target: { value: 'replace' } });
    expect(screen.queryByTestId('import-already')).toBeNull();
    fireEvent.click(screen.getByTestId('import-run'));
    await waitFor(() => expect(outcome.imported).toBe(45));
  });

  it('maps the columns, lists the bad lines, then imports the valid rows next to the existing contacts', async () => {
    const { db, outcome, sandbox } = await openImport('ten-percent-bad.csv');
    await screen.findByTestId('import-mapping');
    expect((screen.getByTestId('map-0') as HTMLSelectElement).value).toBe('property:email');
    expect((screen.getByTestId('map-2') as HTMLSelectElement).value).toBe('property:lifecyclestage');
    fireEvent.click(screen.getByTestId('import-check'));
    await screen.findByTestId('import-report');
    expect(screen.getByTestId('import-summary').textContent).toBe('45 valid rows, 5 with errors, out of 50');
    expect(screen.getAllByTestId('import-error').map((r) => r.firstChild!.textContent)).toEqual(['8', '15', '22', '29', '36']);
    fireEvent.click(screen.getByTestId('import-run'));
    await waitFor(() => expect(outcome.imported).toBe(45));
    const stored = await loadContacts(db, sandbox);
    expect(stored).toHaveLength(46);
    expect(stored[0]).toEqual(existing);
  });

  it('lets the user remap a column before checking the rows', async () => {
    const { outcome } = await openImport('hubspot-export-en.csv');
    await screen.findByTestId('import-mapping');
    fireEvent.change(screen.getByTestId('map-5'), { target: { value: 'ignore' } });
    fireEvent.click(screen.getByTestId('import-check'));
    await screen.findByTestId('import-report');
    fireEvent.click(screen.getByTestId('import-run'));
    await waitFor(() => expect(outcome.imported).toBe(3));
  });

  it('cancelling after the report writes nothing', async () => {
    const { db, outcome, sandbox } = await openImport('ten-percent-bad.csv');
    fireEvent.click(await screen.findByTestId('import-check'));
    fireEvent.click(await screen.findByTestId('import-cancel'));
    expect(outcome.closed).toBe(true);
    expect(await loadContacts(db, sandbox)).toEqual([existing]);
  });

  it('says why binary junk cannot be imported, in French too', async () => {
    await openImport('binary-junk.csv', 'fr');
    expect((await screen.findByTestId('import-fatal')).textContent).toMatch(/^Ce fichier n’est pas un CSV/);
  });
});

describe('a file naming static segments the project does not have', () => {
  it('names them, creates them on request (one undoable edit) and then imports the rows with their memberships', async () => {
    const db = testSandboxDb('import-lists');
    const store = createSandboxStore(db, new SandboxWorker());
    await store.getState().init('S');
    const outcome = { imported: -1 };
    const csv = 'Email;Listes statiques\nann@example.com;Clients VIP\nbob@example.com;\ncid@example.com;"clients vip; Salon 2026"\n';
    const project = sampleProject();
    const { stores } = renderWithEditor(
      <SandboxProvider store={store}>
        <SandboxTexts>
          <ImportDialog file={{ name: 'vip.csv', bytes: new TextEncoder().encode(csv) }} project={project} onClose={() => undefined} onDone={(n) => (outcome.imported = n)} />
        </SandboxTexts>
      </SandboxProvider>,
      { lang: 'fr' },
    );
    await screen.findByTestId('import-mapping');
    fireEvent.click(screen.getByTestId('import-check'));
    await screen.findByTestId('import-report');
    // Two rows name unknown segments ("clients vip" is the same segment, matched as the project matches names).
    expect(screen.getByTestId('import-summary').textContent).toBe('1 lignes valides, 2 en erreur, sur 3');
    expect(screen.getByTestId('import-unknown-lists').textContent).toContain('Le fichier nomme 2\u00a0segments statiques absents de ce projet\u00a0: «\u00a0Clients VIP\u00a0», «\u00a0Salon 2026\u00a0».');
    fireEvent.click(screen.getByTestId('import-create-lists'));
    await waitFor(() => expect(screen.getByTestId('import-summary').textContent).toBe('3 lignes valides, 0 en erreur, sur 3'));
    const lists = stores.document.getState().project.lists;
    expect(lists.slice(project.lists.length).map((l) => l.name)).toEqual(['Clients VIP', 'Salon 2026']);
    expect(stores.document.getState().past).toHaveLength(1);
    fireEvent.click(screen.getByTestId('import-run'));
    await waitFor(() => expect(outcome.imported).toBe(3));
    const [vip, salon] = lists.slice(project.lists.length).map((l) => l.id);
    const byEmail = new Map((await loadContacts(db, store.getState().activeId!)).map((c) => [c.properties.email, c.lists]));
    expect(byEmail.get('ann@example.com')).toEqual([vip]);
    expect(byEmail.get('bob@example.com')).toEqual([]);
    expect(byEmail.get('cid@example.com')).toEqual([vip, salon]);
  });
});
