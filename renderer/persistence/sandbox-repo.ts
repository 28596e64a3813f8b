import type { Contact, ContactId, ListId } from '../../engine/model/index.ts';
import type { HistoryRow, MembershipRow, SandboxDb, SandboxRow } from './sandbox-db.ts';
import { contactToRows, rowsToContacts } from './sandbox-rows.ts';

/**
 * Sandbox repositories. Every write runs in one transaction: an import or a generation that
 * fails or is cancelled leaves the sandbox exactly as it was.
 */
const CHUNK = 5000;

/** Ids are strings: '' and U+FFFF bound them (Dexie.maxKey is not a valid key everywhere). */
const LOW = '';
const HIGH = '\uffff';
const ofSandbox = (sandbox: string) => [
  [sandbox, LOW],
  [sandbox, HIGH],
] as const;

function contactsOf(db: SandboxDb, sandbox: string) {
  const [low, high] = ofSandbox(sandbox);
  return db.contacts.where('[sandbox+id]').between(low, high, true, true);
}
function membershipsOf(db: SandboxDb, sandbox: string) {
  return db.memberships.where('[sandbox+list+contact]').between([sandbox, LOW, LOW], [sandbox, HIGH, HIGH], true, true);
}
function historiesOf(db: SandboxDb, sandbox: string) {
  const [low, high] = ofSandbox(sandbox);
  return db.histories.where('[sandbox+contact]').between(low, high, true, true);
}

export class SandboxMissingError extends Error {}

async function sandboxRow(db: SandboxDb, id: string): Promise<SandboxRow> {
  const row = await db.sandboxes.get(id);
  if (!row) throw new SandboxMissingError(`No sandbox ${id}`);
  return row;
}

async function touch(db: SandboxDb, row: SandboxRow, changes: Partial<SandboxRow> = {}): Promise<void> {
  const count = await contactsOf(db, row.id).count();
  await db.sandboxes.put({ ...row, ...changes, count, updatedAt: Date.now() });
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
  await db.transaction('rw', [db.sandboxes, db.contacts, db.memberships, db.histories], async () => {
    await Promise.all([contactsOf(db, id).delete(), membershipsOf(db, id).delete(), historiesOf(db, id).delete()]);
    await db.sandboxes.delete(id);
  });
}

export async function loadContacts(db: SandboxDb, sandbox: string): Promise<Contact[]> {
  return db.transaction('r', [db.contacts, db.memberships, db.histories], async () => {
    const [rows, memberships, histories] = await Promise.all([
      contactsOf(db, sandbox).toArray(),
      membershipsOf(db, sandbox).toArray(),
      historiesOf(db, sandbox).toArray(),
    ]);
    return rowsToContacts(rows, memberships, histories);
  });
}

export interface WriteOptions {
  /** Replace every contact of the sandbox (else add, updating contacts with the same id). */
  readonly replace?: boolean;
  /** Cancelling aborts the transaction: nothing is written. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (written: number) => void;
}

/** Stores many contacts at once, all or nothing, in chunks so 100,000 fit in a few seconds. */
export async function writeContacts(db: SandboxDb, sandbox: string, contacts: readonly Contact[], options: WriteOptions = {}): Promise<void> {
  await db.transaction('rw', [db.sandboxes, db.contacts, db.memberships, db.histories], async () => {
    const row = await sandboxRow(db, sandbox);
    const fresh = options.replace || row.count === 0;
    if (options.replace) await Promise.all([contactsOf(db, sandbox).delete(), membershipsOf(db, sandbox).delete(), historiesOf(db, sandbox).delete()]);
    let seq = options.replace ? 0 : row.nextSeq;
    for (let start = 0; start < contacts.length; start += CHUNK) {
      options.signal?.throwIfAborted();
      const slice = contacts.slice(start, start + CHUNK);
      const ids = slice.map((c) => c.id as string);
      // A contact imported again keeps its place in the table.
      const kept = fresh ? [] : await db.contacts.bulkGet(ids.map((id) => [sandbox, id] as [string, string]));
      if (!fresh) await forgetListsAndHistory(db, sandbox, ids);
      const memberships: MembershipRow[] = [];
      const histories: HistoryRow[] = [];
      const rows = slice.map((contact, i) => {
        const parts = contactToRows(sandbox, contact, kept[i]?.seq ?? seq++);
        memberships.push(...parts.memberships);
        if (parts.history) histories.push(parts.history);
        return parts.row;
      });
      await db.contacts.bulkPut(rows);
      if (memberships.length > 0) await db.memberships.bulkPut(memberships);
      if (histories.length > 0) await db.histories.bulkPut(histories);
      options.onProgress?.(start + slice.length);
    }
    options.signal?.throwIfAborted();
    await touch(db, row, { nextSeq: seq });
  });
}

async function forgetListsAndHistory(db: SandboxDb, sandbox: string, ids: readonly string[]): Promise<void> {
  const keys = ids.map((id) => [sandbox, id]);
  await db.memberships.where('[sandbox+contact]').anyOf(keys).delete();
  await db.histories.bulkDelete(keys as [string, string][]);
}

/** Saves one contact (an inline edit, a new contact), keeping its place in the table. */
export async function saveContact(db: SandboxDb, sandbox: string, contact: Contact): Promise<void> {
  await db.transaction('rw', [db.sandboxes, db.contacts, db.memberships, db.histories], async () => {
    const row = await sandboxRow(db, sandbox);
    const existing = await db.contacts.get([sandbox, contact.id]);
    const seq = existing?.seq ?? row.nextSeq;
    await forgetListsAndHistory(db, sandbox, [contact.id]);
    const parts = contactToRows(sandbox, contact, seq);
    await db.contacts.put(parts.row);
    await db.memberships.bulkPut(parts.memberships);
    if (parts.history) await db.histories.put(parts.history);
    await touch(db, row, { nextSeq: existing ? row.nextSeq : seq + 1 });
  });
}

export async function deleteContacts(db: SandboxDb, sandbox: string, ids: readonly ContactId[]): Promise<void> {
  await db.transaction('rw', [db.sandboxes, db.contacts, db.memberships, db.histories], async () => {
    const row = await sandboxRow(db, sandbox);
    await forgetListsAndHistory(db, sandbox, ids);
    await db.contacts.bulkDelete(ids.map((id) => [sandbox, id] as [string, string]));
    await touch(db, row);
  });
}

/** Adds the contacts to a static list, or removes them from it. */
export async function setListMembership(db: SandboxDb, sandbox: string, ids: readonly ContactId[], list: ListId, member: boolean): Promise<void> {
  const keys = ids.map((contact) => [sandbox, list, contact] as [string, string, string]);
  await db.transaction('rw', [db.memberships], async () => {
    if (member) await db.memberships.bulkPut(ids.map((contact) => ({ sandbox, list, contact })));
    else await db.memberships.bulkDelete(keys);
  });
}

/** The members of a static list. */
export async function listMembers(db: SandboxDb, sandbox: string, list: ListId): Promise<ContactId[]> {
  const rows = await db.memberships.where('[sandbox+list+contact]').between([sandbox, list, LOW], [sandbox, list, HIGH], true, true).toArray();
  return rows.map((r) => r.contact as ContactId);
}

/** The seed's manual cleanup step: deletes every contact in the list; returns how many. */
export async function deleteListMembers(db: SandboxDb, sandbox: string, list: ListId): Promise<number> {
  return db.transaction('rw', [db.sandboxes, db.contacts, db.memberships, db.histories], async () => {
    const members = await listMembers(db, sandbox, list);
    await deleteContacts(db, sandbox, members);
    return members.length;
  });
}
