/// <reference lib="webworker" />
import './elkWorkerGuard.ts';
import { elkInThisThread, layoutWorkflow } from '../../engine/layout/index.ts';
import { labelSize, sizesFor, type LayoutRequest, type LayoutResponse } from './layoutSizes.ts';

/**
 * Lays workflows out off the main thread, so typing in the inspector never stutters; also any ELK
 * graph as it is (the programme map's), so the app has one ELK, here.
 */
self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  const { id } = request;
  try {
    let response: LayoutResponse;
    if (request.kind === 'elk') {
      response = { id, ok: true, graph: await elkInThisThread(request.graph) };
    } else {
      const { workflow, labels, extra } = request;
      const notes = new Set<string>(workflow.steps.filter((s) => s.note?.trim()).map((s) => s.id));
      const layout = await layoutWorkflow(workflow, sizesFor(notes, extra), { labelSize: (text) => labelSize(labels[text] ?? text) });
      response = { id, ok: true, layout };
    }
    self.postMessage(response);
  } catch (error) {
    const response: LayoutResponse = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    self.postMessage(response);
  }
};
