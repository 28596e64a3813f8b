import type { Arrivals } from '../model/index.ts';
import type { ContactInput, ContactSource, SimulationOptions, SimulationResult } from '../sim/index.ts';

/**
 * A run as plain data (numbers, strings, typed arrays): what a worker sends back of its part of a
 * split run, and what the parts merge into (merge.ts). Everything of a `SimulationResult` but the
 * questions that need the live run (`stateAt`, `contactAt`, `finalContacts`): counters, daily
 * series, enrollments and, when asked for, the log rows and contact ids.
 */
export interface RunRecord
  extends Pick<
    SimulationResult,
    'startDate' | 'timeZone' | 'startMs' | 'horizonDays' | 'lastMinute' | 'seed' | 'workflows' | 'steps' | 'edges' | 'totals' | 'listCounts' | 'lifecycleCounts' | 'workflowLoops'
  > {
  readonly series: { readonly days: number; readonly stepWaiting: Int32Array; readonly lifecycle: readonly Int32Array[]; readonly lists: readonly Int32Array[] };
  /** Contacts run (the start population, then arrivals). */
  readonly contactCount: number;
  /** Their ids, by index; empty when the run was asked for counts only (a million strings to copy). */
  readonly contactIds: readonly string[];
  readonly enrollments: {
    readonly count: number;
    readonly contact: Int32Array;
    readonly workflow: Int32Array;
    readonly enrolledAt: Int32Array;
    readonly endedAt: Int32Array;
    readonly endState: Int8Array;
    readonly endStep: Int32Array;
    readonly lost: Uint8Array;
  };
  /** Seven numbers a row (LOG_FIELDS), in time order; null when the run was asked for counts only. */
  readonly log: Int32Array | null;
}

export const LOG_FIELDS = ['time', 'contact', 'enrollment', 'step', 'kind', 'detail', 'extra'] as const;

/** Copies what a record keeps out of a finished run (copies: the run's buffers may be reused). */
export function runRecord(result: SimulationResult, withLog: boolean): RunRecord {
  const e = result.enrollments;
  let rows: Int32Array | null = null;
  if (withLog) {
    const log = result.log;
    rows = new Int32Array(log.length * LOG_FIELDS.length);
    for (let r = 0, o = 0; r < log.length; r++) {
      rows[o++] = log.time(r);
      rows[o++] = log.contact(r);
      rows[o++] = log.enrollment(r);
      rows[o++] = log.step(r);
      rows[o++] = log.kind(r);
      rows[o++] = log.detail(r);
      rows[o++] = log.extra(r);
    }
  }
  return {
    startDate: result.startDate,
    timeZone: result.timeZone,
    startMs: result.startMs,
    horizonDays: result.horizonDays,
    lastMinute: result.lastMinute,
    seed: result.seed,
    workflows: result.workflows,
    steps: result.steps,
    edges: result.edges,
    totals: { ...result.totals },
    series: { days: result.series.days, stepWaiting: result.series.stepWaiting.slice(), lifecycle: result.series.lifecycle.map((s) => s.slice()), lists: result.series.lists.map((s) => s.slice()) },
    listCounts: result.listCounts,
    lifecycleCounts: result.lifecycleCounts,
    workflowLoops: result.workflowLoops,
    contactCount: result.contactIds.length,
    contactIds: withLog ? result.contactIds : [],
    enrollments: {
      count: e.count,
      contact: e.contact.slice(),
      workflow: e.workflow.slice(),
      enrolledAt: e.enrolledAt.slice(),
      endedAt: e.endedAt.slice(),
      endState: e.endState.slice(),
      endStep: e.endStep.slice(),
      lost: e.lost.slice(),
    },
    log: rows,
  };
}

/** Contacts [from, to) of `contacts`, read on demand. */
export function contactRange(contacts: ContactInput, from: number, to: number): ContactSource {
  const at = 'length' in contacts ? (k: number) => contacts[k]! : (k: number) => contacts.contact(k);
  return { count: to - from, contact: (k) => at(from + k) };
}

/** Contact ranges of about the same size, in order, covering 0..count. */
export function partRanges(count: number, parts: number): [number, number][] {
  const n = Math.max(1, Math.min(parts, Math.max(1, count)));
  return Array.from({ length: n }, (_, p) => [Math.floor((count * p) / n), Math.floor((count * (p + 1)) / n)]);
}

/**
 * The options of part p of P: the arrivals (new contacts, numbered after the whole start
 * population in a single run) all go to the last part, which runs them after its own contacts,
 * as the single run does; the other parts have none.
 */
export function partOptions(options: SimulationOptions, arrivals: Arrivals, part: number, parts: number): SimulationOptions {
  return part === parts - 1 ? options : { ...options, arrivals: { ...arrivals, ...options.arrivals, perDay: 0 } };
}
