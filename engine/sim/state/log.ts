/** The event log: one row per thing that happened, in time order once the run is finished. */

/** Row kinds. */
export const K = {
  /** Enrolled; step -1, detail = how (EnrollHow). */
  enrolled: 1,
  /** Arrived at a step; detail = edge traversed. */
  at: 2,
  /** Left the workflow; step = the step it was at or last ran, detail = EndState, extra = edge or -1. */
  ended: 3,
  /** Email sent by a step; detail = email index. */
  sent: 4,
  /** Send skipped; detail = email index, extra = SkipReason. */
  skipped: 5,
  /** Branch decision; detail = chosen edge, extra = bitmask of filters that held. */
  branch: 6,
  /** A reaction to an email; step = the send step, detail = email index. */
  bounced: 7,
  opened: 8,
  clicked: 9,
  unsubscribed: 10,
  /** Form submitted; detail = asset index (-1 unknown), extra = 1 when spontaneous, 0 from an email. */
  submitted: 11,
  /** A step's action done (set, list, notification...); detail = step-specific value. */
  action: 12,
  /** A backward lifecycle set ignored; detail = rank asked, extra = rank kept. */
  ignored: 13,
  /** A new contact entered the sandbox. */
  arrived: 14,
  /** A step skipped because its anchored moment had passed. */
  passed: 15,
} as const;

export const END_STATES = ['completed', 'goal', 'suppressed', 'not-matching', 'unenrolled-by-workflow', 'unenrolled-on-other-enrollment', 'loop', 'in-progress', 'workflow-loop'] as const;
export type EndState = (typeof END_STATES)[number];
export const END = {
  completed: 0,
  goal: 1,
  suppressed: 2,
  notMatching: 3,
  byWorkflow: 4,
  onOtherEnrollment: 5,
  loop: 6,
  inProgress: 7,
  /**
   * A loop across workflows: at one instant, an enrollment would enroll the contact (by a step or
   * a change meeting a trigger) in a workflow that the chain of enrollments leading to it entered
   * at that same instant. The ended row's extra is `-2 - chain` (index in `Sim#workflowLoops`).
   */
  workflowLoop: 8,
} as const;
/** In an ended row's detail, beside the end state: completed on a path that added the contact to no static list. */
export const LOST_FLAG = 16;
/** The end state in an ended row's detail. */
export const END_STATE_MASK = 15;
/** A branch row's extra keeps which filters held, one bit each: the first 31 filters of a decision. */
export const DECISION_BITS = 31;

