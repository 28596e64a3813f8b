import { generateWorkflow } from '../engine/layout/generate.ts';
import { saveProject } from '../engine/io/index.ts';
import { asProjectId, emptyProject, type Lang, type Localized, type Project } from '../engine/model/index.ts';
import type { ProjectLibrary } from './persistence/library.ts';
import { unreadableLastProject } from './persistence/save-problem.ts';
import type { EditorStores } from './stores/context.tsx';

export function newProjectId(): string {
  return `project-${globalThis.crypto?.randomUUID?.() ?? Date.now().toString(36)}`;
}

/**
 * Dev and benchmark hook, documented in renderer/CONTEXT.md: `?bench=N` opens a generated
 * N-step workflow in a throwaway project (never autosaved over the user's work).
 */
export function benchProject(search: string): Project | null {
  const steps = Number(new URLSearchParams(search).get('bench'));
  if (!Number.isInteger(steps) || steps <= 0) return null;
  const workflow = generateWorkflow(steps, 1);
  return { ...emptyProject(asProjectId('bench'), `Bench ${steps}`), workflows: [workflow] };
}

/**
 * The project to open at start: a bench project, the last autosaved one, or a new empty one;
 * `unreadable` when the last one no longer loads (the caller says which and why: it stays in the
 * library as it was).
 */
export async function initialProject(
  library: ProjectLibrary,
  lang: Lang,
  defaultName: string,
  search: string,
): Promise<{ project: Project; restored: boolean; bench: boolean; unreadable: Localized | null }> {
  const bench = benchProject(search);
  if (bench) return { project: bench, restored: false, bench: true, unreadable: null };
  const restored = await library.last();
  if (restored) return { project: restored, restored: true, bench: false, unreadable: null };
  const problem = await library.lastProblem();
  return {
    project: emptyProject(asProjectId(newProjectId()), defaultName, lang),
    restored: false,
    bench: false,
    unreadable: problem ? unreadableLastProject(problem.name, problem.problem) : null,
  };
}

export interface FlowbenchHook {
  project(): Project;
  projectJson(): string;
  stores: EditorStores;
}

declare global {
  interface Window {
    __flowbench?: FlowbenchHook;
  }
}

/** Exposes the document to end-to-end tests and the benchmark (read-only use). */
export function exposeHook(stores: EditorStores): void {
  window.__flowbench = {
    project: () => stores.document.getState().project,
    projectJson: () => saveProject(stores.document.getState().project, { includeContacts: true }),
    stores,
  };
}
