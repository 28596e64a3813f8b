import type { DocumentStore } from '../stores/document.ts';
import type { ProjectLibrary } from './library.ts';

export interface Autosave {
  /**
   * Writes the open project now if it has unsaved changes (before another project replaces it).
   * Rejects when that write fails, so the caller can keep the project open instead.
   */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * Saves the open project into the library a moment after each change (debounced), then marks the
 * document saved at the revision written. A write that fails is told to `onFailure` (the app
 * shows why), once for each reason in a row: the document stays unsaved and the next edit retries.
 */
export function startAutosave(store: DocumentStore, library: ProjectLibrary, delayMs = 600, onFailure: (error: unknown) => void = () => undefined): Autosave {
  // The last failure told, so an edit retrying the same refused value does not say it again.
  let told: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing = Promise.resolve();
  // `tell`: a failure goes to onFailure; not for flush, whose caller says why it stopped.
  const write = (tell = true) => {
    timer = null;
    const { project, revision } = store.getState();
    const attempt = writing
      .then(() => library.save(project))
      .then(() => {
        told = null;
        // Only the document that was written is marked saved (another may have been opened since).
        if (store.getState().project === project) store.getState().markSaved(revision);
      });
    writing = attempt.catch((error: unknown) => {
      const what = error instanceof Error ? error.message : String(error);
      if (!tell || what === told) return;
      told = what;
      onFailure(error);
    });
    return attempt;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.revision === previous.revision || state.revision === state.savedRevision) return;
    if (timer) clearTimeout(timer);
    // A failed write is logged (writing); the project stays unsaved and the next edit retries.
    timer = setTimeout(() => void write().catch(() => undefined), delayMs);
  });
  const onHide = () => {
    if (timer) {
      clearTimeout(timer);
      write().catch(() => undefined);
    }
  };
  window.addEventListener('pagehide', onHide);
  return {
    flush() {
      if (timer) clearTimeout(timer);
      const { revision, savedRevision } = store.getState();
      return revision === savedRevision ? writing : write(false);
    },
    stop() {
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      if (timer) clearTimeout(timer);
    },
  };
}
