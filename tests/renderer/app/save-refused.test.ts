import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProject, saveProject } from '../../../engine/io/index.ts';
import { asStepId, type Project, type Step } from '../../../engine/model/index.ts';
import { initialProject } from '../../../renderer/bootstrap.ts';
import { startAutosave, type Autosave } from '../../../renderer/persistence/autosave.ts';
import { openDb } from '../../../renderer/persistence/db.ts';
import { dexieLibrary } from '../../../renderer/persistence/library.ts';
import { ProjectNotSaved } from '../../../renderer/persistence/save-problem.ts';
import { createDocumentStore } from '../../../renderer/stores/document.ts';
import { sampleProject } from '../render.tsx';

/**
 * The library never writes a project its own loader would refuse (a value an edit or an import
 * let through): the copy already stored, the last that opens, stays, and the user is told why,
 * with the place named. Before, the autosave wrote it, and after a reload an empty project opened
 * with no word (a review found it with an "Increment property" of 1e20).
 */

let dbCount = 0;
const newLibrary = () => dexieLibrary(openDb(`flowbench-save-refused-${++dbCount}`));
let running: Autosave | null = null;
afterEach(() => running?.stop());

/** An "Increment property" step adding `by` to the score, as the first step of the sample project's workflow. */
function withIncrement(project: Project, by: number): Project {
  const [first, ...rest] = project.workflows;
  const step: Step = { id: asStepId('s-add'), kind: 'increment-property', property: 'hubspotscore', by, next: null };
  return { ...project, workflows: [{ ...first!, start: step.id, steps: [step] }, ...rest] };
}

/** The same project with the increment beyond what a project keeps (±2^53): 1e20, as the review typed. */
const withHugeNumber = (project: Project) => withIncrement(project, 1e20);

describe('a project the loader would refuse', () => {
  it('is not written: save rejects with the reason, its place named, and the stored copy stays as it was', async () => {
    const library = newLibrary();
    const good = withIncrement(sampleProject(), 5);
    await library.save(good);
    const bad = withHugeNumber(good);
    // The loader itself refuses what would be written (the premise of the test), and reads the good one.
    expect(loadProject(saveProject(bad)).ok).toBe(false);
    expect(loadProject(saveProject(good)).ok).toBe(true);
    const error = await library.save(bad).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProjectNotSaved);
    const reason = (error as ProjectNotSaved).reason;
    expect(reason.en.startsWith(`In workflow “${good.workflows[0]!.name}”, step 1: `)).toBe(true);
    expect(reason.fr.startsWith(`Dans le workflow «\u00a0${good.workflows[0]!.name}\u00a0», étape 1\u00a0: `)).toBe(true);
    await expect(library.read(good.id)).resolves.toEqual(good);
    await expect(library.last()).resolves.toEqual(good);
  });

  it('makes the autosave tell why, once for the same reason, and leaves the document unsaved', async () => {
    const library = newLibrary();
    const good = withIncrement(sampleProject(), 5);
    const store = createDocumentStore(good);
    await library.save(good);
    const told: unknown[] = [];
    running = startAutosave(store, library, 5, (e) => told.push(e));
    store.getState().apply((p) => withHugeNumber(p));
    await new Promise((r) => setTimeout(r, 60));
    // A second edit keeps the same refused value: the same reason is not said again.
    store.getState().apply((p) => ({ ...p, name: `${p.name} 2` }));
    await new Promise((r) => setTimeout(r, 60));
    expect(told).toHaveLength(1);
    expect(told[0]).toBeInstanceOf(ProjectNotSaved);
    expect(store.getState().revision).not.toBe(store.getState().savedRevision);
    await expect(library.read(good.id)).resolves.toEqual(good);
    // Undone, the project is written again.
    store.getState().apply(() => good);
    await new Promise((r) => setTimeout(r, 60));
    expect(store.getState().revision).toBe(store.getState().savedRevision);
  });
});

describe('a stored project that no longer loads', () => {
  it('says why when opened, and at start says which project and why, opening a new one', async () => {
    const db = openDb(`flowbench-save-refused-${++dbCount}`);
    const library = dexieLibrary(db);
    const good = sampleProject();
    await library.save(good);
    // Written by an older version (or by hand) with a number beyond what the loader keeps.
    const row = await db.projects.get(good.id);
    const json = row!.json.replace(/"horizonDays": \d+/, '"horizonDays": 1e300');
    expect(json).not.toBe(row!.json);
    await db.projects.put({ ...row!, json });
    await expect(library.read(good.id)).resolves.toBeNull();
    const problem = await library.problem(good.id);
    expect(problem?.en).toContain('In the simulation settings: ');
    const start = await initialProject(library, 'en', 'My project', '');
    expect(start.restored).toBe(false);
    expect(start.project.id).not.toBe(good.id);
    expect(start.unreadable?.en).toBe(`The project open last time, “${good.name}”, could not be read. ${problem!.en} It stays in Projects as it was; a new project is open.`);
    // It is still there, as it was.
    expect((await library.list()).map((p) => p.id)).toContain(good.id);
  });
});
