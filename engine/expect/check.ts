import type { Contact, Expectation, Project } from '../model/index.ts';
import type { SimulationResult } from '../sim/index.ts';
import { checkEndsInList, checkListExactly, checkShareInList } from './check-lists.ts';
import { checkNeverStage, checkReachesWithin, checkStepReached } from './check-steps.ts';
import { judge } from './judge.ts';
import { runView, type RunView } from './run-view.ts';
import type { Interval, Measured, Outcome } from './types.ts';

/** Measures one expectation on a finished run. */
export function measure(x: Expectation, view: RunView): Measured {
  switch (x.kind) {
    case 'share-in-list':
      return checkShareInList(x, view);
    case 'never-stage':
      return checkNeverStage(x, view);
    case 'ends-in-list':
      return checkEndsInList(x, view);
    case 'reaches-within':
      return checkReachesWithin(x, view);
    case 'step-reached':
      return checkStepReached(x, view);
    case 'list-exactly':
      return checkListExactly(x, view);
  }
}

/** Checks expectations on one run: `start` are the contacts the run was given, in order. */
export function checkRun(project: Project, expectations: readonly Expectation[], start: readonly Contact[], result: SimulationResult): Outcome[] {
  const view = runView(project, start, result);
  return expectations.map((expectation) => {
    const measured = measure(expectation, view);
    return { expectation, state: judge(measured), measured };
  });
}

/** An outcome judged on an interval (Monte-Carlo replications) rather than one value. */
export function onInterval(outcome: Outcome, interval: Interval): Outcome {
  return { ...outcome, state: judge(outcome.measured, interval), interval };
}
