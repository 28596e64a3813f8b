import type { Contact, ContactId, ListId } from '../../engine/model/index.ts';
import { bucketOf, BUCKETS, type BucketRow, type HistoryRow, type MembershipRow, type SandboxDb, type SandboxRow } from './sandbox-db.ts';
import { contactBuilder, contactToRows, SeqOrder } from './sandbox-rows.ts';

/**
 * Sandbox repositories. Every write runs in one transaction: an import or a generation that
 * fails or is cancelled leaves the sandbox exactly as it was.
 */
const BUCKETS_PER_STEP = 32;
/** About 6,000 contacts of 100,000: a read that stays well under a 50 ms task. */
const BUCKETS_PER_READ = 16;
const ROWS_PER_STEP = 10_000;
/** Ids are strings: '' and U+FFFF bound them (Dexie.maxKey is not a valid key everywhere). */
const LOW = '';
const HIGH = '\uffff';

const bucketsOf = (db: SandboxDb, sandbox: string, from = 0, to = BUCKETS) => db.buckets.where('[sandbox+bucket]').between([sandbox, from], [sandbox, to], true, false);
const membershipsOf = (db: SandboxDb, sandbox: string) => db.memberships.where('[sandbox+list+contact]').between([sandbox, LOW, LOW], [sandbox, HIGH, HIGH], true, true);
const historiesOf = (db: SandboxDb, sandbox: string) => db.histories.where('[sandbox+contact]').between([sandbox, LOW], [sandbox, HIGH], true, true);
const allTables = (db: SandboxDb) => [db.sandboxes, db.buckets, db.memberships, db.histories];

export class SandboxMissingError extends Error {}

async function sandboxRow(db: SandboxDb, id: string): Promise<SandboxRow> {
  const row = await db.sandboxes.get(id);
  if (!row) throw new SandboxMissingError(`No sandbox ${id}`);
  return row;
}

const touch = (db: SandboxDb, row: SandboxRow, count: number, nextSeq = row.nextSeq) => db.sandboxes.put({ ...row, count, nextSeq, updatedAt: Date.now() });

function groupByBucket<T>(items: readonly T[], idOf: (item: T) => string): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const bucket = bucketOf(idOf(item));
    const group = groups.get(bucket);
    if (group) group.push(item);
    else groups.set(bucket, [item]);
  }
  return groups;
}

async function inSteps<T>(items: readonly T[], size: number, write: (slice: T[]) => Promise<unknown>, signal?: AbortSignal): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    signal?.throwIfAborted();
    await write(items.slice(start, start + size));
  }
}

export async function listSandboxes(db: SandboxDb): Promise<SandboxRow[]> {
  return (await db.sandboxes.toArray()).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export async function createSandbox(db: SandboxDb, name: string): Promise<SandboxRow> {
  const now = Date.now();
  const row: SandboxRow = { id: `sb-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`, name, createdAt: now, updatedAt: now, count: 0, nextSeq: 0 };
  await db.sandboxes.add(row);
  return row;
}

export async function renameSandbox(db: SandboxDb, id: string, name: string): Promise<void> {
  await db.sandboxes.update(id, { name, updatedAt: Date.now() });
}

export async function deleteSandbox(db: SandboxDb, id: string): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    await Promise.all([bucketsOf(db, id).delete(), membershipsOf(db, id).delete(), historiesOf(db, id).delete()]);
    await db.sandboxes.delete(id);
  });
}

/**
 * Every contact of a sandbox, in table order. Buckets are read a few at a time with a pause
 * between, so opening 100,000 contacts never blocks the page for long.
 */
