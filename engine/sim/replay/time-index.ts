import { END_STATE_MASK, END_STATES, K, LOST_FLAG, upperBound, type EventLog } from '../state/log.ts';
import type { ListJournal } from '../state/list-journal.ts';

/**
 * Sorted time arrays built once from the log so any instant can be answered by binary
 * searches, whatever the population: per step entries and exits, per edge traversals, per
 * workflow enrollments and end states, per email reaction kind, per static list its joins
 * (bucket 2l) and leaves (2l + 1), and each contact's rows.
 */

/** Buckets of values in CSR form: `values[offsets[b] .. offsets[b + 1])`. */
export interface Csr {
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

function buildCsr(buckets: number, scan: (emit: (bucket: number, value: number) => void) => void): Csr {
  const offsets = new Int32Array(buckets + 1);
  scan((b) => {
    offsets[b + 1]!++;
  });
  for (let b = 0; b < buckets; b++) offsets[b + 1]! += offsets[b]!;
  const values = new Int32Array(offsets[buckets]!);
  const fill = offsets.slice(0, buckets);
  scan((b, v) => {
    values[fill[b]!++] = v;
  });
  return { offsets, values };
}

/** How many values of bucket b are <= t. */
export function countUpTo(csr: Csr, b: number, t: number): number {
  const from = csr.offsets[b]!;
  return upperBound(csr.values, t, from, csr.offsets[b + 1]!) - from;
}

/** End-state slots per workflow: the END_STATES, then "lost". */
export const END_SLOTS = END_STATES.length + 1;
export const TOTAL_KINDS = [K.sent, K.opened, K.clicked, K.unsubscribed, K.bounced, K.submitted] as const;

export interface TimeIndex {
  readonly enter: Csr;
  readonly exit: Csr;
  readonly edges: Csr;
  readonly enrolled: Csr;
  readonly ended: Csr;
  readonly totals: Csr;
  readonly byContact: Csr;
  readonly lists: Csr;
}

export function buildTimeIndex(
  log: EventLog,
  steps: number,
  edges: number,
  workflows: number,
  contacts: number,
  enrollmentWorkflow: Int32Array,
  enrollments: number,
  lists: number,
  journal: ListJournal,
): TimeIndex {
  const n = log.length;
  const current = new Int32Array(enrollments);
  const exits = (emit: (b: number, v: number) => void) => {
    current.fill(-1);
    for (let r = 0; r < n; r++) {
      const k = log.kind(r);
      if (k !== K.at && k !== K.ended) continue;
      const e = log.enrollment(r);
      const was = current[e]!;
      if (was >= 0) emit(was, log.time(r));
      current[e] = k === K.at ? log.step(r) : -1;
    }
  };
  const kindSlot = new Int8Array(256).fill(-1);
  TOTAL_KINDS.forEach((k, i) => (kindSlot[k] = i));
  return {
    enter: buildCsr(steps, (emit) => {
      for (let r = 0; r < n; r++) if (log.kind(r) === K.at) emit(log.step(r), log.time(r));
    }),
    exit: buildCsr(steps, exits),
    edges: buildCsr(edges, (emit) => {
      for (let r = 0; r < n; r++) {
        if (log.kind(r) === K.at) emit(log.detail(r), log.time(r));
        else if (log.kind(r) === K.ended && log.extra(r) >= 0) emit(log.extra(r), log.time(r));
      }
    }),
    enrolled: buildCsr(workflows, (emit) => {
      for (let r = 0; r < n; r++) if (log.kind(r) === K.enrolled) emit(enrollmentWorkflow[log.enrollment(r)]!, log.time(r));
    }),
    ended: buildCsr(workflows * END_SLOTS, (emit) => {
      for (let r = 0; r < n; r++) {
        if (log.kind(r) !== K.ended) continue;
        const w = enrollmentWorkflow[log.enrollment(r)]!;
        emit(w * END_SLOTS + (log.detail(r) & END_STATE_MASK), log.time(r));
        if (log.detail(r) & LOST_FLAG) emit(w * END_SLOTS + END_STATES.length, log.time(r));
      }
    }),
    totals: buildCsr(TOTAL_KINDS.length, (emit) => {
      for (let r = 0; r < n; r++) {
        const slot = kindSlot[log.kind(r)]!;
        if (slot >= 0) emit(slot, log.time(r));
      }
    }),
    byContact: buildCsr(contacts, (emit) => {
      for (let r = 0; r < n; r++) if (log.contact(r) >= 0) emit(log.contact(r), r);
    }),
    // The journal is in time order, so each bucket comes out sorted.
    lists: buildCsr(lists * 2, (emit) => {
      for (let r = 0; r < journal.length; r++) emit(journal.slot(r), journal.time(r));
    }),
  };
}
