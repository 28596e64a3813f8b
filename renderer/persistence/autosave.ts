import { loadProject, saveProject } from '../../engine/io/index.ts';
import type { Project } from '../../engine/model/index.ts';
import type { DocumentStore } from '../stores/document.ts';
import type { FlowbenchDb } from './db.ts';

const LAST_PROJECT = 'lastProjectId';

/** The project open last time, if it still loads; a broken copy is ignored, not fatal. */
export async function restoreLastProject(db: FlowbenchDb): Promise<Project | null> {
  try {
    const last = await db.meta.get(LAST_PROJECT);
    if (!last) return null;
    const stored = await db.projects.get(last.value);
    if (!stored) return null;
    const result = loadProject(stored.json);
    return result.ok ? result.project : null;
  } catch {
    return null;
  }
}

export async function saveNow(db: FlowbenchDb, project: Project): Promise<void> {
  const json = saveProject(project, { includeContacts: true });
  await db.transaction('rw', db.projects, db.meta, async () => {
    await db.projects.put({ id: project.id, name: project.name, json, savedAt: Date.now() });
    await db.meta.put({ key: LAST_PROJECT, value: project.id });
  });
}

/**
 * Saves the open project a moment after each change (debounced), then marks the document
 * saved at the revision written. Returns a function that stops it.
 */
export function startAutosave(store: DocumentStore, db: FlowbenchDb, delayMs = 600): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing = Promise.resolve();
  const flush = () => {
    timer = null;
    const { project, revision } = store.getState();
    writing = writing
      .then(() => saveNow(db, project))
      .then(() => store.getState().markSaved(revision))
      .catch((error: unknown) => console.error('Autosave failed', error));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.revision === previous.revision || state.revision === state.savedRevision) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  const onHide = () => {
    if (timer) {
      clearTimeout(timer);
      flush();
    }
  };
  window.addEventListener('pagehide', onHide);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    if (timer) clearTimeout(timer);
  };
}
