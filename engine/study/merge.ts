import { ENROLLMENT } from '../model/index.ts';
import { END_STATES, type EndState, type Totals, type WorkflowLoop, type WorkflowStats } from '../sim/index.ts';
import { LOG_FIELDS, type RunRecord } from './record.ts';

/**
 * Merges the records of a run split into contact ranges (record.ts), given in range order, into
 * the record of the same run in one thread. Contacts never act on one another and each draws from
 * its own stream (seeded from the seed and its id), so each part runs its contacts exactly as the
 * single run does; only numbering and order are global, and are put back here:
 * - contacts and enrollments are numbered contact by contact: part p's are offset by the parts before;
 * - log rows are in time order, and within a minute contact by contact: a merge by (minute, part);
 * - a loop across workflows is numbered in order of first sight: the parts' lists, in order, without repeats
 *   (an ended row of state `workflow-loop` holds `-2 - loop` and is renumbered);
 * - counters, daily series and end steps add up.
 */

const F = LOG_FIELDS.length;
const CONTACT = 1;
const ENROLL = 2;
const KIND = 4;
const DETAIL = 5;
const EXTRA = 6;
const K_ENDED = 3;
const WORKFLOW_LOOP = END_STATES.indexOf('workflow-loop');

function sumInto(target: Int32Array, source: ArrayLike<number>): void {
  for (let k = 0; k < target.length; k++) target[k]! += source[k]!;
}

function sumRecords(records: readonly Readonly<Record<string, number>>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + v;
  return out;
}

function mergeWorkflows(records: readonly RunRecord[], stepOrder: readonly string[]): WorkflowStats[] {
  return records[0]!.workflows.map((first, w) => {
    const all = records.map((r) => r.workflows[w]!);
    const completed = sumRecords(all.map((x) => x.completedAt));
    return {
      id: first.id,
      name: first.name,
      enrolled: all.reduce((n, x) => n + x.enrolled, 0),
      ended: sumRecords(all.map((x) => x.ended)) as Record<EndState, number>,
      completedAt: Object.fromEntries(stepOrder.filter((id) => completed[id] !== undefined).map((id) => [id, completed[id]!])),
      lost: all.reduce((n, x) => n + x.lost, 0),
      sentSome: all.reduce((n, x) => n + x.sentSome, 0),
    };
  });
}

function mergeLoops(records: readonly RunRecord[]): { loops: WorkflowLoop[]; renumber: Int32Array[] } {
  const loops: { chain: WorkflowLoop['chain']; contacts: number; cuts: number }[] = [];
  const index = new Map<string, number>();
  const renumber = records.map((r) =>
    Int32Array.from(r.workflowLoops, (l) => {
      const key = l.chain.join('\u0000');
      let k = index.get(key);
      if (k === undefined) {
        k = loops.push({ chain: l.chain, contacts: 0, cuts: 0 }) - 1;
        index.set(key, k);
      }
      loops[k]!.contacts += l.contacts;
      loops[k]!.cuts += l.cuts;
      return k;
    }),
  );
  return { loops, renumber };
}

/** The parts' log rows in one thread's order, contacts and enrollments renumbered. */
function mergeLogs(records: readonly RunRecord[], contactBase: readonly number[], enrollmentBase: readonly number[], renumber: readonly Int32Array[]): Int32Array {
  const logs = records.map((r) => r.log!);
  const out = new Int32Array(logs.reduce((n, l) => n + l.length, 0));
  const at = new Array<number>(records.length).fill(0);
  let o = 0;
  for (;;) {
    // The part with the earliest next row; the first part on a tie (its contacts run first).
    let p = -1;
    let t = Infinity;
    for (let q = 0; q < logs.length; q++) {
      if (at[q]! < logs[q]!.length && logs[q]![at[q]!]! < t) {
        t = logs[q]![at[q]!]!;
        p = q;
      }
    }
    if (p < 0) break;
    const log = logs[p]!;
    // The whole run of rows of part p up to the next part's earliest minute moves at once.
    let limit = Infinity;
    for (let q = 0; q < logs.length; q++) if (q !== p && at[q]! < logs[q]!.length) limit = Math.min(limit, logs[q]![at[q]!]! + (q < p ? 0 : 1));
    let r = at[p]!;
    for (; r < log.length && log[r]! < limit; r += F) {
      out.set(log.subarray(r, r + F), o);
      if (out[o + CONTACT]! >= 0) out[o + CONTACT]! += contactBase[p]!;
      if (out[o + ENROLL]! >= 0) out[o + ENROLL]! += enrollmentBase[p]!;
      if (out[o + KIND] === K_ENDED && (out[o + DETAIL]! & 15) === WORKFLOW_LOOP && out[o + EXTRA]! <= -2) out[o + EXTRA] = -2 - renumber[p]![-2 - out[o + EXTRA]!]!;
      o += F;
    }
    at[p] = r;
  }
  return out;
}

