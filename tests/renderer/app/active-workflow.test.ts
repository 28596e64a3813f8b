import { describe, expect, it } from 'vitest';
import { asProjectId, type WorkflowId } from '../../../engine/model/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { keepActiveWorkflow } from '../../../renderer/persistence/active-workflow.ts';
import { createDocumentStore } from '../../../renderer/stores/document.ts';

/** A Storage kept in a Map: what a reload finds is what was written before it. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (n) => [...items.keys()][n] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

describe('the workflow a project was left on', () => {
  const lifecycle = buildTemplate('lifecycle', 'en');
  const third = lifecycle.workflows[2]!.id as WorkflowId;

  it('comes back after a reload, and for each project when it is opened again', () => {
    const storage = memoryStorage();
    const before = createDocumentStore(lifecycle);
    const stop = keepActiveWorkflow(before, storage);
    before.getState().setActiveWorkflow(third);
    stop();
    // A reload: a new store on the same project starts on the first workflow, then is brought back.
    const after = createDocumentStore(lifecycle);
    expect(after.getState().activeWorkflowId).toBe(lifecycle.workflows[0]!.id);
    keepActiveWorkflow(after, storage);
    expect(after.getState().activeWorkflowId).toBe(third);
    // Another project opened in its place starts where it was left (nowhere yet: its first),
    // and opening the lifecycle project again brings its third workflow back.
    const nurturing = buildTemplate('nurturing', 'en');
    after.getState().load(nurturing);
    expect(after.getState().activeWorkflowId).toBe(nurturing.workflows[0]!.id);
    after.getState().load(lifecycle);
    expect(after.getState().activeWorkflowId).toBe(third);
  });

  it('is ignored when that workflow is gone, or when what is stored cannot be read', () => {
    const storage = memoryStorage();
    storage.setItem('flowbench.activeWorkflows', JSON.stringify({ [lifecycle.id]: 'wf-deleted' }));
    const store = createDocumentStore(lifecycle);
    keepActiveWorkflow(store, storage);
    expect(store.getState().activeWorkflowId).toBe(lifecycle.workflows[0]!.id);
    storage.setItem('flowbench.activeWorkflows', '{not json');
    const other = createDocumentStore(lifecycle);
    expect(() => keepActiveWorkflow(other, storage)).not.toThrow();
    other.getState().setActiveWorkflow(third);
    expect(JSON.parse(storage.getItem('flowbench.activeWorkflows')!)).toEqual({ [lifecycle.id]: third });
  });

  it('keeps the 100 projects used last', () => {
    const storage = memoryStorage();
    const store = createDocumentStore(lifecycle);
    keepActiveWorkflow(store, storage);
    for (let n = 0; n < 105; n++) {
      store.getState().load({ ...lifecycle, id: asProjectId(`p-${n}`) });
      store.getState().setActiveWorkflow(third);
    }
    const kept = Object.keys(JSON.parse(storage.getItem('flowbench.activeWorkflows')!) as object);
    expect(kept).toHaveLength(100);
    expect(kept[0]).toBe('p-5');
    expect(kept.at(-1)).toBe('p-104');
  });
});
