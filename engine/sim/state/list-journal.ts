import { stableOrderByMinute } from './log.ts';

/**
 * Every real change of a static list's membership during the run, put in time order at the end
 * (`sortByTime`): what time travel needs to give exact list counts at any minute (the midnight
 * series trail by a day). Two Int32 per change, in a typed array that doubles when full.
 */
export class ListJournal {
  private data = new Int32Array(256);
  length = 0;

  /** The contact joined (`joined`) or left list `list` (its index in `Compiled.lists`) at `minute`. */
  add(minute: number, list: number, joined: boolean): void {
    const o = this.length * 2;
    if (o + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[o] = minute;
    this.data[o + 1] = list * 2 + (joined ? 0 : 1);
    this.length++;
  }

  /** Time order, changes of the same minute kept in their order. */
  sortByTime(lastMinute: number): void {
    const n = this.length;
    const times = new Int32Array(n);
    for (let r = 0; r < n; r++) times[r] = this.data[r * 2]!;
    const order = stableOrderByMinute(times, lastMinute);
    const sorted = new Int32Array(Math.max(2, n * 2));
    for (let r = 0; r < n; r++) {
      sorted[r * 2] = this.data[order[r]! * 2]!;
      sorted[r * 2 + 1] = this.data[order[r]! * 2 + 1]!;
    }
    this.data = sorted;
  }

  time(r: number): number {
    return this.data[r * 2]!;
  }

  /** List index * 2, + 1 for a removal: the time index's bucket. */
  slot(r: number): number {
    return this.data[r * 2 + 1]!;
  }
}
