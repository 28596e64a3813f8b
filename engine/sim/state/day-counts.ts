/**
 * Counts of contacts per key (per step, lifecycle stage or static list) as the run goes, and their
 * daily series: contacts are run one after another, so a count at a midnight is known only at
 * the end. Each change is kept with the day it happened on; `finish` sums them day by day.
 */
export class DayCounts {
  /** The count per key now (at the end, once the run is finished). */
  readonly now: Int32Array;
  /** Per day d (rows of `width`), the counts at the midnight ending day d; filled by `finish`. */
  readonly series: Int32Array;
  private readonly delta: Int32Array;

  constructor(
    readonly width: number,
    days: number,
  ) {
    this.now = new Int32Array(width);
    this.series = new Int32Array(days * width);
    this.delta = new Int32Array(days * width);
  }

  add(day: number, key: number, by: number): void {
    this.now[key]! += by;
    this.delta[day * this.width + key]! += by;
  }

  /** Fills the series for the first `days` days: each day's counts are the sum of the changes up to it. */
  finish(days: number): void {
    const { width, delta, series } = this;
    for (let d = 0; d < days; d++) {
      for (let k = 0; k < width; k++) series[d * width + k] = delta[d * width + k]! + (d > 0 ? series[(d - 1) * width + k]! : 0);
    }
  }
}
