import type { Project } from '../../engine/model/index.ts';
import { answer } from './check.ts';
import type { ExpectAnswer, ExpectRequest } from './protocol.ts';

/**
 * The page side of the expectations worker. Latest wins: one check in flight, the newest project
 * waiting; an answer for an older project than the last asked is dropped. Without `Worker`
 * (jsdom) the check runs in the page, after a tick.
 */
export class ExpectClient {
  private worker: Worker | null = null;
  private next = 1;
  private busy = false;
  private waiting: { project: Project; resolve: (a: ExpectAnswer | null) => void } | null = null;
  private pending: ((a: ExpectAnswer) => void) | null = null;

  check(project: Project): Promise<ExpectAnswer | null> {
    return new Promise((resolve) => {
      this.waiting?.resolve(null);
      this.waiting = { project, resolve };
      this.pump();
    });
  }

  private pump(): void {
    if (this.busy || !this.waiting) return;
    const { project, resolve } = this.waiting;
    this.waiting = null;
    this.busy = true;
    const request: ExpectRequest = { id: this.next++, project };
    void this.send(request).then((a) => {
      this.busy = false;
      // A newer project is waiting: this answer is already old.
      resolve(this.waiting ? null : a);
      this.pump();
    });
  }

  private send(request: ExpectRequest): Promise<ExpectAnswer> {
    if (typeof Worker === 'undefined') return new Promise((resolve) => setTimeout(() => resolve(answer(request)), 0));
    this.worker ??= this.start();
    return new Promise((resolve) => {
      this.pending = resolve;
      this.worker!.postMessage(request);
    });
  }

  private start(): Worker {
    const worker = new Worker(new URL('./expect.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ExpectAnswer>) => {
      const done = this.pending;
      this.pending = null;
      done?.(event.data);
    };
    worker.onerror = (event) => {
      const done = this.pending;
      this.pending = null;
      done?.({ id: 0, ok: false, message: event.message });
    };
    return worker;
  }
}
