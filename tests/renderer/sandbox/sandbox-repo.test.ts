// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { asContactId, asEmailId, asListId, asPersonaId, type Contact } from '../../../engine/model/index.ts';
import { declareVersions, openSandboxDb, type SandboxDb } from '../../../renderer/persistence/sandbox-db.ts';
import {
  createSandbox,
  deleteContacts,
  deleteListMembers,
  deleteSandbox,
  listSandboxes,
  loadContacts,
  saveContact,
  setListMembership,
  writeContacts,
} from '../../../renderer/persistence/sandbox-repo.ts';

const newsletter = asListId('newsletter');
const cleanup = asListId('to-delete');

function contact(n: number, extra: Partial<Contact> = {}): Contact {
  return {
    id: asContactId(`c-${n}`),
    properties: { email: `lead${n}@example.com`, hubspotscore: n },
    lists: n % 3 === 0 ? [cleanup] : n % 2 === 0 ? [newsletter] : [],
    events: n % 5 === 0 ? [{ kind: 'email', event: 'opened', email: asEmailId('welcome'), at: 1000 + n }] : [],
    persona: n % 2 === 0 ? asPersonaId('engaged') : null,
    ...extra,
  };
}
const many = (n: number, from = 1) => Array.from({ length: n }, (_, i) => contact(from + i));

