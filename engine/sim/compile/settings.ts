import type { SimulationSettings } from '../../model/index.ts';
import type { SimulationOptions } from '../types.ts';

/** The project's simulation settings, each overridden by the run's options where given. */
export function runSettings(base: SimulationSettings, options: SimulationOptions): SimulationSettings {
  return {
    startDate: options.startDate ?? base.startDate,
    horizonDays: options.horizonDays ?? base.horizonDays,
    seed: options.seed ?? base.seed,
    arrivals: options.arrivals ?? base.arrivals,
    timeZone: options.timeZone ?? base.timeZone,
  };
}
