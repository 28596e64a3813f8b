/**
 * How many runs a study makes: one limit and one default for the app and the CLI (`--replications`,
 * `compare`), so a number one accepts the other does too.
 */

// A project file holds its runs (`simulation.replications`), so the limit is the file's (engine/schema/limits.ts).
export { MAX_REPLICATIONS } from '../schema/limits.ts';

/** Runs of a study when the user asks for one without a number: from 19 the 90 % interval holds (interval.ts); 50 gives 92,2 %. */
export const DEFAULT_STUDY_REPLICATIONS = 50;
