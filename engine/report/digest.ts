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
  /** Per workflow id, contacts that entered each step (by step id) over the run. */
  readonly entered: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Per workflow id, traversals of each edge (`from/slot`) over the run. */
  readonly edges: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Contacts carried by each link of the programme map, by edge key. */
  readonly programme: Readonly<Record<string, number>>;
  /** Members of each static list at the end, by list id. */
  readonly lists: Readonly<Record<string, number>>;
  readonly emails: ReportRun['emails'];
  /** Contacts per lifecycle stage (and `unknown`) at the end of each day, day 0 first. */
  readonly lifecycle: Readonly<Record<string, readonly number[]>>;
}

const ZERO_ENDS: EndFigures = { enrolled: 0, completed: 0, goal: 0, unenrolled: 0, inProgress: 0, lost: 0 };

/** The lifecycle stages a report follows, in the engine's series order. */
const STAGES = [...LIFECYCLE_STAGES, 'unknown'];
/** A report's email figures, each a study's total cell of the same name (engine/study layout.ts TOTAL_FIGURES). */
const EMAIL_FIGURES = ['sent', 'opened', 'clicked', 'unsubscribed', 'bounced', 'conversions'] as const satisfies readonly (keyof ReportRun['emails'])[];

export function replicationDigest(project: Project, result: SimulationResult, map: ProgrammeMap = programmeMap(project)): ReplicationDigest {
  const entered: Record<string, Record<string, number>> = {};
  const edges: Record<string, Record<string, number>> = {};
  for (const wf of result.workflows) {
    entered[wf.id] = {};
    edges[wf.id] = {};
  }
  for (const s of result.steps) entered[s.workflow]![s.step] = s.entered;
  for (const e of result.edges) edges[e.workflow]![`${e.from}/${e.slot}`] = e.count;
  const t = result.totals;
  return {
    ends: Object.fromEntries(result.workflows.map((wf, w) => [wf.id, endFigures(result.stateAt(result.lastMinute), w)])),
    entered,
    edges,
    programme: Object.fromEntries(programmeCounts(project, map, result)),
    lists: Object.fromEntries(project.lists.map((l) => [l.id, result.listCounts[l.id] ?? 0])),
    emails: { sent: t.emailsSent, opened: t.opened, clicked: t.clicked, unsubscribed: t.unsubscribed, bounced: t.bounced, conversions: t.conversions },
    lifecycle: Object.fromEntries(STAGES.map((stage, k) => [stage, Array.from(result.series.lifecycle[k] ?? [])])),
  };
}

/**
 * A replication's digest read off its study counts (engine/study) instead of its full run: the
 * counts on the last day of the horizon (`at(cell, days - 1)`), where each workflow's end figures
 * and steps and edges, each list's members, each programme link's contacts and the email totals
 * are cells, and the lifecycle stages on every day. The same digest as `replicationDigest` of the
 * full run (tests/engine/report/study-digests.test.ts) for a run to its horizon, as the app's
 * studies and `flowbench report` are: a run stopped within a day (`stopAtMinute`) has its lists
 * counted at the last midnight, not at the stop. The cells are looked up once per layout; the
 * function given back reads one replication.
 */
