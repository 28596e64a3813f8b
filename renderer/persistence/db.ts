import Dexie, { type EntityTable } from 'dexie';

/** The autosaved copy of a project: the engine's file text, so restore goes through loadProject. */
export interface StoredProject {
  readonly id: string;
  readonly name: string;
  readonly json: string;
  readonly savedAt: number;
  /** How many workflows, for the Projects list (not indexed: rows written before it lack it). */
  readonly workflows?: number;
  /**
   * A new random value at every write (library.ts): a window that writes a project checks that the
   * stored copy is still the one it last read or wrote, so it never overwrites another window's
   * work. Rows written before it lack it.
   */
  readonly stamp?: string;
}

export interface MetaEntry {
  readonly key: string;
  readonly value: string;
}

export type FlowbenchDb = Dexie & {
  projects: EntityTable<StoredProject, 'id'>;
  meta: EntityTable<MetaEntry, 'key'>;
};

export const DB_NAME = 'flowbench';

/**
 * Every schema version, oldest first. Add a version, never edit one: Dexie upgrades the
 * browser's copy step by step. The sandboxes are another database (sandbox-db.ts),
 * with versions of its own.
 */
export function openDb(name: string = DB_NAME): FlowbenchDb {
  const db = new Dexie(name) as FlowbenchDb;
  db.version(1).stores({
    projects: 'id, savedAt',
    meta: 'key',
  });
  return db;
}
