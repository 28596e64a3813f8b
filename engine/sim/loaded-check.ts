import type { Project } from '../model/index.ts';
import type { ContactInput, LoadedPopulation, SimulationOptions } from './types.ts';

/** Options a loaded population does not depend on: a run may differ from it in these alone. */
const PER_RUN = new Set<string>(['seed', 'rows', 'onProgress', 'loaded']);

/** Throws unless the population was loaded for this project, these contacts and these options (but the seed). */
export function assertLoadedFor(loaded: LoadedPopulation, project: Project, input: ContactInput, options: SimulationOptions): void {
  const a = options as Record<string, unknown>;
  const b = loaded.options as Record<string, unknown>;
  const differs = [...new Set([...Object.keys(a), ...Object.keys(b)])].find((key) => !PER_RUN.has(key) && a[key] !== b[key]);
  if (loaded.project !== project || loaded.input !== input || differs !== undefined) {
    throw new Error(`A loaded population is for the project, contacts and options it was loaded with${differs === undefined ? '' : ` (option "${differs}" differs)`}.`);
  }
}