function concat<T extends Int32Array | Int8Array | Uint8Array>(parts: readonly T[], make: (n: number) => T, offsets?: readonly number[]): T {
  const out = make(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  parts.forEach((p, k) => {
    out.set(p, o);
    if (offsets) for (let i = o; i < o + p.length; i++) out[i]! += offsets[k]!;
    o += p.length;
  });
  return out;
}

export function mergeRecords(records: readonly RunRecord[]): RunRecord {
  const first = records[0];
  if (!first) throw new Error('Nothing to merge.');
  if (records.length === 1) return first;
  const contactBase: number[] = [];
  const enrollmentBase: number[] = [];
  let contacts = 0;
  let enrollments = 0;
  for (const r of records) {
    contactBase.push(contacts);
    enrollmentBase.push(enrollments);
    contacts += r.contactCount;
    enrollments += r.enrollments.count;
  }
  const { loops, renumber } = mergeLoops(records);
  const stepOrder = [ENROLLMENT as string, ...first.steps.map((s) => s.step as string)];
  const totals = { ...first.totals } as Totals;
  for (const r of records.slice(1)) for (const k of Object.keys(totals) as (keyof Totals)[]) totals[k] += r.totals[k];
  const sumSeries = (pick: (r: RunRecord) => Int32Array) => {
    const out = pick(first).slice();
    for (const r of records.slice(1)) sumInto(out, pick(r));
    return out;
  };
  const e = records.map((r) => r.enrollments);
  return {
    ...first,
    workflows: mergeWorkflows(records, stepOrder),
    steps: first.steps.map((s, k) => {
      const entered = records.reduce((n, r) => n + r.steps[k]!.entered, 0);
      const waiting = records.reduce((n, r) => n + r.steps[k]!.waiting, 0);
      return { ...s, entered, exited: entered - waiting, waiting };
    }),
    edges: first.edges.map((edge, k) => ({ ...edge, count: records.reduce((n, r) => n + r.edges[k]!.count, 0) })),
    totals,
    series: {
      days: first.series.days,
      stepWaiting: sumSeries((r) => r.series.stepWaiting),
      lifecycle: first.series.lifecycle.map((_, k) => sumSeries((r) => r.series.lifecycle[k]!)),
      lists: first.series.lists.map((_, k) => sumSeries((r) => r.series.lists[k]!)),
    },
    listCounts: sumRecords(records.map((r) => r.listCounts)),
    lifecycleCounts: sumRecords(records.map((r) => r.lifecycleCounts)),
    workflowLoops: loops,
    contactCount: contacts,
    contactIds: records.flatMap((r) => r.contactIds),
    enrollments: {
      count: enrollments,
      contact: concat(e.map((x) => x.contact), (n) => new Int32Array(n), contactBase),
      workflow: concat(e.map((x) => x.workflow), (n) => new Int32Array(n)),
      enrolledAt: concat(e.map((x) => x.enrolledAt), (n) => new Int32Array(n)),
      endedAt: concat(e.map((x) => x.endedAt), (n) => new Int32Array(n)),
      endState: concat(e.map((x) => x.endState), (n) => new Int8Array(n)),
      endStep: concat(e.map((x) => x.endStep), (n) => new Int32Array(n)),
      lost: concat(e.map((x) => x.lost), (n) => new Uint8Array(n)),
    },
    log: records.every((r) => r.log) ? mergeLogs(records, contactBase, enrollmentBase, renumber) : null,
  };
}
