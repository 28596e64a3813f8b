/**
 * The event log: one row per thing that happened, in time order, stored column by column in
 * typed arrays (25 bytes a row).
 */

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

export const END_STATES = ['completed', 'goal', 'suppressed', 'not-matching', 'unenrolled-by-workflow', 'unenrolled-on-other-enrollment', 'loop', 'in-progress'] as const;
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
} as const;

export const SKIP_REASONS = ['unsubscribed', 'bounced', 'no-email', 'moment-passed'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
export const SKIP = { unsubscribed: 0, bounced: 1, noEmail: 2, momentPassed: 3 } as const;

export const ENROLL_HOWS = ['at-start', 'on-change', 'at-midnight', 'by-workflow', 'yearly', 'on-arrival'] as const;
export type EnrollHow = (typeof ENROLL_HOWS)[number];

type Column = 'time' | 'contact' | 'enrollment' | 'step' | 'detail' | 'extra';
const COLUMNS: readonly Column[] = ['time', 'contact', 'enrollment', 'step', 'detail', 'extra'];
const CHUNK = 1 << 16;

/**
 * Rows are written into fixed chunks while the run goes, so a big run never copies its log
 * to grow it nor holds twice its size; the columns are joined into exact-size arrays the
 * first time one is read (after the run).
 */
export class EventLog {
  length = 0;
  private chunks: Int32Array[][] = [];
  private kinds: Uint8Array[] = [];
  private flat: Record<Column, Int32Array> | null = null;
  private flatKind: Uint8Array | null = null;

  get time(): Int32Array {
    return this.column('time');
  }
  get contact(): Int32Array {
    return this.column('contact');
  }
  get enrollment(): Int32Array {
    return this.column('enrollment');
  }
  get step(): Int32Array {
    return this.column('step');
  }
  get detail(): Int32Array {
    return this.column('detail');
  }
  get extra(): Int32Array {
    return this.column('extra');
  }
  get kind(): Uint8Array {
    this.join();
    return this.flatKind!;
  }

  add(time: number, contact: number, enrollment: number, step: number, kind: number, detail: number, extra: number): number {
    const i = this.length;
    if (this.flat) this.unjoin();
    const c = i >>> 16;
    if (c === this.chunks.length) {
      this.chunks.push(COLUMNS.map(() => new Int32Array(CHUNK)));
      this.kinds.push(new Uint8Array(CHUNK));
    }
    const cols = this.chunks[c]!;
    const k = i & (CHUNK - 1);
    cols[0]![k] = time;
    cols[1]![k] = contact;
    cols[2]![k] = enrollment;
    cols[3]![k] = step;
    cols[4]![k] = detail;
    cols[5]![k] = extra;
    this.kinds[c]![k] = kind;
    this.length = i + 1;
    return i;
  }

  /**
   * Puts the rows in time order, keeping the order of rows of the same minute (contacts are run
   * one after another, each in its own time order), and joins the columns. Column by column,
   * each column's chunks dropped once copied: the log is never held twice.
   */
  sortByTime(lastMinute: number): void {
    if (this.flat) this.unjoin();
    const n = this.length;
    const chunks = this.chunks;
    const times = new Int32Array(n);
    chunks.forEach((chunk, c) => times.set(chunk[0]!.subarray(0, Math.min(CHUNK, n - c * CHUNK)), c * CHUNK));
    const order = stableOrderByMinute(times, lastMinute);
    const flat = {} as Record<Column, Int32Array>;
    COLUMNS.forEach((name, col) => {
      if (col === 0) {
        for (let r = 0; r < n; r++) times[r] = chunks[order[r]! >>> 16]![0]![order[r]! & (CHUNK - 1)]!;
        flat.time = times;
      } else {
        const out = new Int32Array(n);
        for (let r = 0; r < n; r++) out[r] = chunks[order[r]! >>> 16]![col]![order[r]! & (CHUNK - 1)]!;
        flat[name] = out;
      }
      for (const chunk of chunks) chunk[col] = EMPTY;
    });
    const kind = new Uint8Array(n);
    for (let r = 0; r < n; r++) kind[r] = this.kinds[order[r]! >>> 16]![order[r]! & (CHUNK - 1)]!;
    this.flat = flat;
    this.flatKind = kind;
    this.chunks = [];
    this.kinds = [];
  }

  private column(name: Column): Int32Array {
    this.join();
    return this.flat![name];
  }

  private join(): void {
    if (this.flat) return;
    const n = this.length;
    const flat = {} as Record<Column, Int32Array>;
    COLUMNS.forEach((name, col) => {
      const out = new Int32Array(n);
      this.chunks.forEach((chunk, c) => out.set(chunk[col]!.subarray(0, Math.min(CHUNK, n - c * CHUNK)), c * CHUNK));
      flat[name] = out;
    });
    const kind = new Uint8Array(n);
    this.kinds.forEach((chunk, c) => kind.set(chunk.subarray(0, Math.min(CHUNK, n - c * CHUNK)), c * CHUNK));
    this.flat = flat;
    this.flatKind = kind;
    this.chunks = [];
    this.kinds = [];
  }

  /** Back to chunks: only if rows are added after the columns were read. */
  private unjoin(): void {
    const flat = this.flat!;
    const kind = this.flatKind!;
    this.flat = null;
    this.flatKind = null;
    for (let from = 0; from < this.length; from += CHUNK) {
      this.chunks.push(
        COLUMNS.map((name) => {
          const a = new Int32Array(CHUNK);
          a.set(flat[name].subarray(from, Math.min(this.length, from + CHUNK)));
          return a;
        }),
      );
      const k = new Uint8Array(CHUNK);
      k.set(kind.subarray(from, Math.min(this.length, from + CHUNK)));
      this.kinds.push(k);
    }
  }
}

const EMPTY = new Int32Array(0);

/**
 * The order that sorts `times` (whole minutes, 0..lastMinute) ascending, equal times kept in
 * their order: a counting sort, linear in rows and minutes.
 */
export function stableOrderByMinute(times: Int32Array, lastMinute: number): Int32Array {
  const n = times.length;
  const order = new Int32Array(n);
  let sorted = true;
  for (let r = 1; r < n && sorted; r++) sorted = times[r - 1]! <= times[r]!;
  if (sorted) {
    for (let r = 0; r < n; r++) order[r] = r;
    return order;
  }
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
