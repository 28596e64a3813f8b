import { LIFECYCLE_STAGES, type Project } from '../model/index.ts';
// The modules themselves, not the barrels: the CLI's worker bundle builds replication digests
// (engine/cli/workers/study-worker.ts) and takes neither the programme map's layout nor its words.
import { intervalOf } from '../programme/intervals.ts';
import { programmeCounts } from '../programme/counts.ts';
import { programmeMap } from '../programme/map.ts';
import type { Interval, ProgrammeMap } from '../programme/types.ts';
import { endStateCounts } from '../results/figures.ts';
import type { StudyAggregate } from '../study/aggregate.ts';
import type { StudyLayout } from '../study/layout.ts';
import { END_STATES, type EndState, type SimulationResult, type StateAt } from '../sim/index.ts';
import { END_FIGURES, type EndFigures, type ReportRun, type WorkflowRun } from './types.ts';

/** What a report reads of a workflow's end states (results/figures.ts `endStateCounts`). */
function endFigures(state: Pick<StateAt, 'workflows'>, w: number): EndFigures {
  const c = endStateCounts(state, w);
  return { enrolled: c.enrolled, completed: c.completed, goal: c.goal, unenrolled: c.unenrolled, inProgress: c.inProgress, lost: c.lost };
}

/**
 * What the intervals of a report read of one replication, small and plain: a worker sends it
 * instead of its run (whose log may weigh hundreds of megabytes), so a report over many
 * replications holds one run at a time.
 */
export interface ReplicationDigest {
  /** Each workflow's end figures, by workflow id. */
  readonly ends: Readonly<Record<string, EndFigures>>;
  /** Contacts carried by each link of the programme map, by edge key. */
  readonly programme: Readonly<Record<string, number>>;
  /** Members of each static list at the end, by list id. */
  readonly lists: Readonly<Record<string, number>>;
}

export function replicationDigest(project: Project, result: SimulationResult, map: ProgrammeMap = programmeMap(project)): ReplicationDigest {
  return {
    ends: Object.fromEntries(result.workflows.map((wf, w) => [wf.id, endFigures(result.stateAt(result.lastMinute), w)])),
    programme: Object.fromEntries(programmeCounts(project, map, result)),
    lists: Object.fromEntries(project.lists.map((l) => [l.id, result.listCounts[l.id] ?? 0])),
  };
}

/**
 * A replication's digest read off its study counts (engine/study) instead of its full run: the
 * counts on the last day of the horizon (`last(cell)`), where each workflow's end figures, each
 * list's members and each programme link's contacts are cells. The same digest as
 * `replicationDigest` of the full run (tests/engine/report/study-digests.test.ts) for a run to
 * its horizon, as the app's studies and `flowbench report` are: a run stopped within a day
 * (`stopAtMinute`) has its lists counted at the last midnight, not at the stop. The cells are
 * looked up once per layout; the function given back reads one replication.
 */
function lastDayDigest(layout: StudyLayout): (last: (cell: number) => number) => ReplicationDigest {
  const byKey = new Map(layout.cells.map((c, k) => [c.key, k]));
  const cell = (key: string) => byKey.get(key) ?? -1;
  const workflows = [...new Set(layout.cells.filter((c) => c.kind === 'workflow').map((c) => c.workflow))].map((w) => ({
    id: w,
    enrolled: cell(`workflow|${w}||enrolled`),
    lost: cell(`workflow|${w}||lost`),
    ended: END_STATES.map((state) => [state, cell(`workflow|${w}||${state}`)] as const),
  }));
  const links = layout.cells.flatMap((c, k) => (c.kind === 'programme' ? [[c.subject, k] as const] : []));
  const lists = layout.lists.map((l) => [l, cell(`list||${l}|`)] as const);
  return (last) => {
    const at = (c: number) => (c < 0 ? 0 : last(c));
    // The workflows' rows as `stateAt` gives them, for the same end figures as a full run's.
    const state = { workflows: workflows.map((w) => ({ enrolled: at(w.enrolled), lost: at(w.lost), ended: Object.fromEntries(w.ended.map(([e, c]) => [e, at(c)])) as Record<EndState, number> })) };
    return {
      ends: Object.fromEntries(workflows.map((w, k) => [w.id, endFigures(state, k)])),
      programme: Object.fromEntries(links.map(([key, c]) => [key, at(c)])),
      lists: Object.fromEntries(lists.map(([l, c]) => [l, at(c)])),
    };
  };
}

