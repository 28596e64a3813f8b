import { StudyHost, type LoadSandbox } from './host.ts';
import type { StudyAnswer, StudyRequest, StudySetup } from './protocol.ts';

/**
 * Replications on Web Workers, one per core (`navigator.hardwareConcurrency`), never more than
 * there are replications. Each worker is set up once (it reads the contacts), then takes the next
 * replication as soon as it has answered one, so fast and slow ones even out. Frames come back in
 * the order they finish; the caller's aggregate gives each its slot, so the result does not
 * depend on the number of workers or the order (tests/renderer/study/pool.test.ts). Aborting
 * terminates every worker at once; a job done hands its workers to `keep` when given
 * (WarmWorkers). The engine stays pure: the pool is the app's.
 */

/** What the pool needs of a worker: the browser's `Worker`, or the in-page stand-in below. */
export interface WorkerLike {
  postMessage(message: StudyRequest): void;
  onmessage: ((event: { readonly data: StudyAnswer }) => void) | null;
  terminate(): void;
}

export type MakeWorker = () => WorkerLike;

export interface PoolRun {
  readonly workers: number;
  readonly make: MakeWorker;
  /** Takes back each worker of a job that ended with every frame in (WarmWorkers#keep); without it, or when the job fails or is cancelled, workers are terminated. */
  readonly keep?: (worker: WorkerLike) => void;
  /** Each replication's counts per day (and B's when comparing), as they come. */
  readonly onFrame: (r: number, frame: Int32Array, frameB: Int32Array | undefined) => void;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export class StudyCancelled extends Error {
  constructor() {
    super('Cancelled.');
  }
}

export function defaultWorkerCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency;
  return Math.max(1, Number.isFinite(cores) ? cores : 1);
}

/**
 * Workers kept from one job to the next: a study after the first starts on workers already
 * loaded, whose simulator code the JavaScript engine has already compiled and optimized (the
 * first replications of a fresh worker run several times slower). A kept worker is told to drop
 * its contacts (`release`); at most `most` are kept, the others terminated.
 */
export class WarmWorkers {
  private readonly idle: WorkerLike[] = [];

  constructor(
    private readonly make: MakeWorker,
    private readonly most: number,
  ) {}

  /** A kept worker, else a new one. */
  readonly take: MakeWorker = () => this.idle.pop() ?? this.make();

  readonly keep = (worker: WorkerLike): void => {
    worker.onmessage = null;
    if (this.idle.length >= this.most) return worker.terminate();
    worker.postMessage({ type: 'release' });
    this.idle.push(worker);
  };

  /** Workers waiting for the next job. */
  get waiting(): number {
    return this.idle.length;
  }
}

/** A real Web Worker running study.worker.ts. */
export const browserWorker: MakeWorker = () => new Worker(new URL('./study.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

/** The worker's code in the page (jsdom, tests): answers on a later task, as a worker would. */
export function inPageWorker(load: LoadSandbox): MakeWorker {
  return () => {
    const host = new StudyHost(load);
    let alive = true;
    const worker: WorkerLike = {
      onmessage: null,
      postMessage(message) {
        setTimeout(() => {
          if (!alive) return;
          void host.handle(message, (answer) => alive && worker.onmessage?.({ data: answer }));
        }, 0);
      },
      terminate() {
        alive = false;
      },
    };
    return worker;
  };
}

/** Runs replications 0..R-1 of the setup; resolves when every frame is in. */
export function runReplications(setup: StudySetup, replications: number, run: PoolRun): Promise<void> {
  const count = Math.max(1, Math.min(run.workers, replications));
  return new Promise((resolve, reject) => {
    if (replications <= 0) return resolve();
    const workers: WorkerLike[] = [];
    let next = 0;
    let done = 0;
    let finished = false;
    const stop = (error?: Error) => {
      if (finished) return;
      finished = true;
      run.signal?.removeEventListener('abort', onAbort);
      // Every request of a job done has been answered: its workers can serve the next job.
      for (const w of workers) {
        if (error || !run.keep) w.terminate();
        else run.keep(w);
      }
      if (error) reject(error);
      else resolve();
    };
    const onAbort = () => stop(new StudyCancelled());
    if (run.signal?.aborted) return onAbort();
    run.signal?.addEventListener('abort', onAbort);
    const give = (w: WorkerLike) => {
      if (next < replications) w.postMessage({ type: 'replication', r: next++ });
    };
    for (let k = 0; k < count; k++) {
      const w = run.make();
      workers.push(w);
      w.onmessage = ({ data }) => {
        if (finished) return;
        if (data.type === 'failed') return stop(new Error(data.message));
        if (data.type === 'ready') return give(w);
        run.onFrame(data.r, data.frame, data.frameB);
        done++;
        run.onProgress?.(done, replications);
        if (done === replications) stop();
        else give(w);
      };
      w.postMessage({ type: 'setup', setup });
    }
  });
}
