import { asProjectId, type Project } from '../../engine/model/index.ts';
import type { DocumentStore } from '../stores/document.ts';
import { newStamp, type ProjectLibrary } from './library.ts';
import { clearPending, writePending } from './pending.ts';
import { ProjectChangedElsewhere } from './save-problem.ts';

export interface Autosave {
  /**
   * Writes the open project now if it has unsaved changes (before another project replaces it).
   * Rejects when that write fails, so the caller can keep the project open instead.
   */
  flush(): Promise<void>;
  stop(): void;
}

export interface AutosaveOptions {
  /** A write failed: why (the app shows it). Told once for each reason in a row. */
  readonly onFailure?: (error: unknown) => void;
  /** A write went through: a failure told before is over (the app takes its message away). */
  readonly onSaved?: () => void;
  /** Another window wrote the project while this one had unsaved edits: they were kept as `copy` (a new project, now the open one). */
  readonly onKeptAsCopy?: (original: Project, copy: Project) => void;
  /** Another window wrote the open project, unchanged here: it was reloaded with that window's version. */
  readonly onReloaded?: (project: Project) => void;
  /** The id and name of the copy that keeps this window's edits (the app's id and its words for "copy"). */
  readonly copyOf?: (project: Project) => { readonly id: string; readonly name: string };
  /** Asks the browser to confirm leaving while edits are unwritten (the web app; the desktop shell asks its own question). */
  readonly promptOnLeave?: boolean;
}

const defaultCopy = (project: Project) => ({ id: `${project.id}-${newStamp().slice(0, 8)}`, name: `${project.name} (2)` });

/**
 * Saves the open project into the library a moment after each change (debounced), then marks the
 * document saved at the revision written. A write that fails is told to `onFailure` (the app
 * shows why), once for each reason in a row: the document stays unsaved and the next edit retries.
 *
 * Other windows of the same browser may have the same project open. A write never replaces what
 * another window wrote since this one read it (the library refuses it): this window's version is
 * then kept as a new project and the document goes on as that copy, so both windows' work stays.
 * A window with no unsaved edit shows another window's newer version as soon as it is written.
 * When the page goes away with edits not yet written, they are kept in a synchronous snapshot
 * (pending.ts) that the next start puts into the library.
 */
export function startAutosave(
  store: DocumentStore,
  library: ProjectLibrary,
  delayMs = 600,
  onFailureOrOptions: ((error: unknown) => void) | AutosaveOptions = {},
): Autosave {
  const options: AutosaveOptions = typeof onFailureOrOptions === 'function' ? { onFailure: onFailureOrOptions } : onFailureOrOptions;
  const copyOf = options.copyOf ?? defaultCopy;
  // The last failure told, so an edit retrying the same refused value does not say it again.
  let told: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing = Promise.resolve();
  /** Keeps `project` (this window's version) as a new project, the document going on as it. */
  const keepAsCopy = async (project: Project, revision: number) => {
    const named = copyOf(project);
    const copy = { ...project, id: asProjectId(named.id), name: named.name };
    await library.save(copy);
    const state = store.getState();
    // Edits made since go on in the copy too (the next write saves them there).
    if (state.project.id === project.id) state.continueAs(copy.id, copy.name);
    if (store.getState().revision === revision) store.getState().markSaved(revision);
    options.onKeptAsCopy?.(project, copy);
  };
  // `tell`: a failure goes to onFailure; not for flush, whose caller says why it stopped.
  const write = (tell = true, stamp = newStamp()) => {
    timer = null;
    const { project, revision } = store.getState();
    const attempt = writing
      .then(() =>
        library.save(project, stamp).then(
          () => {
            // Only the document that was written is marked saved (another may have been opened since).
            if (store.getState().project === project) store.getState().markSaved(revision);
          },
          (error: unknown) => {
            if (error instanceof ProjectChangedElsewhere) return keepAsCopy(project, revision);
            throw error;
          },
        ),
      )
      .then(() => {
        told = null;
        clearPending(project.id);
        options.onSaved?.();
      });
    writing = attempt.catch((error: unknown) => {
      const what = error instanceof Error ? error.message : String(error);
      if (!tell || what === told) return;
      told = what;
      options.onFailure?.(error);
    });
    return attempt;
  };
  const unsaved = () => store.getState().revision !== store.getState().savedRevision;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.revision === previous.revision || state.revision === state.savedRevision) return;
    if (timer) clearTimeout(timer);
    // A failed write is logged (writing); the project stays unsaved and the next edit retries.
    timer = setTimeout(() => void write().catch(() => undefined), delayMs);
  });
  // Another window wrote a project: the open one, unchanged here, shows that version.
  const stopListening = library.onChangedElsewhere((id) => {
    const { project } = store.getState();
    if (id !== project.id || unsaved()) return;
    void library.read(id).then((newer) => {
      const state = store.getState();
      if (!newer || state.project !== project || unsaved()) return;
      const active = state.activeWorkflowId;
      state.load(newer, { saved: true });
      if (active && newer.workflows.some((w) => w.id === active)) store.getState().setActiveWorkflow(active);
      options.onReloaded?.(newer);
    });
  });
  const onHide = () => {
    if (!unsaved()) return;
    if (timer) clearTimeout(timer);
    const { project } = store.getState();
    // The write may not finish before the page is gone: the snapshot names the stamp it gives the row.
    const stamp = newStamp();
    writePending(project, stamp, library.stampSeen(project.id));
    write(true, stamp).catch(() => undefined);
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!unsaved()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  };
  window.addEventListener('pagehide', onHide);
  if (options.promptOnLeave) window.addEventListener('beforeunload', onBeforeUnload);
  return {
    flush() {
      if (timer) clearTimeout(timer);
      return unsaved() ? write(false) : writing;
    },
    stop() {
      unsubscribe();
      stopListening();
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      if (timer) clearTimeout(timer);
    },
  };
}
