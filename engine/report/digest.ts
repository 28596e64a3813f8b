import { LIFECYCLE_STAGES, type Project } from '../model/index.ts';
import { intervalOf, programmeCounts, programmeMap, type Interval } from '../programme/index.ts';
import { endStateCounts } from '../results/index.ts';
import type { SimulationResult } from '../sim/index.ts';
import { END_FIGURES, type EndFigure, type EndFigures, type ReportRun, type WorkflowRun } from './types.ts';

function endFigures(result: SimulationResult, w: number): EndFigures {
  const c = endStateCounts(result.stateAt(result.lastMinute), w);
  return { enrolled: c.enrolled, completed: c.completed, goal: c.goal, unenrolled: c.unenrolled, inProgress: c.inProgress, lost: c.lost };
}

function intervals<K extends string>(keys: readonly K[], runs: readonly Readonly<Partial<Record<K, number>>>[]): Record<K, Interval> {
  return Object.fromEntries(keys.map((k) => [k, intervalOf(runs.map((r) => r[k] ?? 0))])) as Record<K, Interval>;
}

/**
 * A report's digest of one run, or of replications of it (the same project and contacts, seeds
 * seed, seed + 1, ...): the first run's figures, and the intervals over all of them.
 */
export function reportRun(project: Project, results: readonly SimulationResult[], contacts: number): ReportRun {
  const first = results[0];
  if (!first) throw new Error('reportRun needs at least one run.');
  const map = programmeMap(project);
  const programmes = results.map((r) => Object.fromEntries(programmeCounts(project, map, r)));
  const stages = [...LIFECYCLE_STAGES, 'unknown'];
  const listIds = project.lists.map((l) => l.id as string);
  const workflows: WorkflowRun[] = first.workflows.map((wf, w) => {
    const entered: Record<string, number> = {};
    first.steps.forEach((s) => {
      if (s.workflow === wf.id) entered[s.step] = s.entered;
    });
    const edges: Record<string, number> = {};
    for (const e of first.edges) if (e.workflow === wf.id) edges[`${e.from}/${e.slot}`] = e.count;
    const base = { id: wf.id, end: endFigures(first, w), entered, edges };
    if (results.length < 2) return base;
    const all = results.map((r) => endFigures(r, r.workflows.findIndex((x) => x.id === wf.id)) as Partial<Record<EndFigure, number>>);
    return { ...base, intervals: intervals(END_FIGURES, all) };
  });
  const lists = Object.fromEntries(listIds.map((id) => [id, first.listCounts[id] ?? 0]));
  const t = first.totals;
  const run: ReportRun = {
    contacts,
    startDate: first.startDate,
    horizonDays: first.horizonDays,
    seed: first.seed,
    timeZone: first.timeZone,
    arrivals: project.simulation.arrivals,
    replications: results.length,
    workflows,
    programme: programmes[0]!,
    lists,
    lifecycle: Object.fromEntries(stages.map((stage, k) => [stage, Array.from(first.series.lifecycle[k] ?? [])])),
    emails: { sent: t.emailsSent, opened: t.opened, clicked: t.clicked, unsubscribed: t.unsubscribed, bounced: t.bounced, conversions: t.conversions },
  };
  if (results.length < 2) return run;
  return {
    ...run,
    programmeIntervals: intervals(map.edges.map((e) => e.key), programmes),
    listIntervals: intervals(listIds, results.map((r) => r.listCounts)),
  };
}
