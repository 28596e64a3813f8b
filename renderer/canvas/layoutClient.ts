import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { ElkLayout, WorkflowLayout } from '../../engine/layout/index.ts';
import type { Workflow } from '../../engine/model/index.ts';
import { labelSize, sizesFor, type LayoutRequest, type LayoutResponse } from './layoutSizes.ts';

export type LayoutFn = (workflow: Workflow, labels: Readonly<Record<string, string>>, extra?: Readonly<Record<string, number>>) => Promise<WorkflowLayout>;

export interface LayoutRunner {
  /** A workflow as the canvas and the exports draw it. */
  readonly workflow: LayoutFn;
  /** Any ELK graph as it is (the programme map's). */
  readonly elk: ElkLayout;
}

type Answer = { readonly layout: WorkflowLayout } | { readonly graph: ElkNode };

/**
 * Runs the layouts in one Web Worker; where there is none (jsdom, in tests), in the page. A build
 * has MODE 'production', so the in-page branch and its import are dropped from the bundle and
 * elkjs ships once, in the worker (tests/e2e/bundle.e2e.ts checks the built assets).
 */
export function createLayoutRunner(): LayoutRunner {
  if (import.meta.env.MODE === 'test' && typeof Worker === 'undefined') return { workflow: layoutInPage, elk: elkInPage };
  let worker: Worker | null = null;
  let counter = 0;
  const pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  const ask = (request: LayoutRequest): Promise<Answer> => {
    if (!worker) {
      worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
        const waiting = pending.get(event.data.id);
        pending.delete(event.data.id);
        if (!waiting) return;
        if (event.data.ok) waiting.resolve(event.data);
        else waiting.reject(new Error(event.data.message));
      };
      // A worker that dies (out of memory on a huge graph) answers nothing more: every waiting
      // layout fails with the reason, and the next one starts a fresh worker.
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        worker?.terminate();
        worker = null;
        const reason = new Error(event.message || 'The layout worker stopped');
        for (const waiting of pending.values()) waiting.reject(reason);
        pending.clear();
      };
    }
    return new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker!.postMessage(request);
    });
  };
  return {
    workflow: async (workflow, labels, extra = {}) => {
      const answer = await ask({ id: ++counter, workflow, labels, extra });
      if (!('layout' in answer)) throw new Error('The layout worker answered a workflow with a graph');
      return answer.layout;
    },
    elk: async (graph) => {
      const answer = await ask({ kind: 'elk', id: ++counter, graph });
      if (!('graph' in answer)) throw new Error('The layout worker answered a graph with a workflow layout');
      return answer.graph;
    },
  };
}

async function layoutInPage(workflow: Workflow, labels: Readonly<Record<string, string>>, extra: Readonly<Record<string, number>> = {}): Promise<WorkflowLayout> {
  const { layoutWorkflow } = await import('../../engine/layout/index.ts');
  const notes = new Set<string>(workflow.steps.filter((s) => s.note?.trim()).map((s) => s.id));
  return layoutWorkflow(workflow, sizesFor(notes, extra), { labelSize: (text) => labelSize(labels[text] ?? text) });
}

async function elkInPage(graph: ElkNode): Promise<ElkNode> {
  const { elkInThisThread } = await import('../../engine/layout/index.ts');
  return elkInThisThread(graph);
}
