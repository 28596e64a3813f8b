import type { ReactFlowInstance } from '@xyflow/react';
import type { AnyFlowNode } from './nodeTypes.ts';

const PADDING = 48;
let fitsDone = 0;

/**
 * Fits the whole diagram, at most 100 %. React Flow's own fitView only counts measured nodes,
 * and controlled nodes lose their measurement on every change, so the bounds come from the
 * layout positions instead.
 */
export function fitDiagram(flow: ReactFlowInstance<AnyFlowNode>, duration = 250): void {
  const nodes = flow.getNodes();
  if (nodes.length === 0) return;
  const pane = document.querySelector('.fb-canvas .react-flow');
  const width = pane?.clientWidth || 1000;
  const height = pane?.clientHeight || 700;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + (n.width ?? 0));
    maxY = Math.max(maxY, n.position.y + (n.height ?? 0));
  }
  const zoom = Math.max(0.1, Math.min(1, (width - PADDING * 2) / (maxX - minX), (height - PADDING * 2) / (maxY - minY)));
  const x = width / 2 - ((minX + maxX) / 2) * zoom;
  const y = height / 2 - ((minY + maxY) / 2) * zoom;
  // data-fits-done on the canvas counts the fits that have come to rest (end-to-end tests wait on it).
  void flow.setViewport({ x, y, zoom }, { duration }).then(() => pane?.closest('.fb-canvas')?.setAttribute('data-fits-done', String(++fitsDone)));
}
