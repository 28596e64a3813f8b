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
  contact = new Int32Array(256);
  workflow = new Int32Array(256);
  step = new Int32Array(256);
  token = new Int32Array(256);
  enrolledAt = new Int32Array(256);
  endedAt = new Int32Array(256);
  endState = new Int8Array(256);
  endStep = new Int32Array(256);
  flags = new Uint8Array(256);
  anchorMs = new Float64Array(256);
  arrivedAt = new Int32Array(256);

  add(contact: number, workflow: number, at: number, anchorMs: number): number {
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
    this.arrivedAt[e] = at;
    this.count = e + 1;
    return e;
  }

  private grow(): void {
    const n = this.contact.length * 2;
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
    this.arrivedAt = g(this.arrivedAt);
  }
}
