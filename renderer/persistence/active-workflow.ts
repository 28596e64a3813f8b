import type { WorkflowId } from '../../engine/model/index.ts';
import type { DocumentStore } from '../stores/document.ts';

/** Where the open workflow of each project is remembered: view state of this computer, not the document. */
const KEY = 'flowbench.activeWorkflows';
/** Projects remembered at most; the oldest is forgotten first. */
const KEPT = 100;

type Remembered = Record<string, string>;

function read(storage: Storage | undefined): Remembered {
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Remembered) : {};
  } catch {
    return {};
  }
}

function write(storage: Storage | undefined, projectId: string, workflowId: string): void {
  const { [projectId]: _, ...others } = read(storage);
  // Insertion order is recency: the project just used goes last, the first ones are dropped.
  const kept = Object.entries(others).slice(-(KEPT - 1));
  try {
    storage?.setItem(KEY, JSON.stringify(Object.fromEntries([...kept, [projectId, workflowId]])));
  } catch {
    // A full or refused storage only costs the convenience.
  }
}

/**
 * Reopens each project on the workflow it was left on (a reload went back to the first one):
 * remembers the active workflow as it changes, and brings it back whenever a project is loaded
 * (now, and each time another project replaces the open one), if that workflow still exists.
 * Returns the unsubscribe.
 */
export function keepActiveWorkflow(store: DocumentStore, storage: Storage | undefined = globalThis.localStorage): () => void {
  const restore = () => {
    const { project, activeWorkflowId } = store.getState();
    const id = read(storage)[project.id];
    if (id !== undefined && id !== activeWorkflowId && project.workflows.some((w) => w.id === id)) store.getState().setActiveWorkflow(id as WorkflowId);
  };
  restore();
  return store.subscribe((state, previous) => {
    if (state.project.id !== previous.project.id) restore();
    else if (state.activeWorkflowId !== previous.activeWorkflowId && state.activeWorkflowId !== null) write(storage, state.project.id, state.activeWorkflowId);
  });
}
