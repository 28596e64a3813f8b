import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { browserWorker, inPageWorker } from '../study/pool.ts';
import { createCompareStore, type CompareState, type CompareStore } from './store.ts';

let appStore: CompareStore | null = null;

/** The app's comparison store (the study workers, or their code in the page where there are none). */
export function appCompareStore(): CompareStore {
  appStore ??= createCompareStore(typeof Worker === 'undefined' ? inPageWorker(() => Promise.reject(new Error('No sandbox storage here'))) : browserWorker);
  return appStore;
}

const CompareContext = createContext<CompareStore | null>(null);

export function CompareProvider({ store, children }: { store: CompareStore; children: ReactNode }) {
  return <CompareContext.Provider value={store}>{children}</CompareContext.Provider>;
}

export function useCompareStore(): CompareStore {
  return useContext(CompareContext) ?? appCompareStore();
}

export function useCompare<T>(selector: (state: CompareState) => T): T {
  return useStore(useCompareStore(), selector);
}
