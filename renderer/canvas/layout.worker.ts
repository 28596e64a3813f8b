/// <reference lib="webworker" />
import './elkWorkerGuard.ts';
import { layoutWorkflow } from '../../engine/layout/index.ts';
import { labelSize, sizesFor, type LayoutRequest, type LayoutResponse } from './layoutSizes.ts';

/** Lays workflows out off the main thread, so typing in the inspector never stutters. */
self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, workflow, labels, extra } = event.data;
  try {
    const notes = new Set<string>(workflow.steps.filter((s) => s.note?.trim()).map((s) => s.id));
    const layout = await layoutWorkflow(workflow, sizesFor(notes, extra), { labelSize: (text) => labelSize(labels[text] ?? text) });
    const response: LayoutResponse = { id, ok: true, layout };
    self.postMessage(response);
  } catch (error) {
    const response: LayoutResponse = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    self.postMessage(response);
  }
};
