import { DEP } from '../compile/compile.ts';
import { HOW, type RunContext } from '../context.ts';
import { E_WAITING } from '../state/enrollments.ts';
import { END } from '../state/log.ts';
import { checkCriteriaWait, end, enroll, suppressed } from './enrollment-moves.ts';
import { scheduleCheck } from './rechecks.ts';

/**
 * What a change of the contact sets off. `how` says why an
 * enrollment it makes happened (on change; at midnight for a re-check): passed along, never kept
 * in the run, so a later enrollment cannot take the reason of an earlier one.
 */

/**
 * The contact changed (`mask` says how): score, goals, suppression, unenrollment, waits
 * on criteria, and enrollment on a transition to matching. New enrollments run from the
 * queue at the same minute, so a change never recurses into another workflow's steps.
 */
export function changed(sim: RunContext, i: number, mask: number, how: number = HOW.onChange): void {
  mask |= sim.score.rescore(i, mask, sim.now);
  const W = sim.W;
  const store = sim.store;
  const now = sim.now;
  const care = sim.care;
  const waitsOnCriteria = sim.waitsOnCriteria;
  for (let w = 0; w < W; w++) {
    if ((care[w]! & mask) === 0 && waitsOnCriteria[w] === 0) continue;
    const cw = sim.compiled.workflows[w]!;
    const e = store.active(i, w);
    const trig = cw.triggers;
    if (e >= 0) {
      if (mask & DEP.list && suppressed(sim, i, cw.suppression)) {
        end(sim, e, END.suppressed, -1);
        continue;
      }
      if (cw.goal && cw.goal.deps & mask && sim.goalTest[w]!(i, now)) {
        sim.totals.goalsMet++;
        end(sim, e, END.goal, -1);
        continue;
      }
      if (trig.deps & mask) {
        const m = sim.triggerTest[w]!(i, now);
        store.setMatched(i, w, m);
        if (!m && cw.workflow.enrollment.unenrollWhenNotMatching) {
          end(sim, e, END.notMatching, -1);
          continue;
        }
      }
      if (sim.enr.flags[e]! & E_WAITING) checkCriteriaWait(sim, e);
    } else if (trig.deps & mask) {
      const m = sim.triggerTest[w]!(i, now);
      const before = store.matched(i, w);
      store.setMatched(i, w, m);
      if (m && !before && (!store.ever(i, w) || cw.workflow.enrollment.reenroll)) enroll(sim, i, w, how);
    }
  }
  if (mask & sim.timedDeps) scheduleCheck(sim, i, mask);
}
