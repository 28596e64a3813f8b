import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Contact, ContactId, ListId, Project } from '../../engine/model/index.ts';
import type { SandboxDb, SandboxRow } from '../persistence/sandbox-db.ts';
import * as repo from '../persistence/sandbox-repo.ts';
import type { SandboxWorker } from './worker-client.ts';
import { contactsChanged } from './revisions.ts';

const ACTIVE_KEY = 'flowbench.sandbox';

/** A long operation in progress: a translation key and its values. */
export interface Busy {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

/**
 * The sandboxes and the active one's contacts, mirrored in memory for the table. Every action
 * writes to IndexedDB first and updates memory only once the write is committed.
 */
export interface SandboxState {
  readonly open: boolean;
  readonly ready: boolean;
  readonly sandboxes: readonly SandboxRow[];
  readonly activeId: string | null;
  readonly contacts: readonly Contact[];
  readonly busy: Busy | null;
  /** Parses CSV files and generates leads off the main thread. */
  readonly worker: SandboxWorker;
  /** "Include contacts" in the project export: the active sandbox's contacts go into the file. */
  readonly includeContacts: boolean;
  setIncludeContacts(include: boolean): void;
  setOpen(open: boolean): void;
  init(defaultName: string): Promise<void>;
  select(id: string): Promise<void>;
  create(name: string, contacts?: readonly Contact[]): Promise<string>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string, fallbackName: string): Promise<void>;
  generate(project: Project, n: number, seed: number, replace: boolean): Promise<number>;
  write(contacts: readonly Contact[], replace: boolean, signal?: AbortSignal): Promise<void>;
  saveContact(contact: Contact): Promise<void>;
  deleteContacts(ids: readonly ContactId[]): Promise<void>;
  setMembership(ids: readonly ContactId[], list: ListId, member: boolean): Promise<void>;
  deleteListMembers(list: ListId): Promise<number>;
}

export type SandboxStore = StoreApi<SandboxState>;

function remember(id: string | null): void {
  try {
    if (id) globalThis.localStorage?.setItem(ACTIVE_KEY, id);
  } catch {
    // Not remembering the active sandbox is harmless.
  }
}
function remembered(): string | null {
  try {
    return globalThis.localStorage?.getItem(ACTIVE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function createSandboxStore(db: SandboxDb, worker: SandboxWorker): SandboxStore {
  return createStore<SandboxState>()((set, get) => {
    const active = () => {
      const id = get().activeId;
      if (!id) throw new Error('No active sandbox');
      return id;
    };
    const refreshList = async () => set({ sandboxes: await repo.listSandboxes(db) });
    const withBusy = async <T>(busy: Busy, run: () => Promise<T>): Promise<T> => {
      set({ busy });
      try {
        return await run();
      } finally {
        set({ busy: null });
      }
    };

    return {
      open: false,
      ready: false,
      sandboxes: [],
      activeId: null,
      contacts: [],
      busy: null,
      worker,
      includeContacts: false,
      setIncludeContacts: (includeContacts) => set({ includeContacts }),
      setOpen: (open) => set({ open }),
      async init(defaultName) {
        if (get().ready) return;
        let sandboxes = await repo.listSandboxes(db);
        if (sandboxes.length === 0) {
          await repo.createSandbox(db, defaultName);
          sandboxes = await repo.listSandboxes(db);
        }
        const wanted = remembered();
        const id = sandboxes.find((s) => s.id === wanted)?.id ?? sandboxes[0]!.id;
        set({ sandboxes, ready: true });
        await get().select(id);
      },
      async select(id) {
        set({ activeId: id, contacts: [] });
        remember(id);
        const contacts = await withBusy({ key: 'sandbox.loading' }, () => repo.loadContacts(db, id));
        if (get().activeId === id) set({ contacts });
      },
      async create(name, contacts = []) {
        const row = await repo.createSandbox(db, name);
        if (contacts.length > 0) await repo.writeContacts(db, row.id, contacts);
        await refreshList();
        await get().select(row.id);
        return row.id;
      },
      async rename(id, name) {
        await repo.renameSandbox(db, id, name);
        await refreshList();
      },
      async remove(id, fallbackName) {
        await repo.deleteSandbox(db, id);
        contactsChanged(id);
        if (get().activeId === id) set({ activeId: null, contacts: [] });
        await refreshList();
        if (get().sandboxes.length === 0) await repo.createSandbox(db, fallbackName);
        await refreshList();
        if (!get().activeId) await get().select(get().sandboxes[0]!.id);
      },
      async generate(project, n, seed, replace) {
        return withBusy({ key: 'sandbox.generating', values: { n } }, async () => {
          const generated = await worker.generate(project, n, seed);
          // Generated ids restart at c-1: when adding, give them the seed so a second batch does not overwrite the first.
          const contacts = replace ? generated : generated.map((c) => ({ ...c, id: `${c.id}-s${seed}` as ContactId }));
          await get().write(contacts, replace);
          return contacts.length;
        });
      },
      async write(contacts, replace, signal) {
        const id = active();
        await repo.writeContacts(db, id, contacts, { replace, signal });
        contactsChanged(id);
        if (replace) set({ contacts: [...contacts] });
        else {
          const incoming = new Map(contacts.map((c) => [c.id, c]));
          const kept = get().contacts.map((c) => incoming.get(c.id) ?? c);
          const known = new Set(kept.map((c) => c.id));
          set({ contacts: [...kept, ...contacts.filter((c) => !known.has(c.id))] });
        }
        await refreshList();
      },
      async saveContact(contact) {
        await repo.saveContact(db, active(), contact);
        contactsChanged(active());
        const contacts = get().contacts;
        const at = contacts.findIndex((c) => c.id === contact.id);
        set({ contacts: at < 0 ? [...contacts, contact] : contacts.map((c, i) => (i === at ? contact : c)) });
        await refreshList();
      },
      async deleteContacts(ids) {
        await repo.deleteContacts(db, active(), ids);
        contactsChanged(active());
        const gone = new Set<string>(ids);
        set({ contacts: get().contacts.filter((c) => !gone.has(c.id)) });
        await refreshList();
      },
      async setMembership(ids, list, member) {
        await repo.setListMembership(db, active(), ids, list, member);
        contactsChanged(active());
        const touched = new Set<string>(ids);
        set({
          contacts: get().contacts.map((c) => {
            if (!touched.has(c.id) || c.lists.includes(list) === member) return c;
            return { ...c, lists: member ? [...c.lists, list] : c.lists.filter((l) => l !== list) };
          }),
        });
      },
      async deleteListMembers(list) {
        const count = await repo.deleteListMembers(db, active(), list);
        contactsChanged(active());
        set({ contacts: get().contacts.filter((c) => !c.lists.includes(list)) });
        await refreshList();
        return count;
      },
    };
  });
}
