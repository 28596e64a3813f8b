import { asProjectId, asWorkflowId, type Project } from '../../engine/model/index.ts';
import { newProjectId } from '../bootstrap.ts';
import type { Autosave } from '../persistence/autosave.ts';
import type { ProjectLibrary } from '../persistence/library.ts';
import { ProjectNotSaved } from '../persistence/save-problem.ts';
import type { EditorStores } from './context.tsx';

/**
 * Where projects live besides the open one: the library of autosaved projects (null for a
 * throwaway bench project), the autosave to flush before switching, and an optional guard the
 * desktop app sets to ask "Save changes?" (resolves false when the user cancels).
 */
export interface Workspace {
  readonly library: ProjectLibrary | null;
  readonly autosave: Autosave | null;
  guard: (() => Promise<boolean>) | null;
}

export interface OpenOptions {
  /** The project comes from the library itself: keep its id (it is the same document). */
  readonly fromLibrary?: boolean;
  /** The user already agreed to replace the open project (reload of a file changed on disk). */
  readonly skipGuard?: boolean;
  /** The workflow to show first. */
  readonly workflowId?: string;
  /** Called when the project's id was already in the library: it opens as a copy beside the stored one (told to the user). */
  readonly onCopy?: () => void;
}

/**
 * Makes `project` the open document without losing the current one: the current project is
 * written to the library first (it stays in the Projects list), then the new one is opened and
 * saved there too. A file or template whose id is already in the library gets a fresh id, so it
 * never overwrites another project. Resolves false when the desktop guard cancels.
 */
export async function openDocument(stores: EditorStores, workspace: Workspace, project: Project, options: OpenOptions = {}): Promise<boolean> {
  if (!options.skipGuard && workspace.guard && !(await workspace.guard())) return false;
  const { library, autosave } = workspace;
  try {
    if (autosave) await autosave.flush();
  } catch (error) {
    // The open project could not be written: it stays open rather than be replaced unsaved.
    const message =
      error instanceof ProjectNotSaved
        ? {
            fr: `Le projet ouvert n’a pas été remplacé, car il ne peut pas être enregistré. ${error.reason.fr} Corrigez cette valeur ou annulez la modification, puis réessayez.`,
            en: `The open project was not replaced, because it cannot be saved. ${error.reason.en} Correct this value or undo the change, then try again.`,
          }
        : 'documents.flushFailed';
    stores.ui.getState().notify({ tone: 'error', message, topic: 'open-file' });
    return false;
  }
  let next = project;
  if (library && !options.fromLibrary && (await library.has(project.id))) {
    next = { ...project, id: asProjectId(newProjectId()) };
    options.onCopy?.();
  }
  const document = stores.document.getState();
  document.load(next);
  // A project is open: what was said of a file or project that would not open is over.
  stores.ui.getState().settle('open-file');
  if (options.workflowId && next.workflows.some((w) => w.id === options.workflowId)) document.setActiveWorkflow(asWorkflowId(options.workflowId));
  if (library) {
    // If this first write fails, the document stays unsaved and autosave retries on the next edit.
    await library.save(next).then(
      () => {
        const state = stores.document.getState();
        if (state.project === next) state.markSaved(state.revision);
      },
      (error: unknown) => console.error('Saving the opened project failed', error),
    );
  }
  stores.ui.getState().select(null);
  return true;
}
