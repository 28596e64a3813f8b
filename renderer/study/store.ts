import type { Project } from '../../engine/model/index.ts';
import { studyDigests, type ReplicationDigest } from '../../engine/report/index.ts';
import { StudyAggregate, studyShape, type StudyLayout, type StudyOptions, type StudySummary } from '../../engine/study/index.ts';
import type { ContactOrigin, RunMeta, RunSettings } from '../simulator/protocol.ts';
import { defaultWorkerCount, type MakeWorker } from './pool.ts';
import type { StudySetup } from './protocol.ts';
import { createPooledStore, type PooledState, type PooledStore } from './pooled-store.ts';

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
  /**
   * Each replication's figures at the end of the horizon (engine/report `studyDigests`, read off
   * the study's counts): the report's intervals (report-export.ts) and the programme map's.
   */
  readonly digests: readonly ReplicationDigest[];
}

export interface StudyInput {
  readonly project: Project;
  readonly origin: ContactOrigin;
  readonly settings: RunSettings;
  readonly replications: number;
  readonly meta: RunMeta;
}

export type StudyState = PooledState<StudyInput, StudyResult>;
export type StudyStore = PooledStore<StudyInput, StudyResult>;

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
  return createPooledStore<StudyInput, StudyResult>(
    make,
    workers,
    (input) => input.replications,
    async ({ project, origin, settings, replications, meta }, { replicate }) => {
      const options = studyOptions(settings, replications);
      const layout = studyShape(project, options);
      let aggregate: StudyAggregate | null = null;
      const setup: StudySetup = { project, origin, options };
      const ran = await replicate(setup, replications, (r, frame) => {
        aggregate ??= new StudyAggregate(layout.cells.length, frame.length / layout.cells.length, replications);
        aggregate.add(r, frame);
      });
      const summary = aggregate!.summary();
      const keys = new Map(layout.cells.map((c, k) => [c.key, k]));
      return { meta, project, layout, summary, keys, replications, seed: settings.seed, digests: studyDigests(layout, aggregate!), ...ran };
    },
  );
}
