import { withReplications, type ReplicationDigest } from '../../report/digest.ts';
import type { ReportRun } from '../../report/types.ts';
import { runPool, type PoolRun } from './pool.ts';
import type { PoolSetup, ReportAnswer, Task } from './protocol.ts';

/**
 * A report's replications on the worker pool (`flowbench report --replications N`): each worker
 * runs one replication at a time and answers its digest (engine/report/digest.ts): replication 0
 * whole (its figures come too), the others counted without their log, so the memory held does not
 * grow with N, only with the contacts. The digests keep their replication's
 * slot: the intervals are those of the same runs in the same order as in one thread.
 */
export async function poolReport(setup: PoolSetup, contacts: number, run: Omit<PoolRun, 'onResult'>): Promise<ReportRun> {
  const project = setup.projects[0]!;
  const R = setup.options.replications;
  const digests: ReplicationDigest[] = new Array<ReplicationDigest>(R);
  // Set in the pool's callback: typed wide, or the check below would see only the initial null.
  let first = null as ReportRun | null;
  const tasks: Task[] = Array.from({ length: R }, (_, r) => ({ kind: 'report', project: 0, r, contacts }));
  await runPool(setup, tasks, {
    ...run,
    onResult: (task, value) => {
      if (task.kind !== 'report') return;
      const answer = value as ReportAnswer;
      digests[task.r] = answer.digest;
      if (answer.run) first = answer.run;
    },
  });
  if (!first) throw new Error('The first replication gave no figures.');
  return withReplications(project, first, digests);
}
