import { parentPort, workerData } from 'node:worker_threads';
import { referenceMs, sampleContact } from '../../sample/index.ts';
import type { Contact, Project } from '../../model/index.ts';
import type { ContactEnd, ContactInput, LoadedPopulation } from '../../sim/index.ts';
// The study modules it runs, not the index: the worker bundle (flowbench-worker.mjs) then holds
// neither the exports nor the words, only the simulator and what a replication needs.
import type { StudyLayout } from '../../study/layout.ts';
import { replicationFrame, replicationOptions, studyPopulation, studyShape } from '../../study/replications.ts';
import { partResult } from '../../study/split.ts';
import { partRanges, runRecord } from '../../study/record.ts';
import { NotEnrolledCounter } from '../commands/not-enrolled.ts';
import { frameDigest, replicationDigest, singleReportRun } from '../../report/digest.ts';
import { simulate } from '../../sim/index.ts';
import { testReplication } from '../../expect/run-tests.ts';
import type { PartAnswer, PoolSetup, ReportAnswer, Task, TestAnswer, WorkerReply } from './protocol.ts';

/**
 * A study worker: takes tasks one at a time from the pool (pool.ts) and answers each with a
 * replication's daily frame (its buffer moved, not copied), a part's record (PartAnswer), a
 * report replication's digest (ReportAnswer) or a test replication's outcomes (TestAnswer). The
 * projects, contacts and options came once, in workerData.
 */
/** Contacts kept once generated, up to this many (replications read them again and again); beyond, generated as each run reads them. */
const KEEP_GENERATED = 200_000;

function workerContacts(setup: PoolSetup): ContactInput {
  const spec = setup.contacts;
  if (spec.kind === 'list') return spec.contacts;
  if (spec.kind === 'parts') {
    return {
      count: spec.count,
      contact: () => {
        throw new Error('The contacts come with each part of the run: a replication needs them all.');
      },
    };
  }
  const project = setup.projects[0]!;
  const nowMs = referenceMs(project);
  const source = { count: spec.count, contact: (k: number) => sampleContact(project, k, spec.seed, nowMs) };
  if (spec.count > KEEP_GENERATED) return source;
  // Each kept as first read: a part of a split run generates its own range only.
  let kept: (Contact | null)[] | null = null;
  return { count: spec.count, contact: (k) => ((kept ??= Array.from({ length: spec.count }, () => null))[k] ??= source.contact(k)) };
}

/**
 * Runs a part of a split run. Why contacts were not enrolled is counted as each one's run ends, so
 * the part still runs counts only unless its log is asked for; with the log, the arrivals are kept
 * as they end, for the enrollments CSV.
 */
function answerPart(project: Project, contacts: ContactInput, setup: PoolSetup, task: Extract<Task, { kind: 'part' }>): PartAnswer {
  const total = 'length' in contacts ? contacts.length : contacts.count;
  const [from, to] = partRanges(total, task.parts)[task.part] ?? [0, 0];
  const counter = task.tally === true ? new NotEnrolledCounter(project) : null;
  const arrivals: Contact[] | null = task.withLog ? [] : null;
  const contactEnd = (end: ContactEnd) => {
    counter?.onEnd(end);
    if (arrivals && end.index >= to - from) arrivals.push(end.contact());
  };
  const options = replicationOptions(project, setup.options, 0);
  const own = task.contacts ? partContacts(total, from, task.contacts) : contacts;
  const result = partResult(project, own, counter || arrivals ? { ...options, contactEnd } : options, task.part, task.parts, !task.withLog);
  return { record: runRecord(result, task.withLog), notEnrolled: counter?.tallies(result.workflows.map((w) => w.id)) ?? null, arrivals };
}

/**
 * Answers what the report reads of replication r: replication 0 run whole (its log kept for its
 * figures), the others counted as they run (`frame`: their daily counts, no log), each dropped
 * before the next task.
 */
function answerReport(project: Project, contacts: ContactInput, setup: PoolSetup, task: Extract<Task, { kind: 'report' }>, frame: () => { layout: StudyLayout; frame: Int32Array }): ReportAnswer {
  if (task.r > 0) {
    const counted = frame();
    return { digest: frameDigest(counted.layout, counted.frame), run: null };
  }
  const result = simulate(project, contacts, replicationOptions(project, setup.options, task.r));
  const digest = replicationDigest(project, result);
  return { digest, run: singleReportRun(project, result, task.contacts, digest) };
}

/** Runs replication r of the project's expectations on the test population (the setup's contacts). */
function answerTest(project: Project, contacts: ContactInput, task: Extract<Task, { kind: 'test' }>): TestAnswer {
  if (!project.tests || !('length' in contacts)) throw new Error('A test replication needs the project’s expectations and its test population as a list.');
  const outcomes = testReplication(project, project.tests, contacts, task.r);
  return task.r === 0 ? { outcomes } : { values: outcomes.map((o) => o.measured.value) };
}

/** The run's contacts as a part reads them: its own range, from `from`, given with its task. */
function partContacts(count: number, from: number, own: readonly Contact[]): ContactInput {
  return { count, contact: (k) => own[k - from]! };
}

export function serveStudyWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('serveStudyWorker runs in a worker thread.');
  const setup = (workerData as { setup: PoolSetup }).setup;
  const contacts = workerContacts(setup);
  const layouts = new Map<number, StudyLayout>();
  // Each project's start population, loaded at its first replication when the contacts are kept
  // (beyond, holding a loaded copy of every contact would double the memory a run takes).
  const spec = setup.contacts;
  const keepLoaded = spec.kind === 'list' || (spec.kind === 'generate' && spec.count <= KEEP_GENERATED);
  const populations = new Map<number, LoadedPopulation | undefined>();
  /** Replication r of project p counted as it runs (no log), from the project's loaded population. */
  const frameOf = (p: number, r: number) => {
    const project = setup.projects[p]!;
    let layout = layouts.get(p);
    if (!layout) layouts.set(p, (layout = studyShape(project, setup.options)));
    if (!populations.has(p)) populations.set(p, keepLoaded ? studyPopulation(project, contacts, setup.options) : undefined);
    return { layout, frame: replicationFrame(project, contacts, setup.options, r, layout, populations.get(p)) };
  };
  port.on('message', ({ id, task }: { id: number; task: Task }) => {
    const t0 = performance.now();
    try {
      const project = setup.projects[task.project]!;
      if (task.kind === 'replication') {
        const { frame } = frameOf(task.project, task.r);
        port.postMessage({ ok: true, id, value: frame, ms: performance.now() - t0 } satisfies WorkerReply, [frame.buffer as ArrayBuffer]);
      } else {
        const value =
          task.kind === 'part'
            ? answerPart(project, contacts, setup, task)
            : task.kind === 'report'
              ? answerReport(project, contacts, setup, task, () => frameOf(task.project, task.r))
              : answerTest(project, contacts, task);
        port.postMessage({ ok: true, id, value, ms: performance.now() - t0 } satisfies WorkerReply);
      }
    } catch (error) {
      port.postMessage({ ok: false, id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
    }
  });
}
