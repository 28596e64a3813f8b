import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { openSandboxDb } from '../persistence/sandbox-db.ts';
import { createSandboxStore, type SandboxState, type SandboxStore } from './store.ts';
import { SandboxWorker } from './worker-client.ts';

let appStore: SandboxStore | null = null;

/** The app's one sandbox store (its own IndexedDB database and worker), made on first use. */
export function appSandboxStore(): SandboxStore {
  appStore ??= createSandboxStore(openSandboxDb(), new SandboxWorker());
  return appStore;
}

const SandboxContext = createContext<SandboxStore | null>(null);

/** Tests pass their own store; the app uses `appSandboxStore()`. */
export function SandboxProvider({ store, children }: { store: SandboxStore; children: ReactNode }) {
  return <SandboxContext.Provider value={store}>{children}</SandboxContext.Provider>;
}

export function useSandboxStore(): SandboxStore {
  return useContext(SandboxContext) ?? appSandboxStore();
}

export function useSandbox<T>(selector: (state: SandboxState) => T): T {
  return useStore(useSandboxStore(), selector);
}