/** One replication's digest from its daily frame (engine/study `replicationFrame`, counted without a log). */
export function frameDigest(layout: StudyLayout, frame: Int32Array): ReplicationDigest {
  const row = frame.length - layout.cells.length;
  return lastDayDigest(layout)((c) => (row < 0 ? 0 : frame[row + c]!));
}

/** Every replication's digest read off a study's aggregate (what the app keeps of a study). */
export function studyDigests(layout: StudyLayout, aggregate: Pick<StudyAggregate, 'values' | 'cells' | 'days' | 'replications'>): ReplicationDigest[] {
  const { cells, days, replications: R, values } = aggregate;
  const digest = lastDayDigest(layout);
  return Array.from({ length: R }, (_, r) => digest((c) => (days === 0 ? 0 : values[((days - 1) * cells + c) * R + r]!)));
}

function intervals<K extends string>(keys: readonly K[], runs: readonly Readonly<Partial<Record<K, number>>>[]): Record<K, Interval> {
  return Object.fromEntries(keys.map((k) => [k, intervalOf(runs.map((r) => r[k] ?? 0))])) as Record<K, Interval>;
}

/** A report's digest of one run: its figures, no intervals (`digest`: the run's own, when already taken). */
export function singleReportRun(project: Project, result: SimulationResult, contacts: number, digest: ReplicationDigest = replicationDigest(project, result)): ReportRun {
  const stages = [...LIFECYCLE_STAGES, 'unknown'];
  const workflows: WorkflowRun[] = result.workflows.map((wf) => {
    const entered: Record<string, number> = {};
    result.steps.forEach((s) => {
      if (s.workflow === wf.id) entered[s.step] = s.entered;
    });
    const edges: Record<string, number> = {};
    for (const e of result.edges) if (e.workflow === wf.id) edges[`${e.from}/${e.slot}`] = e.count;
    return { id: wf.id, end: digest.ends[wf.id]!, entered, edges };
  });
  const t = result.totals;
  return {
    contacts,
    startDate: result.startDate,
    horizonDays: result.horizonDays,
    seed: result.seed,
    timeZone: result.timeZone,
    arrivals: project.simulation.arrivals,
    replications: 1,
    workflows,
    programme: digest.programme,
    lists: digest.lists,
    lifecycle: Object.fromEntries(stages.map((stage, k) => [stage, Array.from(result.series.lifecycle[k] ?? [])])),
    emails: { sent: t.emailsSent, opened: t.opened, clicked: t.clicked, unsubscribed: t.unsubscribed, bounced: t.bounced, conversions: t.conversions },
  };
}

/**
 * The first run's digest with the intervals over every replication's (`digests[0]` is the first
 * run's own; seeds seed, seed + 1, ... in order). Fewer than two: the run as it is.
 */
export function withReplications(project: Project, run: ReportRun, digests: readonly ReplicationDigest[]): ReportRun {
  if (digests.length < 2) return run;
  const map = programmeMap(project);
  return {
    ...run,
    replications: digests.length,
    workflows: run.workflows.map((wf) => ({ ...wf, intervals: intervals(END_FIGURES, digests.map((d) => d.ends[wf.id] ?? {})) })),
    programmeIntervals: intervals(map.edges.map((e) => e.key), digests.map((d) => d.programme)),
    listIntervals: intervals(project.lists.map((l) => l.id as string), digests.map((d) => d.lists)),
  };
}

/**
 * A report's digest of one run, or of replications of it (the same project and contacts, seeds
 * seed, seed + 1, ...): the first run's figures, and the intervals over all of them. Each run is
 * read once, in order, and not kept: given a generator, only one run is held at a time. (The app
 * gives its one run; `flowbench report` runs all but the first without their logs: `frameDigest`.)
 */
export function reportRun(project: Project, results: Iterable<SimulationResult>, contacts: number): ReportRun {
  const map = programmeMap(project);
  const digests: ReplicationDigest[] = [];
  let first: ReportRun | null = null;
  for (const result of results) {
    const digest = replicationDigest(project, result, map);
    first ??= singleReportRun(project, result, contacts, digest);
    digests.push(digest);
  }
  if (!first) throw new Error('reportRun needs at least one run.');
  return withReplications(project, first, digests);
}
