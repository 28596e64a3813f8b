import type { Project } from '../../engine/model/index.ts';
import { ComparisonAggregate, comparisonLayout, studyShape, type ComparisonSummary } from '../../engine/study/index.ts';
import type { ContactOrigin, RunMeta, RunSettings } from '../simulator/protocol.ts';
import { defaultWorkerCount, type MakeWorker } from '../study/pool.ts';
import { createPooledStore, type PooledState, type PooledStore } from '../study/pooled-store.ts';
import { studyOptions } from '../study/store.ts';

/** A finished comparison: A (the open project) and B over the same contacts and seeds, on the counts both have. */
export interface ComparisonResult {
  /** The run of A it goes with (shown only beside it). */
  readonly meta: RunMeta;
  readonly a: Project;
  readonly b: Project;
  readonly summary: ComparisonSummary;
  /** Shared cell index by key. */
  readonly keys: ReadonlyMap<string, number>;
  readonly replications: number;
  readonly seed: number;
  readonly workers: number;
  readonly ms: number;
}

export interface CompareInput {
  readonly a: Project;
  readonly b: Project;
  readonly origin: ContactOrigin;
  readonly settings: RunSettings;
  readonly replications: number;
  readonly meta: RunMeta;
}

export type CompareState = PooledState<CompareInput, ComparisonResult>;
export type CompareStore = PooledStore<CompareInput, ComparisonResult>;

/**
 * Runs A and B on the study workers: replication r of both with the same seed, so a contact that
 * meets the same steps in both makes the same draws (common random numbers, engine/study/compare.ts);
 * B − A per replication gives the difference's interval.
 */
export function createCompareStore(make: MakeWorker, workers: number = defaultWorkerCount()): CompareStore {
  return createPooledStore<CompareInput, ComparisonResult>(
    make,
    workers,
    (input) => input.replications,
    async ({ a, b, origin, settings, replications, meta }, { replicate }) => {
      // B runs with A's settings, its time zone included, or the days would not line up.
      const options = { ...studyOptions(settings, replications), timeZone: a.simulation.timeZone };
      const la = studyShape(a, options);
      const lb = studyShape(b, options);
      const layout = comparisonLayout(la, lb);
      let aggregate: ComparisonAggregate | null = null;
      const ran = await replicate({ project: a, variant: b, origin, options }, replications, (r, frameA, frameB) => {
        aggregate ??= new ComparisonAggregate(layout, la.cells.length, lb.cells.length, frameA.length / la.cells.length, replications);
        aggregate.add(r, frameA, frameB!);
      });
      const summary = aggregate!.summary();
      const keys = new Map(summary.cells.map((c, k) => [c.key, k]));
      return { meta, a, b, summary, keys, replications, seed: settings.seed, ...ran };
    },
  );
}
