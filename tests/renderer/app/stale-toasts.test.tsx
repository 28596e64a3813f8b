import 'fake-indexeddb/auto';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { asStepId, ENROLLMENT, type Project, type Step } from '../../../engine/model/index.ts';
import { DialogHost } from '../../../renderer/app/DialogHost.tsx';
import { DialogsProvider } from '../../../renderer/app/dialogs.tsx';
import { DropZone } from '../../../renderer/app/DropZone.tsx';
import { Toasts } from '../../../renderer/app/Toasts.tsx';
import { HubSpotLayer } from '../../../renderer/hubspot/HubSpotLayer.tsx';
import { startAutosave, type Autosave } from '../../../renderer/persistence/autosave.ts';
import { openDb } from '../../../renderer/persistence/db.ts';
import { dexieLibrary } from '../../../renderer/persistence/library.ts';
import { autosaveToasts } from '../../../renderer/persistence/save-problem.ts';
import { createCommands } from '../../../renderer/stores/commands.ts';
import { createDocumentStore } from '../../../renderer/stores/document.ts';
import { createUiStore } from '../../../renderer/stores/ui.ts';
import { renderHubSpot } from '../hubspot/helpers.tsx';
import { sampleProject } from '../render.tsx';

/**
 * An error toast stays until it is read: but not once its cause is gone. A file that would not
 * open is no longer the news when the next one opens; "Changes not saved" goes when they are; a
 * refused edit's reason goes with the next edit that goes through. A new failure on the same
 * topic takes the old one's place instead of piling up beside it.
 */

const errors = (ui: ReturnType<typeof createUiStore>) => ui.getState().toasts.filter((t) => t.tone === 'error').map((t) => (typeof t.message === 'string' ? t.message : t.message.en));

describe('the toast store', () => {
  it('replaces a message by a newer one on its topic, and settles a topic once its cause is gone', () => {
    const ui = createUiStore();
    ui.getState().notify({ tone: 'error', message: 'no topic' });
    ui.getState().notify({ tone: 'error', message: 'file 1 unreadable', topic: 'open-file' });
    ui.getState().notify({ tone: 'error', message: 'file 2 unreadable', topic: 'open-file' });
    expect(errors(ui)).toEqual(['no topic', 'file 2 unreadable']);
    ui.getState().notify({ tone: 'error', message: 'not saved', topic: 'autosave' });
    ui.getState().settle('open-file');
    expect(errors(ui)).toEqual(['no topic', 'not saved']);
    // A success on a topic takes the error's place too.
    ui.getState().notify({ tone: 'success', message: 'saved', topic: 'autosave' });
    expect(errors(ui)).toEqual(['no topic']);
    expect(ui.getState().toasts.map((t) => t.message)).toEqual(['no topic', 'saved']);
  });
});

const single = (actionId: string, actionTypeId: string, fields: object, next?: string) => ({
  type: 'SINGLE_CONNECTION',
  actionId,
  actionTypeId,
  actionTypeVersion: 0,
  fields,
  ...(next ? { connection: { edgeType: 'STANDARD', nextActionId: next } } : {}),
});
const flow = (delta: string, unit = 'DAYS') => ({
  id: '123',
  type: 'CONTACT_FLOW',
  objectTypeId: '0-1',
  name: 'Welcome series',
  startActionId: '1',
  enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
  actions: [single('1', '0-1', { delta, time_unit: unit }, '2'), single('2', '0-4', { content_id: '777' })],
});

/** Drops a file on the window as the browser does (only name, size and bytes are read). */
function drop(name: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  const file = { name, size: bytes.byteLength, arrayBuffer: async () => bytes.buffer };
  const event = Object.assign(new Event('drop', { cancelable: true }), { dataTransfer: { types: ['Files'], files: [file] } });
  act(() => void window.dispatchEvent(event));
}

describe('opening HubSpot flow files', () => {
  it('takes the failure of a broken file away once a good file is read, and never shows two for one cause', async () => {
    renderHubSpot(
      <DialogsProvider>
        <DropZone />
        <DialogHost />
        <HubSpotLayer />
        <Toasts />
      </DialogsProvider>,
      { project: sampleProject(), lang: 'en' },
    );
    drop('broken.json', JSON.stringify(flow('soon')));
    expect((await screen.findByTestId('toast-error')).textContent).toContain('actions[0].fields.delta');
    // The file again, broken elsewhere: one message, the newer, not two.
    drop('broken.json', JSON.stringify(flow('3', 'YEARS')));
    await waitFor(() => expect(screen.getByTestId('toast-error').textContent).toContain('actions[0].fields.time_unit'));
    expect(screen.getAllByTestId('toast-error')).toHaveLength(1);
    // Fixed: it reads, and the failure said of the broken one goes.
    drop('fixed.json', JSON.stringify(flow('3')));
    const dialog = await screen.findByTestId('confirm-dialog');
    expect(screen.queryByTestId('toast-error')).toBeNull();
    fireEvent.click(within(dialog).getByTestId('confirm'));
    await screen.findByTestId('hubspot-import-report');
    expect(screen.queryByTestId('toast-error')).toBeNull();
  });
});

describe('the autosave', () => {
  let running: Autosave | null = null;
  afterEach(() => running?.stop());

  const withIncrement = (project: Project, by: number): Project => {
    const [first, ...rest] = project.workflows;
    const step: Step = { id: asStepId('s-add'), kind: 'increment-property', property: 'hubspotscore', by, next: null };
    return { ...project, workflows: [{ ...first!, start: step.id, steps: [step] }, ...rest] };
  };

  it('takes "Changes not saved" away once a write goes through', async () => {
    const library = dexieLibrary(openDb('flowbench-stale-toasts'));
    const good = withIncrement(sampleProject(), 5);
    await library.save(good);
    const store = createDocumentStore(good);
    const ui = createUiStore();
    running = startAutosave(store, library, 5, autosaveToasts(ui));
    // 1e20: beyond what a project keeps, the library refuses to write it.
    store.getState().apply((p) => withIncrement(p, 1e20));
    await waitFor(() => expect(errors(ui)).toHaveLength(1));
    expect(errors(ui)[0]).toContain('Changes not saved.');
    store.getState().apply(() => good);
    await waitFor(() => expect(store.getState().revision).toBe(store.getState().savedRevision));
    expect(errors(ui)).toEqual([]);
  });
});

describe('editing', () => {
  it('takes the reason an edit was refused away with the next edit that goes through', () => {
    const project = sampleProject();
    const stores = { document: createDocumentStore(project), ui: createUiStore() };
    stores.document.getState().setActiveWorkflow(project.workflows[0]!.id);
    const commands = createCommands(stores, () => 'en');
    expect(commands.remove(asStepId('no-such-step'))).toBe(false);
    expect(errors(stores.ui)).toHaveLength(1);
    expect(commands.insert({ from: ENROLLMENT, slot: { kind: 'next' } }, 'delay')).not.toBeNull();
    expect(errors(stores.ui)).toEqual([]);
  });
});
