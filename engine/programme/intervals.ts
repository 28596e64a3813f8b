import { predictionInterval } from '../study/interval.ts';
import type { Interval, ProgrammeMap } from './types.ts';

/** Mean and 90 % interval of a figure across replications: engine/study's rule, the one of every interval shown. */
export function intervalOf(values: readonly number[]): Interval {
  return values.length === 0 ? { mean: 0, low: 0, high: 0 } : predictionInterval(values);
}

/**
 * The map with each edge's interval over the runs' counts (`programmeCounts` of each replication)
 * and, when given, each workflow's over the runs' enrollments (by workflow id). An edge or a
 * workflow the runs did not count (added to the project since) gets none: it was not measured.
 */
export function withIntervals(map: ProgrammeMap, runs: readonly ReadonlyMap<string, number>[], enrolled: readonly ReadonlyMap<string, number>[] = []): ProgrammeMap {
  if (runs.length === 0) return map;
  const over = (values: readonly ReadonlyMap<string, number>[], key: string) => (values[0]?.has(key) ? intervalOf(values.map((r) => r.get(key) ?? 0)) : undefined);
  return {
    nodes: map.nodes.map((n) => {
      const interval = over(enrolled, n.workflow);
      return interval ? { ...n, enrolledInterval: interval } : n;
    }),
    edges: map.edges.map((e) => {
      const interval = over(runs, e.key);
      return interval ? { ...e, interval } : e;
    }),
  };
}
