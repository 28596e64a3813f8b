import type { Project } from '../model/index.ts';
import type { SimulationResult } from '../sim/index.ts';
import { ProgrammeCounter, programmeTables, rowsByContact } from './counter.ts';
import type { ProgrammeMap } from './types.ts';

/**
 * How many distinct contacts went along each edge of the map in one run, by edge key (the
 * definition is `ProgrammeCounter`'s): the run's log read contact by contact.
 */
export function programmeCounts(project: Project, map: ProgrammeMap, result: SimulationResult): Map<string, number> {
  const counts = new Int32Array(map.edges.length);
  const enrollmentWorkflow = result.enrollments.workflow;
  const counter = new ProgrammeCounter(programmeTables(project, map, result), (e) => enrollmentWorkflow[e]!, (edge) => counts[edge]!++);
  const log = result.log;
  for (const r of rowsByContact(log)) counter.add(log.time(r), log.contact(r), log.enrollment(r), log.step(r), log.kind(r), log.detail(r), log.extra(r));
  return new Map(map.edges.map((e, k) => [e.key, counts[k]!]));
}

/** The map with each edge's count and each node's enrollments from one run. */
export function withCounts(map: ProgrammeMap, counts: ReadonlyMap<string, number>, result?: { readonly workflows: readonly { readonly id: string; readonly enrolled: number }[] }): ProgrammeMap {
  const enrolled = new Map((result?.workflows ?? []).map((w) => [w.id, w.enrolled]));
  return {
    nodes: map.nodes.map((n) => (enrolled.has(n.workflow) ? { ...n, enrolled: enrolled.get(n.workflow)! } : n)),
    edges: map.edges.map((e) => (counts.has(e.key) ? { ...e, count: counts.get(e.key)! } : e)),
  };
}
