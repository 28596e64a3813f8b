import { availableParallelism } from 'node:os';
import { DEFAULT_STUDY_REPLICATIONS, MAX_REPLICATIONS } from '../../study/limits.ts';
import { wholeNumber, type OptionValue } from './simulate-options.ts';
import type { Project } from '../../model/index.ts';

/** The runs a project file holds when it asks for a study (more than one); undefined: one run. */
export function projectStudyRuns(project: Project): number | undefined {
  const runs = project.simulation.replications ?? 1;
  return runs > 1 ? runs : undefined;
}

/** `--replications` and `--workers`, checked with a message naming the option (FR/EN). */

// The app's limit and default too (engine/study/limits.ts): one number for both.
export { MAX_REPLICATIONS };
export const DEFAULT_REPLICATIONS = DEFAULT_STUDY_REPLICATIONS;
export const MAX_WORKERS = 64;

export function replicationsOption(raw: unknown): OptionValue<number> {
  return wholeNumber('replications', raw, 1, MAX_REPLICATIONS, { fr: 'le nombre de tirages', en: 'the number of runs' }, '50');
}

export function workersOption(raw: unknown): OptionValue<number> {
  return wholeNumber('workers', raw, 1, MAX_WORKERS, { fr: 'le nombre de fils de calcul', en: 'the number of worker threads' }, '2');
}

/**
 * Work (replications x contacts x days) from which `report` and `test` run their replications on
 * worker threads unasked: about 2 s in one thread. Below, each worker's start (loading, and
 * compiling the simulator again: ~1 s of a core) costs more than it saves on 2 cores. Measured:
 * a report of 1,000 contacts x 365 days x 50 replications 3.0 s in this thread, 4.0 s on 2
 * workers; 10,000 x 365 x 20: 5.1 s, 4.6 s; tests of 5,000 contacts x 60 days x 100: 3.2 s,
 * 3.4 s; x 200: 6.7 s, 5.8 s.
 */
export const POOL_FROM = 60_000_000;

/** The workers replications run on, 0 for this thread: as many as asked with `--workers`, else every core when the work is worth it (POOL_FROM). */
export function replicationWorkers(
  q: { readonly workers: number | undefined; readonly replications: number; readonly contacts: number; readonly days: number },
  cores = availableParallelism(),
): number {
  if (q.workers !== undefined) return q.workers;
  return q.replications > 1 && cores > 1 && q.replications * q.contacts * q.days >= POOL_FROM ? cores : 0;
}