let counter = 0;
const opened: Dexie[] = [];
function freshDb(): SandboxDb {
  const db = openSandboxDb(`sandbox-test-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('sandbox repositories', () => {
  it('stores contacts with their lists, events and persona, and reads them back in order', async () => {
    const db = freshDb();
    const sandbox = await createSandbox(db, 'Démo');
    const contacts = many(12);
    await writeContacts(db, sandbox.id, contacts);
    expect(await loadContacts(db, sandbox.id)).toEqual(contacts);
    expect((await listSandboxes(db))[0]).toMatchObject({ name: 'Démo', count: 12 });
  });

  it('keeps the order of thousands of contacts spread over buckets, also when adding more', async () => {
    const db = freshDb();
    const { id } = await createSandbox(db, 'S');
    const first = many(3000).reverse();
    const second = many(1000, 5000);
    await writeContacts(db, id, first);
    await writeContacts(db, id, [...second, contact(1500, { properties: { email: 'moved@example.com' } })]);
    const loaded = await loadContacts(db, id);
    expect(loaded.map((c) => c.id)).toEqual([...first, ...second].map((c) => c.id));
    expect(loaded.find((c) => c.id === 'c-1500')!.properties.email).toBe('moved@example.com');
    expect((await listSandboxes(db))[0]!.count).toBe(4000);
  });

  it('keeps sandboxes apart', async () => {
    const db = freshDb();
    const a = await createSandbox(db, 'A');
    const b = await createSandbox(db, 'B');
    await writeContacts(db, a.id, many(3));
    await writeContacts(db, b.id, many(2, 100));
    await deleteSandbox(db, a.id);
    expect((await listSandboxes(db)).map((s) => s.name)).toEqual(['B']);
    expect(await loadContacts(db, a.id)).toEqual([]);
    expect((await loadContacts(db, b.id)).map((c) => c.id)).toEqual(['c-100', 'c-101']);
    expect(await db.memberships.count()).toBe(1);
  });

  it('adds contacts after the existing ones and updates a contact imported again', async () => {
    const db = freshDb();
    const { id } = await createSandbox(db, 'S');
    await writeContacts(db, id, many(4));
    const updated = contact(2, { lists: [cleanup], properties: { email: 'new@example.com' } });
    await writeContacts(db, id, [updated, contact(9)]);
    const loaded = await loadContacts(db, id);
    expect(loaded.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-3', 'c-4', 'c-9']);
    expect(loaded[1]).toEqual(updated);
    expect((await listSandboxes(db))[0]!.count).toBe(5);
  });

  it('replaces every contact when asked to', async () => {
    const db = freshDb();
    const { id } = await createSandbox(db, 'S');
    await writeContacts(db, id, many(6));
    await writeContacts(db, id, many(2, 50), { replace: true });
    expect((await loadContacts(db, id)).map((c) => c.id)).toEqual(['c-50', 'c-51']);
    expect(await db.memberships.count()).toBe(2);
  });

  it('leaves the sandbox as it was when a write is cancelled half-way', async () => {
    const db = freshDb();
    const { id } = await createSandbox(db, 'S');
    const before = many(3);
    await writeContacts(db, id, before);
    const controller = new AbortController();
    const write = writeContacts(db, id, many(12_000, 1000), { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(write).rejects.toThrow();
    expect(await loadContacts(db, id)).toEqual(before);
    expect((await listSandboxes(db))[0]!.count).toBe(3);
  });

  it('leaves the sandbox as it was when a write fails on a bad record', async () => {
    const db = freshDb();
    const { id } = await createSandbox(db, 'S');
    await writeContacts(db, id, many(2));
    const broken = [...many(6000, 10), { ...contact(9999), id: undefined as never }];
    await expect(writeContacts(db, id, broken, { replace: true })).rejects.toThrow();
    expect((await loadContacts(db, id)).map((c) => c.id)).toEqual(['c-1', 'c-2']);
  });

  it('saves an edited contact in place and deletes contacts with their lists and history', async () => {
    const db = freshDb();
    const { id } = await createSandbox(db, 'S');
    await writeContacts(db, id, many(5));
    await saveContact(db, id, contact(2, { properties: { email: 'edited@example.com' }, lists: [] }));
    await saveContact(db, id, contact(77));
    await deleteContacts(db, id, [asContactId('c-5'), asContactId('c-3')]);
    const loaded = await loadContacts(db, id);
    expect(loaded.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-4', 'c-77']);
    expect(loaded[1]!.properties).toEqual({ email: 'edited@example.com' });
    expect(loaded[1]!.lists).toEqual([]);
    expect(await db.histories.count()).toBe(0);
  });

  it('adds to and removes from a static list, then deletes every member of a list', async () => {
    const db = freshDb();
    const { id } = await createSandbox(db, 'S');
    await writeContacts(db, id, many(10));
    await setListMembership(db, id, [asContactId('c-1'), asContactId('c-2')], cleanup, true);
    await setListMembership(db, id, [asContactId('c-9')], cleanup, false);
    const members = (await loadContacts(db, id)).filter((c) => c.lists.includes(cleanup)).map((c) => c.id);
    expect(members).toEqual(['c-1', 'c-2', 'c-3', 'c-6']);
    expect(await deleteListMembers(db, id, cleanup)).toBe(4);
    const left = await loadContacts(db, id);
    expect(left.map((c) => c.id)).toEqual(['c-4', 'c-5', 'c-7', 'c-8', 'c-9', 'c-10']);
    expect(left.find((c) => c.id === 'c-4')!.lists).toEqual([newsletter]);
    expect((await listSandboxes(db))[0]!.count).toBe(6);
  });
});

describe('schema upgrades', () => {
  const opened1 = { kind: 'email', event: 'opened', email: 'welcome', at: 5 };
  const expected = [
    { id: 'a', properties: { email: 'a@example.com' }, lists: ['newsletter', 'to-delete'], events: [opened1], persona: null },
    { id: 'b', properties: { email: 'b@example.com' }, lists: [], events: [], persona: 'cold' },
  ];
  const sandboxRow = { id: 'sb', name: 'Ancienne', createdAt: 1, updatedAt: 1, count: 2, nextSeq: 2 };

  async function upgraded(name: string): Promise<SandboxDb> {
    const db = openSandboxDb(name);
    opened.push(db);
    await db.open();
    return db;
  }

  it('carries v1 contacts (lists and events inline) to v3 buckets, through v2', async () => {
    const name = `sandbox-upgrade-${++counter}`;
    const v1 = new Dexie(name);
    declareVersions(v1, 1);
    await v1.table('sandboxes').put(sandboxRow);
    await v1.table('contacts').bulkPut([
      { sandbox: 'sb', id: 'b', seq: 1, properties: { email: 'b@example.com' }, persona: 'cold', lists: [], events: [] },
      { sandbox: 'sb', id: 'a', seq: 0, properties: { email: 'a@example.com' }, persona: null, lists: ['newsletter', 'to-delete'], events: [opened1] },
    ]);
    v1.close();

    const db = await upgraded(name);
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['buckets', 'histories', 'memberships', 'sandboxes']);
    expect(await db.memberships.count()).toBe(2);
    expect(await db.histories.count()).toBe(1);
    expect(await loadContacts(db, 'sb')).toEqual(expected);
  });

  it('carries v2 contacts (one row each) into v3 buckets, keeping their order', async () => {
    const name = `sandbox-upgrade-${++counter}`;
    const v2 = new Dexie(name);
    declareVersions(v2, 2);
    await v2.table('sandboxes').put(sandboxRow);
    const many = Array.from({ length: 600 }, (_, i) => ({ sandbox: 'sb', id: `c-${i}`, seq: 599 - i, properties: { email: `c${i}@example.com` }, persona: null }));
    await v2.table('contacts').bulkPut([...many, { sandbox: 'other', id: 'x', seq: 0, properties: {}, persona: null }]);
    await v2.table('memberships').put({ sandbox: 'sb', list: 'newsletter', contact: 'c-7' });
    v2.close();

    const db = await upgraded(name);
    const loaded = await loadContacts(db, 'sb');
    expect(loaded.map((c) => c.id)).toEqual(many.map((c) => c.id).reverse());
    expect(loaded.find((c) => c.id === 'c-7')!.lists).toEqual(['newsletter']);
    expect((await loadContacts(db, 'other')).map((c) => c.id)).toEqual(['x']);
    expect(await db.buckets.count()).toBeGreaterThan(100);
  });
});
