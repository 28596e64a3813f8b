import type { ContactScores } from '../scoring/journey-scores.ts';
import type { Lang, Project } from '../../engine/model/index.ts';
import type { ContactAt } from '../../engine/sim/index.ts';
import type { ReportRun } from '../../engine/report/index.ts';
import { SimHost, type LoadSandbox } from './host.ts';
import type { ContactName, ContactOrigin, Frame, RunMeta, RunSettings, SimAnswer, SimEnvelope, SimRequest, StepContact, StepContactsMode } from './protocol.ts';

type Pending = { resolve: (a: SimAnswer) => void; reject: (e: Error) => void; progress?: (a: Extract<SimAnswer, { type: 'progress' }>) => void };

export type RunOutcome = { readonly meta: RunMeta } | { readonly cancelled: true };

/**
 * The page's side of the simulator worker. Frames are asked "latest wins": while one is on its
 * way, a newer request replaces any waiting one, so scrubbing never builds a queue.
 */
export class SimClient {
  private worker: Worker | null = null;
  private local: SimHost | null = null;
  private counter = 0;
  private readonly pending = new Map<number, Pending>();
  private runId: number | null = null;

  constructor(private readonly inPage?: LoadSandbox) {}

  private send(request: SimRequest, progress?: Pending['progress']): Promise<SimAnswer> {
    const id = ++this.counter;
    const promise = new Promise<SimAnswer>((resolve, reject) => this.pending.set(id, { resolve, reject, progress }));
    if (this.inPage || typeof Worker === 'undefined') {
      this.local ??= new SimHost(this.inPage ?? (() => Promise.reject(new Error('No sandbox storage here'))));
      const local = this.local;
      queueMicrotask(() => void local.handle(request, (answer) => this.receive({ ...answer, id })));
    } else {
      if (!this.worker) {
        this.worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
        this.worker.onmessage = (event: MessageEvent<SimEnvelope<SimAnswer>>) => this.receive(event.data);
      }
      this.worker.postMessage({ ...request, id });
    }
    if (request.type === 'run') this.runId = id;
    return promise;
  }

  private receive(answer: SimEnvelope<SimAnswer>): void {
    const waiting = this.pending.get(answer.id);
    if (!waiting) return;
    if (answer.type === 'progress') return waiting.progress?.(answer);
    this.pending.delete(answer.id);
    if (answer.type === 'failed') waiting.reject(new Error(answer.message));
    else waiting.resolve(answer);
  }

  async run(project: Project, origin: ContactOrigin, settings: RunSettings, onProgress: (fraction: number, phase: 'loading' | 'running') => void): Promise<RunOutcome> {
    this.abandonRun();
    const answer = await this.send({ type: 'run', project, origin, settings }, (p) => onProgress(p.fraction, p.phase));
    if (answer.type === 'cancelled') return { cancelled: true };
    if (answer.type !== 'done') throw new Error('Unexpected simulator answer');
    return { meta: answer.meta };
  }

  async cancel(): Promise<void> {
    this.abandonRun();
    await this.send({ type: 'cancel' });
  }

  /** The run in progress stops answering: its caller hears "cancelled". */
  private abandonRun(): void {
    if (this.runId === null) return;
    this.pending.get(this.runId)?.resolve({ type: 'cancelled' });
    this.pending.delete(this.runId);
    this.runId = null;
  }

  private frameBusy = false;
  private frameWanted: { minute: number; resolve: (f: Frame | null) => void } | null = null;

  /** The state at a minute; resolves null when a newer request took its place. */
  frame(minute: number): Promise<Frame | null> {
    if (!this.frameBusy) return this.fetchFrame(minute);
    this.frameWanted?.resolve(null);
    return new Promise((resolve) => (this.frameWanted = { minute, resolve }));
  }

  private async fetchFrame(minute: number): Promise<Frame | null> {
    this.frameBusy = true;
    try {
      const answer = await this.send({ type: 'frame', minute });
      return answer.type === 'frame' ? answer.frame : null;
    } finally {
      this.frameBusy = false;
      const next = this.frameWanted;
      this.frameWanted = null;
      if (next) void this.fetchFrame(next.minute).then(next.resolve, () => next.resolve(null));
    }
  }

  /** A contact's journey at a minute, and who it is. */
  async contact(contact: string, minute: number): Promise<{ journey: ContactAt | null; who: ContactName | null; scores: ContactScores | null }> {
    const answer = await this.send({ type: 'contact', contact, minute });
    return answer.type === 'contact' ? { journey: answer.contact, who: answer.who, scores: answer.scores } : { journey: null, who: null, scores: null };
  }

  async stepContacts(step: number, minute: number, mode: StepContactsMode, limit = 2000): Promise<{ total: number; contacts: readonly StepContact[] }> {
    const answer = await this.send({ type: 'step-contacts', step, minute, mode, limit });
    return answer.type === 'step-contacts' ? answer : { total: 0, contacts: [] };
  }

  async nextEvent(minute: number, direction: 1 | -1): Promise<number> {
    const answer = await this.send({ type: 'next-event', minute, direction });
    return answer.type === 'minute' ? answer.minute : minute;
  }

  async exportText(format: 'csv' | 'json', lang: Lang): Promise<string> {
    const answer = await this.send({ type: 'export', format, lang });
    return answer.type === 'export' ? answer.text : '';
  }

  /** The finished run's digest for the report (engine/report `reportRun`), built in the worker. */
  async reportRun(): Promise<ReportRun | null> {
    const answer = await this.send({ type: 'report' });
    return answer.type === 'report' ? answer.run : null;
  }

  /** The programme map's counts of the finished run, by edge key; null when there is no run. */
  async programmeCounts(): Promise<Readonly<Record<string, number>> | null> {
    const answer = await this.send({ type: 'programme' });
    return answer.type === 'programme' ? answer.counts : null;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
