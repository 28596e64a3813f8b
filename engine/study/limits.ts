/**
 * How many runs a study makes: one limit and one default for the app and the CLI (`--replications`,
 * `compare`), so a number one accepts the other does too.
 */

/** A study keeps 4 bytes per replication, count and day (aggregate.ts): a thousand is already minutes of work. */
export const MAX_REPLICATIONS = 1000;

/** Runs of a study when the user asks for one without a number: from 19 the 90 % interval holds (interval.ts); 50 gives 92,2 %. */
export const DEFAULT_STUDY_REPLICATIONS = 50;
