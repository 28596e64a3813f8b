import { loadProject, saveProject } from '../../engine/io/index.ts';
import type { Localized, Project } from '../../engine/model/index.ts';
import type { FlowbenchDb, StoredProject } from './db.ts';
import { loadProblem, ProjectChangedElsewhere, ProjectNotSaved } from './save-problem.ts';

const LAST_PROJECT = 'lastProjectId';

/** One line of the Projects list. */
export interface ProjectSummary {
  readonly id: string;
  readonly name: string;
  readonly savedAt: number;
  readonly workflows: number;
}

/**
 * Every project autosaved on this computer. A project is a document: opening or starting another
 * one saves the current one here first, so nothing is ever replaced without a copy.
 */
export interface ProjectLibrary {
  /** Most recently saved first. */
  list(): Promise<ProjectSummary[]>;
  /** The project as stored, through the engine's loader; null if missing or unreadable. */
  read(id: string): Promise<Project | null>;
  /** Why `read` gives null for a stored project: its first load issue in words; null when it reads or is missing. */
  problem(id: string): Promise<Localized | null>;
  has(id: string): Promise<boolean>;
  /**
   * Writes the project and remembers it as the one to reopen at start. Rejects with
   * `ProjectNotSaved` (and writes nothing) when the loader would refuse what it would write: the
   * copy already stored, the last that opens, stays. Rejects with `ProjectChangedElsewhere` (and
   * writes nothing) when another window wrote this project since this one last read or wrote it.
   * `stamp`: the stamp to write (a snapshot taken before the write names it, pending.ts).
   */
  save(project: Project, stamp?: string): Promise<void>;
  /** The stamp of the stored copy this window last read or wrote (undefined: none, or a row from before stamps). */
  stampSeen(id: string): string | undefined;
  /** Calls `listener` with the id of each project another window of this browser writes or deletes; returns the unsubscribe. */
  onChangedElsewhere(listener: (id: string) => void): () => void;
  /** Writes another project beside the open one (a variant), leaving the one to reopen as it is. */
  saveCopy(project: Project): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** The project open last time, if it still loads. */
  last(): Promise<Project | null>;
  /** The project open last time when it no longer loads: its name and why (a new project opens instead). */
  lastProblem(): Promise<{ readonly id: string; readonly name: string; readonly problem: Localized } | null>;
}

function workflowCount(row: StoredProject): number {
  if (typeof row.workflows === 'number') return row.workflows;
  // Rows written before the count was stored: read it from the file text.
  try {
    const parsed = JSON.parse(row.json) as { project?: { workflows?: unknown[] } };
    return parsed.project?.workflows?.length ?? 0;
  } catch {
    return 0;
  }
}

function readRow(row: StoredProject | undefined): Project | null {
  if (!row) return null;
  const result = loadProject(row.json);
  return result.ok ? result.project : null;
}

function rowProblem(row: StoredProject | undefined): Localized | null {
  if (!row) return null;
  const result = loadProject(row.json);
  if (result.ok) return null;
  let file: unknown = null;
  try {
    file = JSON.parse(row.json);
  } catch {
    // Not JSON at all: the issue says so, with no place to name.
  }
  return loadProblem(file, result.errors);
}

/** The project as the library writes it, checked by the loader first (see `save`). */
function checkedJson(project: Project): string {
  const json = saveProject(project, { includeContacts: true });
  const check = loadProject(json);
  if (!check.ok) throw new ProjectNotSaved(check.errors, loadProblem({ project }, check.errors));
  return json;
}

/** A random value for a row's `stamp`. */
export function newStamp(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The channel the windows of one browser tell each other which project they wrote (null where there is none). */
export const CHANNEL = 'flowbench-projects';

export function dexieLibrary(db: FlowbenchDb, now: () => number = Date.now): ProjectLibrary {
  // Per project, the stamp of the stored copy as this window last read or wrote it.
  const seen = new Map<string, string | undefined>();
  const saw = (row: StoredProject | undefined) => {
    if (row) seen.set(row.id, row.stamp);
    return row;
  };
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  // This window's messages name it, so its own listener skips them.
  const self = newStamp();
  const told = (id: string) => channel?.postMessage({ db: db.name, id, from: self });
  const write = async (row: StoredProject, last: boolean) => {
    await db.transaction('rw', db.projects, db.meta, async () => {
      const stored = await db.projects.get(row.id);
      // Only a copy this window has seen can tell: a project it never read is a new one here.
      if (stored && seen.has(row.id) && stored.stamp !== seen.get(row.id)) throw new ProjectChangedElsewhere(row.id);
      await db.projects.put(row);
      if (last) await db.meta.put({ key: LAST_PROJECT, value: row.id });
    });
    seen.set(row.id, row.stamp);
    told(row.id);
  };
  const library: ProjectLibrary = {
    async list() {
      const rows = await db.projects.orderBy('savedAt').reverse().toArray();
      return rows.map((row) => ({ id: row.id, name: row.name, savedAt: row.savedAt, workflows: workflowCount(row) }));
    },
    async read(id) {
      try {
        return readRow(saw(await db.projects.get(id)));
      } catch {
        return null;
      }
    },
    async problem(id) {
      try {
        return rowProblem(await db.projects.get(id));
      } catch {
        return null;
      }
    },
    async has(id) {
      return (await db.projects.get(id)) !== undefined;
    },
    async save(project, stamp = newStamp()) {
      const json = checkedJson(project);
      await write({ id: project.id, name: project.name, json, savedAt: now(), workflows: project.workflows.length, stamp }, true);
    },
    async saveCopy(project) {
      const json = checkedJson(project);
      await write({ id: project.id, name: project.name, json, savedAt: now(), workflows: project.workflows.length, stamp: newStamp() }, false);
    },
    async rename(id, name) {
      const project = await library.read(id);
      if (!project) return;
      const row = await db.projects.get(id);
      await write({ ...row!, name, json: checkedJson({ ...project, name }), stamp: newStamp() }, false);
    },
    async remove(id) {
      await db.transaction('rw', db.projects, db.meta, async () => {
        await db.projects.delete(id);
        const last = await db.meta.get(LAST_PROJECT);
        if (last?.value === id) await db.meta.delete(LAST_PROJECT);
      });
      seen.delete(id);
      told(id);
    },
    stampSeen(id) {
      return seen.get(id);
    },
    onChangedElsewhere(listener) {
      if (typeof BroadcastChannel === 'undefined') return () => undefined;
      const ear = new BroadcastChannel(CHANNEL);
      ear.onmessage = (event: MessageEvent<{ db?: string; id?: string; from?: string }>) => {
        const { db: name, id, from } = event.data ?? {};
        if (name === db.name && from !== self && typeof id === 'string') listener(id);
      };
      return () => ear.close();
    },
    async last() {
      try {
        const last = await db.meta.get(LAST_PROJECT);
        return last ? readRow(saw(await db.projects.get(last.value))) : null;
      } catch {
        return null;
      }
    },
    async lastProblem() {
      try {
        const last = await db.meta.get(LAST_PROJECT);
        const row = last ? await db.projects.get(last.value) : undefined;
        const problem = rowProblem(row);
        return row && problem ? { id: row.id, name: row.name, problem } : null;
      } catch {
        return null;
      }
    },
  };
  return library;
}
