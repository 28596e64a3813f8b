import type { DocumentStore } from '../stores/document.ts';
import type { Frame, RunMeta } from './protocol.ts';
import type { SimSettings, SimulationStore } from './store.ts';

/**
 * `window.__flowbenchTest.simulator`: how the end-to-end tests and `npm run bench` drive the
 * Simulate mode without clicking (documented in renderer/simulator/CONTEXT.md). It calls the
 * same store actions as the UI.
 */
export interface SimTestHook {
  /** Enters Simulate mode and runs over a sandbox with these settings; resolves with the run's size and time. */
  run(sandbox: string, settings?: Partial<SimSettings>): Promise<{ contacts: number; loadMs: number; runMs: number; lastMinute: number } | null>;
  seek(minute: number): Promise<void>;
  /** Milliseconds for the worker to answer one frame, without drawing it (the bench's split). */
  roundTrip(minute: number): Promise<number>;
  /** Minute of local midnight starting day d. */
  midnight(day: number): number;
  frame(): Omit<Frame, 'waiting' | 'entered' | 'edges'> & { waiting: number[]; entered: number[]; edges: number[] } | null;
  meta(): RunMeta | null;
}

/** The sandbox declares `window.__flowbenchTest`; the simulator adds its key beside it. */
const testRoot = () => window as unknown as { __flowbenchTest?: Record<string, unknown> };

export function installSimTestHook(store: SimulationStore, document: DocumentStore): () => void {
  const hook: SimTestHook = {
    async run(sandbox, settings = {}) {
      const project = document.getState().project;
      store.getState().setActive(true, project);
      store.getState().setSettings({ ...settings, sandbox });
      await store.getState().run(project, { sandbox });
      const meta = store.getState().meta;
      return meta ? { contacts: meta.contacts, loadMs: meta.loadMs, runMs: meta.runMs, lastMinute: meta.lastMinute } : null;
    },
    seek: (minute) => store.getState().seek(minute),
    async roundTrip(minute) {
      const start = performance.now();
      await store.client.frame(minute);
      return performance.now() - start;
    },
    midnight: (day) => store.getState().meta?.midnights[day] ?? -1,
    frame() {
      const f = store.getState().frame;
      return f ? { ...f, waiting: Array.from(f.waiting), entered: Array.from(f.entered), edges: Array.from(f.edges) } : null;
    },
    meta: () => store.getState().meta,
  };
  const root = testRoot();
  root.__flowbenchTest = { ...root.__flowbenchTest, simulator: hook };
  return () => {
    if (root.__flowbenchTest?.simulator === hook) delete root.__flowbenchTest.simulator;
  };
}
