import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Project } from '../../engine/model/index.ts';
import { StudyAggregate, studyShape, type StudyLayout, type StudyOptions, type StudySummary } from '../../engine/study/index.ts';
import type { ContactOrigin, RunMeta, RunSettings } from '../simulator/protocol.ts';
import { defaultWorkerCount, runReplications, StudyCancelled, type MakeWorker } from './pool.ts';

/** A finished study: every count of the run per day, with its mean and 90 % interval (engine/study). */
export interface StudyResult {
  /** The single run it goes with (replication 0 is that very run): shown only beside it. */
  readonly meta: RunMeta;
  readonly project: Project;
  readonly layout: StudyLayout;
  readonly summary: StudySummary;
  /** Cell index by key (engine/study/layout.ts keys: ids, never indices). */
  readonly keys: ReadonlyMap<string, number>;
  readonly replications: number;
  readonly seed: number;
  readonly workers: number;
  readonly ms: number;
}

export interface StudyState {
  readonly status: 'idle' | 'running' | 'done' | 'failed';
  readonly done: number;
  readonly total: number;
  readonly error: string | null;
  readonly result: StudyResult | null;
  start(input: { project: Project; origin: ContactOrigin; settings: RunSettings; replications: number; meta: RunMeta }): Promise<void>;
  cancel(): void;
  forget(): void;
}

export type StudyStore = StoreApi<StudyState>;

/** The run settings as a study's options (the same as the single run's, its seed the study's). */
export function studyOptions(settings: RunSettings, replications: number): StudyOptions {
  return {
    ...(settings.workflows.length > 0 ? { workflows: settings.workflows } : {}),
    startDate: settings.startDate,
    horizonDays: settings.horizonDays,
    seed: settings.seed,
    arrivals: settings.arrivals,
    replications,
  };
}

export function createStudyStore(make: MakeWorker, workers: number = defaultWorkerCount()): StudyStore {
  let abort: AbortController | null = null;
  return createStore<StudyState>()((set, get) => ({
    status: 'idle',
    done: 0,
    total: 0,
    error: null,
    result: null,
    async start({ project, origin, settings, replications, meta }) {
      abort?.abort();
      const controller = new AbortController();
      abort = controller;
      const options = studyOptions(settings, replications);
      const layout = studyShape(project, options);
      let aggregate: StudyAggregate | null = null;
      const started = performance.now();
      const count = Math.max(1, Math.min(workers, replications));
      set({ status: 'running', done: 0, total: replications, error: null, result: null });
      try {
        await runReplications({ project, origin, options }, replications, {
          workers: count,
          make,
          signal: controller.signal,
          onFrame: (r, frame) => {
            aggregate ??= new StudyAggregate(layout.cells.length, frame.length / layout.cells.length, replications);
            aggregate.add(r, frame);
          },
          onProgress: (done) => abort === controller && set({ done }),
        });
        if (abort !== controller || !aggregate) return;
        const summary = (aggregate as StudyAggregate).summary();
        const keys = new Map(layout.cells.map((c, k) => [c.key, k]));
        set({ status: 'done', result: { meta, project, layout, summary, keys, replications, seed: settings.seed, workers: count, ms: performance.now() - started } });
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
      if (get().status === 'running') set({ status: 'idle', done: 0, total: 0 });
    },
    forget() {
      get().cancel();
      set({ status: 'idle', result: null, error: null, done: 0, total: 0 });
    },
  }));
}
