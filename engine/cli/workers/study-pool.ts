import {
  ComparisonAggregate,
  comparisonLayout,
  mergeRecords,
  partRanges,
  StudyAggregate,
  studyShape,
  type ComparisonSummary,
  type RunRecord,
  type StudyLayout,
  type StudySummary,
} from '../../study/index.ts';
import type { Contact } from '../../model/index.ts';
import { addTallies, type NotEnrolledTally } from '../commands/not-enrolled.ts';
import { runPool, type PoolRun } from './pool.ts';
import type { PartAnswer, PoolSetup, Task } from './protocol.ts';

/**
 * Studies on the worker pool: every replication is a task; frames are aggregated here as they
 * come, then dropped (engine/study/aggregate.ts). A comparison runs replication r of A and of B
 * (same seed) and pairs them once both are in; a frame waits at most for its partner.
 */

type Run = Omit<PoolRun, 'onResult'> & { readonly onTask?: (ms: number) => void };

export async function poolStudy(setup: PoolSetup, run: Run): Promise<{ layout: StudyLayout; summary: StudySummary }> {
  const project = setup.projects[0]!;
  const layout = studyShape(project, setup.options);
  const R = setup.options.replications;
  let aggregate: StudyAggregate | null = null;
  const tasks: Task[] = Array.from({ length: R }, (_, r) => ({ kind: 'replication', project: 0, r }));
  await runPool(setup, tasks, {
    ...run,
    onResult: (task, value, ms) => {
      run.onTask?.(ms);
      const frame = value as Int32Array;
      aggregate ??= new StudyAggregate(layout.cells.length, frame.length / layout.cells.length, R);
      if (task.kind === 'replication') aggregate.add(task.r, frame);
    },
  });
  return { layout, summary: aggregate!.summary() };
}

export async function poolComparison(setup: PoolSetup, run: Run): Promise<ComparisonSummary> {
  const [a, b] = setup.projects;
  if (!a || !b) throw new Error('A comparison needs two projects.');
  const la = studyShape(a, setup.options);
  const lb = studyShape(b, setup.options);
  const layout = comparisonLayout(la, lb);
  const R = setup.options.replications;
  const waiting = new Map<number, Int32Array[]>();
  let aggregate: ComparisonAggregate | null = null;
  const tasks: Task[] = Array.from({ length: R * 2 }, (_, k) => ({ kind: 'replication', project: k % 2, r: k >> 1 }));
  await runPool(setup, tasks, {
    ...run,
    onResult: (task, value) => {
      if (task.kind !== 'replication') return;
      const pair = waiting.get(task.r) ?? [];
      pair[task.project] = value as Int32Array;
      waiting.set(task.r, pair);
      if (!pair[0] || !pair[1]) return;
      waiting.delete(task.r);
      aggregate ??= new ComparisonAggregate(layout, la.cells.length, lb.cells.length, pair[0].length / la.cells.length, R);
      aggregate.add(task.r, pair[0], pair[1]);
    },
  });
  return aggregate!.summary();
}

/**
 * One run cut into `parts` contact ranges on the pool (engine/study/split.ts), merged into the
 * single run's record (mergeRecords: identical, byte for byte), with the not-enrolled tallies of
 * its workflows added up when `tally`, and with the log rows, the contact ids and the arrivals as
 * they ended when `withLog` (each part then keeps its log).
 */
export async function poolSplit(
  setup: PoolSetup,
  parts: number,
  ask: { readonly tally: boolean; readonly withLog: boolean },
  run: Run,
): Promise<{ record: RunRecord; notEnrolled: NotEnrolledTally[] | null; arrivals: Contact[] }> {
  const { tally, withLog } = ask;
  const answers: PartAnswer[] = [];
  const spec = setup.contacts;
  // Given contacts go with their part, each copied to one worker only, not all of them to every worker.
  const ranges = spec.kind === 'list' ? partRanges(spec.contacts.length, parts) : null;
  const tasks: Task[] = Array.from({ length: parts }, (_, part) => {
    const range = ranges?.[part];
    return { kind: 'part', project: 0, part, parts, withLog, tally, ...(spec.kind === 'list' ? { contacts: range ? spec.contacts.slice(range[0], range[1]) : [] } : {}) };
  });
  const shared: PoolSetup = spec.kind === 'list' ? { ...setup, contacts: { kind: 'parts', count: spec.contacts.length } } : setup;
  await runPool(shared, tasks, {
    ...run,
    onResult: (task, value, ms) => {
      run.onTask?.(ms);
      if (task.kind === 'part') answers[task.part] = value as PartAnswer;
    },
  });
  return {
    record: mergeRecords(answers.map((a) => a.record)),
    notEnrolled: tally ? addTallies(answers.map((a) => a.notEnrolled ?? [])) : null,
    arrivals: answers.flatMap((a) => a.arrivals ?? []),
  };
}
