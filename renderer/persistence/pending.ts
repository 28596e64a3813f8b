import { loadProject, saveProject } from '../../engine/io/index.ts';
import { asProjectId, type Project } from '../../engine/model/index.ts';
import type { ProjectLibrary } from './library.ts';

/**
 * The last edits of a window that goes away before its autosave has written them (a reload or a
 * closed tab within the autosave's delay): written at `pagehide` into localStorage, which is
 * synchronous and so done before the page is gone, where an IndexedDB write may never finish.
 * At the next start (`recoverPending`) the snapshot goes into the library, unless the write
 * started at `pagehide` did finish after all (the row holds the snapshot's own stamp).
 */

const PREFIX = 'flowbench.pending.';

interface Snapshot {
  /** The project file text (saveProject), contacts included as the library keeps them. */
  readonly json: string;
  /** The stamp the write started at pagehide gives the row: found there, that write finished. */
  readonly stamp: string;
  /** The stamp of the stored copy this window had read or written: still there, nobody wrote since. */
  readonly base: string | null;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const storage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

/** Keeps `project`'s unsaved state for the next start; false when it could not (no storage, or too large for it). */
export function writePending(project: Project, stamp: string, base: string | undefined, store: Storage | null = storage()): boolean {
  if (!store) return false;
  try {
    const snapshot: Snapshot = { json: saveProject(project, { includeContacts: true }), stamp, base: base ?? null };
    store.setItem(PREFIX + project.id, JSON.stringify(snapshot));
    return true;
  } catch {
    // Quota exceeded or storage blocked: the browser's leave prompt (autosave.ts) is what is left.
    return false;
  }
}

/** Forgets the snapshot of a project once its state is in the library. */
export function clearPending(id: string, store: Storage | null = storage()): void {
  try {
    store?.removeItem(PREFIX + id);
  } catch {
    // Nothing to forget.
  }
}

export interface Recovered {
  /** The project as it was in the window that went away, now in the library. */
  readonly project: Project;
  /** Saved as a new project: another window wrote the original since (its copy stays as it was). */
  readonly asCopy: boolean;
  /** The name the project had in the snapshot (the original's, when kept as a copy). */
  readonly from: string;
}

/**
 * Puts every snapshot left by a window that went away into the library: over the stored copy when
 * nobody wrote it since the window read it, as a copy (`copy` gives its id and name) when someone
 * did, nowhere when its own last write finished. Snapshots that do not load are dropped.
 */
export async function recoverPending(
  library: ProjectLibrary,
  read: (id: string) => Promise<{ readonly stamp?: string } | undefined>,
  copy: (project: Project) => Project,
  store: Storage | null = storage(),
): Promise<Recovered[]> {
  if (!store) return [];
  const keys: string[] = [];
  for (let k = 0; k < store.length; k++) {
    const key = store.key(k);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  const recovered: Recovered[] = [];
  for (const key of keys) {
    const id = key.slice(PREFIX.length);
    try {
      const snapshot = JSON.parse(store.getItem(key) ?? 'null') as Snapshot | null;
      const loaded = snapshot ? loadProject(snapshot.json) : null;
      // A snapshot that does not load, or whose last write finished, is dropped.
      if (snapshot && loaded?.ok && loaded.project.id === asProjectId(id)) {
        const row = await read(id);
        if (row?.stamp !== snapshot.stamp) {
          const untouched = !row || (row.stamp ?? null) === snapshot.base;
          const project = untouched ? loaded.project : copy(loaded.project);
          await library.save(project);
          recovered.push({ project, asCopy: !untouched, from: loaded.project.name });
        }
      }
    } catch {
      // Kept for the next start: the library may be blocked now.
      continue;
    }
    store.removeItem(key);
  }
  return recovered;
}
