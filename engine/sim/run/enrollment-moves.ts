import { END, K, LOST_FLAG } from '../state/log.ts';
import { E_DELAYED, E_LISTED, E_WAITING } from '../state/enrollments.ts';
import { anchorDate } from '../compile/timing.ts';
import { WAIT_BITS } from '../compile/compile.ts';
import type { EmailId } from '../../model/index.ts';
import { Q, type RunContext } from '../context.ts';

/**
 * How an enrollment moves: entering a workflow, following an edge to a step or to the end of its
 * path, leaving it (and, for a yearly workflow, coming back the next year), a wait resumed.
 */

export function checkCriteriaWait(sim: RunContext, e: number): void {
  const test = sim.waitTest[sim.enr.step[e]!];
  if (test && test(sim.enr.contact[e]!, sim.now)) resumeWait(sim, e, true);
}

export function resumeWait(sim: RunContext, e: number, met: boolean): void {
  sim.enr.flags[e]! &= ~E_WAITING;
  sim.enr.token[e]!++;
  const cs = sim.steps[sim.enr.step[e]!]!;
  // A wait deleted by an edit during the run releases the contact the way it went before the edit.
  const slot = met || cs.deleted ? 0 : 1;
  moveTo(sim, e, cs.edges[slot]!, cs.targets[slot]!);
  if (sim.enr.step[e]! >= 0) sim.schedule(sim.now, Q.step, sim.enr.contact[e]!, e, sim.enr.token[e]!);
}

export function suppressed(sim: RunContext, i: number, lists: readonly string[]): boolean {
  if (lists.length === 0) return false;
  const own = sim.store.lists[i]!;
  for (const l of lists) if (own.includes(l as never)) return true;
  return false;
}

/** Enrolls contact `i` in workflow `w` now; `how` (HOW) says why, as the enrolled row keeps it. */
export function enroll(sim: RunContext, i: number, w: number, how: number): number {
  const store = sim.store;
  const cw = sim.compiled.workflows[w]!;
  if (store.active(i, w) >= 0) return -1;
  if (suppressed(sim, i, cw.suppression)) return -1;
  const goal = sim.goalTest[w];
  if (goal && goal(i, sim.now)) return -1;
  const anchor = anchorDate(cw, store, i, sim.now);
  if (cw.workflow.timing.type === 'date-property' && anchor === null) return -1;
  const origin = sim.running;
  if (origin >= 0 && loopsBack(sim, origin, w)) return -1;
  const e = sim.enr.add(i, w, sim.now, anchor === null ? NaN : Date.parse(`${anchor}T00:00:00Z`), origin);
  store.setActive(i, w, e);
  store.setEver(i, w);
  sim.totals.enrolled++;
  sim.log.add(sim.now, i, e, -1, K.enrolled, how, -1);
  const others = cw.unenrollOthers;
  if (others !== 'none') {
    for (let o = 0; o < sim.W; o++) {
      if (o === w || (others !== 'all' && !others.includes(o))) continue;
      const oe = store.active(i, o);
      if (oe >= 0) end(sim, oe, END.onOtherEnrollment, -1);
    }
  }
  moveTo(sim, e, sim.starts[2 * w]!, sim.starts[2 * w + 1]!);
  if (sim.enr.step[e]! >= 0) sim.schedule(sim.now, Q.step, i, e, sim.enr.token[e]!);
  return e;
}

/**
 * Whether entering workflow `w` now, on behalf of enrollment `origin` (running its steps), closes
 * a loop across workflows: `w` is among the workflows the chain of enrollments leading to
 * `origin` entered at this very instant (each link made by the previous one's action). Then the
 * contact would go round them forever within the instant: `origin` is ended instead, reporting
 * the chain ("A -> B -> A"), and `w` is not entered. A workflow entered earlier (a delay since)
 * ends the chain: such a loop moves forward in time and ends with the horizon.
 */
function loopsBack(sim: RunContext, origin: number, w: number): boolean {
  const enr = sim.enr;
  const now = sim.now;
  let p = origin;
  const chain: number[] = [];
  while (p >= 0 && enr.enrolledAt[p] === now) {
    chain.push(enr.workflow[p]!);
    if (enr.workflow[p] === w) {
      if (enr.step[origin]! >= 0) end(sim, origin, END.workflowLoop, -2 - sim.loopChain([...chain.reverse(), w], enr.contact[origin]!));
      return true;
    }
    p = enr.origin[p]!;
  }
  return false;
}

/** Follows an edge: to a step (the contact now stands there) or to the end of the path. */
export function moveTo(sim: RunContext, e: number, edge: number, target: number): void {
  sim.edgeCount[edge]!++;
  const from = sim.enr.step[e]!;
  if (from >= 0) sim.countStep(from, -1);
  if (target < 0) {
    end(sim, e, END.completed, edge, from);
    return;
  }
  sim.enr.step[e] = target;
  sim.enr.flags[e]! &= ~(E_DELAYED | E_WAITING);
  sim.countStep(target, 1);
  sim.entered[target]!++;
  sim.log.add(sim.now, sim.enr.contact[e]!, e, target, K.at, edge, -1);
}

export function end(sim: RunContext, e: number, state: number, edge: number, lastStep = sim.enr.step[e]!): void {
  const enr = sim.enr;
  const i = enr.contact[e]!;
  const w = enr.workflow[e]!;
  if (enr.step[e]! >= 0 && edge < 0) sim.countStep(enr.step[e]!, -1);
  const lost = state === END.completed && !(enr.flags[e]! & E_LISTED);
  if (lost) sim.totals.lost++;
  enr.step[e] = -1;
  enr.token[e]!++;
  enr.endedAt[e] = sim.now;
  enr.endState[e] = state;
  enr.endStep[e] = lastStep;
  sim.store.setActive(i, w, -1);
  sim.log.add(sim.now, i, e, lastStep, K.ended, state | (lost ? LOST_FLAG : 0), edge);
  const timing = sim.compiled.workflows[w]!.workflow.timing;
  const anchor = enr.anchorMs[e]!;
  if (timing.type === 'date-property' && timing.recurAnnually && !Number.isNaN(anchor)) {
    const day = Math.round((anchor - Date.parse(`${sim.settings.startDate}T00:00:00Z`)) / 86_400_000) + 1;
    sim.schedule(Math.max(sim.now + 1, sim.clock.midnight(day)), Q.yearly, i, w, 0);
  }
}

/** Wakes the contact's enrollments waiting for this very event. */
export function notifyWaits(sim: RunContext, i: number, kind: 'email-opened' | 'email-clicked' | 'form-submitted' | 'page-viewed', id: string): void {
  if ((sim.waitedEvents & WAIT_BITS[kind]!) === 0) return;
  for (let w = 0; w < sim.W; w++) {
    const e = sim.store.active(i, w);
    if (e < 0 || !(sim.enr.flags[e]! & E_WAITING)) continue;
    const step = sim.steps[sim.enr.step[e]!]!.step;
    if (step.kind !== 'delay-until-event' || step.event.kind !== kind) continue;
    const ev = step.event;
    const hit =
      ev.kind === 'page-viewed'
        ? id.includes(ev.url)
        : ev.kind === 'form-submitted'
          ? ev.asset === null || ev.asset === id
          : ev.email === null || ev.email === (id as EmailId);
    if (hit) resumeWait(sim, e, true);
  }
}
