import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { WORKER_BUNDLE, type PoolSetup, type Task, type WorkerReply } from './protocol.ts';

/**
 * Runs study tasks on worker threads, one per core by default (`os.availableParallelism()`):
 * each worker takes the next task as soon as it is done with one, so fast and slow tasks even
 * out. Results come back in the order they finish, with their task; the caller's aggregates give
 * each its slot. Aborting the signal (Ctrl-C) terminates every worker at once and rejects.
 */

export interface PoolRun {
  readonly workers?: number;
  readonly signal?: AbortSignal;
  /** `ms`: the time the worker spent on the task (its start-up and the messages left out). */
  readonly onResult: (task: Task, value: unknown, ms: number) => void;
  readonly onProgress?: (done: number, total: number) => void;
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled.');
  }
}

export const defaultWorkers = (): number => Math.max(1, availableParallelism());

/** The script a worker runs: the TypeScript sources through tsx, or the workers' bundle beside the bundled CLI (worker-main.ts). */
function workerScript(): URL {
  const self = import.meta.url;
  return new URL(self.endsWith('.ts') ? './worker-entry.mjs' : `./${WORKER_BUNDLE}`, self);
}

export function runPool(setup: PoolSetup, tasks: readonly Task[], run: PoolRun): Promise<void> {
  const count = Math.max(1, Math.min(run.workers ?? defaultWorkers(), tasks.length));
  return new Promise((resolve, reject) => {
    if (tasks.length === 0) return resolve();
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let finished = false;
    const stop = (error?: Error) => {
      if (finished) return;
      finished = true;
      run.signal?.removeEventListener('abort', onAbort);
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const onAbort = () => stop(new CancelledError());
    if (run.signal?.aborted) return onAbort();
    run.signal?.addEventListener('abort', onAbort);
    const give = (w: Worker) => {
      if (next < tasks.length) {
        const id = next++;
        w.postMessage({ id, task: tasks[id] });
      }
    };
    for (let k = 0; k < count; k++) {
      const w = new Worker(workerScript(), { workerData: { setup } });
      workers.push(w);
      w.on('message', (reply: WorkerReply) => {
        if (finished) return;
        if (!reply.ok) return stop(new Error(reply.error));
        run.onResult(tasks[reply.id]!, reply.value, reply.ms);
        // Counted apart: `onProgress?.(++done)` would skip the count when there is no listener.
        done++;
        run.onProgress?.(done, tasks.length);
        if (done === tasks.length) stop();
        else give(w);
      });
      w.on('error', (error) => stop(error));
      w.on('exit', (code) => {
        if (!finished && code !== 0) stop(new Error(`A worker stopped (exit code ${code}).`));
      });
      give(w);
    }
  });
}