export async function loadContacts(db: SandboxDb, sandbox: string): Promise<Contact[]> {
  const row = await db.sandboxes.get(sandbox);
  const [memberships, histories] = await Promise.all([membershipsOf(db, sandbox).toArray(), historiesOf(db, sandbox).toArray()]);
  const toContact = contactBuilder(memberships, histories);
  const order = new SeqOrder(row?.nextSeq ?? 0);
  for (let from = 0; from < BUCKETS; from += BUCKETS_PER_READ) {
    const rows = await bucketsOf(db, sandbox, from, from + BUCKETS_PER_READ).toArray();
    for (const bucket of rows) for (const entry of bucket.contacts) order.add(entry.seq, toContact(entry));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return order.contacts();
}

export interface WriteOptions {
  /** Replace every contact of the sandbox (else add, updating contacts with the same id). */
  readonly replace?: boolean;
  /** Cancelling aborts the transaction: nothing is written. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (written: number) => void;
}

/** Stores many contacts at once, all or nothing; a contact imported again keeps its place. */
export async function writeContacts(db: SandboxDb, sandbox: string, contacts: readonly Contact[], options: WriteOptions = {}): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    const row = await sandboxRow(db, sandbox);
    const fresh = options.replace || row.count === 0;
    if (options.replace) await Promise.all([bucketsOf(db, sandbox).delete(), membershipsOf(db, sandbox).delete(), historiesOf(db, sandbox).delete()]);
    let seq = options.replace ? 0 : row.nextSeq;
    let count = options.replace ? 0 : row.count;
    const groups = groupByBucket(contacts, (c) => c.id);
    const keys = [...groups.keys()];
    const existing = fresh ? [] : await db.buckets.bulkGet(keys.map((b) => [sandbox, b] as [string, number]));
    if (!fresh) await forgetListsAndHistory(db, sandbox, contacts.map((c) => c.id));
    const memberships: MembershipRow[] = [];
    const histories: HistoryRow[] = [];
    // Table order is input order: seqs are given before contacts are spread over buckets.
    const seqOf = new Map<string, number>();
    for (const bucket of existing) for (const entry of bucket?.contacts ?? []) seqOf.set(entry.id, entry.seq);
    for (const contact of contacts) if (!seqOf.has(contact.id)) seqOf.set(contact.id, seq++);
    const buckets: BucketRow[] = keys.map((bucket, i) => {
      const entries = [...(existing[i]?.contacts ?? [])];
      const at = new Map(entries.map((e, j) => [e.id, j]));
      for (const contact of groups.get(bucket)!) {
        const place = at.get(contact.id);
        const parts = contactToRows(sandbox, contact, seqOf.get(contact.id)!);
        if (place === undefined) {
          at.set(contact.id, entries.length);
          entries.push(parts.entry);
          count++;
        } else entries[place] = parts.entry;
        for (const m of parts.memberships) memberships.push(m);
        if (parts.history) histories.push(parts.history);
      }
      return { sandbox, bucket, contacts: entries };
    });
    let written = 0;
    await inSteps(buckets, BUCKETS_PER_STEP, async (slice) => {
      await db.buckets.bulkPut(slice);
      written += slice.reduce((n, b) => n + b.contacts.length, 0);
      options.onProgress?.(Math.min(written, contacts.length));
    }, options.signal);
    await inSteps(memberships, ROWS_PER_STEP, (slice) => db.memberships.bulkPut(slice), options.signal);
    await inSteps(histories, ROWS_PER_STEP, (slice) => db.histories.bulkPut(slice), options.signal);
    options.signal?.throwIfAborted();
    await touch(db, row, count, seq);
  });
}

async function forgetListsAndHistory(db: SandboxDb, sandbox: string, ids: readonly string[]): Promise<void> {
  const keys = ids.map((id) => [sandbox, id] as [string, string]);
  await db.memberships.where('[sandbox+contact]').anyOf(keys).delete();
  await db.histories.bulkDelete(keys);
}

/** Saves one contact (an inline edit, a new contact), keeping its place in the table. */
export async function saveContact(db: SandboxDb, sandbox: string, contact: Contact): Promise<void> {
  await writeContacts(db, sandbox, [contact]);
}

export async function deleteContacts(db: SandboxDb, sandbox: string, ids: readonly ContactId[]): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    const row = await sandboxRow(db, sandbox);
    const groups = groupByBucket(ids, (id) => id);
    const keys = [...groups.keys()];
    const buckets = await db.buckets.bulkGet(keys.map((b) => [sandbox, b] as [string, number]));
    let removed = 0;
    const rewritten = buckets.flatMap((bucket, i) => {
      if (!bucket) return [];
      const gone = new Set<string>(groups.get(keys[i]!));
      const contacts = bucket.contacts.filter((c) => !gone.has(c.id));
      removed += bucket.contacts.length - contacts.length;
      return [{ ...bucket, contacts }];
    });
    await db.buckets.bulkPut(rewritten);
    await forgetListsAndHistory(db, sandbox, ids);
    await touch(db, row, row.count - removed);
  });
}

/** Adds the contacts to a static list, or removes them from it. */
export async function setListMembership(db: SandboxDb, sandbox: string, ids: readonly ContactId[], list: ListId, member: boolean): Promise<void> {
  await db.transaction('rw', [db.memberships], async () => {
    if (member) await db.memberships.bulkPut(ids.map((contact) => ({ sandbox, list, contact })));
    else await db.memberships.bulkDelete(ids.map((contact) => [sandbox, list, contact] as [string, string, string]));
  });
}

/** The members of a static list. */
export async function listMembers(db: SandboxDb, sandbox: string, list: ListId): Promise<ContactId[]> {
  const rows = await db.memberships.where('[sandbox+list+contact]').between([sandbox, list, LOW], [sandbox, list, HIGH], true, true).toArray();
  return rows.map((r) => r.contact as ContactId);
}

/** The seed's manual cleanup step: deletes every contact in the list; returns how many. */
export async function deleteListMembers(db: SandboxDb, sandbox: string, list: ListId): Promise<number> {
  return db.transaction('rw', allTables(db), async () => {
    const members = await listMembers(db, sandbox, list);
    await deleteContacts(db, sandbox, members);
    return members.length;
  });
}
