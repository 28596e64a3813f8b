import { lowerRank } from './interval.ts';

/**
 * The streaming side of a study: each replication hands over its frame (counts per cell and day,
 * frame.ts) and nothing else is kept of it. Per cell and day the R values are kept in one typed
 * array, `values[(day * cells + cell) * R + r]`: exact percentiles need them all, and at 4 bytes
 * each that is 4 x R bytes per cell and day whatever the number of contacts (a few hundred
 * replications of a year of the seed pack: tens of megabytes, where one replication's log of
 * 10,000 contacts already takes about as much). Memory is fixed when the study starts and does
 * not grow as replications come in; a frame is dropped once copied. Replications may arrive in
 * any order (workers): each has its slot, so the summary does not depend on the order.
 */
export class StudyAggregate {
  readonly values: Int32Array;
  private readonly seen: Uint8Array;
  received = 0;

  constructor(
    readonly cells: number,
    readonly days: number,
    readonly replications: number,
  ) {
    this.values = new Int32Array(cells * days * replications);
    this.seen = new Uint8Array(replications);
  }

  /** Replication r's frame (`days * cells` counts). */
  add(r: number, frame: Int32Array): void {
    if (frame.length !== this.cells * this.days) throw new Error(`Replication ${r}: a frame of ${frame.length} counts, expected ${this.cells * this.days}.`);
    if (r < 0 || r >= this.replications || this.seen[r]) throw new Error(`Replication ${r} is out of range or came twice.`);
    this.seen[r] = 1;
    this.received++;
    const R = this.replications;
    const values = this.values;
    for (let k = 0; k < frame.length; k++) values[k * R + r] = frame[k]!;
  }

  get complete(): boolean {
    return this.received === this.replications;
  }

  /** Mean and 90 % interval of every cell on every day (interval.ts); call once every replication is in. */
  summary(): StudySummary {
    if (!this.complete) throw new Error(`Only ${this.received} of ${this.replications} replications are in.`);
    const R = this.replications;
    const n = this.cells * this.days;
    const mean = new Float64Array(n);
    const lo = new Int32Array(n);
    const hi = new Int32Array(n);
    const k = lowerRank(R);
    const sorted = new Int32Array(R);
    for (let c = 0; c < n; c++) {
      const from = c * R;
      let sum = 0;
      let min = Infinity;
      let max = -Infinity;
      for (let r = 0; r < R; r++) {
        const v = this.values[from + r]!;
        sum += v;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      mean[c] = sum / R;
      if (min === max) {
        lo[c] = min;
        hi[c] = max;
        continue;
      }
      sorted.set(this.values.subarray(from, from + R));
      sorted.sort();
      lo[c] = sorted[k - 1]!;
      hi[c] = sorted[R - k]!;
    }
    return { cells: this.cells, days: this.days, replications: R, mean, lo, hi };
  }
}

/** Per cell and day (`[day * cells + cell]`): the mean over the replications and the 90 % interval. */
export interface StudySummary {
  readonly cells: number;
  readonly days: number;
  readonly replications: number;
  readonly mean: Float64Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}