function studyDigest(layout: StudyLayout, days: number): (at: (cell: number, day: number) => number) => ReplicationDigest {
  const byKey = new Map(layout.cells.map((c, k) => [c.key, k]));
  const cell = (key: string) => byKey.get(key) ?? -1;
  const workflows = [...new Set(layout.cells.filter((c) => c.kind === 'workflow').map((c) => c.workflow))].map((w) => ({
    id: w,
    enrolled: cell(`workflow|${w}||enrolled`),
    lost: cell(`workflow|${w}||lost`),
    ended: END_STATES.map((state) => [state, cell(`workflow|${w}||${state}`)] as const),
  }));
  const steps = layout.cells.flatMap((c, k) => (c.kind === 'step' && c.figure === 'entered' ? [[c.workflow, c.subject, k] as const] : []));
  // Edge cells say `from>slot`; a report names edges `from/slot`, as the layout does.
  const edges = layout.cells.flatMap((c, k) => (c.kind === 'edge' ? [[c.workflow, `${c.subject.slice(0, c.subject.lastIndexOf('>'))}/${c.subject.slice(c.subject.lastIndexOf('>') + 1)}`, k] as const] : []));
  const links = layout.cells.flatMap((c, k) => (c.kind === 'programme' ? [[c.subject, k] as const] : []));
  const lists = layout.lists.map((l) => [l, cell(`list||${l}|`)] as const);
  const [sent, opened, clicked, unsubscribed, bounced, conversions] = EMAIL_FIGURES.map((name) => cell(`total||${name}|`)) as [number, number, number, number, number, number];
  const stages = STAGES.map((s) => [s, cell(`stage||${s}|`)] as const);
  return (read) => {
    const at = (c: number) => (c < 0 || days === 0 ? 0 : read(c, days - 1));
    // The workflows' rows as `stateAt` gives them, for the same end figures as a full run's.
    const state = { workflows: workflows.map((w) => ({ enrolled: at(w.enrolled), lost: at(w.lost), ended: Object.fromEntries(w.ended.map(([e, c]) => [e, at(c)])) as Record<EndState, number> })) };
    const perWorkflow = (rows: readonly (readonly [string, string, number])[]) => {
      const out: Record<string, Record<string, number>> = Object.fromEntries(workflows.map((w) => [w.id, {}]));
      for (const [w, key, c] of rows) (out[w] ??= {})[key] = at(c);
      return out;
    };
    return {
      ends: Object.fromEntries(workflows.map((w, k) => [w.id, endFigures(state, k)])),
      entered: perWorkflow(steps),
      edges: perWorkflow(edges),
      programme: Object.fromEntries(links.map(([key, c]) => [key, at(c)])),
      lists: Object.fromEntries(lists.map(([l, c]) => [l, at(c)])),
      emails: { sent: at(sent), opened: at(opened), clicked: at(clicked), unsubscribed: at(unsubscribed), bounced: at(bounced), conversions: at(conversions) },
      lifecycle: Object.fromEntries(stages.map(([s, c]) => [s, Array.from({ length: days }, (_, d) => (c < 0 ? 0 : read(c, d)))])),
    };
  };
}

/** One replication's digest from its daily frame (engine/study `replicationFrame`, counted without a log). */
export function frameDigest(layout: StudyLayout, frame: Int32Array): ReplicationDigest {
  const C = layout.cells.length;
  return studyDigest(layout, C === 0 ? 0 : frame.length / C)((c, d) => frame[d * C + c]!);
}

/** Every replication's digest read off a study's aggregate (what the app keeps of a study). */
export function studyDigests(layout: StudyLayout, aggregate: Pick<StudyAggregate, 'values' | 'cells' | 'days' | 'replications'>): ReplicationDigest[] {
  const { cells, days, replications: R, values } = aggregate;
  const digest = studyDigest(layout, days);
  return Array.from({ length: R }, (_, r) => digest((c, d) => values[(d * cells + c) * R + r]!));
}

/** The workflows' end figures added up, per figure (one run's: whole contacts, so the sum is exact). */
function sumEnds(ends: readonly EndFigures[]): EndFigures {
  const add = (f: keyof EndFigures) => ends.reduce((n, e) => n + e[f], 0);
  return { enrolled: add('enrolled'), completed: add('completed'), goal: add('goal'), unenrolled: add('unenrolled'), inProgress: add('inProgress'), lost: add('lost') };
}

function intervals<K extends string>(keys: readonly K[], runs: readonly Readonly<Partial<Record<K, number>>>[]): Record<K, Interval> {
  return Object.fromEntries(keys.map((k) => [k, intervalOf(runs.map((r) => r[k] ?? 0))])) as Record<K, Interval>;
}

