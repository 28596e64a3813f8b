import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DocumentState, DocumentStore } from './document.ts';
import type { UiState, UiStore } from './ui.ts';

export interface EditorStores {
  readonly document: DocumentStore;
  readonly ui: UiStore;
}

const StoresContext = createContext<EditorStores | null>(null);

export function StoresProvider({ stores, children }: { stores: EditorStores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): EditorStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores outside StoresProvider');
  return stores;
}

export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(useStores().document, selector);
}

export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useStores().ui, selector);
}
