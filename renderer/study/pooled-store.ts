import { createStore, type StoreApi } from 'zustand/vanilla';
import { runReplications, StudyCancelled, WarmWorkers, type MakeWorker, type PoolRun } from './pool.ts';
import type { StudySetup } from './protocol.ts';

/** A job on the study workers (a study, a comparison): its progress, result, cancel. */
export interface PooledState<Input, Result> {
  /** `cancelled`: the user stopped the job; it stays so (the app says so) until the next start or forget. */
  readonly status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  readonly done: number;
  readonly total: number;
  readonly error: string | null;
  readonly result: Result | null;
  start(input: Input): Promise<void>;
  cancel(): void;
  forget(): void;
}

export type PooledStore<Input, Result> = StoreApi<PooledState<Input, Result>>;

export interface JobContext {
  /**
   * Runs replications 0..R-1 of the setup on the workers (one per core, at most R), each frame
   * handed to `onFrame` as it comes; says how many workers ran and how long it took.
   */
  replicate(setup: StudySetup, replications: number, onFrame: NonNullable<PoolRun['onFrame']>): Promise<{ readonly workers: number; readonly ms: number }>;
}

/**
 * The store of one kind of job: starting one cancels the one running; a cancelled or superseded
 * job never writes its result; a failure keeps its message. `total(input)` is the replications; the
 * job runs them through `replicate` (the workers `make` builds, one per core up to `workers`,
 * kept from one job done to the next).
 */
export function createPooledStore<Input, Result>(make: MakeWorker, workers: number, total: (input: Input) => number, job: (input: Input, context: JobContext) => Promise<Result>): PooledStore<Input, Result> {
  let abort: AbortController | null = null;
  // Workers outlive a job done: the next study starts on compiled code (pool.ts#WarmWorkers).
  const warm = new WarmWorkers(make, workers);
  return createStore<PooledState<Input, Result>>()((set, get) => ({
    status: 'idle',
    done: 0,
    total: 0,
    error: null,
    result: null,
    async start(input) {
      abort?.abort();
      const controller = new AbortController();
      abort = controller;
      set({ status: 'running', done: 0, total: total(input), error: null, result: null });
      try {
        const replicate: JobContext['replicate'] = async (setup, replications, onFrame) => {
          const started = performance.now();
          const count = Math.max(1, Math.min(workers, replications));
          await runReplications(setup, replications, { workers: count, make: warm.take, keep: warm.keep, signal: controller.signal, onFrame, onProgress: (done) => abort === controller && set({ done }) });
          return { workers: count, ms: performance.now() - started };
        };
        const result = await job(input, { replicate });
        if (abort === controller) set({ status: 'done', result });
      } catch (error) {
        if (error instanceof StudyCancelled || abort !== controller) return;
        set({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      } finally {
        if (abort === controller) abort = null;
      }
    },
    cancel() {
      abort?.abort();
      abort = null;
      if (get().status === 'running') set({ status: 'cancelled', done: 0, total: 0 });
    },
    forget() {
      get().cancel();
      set({ status: 'idle', result: null, error: null, done: 0, total: 0 });
    },
  }));
}
