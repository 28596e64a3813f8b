import type { Criteria } from '../../model/index.ts';
import type { Compiled } from '../compile/compile.ts';
import { DEP } from '../compile/compile.ts';
import { nextFlip } from '../compile/flip.ts';
import type { RunContext } from '../context.ts';
import type { SimulationOptions } from '../types.ts';

/**
 * Whether re-checks are scheduled only where a filter can flip. Not when a step waits on criteria
 * reading a window: such a wait is met only at some change or re-check, so every one is kept.
 */
export function tightRechecks(compiled: Compiled, options: SimulationOptions): boolean {
  if (options.tightRechecks === false) return false;
  const readsTime = (c: Criteria) => c.groups.some((g) => g.filters.some(compiled.readsTime));
  return !compiled.steps.some(({ step: s }) => s.kind === 'delay-until-event' && s.event.kind === 'criteria-met' && readsTime(s.event.criteria));
}

/**
 * Schedules the next midnight at which a time-dependent filter of this contact may flip.
 * After a change (`mask`), only what it touched is looked at when a check is already
 * pending: the pending check recomputes everything when it fires. A check due this very
 * minute is still pending (firing clears it first): a change run before it in the queue must
 * not replace it, or the flip it was due for would be seen only at the next boundary.
 * `known`: what the full look (`nextFlip` with every watch) gives now, when already read.
 */
export function scheduleCheck(sim: RunContext, i: number, mask = -1, known = -1): void {
  if (sim.timed.length === 0) return;
  const current = sim.store.checkAt(i);
  const pending = current >= sim.now;
  // `known`: the full look's answer, read before (a loaded population's first look at minute 0).
  const minute = known >= 0 && !pending ? known : nextFlip(sim.timed, sim.store, i, sim.now, pending ? mask & ~DEP.time : -1);
  // A partial look (pending) sees only what the change touched: the earlier flips still stand.
  sim.store.setFlipAt(i, pending ? Math.min(minute, sim.store.flipAt(i)) : minute);
  if (minute > sim.lastMinute) return;
  const at = sim.clock.midnightAtOrAfter(minute);
  if (pending && current <= at) return;
  sim.store.setCheckAt(i, at);
  sim.scheduleRecheck(at);
}
