import type { Criteria } from '../model/index.ts';
import type { Compiled } from './compile.ts';
import { DEP } from './compile.ts';
import { filterReadsTime, nextFlip } from './flip.ts';
import type { Sim } from './sim.ts';
import type { SimulationOptions } from './types.ts';

/**
 * Midnight re-checks. Which boundaries get one (and so when the next is queued) depends on how
 * tightly they are computed (`SimulationOptions.tightRechecks`), so their place in the event
 * queue would too. Instead each midnight keeps its contacts apart, and they run before every
 * other event of that minute, by contact index: a canonical order, a re-check seeing the contact
 * as it stands at the stroke of midnight.
 */
export class Rechecks {
  private readonly buckets = new Map<number, { list: Int32Array; size: number }>();
  private draining: Int32Array | null = null;
  private cursor = 0;
  private drainingMinute = -1;
  /** The minute of the next re-check, Infinity when none. */
  next = Infinity;

  push(minute: number, i: number): void {
    let b = this.buckets.get(minute);
    if (!b) this.buckets.set(minute, (b = { list: new Int32Array(64), size: 0 }));
    if (b.size === b.list.length) {
      const grown = new Int32Array(b.size * 2);
      grown.set(b.list);
      b.list = grown;
    }
    b.list[b.size++] = i;
    if (minute < this.next) this.next = minute;
  }

  /** The next contact to re-check at minute `next` (call only when `next` is finite). */
  pop(): number {
    if (this.drainingMinute !== this.next) {
      const b = this.buckets.get(this.next)!;
      this.buckets.delete(this.next);
      this.draining = b.list.subarray(0, b.size).sort();
      this.cursor = 0;
      this.drainingMinute = this.next;
    }
    const i = this.draining![this.cursor++]!;
    if (this.cursor === this.draining!.length) {
      const more = this.buckets.get(this.next);
      this.drainingMinute = -1;
      this.draining = null;
      if (!more) {
        this.next = Infinity;
        for (const m of this.buckets.keys()) if (m < this.next) this.next = m;
      }
    }
    return i;
  }
}

/**
 * Whether re-checks are scheduled only where a filter can flip. Not when a step waits on criteria
 * reading a window: such a wait is met only at some change or re-check, so every one is kept.
 */
export function tightRechecks(compiled: Compiled, options: SimulationOptions): boolean {
  if (options.tightRechecks === false) return false;
  return !compiled.steps.some(({ step: s }) => s.kind === 'delay-until-event' && s.event.kind === 'criteria-met' && readsTime(s.event.criteria));
}

/** Whether some filter of these criteria can change with time alone. */
function readsTime(criteria: Criteria): boolean {
  return criteria.groups.some((g) => g.filters.some(filterReadsTime));
}

/**
 * Schedules the next midnight at which a time-dependent filter of this contact may flip.
 * After a change (`mask`), only what it touched is looked at when a check is already
 * pending: the pending check recomputes everything when it fires. A check due this very
 * minute is still pending (firing clears it first): a change run before it in the queue must
 * not replace it, or the flip it was due for would be seen only at the next boundary.
 */
export function scheduleCheck(sim: Sim, i: number, mask = -1): void {
  if (sim.timed.length === 0) return;
  const current = sim.store.checkAt(i);
  const pending = current >= sim.now;
  const flip = nextFlip(sim.timed, sim.store, i, sim.nowMs, pending ? mask & ~DEP.time : -1);
  if (flip === Infinity) return;
  const minute = sim.clock.minuteCeil(flip);
  if (minute > sim.lastMinute) return;
  const at = sim.clock.midnightAtOrAfter(minute);
  if (pending && current <= at) return;
  sim.store.setCheckAt(i, at);
  if (at <= sim.lastMinute) sim.rechecks.push(at, i);
}
