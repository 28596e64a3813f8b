/**
 * Every enrollment of a run, one row each in growable typed arrays: who, which workflow,
 * where it is, and how it ended.
 */
export const E_SKIPPING = 1;
export const E_LISTED = 2;
export const E_SENT = 4;
export const E_WAITING = 8;
export const E_DELAYED = 16;

export class Enrollments {
  count = 0;
  contact: Int32Array;
  workflow: Int32Array;
  step: Int32Array;
  token: Int32Array;
  enrolledAt: Int32Array;
  endedAt: Int32Array;
  endState: Int8Array;
  endStep: Int32Array;
  flags: Uint8Array;
  anchorMs: Float64Array;
  /**
   * The enrollment whose action made this one (an enroll-in-workflow step, or a change it made
   * that met a trigger), -1 for none: at one instant, the chain of enrollments that led here.
   */
  origin: Int32Array;

  /** `expected`: about how many enrollments the run will make (room is then grown by half). */
  constructor(expected = 256) {
    const n = Math.max(256, Math.ceil(expected));
    this.contact = new Int32Array(n);
    this.workflow = new Int32Array(n);
    this.step = new Int32Array(n);
    this.token = new Int32Array(n);
    this.enrolledAt = new Int32Array(n);
    this.endedAt = new Int32Array(n);
    this.endState = new Int8Array(n);
    this.endStep = new Int32Array(n);
    this.flags = new Uint8Array(n);
    this.anchorMs = new Float64Array(n);
    this.origin = new Int32Array(n);
  }

  add(contact: number, workflow: number, at: number, anchorMs: number, origin = -1): number {
    const e = this.count;
    if (e === this.contact.length) this.grow();
    this.contact[e] = contact;
    this.workflow[e] = workflow;
    this.step[e] = -1;
    this.token[e] = 0;
    this.enrolledAt[e] = at;
    this.endedAt[e] = -1;
    this.endState[e] = -1;
    this.endStep[e] = -1;
    this.flags[e] = 0;
    this.anchorMs[e] = anchorMs;
    this.origin[e] = origin;
    this.count = e + 1;
    return e;
  }

  private grow(): void {
    const n = Math.ceil(this.contact.length * 1.5);
    const g = <T extends Int32Array | Int8Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.contact = g(this.contact);
    this.workflow = g(this.workflow);
    this.step = g(this.step);
    this.token = g(this.token);
    this.enrolledAt = g(this.enrolledAt);
    this.endedAt = g(this.endedAt);
    this.endState = g(this.endState);
    this.endStep = g(this.endStep);
    this.flags = g(this.flags);
    this.anchorMs = g(this.anchorMs);
    this.origin = g(this.origin);
  }
}
