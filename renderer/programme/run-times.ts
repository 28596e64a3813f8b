import { useEffect } from 'react';
import type { RunMeta } from '../simulator/protocol.ts';
import type { SimulationStore } from '../simulator/store.ts';
import { useSimulationStore } from '../simulator/context.tsx';

/** When each run ended, by its meta (a new object each run): the report says which run it shows. */
const ended = new WeakMap<RunMeta, Date>();

/** Notes the time each run of `sim` ends from now on; returns the unsubscribe. */
export function watchRunTimes(sim: SimulationStore, now: () => Date = () => new Date()): () => void {
  return sim.subscribe((state, before) => {
    if (state.meta && state.meta !== before.meta && !ended.has(state.meta)) ended.set(state.meta, now());
  });
}

/** When that run ended, if it ended while watched. */
export function runEndedAt(meta: RunMeta | null): Date | null {
  return (meta && ended.get(meta)) ?? null;
}

/** Watches the app's simulator for as long as the caller is mounted (ProgrammeLayer, mounted once in App.tsx). */
export function useRunTimes(): void {
  const sim = useSimulationStore();
  useEffect(() => watchRunTimes(sim), [sim]);
}
