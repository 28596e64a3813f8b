import type { Project } from '../model/index.ts';
import type { SimulationResult } from '../sim/index.ts';

/** The whole run as JSON (the CLI's `--json`, the panel's "JSON summary"): counts over the whole run (a result, or a split run's merged record). */
export function summaryJson(
  project: Project,
  result: Pick<SimulationResult, 'startDate' | 'horizonDays' | 'timeZone' | 'seed' | 'workflows' | 'steps' | 'edges' | 'listCounts' | 'lifecycleCounts' | 'totals'>,
  contacts: number,
): unknown {
  return {
    project: { id: project.id, name: project.name },
    startDate: result.startDate,
    horizonDays: result.horizonDays,
    timeZone: result.timeZone,
    seed: result.seed,
    contacts,
    workflows: result.workflows,
    steps: result.steps,
    edges: result.edges,
    lists: result.listCounts,
    lifecycle: result.lifecycleCounts,
    totals: result.totals,
  };
}
