import { MAX_OFFENDERS_SHOWN, runTests, type Outcome } from '../../engine/expect/index.ts';
import type { Project } from '../../engine/model/index.ts';
import type { ExpectAnswer, ExpectRequest } from './protocol.ts';

/** One check of a project's expectations, as the worker (or the page, without workers) answers it. */
export function answer(request: ExpectRequest): ExpectAnswer {
  const { id, project } = request;
  const tests = project.tests;
  if (!tests || tests.expectations.length === 0) return { id, ok: true, outcomes: [], contacts: 0, ms: 0 };
  const started = performance.now();
  try {
    const run = runTests(project, tests, tests.replications ?? 1);
    // Offenders are listed, not all sent: the count stays whole.
    const outcomes = run.outcomes.map((o): Outcome => ({ ...o, measured: { ...o.measured, offenders: o.measured.offenders.slice(0, MAX_OFFENDERS_SHOWN), offenderCount: o.measured.offenders.length } }));
    return { id, ok: true, outcomes, contacts: run.contacts, ms: performance.now() - started };
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export function checkInPage(project: Project): ExpectAnswer {
  return answer({ id: 0, project });
}
