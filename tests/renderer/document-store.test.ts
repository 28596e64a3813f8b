import { describe, expect, it } from 'vitest';
import { asProjectId, emptyProject } from '../../engine/model/index.ts';
import { createDocumentStore } from '../../renderer/stores/document.ts';

describe('the project document and its history', () => {
  it('undoes and redoes each edit', () => {
    const store = createDocumentStore(emptyProject(asProjectId('p'), 'A'));
    store.getState().apply((p) => ({ ...p, name: 'B' }));
    store.getState().apply((p) => ({ ...p, name: 'C' }));
    store.getState().undo();
    expect(store.getState().project.name).toBe('B');
    store.getState().undo();
    expect(store.getState().project.name).toBe('A');
    store.getState().redo();
    expect(store.getState().project.name).toBe('B');
  });

  it('merges quick typing in one field into one undo step', () => {
    let now = 1000;
    const store = createDocumentStore(emptyProject(asProjectId('p'), 'A'), () => now);
    for (const name of ['N', 'Nu', 'Nur']) {
      store.getState().apply((p) => ({ ...p, name }), { coalesce: 'name' });
      now += 100;
    }
    expect(store.getState().past).toHaveLength(1);
    now += 5000;
    store.getState().apply((p) => ({ ...p, name: 'Nurt' }), { coalesce: 'name' });
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().project.name).toBe('A');
  });

  it('drops the redo branch after a new edit and counts unsaved revisions', () => {
    const store = createDocumentStore(emptyProject(asProjectId('p'), 'A'));
    store.getState().apply((p) => ({ ...p, name: 'B' }));
    store.getState().undo();
    store.getState().apply((p) => ({ ...p, name: 'C' }));
    expect(store.getState().future).toEqual([]);
    expect(store.getState().revision).not.toBe(store.getState().savedRevision);
    store.getState().markSaved(store.getState().revision);
    expect(store.getState().revision).toBe(store.getState().savedRevision);
  });
});
