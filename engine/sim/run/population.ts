import { sampleArrival } from '../../sample/index.ts';
import type { SimulationSettings } from '../../model/index.ts';
import { HOW, type RunContext } from '../context.ts';
import { K } from '../state/log.ts';
import { standaloneStream } from '../state/rng.ts';
import { startBehaviour } from './behaviour.ts';
import { enroll } from './enrollment-moves.ts';
import { scheduleCheck } from './rechecks.ts';

/** How a contact enters the run (its first look at the workflows), and the arrivals: when (drawn up front) and how one enters. */

/**
 * First look at a contact: trigger states, enrollment of those who match, behaviour. `loadedAt`:
 * the contact's index in a loaded start population, whose verdicts and first flip at minute 0
 * were read when it was loaded (types.ts#LoadedEntry); -1 to read them now.
 */
export function enterPopulation(sim: RunContext, i: number, how: number, existing: boolean, loadedAt = -1): void {
  const now = sim.now;
  const entry = loadedAt >= 0 ? sim.loadedEntry : null;
  const W = sim.W;
  for (const cw of sim.compiled.workflows) {
    const m = entry ? entry.matched[loadedAt * W + cw.index] === 1 : sim.triggerTest[cw.index]!(i, now);
    sim.store.setMatched(i, cw.index, m);
    if (m && (!existing || cw.workflow.enrollment.enrollExisting)) enroll(sim, i, cw.index, how);
  }
  scheduleCheck(sim, i, -1, entry ? entry.flip[loadedAt]! : -1);
  startBehaviour(sim, i);
}

/**
 * The minutes new contacts arrive at, up to the last minute: a Poisson process of `perDay` on
 * its own stream (at least a minute apart), so arrivals never depend on what contacts do.
 */
export function arrivalMinutes(settings: SimulationSettings, lastMinute: number): Float64Array {
  const perDay = settings.arrivals.perDay;
  if (!(perDay > 0)) return new Float64Array(0);
  const rng = standaloneStream(settings.seed, '__arrivals__');
  const minutes: number[] = [];
  for (let t = 0; ; ) {
    t += Math.max(1, Math.round(-Math.log(1 - rng.next()) / (perDay / 1440)));
    if (t > lastMinute) break;
    minutes.push(t);
  }
  return Float64Array.from(minutes);
}

/** Arrival k, at `now`: a new contact enters and its behaviour starts. */
export function runArrival(sim: RunContext, k: number): void {
  sim.totals.arrivals++;
  const contact = sampleArrival(sim.project, k, sim.settings.seed, sim.nowMs, sim.settings.arrivals);
  const i = sim.addContact(contact, true);
  sim.log.add(sim.now, i, -1, -1, K.arrived, 0, -1);
  enterPopulation(sim, i, HOW.onArrival, false);
}
