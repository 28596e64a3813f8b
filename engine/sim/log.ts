/**
 * The event log: one row per thing that happened, in time order, stored column by column in
 * growable typed arrays (about 25 bytes a row).
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

export class EventLog {
  length = 0;
  time = new Int32Array(1024);
  contact = new Int32Array(1024);
  enrollment = new Int32Array(1024);
  step = new Int32Array(1024);
  kind = new Uint8Array(1024);
  detail = new Int32Array(1024);
  extra = new Int32Array(1024);

  add(time: number, contact: number, enrollment: number, step: number, kind: number, detail: number, extra: number): number {
    const i = this.length;
    if (i === this.time.length) this.grow();
    this.time[i] = time;
    this.contact[i] = contact;
    this.enrollment[i] = enrollment;
    this.step[i] = step;
    this.kind[i] = kind;
    this.detail[i] = detail;
    this.extra[i] = extra;
    this.length = i + 1;
    return i;
  }

  private grow(): void {
    const n = this.time.length * 2;
    const g = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.time = g(this.time);
    this.contact = g(this.contact);
    this.enrollment = g(this.enrollment);
    this.step = g(this.step);
    this.detail = g(this.detail);
    this.extra = g(this.extra);
    const k = new Uint8Array(n);
    k.set(this.kind);
    this.kind = k;
  }
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
