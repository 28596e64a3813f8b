import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveProject } from '../../../engine/io/index.ts';
import { DialogHost } from '../../../renderer/app/DialogHost.tsx';
import { DialogsProvider } from '../../../renderer/app/dialogs.tsx';
import { DropZone } from '../../../renderer/app/DropZone.tsx';
import { Toasts } from '../../../renderer/app/Toasts.tsx';
import { hubSpotFlowJson } from '../../../renderer/hubspot/detect.ts';
import { HubSpotLayer } from '../../../renderer/hubspot/HubSpotLayer.tsx';
import { sampleProject } from '../render.tsx';
import { renderHubSpot } from './helpers.tsx';

const single = (actionId: string, actionTypeId: string, fields: object, next?: string) => ({
  type: 'SINGLE_CONNECTION',
  actionId,
  actionTypeId,
  actionTypeVersion: 0,
  fields,
  ...(next ? { connection: { edgeType: 'STANDARD', nextActionId: next } } : {}),
});

/** A flow as GET /automation/v4/flows/{id} returns it: send an email, then an action Flowbench has no step for. */
const flow = (id: string, name: string) => ({
  id,
  type: 'CONTACT_FLOW',
  objectTypeId: '0-1',
  flowType: 'WORKFLOW',
  name,
  isEnabled: true,
  startActionId: '1',
  nextAvailableActionId: '3',
  enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
  actions: [single('1', '0-4', { content_id: '777' }, '2'), single('2', '0-11', { target_owners: ['1'] })],
});

function setUp(lang: 'en' | 'fr' = 'en') {
  return renderHubSpot(
    <DialogsProvider>
      <DropZone />
      <DialogHost />
      <HubSpotLayer />
      <Toasts />
    </DialogsProvider>,
    { project: sampleProject(), lang },
  );
}

/** Drops a file on the window as the browser does (only name, size and bytes are read). */
function drop(name: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  const file = { name, size: bytes.byteLength, arrayBuffer: async () => bytes.buffer };
  const event = Object.assign(new Event('drop', { cancelable: true }), { dataTransfer: { types: ['Files'], files: [file] } });
  act(() => void window.dispatchEvent(event));
}

