import { wholeNumber, type OptionValue } from './simulate-options.ts';

/** `--replications` and `--workers`, checked with a message naming the option (FR/EN). */

/** A study keeps 4 bytes per replication, count and day (engine/study/aggregate.ts): a thousand is already minutes of work. */
export const MAX_REPLICATIONS = 1000;
export const DEFAULT_REPLICATIONS = 50;
const MAX_WORKERS = 64;

export function replicationsOption(raw: unknown): OptionValue<number> {
  return wholeNumber('replications', raw, 1, MAX_REPLICATIONS, { fr: 'le nombre de réplications', en: 'the number of replications' }, '50');
}

export function workersOption(raw: unknown): OptionValue<number> {
  return wholeNumber('workers', raw, 1, MAX_WORKERS, { fr: 'le nombre de fils de calcul', en: 'the number of worker threads' }, '2');
}
