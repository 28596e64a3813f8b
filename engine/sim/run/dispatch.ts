import { handleForm, handleReaction } from './behaviour.ts';
import { enroll } from './enrollment-moves.ts';
import { DEP } from '../compile/compile.ts';
import { E_WAITING } from '../state/enrollments.ts';
import { scheduleCheck } from './rechecks.ts';
import { runEnrollment, waitTimedOut } from './run-steps.ts';
import { changed } from './changes.ts';
import { applyPropertyChange } from './properties-from.ts';
import { HOW, Q, type RunContext } from '../context.ts';

/** Runs one event of the contact being run (`Q` kinds; `a` and `b` as queued). */
export function dispatch(sim: RunContext, kind: number, i: number, a: number, b: number): void {
  switch (kind) {
    case Q.step:
      if (sim.enr.token[a] === b && sim.enr.step[a]! >= 0) runEnrollment(sim, a);
      return;
    case Q.timeout:
      if (sim.enr.token[a] === b && sim.enr.flags[a]! & E_WAITING) waitTimedOut(sim, a);
      return;
    case Q.react:
      handleReaction(sim, i, a, b);
      return;
    case Q.visit:
      sim.visits.run(sim, i);
      return;
    case Q.form:
      handleForm(sim, i);
      return;
    case Q.check:
      if (sim.store.checkAt(i) !== b) return;
      sim.store.setCheckAt(i, -1);
      changed(sim, i, DEP.time, HOW.atMidnight);
      scheduleCheck(sim, i);
      return;
    case Q.setProperties:
      applyPropertyChange(sim, i, a);
      return;
    case Q.yearly: {
      if (!sim.triggerTest[a]!(i, sim.now)) return;
      enroll(sim, i, a, HOW.yearly);
      return;
    }
  }
}
