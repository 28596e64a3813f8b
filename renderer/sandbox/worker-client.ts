import type { ColumnMapping, CsvImport, ParseOptions } from '../../engine/csv/index.ts';
import type { Contact, Localized, Project } from '../../engine/model/index.ts';
import { handleRequest, type CsvPreview, type WorkerRequest, type WorkerResponse, type WorkerState } from './worker-protocol.ts';

type Pending = { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void; progress?: (rows: number) => void };
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/**
 * The page's side of the sandbox worker. One file at a time: `read` keeps the decoded text in
 * the worker, `parse` reads it with the chosen mapping. Without Worker support (jsdom) it runs
 * the same code in the page.
 */
export class SandboxWorker {
  private worker: Worker | null = null;
  private readonly local: WorkerState = { text: '' };
  private counter = 0;
  private readonly pending = new Map<number, Pending>();

  private send(request: Request, progress?: (rows: number) => void): Promise<WorkerResponse> {
    const id = ++this.counter;
    const message = { ...request, id } as WorkerRequest;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress });
      if (typeof Worker === 'undefined') {
        queueMicrotask(() => handleRequest(message, this.local, (r) => this.receive(r)));
        return;
      }
      if (!this.worker) {
        this.worker = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module' });
        this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
      }
      this.worker.postMessage(message);
    });
  }

  private receive(response: WorkerResponse): void {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    if (response.type === 'progress') {
      waiting.progress?.(response.rows);
      return;
    }
    this.pending.delete(response.id);
    if (response.type === 'failed') waiting.reject(new Error(response.message));
    else waiting.resolve(response);
  }

  async read(bytes: Uint8Array, custom: Project['properties']): Promise<CsvPreview | { readonly fatal: Localized }> {
    const response = await this.send({ type: 'read', bytes, custom });
    if (response.type !== 'header') throw new Error('Unexpected worker answer');
    return response.result;
  }

  async parse(mapping: ColumnMapping, options: Omit<ParseOptions, 'onProgress'>, progress?: (rows: number) => void): Promise<CsvImport> {
    const response = await this.send({ type: 'parse', mapping, options }, progress);
    if (response.type !== 'parsed') throw new Error('Unexpected worker answer');
    return response.result;
  }

  async generate(project: Project, n: number, seed: number): Promise<Contact[]> {
    const response = await this.send({ type: 'generate', project, n, seed });
    if (response.type !== 'generated') throw new Error('Unexpected worker answer');
    return response.contacts;
  }

  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