export const SKIP_REASONS = ['unsubscribed', 'bounced', 'no-email', 'moment-passed'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
export const SKIP = { unsubscribed: 0, bounced: 1, noEmail: 2, momentPassed: 3 } as const;

export const ENROLL_HOWS = ['at-start', 'on-change', 'at-midnight', 'by-workflow', 'yearly', 'on-arrival'] as const;
export type EnrollHow = (typeof ENROLL_HOWS)[number];

const ROW = 6;
const BLOCK_ROWS = 1024;
const BLOCK = ROW * BLOCK_ROWS;

/**
 * Rows are stored row by row (24 bytes: time, contact, enrollment, (step + 1) << 8 | kind,
 * detail, extra) in blocks of 1024. Contacts are run one after another, so while the run goes
 * each row goes to the blocks of its day (`day`, kept by the run); `finish` then takes the days
 * in order and sorts each one's rows by minute (rows of a minute keep their order: contact by
 * contact, each contact's in its own order) into the final blocks, taken again from the days
 * already sorted: the log is held twice for one day at most, and the sort only touches one day. Read a row's fields with
 * `time(r)`, `contact(r)`... once finished.
 */
export class EventLog {
  length = 0;
  /** The day the rows being added belong to (set by the run as its clock moves). */
  day = 0;
  private byDay: (Int32Array[] | undefined)[] = [];
  /** Rows in the last block of each day. */
  private fill: number[] = [];
  private blocks: Int32Array[] = [];
  private finished = false;

  add(time: number, contact: number, enrollment: number, step: number, kind: number, detail: number, extra: number): void {
    const d = this.day;
    let list = this.byDay[d];
    if (!list) {
      list = this.byDay[d] = [new Int32Array(BLOCK)];
      this.fill[d] = 0;
    }
    let k = this.fill[d]!;
    if (k === BLOCK_ROWS) {
      list.push(new Int32Array(BLOCK));
      k = 0;
    }
    this.fill[d] = k + 1;
    const b = list[list.length - 1]!;
    const o = k * ROW;
    b[o] = time;
    b[o + 1] = contact;
    b[o + 2] = enrollment;
    b[o + 3] = ((step + 1) << 8) | kind;
    b[o + 4] = detail;
    b[o + 5] = extra;
    this.length++;
  }

  /** Puts the rows in time order, day by day (see the class). */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const out = this.blocks;
    // Blocks of the days already sorted are taken again for the next days' rows.
    const free: Int32Array[] = [];
    let base = 0;
    for (let d = 0; d < this.byDay.length; d++) {
      const list = this.byDay[d];
      if (!list) continue;
      const rows = (list.length - 1) * BLOCK_ROWS + this.fill[d]!;
      let first = Infinity;
      let last = -Infinity;
      forRows(list, rows, (b, o) => {
        if (b[o]! < first) first = b[o]!;
        if (b[o]! > last) last = b[o]!;
      });
      const at = new Int32Array(last - first + 2);
      forRows(list, rows, (b, o) => void at[b[o]! - first + 1]!++);
      for (let m = 1; m < at.length; m++) at[m]! += at[m - 1]!;
      while (out.length * BLOCK_ROWS < base + rows) out.push(free.pop() ?? new Int32Array(BLOCK));
      for (let k = 0; k < list.length; k++) {
        const b = list[k]!;
        const end = Math.min(BLOCK_ROWS, rows - k * BLOCK_ROWS) * ROW;
        for (let o = 0; o < end; o += ROW) {
          const r = base + at[b[o]! - first]!++;
          const to = out[r >>> 10]!;
          const p = (r & (BLOCK_ROWS - 1)) * ROW;
          to[p] = b[o]!;
          to[p + 1] = b[o + 1]!;
          to[p + 2] = b[o + 2]!;
          to[p + 3] = b[o + 3]!;
          to[p + 4] = b[o + 4]!;
          to[p + 5] = b[o + 5]!;
        }
      }
      base += rows;
      free.push(...list);
      this.byDay[d] = undefined;
    }
    this.byDay = [];
    this.fill = [];
  }

  time(r: number): number {
    return this.blocks[r >>> 10]![(r & (BLOCK_ROWS - 1)) * ROW]!;
  }

  contact(r: number): number {
    return this.blocks[r >>> 10]![(r & (BLOCK_ROWS - 1)) * ROW + 1]!;
  }

  enrollment(r: number): number {
    return this.blocks[r >>> 10]![(r & (BLOCK_ROWS - 1)) * ROW + 2]!;
  }

  step(r: number): number {
    return (this.blocks[r >>> 10]![(r & (BLOCK_ROWS - 1)) * ROW + 3]! >> 8) - 1;
  }

  kind(r: number): number {
    return this.blocks[r >>> 10]![(r & (BLOCK_ROWS - 1)) * ROW + 3]! & 255;
  }

  detail(r: number): number {
    return this.blocks[r >>> 10]![(r & (BLOCK_ROWS - 1)) * ROW + 4]!;
  }

  extra(r: number): number {
    return this.blocks[r >>> 10]![(r & (BLOCK_ROWS - 1)) * ROW + 5]!;
  }

  /** The first row after minute t (rows are in time order). */
  firstAfter(t: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.time(mid) <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Calls `f(block, offset)` for the first `rows` rows of a day's blocks, in order. */
function forRows(list: readonly Int32Array[], rows: number, f: (b: Int32Array, o: number) => void): void {
  for (let k = 0; k < list.length; k++) {
    const b = list[k]!;
    const n = Math.min(BLOCK_ROWS, rows - k * BLOCK_ROWS);
    for (let o = 0; o < n * ROW; o += ROW) f(b, o);
  }
}

/**
 * The order that sorts `times` (whole minutes, 0..lastMinute) ascending, equal times kept in
 * their order: a counting sort, linear in rows and minutes.
 */
export function stableOrderByMinute(times: Int32Array, lastMinute: number): Int32Array {
  const n = times.length;
  const order = new Int32Array(n);
  const start = new Int32Array(lastMinute + 2);
  for (let r = 0; r < n; r++) start[times[r]! + 1]!++;
  for (let m = 0; m <= lastMinute; m++) start[m + 1]! += start[m]!;
  for (let r = 0; r < n; r++) order[start[times[r]!]!++] = r;
  return order;
}

/** First index in a sorted array whose value is greater than x (count of values <= x). */
export function upperBound(a: ArrayLike<number>, x: number, from = 0, to = a.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
