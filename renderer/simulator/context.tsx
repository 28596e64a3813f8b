import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { SimClient } from './client.ts';
import { createSimulationStore, type SimulationState, type SimulationStore } from './store.ts';

let appStore: SimulationStore | null = null;

/** The app's one simulation store and worker, made on first use. */
export function appSimulationStore(): SimulationStore {
  appStore ??= createSimulationStore(new SimClient());
  return appStore;
}

const SimulationContext = createContext<SimulationStore | null>(null);

/** Tests pass their own store (with an in-page client); the app uses `appSimulationStore()`. */
export function SimulationProvider({ store, children }: { store: SimulationStore; children: ReactNode }) {
  return <SimulationContext.Provider value={store}>{children}</SimulationContext.Provider>;
}

export function useSimulationStore(): SimulationStore {
  return useContext(SimulationContext) ?? appSimulationStore();
}

export function useSim<T>(selector: (state: SimulationState) => T): T {
  return useStore(useSimulationStore(), selector);
}
