import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Project, ProjectId, Workflow, WorkflowId } from '../../engine/model/index.ts';

/** How many edits undo remembers: snapshots share structure, so this costs little. */
const HISTORY_LIMIT = 200;

/**
 * The open project and its history. Every edit replaces the whole Project by a new immutable
 * value; undo and redo move between those snapshots, so "one edit" is always one undo step.
 */
export interface DocumentState {
  readonly project: Project;
  readonly past: readonly Project[];
  readonly future: readonly Project[];
  readonly activeWorkflowId: WorkflowId | null;
  /** Bumped on every change; autosave compares it with `savedRevision`. */
  readonly revision: number;
  readonly savedRevision: number;
  /**
   * One edit. Edits sharing a `coalesce` key in quick succession (typing in one field) merge
   * into a single undo step.
   */
  apply(recipe: (project: Project) => Project, options?: EditOptions): void;
  editWorkflow(recipe: (workflow: Workflow) => Workflow, options?: EditOptions): void;
  undo(): void;
  redo(): void;
  /** Replaces the project (open, import, restore): a new document with no history. */
  load(project: Project, options?: { saved?: boolean }): void;
  setActiveWorkflow(id: WorkflowId | null): void;
  markSaved(revision: number): void;
  /**
   * The open document goes on as another project (a copy under `id` and `name`): every snapshot
   * of its history takes that id, so undo never writes over the project it came from. Not an
   * edit: no undo step, the revision stays.
   */
  continueAs(id: ProjectId, name: string): void;
}

export type DocumentStore = StoreApi<DocumentState>;

export interface EditOptions {
  readonly coalesce?: string;
}

const COALESCE_MS = 1500;

function keepActive(project: Project, active: WorkflowId | null): WorkflowId | null {
  if (active && project.workflows.some((w) => w.id === active)) return active;
  return project.workflows[0]?.id ?? null;
}

export function createDocumentStore(initial: Project, now: () => number = Date.now): DocumentStore {
  let lastEdit: { key: string; at: number; revision: number } | null = null;
  return createStore<DocumentState>()((set, get) => ({
    project: initial,
    past: [],
    future: [],
    activeWorkflowId: initial.workflows[0]?.id ?? null,
    revision: 0,
    savedRevision: 0,
    apply(recipe, options) {
      const { project, past, revision, activeWorkflowId } = get();
      const next = recipe(project);
      if (next === project) return;
      const key = options?.coalesce;
      const merge = key !== undefined && lastEdit?.key === key && lastEdit.revision === revision && now() - lastEdit.at < COALESCE_MS;
      lastEdit = key === undefined ? null : { key, at: now(), revision: revision + 1 };
      set({
        project: next,
        past: merge ? past : [...past, project].slice(-HISTORY_LIMIT),
        future: [],
        revision: revision + 1,
        activeWorkflowId: keepActive(next, activeWorkflowId),
      });
    },
    editWorkflow(recipe, options) {
      const id = get().activeWorkflowId;
      if (!id) return;
      get().apply((project) => {
        const current = project.workflows.find((w) => w.id === id);
        if (!current) return project;
        const edited = recipe(current);
        if (edited === current) return project;
        return { ...project, workflows: project.workflows.map((w) => (w.id === id ? edited : w)) };
      }, options);
    },
    undo() {
      const { past, project, future, revision, activeWorkflowId } = get();
      const previous = past.at(-1);
      if (!previous) return;
      set({
        project: previous,
        past: past.slice(0, -1),
        future: [project, ...future],
        revision: revision + 1,
        activeWorkflowId: keepActive(previous, activeWorkflowId),
      });
    },
    redo() {
      const { past, project, future, revision, activeWorkflowId } = get();
      const next = future[0];
      if (!next) return;
      set({
        project: next,
        past: [...past, project],
        future: future.slice(1),
        revision: revision + 1,
        activeWorkflowId: keepActive(next, activeWorkflowId),
      });
    },
    load(project, options) {
      const revision = get().revision + 1;
      set({
        project,
        past: [],
        future: [],
        revision,
        savedRevision: options?.saved ? revision : get().savedRevision,
        activeWorkflowId: project.workflows[0]?.id ?? null,
      });
    },
    setActiveWorkflow(id) {
      set({ activeWorkflowId: id });
    },
    markSaved(revision) {
      set({ savedRevision: revision });
    },
    continueAs(id, name) {
      const { project, past, future } = get();
      const moved = (p: Project): Project => ({ ...p, id });
      set({ project: { ...project, id, name }, past: past.map(moved), future: future.map(moved) });
    },
  }));
}

export function activeWorkflow(state: DocumentState): Workflow | undefined {
  return state.project.workflows.find((w) => w.id === state.activeWorkflowId);
}
