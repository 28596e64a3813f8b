import type { Project } from '../model/index.ts';
import { assertSimulationBounds } from '../schema/bounds.ts';
import { buildResult, runSeries } from './replay/result.ts';
import { runSettings } from './compile/settings.ts';
import { Sim } from './sim.ts';
import type { ContactInput, SimulationOptions, SimulationResult } from './types.ts';

/**
 * The discrete-event simulator. `simulate` runs to the horizon; `createSimulation` runs in
 * chunks (a Web Worker calls `advance` between messages; to cancel, stop calling it).
 */
export interface Simulation {
  /** Processes up to `maxEvents` events; true once the run has reached its horizon. */
  advance(maxEvents: number): boolean;
  /** Share of virtual time done, 0 to 1. */
  progress(): number;
  /** The results so far; call once finished for the full run. */
  result(): SimulationResult;
  /** The finished run's daily series alone (`result().series`), without building the rest of the result. */
  series(): SimulationResult['series'];
}

export function createSimulation(project: Project, contacts: ContactInput, options: SimulationOptions = {}): Simulation {
  // Refuses (SimulationBoundsError, with paths) a horizon or a delay that would never end.
  assertSimulationBounds(project, runSettings(project.simulation, options), options.workflows);
  const sim = new Sim(project, contacts, options);
  let cached: SimulationResult | null = null;
  return {
    advance: (maxEvents) => sim.advance(maxEvents),
    progress: () => sim.progress(),
    result: () => {
      if (!sim.done) throw new Error('The simulation has not finished: call advance() until it returns true.');
      return (cached ??= buildResult(sim));
    },
    series: () => {
      if (!sim.done) throw new Error('The simulation has not finished: call advance() until it returns true.');
      return cached?.series ?? runSeries(sim);
    },
  };
}

export function simulate(project: Project, contacts: ContactInput, options: SimulationOptions = {}): SimulationResult {
  const run = createSimulation(project, contacts, options);
  while (!run.advance(100_000)) {
    /* chunks keep onProgress flowing */
  }
  return run.result();
}

export type * from './types.ts';
export { END_STATES, ENROLL_HOWS, K as LOG_KINDS, SKIP_REASONS, type EndState, type EnrollHow, type SkipReason, EventLog } from './state/log.ts';
export { REACT } from './run/behaviour.ts';
export { SITE_PAGES } from './run/visits.ts';
export { editedDelayEnd, type DelayFrom } from './run/delay-from.ts';
export type { PropertiesFrom } from './run/properties-from.ts';
export { endAfterEdit, type WorkflowFrom } from './run/workflow-from.ts';
/** The run's clock (minutes since local midnight of the start date in a zone), for callers placing minutes on days. */
export { clockFor, Clock } from './state/clock.ts';
export { loadPopulation } from './loaded.ts';
