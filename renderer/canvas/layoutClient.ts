import type { WorkflowLayout } from '../../engine/layout/index.ts';
import type { Workflow } from '../../engine/model/index.ts';
import { labelSize, sizesFor, type LayoutRequest, type LayoutResponse } from './layoutSizes.ts';

export type LayoutFn = (workflow: Workflow, labels: Readonly<Record<string, string>>, extra?: Readonly<Record<string, number>>) => Promise<WorkflowLayout>;

/** Runs the layout in a Web Worker; where there is none (jsdom), in the page. */
export function createLayoutRunner(): LayoutFn {
  if (typeof Worker === 'undefined') return layoutInPage;
  let worker: Worker | null = null;
  let counter = 0;
  const pending = new Map<number, { resolve: (l: WorkflowLayout) => void; reject: (e: Error) => void }>();
  return (workflow, labels, extra = {}) => {
    if (!worker) {
      worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
        const waiting = pending.get(event.data.id);
        pending.delete(event.data.id);
        if (!waiting) return;
        if (event.data.ok) waiting.resolve(event.data.layout);
        else waiting.reject(new Error(event.data.message));
      };
    }
    const id = ++counter;
    const request: LayoutRequest = { id, workflow, labels, extra };
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker!.postMessage(request);
    });
  };
}

async function layoutInPage(workflow: Workflow, labels: Readonly<Record<string, string>>, extra: Readonly<Record<string, number>> = {}): Promise<WorkflowLayout> {
  const { layoutWorkflow } = await import('../../engine/layout/index.ts');
  const notes = new Set<string>(workflow.steps.filter((s) => s.note?.trim()).map((s) => s.id));
  return layoutWorkflow(workflow, sizesFor(notes, extra), { labelSize: (text) => labelSize(labels[text] ?? text) });
}