/** A report's digest of one run: its figures, no intervals (`digest`: the run's own, when already taken). */
export function singleReportRun(project: Project, result: SimulationResult, contacts: number, digest: ReplicationDigest = replicationDigest(project, result)): ReportRun {
  const workflows: WorkflowRun[] = result.workflows.map((wf) => ({ id: wf.id, end: digest.ends[wf.id]!, entered: digest.entered[wf.id] ?? {}, edges: digest.edges[wf.id] ?? {} }));
  return {
    contacts,
    startDate: result.startDate,
    horizonDays: result.horizonDays,
    seed: result.seed,
    timeZone: result.timeZone,
    arrivals: result.arrivals,
    replications: 1,
    workflows,
    total: sumEnds(workflows.map((w) => w.end)),
    programme: digest.programme,
    lists: digest.lists,
    lifecycle: digest.lifecycle,
    emails: digest.emails,
  };
}

/** Per key, the mean over the runs, to a whole contact (a report counts contacts, as the app shows a study's means). */
function means<K extends string>(keys: readonly K[], runs: readonly Readonly<Partial<Record<K, number>>>[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, Math.round(runs.reduce((n, r) => n + (r[k] ?? 0), 0) / runs.length)])) as Record<K, number>;
}

/**
 * The report of replications (`digests[0]` is the first run's own; seeds seed, seed + 1, ... in
 * order): every figure the mean over them, whole, as the app shows a study; end states, lists,
 * links, emails and the lifecycle stages on each day with their 90 % intervals. The run's settings stay
 * (`run`: the first run's report). Fewer than two: the run as it is.
 */
export function withReplications(project: Project, run: ReportRun, digests: readonly ReplicationDigest[]): ReportRun {
  if (digests.length < 2) return run;
  const map = programmeMap(project);
  const links = map.edges.map((e) => e.key);
  const lists = project.lists.map((l) => l.id as string);
  const stages = Object.keys(run.lifecycle);
  // Each run's total over the workflows, then the mean of those: never a sum of rounded means.
  const totals = digests.map((d) => sumEnds(run.workflows.map((wf) => d.ends[wf.id] ?? ZERO_ENDS)));
  return {
    ...run,
    replications: digests.length,
    workflows: run.workflows.map((wf) => {
      const ends = digests.map((d) => d.ends[wf.id] ?? {});
      return {
        id: wf.id,
        end: means(END_FIGURES, ends),
        intervals: intervals(END_FIGURES, ends),
        entered: means(Object.keys(wf.entered), digests.map((d) => d.entered[wf.id] ?? {})),
        edges: means(Object.keys(wf.edges), digests.map((d) => d.edges[wf.id] ?? {})),
      };
    }),
    total: means(END_FIGURES, totals),
    totalIntervals: intervals(END_FIGURES, totals),
    programme: means(links, digests.map((d) => d.programme)),
    programmeIntervals: intervals(links, digests.map((d) => d.programme)),
    lists: means(lists, digests.map((d) => d.lists)),
    listIntervals: intervals(lists, digests.map((d) => d.lists)),
    emails: means(EMAIL_FIGURES, digests.map((d) => d.emails)),
    emailIntervals: intervals(EMAIL_FIGURES, digests.map((d) => d.emails)),
    lifecycle: Object.fromEntries(
      stages.map((s) => {
        const days = run.lifecycle[s]!.length;
        return [s, Array.from({ length: days }, (_, day) => digests.reduce((n, d) => n + (d.lifecycle[s]?.[day] ?? 0), 0) / digests.length)];
      }),
    ),
    lifecycleIntervals: Object.fromEntries(stages.map((s) => [s, Array.from({ length: run.lifecycle[s]!.length }, (_, day) => intervalOf(digests.map((d) => d.lifecycle[s]?.[day] ?? 0)))])),
  };
}

/**
 * A report's digest of one run, or of replications of it (the same project and contacts, seeds
 * seed, seed + 1, ...): the means over all of them, with intervals (`withReplications`). Each run is
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
