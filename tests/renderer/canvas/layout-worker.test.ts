import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyWorkflow } from '../../../engine/model/index.ts';
import type { LayoutRequest, LayoutResponse } from '../../../renderer/canvas/layoutSizes.ts';

/**
 * The layout worker can die (out of memory on a huge graph): the layouts waiting for it fail with
 * the reason, so the canvas says the diagram could not be laid out instead of waiting forever,
 * and the next layout starts a fresh worker.
 */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: LayoutRequest) {
    // The first worker dies on its first request; the next ones answer.
    if (FakeWorker.made.length === 1) {
      queueMicrotask(() => this.onerror?.(new ErrorEvent('error', { message: 'Out of memory' })));
      return;
    }
    const layout = { nodes: [], edges: [], width: 0, height: 0 };
    queueMicrotask(() => this.onmessage?.(new MessageEvent('message', { data: { id: request.id, ok: true, layout } })));
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('the layout runner', () => {
  it('fails the waiting layouts when its worker dies, then starts a new worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { createLayoutRunner } = await import('../../../renderer/canvas/layoutClient.ts');
    const runner = createLayoutRunner();
    const workflow = emptyWorkflow('w', 'W');
    await expect(runner.workflow(workflow, {})).rejects.toThrow('Out of memory');
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    await expect(runner.workflow(workflow, {})).resolves.toEqual({ nodes: [], edges: [], width: 0, height: 0 });
    expect(FakeWorker.made).toHaveLength(2);
  });
});
