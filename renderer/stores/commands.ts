import {
  copySubtree,
  createStep,
  deleteStep,
  deleteSubtree,
  duplicateStep,
  EditError,
  insertStep,
  newStepId,
  pasteFragment,
  updateStep,
  type EdgeRef,
} from '../../engine/edit/index.ts';
import type { Lang, Slot, Step, StepId, StepKind, Workflow } from '../../engine/model/index.ts';
import { activeWorkflow } from './document.ts';
import type { EditorStores } from './context.tsx';

/**
 * Editing commands as the canvas and inspector call them. Each is one undoable edit; a refused
 * edit (EditError) leaves the document untouched and tells the user why.
 */
export interface Commands {
  insert(at: EdgeRef, kind: StepKind): StepId | null;
  remove(id: StepId, keep?: Slot): boolean;
  removeSubtree(id: StepId): boolean;
  duplicate(id: StepId): boolean;
  copy(id: StepId): boolean;
  cut(id: StepId): boolean;
  paste(at: EdgeRef): boolean;
  /** `coalesce` merges quick successive edits of one field into one undo step. */
  update(step: Step, coalesce?: string): boolean;
  /** Any other edit of the active workflow (branch operations, settings). */
  edit(recipe: (workflow: Workflow) => Workflow, coalesce?: string): boolean;
}

export function createCommands(stores: EditorStores, lang: () => Lang): Commands {
  const { document, ui } = stores;

  function attempt(recipe: (workflow: Workflow) => Workflow, coalesce?: string): boolean {
    try {
      document.getState().editWorkflow(recipe, coalesce ? { coalesce } : undefined);
      // An edit went through: why an earlier one was refused is no longer on screen.
      ui.getState().settle('edit');
      return true;
    } catch (error) {
      if (error instanceof EditError) {
        ui.getState().notify({ tone: 'error', message: error.text, topic: 'edit' });
        return false;
      }
      throw error;
    }
  }

  const current = () => activeWorkflow(document.getState());

  return {
    insert(at, kind) {
      const workflow = current();
      if (!workflow) return null;
      const id = newStepId(workflow);
      const project = document.getState().project;
      const goToTarget = workflow.start ?? undefined;
      const ok = attempt((wf) => insertStep(wf, at, createStep(kind, id, { ...project, currentWorkflow: wf.id, goToTarget }, lang())));
      if (ok) ui.getState().select(id);
      return ok ? id : null;
    },
    remove(id, keep) {
      const ok = attempt((wf) => deleteStep(wf, id, keep));
      if (ok) ui.getState().select(null);
      return ok;
    },
    removeSubtree(id) {
      const ok = attempt((wf) => deleteSubtree(wf, id));
      if (ok) ui.getState().select(null);
      return ok;
    },
    duplicate(id) {
      const before = new Set(current()?.steps.map((s) => s.id));
      const ok = attempt((wf) => duplicateStep(wf, id));
      const added = current()?.steps.find((s) => !before.has(s.id));
      if (ok && added) ui.getState().select(added.id);
      return ok;
    },
    copy(id) {
      const workflow = current();
      if (!workflow) return false;
      try {
        ui.getState().setClipboard(copySubtree(workflow, id));
        ui.getState().notify({ tone: 'info', message: 'actions.copied' });
        return true;
      } catch (error) {
        if (error instanceof EditError) ui.getState().notify({ tone: 'error', message: error.text, topic: 'edit' });
        else throw error;
        return false;
      }
    },
    cut(id) {
      const workflow = current();
      if (!workflow) return false;
      try {
        const fragment = copySubtree(workflow, id);
        if (!attempt((wf) => deleteSubtree(wf, id))) return false;
        ui.getState().setClipboard(fragment);
        ui.getState().select(null);
        ui.getState().notify({ tone: 'info', message: 'actions.cutDone' });
        return true;
      } catch (error) {
        if (error instanceof EditError) ui.getState().notify({ tone: 'error', message: error.text, topic: 'edit' });
        else throw error;
        return false;
      }
    },
    paste(at) {
      const fragment = ui.getState().clipboard;
      if (!fragment) {
        ui.getState().notify({ tone: 'info', message: 'actions.nothingToPaste' });
        return false;
      }
      const before = new Set(current()?.steps.map((s) => s.id));
      const ok = attempt((wf) => pasteFragment(wf, at, fragment));
      if (ok) {
        const root = current()?.steps.find((s) => !before.has(s.id));
        ui.getState().select(root?.id ?? null);
      }
      return ok;
    },
    update(step, coalesce) {
      return attempt((wf) => updateStep(wf, step), coalesce);
    },
    edit(recipe, coalesce) {
      return attempt(recipe, coalesce);
    },
  };
}
