import { predictionInterval } from '../study/interval.ts';
import type { Interval, ProgrammeMap } from './types.ts';

/** Mean and 90 % interval of a figure across replications: engine/study's rule, the one of every interval shown. */
export function intervalOf(values: readonly number[]): Interval {
  return values.length === 0 ? { mean: 0, low: 0, high: 0 } : predictionInterval(values);
}

/**
 * The map with each edge's interval over the runs' counts (`programmeCounts` of each replication)
 * and, when given, each workflow's over the runs' enrollments (by workflow id).
 */
export function withIntervals(map: ProgrammeMap, runs: readonly ReadonlyMap<string, number>[], enrolled: readonly ReadonlyMap<string, number>[] = []): ProgrammeMap {
  if (runs.length === 0) return map;
  return {
    nodes: enrolled.length === 0 ? map.nodes : map.nodes.map((n) => ({ ...n, enrolledInterval: intervalOf(enrolled.map((r) => r.get(n.workflow) ?? 0)) })),
    edges: map.edges.map((e) => ({ ...e, interval: intervalOf(runs.map((r) => r.get(e.key) ?? 0)) })),
  };
}
