import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { ContactEvent, PropertyValue } from '../../engine/model/index.ts';

/**
 * The contact sandboxes, in their own IndexedDB database (`flowbench-sandbox`) so they evolve
 * apart from the project autosave. Every schema version stays declared here, oldest first,
 * with the upgrade that carries data forward.
 */
export const SANDBOX_DB_NAME = 'flowbench-sandbox';

export interface SandboxRow {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Contacts stored, kept with every write so the picker never counts 100,000 rows. */
  readonly count: number;
  /** The `seq` the next added contact gets. */
  readonly nextSeq: number;
}

/** A contact without its lists and history (they live in their own tables since v2). */
export interface ContactRow {
  readonly sandbox: string;
  readonly id: string;
  /** Insertion order, so the table shows contacts as they were generated or imported. */
  readonly seq: number;
  readonly properties: Readonly<Record<string, PropertyValue>>;
  readonly persona: string | null;
}

export interface MembershipRow {
  readonly sandbox: string;
  readonly list: string;
  readonly contact: string;
}

/** Only contacts with at least one event have a history row. */
export interface HistoryRow {
  readonly sandbox: string;
  readonly contact: string;
  readonly events: readonly ContactEvent[];
}

/** v1 stored lists and events inline on the contact. */
export interface ContactRowV1 extends ContactRow {
  readonly lists?: readonly string[];
  readonly events?: readonly ContactEvent[];
}

/** A contact inside a bucket: the bucket knows the sandbox. */
export type BucketEntry = Omit<ContactRow, 'sandbox'>;

/**
 * v3 stores contacts in a fixed number of buckets per sandbox (by a hash of the id): 100,000
 * contacts are 256 IndexedDB records instead of 100,000, which is what makes storing them take
 * a second rather than eight; editing one contact rewrites one bucket of a few hundred.
 */
export interface BucketRow {
  readonly sandbox: string;
  readonly bucket: number;
  readonly contacts: readonly BucketEntry[];
}

export const BUCKETS = 256;

export type SandboxDb = Dexie & {
  sandboxes: EntityTable<SandboxRow, 'id'>;
  buckets: Table<BucketRow, [string, number]>;
  memberships: Table<MembershipRow, [string, string, string]>;
  histories: Table<HistoryRow, [string, string]>;
};

/** FNV-1a of the id: which bucket a contact lives in. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKETS;
}

export const SCHEMA_V1 = {
  sandboxes: 'id, name',
  contacts: '[sandbox+id], sandbox',
};

/** v2: memberships and histories in their own tables, so list operations touch only small rows. */
export const SCHEMA_V2 = {
  sandboxes: 'id, name',
  contacts: '[sandbox+id]',
  memberships: '[sandbox+list+contact], [sandbox+contact]',
  histories: '[sandbox+contact]',
};

async function splitMembershipsAndHistories(tx: Transaction): Promise<void> {
  const memberships: MembershipRow[] = [];
  const histories: HistoryRow[] = [];
  await tx
    .table<ContactRowV1>('contacts')
    .toCollection()
    .modify((row: { -readonly [K in keyof ContactRowV1]: ContactRowV1[K] }) => {
      for (const list of row.lists ?? []) memberships.push({ sandbox: row.sandbox, list, contact: row.id });
      if (row.events && row.events.length > 0) histories.push({ sandbox: row.sandbox, contact: row.id, events: row.events });
      delete row.lists;
      delete row.events;
    });
  await tx.table('memberships').bulkPut(memberships);
  await tx.table('histories').bulkPut(histories);
}

/** v3: contacts move into buckets; the one-row-per-contact table goes. */
export const SCHEMA_V3 = {
  sandboxes: 'id, name',
  contacts: null,
  buckets: '[sandbox+bucket]',
  memberships: '[sandbox+list+contact], [sandbox+contact]',
  histories: '[sandbox+contact]',
};

async function moveContactsIntoBuckets(tx: Transaction): Promise<void> {
  const buckets = new Map<string, BucketEntry[]>();
  await tx
    .table<ContactRow>('contacts')
    .toCollection()
    .each(({ sandbox, ...entry }) => {
      const key = `${sandbox}\u0000${bucketOf(entry.id)}`;
      const list = buckets.get(key);
      if (list) list.push(entry);
      else buckets.set(key, [entry]);
    });
  const rows: BucketRow[] = [...buckets].map(([key, contacts]) => {
    const [sandbox, bucket] = key.split('\u0000');
    return { sandbox: sandbox!, bucket: Number(bucket), contacts };
  });
  await tx.table('buckets').bulkPut(rows);
}

/** Declares every version; `upTo` exists so a test can create an old database and upgrade it. */
export function declareVersions(db: Dexie, upTo = 3): void {
  db.version(1).stores(SCHEMA_V1);
  if (upTo >= 2) db.version(2).stores(SCHEMA_V2).upgrade(splitMembershipsAndHistories);
  if (upTo >= 3) db.version(3).stores(SCHEMA_V3).upgrade(moveContactsIntoBuckets);
}

export function openSandboxDb(name = SANDBOX_DB_NAME): SandboxDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as SandboxDb;
  declareVersions(db);
  return db;
}
