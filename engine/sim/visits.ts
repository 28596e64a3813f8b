import { DEP, WAIT_BITS } from './compile.ts';
import { T_NUMBER } from './columns.ts';
import { E_WAITING } from './enrollments.ts';
import { nextFlip } from './flip.ts';
import { Q, type Sim } from './sim.ts';

/**
 * Site visits run ahead. Most visits only move `lastactivitydate`: no log row, no enrollment, no
 * re-check moved. When nothing else of the contact is due before them, the next visits are
 * played at once, while its state is in the cache: each one draws from the contact's stream
 * exactly what it would have drawn at its own minute (nothing else draws from that stream in
 * between), and is played only if it provably changes nothing but the activity date.
 *
 * The order of the events of one minute is the order they were queued in, and later events'
 * places follow from it. So a visit played ahead still leaves a token in the queue at its
 * minute (a "ghost", cheap: it touches no contact state), queued when the visit itself would
 * have been: the ghost queues the next one, and the last queues the real visit that ends the
 * run of visits, which therefore takes exactly the place it always had.
 */

/**
 * A run plays at most two visits ahead, so a ghost carries all it needs in its queue node and
 * reads no memory of its own: `a` the minute of the next ghost (-1: none), `b` the minute of the
 * visit that ends the run times 8, plus its page index + 1 when drawn (0: not drawn yet).
 */
export class VisitRuns {
  /** Whether visits can run ahead in this run at all. */
  readonly enabled: boolean;
  /** Visits played ahead so far (a metric, like totals.events). */
  played = 0;

  constructor(sim: Sim) {
    const page = WAIT_BITS['page-viewed']!;
    this.enabled =
      sim.options.playAhead !== false &&
      sim.compiled.retention.changed === 0 &&
      (sim.activityBit & sim.scoreDeps) === 0 &&
      (sim.waitedEvents & page) === 0 &&
      sim.activityBit !== 0;
  }

  /** Books an event of contact i at minute t (-1: dropped), so no visit of it runs ahead past that event. */
  booked(sim: Sim, kind: number, i: number, t: number): void {
    if (kind === Q.form) sim.store.setFormAt(i, t);
    else if (kind !== Q.visit && kind !== Q.check && kind !== Q.ghost && t > sim.store.busy(i)) sim.store.setBusy(i, t);
  }

  /**
   * Called where a visit of contact i would queue its successor (`time`, not floored). Plays
   * ahead what it can and queues the successor, a ghost or the real visit.
   */
  queueNext(sim: Sim, i: number, time: number, perMinute: number): void {
    const store = sim.store;
    if (!this.enabled || time > sim.lastMinute || store.busy(i) >= sim.now) return sim.schedule(time, Q.visit, i, 0, 0);
    const check = store.checkAt(i);
    const form = store.formAt(i);
    let limit = sim.lastMinute + 1;
    if (check >= 0 && check < limit) limit = check;
    if (form >= 0 && form < limit) limit = form;
    let first = -1;
    let second = -1;
    let at = Math.floor(time);
    let url = -1;
    while (at < limit && second < 0) {
      url = Math.floor(sim.streams.next(i) * SITE_PAGES.length);
      if (store.pageMatters(SITE_PAGES[url]!) || !playSilently(sim, i, at)) break;
      url = -1;
      this.played++;
      if (first < 0) first = at;
      else second = at;
      // As the queue: a visit due after the last minute is dropped, even within that minute.
      const next = at + sim.streams.exponential(i, perMinute);
      at = next > sim.lastMinute ? sim.lastMinute + 1 : Math.floor(next);
    }
    if (first < 0) return sim.schedule(at, Q.visit, i, url + 1, 0);
    sim.schedule(first, Q.ghost, i, second, at * 8 + url + 1);
  }

  /** A ghost at its minute: queues the next ghost of its run, or the visit that ends it. */
  ghost(sim: Sim, i: number, next: number, last: number): void {
    if (next >= 0) sim.schedule(next, Q.ghost, i, -1, last);
    else sim.schedule(last >> 3, Q.visit, i, last & 7, 0);
  }
}

/** Pages a spontaneous visit lands on, one in five the pricing page. */
export const SITE_PAGES = ['/', '/blog', '/pricing', '/resources', '/contact'] as const;
export const PER_WEEK_TO_PER_MINUTE = 1 / 10080;

/**
 * Plays a visit of contact i at minute t if all it does is set the activity date: what
 * `Sim#changed` would do for that change is worked out without doing it, and if anything at all
 * would happen (an enrollment, an unenrollment, a trigger's remembered match, a wait met, a
 * re-check moved), the date is put back and false returned: the visit must run at its minute.
 */
function playSilently(sim: Sim, i: number, t: number): boolean {
  const col = sim.activityColumn;
  const tag = col.tag[i]!;
  const old = tag === T_NUMBER ? col.num![i]! : 0;
  const nowMs = sim.clock.toMs(t);
  col.set(i, nowMs);
  if (changesNothing(sim, i, t, nowMs)) {
    sim.totals.visits++;
    return true;
  }
  col.tag[i] = tag;
  if (tag === T_NUMBER) col.num![i] = old;
  return false;
}

function changesNothing(sim: Sim, i: number, t: number, nowMs: number): boolean {
  const mask = sim.activityBit;
  const store = sim.store;
  for (let w = 0; w < sim.W; w++) {
    if ((sim.care[w]! & mask) === 0 && sim.waitsOnCriteria[w] === 0) continue;
    const cw = sim.compiled.workflows[w]!;
    const e = store.active(i, w);
    if (e >= 0) {
      if (cw.goal && cw.goal.deps & mask && sim.goalTest[w]!(i, nowMs)) return false;
      if (cw.triggers.deps & mask) {
        const m = sim.triggerTest[w]!(i, nowMs);
        if (m !== store.matched(i, w) || (!m && cw.workflow.enrollment.unenrollWhenNotMatching)) return false;
      }
      if (sim.enr.flags[e]! & E_WAITING) {
        const test = sim.waitTest[sim.enr.step[e]!];
        if (test && test(i, nowMs)) return false;
      }
    } else if (cw.triggers.deps & mask && sim.triggerTest[w]!(i, nowMs) !== store.matched(i, w)) {
      return false;
    }
  }
  if ((mask & sim.timedDeps) === 0 || sim.timed.length === 0) return true;
  // As scheduleCheck (rechecks.ts): the pending re-check must stay where it is.
  const current = store.checkAt(i);
  const pending = current >= t;
  const flip = nextFlip(sim.timed, store, i, nowMs, pending ? mask & ~DEP.time : -1);
  if (flip === Infinity) return true;
  const minute = sim.clock.minuteCeil(flip);
  if (minute > sim.lastMinute) return true;
  return pending && current <= sim.clock.midnightAtOrAfter(minute);
}
