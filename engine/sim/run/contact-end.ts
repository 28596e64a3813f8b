import type { RunContext } from '../context.ts';
import type { ContactEnd } from '../types.ts';

/**
 * Contact i, whose run has just ended (option `contactEnd`): contacts run one at a time, so its
 * enrollments are those made from `firstEnrollment` on.
 */
export function contactEnd(sim: RunContext, i: number, firstEnrollment: number): ContactEnd {
  const { enr, store, lastMinute, compiled } = sim;
  const to = enr.count;
  return {
    index: i,
    // Made when read (a caller reads it once, not at each contact).
    get workflows() {
      return compiled.workflows.map((cw) => cw.workflow.id);
    },
    endMs: sim.clock.toMs(lastMinute),
    enrolled: (w) => {
      for (let e = firstEnrollment; e < to; e++) if (enr.workflow[e] === w) return true;
      return false;
    },
    contact: () => store.contact(i, lastMinute),
  };
}
