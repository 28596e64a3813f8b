import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { runStudy, StudyAggregate, studyShape, type StudyOptions } from '../../../engine/study/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { inPageWorker, runReplications, StudyCancelled, WarmWorkers, type MakeWorker, type WorkerLike } from '../../../renderer/study/pool.ts';
import type { StudySetup } from '../../../renderer/study/protocol.ts';
import { StudyHost } from '../../../renderer/study/host.ts';
import { createStudyStore } from '../../../renderer/study/store.ts';

const project = buildTemplate('nurturing', 'en');
const contacts = generateContacts(project, 120, 4);
const options: StudyOptions = { seed: 9, horizonDays: 30, replications: 7 };
const setup: StudySetup = { project, origin: { contacts }, options };
const noSandbox = () => Promise.reject(new Error('no sandbox here'));

/** The pool's frames into an aggregate, as the app's store does. */
async function pooled(make: MakeWorker, workers: number) {
  const layout = studyShape(project, options);
  let aggregate: StudyAggregate | null = null;
  const order: number[] = [];
  await runReplications(setup, options.replications, {
    workers,
    make,
    onFrame: (r, frame) => {
      order.push(r);
      aggregate ??= new StudyAggregate(layout.cells.length, frame.length / layout.cells.length, options.replications);
      aggregate.add(r, frame);
    },
  });
  return { summary: aggregate!.summary(), order };
}

/**
 * Workers that answer after a pseudo-random delay, so replications finish out of order: steps of
 * 40 ms, far above what a replication's own time varies by on a loaded machine (steps of 1 ms let
 * them come back in order once, under load).
 */
function shuffled(seed: number): MakeWorker {
  const base = inPageWorker(noSandbox);
  let x = seed;
  return () => {
    const inner = base();
    const worker: WorkerLike = {
      onmessage: null,
      postMessage(message) {
        inner.postMessage(message);
      },
      terminate() {
        inner.terminate();
      },
    };
    inner.onmessage = (event) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      setTimeout(() => worker.onmessage?.(event), (x % 7) * 40);
    };
    return worker;
  };
}

describe('the study pool (Web Workers in the app)', () => {
  // The reference: the engine's one-thread study (engine/study/replications.ts), no pool involved.
  const reference = runStudy(project, contacts, options).summary;

  it('gives the one-thread study exactly, on one worker or three', async () => {
    for (const workers of [1, 3]) {
      const { summary } = await pooled(inPageWorker(noSandbox), workers);
      expect(Array.from(summary.mean)).toEqual(Array.from(reference.mean));
      expect(Array.from(summary.lo)).toEqual(Array.from(reference.lo));
      expect(Array.from(summary.hi)).toEqual(Array.from(reference.hi));
    }
  });

  it('does not depend on the order replications come back in', async () => {
    const { summary, order } = await pooled(shuffled(5), 3);
    expect(order).not.toEqual([...order].sort((a, b) => a - b));
    expect(Array.from(summary.lo)).toEqual(Array.from(reference.lo));
    expect(Array.from(summary.hi)).toEqual(Array.from(reference.hi));
  });

  it('stops every worker on cancel and says so', async () => {
    const controller = new AbortController();
    const terminated: number[] = [];
    const base = inPageWorker(noSandbox);
    let made = 0;
    const make: MakeWorker = () => {
      const w = base();
      const k = made++;
      const terminate = w.terminate.bind(w);
      w.terminate = () => {
        terminated.push(k);
        terminate();
      };
      return w;
    };
    let frames = 0;
    const run = runReplications(setup, options.replications, { workers: 2, make, signal: controller.signal, onFrame: () => ++frames === 1 && controller.abort() });
    await expect(run).rejects.toBeInstanceOf(StudyCancelled);
    expect(frames).toBe(1);
    expect(terminated.sort()).toEqual([0, 1]);
  });

  it('reports a worker that cannot read its contacts', async () => {
    const run = runReplications({ ...setup, origin: { sandbox: 'gone' } }, 3, { workers: 2, make: inPageWorker(noSandbox), onFrame: () => undefined });
    await expect(run).rejects.toThrow('no sandbox here');
  });
});