describe('opening a HubSpot v4 flow file', () => {
  it('asks, then adds the workflow with its email and ids as one undoable edit, and shows the report', async () => {
    const { stores } = setUp();
    const before = stores.document.getState().project;
    drop('flow.json', JSON.stringify(flow('123', 'Welcome series')));
    const dialog = await screen.findByTestId('confirm-dialog');
    expect(dialog.textContent).toContain('Add 1 workflow from HubSpot (“Welcome series”) to “Test project”?');
    // Nothing changes while the question is open.
    expect(stores.document.getState().project).toBe(before);
    fireEvent.click(within(dialog).getByTestId('confirm'));
    await waitFor(() => expect(stores.document.getState().project.workflows).toHaveLength(2));
    const project = stores.document.getState().project;
    const added = project.workflows[1]!;
    expect(added.name).toBe('Welcome series');
    expect(stores.document.getState().activeWorkflowId).toBe(added.id);
    // The email 777 became a resource, its HubSpot id kept in the mapping; the flow's id too.
    const email = project.emails.find((e) => !before.emails.includes(e))!;
    expect(project.hubspot?.emails[email.id]).toBe('777');
    expect(project.hubspot?.workflows[added.id]).toBe('123');
    expect(added.steps.map((s) => s.kind)).toEqual(['send-email', 'hubspot-action']);
    // The report names the placeholder after the HubSpot action, with its JSON path.
    const report = await screen.findByTestId('hubspot-import-report');
    const notes = within(report).getAllByTestId('import-note');
    // Then "enroll existing contacts", which v4's JSON does not say.
    expect(notes.map((n) => n.getAttribute('data-kind'))).toEqual(['placeholder', 'unsaid']);
    expect(notes[0]!.textContent).toContain('Rotate record to owner');
    expect(notes[0]!.textContent).toContain('actions[1]');
    act(() => stores.document.getState().undo());
    expect(stores.document.getState().project).toBe(before);
  });

  it('says in French what it created, then on a second import what it reused and the name it gave', async () => {
    const { stores } = setUp('fr');
    const importOnce = async (shown: string) => {
      drop('flow.json', JSON.stringify(flow('123', 'Série de bienvenue')));
      const dialog = await screen.findByTestId('confirm-dialog');
      // French quotes only, around the workflow and the project alike.
      expect(dialog.textContent).toContain(`Ajouter 1 workflow de HubSpot («\u00a0${shown}\u00a0») à «\u00a0Test project\u00a0»\u00a0?`);
      fireEvent.click(within(dialog).getByTestId('confirm'));
      const report = await screen.findByTestId('hubspot-import-report');
      const text = report.textContent;
      fireEvent.click(within(report).getByTestId('import-report-close'));
      await waitFor(() => expect(screen.queryByTestId('hubspot-import-report')).toBeNull());
      return text;
    };
    const first = await importOnce('Série de bienvenue');
    // The email 777 was created, named in French after its HubSpot id, and the report says so.
    expect(stores.document.getState().project.emails.map((e) => e.name)).toContain('E-mail HubSpot 777');
    expect(first).toContain('Ajouté aux Ressources');
    expect(first).toContain('1 e-mail (E-mail HubSpot 777)');
    expect(first).not.toContain('Déjà dans le projet');
    // The question already gives the name it will have.
    const second = await importOnce('Série de bienvenue (importé)');
    const project = stores.document.getState().project;
    expect(project.workflows.map((w) => w.name).slice(-2)).toEqual(['Série de bienvenue', 'Série de bienvenue (importé)']);
    // The email is found again through its mapped id: nothing created twice.
    expect(project.emails.filter((e) => e.name === 'E-mail HubSpot 777')).toHaveLength(1);
    expect(second).toContain('Un workflow nommé «\u00a0Série de bienvenue\u00a0» est déjà dans le projet\u00a0: celui-ci s’appelle «\u00a0Série de bienvenue (importé)\u00a0».');
    expect(second).toContain('Déjà dans le projet, retrouvé par les identifiants HubSpot\u00a0: 1 e-mail.');
    expect(second).not.toContain('Ajouté aux Ressources');
  });

  it('adds nothing when the user says no', async () => {
    const { stores } = setUp();
    const before = stores.document.getState().project;
    drop('flows.json', JSON.stringify({ results: [flow('1', 'A'), flow('2', 'B')] }));
    const dialog = await screen.findByTestId('confirm-dialog');
    expect(dialog.textContent).toContain('Add 2 workflows from HubSpot (“A”, “B”) to “Test project”?');
    fireEvent.click(within(dialog).getByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(stores.document.getState().project).toBe(before);
    expect(screen.queryByTestId('hubspot-import-report')).toBeNull();
  });

  it('refuses a broken flow in French, naming the JSON path, the project untouched and nothing asked', async () => {
    const { stores } = setUp('fr');
    const before = stores.document.getState().project;
    const broken = flow('9', 'Cassé');
    broken.actions[0] = single('1', '0-1', { delta: 'bientôt', time_unit: 'DAYS' }, '2');
    drop('cassé.json', JSON.stringify(broken));
    const toast = await screen.findByTestId('toast-error');
    expect(toast.textContent).toContain('Ce fichier de workflow HubSpot n’a pas pu être lu\u00a0; le projet ouvert n’a pas changé.');
    expect(toast.textContent).toContain('actions[0].fields.delta');
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(stores.document.getState().project).toBe(before);
    expect(stores.document.getState().past).toHaveLength(0);
  });
});

describe('telling a HubSpot flow from a Flowbench project', () => {
  it('sees one flow, an array of flows and a page of results; not a project file, not broken JSON', () => {
    const one = flow('1', 'A');
    expect(hubSpotFlowJson(JSON.stringify(one))).toEqual(one);
    expect(hubSpotFlowJson(JSON.stringify([one]))).toEqual([one]);
    expect(hubSpotFlowJson(JSON.stringify({ results: [one], paging: {} }))).toEqual({ results: [one], paging: {} });
    expect(hubSpotFlowJson(saveProject(sampleProject()))).toBeNull();
    expect(hubSpotFlowJson('{"flowType": "WORKFLOW",')).toBeNull();
    expect(hubSpotFlowJson('[]')).toBeNull();
    expect(hubSpotFlowJson('{"name": "x"}')).toBeNull();
  });
});
