import { contactsToCsv } from '../../engine/csv/index.ts';
import { allProperties, type Contact } from '../../engine/model/index.ts';
import type { DocumentStore } from '../stores/document.ts';
import type { SandboxStore } from './store.ts';

/**
 * `window.__flowbenchTest.sandbox`: the hook the end-to-end tests and `npm run bench` use to
 * drive the sandbox without clicking (documented in renderer/sandbox/CONTEXT.md). It only
 * calls the same store actions the UI calls.
 */
export interface SandboxTestHook {
  open(): Promise<void>;
  /** Generates and stores n contacts (replacing the sandbox); resolves with the count. */
  generate(n: number, seed: number): Promise<number>;
  /** Decodes, maps automatically, parses in the worker and stores the valid rows (replacing). */
  importCsv(bytes: Uint8Array): Promise<{ valid: number; errors: number }>;
  exportCsv(): string;
  count(): number;
  contacts(): readonly Contact[];
}

declare global {
  interface Window {
    __flowbenchTest?: { sandbox?: SandboxTestHook };
  }
}

export function installTestHook(store: SandboxStore, document: DocumentStore): () => void {
  const hook: SandboxTestHook = {
    async open() {
      store.getState().setOpen(true);
      await store.getState().init('Sandbox 1');
      while (!store.getState().activeId) await new Promise((r) => setTimeout(r, 10));
    },
    async generate(n, seed) {
      await hook.open();
      return store.getState().generate(document.getState().project, n, seed, true);
    },
    async importCsv(bytes) {
      await hook.open();
      const project = document.getState().project;
      const { worker } = store.getState();
      const header = await worker.read(bytes, project.properties);
      if ('fatal' in header) return { valid: 0, errors: 1 };
      const result = await worker.parse(header.mapping, { custom: project.properties, lists: project.lists, personas: project.personas });
      await store.getState().write(result.contacts, true);
      return { valid: result.contacts.length, errors: result.errors.length };
    },
    exportCsv() {
      const project = document.getState().project;
      return contactsToCsv(store.getState().contacts, allProperties(project.properties), { lists: project.lists, personas: project.personas });
    },
    count: () => store.getState().contacts.length,
    contacts: () => store.getState().contacts,
  };
  window.__flowbenchTest = { ...window.__flowbenchTest, sandbox: hook };
  return () => {
    if (window.__flowbenchTest?.sandbox === hook) delete window.__flowbenchTest.sandbox;
  };
}

