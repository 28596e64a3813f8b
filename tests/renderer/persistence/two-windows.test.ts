import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveProject } from '../../../engine/io/index.ts';
import type { Project } from '../../../engine/model/index.ts';
import { startAutosave, type Autosave } from '../../../renderer/persistence/autosave.ts';
import { openDb } from '../../../renderer/persistence/db.ts';
import { dexieLibrary } from '../../../renderer/persistence/library.ts';
import { recoverPending, writePending } from '../../../renderer/persistence/pending.ts';
import { ProjectChangedElsewhere } from '../../../renderer/persistence/save-problem.ts';
import { createDocumentStore } from '../../../renderer/stores/document.ts';
import { sampleProject } from '../render.tsx';

/**
 * Two windows (tabs) of one browser share the library (one IndexedDB). A review found that a tab
 * holding an older copy of a project overwrote, at its next autosave, what the other tab had saved
 * since, with no word. Each window here is its own library object over the same database, as two
 * tabs are.
 */

let dbCount = 0;
const running: Autosave[] = [];
afterEach(() => {
  for (const a of running.splice(0)) a.stop();
});
const track = (a: Autosave) => (running.push(a), a);
const renamed = (p: Project, name: string): Project => ({ ...p, workflows: p.workflows.map((w, k) => (k === 0 ? { ...w, name } : w)) });

async function twoWindows() {
  const name = `flowbench-two-windows-${++dbCount}`;
  const first = dexieLibrary(openDb(name));
  await first.save(sampleProject());
  const a = dexieLibrary(openDb(name));
  const b = dexieLibrary(openDb(name));
  // Both windows open the project the usual way: from the library.
  const project = (await a.last())!;
  expect(await b.last()).toEqual(project);
  return { name, a, b, project };
}

describe('two windows editing the same project', () => {
  it('refuses to write over what another window wrote since this one read it', async () => {
    const { a, b, project } = await twoWindows();
    await a.save(renamed(project, 'Renamed in A'));
    const error = await b.save(renamed(project, 'Edited in B')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProjectChangedElsewhere);
    expect((await a.read(project.id))!.workflows[0]!.name).toBe('Renamed in A');
    // A window that writes again after its own write is not refused.
    await a.save(renamed(project, 'Renamed in A, twice'));
    expect((await b.read(project.id))!.workflows[0]!.name).toBe('Renamed in A, twice');
    // B has now read that copy: its next write goes over it.
    await b.save(renamed(project, 'B after reading'));
    expect((await a.read(project.id))!.workflows[0]!.name).toBe('B after reading');
  });

  it('keeps the stale window’s edits as a new project and goes on in it: both windows’ work stays', async () => {
    const { a, b, project } = await twoWindows();
    const storeB = createDocumentStore(project);
    const kept: [string, string][] = [];
    const autosaveB = track(
      startAutosave(storeB, b, 5, {
        copyOf: (p) => ({ id: 'p-copy', name: `${p.name} (copy)` }),
        onKeptAsCopy: (original, copy) => kept.push([original.name, copy.name]),
      }),
    );
    await a.save(renamed(project, 'Renamed in A'));
    storeB.getState().apply((p) => renamed(p, 'Edited in B'));
    await autosaveB.flush();
    expect((await a.read(project.id))!.workflows[0]!.name).toBe('Renamed in A');
    const copy = await a.read('p-copy');
    expect(copy?.name).toBe(`${project.name} (copy)`);
    expect(copy?.workflows[0]!.name).toBe('Edited in B');
    expect(kept).toEqual([[project.name, `${project.name} (copy)`]]);
    // B's document is the copy now, saved, and undo stays in it: it never writes over A's project.
    const state = storeB.getState();
    expect(state.project.id).toBe('p-copy');
    expect(state.revision).toBe(state.savedRevision);
    state.undo();
    expect(storeB.getState().project.id).toBe('p-copy');
    await autosaveB.flush();
    expect((await a.read(project.id))!.workflows[0]!.name).toBe('Renamed in A');
    expect((await a.read('p-copy'))!.workflows[0]!.name).toBe(project.workflows[0]!.name);
  });

  it('shows another window’s newer version in a window with no unsaved edit', async () => {
    const { a, b, project } = await twoWindows();
    const storeB = createDocumentStore(project);
    const reloaded: string[] = [];
    track(startAutosave(storeB, b, 5, { onReloaded: (p) => reloaded.push(p.workflows[0]!.name) }));
    await a.save(renamed(project, 'Renamed in A'));
    await vi.waitFor(() => expect(storeB.getState().project.workflows[0]!.name).toBe('Renamed in A'));
    expect(reloaded).toEqual(['Renamed in A']);
    expect(storeB.getState().revision).toBe(storeB.getState().savedRevision);
  });

  it('leaves a window’s unsaved edits alone when another window writes (its own write keeps them as a copy)', async () => {
    const { a, b, project } = await twoWindows();
    const storeB = createDocumentStore(project);
    track(startAutosave(storeB, b, 60_000));
    storeB.getState().apply((p) => renamed(p, 'Typing in B'));
    await a.save(renamed(project, 'Renamed in A'));
    // Long enough for the message to arrive and be read.
    await new Promise((r) => setTimeout(r, 100));
    expect(storeB.getState().project.workflows[0]!.name).toBe('Typing in B');
  });
});

