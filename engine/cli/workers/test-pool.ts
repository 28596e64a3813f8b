import { judgeReplications } from '../../expect/run-tests.ts';
import type { Outcome } from '../../expect/types.ts';
import { runPool, type PoolRun } from './pool.ts';
import type { PoolSetup, Task, TestAnswer } from './protocol.ts';

/**
 * `flowbench test --replications N` on the worker pool: replication r of the project's
 * expectations is a task; the first answers its outcomes (offenders named), the others their
 * measured values only, kept in their replication's slot, so the judgement is the one
 * engine/expect's `runTests` gives in one thread.
 */
export async function poolTests(setup: PoolSetup, run: Omit<PoolRun, 'onResult'>): Promise<Outcome[]> {
  const R = setup.options.replications;
  const values: (readonly number[])[] = new Array<readonly number[]>(R);
  // Set in the pool's callback: typed wide, or the check below would see only the initial null.
  let first = null as readonly Outcome[] | null;
  const tasks: Task[] = Array.from({ length: R }, (_, r) => ({ kind: 'test', project: 0, r }));
  await runPool(setup, tasks, {
    ...run,
    onResult: (task, value) => {
      if (task.kind !== 'test') return;
      const answer = value as TestAnswer;
      if ('outcomes' in answer) {
        first = answer.outcomes;
        values[task.r] = answer.outcomes.map((o) => o.measured.value);
      } else values[task.r] = answer.values;
    },
  });
  if (!first) throw new Error('The first replication gave no outcomes.');
  return judgeReplications(first, values);
}