/** In-page workers counting how many were made and terminated, and the requests each got. */
function counted() {
  const base = inPageWorker(noSandbox);
  const log = { made: 0, terminated: 0, requests: [] as string[][] };
  const make: MakeWorker = () => {
    const w = base();
    const seen: string[] = [];
    log.requests.push(seen);
    log.made++;
    const post = w.postMessage.bind(w);
    const terminate = w.terminate.bind(w);
    w.postMessage = (message) => {
      seen.push(message.type);
      post(message);
    };
    w.terminate = () => {
      log.terminated++;
      terminate();
    };
    return w;
  };
  return { make, log };
}

describe('workers kept between jobs (WarmWorkers)', () => {
  const reference = runStudy(project, contacts, options).summary;

  it('a second study runs on the first one’s workers, told to drop their contacts, with the same result', async () => {
    const { make, log } = counted();
    const warm = new WarmWorkers(make, 2);
    for (let job = 0; job < 2; job++) {
      const layout = studyShape(project, options);
      let aggregate: StudyAggregate | null = null;
      await runReplications(setup, options.replications, {
        workers: 2,
        make: warm.take,
        keep: warm.keep,
        onFrame: (r, frame) => (aggregate ??= new StudyAggregate(layout.cells.length, frame.length / layout.cells.length, options.replications)).add(r, frame),
      });
      expect(Array.from(aggregate!.summary().mean)).toEqual(Array.from(reference.mean));
      expect(warm.waiting).toBe(2);
    }
    expect([log.made, log.terminated]).toEqual([2, 0]);
    // Each worker: set up, replications, released; set up again for the second job.
    for (const seen of log.requests) {
      expect(seen.filter((t) => t === 'setup')).toHaveLength(2);
      expect(seen.filter((t) => t === 'release')).toHaveLength(2);
      expect(seen[seen.length - 1]).toBe('release');
    }
  });

  it('keeps no worker of a cancelled or failed job, and never more than asked', async () => {
    const { make, log } = counted();
    const warm = new WarmWorkers(make, 1);
    const controller = new AbortController();
    const cancelled = runReplications(setup, options.replications, { workers: 2, make: warm.take, keep: warm.keep, signal: controller.signal, onFrame: () => controller.abort() });
    await expect(cancelled).rejects.toBeInstanceOf(StudyCancelled);
    expect([warm.waiting, log.terminated]).toEqual([0, 2]);
    const failed = runReplications({ ...setup, origin: { sandbox: 'gone' } }, 3, { workers: 2, make: warm.take, keep: warm.keep, onFrame: () => undefined });
    await expect(failed).rejects.toThrow('no sandbox here');
    expect([warm.waiting, log.terminated]).toEqual([0, 4]);
    await runReplications(setup, 3, { workers: 2, make: warm.take, keep: warm.keep, onFrame: () => undefined });
    // Two workers ran; one is kept (the most asked), the other terminated.
    expect([warm.waiting, log.made, log.terminated]).toEqual([1, 6, 5]);
  });

  it('a released worker has dropped its contacts: a replication asked without a new setup fails', async () => {
    const host = new StudyHost(noSandbox);
    const answers: string[] = [];
    const reply = (answer: { type: string }) => void answers.push(answer.type);
    await host.handle({ type: 'setup', setup }, reply);
    await host.handle({ type: 'replication', r: 0 }, reply);
    await host.handle({ type: 'release' }, reply);
    await host.handle({ type: 'replication', r: 1 }, reply);
    expect(answers).toEqual(['ready', 'frame', 'failed']);
  });
});

describe('the study store', () => {
  it('ends with the study of the run settings: the one-thread summary, its cells by key', async () => {
    const store = createStudyStore(inPageWorker(noSandbox), 2);
    const settings = { workflows: [], startDate: project.simulation.startDate, horizonDays: 30, seed: 9, arrivals: project.simulation.arrivals };
    const meta = {} as never;
    await store.getState().start({ project, origin: { contacts }, settings, replications: 7, meta });
    const { status, result } = store.getState();
    expect(status).toBe('done');
    const expected = runStudy(project, contacts, { startDate: settings.startDate, horizonDays: 30, seed: 9, arrivals: settings.arrivals, replications: 7 });
    expect(Array.from(result!.summary.mean)).toEqual(Array.from(expected.summary.mean));
    const key = `workflow|${project.workflows[0]!.id}||enrolled`;
    expect(result!.keys.get(key)).toBe(expected.layout.cells.findIndex((c) => c.key === key));
    expect(result!.workers).toBe(2);
  });
});