/** A localStorage stand-in. */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (k: number) => [...map.keys()][k] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('edits made just before the page goes away', () => {
  const copy = (p: Project): Project => ({ ...p, id: 'p-recovered' as Project['id'], name: `${p.name} (copy)` });

  it('are put into the library at the next start when the last write did not finish', async () => {
    const { name, a, project } = await twoWindows();
    const storage = memoryStorage();
    const edited = renamed(project, 'Typed just before F5');
    // The window went away: its snapshot names the stamp its write would give and the one it had read.
    expect(writePending(edited, 'stamp-never-written', a.stampSeen(project.id), storage)).toBe(true);
    const db = openDb(name);
    const next = dexieLibrary(db);
    const recovered = await recoverPending(next, (id) => db.projects.get(id), copy, storage);
    expect(recovered.map((r) => [r.asCopy, r.project.workflows[0]!.name])).toEqual([[false, 'Typed just before F5']]);
    expect((await next.last())!.workflows[0]!.name).toBe('Typed just before F5');
    expect(storage.length).toBe(0);
  });

  it('are dropped when the last write did finish (the row holds the snapshot’s stamp)', async () => {
    const { name, a, project } = await twoWindows();
    const storage = memoryStorage();
    const edited = renamed(project, 'Written after all');
    writePending(edited, 'stamp-1', a.stampSeen(project.id), storage);
    await a.save(edited, 'stamp-1');
    const db = openDb(name);
    const next = dexieLibrary(db);
    expect(await recoverPending(next, (id) => db.projects.get(id), copy, storage)).toEqual([]);
    expect(await next.read('p-recovered')).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('become a copy when another window wrote the project since', async () => {
    const { name, a, b, project } = await twoWindows();
    const storage = memoryStorage();
    writePending(renamed(project, 'B, just before closing'), 'stamp-b', b.stampSeen(project.id), storage);
    await a.save(renamed(project, 'A, meanwhile'));
    const db = openDb(name);
    const next = dexieLibrary(db);
    const recovered = await recoverPending(next, (id) => db.projects.get(id), copy, storage);
    expect(recovered.map((r) => [r.asCopy, r.project.id, r.from])).toEqual([[true, 'p-recovered', project.name]]);
    expect((await next.read(project.id))!.workflows[0]!.name).toBe('A, meanwhile');
    expect((await next.read('p-recovered'))!.workflows[0]!.name).toBe('B, just before closing');
  });

  it('are written by the autosave at pagehide, and a leave prompt is asked while they are unwritten (web)', async () => {
    const { b, project } = await twoWindows();
    const store = createDocumentStore(project);
    track(startAutosave(store, b, 60_000, { promptOnLeave: true }));
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    store.getState().apply((p) => renamed(p, 'Unwritten'));
    expect(leave()).toBe(true);
    window.dispatchEvent(new Event('pagehide'));
    // The snapshot is there at once (synchronous), before the library write finishes.
    const raw = localStorage.getItem(`flowbench.pending.${project.id}`);
    expect(raw).not.toBeNull();
    expect(JSON.parse(raw!).json).toBe(saveProject(store.getState().project, { includeContacts: true }));
    await vi.waitFor(() => expect(store.getState().revision).toBe(store.getState().savedRevision));
    // Written: the snapshot is forgotten and leaving asks nothing.
    expect(localStorage.getItem(`flowbench.pending.${project.id}`)).toBeNull();
    expect(leave()).toBe(false);
  });
});
