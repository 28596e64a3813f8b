import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { browserWorker, inPageWorker } from './pool.ts';
import { createStudyStore, type StudyState, type StudyStore } from './store.ts';

let appStore: StudyStore | null = null;

/** The app's study store: Web Workers where there are some, else the workers' code in the page. */
export function appStudyStore(): StudyStore {
  appStore ??= createStudyStore(typeof Worker === 'undefined' ? inPageWorker(() => Promise.reject(new Error('No sandbox storage here'))) : browserWorker);
  return appStore;
}

const StudyContext = createContext<StudyStore | null>(null);

/** Tests pass their own store (workers in the page); the app uses `appStudyStore()`. */
export function StudyProvider({ store, children }: { store: StudyStore; children: ReactNode }) {
  return <StudyContext.Provider value={store}>{children}</StudyContext.Provider>;
}

export function useStudyStore(): StudyStore {
  return useContext(StudyContext) ?? appStudyStore();
}

export function useStudy<T>(selector: (state: StudyState) => T): T {
  return useStore(useStudyStore(), selector);
}
