import type { Interval, ProgrammeMap } from './types.ts';

/** The value at rank ceil(q * n) of the sorted values (nearest rank), q in (0, 1]. */
function nearestRank(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length))) - 1]!;
}

/**
 * Mean and central 95 % range of a figure across replications: the 2.5th and 97.5th
 * percentiles by nearest rank (with fewer than 40 runs they are the smallest and largest values).
 */
export function intervalOf(values: readonly number[]): Interval {
  if (values.length === 0) return { mean: 0, low: 0, high: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((n, v) => n + v, 0) / values.length;
  return { mean, low: nearestRank(sorted, 0.025), high: nearestRank(sorted, 0.975) };
}

/** The map with each edge's interval over the runs' counts (`programmeCounts` of each replication). */
export function withIntervals(map: ProgrammeMap, runs: readonly ReadonlyMap<string, number>[]): ProgrammeMap {
  if (runs.length === 0) return map;
  return { ...map, edges: map.edges.map((e) => ({ ...e, interval: intervalOf(runs.map((r) => r.get(e.key) ?? 0)) })) };
}
